// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "commands.h"
#include "model/fields.h"
#include "storage/draft.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace jixiao::ui {

Document::Document(const Filing &filing, QObject *parent)
    : QObject(parent)
    , m_filing(filing)
    , m_undo(new QUndoStack(this))
{
    // A failed save is tried again a little later (a full disk may get room,
    // a network folder come back), and at the next change.
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString error;
        saveNow(&error);
    });
    // Every completed step (an edit, a paste, an undo) is written before the
    // next event is handled: the undo stack announces a step only once it is
    // whole, so a paste's many cells are one save, and what is clean on the
    // stack is what is on disk.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        // (Also when the stack calls itself clean: a step merged into the
        // clean one changed the filing all the same. An unchanged filing
        // writes nothing.)
        if (!m_readOnly && (m_draft || !m_draftFolder.isEmpty())) {
            QString error;
            saveNow(&error);
        }
    });
}

Document::~Document()
{
    // The undo stack, a child, would otherwise announce its clearing to
    // listeners while this document is half destroyed.
    m_retry.stop();
    m_undo->blockSignals(true);
    blockSignals(true);
}

void Document::attachDraft(std::unique_ptr<Draft> draft)
{
    m_draft = std::move(draft);
    if (m_draft) {
        setFilePath(m_draft->path());
        setReadOnly(m_draft->isReadOnly(), m_draft->readOnlyReason());
    }
}

QString Document::draftPathFor(const Filing &filing, const QString &folder)
{
    QString base = QStringLiteral("%1年%2").arg(filing.fiscalYear).arg(filing.department.name.trimmed());
    // Names that Windows and every other file system accept.
    static const QString bad = QStringLiteral("\\/:*?\"<>|\t\n");
    for (QChar &ch : base) {
        if (bad.contains(ch))
            ch = u'_';
    }
    return QDir(folder).filePath(base + QStringLiteral(".jixiao"));
}

QString Document::newDraftPath(const QString &folder) const
{
    return newDraftPathFor(m_filing, folder);
}

QString Document::newDraftPathFor(const Filing &filing, const QString &folder)
{
    const QString first = draftPathFor(filing, folder);
    const QString base = first.chopped(int(qstrlen(".jixiao")));
    QString path = first;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1 (%2).jixiao").arg(base).arg(n);
    return path;
}

bool Document::saveNow(QString *error)
{
    m_retry.stop();
    // A change made while a save runs (a listener of saved()) is written by
    // that save's next round, not by a nested save.
    if (m_saving) {
        m_saveAgain = true;
        return true;
    }
    m_saving = true;
    bool ok = true;
    do {
        m_saveAgain = false;
        ok = saveOnce(error);
    } while (ok && m_saveAgain);
    m_saving = false;
    if (!ok && !m_readOnly)
        m_retry.start();
    return ok;
}

bool Document::saveOnce(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = m_readOnlyReason.isEmpty() ? tr("This filing is open read-only.") : m_readOnlyReason;
        return false;
    }
    QString why;
    if (!m_draft) {
        if (m_draftFolder.isEmpty()) {
            if (error)
                *error = tr("This filing has no draft file to save into.");
            return false;
        }
        QDir().mkpath(m_draftFolder);
        m_draft = Draft::create(newDraftPath(m_draftFolder), m_filing, &why);
        if (!m_draft) {
            if (error)
                *error = why;
            Q_EMIT saveFailed(why);
            return false;
        }
        setFilePath(m_draft->path());
    } else if (!m_draft->save(m_filing, &why)) {
        if (error)
            *error = why;
        Q_EMIT saveFailed(why);
        return false;
    }
    m_undo->setClean();
    Q_EMIT saved();
    return true;
}

void Document::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
}

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
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

FieldValue Document::value(const QString &pointer) const
{
    FieldValue v;
    readField(m_filing, pointer, &v);
    return v;
}

bool Document::setValue(const QString &pointer, const FieldValue &value, bool merge)
{
    if (m_readOnly)
        return false;
    if (fieldKind(m_filing, pointer) == FieldKind::Invalid)
        return false;
    FieldValue v = value;
    // What was typed or pasted, as a filing holds text (Word's line breaks
    // become "\n"; control characters that no JSON file may hold go).
    if (fieldKind(m_filing, pointer) == FieldKind::Text)
        v = filingText(v.value_or(QString()));
    else if (fieldKind(m_filing, pointer) == FieldKind::OptionalText && v)
        v = filingText(*v);
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

bool Document::setAmountInput(const QString &pointer, const QString &input, QString *error, bool merge)
{
    if (fieldKind(m_filing, pointer) != FieldKind::Amount) {
        if (error)
            *error = tr("This cell does not hold an amount.");
        return false;
    }
    Amount amount;
    if (!parseAmountInput(input, m_filing.amountUnit, &amount, error))
        return false;
    return setValue(pointer, amount ? FieldValue(amount->toString()) : FieldValue(std::nullopt), merge);
}

bool Document::insertRows(const QString &listPointer, int row, const QList<RowValue> &rows)
{
    if (m_readOnly)
        return false;
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
    if (m_readOnly)
        return false;
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
    if (m_readOnly)
        return false;
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
