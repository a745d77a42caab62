// SPDX-License-Identifier: GPL-3.0-or-later
// One door for what Jixiao writes, one way in for what it reads, on the
// command line: exports never replace a filing, nothing replaces a draft open
// for editing, a full disk fails the command and keeps the previous file,
// LibreOffice is stopped as a whole, passwords are never echoed, control
// characters neither get into a filing nor reach the terminal. The real
// executable as a child process, real files.
#include "clirunner.h"
#include "samplefiles.h"

#include "import/zippackage.h"
#include "model/jsonio.h"
#include "storage/draft.h"
#include "storage/sharedstore.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <iostream>

#include <signal.h>
#include <unistd.h>

using namespace jixiao;
using jixiao::testing::processRunning;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

CliResult run(const QStringList &args, const EnvironmentChanges &changes = {}, int ms = 120000)
{
    return runJixiaoWith(args, changes, ms);
}

QStringList tempsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*jixiao-tmp*")}, QDir::Files | QDir::Hidden | QDir::System);
}

// Whether `pid` ended (or became a zombie) within `ms`.
bool waitUntilGone(qint64 pid, int ms)
{
    QDeadlineTimer deadline(ms);
    while (processRunning(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

class CliDoor : public SampleFilesTest
{
};

// Issue 20, hole 1: export-pdf and export-xlsx replaced a filing with a PDF
// or a workbook, exit 0. A filing is known by its content, whatever its name.
TEST_F(CliDoor, AnExportNeverReplacesAFilingKnownByItsContent)
{
    const QString draftCopy = path(QStringLiteral("b.jixiao"));
    const QString draftAsPdf = path(QStringLiteral("renamed.pdf"));
    const QString jsonAsXlsx = path(QStringLiteral("renamed.xlsx"));
    ASSERT_TRUE(QFile::copy(draft, draftCopy));
    ASSERT_TRUE(QFile::copy(draft, draftAsPdf));
    ASSERT_TRUE(QFile::copy(json, jsonAsXlsx));
    struct Case
    {
        QString command, input, target;
    };
    const QList<Case> cases {
        {QStringLiteral("export-pdf"), draft, draft},
        {QStringLiteral("export-xlsx"), draftCopy, draftCopy},
        {QStringLiteral("export-pdf"), json, json},
        {QStringLiteral("export-xlsx"), json, json},
        {QStringLiteral("export-pdf"), json, draftAsPdf},
        {QStringLiteral("export-xlsx"), draft, jsonAsXlsx},
    };
    for (const Case &c : cases) {
        const QByteArray before = hashOf(c.target);
        for (const bool force : {false, true}) {
            QStringList args {c.command, c.input, QStringLiteral("-o"), c.target};
            if (force)
                args << QStringLiteral("--force");
            const CliResult r = run(args);
            EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("an export never replaces a filing"))) << r.err.toStdString();
            EXPECT_EQ(hashOf(c.target), before) << "replaced: " << c.target.toStdString();
        }
    }
    // What is not a filing is replaced as before.
    const QString pdf = path(QStringLiteral("out.pdf"));
    const QString xlsx = path(QStringLiteral("out.xlsx"));
    for (int round = 0; round < 2; ++round) {
        CliResult r = run({QStringLiteral("export-pdf"), json, QStringLiteral("-o"), pdf});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = run({QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), xlsx});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
    EXPECT_TRUE(readAll(xlsx).startsWith("PK\x03\x04"));
    EXPECT_TRUE(tempsIn(dir.path()).isEmpty());
}

// SQLite replays a log it finds beside a database, whatever database wrote
// it. A killed editor leaves its draft's log; the clerk deletes the draft and
// writes a new one of the same name: the old edits must not appear in it.
TEST_F(CliDoor, ALogLeftByAnEarlierDraftOfTheNameIsNotPlayedIntoANewOne)
{
    const QString earlier = path(QStringLiteral("earlier.jixiao"));
    ASSERT_EQ(run({QStringLiteral("convert"), json, earlier}).exitCode, 0);
    QByteArray log;
    {
        Filing f;
        Draft::OpenInfo info;
        QString e;
        const std::unique_ptr<Draft> d = Draft::open(earlier, &f, &info, &e);
        ASSERT_TRUE(d) << e.toStdString();
        f.department.name = QStringLiteral("旧日志里的部门");
        ASSERT_TRUE(d->save(f, &e)) << e.toStdString();
        log = readAll(earlier + QStringLiteral("-wal")); // the edit, not yet copied into the draft
    }
    ASSERT_FALSE(log.isEmpty());
    // A new draft where none is, then one replacing a draft of the name.
    const QString target = path(QStringLiteral("new.jixiao"));
    for (const QStringList &args : {QStringList {QStringLiteral("convert"), json, target},
             QStringList {QStringLiteral("convert"), draft, target}}) {
        QFile left(target + QStringLiteral("-wal"));
        ASSERT_TRUE(left.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(left.write(log), log.size());
        left.close();
        const CliResult r = run(args);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        Filing f;
        Draft::OpenInfo info;
        QString e;
        const std::unique_ptr<Draft> d = Draft::open(target, &f, &info, &e);
        ASSERT_TRUE(d) << e.toStdString();
        EXPECT_EQ(f, sampleFiling()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_NE(f.department.name, QStringLiteral("旧日志里的部门"));
    }
}

// Hole 1: with h.jixiao open for editing (this process holds it as the
// editor does), convert refused but export-pdf replaced it. Nothing replaces
// a draft that is open anywhere.
TEST_F(CliDoor, NothingReplacesADraftOpenForEditing)
{
    const QString held = path(QStringLiteral("h.jixiao"));
    ASSERT_EQ(run({QStringLiteral("convert"), json, held}).exitCode, 0);
    const QByteArray before = hashOf(held);
    {
        Filing f;
        QString error;
        std::unique_ptr<Draft> editor = Draft::open(held, &f, nullptr, &error);
        ASSERT_TRUE(editor) << error.toStdString();
        ASSERT_FALSE(editor->isReadOnly());
        const QList<QStringList> attempts {
            {QStringLiteral("export-pdf"), json, QStringLiteral("-o"), held, QStringLiteral("--force")},
            {QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), held},
            {QStringLiteral("convert"), json, held, QStringLiteral("--force")},
            {QStringLiteral("sample"), QStringLiteral("-o"), held, QStringLiteral("--force")},
            {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("2"), QStringLiteral("-o"),
                held},
        };
        for (const QStringList &args : attempts) {
            const CliResult r = run(args);
            EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("open for editing"))
                || r.err.contains(QStringLiteral("never replaces a filing")))
                << r.err.toStdString();
        }
        EXPECT_TRUE(tempsIn(dir.path()).isEmpty());
    } // the editor closes: only now is the file looked at (a read here would drop SQLite's locks)
    EXPECT_EQ(hashOf(held), before);
}

