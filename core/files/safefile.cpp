// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefile.h"

#include "draftlock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <sys/syscall.h>
#endif
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace jixiao::files {

namespace {

// One name in a path: 255 bytes on Linux file systems, 255 UTF-16 units on
// Windows. The whole path: PATH_MAX on Linux; on Windows Qt writes long paths
// with the \\?\ prefix, which allows about 32,767 characters.
constexpr int MaxNameLength = 255;
#if defined(Q_OS_WIN)
constexpr int MaxPathLength = 32000;
#else
constexpr int MaxPathLength = 4095;
#endif
// The target's name as part of our temporary name is cut to this many bytes,
// so that the temporary name (plus SQLite's "-journal") stays a valid name.
constexpr int TempNameBase = 100;
constexpr qint64 StaleAfterSeconds = 24 * 60 * 60;

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

qsizetype nativeLength(const QString &s)
{
#if defined(Q_OS_WIN)
    return s.size();
#else
    return QFile::encodeName(s).size();
#endif
}

QString hostTag()
{
    static const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return tag;
}

// Cuts `name` to at most `bytes` bytes of UTF-8, on a character boundary.
QString cutName(const QString &name, int bytes)
{
    QString s = name;
    while (s.toUtf8().size() > bytes) {
        s.chop(1);
        if (!s.isEmpty() && s.back().isHighSurrogate())
            s.chop(1);
    }
    return s;
}

// What kind of thing is at `path` (links followed), in words for a refusal;
// empty for a regular file. *exists is false when there is nothing.
QString kindOfNonFile(const QString &path, bool *exists, int *err = nullptr)
{
    *exists = false;
#if defined(Q_OS_UNIX)
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (err)
            *err = errno;
        return QString();
    }
    *exists = true;
    if (S_ISREG(st.st_mode))
        return QString();
    if (S_ISDIR(st.st_mode))
        return Text::tr("a folder");
    if (S_ISFIFO(st.st_mode))
        return Text::tr("a pipe (FIFO)");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Text::tr("a device");
    if (S_ISSOCK(st.st_mode))
        return Text::tr("a socket");
    return Text::tr("not a regular file");
#else
    if (err)
        *err = 0;
    const QFileInfo fi(path);
    if (!fi.exists())
        return QString();
    *exists = true;
    if (fi.isDir())
        return Text::tr("a folder");
    if (!fi.isFile())
        return Text::tr("not a regular file");
    return QString();
#endif
}

// A read-only mark the user set: no write bit at all. Root may write anyway,
// but a file marked read-only is still meant not to be replaced.
bool readOnlyFile(const QFileInfo &fi)
{
    const QFile::Permissions p = fi.permissions();
    return !fi.isWritable() || !(p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

const char *const SqliteSidecars[] = {"-journal", "-wal", "-shm"};

void removeSqliteSidecars(const QString &database)
{
    for (const char *suffix : SqliteSidecars)
        QFile::remove(database + QLatin1String(suffix));
}

void removeTempFamily(const QString &temp)
{
    QFile::remove(temp);
    removeSqliteSidecars(temp);
}

bool syncFile(QFile *file)
{
    if (!file->flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file->handle()) == 0;
#elif defined(Q_OS_WIN)
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file->handle())));
#else
    return true;
#endif
}

void syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

#if defined(Q_OS_WIN)
// A path for the wide Win32 calls: past MAX_PATH only with the \\?\ prefix
// (which Qt's own file calls add as well).
std::wstring winPath(const QString &absolute)
{
    QString native = QDir::toNativeSeparators(absolute);
    if (native.size() >= 248 && !native.startsWith(QLatin1String("\\\\?\\"))) {
        if (native.startsWith(QLatin1String("\\\\")))
            native = QLatin1String("\\\\?\\UNC\\") + native.mid(2);
        else
            native = QLatin1String("\\\\?\\") + native;
    }
    return native.toStdWString();
}
#endif

enum class Placed { Ok, Exists, Failed };

