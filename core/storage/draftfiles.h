// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the draft (draft.cpp, draftopen.cpp): what a file is before SQLite
// reads it, and which drafts this process has open.
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QString>

namespace jixiao::draftfiles {

// The drafts this process has open. SQLite's locks on a database file are
// POSIX locks, which the kernel drops when the process closes *any*
// descriptor of that file: so while a draft is open here, nothing else in
// this process opens the file to peek at it (header, lock probe); the
// registry answers instead.
class OpenDrafts
{
public:
    static OpenDrafts &instance()
    {
        static OpenDrafts r;
        return r;
    }
    void add(const QString &key, bool writer)
    {
        QMutexLocker lock(&m_mutex);
        ++m_open[key];
        if (writer)
            ++m_writers[key];
    }
    void remove(const QString &key, bool writer)
    {
        QMutexLocker lock(&m_mutex);
        if (--m_open[key] <= 0)
            m_open.remove(key);
        if (writer && --m_writers[key] <= 0)
            m_writers.remove(key);
    }
    bool isOpen(const QString &key) const
    {
        QMutexLocker lock(&m_mutex);
        return m_open.contains(key);
    }
    bool hasWriter(const QString &key) const
    {
        QMutexLocker lock(&m_mutex);
        return m_writers.contains(key);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_open;
    QHash<QString, int> m_writers;
};

// The key of a draft in OpenDrafts: its canonical path where it exists.
QString registryKey(const QString &path);
// The path as the user's system writes it, for messages.
QString displayName(const QString &path);
// Whether the file or folder may be written and is not marked read-only.
bool writable(const QFileInfo &fi);
// Whether a crash left a journal or log with content beside the draft.
bool hotJournal(const QString &path);
// Whether the first bytes are those of a complete Jixiao draft; `journal`:
// a hot journal may still change the header. The error says what it is instead.
bool checkHeader(const QString &path, bool journal, QString *error);
// Whether the header says write-ahead log.
bool walHeader(const QString &path);
// A free name beside the draft for its copy before a schema update.
QString backupName(const QString &path, int version);

} // namespace jixiao::draftfiles
