// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace jixiao::files {

namespace {

// SQLite locks bytes 0x40000000 … 0x400001FF; ours is well past them.
constexpr qint64 LockOffset = 0x40000000 + 0x10000;

#if defined(Q_OS_WIN)
HANDLE toHandle(qintptr h)
{
    return reinterpret_cast<HANDLE>(h);
}

HANDLE openFile(const QString &path, DWORD access, DWORD disposition)
{
    // Shared in every way: SQLite opens the same file beside us.
    const QString native = QDir::toNativeSeparators(path);
    return CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), access,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
}

// Exclusive and without waiting; on one byte.
bool lockByte(HANDLE h)
{
    OVERLAPPED at = {};
    at.Offset = DWORD(LockOffset & 0xFFFFFFFF);
    at.OffsetHigh = DWORD(LockOffset >> 32);
    return LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at);
}

void unlockByte(HANDLE h)
{
    OVERLAPPED at = {};
    at.Offset = DWORD(LockOffset & 0xFFFFFFFF);
    at.OffsetHigh = DWORD(LockOffset >> 32);
    UnlockFileEx(h, 0, 1, 0, &at);
}
#elif defined(Q_OS_UNIX)
struct flock lockRequest(short type)
{
    struct flock fl;
    std::memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = off_t(LockOffset);
    fl.l_len = 1;
    return fl;
}

#if defined(F_OFD_SETLK)
constexpr int SetLock = F_OFD_SETLK;
constexpr int GetLock = F_OFD_GETLK;
#else
// Without OFD locks (not Linux), classic POSIX locks: these keep processes
// apart but not two drafts of one process.
constexpr int SetLock = F_SETLK;
constexpr int GetLock = F_GETLK;
#endif
#endif

} // namespace

DraftLock::~DraftLock()
{
    release();
}

DraftLock::Result DraftLock::acquire(const QString &path, bool create, QString *error)
{
    release();
#if defined(Q_OS_WIN)
    const HANDLE h = openFile(path, GENERIC_READ | GENERIC_WRITE, create ? CREATE_NEW : OPEN_EXISTING);
    if (h == INVALID_HANDLE_VALUE) {
        if (error)
            *error = qt_error_string(int(GetLastError()));
        return CannotOpen;
    }
    if (!lockByte(h)) {
        const DWORD e = GetLastError();
        CloseHandle(h);
        if (e == ERROR_LOCK_VIOLATION || e == ERROR_SHARING_VIOLATION)
            return HeldElsewhere;
        if (error)
            *error = qt_error_string(int(e));
        return CannotOpen;
    }
    m_handle = reinterpret_cast<qintptr>(h);
    return Acquired;
#elif defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0);
    const int fd = ::open(native.constData(), flags, 0666);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return CannotOpen;
    }
    struct flock fl = lockRequest(F_WRLCK);
    if (::fcntl(fd, SetLock, &fl) != 0) {
        const int e = errno;
        ::close(fd);
        if (e == EAGAIN || e == EACCES)
            return HeldElsewhere;
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(e));
        return CannotOpen;
    }
    m_handle = fd;
    return Acquired;
#else
#error "DraftLock: no file lock for this platform"
#endif
}

bool DraftLock::isHeldElsewhere(const QString &path)
{
#if defined(Q_OS_WIN)
    // Windows cannot ask who holds a lock: try to take it and give it back
    // at once. (Someone acquiring in that instant finds it held and opens
    // read-only, the safe side.)
    const HANDLE h = openFile(path, GENERIC_READ, OPEN_EXISTING);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool free = lockByte(h);
    const bool held = !free && GetLastError() == ERROR_LOCK_VIOLATION;
    if (free)
        unlockByte(h);
    CloseHandle(h);
    return held;
#else
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock fl = lockRequest(F_WRLCK);
    const bool held = ::fcntl(fd, GetLock, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return held;
#endif
}

void DraftLock::release()
{
    if (m_handle == NoHandle)
        return;
#if defined(Q_OS_WIN)
    CloseHandle(toHandle(m_handle)); // closing releases the lock
#else
    ::close(int(m_handle));
#endif
    m_handle = NoHandle;
}

QString registryKey(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

bool isDraftOpenForEditing(const QString &path)
{
    const QString key = registryKey(path);
    if (OpenDrafts::instance().hasWriter(key))
        return true;
    return !OpenDrafts::instance().isOpen(key) && DraftLock::isHeldElsewhere(path);
}

} // namespace jixiao::files
