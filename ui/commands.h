// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filingfields.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace jixiao::ui {

class Document;

enum CommandId { SetValueId = 1 };

// Sets one cell, keyed by JSON pointer. Successive edits of the same cell
// (keystrokes while typing) merge into one undo step.
class SetValueCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::ui::SetValueCommand)
public:
    SetValueCommand(
        Document *doc, const QString &pointer, const FieldValue &value, bool mergeable, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? SetValueId : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    const QString &pointer() const { return m_pointer; }

private:
    Document *m_doc;
    QString m_pointer;
    FieldValue m_old;
    FieldValue m_new;
    bool m_mergeable;
};

class InsertRowsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::ui::InsertRowsCommand)
public:
    InsertRowsCommand(
        Document *doc, const ListRef &list, int row, const QList<RowValue> &rows, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    ListRef m_list;
    int m_row;
    QList<RowValue> m_rows;
};

class RemoveRowsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::ui::RemoveRowsCommand)
public:
    RemoveRowsCommand(Document *doc, const ListRef &list, int row, int count, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    ListRef m_list;
    int m_row;
    int m_count;
    QList<RowValue> m_removed;
};

class MoveRowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::ui::MoveRowCommand)
public:
    MoveRowCommand(Document *doc, const ListRef &list, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    ListRef m_list;
    int m_from;
    int m_to;
};

// What a list row is called in undo texts ("detail line", "indicator", …).
QString rowKindName(const ListRef &list);

} // namespace jixiao::ui