// Holes 2 and 6: on a full disk export-xlsx said "Wrote", exit 0, and left the
// previous workbook at 0 bytes; export-pdf and generate said "Unknown error".
// Here the disk is full by the seam inside the one writer (the operating
// system's answer when the finished file is synced); every command fails,
// says so in words and leaves the previous file as it was.
TEST_F(CliDoor, AFullDiskOrQuotaFailsTheCommandAndKeepsThePreviousFile)
{
    const QString xlsx = path(QStringLiteral("t.xlsx"));
    const QString pdf = path(QStringLiteral("t.pdf"));
    const QString outJson = path(QStringLiteral("t.json"));
    const QString outDraft = path(QStringLiteral("t.jixiao"));
    const QList<QStringList> commands {
        {QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), xlsx},
        {QStringLiteral("export-pdf"), json, QStringLiteral("-o"), pdf},
        {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("3"), QStringLiteral("-o"),
            outJson},
        {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("3"), QStringLiteral("-o"),
            outDraft},
        {QStringLiteral("convert"), draft, outJson},
        {QStringLiteral("sample"), QStringLiteral("-o"), outDraft},
    };
    for (const QStringList &args : commands) {
        const QString target = args.last();
        const CliResult first = run(args);
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        const QByteArray before = hashOf(target);
        ASSERT_FALSE(readAll(target).isEmpty());
        for (const auto &[fault, says] : {std::pair {QStringLiteral("ENOSPC"), QStringLiteral("the disk is full")},
                 std::pair {QStringLiteral("EDQUOT"), QStringLiteral("your disk quota is used up")}}) {
            const CliResult r = run(args, {{QStringLiteral("JIXIAO_TEST_WRITE_FAULT"), fault}});
            EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString();
            EXPECT_TRUE(r.err.contains(says)) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("The previous file is unchanged."))) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains(QStringLiteral("Unknown error"))) << r.err.toStdString();
            EXPECT_FALSE(r.out.contains(QStringLiteral("Wrote"))) << r.out.toStdString();
            EXPECT_EQ(hashOf(target), before) << target.toStdString();
            EXPECT_TRUE(tempsIn(dir.path()).isEmpty()) << tempsIn(dir.path()).join(QLatin1Char(' ')).toStdString();
        }
    }
}

