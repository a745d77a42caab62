// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace jixiao::ui {

// One delegate for every cell of a form table, choosing the editor from the
// model's EditorRole: a line for short text and amounts, a multi-line editor
// (Alt+Enter for a new line, as in Excel), an editable list for 一级/二级/绩效标准.
// As in Excel/WPS a cell's value changes only when the edit is committed
// (Enter, Tab, moving away) and Esc gives the old value back. An amount the
// money parser refuses is not stored: the editor keeps it, marked with the
// reason (refusal()), until it is fixed or cancelled.
//
// How an edit begins is one rule for every kind of cell (beginEdit()): typing
// on a cell that is not being edited replaces its content with what is typed;
// F2 and double-click edit the content in place, the cursor at its end.
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class EditStart {
        Replace, // typing (a key or an input method's text): the editor starts empty
        InPlace, // F2, double-click: the text kept, the cursor after it, nothing selected
    };
    explicit FormDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString editorText(QWidget *editor);
    // Prepares a freshly opened editor for the way its edit began.
    static void beginEdit(QWidget *editor, EditStart how);
    // Why the editor's amount was refused at the last commit; empty when it was not.
    static QString refusal(const QWidget *editor);
    // The cell an editor of this delegate edits.
    static QPersistentModelIndex editorIndex(const QWidget *editor);
    // The next editor opens without taking the focus: an input method is
    // composing in the view and would commit half-typed text on a focus change.
    void setNextEditorQuiet(bool quiet) { m_quiet = quiet; }

protected:
    // A value cell shows the form's words before its value ("资金总额：368.9").
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    static void markRefused(QWidget *editor, const QString &reason);
    bool m_quiet = false;
};

} // namespace jixiao::ui