#if defined(Q_OS_UNIX)
// Puts `temp` in place as `target` only if nothing is there: link() fails on
// an existing name; where links are not supported, rename with no-replace.
Placed placeNoReplace(const QByteArray &temp, const QByteArray &target, int *err)
{
    if (::link(temp.constData(), target.constData()) == 0) {
        ::unlink(temp.constData());
        return Placed::Ok;
    }
    if (errno == EEXIST)
        return Placed::Exists;
#if defined(Q_OS_LINUX) && defined(SYS_renameat2)
    constexpr unsigned RenameNoReplace = 1; // RENAME_NOREPLACE
    if (::syscall(SYS_renameat2, AT_FDCWD, temp.constData(), AT_FDCWD, target.constData(), RenameNoReplace) == 0)
        return Placed::Ok;
    if (errno == EEXIST)
        return Placed::Exists;
#endif
    // Neither (some network file systems): claim the name exclusively, then
    // rename over the empty claim, which is ours.
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *err = errno;
        return errno == EEXIST ? Placed::Exists : Placed::Failed;
    }
    ::close(fd);
    if (::rename(temp.constData(), target.constData()) == 0)
        return Placed::Ok;
    *err = errno;
    ::unlink(target.constData());
    return Placed::Failed;
}
#endif

// A test's way to meet a full disk (or a quota, a refusal) where it cannot
// mount a small one: JIXIAO_TEST_WRITE_FAULT=ENOSPC (EDQUOT, EACCES, EIO,
// EROFS) makes that the operating system's answer when the finished
// temporary file is synced. Everything after it is the product's own path:
// the message, the temporary file removed, the target untouched.
int injectedWriteFault()
{
    static const QByteArray name = qgetenv("JIXIAO_TEST_WRITE_FAULT");
    if (name.isEmpty())
        return 0;
    if (name == "ENOSPC")
        return ENOSPC;
#if defined(EDQUOT)
    if (name == "EDQUOT")
        return EDQUOT;
#endif
    if (name == "EACCES")
        return EACCES;
    if (name == "EROFS")
        return EROFS;
    return EIO;
}

// Syncs the file at `path` (written by another writer, such as SQLite);
// returns 0 or the error number.
int syncPath(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return rc;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

} // namespace

QString describeError(int e)
{
    switch (e) {
    case ENAMETOOLONG:
        return Text::tr("the path is too long");
    case ENOSPC:
        return Text::tr("the disk is full");
#if defined(EDQUOT)
    case EDQUOT:
        return Text::tr("your disk quota is used up");
#endif
    case EACCES:
    case EPERM:
        return Text::tr("permission denied (you may not write there)");
    case EROFS:
        return Text::tr("the disk is read-only");
    case EIO:
        return Text::tr("the disk reported an input/output error");
    default:
        break;
    }
    const QString text = QString::fromLocal8Bit(std::strerror(e));
    return text.isEmpty() ? Text::tr("error %1").arg(e) : text;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    return true;
#endif
}

QString pathTooLong(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (const QString &name : abs.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const qsizetype n = nativeLength(name);
        if (n > MaxNameLength)
            return Text::tr("the name “%1…” is too long (%2 bytes; the file system allows at most %3)")
                .arg(name.left(40))
                .arg(n)
                .arg(MaxNameLength);
    }
    const qsizetype n = nativeLength(abs);
    if (n > MaxPathLength)
        return Text::tr("the path is too long (%1 bytes; this system allows at most %2)").arg(n).arg(MaxPathLength);
    return QString();
}

// A file compiled into the program (":/…"): Qt's resource system, no file system.
static bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

bool checkInput(const QString &path, QString *error)
{
    const QString name = display(path);
    if (path.isEmpty()) {
        *error = Text::tr("No file was named.");
        return false;
    }
    if (isResource(path)) {
        if (QFileInfo(path).isFile())
            return true;
        *error = Text::tr("“%1” does not exist.").arg(name);
        return false;
    }
    const QString tooLong = pathTooLong(path);
    if (!tooLong.isEmpty()) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(name, tooLong);
        return false;
    }
    bool exists = false;
    int err = 0;
    const QString kind = kindOfNonFile(path, &exists, &err);
    if (!exists) {
        *error = err == 0 || err == ENOENT || err == ENOTDIR
            ? Text::tr("“%1” does not exist.").arg(name)
            : Text::tr("Cannot read “%1”: %2.").arg(name, describeError(err));
        return false;
    }
    if (!kind.isEmpty()) {
        *error = Text::tr("“%1” is %2, not a file.").arg(name, kind);
        return false;
    }
    return true;
}

