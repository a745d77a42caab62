// SPDX-License-Identifier: GPL-3.0-or-later
// LibreOffice under control: at the time limit every process of the
// conversion ends, not only the first; its folder goes with it. A fake
// office program (a script whose worker sleeps for ever) stands in.
#include "importtestutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <signal.h>

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}


TEST(OfficeProcess, AtTheTimeLimitEveryProcessOfTheConversionEnds)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString temp = dir.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temp));
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp));
    const QString pidFile = dir.filePath(QStringLiteral("worker.pid"));
    const QString script = dir.filePath(QStringLiteral("soffice"));
    ASSERT_TRUE(writeFile(script,
        "#!/bin/sh\nsleep 1000 &\necho $! > '" + QFile::encodeName(pidFile) + "'\nwait\n"));
    ASSERT_TRUE(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    OfficeImport::setOfficeProgram(script);
    OfficeImport::setTimeout(2000);

    ImportResult result;
    QString error;
    EXPECT_FALSE(OfficeImport::importFile(importFixture(QStringLiteral("seed.doc")), &result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("did not finish"))) << error.toStdString();
    const qint64 worker = readAll(pidFile).trimmed().toLongLong();
    ASSERT_GT(worker, 0);
    QDeadlineTimer deadline(5000);
    while (processRunning(worker) && !deadline.hasExpired())
        QThread::msleep(50);
    EXPECT_FALSE(processRunning(worker)) << "the worker " << worker << " survived the time limit";
    if (processRunning(worker))
        ::kill(pid_t(worker), SIGKILL);
    EXPECT_TRUE(QDir(temp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    OfficeImport::setOfficeProgram(QString());
    OfficeImport::setTimeout(120000);
    qputenv("TMPDIR", oldTemp);
}

} // namespace
