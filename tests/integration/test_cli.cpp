// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "testsupport.h"

#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace jixiao;

namespace {
QString writeSample(const QTemporaryDir &dir)
{
    return jixiao::testing::writeFilingJson(dir, sampleFiling(), QStringLiteral("sample.json"));
}
} // namespace

TEST(Cli, HelpAndVersionNeedNoDisplay)
{
    CliResult r = runJixiao({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("FILE"))) << r.out.toStdString();
    r = runJixiao({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral(JIXIAO_VERSION)));
    r = runJixiao({QStringLiteral("convert"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("convert"))) << r.out.toStdString();
}

TEST(Cli, WithoutADisplayTheEditorSaysSoAndListsCommands)
{
    const CliResult r = runJixiao({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no display"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("convert")));
}

TEST(Cli, ConvertRoundTripsTheSample)
{
    QTemporaryDir dir;
    const QString in = writeSample(dir);
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const CliResult r = runJixiao({QStringLiteral("convert"), in, out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Filing f;
    ImportError e;
    ASSERT_TRUE(FilingJson::readFile(out, &f, &e));
    EXPECT_EQ(f, sampleFiling());
}

TEST(Cli, ConvertRefusesBadInputWithExitTwoAndLeavesNoOutput)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("bad.json"));
    QFile file(in);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(FilingJson::toJson(sampleFiling()).replace("\"fiscalYear\": 2023", "\"fiscalYear\": \"x\""));
    file.close();
    const QString out = dir.filePath(QStringLiteral("out.json"));
    CliResult r = runJixiao({QStringLiteral("convert"), in, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/fiscalYear"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    r = runJixiao({QStringLiteral("convert"), dir.filePath(QStringLiteral("missing.json")), out});
    EXPECT_EQ(r.exitCode, 2);
    r = runJixiao({QStringLiteral("convert"), in});
    EXPECT_EQ(r.exitCode, 2);
    r = runJixiao({QStringLiteral("convert"), QStringLiteral("--bogus"), in, out});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Cli, GenerateWritesALargeValidFiling)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("big.json"));
    const CliResult r = runJixiao(
        {QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("50"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Filing f;
    ImportError e;
    ASSERT_TRUE(FilingJson::readFile(out, &f, &e)) << e.toString().toStdString();
    EXPECT_EQ(f.directionCount(), 50);
    EXPECT_EQ(runJixiao({QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("x"),
                            QStringLiteral("-o"), out})
                  .exitCode,
        2);
}

TEST(Cli, MessagesAreChineseOnAChineseSystem)
{
    const CliResult r
        = runJixiao({QStringLiteral("convert"), QStringLiteral("/nonexistent/a.json"), QStringLiteral("/tmp/b.json")},
            QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不存在"))) << r.err.toStdString();
}