bool openInput(const QString &path, QFile *file, QString *error)
{
    if (!checkInput(path, error))
        return false;
    const QString name = display(path);
#if defined(Q_OS_UNIX)
    if (isResource(path)) {
        file->setFileName(path);
        return file->open(QIODevice::ReadOnly);
    }
    // Not blocking in open(): a FIFO put here since the check must not hang us.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(name, describeError(errno));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = Text::tr("“%1” is %2, not a file.").arg(name, Text::tr("not a regular file"));
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = Text::tr("Cannot read “%1”: %2.").arg(name, file->errorString());
        return false;
    }
    return true;
#else
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(name, file->errorString());
        return false;
    }
    return true;
#endif
}

bool readInput(const QString &path, QByteArray *data, QString *error, qint64 maxBytes)
{
    QFile file;
    if (!openInput(path, &file, error))
        return false;
    const auto tooLarge = [&] {
        *error = Text::tr("“%1” is larger than %2 MB; it was not read.").arg(display(path)).arg(maxBytes >> 20);
        return false;
    };
    if (file.size() > maxBytes)
        return tooLarge();
    // read() with a bound, in case the file grew after the size check.
    *data = file.read(maxBytes + 1);
    if (data->size() > maxBytes) {
        data->clear();
        return tooLarge();
    }
    if (file.error() != QFileDevice::NoError) {
        *error = Text::tr("Cannot read “%1”: %2.").arg(display(path), file.errorString());
        data->clear();
        return false;
    }
    return true;
}

FilingKind filingKindOf(const QString &path)
{
    if (OpenDrafts::instance().isOpen(registryKey(path)))
        return FilingKind::Draft;
    QFile file;
    QString ignored;
    if (!openInput(path, &file, &ignored))
        return FilingKind::None;
    const QByteArray head = file.read(64 * 1024);
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return head.size() >= 72 && qFromBigEndian<quint32>(head.constData() + 68) == DraftApplicationId
            ? FilingKind::Draft
            : FilingKind::None;
    // An interchange file names its format; ours writes it first, a person
    // may have moved it anywhere in the first 64 KB.
    static const QRegularExpression format(QStringLiteral("\"format\"\\s*:\\s*\"jixiao-filing\""));
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.trimmed().startsWith('{') && format.match(QString::fromUtf8(text)).hasMatch())
        return FilingKind::Json;
    return FilingKind::None;
}

SafeOutput::SafeOutput(const QString &target, const WriteOptions &options)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_display(display(target))
    , m_options(options)
{ }

SafeOutput::~SafeOutput()
{
    if (!m_committed)
        cancel();
}

