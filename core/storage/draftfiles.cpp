// SPDX-License-Identifier: GPL-3.0-or-later
// What a draft file is before SQLite reads anything: its header, a journal a
// crash left, whether it may be written; and where its backup goes.
#include "draftfiles.h"

#include "draft.h"
#include "files/safefile.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#if defined(Q_OS_WIN)
#include <qt_windows.h>

#include <vector>
#endif

using namespace jixiao::storage;

namespace jixiao::draftfiles {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#if defined(Q_OS_WIN)
namespace {

// Whether the file's or folder's access control list lets this user write
// the file, or add files to the folder (the journal goes there). Windows keeps
// who may write in ACLs (set by IT with icacls, or in Explorer's Security
// tab), which QFileInfo does not read: it sees only the read-only attribute.
// When the ACL cannot be read (some file servers), the write itself decides.
bool aclAllowsWriting(const QString &path, bool folder)
{
    const std::wstring name = QDir::toNativeSeparators(path).toStdWString();
    const SECURITY_INFORMATION parts
        = OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
    DWORD size = 0;
    GetFileSecurityW(name.c_str(), parts, nullptr, 0, &size);
    if (size == 0)
        return true;
    std::vector<char> descriptor(size);
    if (!GetFileSecurityW(name.c_str(), parts, descriptor.data(), size, &size))
        return true;
    HANDLE process = nullptr, token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_DUPLICATE | TOKEN_QUERY, &process))
        return true;
    const bool duplicated = DuplicateToken(process, SecurityImpersonation, &token);
    CloseHandle(process);
    if (!duplicated)
        return true;
    GENERIC_MAPPING mapping = {FILE_GENERIC_READ, FILE_GENERIC_WRITE, FILE_GENERIC_EXECUTE, FILE_ALL_ACCESS};
    PRIVILEGE_SET privileges;
    DWORD privilegesSize = sizeof privileges;
    DWORD granted = 0;
    BOOL allowed = TRUE;
    const BOOL checked = AccessCheck(descriptor.data(), token, folder ? FILE_ADD_FILE : FILE_WRITE_DATA, &mapping,
        &privileges, &privilegesSize, &granted, &allowed);
    CloseHandle(token);
    return !checked || allowed;
}

} // namespace
#endif

// A read-only mark the user set: no write bit at all. Root may write anyway,
// but a file marked read-only is still meant not to be changed. On Windows
// also the ACL.
bool writable(const QFileInfo &fi)
{
    const QFile::Permissions p = fi.permissions();
    const bool marked = fi.isWritable() && (p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
#if defined(Q_OS_WIN)
    return marked && aclAllowsWriting(fi.absoluteFilePath(), fi.isDir());
#else
    return marked;
#endif
}

// What a crash leaves for SQLite to recover: a rollback journal or a
// write-ahead log with content.
bool hotJournal(const QString &path)
{
    const QFileInfo j(path + QStringLiteral("-journal"));
    const QFileInfo w(path + QStringLiteral("-wal"));
    return (j.exists() && j.size() > 0) || (w.exists() && w.size() > 0);
}

// What the first bytes say, before SQLite reads anything (so that nothing it
// does can touch a file that is not ours).
bool checkHeader(const QString &path, bool journal, QString *error)
{
    // Never blocks: a FIFO or device is refused, not waited on.
    QFile f;
    if (!files::openInput(path, &f, error))
        return false;
    const qint64 size = f.size();
    const QByteArray head = f.read(100);
    const QString name = displayName(path);
    if (size == 0) {
        *error = Draft::tr("“%1” is empty (0 bytes): it is not a Jixiao draft. Perhaps it was not saved or copied "
                           "completely.")
                     .arg(name);
        return false;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        *error
            = Draft::tr("“%1” is a ZIP archive (such as a Word, Excel or WPS document), not a Jixiao draft.").arg(name);
        return false;
    }
    if (head.startsWith("%PDF")) {
        *error = Draft::tr("“%1” is a PDF document, not a Jixiao draft.").arg(name);
        return false;
    }
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *error = Draft::tr("“%1” is not a Jixiao draft: its content is not a Jixiao database.").arg(name);
        return false;
    }
    if (head.size() < 100) {
        *error = Draft::tr("“%1” is incomplete: it ends after %2 bytes. It is probably a truncated copy (an "
                           "interrupted download or copy); ask for the file again.")
                     .arg(name)
                     .arg(size);
        return false;
    }
    const auto *h = reinterpret_cast<const uchar *>(head.constData());
    const qint32 appId = qFromBigEndian<qint32>(h + 68);
    if (appId != ApplicationId) {
        *error = Draft::tr("“%1” is a database of another application, not a Jixiao draft.").arg(name);
        return false;
    }
    // A journal left by a crash is rolled back by SQLite: the header may
    // describe the interrupted transaction until then.
    if (!journal) {
        quint32 pageSize = qFromBigEndian<quint16>(h + 16);
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
        const quint32 pages = qFromBigEndian<quint32>(h + 28);
        const quint32 validFor = qFromBigEndian<quint32>(h + 92);
        const qint64 expected = qint64(pageSize) * pages;
        if (changeCounter == validFor && pages > 0 && size < expected) {
            *error = Draft::tr("“%1” is incomplete: it has %2 bytes but should have %3. It is probably a truncated "
                               "copy (an interrupted download or copy); ask for the file again.")
                         .arg(name)
                         .arg(size)
                         .arg(expected);
            return false;
        }
    }
    return true;
}

// The header says write-ahead log (bytes 18 and 19 are 2): reading it in
// place would create its -wal and -shm files.
bool walHeader(const QString &path)
{
    QFile f;
    QString ignored;
    if (!files::openInput(path, &f, &ignored))
        return false;
    const QByteArray head = f.read(20);
    return head.size() == 20 && (head[18] == 2 || head[19] == 2);
}

QString backupName(const QString &path, int version)
{
    const QFileInfo fi(path);
    const QString base = fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".schema%1-backup").arg(version));
    const QString suffix = fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix();
    QString candidate = base + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral(" (%1)").arg(n) + suffix;
    return candidate;
}

} // namespace jixiao::draftfiles