// The same on a real full disk: a small tmpfs, where this test may mount one
// (root, and a system that allows it; CI may not).
TEST_F(CliDoor, ARealFullDiskFailsTheCommandAndKeepsThePreviousFile)
{
    const QString mountPoint = path(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=2m"),
            QStringLiteral("jixiao-test"), mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here: " << mount.readAllStandardError().toStdString();
    struct Unmount
    {
        QString at;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), at}); }
    } unmount {mountPoint};

    const QString xlsx = mountPoint + QStringLiteral("/t.xlsx");
    const QString pdf = mountPoint + QStringLiteral("/t.pdf");
    const QString outJson = mountPoint + QStringLiteral("/t.json");
    const QString outDraft = mountPoint + QStringLiteral("/t.jixiao");
    const QList<QStringList> commands {
        {QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), xlsx},
        {QStringLiteral("export-pdf"), json, QStringLiteral("-o"), pdf},
        {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("2"), QStringLiteral("-o"),
            outJson},
        {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("2"), QStringLiteral("-o"),
            outDraft},
    };
    for (const QStringList &args : commands)
        ASSERT_EQ(run(args).exitCode, 0) << args.join(QLatin1Char(' ')).toStdString();
    QList<QByteArray> before;
    for (const QStringList &args : commands)
        before << hashOf(args.last());
    // Fill what is left.
    {
        QFile filler(mountPoint + QStringLiteral("/filler"));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
    }
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QStringList &args = commands[i];
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("full"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("Unknown error"))) << r.err.toStdString();
        EXPECT_EQ(hashOf(args.last()), before[i]) << args.last().toStdString();
    }
    EXPECT_TRUE(tempsIn(mountPoint).isEmpty()) << tempsIn(mountPoint).join(QLatin1Char(' ')).toStdString();
}

// Hole 4 (around the reader): a zip bomb — parts that unpack to far more
// than any form — is refused with the reason, exit 2, before it is unpacked.
TEST_F(CliDoor, AZipBombIsRefusedWithItsReason)
{
    const QByteArray zeros(25 * 1024 * 1024, '0');
    QList<office::ZipPackage::Entry> entries {{QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>")},
        {QStringLiteral("xl/workbook.xml"), QByteArrayLiteral("<workbook/>")}};
    for (int i = 1; i <= 4; ++i)
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i), zeros});
    QByteArray archive;
    QString error;
    ASSERT_TRUE(office::ZipPackage::write(entries, &archive, &error)) << error.toStdString();
    const QString bomb = path(QStringLiteral("bomb.xlsx"));
    ASSERT_TRUE(jixiao::testing::writeFile(bomb, archive));
    const CliResult r = run({QStringLiteral("import"), bomb, QStringLiteral("-o"), path(QStringLiteral("b.json"))});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("zip bomb"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("b.json"))));
}