bool SafeOutput::isOurTempName(const QString &fileName, QString *host, qint64 *pid)
{
    static const QRegularExpression re(
        QStringLiteral("^\\..*\\.jixiao-tmp-([0-9a-f]{8})-(\\d{1,10})-[0-9a-f]{8}(?:-journal|-wal|-shm)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return false;
    if (host)
        *host = m.captured(1);
    if (pid)
        *pid = m.captured(2).toLongLong();
    return true;
}

int SafeOutput::removeStaleTemps(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.jixiao-tmp-*")},
        QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 self = QCoreApplication::applicationPid();
    int removed = 0;
    for (const QString &n : names) {
        QString host;
        qint64 pid = 0;
        if (!isOurTempName(n, &host, &pid))
            continue;
        const QString path = dir.filePath(n);
        qint64 mtime = 0;
#if defined(Q_OS_UNIX)
        // Only regular files of this user: never somebody else's.
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        mtime = st.st_mtime;
#else
        const QFileInfo fi(path);
        if (!fi.isFile() || fi.isSymLink())
            continue;
        mtime = fi.lastModified().toSecsSinceEpoch();
#endif
        // A process of this computer that ended left it; another computer's
        // (on a shared folder) may still be writing, unless it is old.
        const bool ended = host == hostTag() && pid != self && !processAlive(pid);
        if ((ended || now - mtime > StaleAfterSeconds) && QFile::remove(path))
            ++removed;
    }
    return removed;
}

bool SafeOutput::fail(const QString &why, QString *error)
{
    cancel();
    *error = why;
    return false;
}

bool SafeOutput::checkTarget(bool again, QString *error)
{
    bool exists = false;
    const QString kind = kindOfNonFile(m_target, &exists);
    if (!exists)
        return true;
    if (!m_options.mayReplace) {
        *error = again ? Text::tr("“%1” was created by somebody else meanwhile; it is never replaced. Nothing was "
                                  "written.")
                             .arg(m_display)
                       : Text::tr("“%1” already exists; it is never replaced. Choose another name.").arg(m_display);
        return false;
    }
    if (!kind.isEmpty()) {
        *error = Text::tr("“%1” is %2, not a file; only a file can be replaced. Nothing was written.")
                     .arg(m_display, kind);
        return false;
    }
    if (m_options.isExport) {
        switch (filingKindOf(m_target)) {
        case FilingKind::Draft:
            *error = Text::tr("“%1” is a Jixiao draft; an export never replaces a filing. Choose another name. "
                              "Nothing was written.")
                         .arg(m_display);
            return false;
        case FilingKind::Json:
            *error = Text::tr("“%1” is a Jixiao interchange file (.json filing); an export never replaces a filing. "
                              "Choose another name. Nothing was written.")
                         .arg(m_display);
            return false;
        case FilingKind::None:
            break;
        }
    }
    if (isDraftOpenForEditing(m_target)) {
        *error = Text::tr("Cannot replace “%1”: it is open for editing in Jixiao. Close it there first. Nothing was "
                          "written.")
                     .arg(m_display);
        return false;
    }
    if (readOnlyFile(QFileInfo(m_target)) && !m_options.force) {
        *error = Text::tr("“%1” is a read-only file; it was not replaced. (On the command line, --force "
                          "replaces it; it stays read-only.)")
                     .arg(m_display);
        return false;
    }
    m_hadTarget = true;
    return true;
}

bool SafeOutput::prepare(QString *error, bool createTemp)
{
    const QString tooLong = pathTooLong(m_target);
    if (!tooLong.isEmpty()) {
        *error = Text::tr("Cannot write “%1”: %2.").arg(m_display, tooLong);
        return false;
    }
    const QFileInfo link(m_target);
    if (link.isSymLink()) {
        if (!m_options.mayReplace) {
            *error = Text::tr("“%1” already exists; it is never replaced. Choose another name.").arg(m_display);
            return false;
        }
        // Write the file the link names, and keep the link.
        const QString resolved = link.canonicalFilePath();
        if (resolved.isEmpty()) {
            *error = Text::tr("“%1” is a link to a file that does not exist; it was not replaced.").arg(m_display);
            return false;
        }
        m_target = resolved;
    }
    if (!checkTarget(false, error))
        return false;
    const QFileInfo target(m_target);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = Text::tr("Cannot write “%1”: the folder “%2” does not exist.").arg(m_display, display(folder));
        return false;
    }
    removeStaleTemps(folder);
    m_temp = QDir(folder).filePath(QStringLiteral(".%1.jixiao-tmp-%2-%3-%4")
                                       .arg(cutName(target.fileName(), TempNameBase), hostTag())
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (createTemp) {
        m_file = std::make_unique<QFile>(m_temp);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            *error = Text::tr("Cannot write “%1”: %2.").arg(m_display, m_file->errorString());
            m_file.reset();
            return false;
        }
    }
    return true;
}

QString SafeOutput::writeFailed(const QString &why) const
{
    return Text::tr("Cannot write “%1”: %2. %3")
        .arg(m_display, why,
            m_hadTarget ? Text::tr("The previous file is unchanged.") : Text::tr("Nothing was written."));
}

bool SafeOutput::write(const QByteArray &data, QString *error)
{
    if (!m_file)
        return fail(Text::tr("Cannot write “%1”: the output was not prepared.").arg(m_display), error);
#if defined(Q_OS_UNIX)
    // Straight to the file, so that the system's own answer (a full disk)
    // is what the user reads.
    const char *p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_file->handle(), p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(writeFailed(describeError(errno)), error);
        }
        p += n;
        left -= n;
    }
    return true;
#else
    if (m_file->write(data) != data.size())
        return fail(writeFailed(m_file->errorString()), error);
    return true;
#endif
}

bool SafeOutput::writeFile(const QString &target, const QByteArray &data, const WriteOptions &options, QString *error)
{
    SafeOutput out(target, options);
    return out.prepare(error) && out.write(data, error) && out.commit(error);
}

void SafeOutput::cancel()
{
    if (m_file)
        m_file->close();
    m_file.reset();
    if (!m_temp.isEmpty() && !m_committed)
        removeTempFamily(m_temp);
}

