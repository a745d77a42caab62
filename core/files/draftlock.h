// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace jixiao::files {

// The "open for editing" lock of a draft: a lock on one byte of the draft
// file far beyond SQLite's own lock bytes — an open-file-description lock on
// Linux, LockFileEx on Windows (both belong to the open file, not the
// process). The kernel (or the file server on a shared folder) releases it
// when the process ends, however it ends, so it cannot go stale, and it needs
// no side file. It conflicts between processes, users and within one process.
class DraftLock
{
public:
    enum Result { Acquired, HeldElsewhere, CannotOpen };

    DraftLock() = default;
    ~DraftLock();
    DraftLock(const DraftLock &) = delete;
    DraftLock &operator=(const DraftLock &) = delete;

    // Opens `path` for writing (O_CREAT|O_EXCL when `create`) and locks it.
    Result acquire(const QString &path, bool create, QString *error);
    // True when some other open of `path` holds the lock (does not take it).
    static bool isHeldElsewhere(const QString &path);
    void release();
    bool isHeld() const { return m_handle != NoHandle; }

private:
    // A file descriptor, or a Windows HANDLE.
    static constexpr qintptr NoHandle = -1;
    qintptr m_handle = NoHandle;
};

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

// Whether the draft at `path` is open for editing: by a window of this
// process, or (lock held) by another process, here or on another computer.
// Never opens a file this process has open (see OpenDrafts).
bool isDraftOpenForEditing(const QString &path);

} // namespace jixiao::files

namespace jixiao::storage {
using files::DraftLock;
}
