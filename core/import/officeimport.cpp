// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeimport.h"

#include "zippackage.h"

#include "files/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#include <tlhelp32.h>
#endif

namespace jixiao::office {

namespace {

QString &programOverride()
{
    static QString p;
    return p;
}

int &timeoutMs()
{
    static int ms = 120000;
    return ms;
}

const QByteArray ZipMagic("PK\x03\x04", 4);
const QByteArray CfbMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool readBytes(const QString &path, QByteArray *data, QString *error)
{
    return files::readInput(path, data, error, ZipPackage::MaxFileSize);
}

// The conversion's folders: "<temp>/jixiao-office-<pid>-XXXXXX", so that
// one left by a run that was killed is recognised and removed by the next.
const QString FolderPrefix = QStringLiteral("jixiao-office-");

void removeStaleFolders()
{
    static const QRegularExpression name(QStringLiteral("^jixiao-office-(\\d{1,10})-[A-Za-z0-9]{6}$"));
    const QDir temp(QDir::tempPath());
    const qint64 self = QCoreApplication::applicationPid();
    for (const QString &entry : temp.entryList({FolderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoSymLinks | QDir::Hidden)) {
        const QRegularExpressionMatch m = name.match(entry);
        const qint64 pid = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (pid <= 0 || pid == self || files::processAlive(pid))
            continue;
        const QString path = temp.filePath(entry);
#if defined(Q_OS_UNIX)
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || st.st_uid != ::geteuid())
            continue; // never somebody else's
#endif
        QDir(path).removeRecursively();
    }
}

// LibreOffice starts a launcher that starts the real program, which may start
// more: all of them are kept together, killed as a whole on the time limit,
// after the conversion and when Jixiao itself ends, however it ends.
//
// Unix: the office program gets a session and process group of its own
// (setsid), and a watchdog in that group: a process forked before the program
// starts that waits on a pipe whose writing end only Jixiao holds. When
// Jixiao ends — even by kill -9 — the kernel closes that end, the watchdog's
// read returns and it kills the whole group. (PR_SET_PDEATHSIG would only
// reach the first process, not the workers LibreOffice starts, and only on
// Linux.)
// Windows: a job object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE; the program
// is started suspended and put in the job before it runs, so everything it
// starts is in the job too; Jixiao's handle closes when it ends, and the job
// with it.
class OfficeProcess
{
public:
    OfficeProcess() = default;
    ~OfficeProcess() { killAll(); }
    OfficeProcess(const OfficeProcess &) = delete;
    OfficeProcess &operator=(const OfficeProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments, const QString &tempFolder, QString *error)
    {
        // LibreOffice's own temporary files (lu*.tmp) go into our folder too,
        // so that nothing of a killed run is left outside it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QDir().mkpath(tempFolder);
        for (const char *name : {"TMPDIR", "TMP", "TEMP"})
            env.insert(QLatin1String(name), QDir::toNativeSeparators(tempFolder));
        m_process.setProcessEnvironment(env);
#if defined(Q_OS_UNIX)
        int guard[2];
#if defined(Q_OS_LINUX)
        const int piped = ::pipe2(guard, O_CLOEXEC); // no other child inherits it
#else
        const int piped = ::pipe(guard);
        if (piped == 0) {
            ::fcntl(guard[0], F_SETFD, FD_CLOEXEC);
            ::fcntl(guard[1], F_SETFD, FD_CLOEXEC);
        }
#endif
        if (piped != 0) {
            *error = OfficeImport::tr("LibreOffice could not be started: %1.").arg(files::describeError(errno));
            return false;
        }
        m_guard = guard[1];
        const int watch = guard[0];
        m_process.setChildProcessModifier([watch] {
            // Only async-signal-safe calls here: this runs between fork and exec.
            ::setsid();
            const pid_t watchdog = ::fork();
            if (watchdog == 0) {
                for (int fd = 0; fd < 1024; ++fd)
                    if (fd != watch)
                        ::close(fd);
                char c;
                while (::read(watch, &c, 1) < 0 && errno == EINTR) { }
                ::kill(0, SIGKILL); // the whole group, this watchdog with it
                ::_exit(0);
            }
        });
#elif defined(Q_OS_WIN)
        m_job = CreateJobObjectW(nullptr, nullptr);
        if (m_job) {
            JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
            limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
            SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        }
        m_process.setCreateProcessArgumentsModifier(
            [](QProcess::CreateProcessArguments *args) { args->flags |= CREATE_SUSPENDED; });
#endif
        m_process.start(program, arguments);
        const bool started = m_process.waitForStarted(30000);
#if defined(Q_OS_UNIX)
        ::close(watch);
        if (started)
            m_group = pid_t(m_process.processId()); // setsid: its pid is the group's id
#elif defined(Q_OS_WIN)
        if (started) {
            const DWORD pid = DWORD(m_process.processId());
            const HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, pid);
            if (m_job && process)
                AssignProcessToJobObject(m_job, process);
            if (process)
                CloseHandle(process);
            resumeThreads(pid);
        }
#endif
        if (!started) {
            *error = OfficeImport::tr("LibreOffice could not be started: %1.").arg(m_process.errorString());
            killAll();
        }
        return started;
    }

