// SPDX-License-Identifier: GPL-3.0-or-later
// The user's files on the command line: what is never replaced, what never
// hangs us, what two racing commands do, what a killed command leaves, how
// long a path may be. The real executable, real processes, real FIFOs.
#include "clirunner.h"
#include "samplefiles.h"

#include "model/jsonio.h"
#include "storage/draft.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstring>
#include <iostream>
#include <memory>
#include <vector>

#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

using namespace jixiao;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CliResult runWithTimeout(const QStringList &args, int ms)
{
    return runJixiaoWith(args, {}, ms);
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
}

bool makeSocket(const QString &path, int *fd)
{
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= qsizetype(sizeof addr.sun_path))
        return false;
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    *fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    return *fd >= 0 && ::bind(*fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
}

QStringList tempsIn(const QString &folder)
{
    return QDir(folder).entryList(
        {QStringLiteral("*jixiao-tmp*"), QStringLiteral("*.tmp.jixiao")}, QDir::Files | QDir::Hidden | QDir::System);
}

class CliFiles : public SampleFilesTest
{
};

// Hole 1: an output that exists and is not a regular file is refused; the
// FIFO, folder and socket stay what they were.
TEST_F(CliFiles, OutputsThatAreNotFilesAreRefused)
{
    const QString fifoJson = path(QStringLiteral("fifo.json"));
    const QString fifoPdf = path(QStringLiteral("fifo.pdf"));
    const QString fifoXlsx = path(QStringLiteral("fifo.xlsx"));
    ASSERT_TRUE(makeFifo(fifoJson));
    ASSERT_TRUE(makeFifo(fifoPdf));
    ASSERT_TRUE(makeFifo(fifoXlsx));
    int xlsxSocketFd = -1;
    const QString socketXlsx = path(QStringLiteral("s.xlsx"));
    ASSERT_TRUE(makeSocket(socketXlsx, &xlsxSocketFd));
    const QString folder = path(QStringLiteral("folder.jixiao"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/inside")));
    int socketFd = -1;
    const QString socketPath = path(QStringLiteral("s.jixiao"));
    ASSERT_TRUE(makeSocket(socketPath, &socketFd));
    // A device of our own (the null device's numbers, in our folder): as root
    // the old export-pdf renamed a file over /dev/null.
    const QString device = path(QStringLiteral("null.pdf"));
    const bool haveDevice = ::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    const QString deviceXlsx = path(QStringLiteral("null.xlsx"));
    const bool haveXlsxDevice
        = ::mknod(QFile::encodeName(deviceXlsx).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;

    struct Case
    {
        QStringList args;
        QString target;
        QString says;
    };
    const std::vector<Case> cases {
        {{QStringLiteral("convert"), draft, fifoJson}, fifoJson, QStringLiteral("pipe (FIFO)")},
        {{QStringLiteral("sample"), QStringLiteral("-o"), fifoJson}, fifoJson, QStringLiteral("pipe (FIFO)")},
        {{QStringLiteral("export-pdf"), json, QStringLiteral("-o"), fifoPdf}, fifoPdf, QStringLiteral("pipe (FIFO)")},
        // export-xlsx wrote with QSaveFile, past every rule: a FIFO or a
        // socket became a regular file.
        {{QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), fifoXlsx}, fifoXlsx, QStringLiteral("pipe (FIFO)")},
        {{QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), socketXlsx}, socketXlsx, QStringLiteral("socket")},
        {{QStringLiteral("convert"), json, folder}, folder, QStringLiteral("folder")},
        {{QStringLiteral("convert"), json, socketPath}, socketPath, QStringLiteral("socket")},
        {{QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("2"), QStringLiteral("-o"),
             socketPath},
            socketPath, QStringLiteral("socket")},
    };
    std::vector<Case> all = cases;
    if (haveDevice)
        all.push_back(
            {{QStringLiteral("export-pdf"), json, QStringLiteral("-o"), device}, device, QStringLiteral("device")});
    else
        std::cerr << "(no device test: mknod needs root)\n";
    if (haveXlsxDevice)
        all.push_back({{QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), deviceXlsx}, deviceXlsx,
            QStringLiteral("device")});
    for (const Case &c : all) {
        const mode_t before = modeOf(c.target);
        const CliResult r = runWithTimeout(c.args, 60000);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_EQ(modeOf(c.target), before) << "replaced: " << c.target.toStdString();
    }
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/inside")));
    EXPECT_TRUE(tempsIn(dir.path()).isEmpty()) << tempsIn(dir.path()).join(QLatin1Char(' ')).toStdString();
    ::close(socketFd);
    ::close(xlsxSocketFd);
}

