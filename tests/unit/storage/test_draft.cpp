// SPDX-License-Identifier: GPL-3.0-or-later
// What only a draft file has to face: files that are not drafts, read-only
// files and folders, a second opener, a full disk (older and newer schemas:
// test_draft_schema.cpp).
#include "drafttest.h"

#include "model/jsonio.h"
#include "storage/draft.h"
#include "storage/migration.h"
#include "storage/schema.h"
#include "storage/sqlfiling.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace jixiao;
using namespace jixiao::test;

namespace {

QString childExe()
{
    return QStringLiteral(STORAGE_TEST_CHILD);
}

TEST_F(DraftTest, IsOneSqliteFileWithApplicationIdAndVersion)
{
    const QString p = makeDraft(QStringLiteral("a.jixiao"));
    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(100);
    EXPECT_TRUE(head.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    EXPECT_EQ(head.mid(68, 4), QByteArray("JIXO"));
    QString version;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version.toInt(), storage::SchemaVersion);
    QString journal;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA journal_mode")}, &journal));
    EXPECT_EQ(journal, QStringLiteral("delete"));
    // Normalised: the rows are in their tables, not a blob.
    QString details;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("SELECT count(*) FROM detail_line")}, &details));
    EXPECT_EQ(details.toInt(), 6);
}

TEST_F(DraftTest, CreateNeverReplacesAFile)
{
    const QString p = path(QStringLiteral("exists.jixiao"));
    ASSERT_TRUE(jixiao::testing::writeFile(p, "keep me"));
    QString error;
    EXPECT_FALSE(Draft::create(p, sampleFiling(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("keep me"));
    EXPECT_FALSE(Draft::create(path(QStringLiteral("no/such/folder/x.jixiao")), sampleFiling(), &error));
}

TEST_F(DraftTest, NothingBesideTheFileOnceClosed)
{
    const QString p = path(QStringLiteral("one.jixiao"));
    {
        QString error;
        auto d = Draft::create(p, sampleFiling(), &error);
        ASSERT_TRUE(d) << error.toStdString();
        Filing f = sampleFiling();
        for (int i = 0; i < 20; ++i) {
            f.overview.duties = QString::number(i);
            ASSERT_TRUE(d->save(f, &error)) << error.toStdString();
        }
    }
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("one.jixiao")});
    Filing f;
    ASSERT_TRUE(Draft::open(p, &f, nullptr, nullptr));
    EXPECT_EQ(f.overview.duties, QStringLiteral("19"));
}

// Opening to look (the editor opens for editing, a user may only read and
// close) leaves the file byte for byte as it was: a draft attached to an
// email or on read-only media stays as it came. A save changes it, and the
// closed draft is then one self-contained file again.
TEST_F(DraftTest, OpenedAndClosedWithoutASaveItStaysByteIdentical)
{
    const QString p = makeDraft(QStringLiteral("look.jixiao"));
    const QByteArray before = fileHash(p);
    for (bool readOnly : {false, true}) {
        Filing f;
        QString error;
        Draft::OpenOptions options;
        options.readOnly = readOnly;
        auto d = Draft::open(p, &f, nullptr, &error, options);
        ASSERT_TRUE(d) << error.toStdString();
        if (!readOnly) {
            ASSERT_TRUE(d->save(f, &error)) << "an unchanged filing writes nothing";
        }
    }
    EXPECT_EQ(fileHash(p), before);
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("look.jixiao")});
    {
        Filing f;
        QString error;
        auto d = Draft::open(p, &f, nullptr, &error);
        ASSERT_TRUE(d) << error.toStdString();
        f.overview.duties = QStringLiteral("changed");
        ASSERT_TRUE(d->save(f, &error)) << error.toStdString();
        EXPECT_GT(d->lastSaveRowCount(), 0);
    }
    EXPECT_NE(fileHash(p), before);
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("look.jixiao")});
    QString journal;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA journal_mode")}, &journal));
    EXPECT_EQ(journal, QStringLiteral("delete"));
}

