// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jixiao::storage {

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

} // namespace jixiao::storage
