// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "document.h"

namespace jixiao::ui {

QString rowKindName(const ListRef &list)
{
    switch (list.kind) {
    case ListRef::WorkPlan:
        return SetValueCommand::tr("work-plan row");
    case ListRef::OverviewIndicators:
    case ListRef::DirectionIndicators:
    case ListRef::ProjectIndicators:
        return SetValueCommand::tr("indicator");
    case ListRef::Funds:
        return SetValueCommand::tr("special fund");
    case ListRef::Directions:
        return SetValueCommand::tr("expenditure direction");
    case ListRef::Details:
        return SetValueCommand::tr("detail line");
    case ListRef::Projects:
        return SetValueCommand::tr("project");
    }
    return QString();
}

SetValueCommand::SetValueCommand(
    Document *doc, const QString &pointer, const FieldValue &value, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_pointer(pointer)
    , m_old(doc->value(pointer))
    , m_new(value)
    , m_mergeable(mergeable)
{
    setText(tr("Edit cell"));
}

void SetValueCommand::redo()
{
    m_doc->applyValue(m_pointer, m_new);
}

void SetValueCommand::undo()
{
    m_doc->applyValue(m_pointer, m_old);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetValueCommand *>(other);
    if (!o->m_mergeable || o->m_pointer != m_pointer)
        return false;
    m_new = o->m_new;
    // Typing back to where the cell started leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

InsertRowsCommand::InsertRowsCommand(
    Document *doc, const ListRef &list, int row, const QList<RowValue> &rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_row(row)
    , m_rows(rows)
{
    setText(tr("Add %1").arg(rowKindName(list)));
}

void InsertRowsCommand::redo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_doc->applyInsert(m_list, m_row + i, m_rows[i]);
}

void InsertRowsCommand::undo()
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i)
        m_doc->applyRemove(m_list, m_row + i, nullptr);
}

RemoveRowsCommand::RemoveRowsCommand(Document *doc, const ListRef &list, int row, int count, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_row(row)
    , m_count(count)
{
    setText(tr("Remove %1").arg(rowKindName(list)));
}

void RemoveRowsCommand::redo()
{
    m_removed.clear();
    for (int i = 0; i < m_count; ++i) {
        RowValue v;
        if (m_doc->applyRemove(m_list, m_row, &v))
            m_removed.append(v);
    }
}

void RemoveRowsCommand::undo()
{
    for (int i = 0; i < m_removed.size(); ++i)
        m_doc->applyInsert(m_list, m_row + i, m_removed[i]);
}

MoveRowCommand::MoveRowCommand(Document *doc, const ListRef &list, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move %1").arg(rowKindName(list)));
}

void MoveRowCommand::redo()
{
    m_doc->applyMove(m_list, m_from, m_to);
}

void MoveRowCommand::undo()
{
    m_doc->applyMove(m_list, m_to, m_from);
}

} // namespace jixiao::ui
