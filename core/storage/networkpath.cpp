// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace jixiao::storage {

bool isUncPath(const QString &path)
{
    const QString p = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (p.startsWith(QLatin1String("//?/UNC/"), Qt::CaseInsensitive))
        return true;
    if (p.startsWith(QLatin1String("//?/")) || p.startsWith(QLatin1String("//./")))
        return false; // local device or long-path forms
    // //server/share: a host name and a share name, both non-empty.
    if (!p.startsWith(QLatin1String("//")) || p.size() < 5 || p.at(2) == QLatin1Char('/'))
        return false;
    const qsizetype shareStart = p.indexOf(QLatin1Char('/'), 2) + 1;
    return shareStart > 3 && shareStart < p.size() && p.at(shareStart) != QLatin1Char('/');
}

bool isOnNetworkFileSystem(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#if defined(Q_OS_WIN)
    if (isUncPath(path))
        return true;
    QString p = QDir::toNativeSeparators(absolute);
    if (p.startsWith(QLatin1String("\\\\?\\")))
        p.remove(0, 4);
    if (p.size() < 2 || p.at(1) != QLatin1Char(':'))
        return false;
    const wchar_t root[] = {wchar_t(p.at(0).unicode()), L':', L'\\', 0};
    return GetDriveTypeW(root) == DRIVE_REMOTE;
#elif defined(Q_OS_LINUX)
    // The folder: the draft itself may not exist yet.
    const QByteArray folder = QFile::encodeName(QFileInfo(absolute).absolutePath());
    struct statfs fs;
    if (statfs(folder.constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL: // NFS
    case 0x517BUL: // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x65735546UL: // FUSE: sshfs and the like (a rollback journal is safe anywhere)
        return true;
    default:
        return false;
    }
#else
    return false;
#endif
}

} // namespace jixiao::storage
