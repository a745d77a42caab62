// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftlock.h"

#include "sqlfiling.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace jixiao::storage {

namespace {

#if defined(Q_OS_UNIX)
// SQLite locks bytes 0x40000000 … 0x400001FF; ours is well past them.
constexpr off_t LockOffset = 0x40000000 + 0x10000;

struct flock lockRequest(short type)
{
    struct flock fl;
    std::memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = LockOffset;
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
#if defined(Q_OS_UNIX)
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
    m_fd = fd;
    return Acquired;
#else
    Q_UNUSED(path);
    Q_UNUSED(create);
    Q_UNUSED(error);
    m_fd = 0;
    return Acquired;
#endif
}

bool DraftLock::isHeldElsewhere(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock fl = lockRequest(F_WRLCK);
    const bool held = ::fcntl(fd, GetLock, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return held;
#else
    Q_UNUSED(path);
    return false;
#endif
}

void DraftLock::release()
{
#if defined(Q_OS_UNIX)
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

} // namespace jixiao::storage