// A fake LibreOffice for the command line: `soffice` on PATH, a shell script
// that records its arguments, starts a worker (a grandchild of jixiao) that
// sleeps for ever, and then, unless FAKE_OFFICE_QUICK is set, waits for ever
// itself.
class CliOffice : public SampleFilesTest
{
protected:
    void SetUp() override
    {
        SampleFilesTest::SetUp();
        bin = path(QStringLiteral("bin"));
        temp = path(QStringLiteral("tmp"));
        ASSERT_TRUE(QDir().mkpath(bin));
        ASSERT_TRUE(QDir().mkpath(temp));
        const QString script = bin + QStringLiteral("/soffice");
        ASSERT_TRUE(jixiao::testing::writeFile(script,
            QByteArrayLiteral("#!/bin/sh\n"
                              "echo \"$@\" > \"$FAKE_OFFICE_DIR/args\"\n"
                              "sleep 1000 &\n"
                              "echo $! > \"$FAKE_OFFICE_DIR/worker.pid.tmp\"\n"
                              "mv \"$FAKE_OFFICE_DIR/worker.pid.tmp\" \"$FAKE_OFFICE_DIR/worker.pid\"\n"
                              "[ -n \"$FAKE_OFFICE_QUICK\" ] && exit 0\n"
                              "wait\n")));
        ASSERT_TRUE(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    EnvironmentChanges environment(bool quick) const
    {
        EnvironmentChanges env {
            {QStringLiteral("PATH"), bin + QLatin1Char(':') + qEnvironmentVariable("PATH")},
            {QStringLiteral("TMPDIR"), temp},
            {QStringLiteral("FAKE_OFFICE_DIR"), dir.path()},
        };
        if (quick)
            env.append({QStringLiteral("FAKE_OFFICE_QUICK"), QStringLiteral("1")});
        return env;
    }
    qint64 workerPid() const { return readAll(path(QStringLiteral("worker.pid"))).trimmed().toLongLong(); }
    QStringList conversionFolders() const
    {
        return QDir(temp).entryList({QStringLiteral("jixiao-office-*")}, QDir::Dirs | QDir::Hidden);
    }
    QString bin, temp;
};

// Hole 6: a killed `import x.doc` left LibreOffice running and a folder with
// a converted copy of the user's document. Now kill -9 of jixiao ends every
// process of the conversion (the watchdog in its process group sees jixiao's
// end), and the next import removes the folder the killed one left.
TEST_F(CliOffice, KillingJixiaoEndsLibreOfficeAndTheNextRunRemovesItsFolder)
{
    const QString doc = path(QStringLiteral("x.doc"));
    ASSERT_TRUE(QFile::copy(jixiao::testing::importFixture(QStringLiteral("seed.doc")), doc));
    QProcess jixiaoRun;
    jixiaoRun.setProcessEnvironment(cliEnvironment(environment(false)));
    jixiaoRun.start(QStringLiteral(JIXIAO_EXE),
        {QStringLiteral("import"), doc, QStringLiteral("-o"), path(QStringLiteral("x.json"))});
    ASSERT_TRUE(jixiaoRun.waitForStarted());
    QDeadlineTimer deadline(30000);
    while (workerPid() <= 0 && !deadline.hasExpired())
        QThread::msleep(50);
    const qint64 worker = workerPid();
    ASSERT_GT(worker, 0) << "the fake LibreOffice did not start";
    ASSERT_TRUE(processRunning(worker));
    EXPECT_EQ(conversionFolders().size(), 1) << conversionFolders().join(QLatin1Char(' ')).toStdString();

    ::kill(pid_t(jixiaoRun.processId()), SIGKILL);
    jixiaoRun.waitForFinished(5000);
    EXPECT_TRUE(waitUntilGone(worker, 10000)) << "LibreOffice's worker " << worker << " outlived jixiao";
    if (processRunning(worker))
        ::kill(pid_t(worker), SIGKILL);

    // The next conversion (quick this time) removes the dead run's folder and its own.
    QFile::remove(path(QStringLiteral("worker.pid")));
    const CliResult r
        = run({QStringLiteral("import"), doc, QStringLiteral("-o"), path(QStringLiteral("y.json"))}, environment(true));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(conversionFolders().isEmpty()) << conversionFolders().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(waitUntilGone(workerPid(), 10000)) << "the quick run's worker was left running";
}

// The processes whose command line names `text` (LibreOffice's, by our folder).
QList<qint64> processesNaming(const QString &text)
{
    QList<qint64> pids;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && processRunning(pid)
            && readAll(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains(text.toUtf8()))
            pids.append(pid);
    }
    return pids;
}

// The same with the real LibreOffice, where installed: kill -9 of jixiao
// mid-conversion leaves no soffice running and nothing outside our folder
// (LibreOffice's own lu*.tmp files go into it too); the next run cleans up.
TEST_F(CliOffice, KillingJixiaoEndsTheRealLibreOffice)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_SKIP() << "LibreOffice is not installed";
    const EnvironmentChanges env {{QStringLiteral("TMPDIR"), temp}};
    for (int round = 0; round < 3; ++round) {
        QProcess jixiaoRun;
        jixiaoRun.setProcessEnvironment(cliEnvironment(env));
        jixiaoRun.start(QStringLiteral(JIXIAO_EXE),
            {QStringLiteral("import"), jixiao::testing::importFixture(QStringLiteral("seed.doc")), QStringLiteral("-o"),
                path(QStringLiteral("k.json"))});
        ASSERT_TRUE(jixiaoRun.waitForStarted());
        QDeadlineTimer deadline(60000);
        QList<qint64> office;
        while ((office = processesNaming(temp)).isEmpty() && !deadline.hasExpired()
            && jixiaoRun.state() == QProcess::Running)
            QThread::msleep(20);
        if (office.isEmpty()) {
            jixiaoRun.waitForFinished();
            continue; // finished before we saw it: try again
        }
        QThread::msleep(300 * round); // at different moments of its start
        ::kill(pid_t(jixiaoRun.processId()), SIGKILL);
        jixiaoRun.waitForFinished(5000);
        for (const qint64 pid : processesNaming(temp) + office)
            EXPECT_TRUE(waitUntilGone(pid, 10000)) << "LibreOffice process " << pid << " outlived jixiao";
        const QStringList left = QDir(temp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : left)
            EXPECT_TRUE(name.startsWith(QStringLiteral("jixiao-office-")))
                << "left outside our folder: " << name.toStdString();
    }
    const CliResult r = run({QStringLiteral("import"), jixiao::testing::importFixture(QStringLiteral("seed.doc")),
                                QStringLiteral("-o"), path(QStringLiteral("done.json"))},
        env);
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(QDir(temp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        << QDir(temp)
               .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
               .join(QLatin1Char(' '))
               .toStdString();
}

// Hole 6: a Word .doc renamed .xls was converted as a workbook and refused as
// "password-protected?". Its content says it is a Word document.
TEST_F(CliOffice, AWordDocumentNamedXlsIsConvertedAsAWordDocument)
{
    const QString renamed = path(QStringLiteral("really-a-word-document.xls"));
    ASSERT_TRUE(QFile::copy(jixiao::testing::importFixture(QStringLiteral("seed.doc")), renamed));
    const CliResult r = run(
        {QStringLiteral("import"), renamed, QStringLiteral("-o"), path(QStringLiteral("r.json"))}, environment(true));
    EXPECT_EQ(r.exitCode, 2); // the fake converts nothing
    const QString args = QString::fromUtf8(readAll(path(QStringLiteral("args"))));
    EXPECT_TRUE(args.contains(QStringLiteral("--convert-to docx"))) << args.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("password-protected?"))) << r.err.toStdString();