// Hole 1: a read-only output is replaced only with --force, and stays read-only.
TEST_F(CliFiles, AReadOnlyOutputIsReplacedOnlyWithForceAndKeepsItsMode)
{
    const QString target = path(QStringLiteral("ro.jixiao"));
    ASSERT_TRUE(QFile::copy(draft, target));
    ASSERT_EQ(::chmod(QFile::encodeName(target).constData(), 0444), 0);
    const QByteArray before = readAll(target);
    const QString pulledJson = path(QStringLiteral("other.json"));
    Filing other = sampleFiling();
    other.overview.duties = QStringLiteral("changed");
    QString error;
    ASSERT_TRUE(FilingJson::writeFile(pulledJson, other, &error));

    CliResult r = runJixiao({QStringLiteral("convert"), pulledJson, target});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--force"))) << r.err.toStdString();
    EXPECT_EQ(readAll(target), before);
    EXPECT_EQ(modeOf(target) & 07777, mode_t(0444));

    r = runJixiao({QStringLiteral("convert"), pulledJson, target, QStringLiteral("--force")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(target) & 07777, mode_t(0444)) << "the replaced file must stay read-only";
    Filing f;
    auto d = Draft::open(target, &f, nullptr, &error);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_EQ(f.overview.duties, QStringLiteral("changed"));
}

// export-xlsx too: a read-only workbook is replaced only with --force, and
// stays read-only (it used to become 0644 without --force).
TEST_F(CliFiles, AReadOnlyWorkbookIsReplacedOnlyWithForceAndKeepsItsMode)
{
    const QString target = path(QStringLiteral("ro.xlsx"));
    ASSERT_TRUE(jixiao::testing::writeFile(target, QByteArrayLiteral("last year's workbook")));
    ASSERT_EQ(::chmod(QFile::encodeName(target).constData(), 0444), 0);
    CliResult r = runJixiao({QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), target});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("read-only"))) << r.err.toStdString();
    EXPECT_EQ(readAll(target), QByteArrayLiteral("last year's workbook"));
    EXPECT_EQ(modeOf(target) & 07777, mode_t(0444));
    r = runJixiao({QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), target, QStringLiteral("--force")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(target).startsWith("PK\x03\x04"));
    EXPECT_EQ(modeOf(target) & 07777, mode_t(0444)) << "the replaced workbook must stay read-only";
}

