// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts of older and newer schemas: the released fixtures open, an update
// keeps a backup first, a failed step changes nothing.
#include "drafttest.h"

#include "storage/migration.h"
#include "storage/schema.h"
#include "storage/sqlfiling.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

using namespace jixiao;
using namespace jixiao::test;

namespace {

// ---- schema versions -------------------------------------------------------

TEST(DraftFixtures, EveryReleasedSchemaVersionHasAFixtureThatOpens)
{
    const QDir fixtures(jixiao::testing::fixturePath());
    ASSERT_TRUE(fixtures.exists()) << fixtures.path().toStdString();
    int highest = 0;
    for (int v = 1;; ++v) {
        const QString draft = fixtures.filePath(QStringLiteral("schema-v%1.jixiao").arg(v));
        if (!QFileInfo::exists(draft))
            break;
        highest = v;
        Filing expected;
        ImportError e;
        ASSERT_TRUE(FilingJson::readFile(fixtures.filePath(QStringLiteral("schema-v%1.json").arg(v)), &expected, &e))
            << e.toString().toStdString();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.jixiao"));
        ASSERT_TRUE(QFile::copy(draft, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Filing f;
        Draft::OpenInfo info;
        QString error;
        auto d = Draft::open(copy, &f, &info, &error);
        ASSERT_TRUE(d) << "schema " << v << ": " << error.toStdString();
        EXPECT_FALSE(d->isReadOnly());
        EXPECT_EQ(info.migrated, v < storage::SchemaVersion);
        EXPECT_SAME_FILING(f, expected);
        // And it can be written in the current schema.
        f.overview.duties += QStringLiteral("。");
        EXPECT_TRUE(d->save(f, &error)) << error.toStdString();
    }
    // A new schema version needs its fixture (made by the release that introduces it).
    EXPECT_EQ(highest, storage::SchemaVersion);
}

TEST(DraftFixtures, OpeningAFixtureReadOnlyLeavesItAlone)
{
    const QString draft = jixiao::testing::fixturePath(QStringLiteral("schema-v1.jixiao"));
    const QByteArray hash = fileHash(draft);
    Filing f;
    Draft::OpenOptions o;
    o.readOnly = true;
    QString error;
    ASSERT_TRUE(Draft::open(draft, &f, nullptr, &error, o)) << error.toStdString();
    EXPECT_EQ(fileHash(draft), hash);
}

// A schema history with a version 2, to exercise migrating as a later release will.
QList<storage::MigrationStep> testHistory(bool failing)
{
    storage::MigrationStep step;
    step.from = 1;
    step.createsObjects = {QStringLiteral("filing_note")};
    step.apply = [failing](storage::FilingSql &sql, QString *error) {
        if (!sql.exec(
                QStringLiteral("CREATE TABLE filing_note (filing_id INTEGER NOT NULL, note TEXT NOT NULL)"), error)
            || !sql.exec(QStringLiteral("ALTER TABLE filing ADD COLUMN reviewed INTEGER"), error))
            return false;
        if (failing) {
            *error = QStringLiteral("planted failure");
            return false;
        }
        return true;
    };
    return {step};
}

// The released schema-1 draft copied into `dir` as old.jixiao, writable.
QString copySchema1(const QTemporaryDir &dir)
{
    const QString p = dir.filePath(QStringLiteral("old.jixiao"));
    EXPECT_TRUE(QFile::copy(jixiao::testing::fixturePath(QStringLiteral("schema-v1.jixiao")), p));
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    return p;
}

// Opening as a release with schema 2 and the migrations `history` would.
Draft::OpenOptions toSchema2(const QList<storage::MigrationStep> *history)
{
    Draft::OpenOptions o;
    o.schemaVersion = 2;
    o.migrations = history;
    return o;
}

TEST_F(DraftTest, AnOlderSchemaIsMigratedAfterABackupIsKept)
{
    const QString p = copySchema1(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(false);
    Draft::OpenOptions o = toSchema2(&history);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    {
        auto d = Draft::open(p, &f, &info, &error, o);
        ASSERT_TRUE(d) << error.toStdString();
        EXPECT_TRUE(info.migrated);
        EXPECT_EQ(info.backupPath, path(QStringLiteral("old.schema1-backup.jixiao")));
        EXPECT_EQ(fileHash(info.backupPath), original);
        f.overview.duties = QStringLiteral("after migration");
        ASSERT_TRUE(d->save(f, &error)) << error.toStdString();
    }
    QString version;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version, QStringLiteral("2"));
    // This build (version 1) refuses the newer file it cannot know.
    EXPECT_FALSE(Draft::open(p, &f, &info, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
    // A second migration keeps a second backup, never overwriting the first.
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version = 1")}));
    auto d = Draft::open(p, &f, &info, &error, o);
    ASSERT_TRUE(!d) << "the column exists already, so the step fails";
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("old.schema1-backup (2).jixiao"))));
    EXPECT_EQ(fileHash(path(QStringLiteral("old.schema1-backup.jixiao"))), original);
}

TEST_F(DraftTest, AFailedMigrationStepChangesNothing)
{
    const QString p = copySchema1(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(true);
    Draft::OpenOptions o = toSchema2(&history);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    EXPECT_FALSE(Draft::open(p, &f, &info, &error, o));
    EXPECT_TRUE(error.contains(QStringLiteral("could not be updated from file format 1 to 2"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("planted failure"))) << error.toStdString();
    QString version, tables;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version, QStringLiteral("1"));
    ASSERT_TRUE(rawSql(p, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'filing_note'")}, &tables));
    EXPECT_EQ(tables, QStringLiteral("0"));
    EXPECT_EQ(fileHash(path(QStringLiteral("old.schema1-backup.jixiao"))), original);
    // The built-in history opens it as before.
    EXPECT_TRUE(Draft::open(p, &f, &info, &error)) << error.toStdString();
}

TEST_F(DraftTest, AnOlderSchemaOpenedReadOnlyIsMigratedInACopy)
{
    const QString p = copySchema1(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(false);
    Draft::OpenOptions o = toSchema2(&history);
    o.readOnly = true;
    Filing f;
    Draft::OpenInfo info;
    QString error;
    auto d = Draft::open(p, &f, &info, &error, o);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_TRUE(d->isReadOnly());
    EXPECT_FALSE(info.migrated);
    EXPECT_EQ(f.fiscalYear, 2023);
    d.reset();
    EXPECT_EQ(fileHash(p), original);
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("old.jixiao")});
}

} // namespace