struct BadFile
{
    const char *name;
    std::function<void(const QString &path, const QString &dir)> make;
    const char *message;
};

class DraftBadFiles : public DraftTest, public ::testing::WithParamInterface<BadFile>
{
};

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray randomBytes(int n)
{
    Random r(7);
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(char(r.next() & 0xff));
    return b;
}

void makeRealDraft(const QString &path, int directions = 20)
{
    GeneratorOptions o;
    o.directions = directions;
    QString error;
    ASSERT_TRUE(Draft::create(path, generateFiling(o), &error)) << error.toStdString();
}

TEST_P(DraftBadFiles, GetsAClearMessageAndIsNeverModified)
{
    const BadFile &bad = GetParam();
    const QString p = path(QStringLiteral("bad.jixiao"));
    bad.make(p, dir.path());
    const QStringList before = entries(dir.path());
    const QByteArray hash = fileHash(p);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    EXPECT_FALSE(Draft::open(p, &f, &info, &error));
    EXPECT_TRUE(error.contains(QString::fromUtf8(bad.message))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("bad.jixiao"))) << error.toStdString();
    EXPECT_EQ(fileHash(p), hash);
    EXPECT_EQ(entries(dir.path()), before);
    // Asking for read-only changes nothing either.
    Draft::OpenOptions ro;
    ro.readOnly = true;
    EXPECT_FALSE(Draft::open(p, &f, &info, &error, ro));
    EXPECT_EQ(fileHash(p), hash);
}

INSTANTIATE_TEST_SUITE_P(Cases, DraftBadFiles,
    ::testing::Values(
        BadFile {"RandomBytes", [](const QString &p, const QString &) { writeBytes(p, randomBytes(5000)); },
            "is not a Jixiao draft"},
        BadFile {"Empty", [](const QString &p, const QString &) { writeBytes(p, {}); }, "is empty"},
        BadFile {"RenamedZip",
            [](const QString &p, const QString &) {
                writeBytes(p, QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + randomBytes(3000));
            },
            "ZIP archive"},
        BadFile {"RenamedJson",
            [](const QString &p, const QString &) { writeBytes(p, FilingJson::toJson(sampleFiling())); },
            "is not a Jixiao draft"},
        BadFile {"TruncatedCopy",
            [](const QString &p, const QString &d) {
                const QString whole = d + QStringLiteral("/whole.jixiao");
                makeRealDraft(whole, 60);
                QFile f(whole);
                ASSERT_TRUE(f.open(QIODevice::ReadOnly));
                const QByteArray all = f.readAll();
                writeBytes(p, all.left(all.size() / 2));
            },
            "is incomplete"},
        BadFile {"ShortHeader",
            [](const QString &p, const QString &) { writeBytes(p, QByteArray("SQLite format 3\0abc", 19)); },
            "is incomplete"},
        BadFile {"AnotherApplicationsDatabase",
            [](const QString &p, const QString &) {
                rawSql(p,
                    {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                        QStringLiteral("INSERT INTO contacts VALUES ('a', '1')")});
            },
            "database of another application"},
        BadFile {"NewerSchema",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                // A newer schema that changed what this version reads.
                rawSql(p,
                    {QStringLiteral("PRAGMA user_version = 99"),
                        QStringLiteral("UPDATE jixiao_meta SET value = '99' WHERE key = 'readable_by_schema'")});
            },
            "newer version of Jixiao"},
        BadFile {"ForeignTrigger",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p,
                    {QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON fund BEGIN DELETE FROM detail_line; "
                                    "END")});
            },
            "trigger t"},
        BadFile {"ForeignView",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p, {QStringLiteral("CREATE VIEW v AS SELECT * FROM fund")});
            },
            "view v"},
        BadFile {"ForeignTable",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p, {QStringLiteral("CREATE TABLE extra (x)")});
            },
            "table extra"},
        BadFile {"DamagedPage",
            [](const QString &p, const QString &) {
                makeRealDraft(p, 60);
                QFile f(p);
                ASSERT_TRUE(f.open(QIODevice::ReadWrite));
                f.seek(4096 * 5);
                f.write(randomBytes(4096));
            },
            "is damaged"},
        BadFile {"NoFiling",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("DELETE FROM filing")});
            },
            "holds no filing"},
        BadFile {"TamperedAmount",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p, {QStringLiteral("UPDATE detail_line SET amount = 'lots' WHERE position = 0")});
            },
            "unexpected value in detail_line"},
        BadFile {"GapInRows",
            [](const QString &p, const QString &) {
                makeRealDraft(p);
                rawSql(p, {QStringLiteral("DELETE FROM direction_indicator WHERE position = 1")});
            },
            "out of order or incomplete"}),
    [](const ::testing::TestParamInfo<BadFile> &info) { return std::string(info.param.name); });