    // And with the real LibreOffice, where installed, it imports.
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()) {
        std::cerr << "(LibreOffice is not installed: only the fake's arguments were checked)\n";
        return;
    }
    const CliResult real
        = run({QStringLiteral("import"), renamed, QStringLiteral("-o"), path(QStringLiteral("s.json"))},
            {{QStringLiteral("TMPDIR"), temp}});
    EXPECT_NE(real.exitCode, 2) << real.err.toStdString();
    EXPECT_FALSE(real.err.contains(QStringLiteral("password"))) << real.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("s.json"))));
    EXPECT_TRUE(conversionFolders().isEmpty()) << conversionFolders().join(QLatin1Char(' ')).toStdString();
}

// Hole 7: an address without its scheme (or with one slash) was echoed whole,
// password and all. One masking function, every shape.
TEST_F(CliDoor, APasswordIsNeverEchoedWhateverTheAddressShape)
{
    const QString secret = QStringLiteral("S3cr3t-Pw_42");
    struct Shape
    {
        QString address, shown;
    };
    const QList<Shape> shapes {
        {QStringLiteral("alice:S3cr3t-Pw_42@localhost:55433/alicedb"),
            QStringLiteral("alice:***@localhost:55433/alicedb")},
        {QStringLiteral("postgresql:/alice:S3cr3t-Pw_42@localhost:55433/alicedb"),
            QStringLiteral("postgresql:/alice:***@localhost:55433/alicedb")},
        {QStringLiteral("postgresql:alice:S3cr3t-Pw_42@localhost/alicedb"),
            QStringLiteral("postgresql:alice:***@localhost/alicedb")},
        {QStringLiteral("postgresq://alice:S3cr3t-Pw_42@localhost/alicedb"),
            QStringLiteral("postgresq://alice:***@localhost/alicedb")},
        {QStringLiteral("postgresql://alice:S3cr3t-Pw_42@localhost:55433/alicedb"),
            QStringLiteral("postgresql://alice@localhost:55433/alicedb")},
        {QStringLiteral("postgresql://alice:p@ss:S3cr3t-Pw_42@localhost/alicedb"),
            QStringLiteral("@localhost/alicedb")},
        {QStringLiteral("host=localhost user=alice password=S3cr3t-Pw_42 dbname=alicedb"),
            QStringLiteral("host=localhost user=alice password=*** dbname=alicedb")},
        {QStringLiteral("host=localhost password = 'S3cr3t-Pw_42 x' dbname=alicedb"),
            QStringLiteral("password = *** dbname=alicedb")},
        {QStringLiteral("postgresql://alice@localhost/alicedb?password=S3cr3t-Pw_42"),
            QStringLiteral("postgresql://alice@localhost/alicedb")},
        {QStringLiteral("postgresql:///alicedb?host=/run&password=S3cr3t-Pw_42"), QStringLiteral("password=***")},
    };
    for (const Shape &s : shapes) {
        const QString shown = SharedStore::redactedUri(s.address);
        EXPECT_FALSE(shown.contains(secret)) << s.address.toStdString() << " → " << shown.toStdString();
        EXPECT_TRUE(shown.contains(s.shown)) << s.address.toStdString() << " → " << shown.toStdString();
    }
    // Where the user meets it: pull and push on the command line.
    for (const Shape &s : shapes) {
        for (const QStringList &args :
            {QStringList {QStringLiteral("pull"), s.address}, QStringList {QStringLiteral("push"), json, s.address}}) {
            const CliResult r = run(args, {}, 60000);
            EXPECT_NE(r.exitCode, 0);
            EXPECT_FALSE(r.err.contains(secret) || r.out.contains(secret))
                << args.join(QLatin1Char(' ')).toStdString() << "\n"
                << r.err.toStdString();
        }
    }
}

