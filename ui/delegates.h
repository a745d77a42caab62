// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jixiao::ui {

// One delegate for every cell of a form table, choosing the editor from the
// model's EditorRole: a line for short text and amounts, a multi-line editor
// (Alt+Enter for a new line, as in Excel), an editable list for 一级/二级/绩效标准.
// Edits are committed as the user types (the undo stack merges them into one
// step), so totals and checks follow each keystroke.
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FormDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString editorText(QWidget *editor);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void commitLive(QWidget *editor);
};

} // namespace jixiao::ui