TEST_F(DraftTest, AReadOnlyFileOpensReadOnlyWithANotice)
{
    const QString p = makeDraft(QStringLiteral("ro.jixiao"));
    ASSERT_TRUE(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = fileHash(p);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    auto d = Draft::open(p, &f, &info, &error);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_TRUE(d->isReadOnly());
    EXPECT_TRUE(info.readOnly);
    EXPECT_TRUE(info.readOnlyReason.contains(QStringLiteral("read-only file"))) << info.readOnlyReason.toStdString();
    EXPECT_SAME_FILING(f, sampleFiling());
    f.overview.duties = QStringLiteral("changed");
    EXPECT_FALSE(d->save(f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    d.reset();
    EXPECT_EQ(fileHash(p), hash);
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("ro.jixiao")});
}

TEST_F(DraftTest, AReadOnlyFolderOpensReadOnlyWithANotice)
{
    const QString sub = path(QStringLiteral("sub"));
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString p = sub + QStringLiteral("/d.jixiao");
    QString error;
    ASSERT_TRUE(Draft::create(p, sampleFiling(), &error)) << error.toStdString();
    ASSERT_TRUE(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    const QByteArray hash = fileHash(p);
    Filing f;
    Draft::OpenInfo info;
    auto d = Draft::open(p, &f, &info, &error);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_TRUE(d->isReadOnly());
    EXPECT_TRUE(info.readOnlyReason.contains(QStringLiteral("folder"))) << info.readOnlyReason.toStdString();
    EXPECT_FALSE(d->save(f, &error));
    d.reset();
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(fileHash(p), hash);
    EXPECT_EQ(entries(sub), QStringList {QStringLiteral("d.jixiao")});
}

TEST_F(DraftTest, ASecondOpenerInTheSameProcessGetsReadOnly)
{
    const QString p = makeDraft(QStringLiteral("twice.jixiao"));
    Filing a, b;
    QString error;
    auto first = Draft::open(p, &a, nullptr, &error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_FALSE(first->isReadOnly());
    EXPECT_TRUE(Draft::isOpenElsewhere(p));
    Draft::OpenInfo info;
    auto second = Draft::open(p, &b, &info, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_TRUE(second->isReadOnly());
    EXPECT_TRUE(info.readOnlyReason.contains(QStringLiteral("open for editing"))) << info.readOnlyReason.toStdString();
    second.reset();
    first.reset();
    EXPECT_FALSE(Draft::isOpenElsewhere(p));
    auto third = Draft::open(p, &b, &info, &error);
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->isReadOnly());
}

TEST_F(DraftTest, ASecondProcessGetsReadOnlyAndTheLockDiesWithTheHolder)
{
    const QString p = makeDraft(QStringLiteral("shared.jixiao"));
    QProcess child;
    child.start(childExe(), {QStringLiteral("hold"), p});
    ASSERT_TRUE(child.waitForStarted());
    ASSERT_TRUE(child.waitForReadyRead(20000));
    ASSERT_EQ(child.readLine().trimmed(), QByteArray("ready 0"));

    Filing f;
    Draft::OpenInfo info;
    QString error;
    {
        auto d = Draft::open(p, &f, &info, &error);
        ASSERT_TRUE(d) << error.toStdString();
        EXPECT_TRUE(d->isReadOnly());
        EXPECT_TRUE(info.readOnlyReason.contains(QStringLiteral("another Jixiao window, or by another user")))
            << info.readOnlyReason.toStdString();
        EXPECT_FALSE(d->save(f, &error));
    }
    // The holder crashes: the lock goes with it (no lock file to go stale).
    child.kill();
    child.waitForFinished();
    {
        auto d = Draft::open(p, &f, &info, &error);
        ASSERT_TRUE(d) << error.toStdString();
        EXPECT_FALSE(d->isReadOnly());
        EXPECT_SAME_FILING(f, sampleFiling());
    }
    // Whatever the crash left for recovery is gone once the draft is closed.
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("shared.jixiao")});
}

TEST_F(DraftTest, AFullDiskKeepsThePreviousContentAndSaysSo)
{
    GeneratorOptions o;
    o.directions = 30;
    Filing f = generateFiling(o);
    const QString p = makeDraft(QStringLiteral("full.jixiao"), f);
    const qint64 pages = QFileInfo(p).size() / 4096;
    Draft::OpenOptions options;
    options.maxPageCount = pages + 2;
    Filing opened;
    QString error;
    auto d = Draft::open(p, &opened, nullptr, &error, options);
    ASSERT_TRUE(d) << error.toStdString();

    Filing big = f;
    GeneratorOptions more;
    more.directions = 60;
    more.seed = 5;
    big.funds += generateFiling(more).funds;
    EXPECT_FALSE(d->save(big, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("disk is full"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("keeps what was saved before"))) << error.toStdString();

    // The draft goes on working for changes that fit.
    Filing small = f;
    small.funds[0].directions[0].details[0].amount = Money::fromUnits(9);
    ASSERT_TRUE(d->save(small, &error)) << error.toStdString();
    d.reset();
    Filing loaded;
    ASSERT_TRUE(Draft::open(p, &loaded, nullptr, &error)) << error.toStdString();
    EXPECT_SAME_FILING(loaded, small);
    QString check;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA integrity_check")}, &check));
    EXPECT_EQ(check, QStringLiteral("ok"));
}

TEST_F(DraftTest, AChangeByAnotherProgramIsNotOverwritten)
{
    const QString p = makeDraft(QStringLiteral("foreign.jixiao"));
    Filing f;
    QString error;
    auto d = Draft::open(p, &f, nullptr, &error);
    ASSERT_TRUE(d) << error.toStdString();
    // Some other tool writes the file behind Jixiao's back.
    ASSERT_TRUE(rawSql(p, {QStringLiteral("UPDATE filing SET revision = revision + 1, duties = 'theirs'")}));
    f.overview.duties = QStringLiteral("mine");
    EXPECT_FALSE(d->save(f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another program changed the file"))) << error.toStdString();
    d.reset();
    Filing loaded;
    ASSERT_TRUE(Draft::open(p, &loaded, nullptr, &error));
    EXPECT_EQ(loaded.overview.duties, QStringLiteral("theirs"));
}

TEST_F(DraftTest, RemembersWhereItCameFrom)
{
    const QString p = makeDraft(QStringLiteral("origin.jixiao"));
    Filing f;
    QString error;
    {
        auto d = Draft::open(p, &f, nullptr, &error);
        ASSERT_TRUE(d);
        EXPECT_FALSE(d->origin().has_value());
        ASSERT_TRUE(d->setOrigin(Draft::Origin {QStringLiteral("postgresql://u@h/db"), 12, 3,
                                     QStringLiteral("postgresql:7714051824190687796/16384/db")},
            &error));
    }
    auto d = Draft::open(p, &f, nullptr, &error);
    ASSERT_TRUE(d && d->origin());
    EXPECT_EQ(*d->origin(),
        (Draft::Origin {
            QStringLiteral("postgresql://u@h/db"), 12, 3, QStringLiteral("postgresql:7714051824190687796/16384/db")}));
    ASSERT_TRUE(d->setOrigin(std::nullopt, &error));
    EXPECT_FALSE(d->origin());
}

} // namespace