// Hole 2: a FIFO given as input is refused at once, never waited on.
TEST_F(CliFiles, AFifoAsInputIsRefusedWithoutHanging)
{
    for (const QString &name : {QStringLiteral("f.jixiao"), QStringLiteral("f.json"), QStringLiteral("f")}) {
        const QString fifo = path(name);
        ASSERT_TRUE(makeFifo(fifo));
        for (const QStringList &args : {QStringList {QStringLiteral("validate"), fifo},
                 QStringList {QStringLiteral("convert"), fifo, path(QStringLiteral("out.json"))}}) {
            QElapsedTimer t;
            t.start();
            const CliResult r = runWithTimeout(args, 20000);
            ASSERT_NE(r.exitCode, -2) << "hangs: " << args.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(r.exitCode, 2);
            EXPECT_TRUE(r.err.contains(QStringLiteral("pipe (FIFO)"))) << r.err.toStdString();
        }
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out.json"))));
}

// The importer read Word and Excel files with a plain QFile::open: a FIFO
// named like a form hung it for ever. Every kind it reads is refused at once.
TEST_F(CliFiles, AFifoAsAWordOrExcelFileIsRefusedWithoutHanging)
{
    for (const QString &name : {QStringLiteral("f.docx"), QStringLiteral("f.xlsx"), QStringLiteral("f.doc"),
             QStringLiteral("f.xls"), QStringLiteral("f.wps"), QStringLiteral("f.et")}) {
        const QString fifo = path(name);
        ASSERT_TRUE(makeFifo(fifo));
        const QStringList args {QStringLiteral("import"), fifo, QStringLiteral("-o"), path(QStringLiteral("out.json"))};
        const CliResult r = runWithTimeout(args, 20000);
        ASSERT_NE(r.exitCode, -2) << "hangs: " << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("pipe (FIFO)"))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out.json"))));
}

// Hole 3: many new-year at once onto one name: exactly one wins each round,
// every other says why, nothing is silently replaced.
TEST_F(CliFiles, RacingNewYearsCreateTheOutputOnceAndTheLosersSaySo)
{
    constexpr int Rounds = 12;
    constexpr int Racers = 4;
    int failures = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QString target = path(
            QStringLiteral("n%1.%2").arg(round).arg(round % 2 ? QStringLiteral("json") : QStringLiteral("jixiao")));
        std::vector<std::unique_ptr<QProcess>> racers;
        for (int k = 0; k < Racers; ++k) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(cliEnvironment());
            p->start(QStringLiteral(JIXIAO_EXE),
                {QStringLiteral("new-year"), round % 3 ? draft : json, QStringLiteral("--year"),
                    QString::number(2024 + k), QStringLiteral("-o"), target});
            racers.push_back(std::move(p));
        }
        int won = 0;
        int winnerYear = 0;
        for (int k = 0; k < Racers; ++k) {
            QProcess &p = *racers[size_t(k)];
            ASSERT_TRUE(p.waitForFinished(120000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            if (p.exitCode() == 0) {
                ++won;
                winnerYear = 2024 + k;
            } else {
                EXPECT_EQ(p.exitCode(), 2) << err.toStdString();
                EXPECT_TRUE(err.contains(QStringLiteral("already exists")) || err.contains(QStringLiteral("meanwhile")))
                    << err.toStdString();
            }
        }
        EXPECT_EQ(won, 1) << "round " << round;
        failures += won != 1;
        Filing f;
        QString error;
        if (round % 2) {
            ImportError e;
            ASSERT_TRUE(FilingJson::readFile(target, &f, &e)) << e.toString().toStdString();
        } else {
            ASSERT_TRUE(Draft::open(target, &f, nullptr, &error)) << error.toStdString();
        }
        EXPECT_EQ(f.fiscalYear, winnerYear) << "the file is not the winner's";
    }
    EXPECT_EQ(failures, 0);
    EXPECT_TRUE(tempsIn(dir.path()).isEmpty()) << tempsIn(dir.path()).join(QLatin1Char(' ')).toStdString();
}

// Hole 4: a convert killed mid-write leaves a recognisable temporary file,
// which the next command in that folder removes; anything not ours stays.
TEST_F(CliFiles, WhatAKilledConvertLeavesIsRemovedByTheNextRun)
{
    const QString big = path(QStringLiteral("big.json"));
    CliResult r = runJixiao({QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("3000"),
        QStringLiteral("-o"), big});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    // Not ours, or not stale: these must survive. (Our temporary names carry
    // the computer, as the first 8 hex digits of its name's SHA-1, and the
    // process; another computer's, on a shared folder, may still be writing.)
    const QString host = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const QString otherHost
        = host == QLatin1String("ffffffff") ? QStringLiteral("eeeeeeee") : QStringLiteral("ffffffff");
    const QStringList keep {QStringLiteral(".notes.jixiao-tmp-backup"), QStringLiteral("report.tmp"),
        QStringLiteral(".x.jixiao-tmp-00000000-1-0000000"),
        QStringLiteral(".alive.json.jixiao-tmp-%1-%2-0000abcd").arg(host).arg(QCoreApplication::applicationPid()),
        QStringLiteral(".remote.json.jixiao-tmp-%1-4242-0000abcd").arg(otherHost)};
    for (const QString &k : keep) {
        QFile f(QDir(out).filePath(k));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    int killed = 0;
    for (int attempt = 0; attempt < 6 && killed < 2; ++attempt) {
        const QString target = QDir(out).filePath(QStringLiteral("k%1.jixiao").arg(attempt));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(JIXIAO_EXE), {QStringLiteral("convert"), big, target});
        ASSERT_TRUE(p.waitForStarted());
        // Kill it as soon as its temporary file is there.
        QElapsedTimer t;
        t.start();
        bool seen = false;
        while (!seen && t.elapsed() < 60000 && p.state() == QProcess::Running) {
            for (const QString &n : tempsIn(out))
                seen = seen || n.startsWith(QStringLiteral(".k%1.jixiao.jixiao-tmp-").arg(attempt));
            if (!seen)
                QThread::msleep(2);
        }
        if (seen && p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killed;
        }
        p.waitForFinished(10000);
    }
    ASSERT_GE(killed, 1) << "convert finished before it could be killed";
    QStringList litter;
    for (const QString &n : tempsIn(out))
        if (n.contains(QStringLiteral(".jixiao-tmp-")) && !keep.contains(n))
            litter.append(n);
    ASSERT_FALSE(litter.isEmpty()) << "a killed convert left nothing to clean (was it killed too late?)";
    for (const QString &n : litter)
        EXPECT_TRUE(n.startsWith(QLatin1Char('.'))) << n.toStdString();

    r = runJixiao({QStringLiteral("convert"), json, QDir(out).filePath(QStringLiteral("next.json"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QString &n : litter)
        EXPECT_FALSE(QFileInfo::exists(QDir(out).filePath(n))) << "left behind: " << n.toStdString();
    for (const QString &k : keep)
        EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(k))) << "removed what is not ours: " << k.toStdString();
}

// Hole 5: looking at a draft (validate, convert as input, diff) leaves it
// byte for byte as it was, even one whose header says WAL (a copy taken while
// it was open in the editor).
TEST_F(CliFiles, LookingAtADraftLeavesItByteIdentical)
{
    const QByteArray before = readAll(draft);
    ASSERT_EQ(runJixiao({QStringLiteral("validate"), draft}).exitCode, 0);
    ASSERT_EQ(runJixiao({QStringLiteral("convert"), draft, path(QStringLiteral("look.json"))}).exitCode, 0);
    ASSERT_EQ(runJixiao({QStringLiteral("diff"), draft, json}).exitCode, 0);
    EXPECT_EQ(readAll(draft), before);

    // The header of a copy taken while the draft was open says WAL (bytes 18
    // and 19): reading it in place would create -wal and -shm beside it.
    const QString folder = path(QStringLiteral("mail"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString copy = folder + QStringLiteral("/attached.jixiao");
    QByteArray wal = before;
    wal[18] = 2;
    wal[19] = 2;
    {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(wal);
    }
    CliResult r = runJixiao({QStringLiteral("validate"), copy});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao({QStringLiteral("convert"), copy, path(QStringLiteral("attached.json"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readAll(copy), wal);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("attached.jixiao")});
}

// Hole 9: long names and paths work as far as the system allows them; beyond,
// the message says the path is too long.
TEST_F(CliFiles, LongNamesAndPathsWorkAsFarAsTheSystemAllows)
{
    const QString name250 = QString(244, QLatin1Char('n')) + QStringLiteral(".json");
    ASSERT_EQ(QFile::encodeName(name250).size(), 249);
    CliResult r = runJixiao({QStringLiteral("convert"), draft, path(name250)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString draft250 = QString(243, QLatin1Char('d')) + QStringLiteral(".jixiao");
    r = runJixiao({QStringLiteral("convert"), json, path(draft250)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao({QStringLiteral("validate"), path(draft250)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString name300 = QString(300, QLatin1Char('x')) + QStringLiteral(".json");
    r = runJixiao({QStringLiteral("convert"), draft, path(name300)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("too long"))) << r.err.toStdString();

    // A folder 700 bytes deep: fine for an interchange file and a PDF, and a
    // draft copied there can be read; a draft cannot be kept there (SQLite).
    QString deep = dir.path();
    while (QFile::encodeName(deep).size() < 700)
        deep += QLatin1Char('/') + QString(120, QLatin1Char('p'));
    ASSERT_TRUE(QDir().mkpath(deep));
    r = runJixiao({QStringLiteral("convert"), draft, deep + QStringLiteral("/deep.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao({QStringLiteral("validate"), deep + QStringLiteral("/deep.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(QFile::copy(draft, deep + QStringLiteral("/copied.jixiao")));
    r = runJixiao({QStringLiteral("validate"), deep + QStringLiteral("/copied.jixiao")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao(
        {QStringLiteral("convert"), deep + QStringLiteral("/copied.jixiao"), path(QStringLiteral("back.json"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao({QStringLiteral("convert"), json, deep + QStringLiteral("/new.jixiao")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("too long"))) << r.err.toStdString();
    EXPECT_TRUE(tempsIn(deep).isEmpty()) << tempsIn(deep).join(QLatin1Char(' ')).toStdString();
}

// Hole 7: what is written is read back: a text longer than the format allows
// (possible in a draft) is refused when writing the interchange file.
TEST_F(CliFiles, AnInterchangeFileThatCouldNotBeReadBackIsNotWritten)
{
    Filing f = sampleFiling();
    f.overview.duties = QString(20001, QChar(0x7EE9));
    const QString longText = path(QStringLiteral("long.jixiao"));
    QString error;
    ASSERT_TRUE(Draft::create(longText, f, &error)) << error.toStdString();
    const QString out = path(QStringLiteral("long.json"));
    const CliResult r = runJixiao({QStringLiteral("convert"), longText, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("read back"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("/overview/duties"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

} // namespace
