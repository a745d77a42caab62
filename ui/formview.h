// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTableView>

namespace jixiao::ui {

class FormModel;

// A form table that behaves like a spreadsheet: typing replaces a cell, F2
// edits it, Enter moves down, Tab/Shift+Tab move across, Delete clears,
// Ctrl+C/Ctrl+V copy and paste cell ranges as tab-separated text (Excel,
// WPS), pasting below a list's last row adds rows. One paste, one clear, one
// cell's typing: one undo step each.
class FormView : public QTableView
{
    Q_OBJECT
public:
    explicit FormView(QWidget *parent = nullptr);

    void setFormModel(FormModel *model);
    FormModel *formModel() const { return m_model; }

    // The list row under the cursor: its list's pointer and index (-1 on the
    // list's header row). False when the cursor is not in a list.
    bool currentListRow(QString *listPointer, int *index) const;

    QString copySelection() const; // the text Ctrl+C puts on the clipboard
    // Pastes tab-separated text at the cursor. On bad input changes nothing,
    // sets *error (one line per bad cell) and returns false.
    bool pasteText(const QString &text, QString *error);
    void clearSelectedCells();
    void selectPointer(const QString &pointer);
    QString lastMessage() const { return m_lastMessage; }
    // The table's text size in percent of the window's (50 … 300).
    int zoom() const { return m_zoom; }
    void setZoom(int percent);

public Q_SLOTS:
    void copy();
    void cut(); // copy, then clear what can be cleared
    void paste();

Q_SIGNALS:
    void message(const QString &text); // for the status bar

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // Chinese is typed through an input method: its first text on a cell that
    // is not being edited starts an edit as a key does (see edit()).
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    // No jumping to a cell whose text starts with what was typed: a key is
    // typed into the current cell or nowhere.
    void keyboardSearch(const QString &) override { }
    // Tab, Shift+Tab (and Enter) go from one cell to fill in to the next,
    // over the form's labels and calculated cells; arrow keys visit every cell.
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent *event) override;
    // The viewport narrows when the vertical scroll bar appears: the columns
    // fit again (else the last one, the amounts, is cut at the right edge).
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override; // Ctrl+wheel zooms

private:
    void applySpans();
    void fitColumns();
    void report(const QModelIndex &index, const QString &text);
    // Opens the editor of `index` emptied and gives it the key or the input
    // method's text that started the edit.
    bool typeInto(const QModelIndex &index, QEvent *event);
    void moveAfterEdit(CursorAction action);

    FormModel *m_model = nullptr;
    QString m_lastMessage;
    bool m_enterMove = false;
    // An editor opened by an input method's composition: the focus stays on
    // the view until the text is committed (moving it would commit the
    // half-typed pinyin), the composition is shown in the editor.
    QPointer<QWidget> m_composing;
    QString m_keep; // the current cell's pointer while the table is rebuilt
    int m_zoom = 100;
};

} // namespace jixiao::ui