// Hole 8: control characters written as escapes (\u0000, \u001b, \b) were
// accepted (raw ones were refused); now both, with the pointer and the line.
TEST_F(CliDoor, ControlCharactersInJsonAreRefusedEscapedOrRaw)
{
    const QByteArray text = readAll(json);
    const QByteArray anchor = "\"amountUnit\": \"万元\"";
    ASSERT_TRUE(text.contains(anchor));
    const int line = int(text.left(text.indexOf(anchor)).count('\n')) + 1;
    for (const QByteArray &bad :
        {QByteArray("\\u001b[31m"), QByteArray("\\u0000"), QByteArray("\\b"), QByteArray("\\f"), QByteArray("\\u007F"),
            QByteArray("\\u0085"), QByteArray("\x7f"), QByteArray("\xc2\x9b"), QByteArray("\x1b")}) {
        QByteArray changed = text;
        changed.replace(anchor, "\"amountUnit\": \"万" + bad + "元\"");
        const QString file = path(QStringLiteral("c.json"));
        ASSERT_TRUE(jixiao::testing::writeFile(file, changed));
        const CliResult r = run({QStringLiteral("validate"), file});
        EXPECT_EQ(r.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("control character"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("/amountUnit"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("line %1").arg(line))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QChar(0x1b))) << "raw ESC on the terminal";
    }
    // Tab, line feed and carriage return stay allowed.
    QByteArray fine = text;
    fine.replace(anchor, "\"amountUnit\": \"万元\"");
    fine.replace("\"duties\": \"", "\"duties\": \"\\t\\r\\n");
    const QString file = path(QStringLiteral("fine.json"));
    ASSERT_TRUE(jixiao::testing::writeFile(file, fine));
    const CliResult r = run({QStringLiteral("validate"), file});
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
}

// Hole 8: diff wrote a text's ESC raw to the terminal. Every line a command
// prints shows control characters as \u001b and the like, whether they come
// from a draft's text or a file's name.
TEST_F(CliDoor, TerminalOutputShowsControlCharactersEscaped)
{
    Filing changed = sampleFiling();
    changed.overview.duties = QStringLiteral("plain\x1b[2J\x1b]0;owned\x07 text\u009b");
    const QString other = path(QStringLiteral("other.jixiao"));
    {
        QString error;
        ASSERT_TRUE(Draft::create(other, changed, &error)) << error.toStdString();
    }
    CliResult r = run({QStringLiteral("diff"), json, other});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\\u001b[2J"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\\u0007"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\\u009b"))) << r.out.toStdString();
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
        EXPECT_FALSE(r.out.contains(c)) << "raw control character " << int(c.unicode());

    r = run({QStringLiteral("validate"), path(QStringLiteral("no\x1b[31mfile.json"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no\\u001b[31mfile.json"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QChar(0x1b)));
}

} // namespace