bool SafeOutput::commit(QString *error)
{
    if (m_temp.isEmpty() || !QFileInfo(m_temp).isFile())
        return fail(Text::tr("Cannot write “%1”: the finished file is missing.").arg(m_display), error);
    // Everything on the disk before it replaces anything: a full disk or a
    // quota may first be reported here.
    int synced = 0;
    if (m_file) {
        if (!syncFile(m_file.get()))
            synced = errno ? errno : EIO;
        m_file->close();
    } else {
        synced = syncPath(m_temp);
    }
    if (synced == 0)
        synced = injectedWriteFault();
    if (synced != 0)
        return fail(writeFailed(describeError(synced)), error);
    // Looked at again right before: what is there now must still be ours to replace.
    QString refusal;
    if (!checkTarget(true, &refusal))
        return fail(refusal, error);
    bool exists = false;
    kindOfNonFile(m_target, &exists);
    const QString unchanged = exists ? Text::tr(" The previous file is unchanged.") : QString();
    // SQLite replays a log or journal it finds beside a database, whatever
    // database wrote it: one left by an earlier draft of this name (its
    // editor killed, the draft deleted) would be played into the new one. It
    // belongs to nobody now (the target is not open for editing, checked
    // above), so it goes before the new draft is put in place.
    if (filingKindOf(m_temp) == FilingKind::Draft)
        removeSqliteSidecars(m_target);
    const QByteArray temp = QFile::encodeName(m_temp);
    const QByteArray target = QFile::encodeName(m_target);
#if defined(Q_OS_UNIX)
    if (exists) {
        // The new file keeps the old one's permissions (and, where allowed, owner).
        struct stat st;
        if (::stat(target.constData(), &st) == 0) {
            ::chmod(temp.constData(), st.st_mode & 07777);
            // Not permitted unless root: then the file is simply ours.
            if ((st.st_uid != ::geteuid() || st.st_gid != ::getegid())
                && ::chown(temp.constData(), st.st_uid, st.st_gid) != 0) { }
        }
    }
    int err = 0;
    if (m_options.mayReplace) {
        if (::rename(temp.constData(), target.constData()) != 0)
            return fail(Text::tr("Cannot write “%1”: the finished file could not be put in place (%2).%3")
                            .arg(m_display, describeError(errno), unchanged),
                error);
    } else {
        switch (placeNoReplace(temp, target, &err)) {
        case Placed::Ok:
            break;
        case Placed::Exists:
            return fail(Text::tr("“%1” was created by somebody else meanwhile; it is never replaced. Nothing was "
                                 "written.")
                            .arg(m_display),
                error);
        case Placed::Failed:
            return fail(Text::tr("Cannot write “%1”: the finished file could not be put in place (%2).")
                            .arg(m_display, describeError(err)),
                error);
        }
    }
#elif defined(Q_OS_WIN)
    Q_UNUSED(temp);
    Q_UNUSED(target);
    const std::wstring from = winPath(m_temp);
    const std::wstring to = winPath(m_target);
    if (exists) {
        QFile::setPermissions(m_temp, QFileInfo(m_target).permissions());
        // A read-only file cannot be replaced on Windows: lift the mark (the
        // user asked with --force); the new file carries it again.
        const DWORD attributes = GetFileAttributesW(to.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY))
            SetFileAttributesW(to.c_str(), attributes & ~DWORD(FILE_ATTRIBUTE_READONLY));
    }
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (m_options.mayReplace ? MOVEFILE_REPLACE_EXISTING : 0);
    if (!MoveFileExW(from.c_str(), to.c_str(), flags)) {
        const DWORD e = GetLastError();
        if (e == ERROR_ALREADY_EXISTS || e == ERROR_FILE_EXISTS)
            return fail(Text::tr("“%1” was created by somebody else meanwhile; it is never replaced. Nothing was "
                                 "written.")
                            .arg(m_display),
                error);
        return fail(Text::tr("Cannot write “%1”: the finished file could not be put in place (%2).%3")
                        .arg(m_display, qt_error_string(int(e)), unchanged),
            error);
    }
#endif
    m_committed = true;
    m_file.reset();
    syncFolder(QFileInfo(m_target).absolutePath());
    return true;
}

} // namespace jixiao::files
