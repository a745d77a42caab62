// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestutil.h"
#include "testsupport.h"

#include "model/jsonio.h"
#include "storage/draft.h"
#include "storage/filingfile.h"

#include <QDir>
#include <QTemporaryDir>

using namespace jixiao;
using namespace jixiao::test;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

TEST(FilingFile, KindByExtension)
{
    EXPECT_EQ(FilingFile::kindOf(QStringLiteral("a/b.JIXIAO")), FilingFile::Draft);
    EXPECT_EQ(FilingFile::kindOf(QStringLiteral("b.json")), FilingFile::Json);
    EXPECT_EQ(FilingFile::kindOf(QStringLiteral("b.docx")), FilingFile::Unknown);
}

TEST(FilingFile, JsonAndDraftRoundTrip)
{
    QTemporaryDir dir;
    const Filing sample = sampleFiling();
    const QString draft = dir.filePath(QStringLiteral("s.jixiao"));
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QString error;
    ASSERT_TRUE(saveFilingFile(draft, sample, &error)) << error.toStdString();
    Filing fromDraft;
    ASSERT_TRUE(loadFilingFile(draft, &fromDraft, &error)) << error.toStdString();
    EXPECT_SAME_FILING(fromDraft, sample);
    ASSERT_TRUE(saveFilingFile(json, fromDraft, &error)) << error.toStdString();
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), FilingJson::toJson(sample));
    EXPECT_EQ(entries(dir.path()), (QStringList {QStringLiteral("s.jixiao"), QStringLiteral("s.json")}));
}

TEST(FilingFile, OtherExtensionsAreRecognisedByContent)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(saveFilingFile(dir.filePath(QStringLiteral("d.jixiao")), sampleFiling(), &error));
    ASSERT_TRUE(QFile::rename(dir.filePath(QStringLiteral("d.jixiao")), dir.filePath(QStringLiteral("d.bak"))));
    ASSERT_TRUE(saveFilingFile(dir.filePath(QStringLiteral("j.json")), sampleFiling(), &error));
    ASSERT_TRUE(QFile::rename(dir.filePath(QStringLiteral("j.json")), dir.filePath(QStringLiteral("j.txt"))));
    Filing f;
    EXPECT_TRUE(loadFilingFile(dir.filePath(QStringLiteral("d.bak")), &f, &error)) << error.toStdString();
    EXPECT_TRUE(loadFilingFile(dir.filePath(QStringLiteral("j.txt")), &f, &error)) << error.toStdString();
    const QString other = dir.filePath(QStringLiteral("x.doc"));
    ASSERT_TRUE(jixiao::testing::writeFile(other, "hello"));
    EXPECT_FALSE(loadFilingFile(other, &f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("neither a Jixiao draft"))) << error.toStdString();
    EXPECT_FALSE(saveFilingFile(dir.filePath(QStringLiteral("x.xlsx")), f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".jixiao"))) << error.toStdString();
}

TEST(FilingFile, ADraftIsReplacedWholeAndAtomically)
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("r.jixiao"));
    QString error;
    ASSERT_TRUE(saveFilingFile(p, sampleFiling(), &error));
    GeneratorOptions o;
    o.directions = 30;
    const Filing big = generateFiling(o);
    ASSERT_TRUE(saveFilingFile(p, big, &error)) << error.toStdString();
    Filing f;
    ASSERT_TRUE(loadFilingFile(p, &f, &error));
    EXPECT_SAME_FILING(f, big);
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("r.jixiao")});
}

TEST(FilingFile, ADraftOpenForEditingIsNotReplacedButCanBeRead)
{
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("open.jixiao"));
    QString error;
    Filing f = sampleFiling();
    auto d = Draft::create(p, f, &error);
    ASSERT_TRUE(d);
    const QByteArray hash = fileHash(p);
    EXPECT_FALSE(saveFilingFile(p, generateFiling({.directions = 3}), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("open for editing"))) << error.toStdString();
    EXPECT_EQ(fileHash(p), hash);
    Filing read;
    EXPECT_TRUE(loadFilingFile(p, &read, &error)) << error.toStdString();
    EXPECT_SAME_FILING(read, f);
    d.reset();
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("open.jixiao")});
}

TEST(FilingFile, WritingIntoAMissingFolderFailsCleanly)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(saveFilingFile(dir.filePath(QStringLiteral("no/x.jixiao")), sampleFiling(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(saveFilingFile(dir.filePath(QStringLiteral("no/x.json")), sampleFiling(), &error));
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

TEST(FilingFile, AReadOnlyFolderRefusesWithAMessageAndKeepsTheFile)
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString p = sub + QStringLiteral("/k.jixiao");
    QString error;
    ASSERT_TRUE(saveFilingFile(p, sampleFiling(), &error));
    const QByteArray hash = fileHash(p);
    ASSERT_TRUE(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    // Root may write anyway; whoever may not gets a message and the old file.
    const bool saved = saveFilingFile(p, generateFiling({.directions = 3}), &error);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!saved) {
        EXPECT_TRUE(error.contains(QStringLiteral("k.jixiao"))) << error.toStdString();
        EXPECT_EQ(fileHash(p), hash);
        EXPECT_EQ(entries(sub), QStringList {QStringLiteral("k.jixiao")});
    } else {
        Filing f;
        ASSERT_TRUE(loadFilingFile(p, &f, &error));
        EXPECT_EQ(f.directionCount(), 3);
    }
}

} // namespace
