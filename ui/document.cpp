// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "commands.h"

#include <QFileInfo>
#include <QUndoStack>

namespace jixiao::ui {

Document::Document(const Filing &filing, QObject *parent)
    : QObject(parent)
    , m_filing(filing)
    , m_undo(new QUndoStack(this))
{ }

Document::~Document() = default;

void Document::setFilePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT filePathChanged();
}

bool Document::isModified() const
{
    return !m_undo->isClean();
}

QString Document::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

FieldValue Document::value(const QString &pointer) const
{
    FieldValue v;
    readField(m_filing, pointer, &v);
    return v;
}

bool Document::setValue(const QString &pointer, const FieldValue &value, bool merge)
{
    if (fieldKind(m_filing, pointer) == FieldKind::Invalid)
        return false;
    FieldValue v = value;
    if (fieldKind(m_filing, pointer) == FieldKind::Text && !v)
        v = QString();
    if (fieldKind(m_filing, pointer) == FieldKind::Amount && v && v->isEmpty())
        v = std::nullopt;
    if (v == this->value(pointer))
        return true;
    Filing probe = m_filing;
    if (!writeField(&probe, pointer, v))
        return false;
    m_undo->push(new SetValueCommand(this, pointer, v, merge));
    return true;
}

bool Document::setAmountInput(const QString &pointer, const QString &input, QString *error)
{
    if (fieldKind(m_filing, pointer) != FieldKind::Amount) {
        if (error)
            *error = tr("This cell does not hold an amount.");
        return false;
    }
    Money m;
    bool empty = false;
    if (!Money::parseInput(input, m_filing.amountUnit, &m, error, &empty)) {
        if (!empty)
            return false;
        return setValue(pointer, std::nullopt);
    }
    return setValue(pointer, m.toString());
}

bool Document::insertRows(const QString &listPointer, int row, const QList<RowValue> &rows)
{
    const auto list = parseListPointer(listPointer);
    if (!list || rows.isEmpty())
        return false;
    const int n = listSize(m_filing, *list);
    if (n < 0 || row < 0 || row > n)
        return false;
    m_undo->push(new InsertRowsCommand(this, *list, row, rows));
    return true;
}

bool Document::insertEmptyRow(const QString &listPointer, int row)
{
    const auto list = parseListPointer(listPointer);
    if (!list)
        return false;
    return insertRows(listPointer, row, {emptyRow(m_filing, *list)});
}

bool Document::removeRows(const QString &listPointer, int row, int count)
{
    const auto list = parseListPointer(listPointer);
    if (!list || count <= 0)
        return false;
    const int n = listSize(m_filing, *list);
    if (row < 0 || row + count > n)
        return false;
    m_undo->push(new RemoveRowsCommand(this, *list, row, count));
    return true;
}

bool Document::moveRow(const QString &listPointer, int from, int to)
{
    const auto list = parseListPointer(listPointer);
    if (!list || from == to)
        return false;
    const int n = listSize(m_filing, *list);
    if (from < 0 || from >= n || to < 0 || to >= n)
        return false;
    m_undo->push(new MoveRowCommand(this, *list, from, to));
    return true;
}

bool Document::applyValue(const QString &pointer, const FieldValue &value)
{
    if (!writeField(&m_filing, pointer, value))
        return false;
    Q_EMIT valueChanged(pointer);
    Q_EMIT changed();
    return true;
}

bool Document::applyInsert(const ListRef &list, int row, const RowValue &value)
{
    const QString p = list.pointer();
    Q_EMIT rowsAboutToChange(p);
    const bool ok = ui::insertRow(&m_filing, list, row, value);
    Q_EMIT rowsChanged(p);
    Q_EMIT changed();
    return ok;
}

bool Document::applyRemove(const ListRef &list, int row, RowValue *removed)
{
    if (row < 0 || row >= listSize(m_filing, list))
        return false;
    if (removed)
        *removed = rowAt(m_filing, list, row);
    const QString p = list.pointer();
    Q_EMIT rowsAboutToChange(p);
    const bool ok = ui::removeRow(&m_filing, list, row);
    Q_EMIT rowsChanged(p);
    Q_EMIT changed();
    return ok;
}

bool Document::applyMove(const ListRef &list, int from, int to)
{
    const QString p = list.pointer();
    Q_EMIT rowsAboutToChange(p);
    const bool ok = ui::moveRow(&m_filing, list, from, to);
    Q_EMIT rowsChanged(p);
    Q_EMIT changed();
    return ok;
}

} // namespace jixiao::ui
