// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace jixiao {

namespace {

QString sameDepartment(const QString &name)
{
    QString s = name;
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x3000));
    return s.trimmed();
}

QString canonical(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

} // namespace

bool DraftLibrary::Entry::exists() const
{
    return QFileInfo(path).isFile();
}

DraftLibrary::DraftLibrary(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_own = std::make_unique<QSettings>();
        m_settings = m_own.get();
    }
}

DraftLibrary::~DraftLibrary() = default;

QList<DraftLibrary::Entry> DraftLibrary::read() const
{
    QList<Entry> list;
    const int n = m_settings->beginReadArray(QStringLiteral("drafts/library"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Entry e;
        e.path = m_settings->value(QStringLiteral("path")).toString();
        e.fiscalYear = m_settings->value(QStringLiteral("fiscalYear")).toInt();
        e.department = m_settings->value(QStringLiteral("department")).toString();
        e.lastOpened = QDateTime::fromString(m_settings->value(QStringLiteral("lastOpened")).toString(), Qt::ISODate);
        if (!e.path.isEmpty())
            list.append(e);
    }
    m_settings->endArray();
    return list;
}

void DraftLibrary::write(const QList<Entry> &entries)
{
    m_settings->remove(QStringLiteral("drafts/library"));
    m_settings->beginWriteArray(QStringLiteral("drafts/library"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("path"), entries[i].path);
        m_settings->setValue(QStringLiteral("fiscalYear"), entries[i].fiscalYear);
        m_settings->setValue(QStringLiteral("department"), entries[i].department);
        m_settings->setValue(QStringLiteral("lastOpened"), entries[i].lastOpened.toUTC().toString(Qt::ISODate));
    }
    m_settings->endArray();
    m_settings->sync();
}

void DraftLibrary::record(const QString &path, const Filing &filing, const QDateTime &when)
{
    const QString p = canonical(path);
    QList<Entry> list = read();
    list.removeIf([&](const Entry &e) { return e.path == p; });
    Entry e;
    e.path = p;
    e.fiscalYear = filing.fiscalYear;
    e.department = filing.department.name;
    e.lastOpened = when.toUTC();
    list.prepend(e);
    // Forget the least recently opened beyond the limit.
    std::stable_sort(
        list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.lastOpened > b.lastOpened; });
    while (list.size() > MaxEntries)
        list.removeLast();
    write(list);
}

void DraftLibrary::forget(const QString &path)
{
    const QString p = canonical(path);
    QList<Entry> list = read();
    if (list.removeIf([&](const Entry &e) { return e.path == p || e.path == QFileInfo(path).absoluteFilePath(); }))
        write(list);
}

int DraftLibrary::forgetMissing()
{
    QList<Entry> list = read();
    const int removed = int(list.removeIf([](const Entry &e) { return !e.exists(); }));
    if (removed)
        write(list);
    return removed;
}

QList<DraftLibrary::Entry> DraftLibrary::entries() const
{
    QList<Entry> list = read();
    std::stable_sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        if (a.fiscalYear != b.fiscalYear)
            return a.fiscalYear > b.fiscalYear;
        const int c = QString::localeAwareCompare(sameDepartment(a.department), sameDepartment(b.department));
        if (c != 0)
            return c < 0;
        return a.lastOpened > b.lastOpened;
    });
    return list;
}

QList<DraftLibrary::Group> DraftLibrary::groups() const
{
    QList<Group> groups;
    for (const Entry &e : entries()) {
        if (groups.isEmpty() || groups.last().fiscalYear != e.fiscalYear
            || sameDepartment(groups.last().department) != sameDepartment(e.department))
            groups.append(Group {e.fiscalYear, e.department, {}});
        groups.last().entries.append(e);
    }
    return groups;
}

std::optional<DraftLibrary::Entry> DraftLibrary::find(const QString &department, int fiscalYear) const
{
    const QString dept = sameDepartment(department);
    std::optional<Entry> best;
    for (const Entry &e : read()) {
        if (e.fiscalYear != fiscalYear || sameDepartment(e.department) != dept || !e.exists())
            continue;
        if (!best || e.lastOpened > best->lastOpened)
            best = e;
    }
    return best;
}

std::optional<DraftLibrary::Entry> DraftLibrary::lastYear(const Filing &filing) const
{
    return find(filing.department.name, filing.fiscalYear - 1);
}

} // namespace jixiao