    // False when the time ran out or the program crashed.
    bool finish(int ms)
    {
        const bool done = m_process.waitForFinished(ms) && m_process.exitStatus() == QProcess::NormalExit;
        killAll();
        return done;
    }

private:
    void killAll()
    {
#if defined(Q_OS_UNIX)
        if (m_group > 0)
            ::kill(-m_group, SIGKILL); // the workers and the watchdog too
        m_group = 0;
        if (m_guard >= 0)
            ::close(m_guard);
        m_guard = -1;
#elif defined(Q_OS_WIN)
        if (m_job) {
            TerminateJobObject(m_job, 1);
            CloseHandle(m_job);
        }
        m_job = nullptr;
#endif
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

#if defined(Q_OS_WIN)
    static void resumeThreads(DWORD pid)
    {
        const HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
        if (snapshot == INVALID_HANDLE_VALUE)
            return;
        THREADENTRY32 t = {};
        t.dwSize = sizeof t;
        for (BOOL more = Thread32First(snapshot, &t); more; more = Thread32Next(snapshot, &t)) {
            if (t.th32OwnerProcessID != pid)
                continue;
            if (const HANDLE thread = OpenThread(THREAD_SUSPEND_RESUME, FALSE, t.th32ThreadID)) {
                ResumeThread(thread);
                CloseHandle(thread);
            }
        }
        CloseHandle(snapshot);
    }
    HANDLE m_job = nullptr;
#elif defined(Q_OS_UNIX)
    pid_t m_group = 0;
    int m_guard = -1;
#endif
    QProcess m_process;
};

// .doc/.xls/.wps/.et → .docx/.xlsx with LibreOffice, headless, in a
// temporary folder of our own.
bool convert(const QString &path, bool spreadsheet, QByteArray *data, QString *error)
{
    const QString program = OfficeImport::officeProgram();
    if (program.isEmpty()) {
        *error = OfficeImport::tr("%1 is in an old binary format. To import it, install LibreOffice (Writer and Calc; "
                                  "on Debian: libreoffice-writer libreoffice-calc), or save it in Word/Excel/WPS "
                                  "as .docx or .xlsx and import that.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    removeStaleFolders();
    QTemporaryDir dir(QDir(QDir::tempPath())
                          .filePath(FolderPrefix + QString::number(QCoreApplication::applicationPid())
                              + QStringLiteral("-XXXXXX")));
    if (!dir.isValid()) {
        *error = OfficeImport::tr("No temporary folder for the conversion: %1").arg(dir.errorString());
        return false;
    }
    const QString target = spreadsheet ? QStringLiteral("xlsx") : QStringLiteral("docx");
    const QString name = QFileInfo(path).fileName();
    {
        OfficeProcess office;
        // A profile of our own: a running LibreOffice of the user's is not disturbed.
        if (!office.start(program,
                {QStringLiteral("-env:UserInstallation=")
                        + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                    QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"), target,
                    QStringLiteral("--outdir"), dir.path(), QFileInfo(path).absoluteFilePath()},
                dir.filePath(QStringLiteral("tmp")), error))
            return false;
        if (!office.finish(timeoutMs())) {
            *error = OfficeImport::tr("LibreOffice could not convert %1 (it did not finish within %2 seconds).")
                         .arg(name)
                         .arg(timeoutMs() / 1000);
            return false;
        }
    }
    const QString out = dir.filePath(QFileInfo(path).completeBaseName() + QLatin1Char('.') + target);
    if (!QFileInfo::exists(out)) {
        *error = OfficeImport::tr("LibreOffice could not convert %1 (is it password-protected or damaged?).")
                     .arg(name);
        return false;
    }
    return readBytes(out, data, error);
}

} // namespace

void OfficeImport::setOfficeProgram(const QString &program)
{
    programOverride() = program;
}

void OfficeImport::setTimeout(int milliseconds)
{
    timeoutMs() = milliseconds;
}

QString OfficeImport::officeProgram()
{
    if (!programOverride().isNull()) {
        const QString &p = programOverride();
        if (p.isEmpty())
            return {};
        const QString found = QStandardPaths::findExecutable(p);
        return !found.isEmpty() ? found : QFileInfo(p).isExecutable() ? p : QString();
    }
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
#ifdef Q_OS_WIN
    for (const QString &dir : {qEnvironmentVariable("ProgramFiles"), qEnvironmentVariable("ProgramFiles(x86)")}) {
        const QString exe = dir + QStringLiteral("/LibreOffice/program/soffice.exe");
        if (!dir.isEmpty() && QFileInfo(exe).isExecutable())
            return exe;
    }
#endif
    return {};
}

bool OfficeImport::importFile(const QString &path, ImportResult *result, QString *error)
{
    QByteArray data;
    if (!readBytes(path, &data, error))
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool spreadsheetName
        = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"et" || suffix == u"ett";
    if (data.startsWith(CfbMagic)) {
        // Office encrypts .docx/.xlsx into an OLE container with this stream.
        if (data.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 32))) {
            *error = tr("%1 is password-protected. Remove the password in Word, Excel or WPS (save a copy without "
                        "encryption) and import that copy.")
                         .arg(QFileInfo(path).fileName());
            return false;
        }
        // The streams inside say what it is (a Word document has "WordDocument",
        // a workbook "Workbook" or "Book"); the name may be wrong. A Word
        // document may hold a workbook (an embedded table), not the reverse.
        const bool word = data.contains(QByteArray("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24));
        const bool workbook = data.contains(QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16))
            || data.contains(QByteArray("B\0o\0o\0k\0\0\0", 10));
        const bool sheet = word ? false : workbook ? true : spreadsheetName;
        if (!convert(path, sheet, &data, error))
            return false;
    } else if (!data.startsWith(ZipMagic)) {
        *error = tr("%1 is not a Word or Excel document (.docx, .xlsx, .doc, .xls, .wps, .et).")
                     .arg(QFileInfo(path).fileName());
        return false;
    }

    QList<SourceRow> rows;
    QStringList notes;
    QString why;
    // The package says what it is; the name may be wrong.
    ZipPackage probe;
    if (!probe.open(data, &why)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + why;
        return false;
    }
    const bool ok = probe.contains(QStringLiteral("xl/workbook.xml"))
        ? OfficeReader::readXlsx(data, &rows, &notes, &why)
        : probe.contains(QStringLiteral("word/document.xml")) ? OfficeReader::readDocx(data, &rows, &notes, &why)
                                                              : (why = tr("it is neither a Word document nor an "
                                                                          "Excel workbook."),
                                                                  false);
    if (!ok || !FormMapper::map(rows, result, &why)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + why;
        return false;
    }
    result->notes = notes + result->notes;
    return true;
}

} // namespace jixiao::office
