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
#include <QSqlDatabase>
#include <QSqlQuery>

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

constexpr int Current = storage::SchemaVersion;
constexpr int Next = storage::SchemaVersion + 1;

// The released history and a version after this build's, to exercise
// migrating as a later release will. Unless `additive`, the next version
// changes what this build reads.
QList<storage::MigrationStep> testHistory(bool failing, bool additive = false)
{
    storage::MigrationStep step;
    step.from = Current;
    step.createsObjects = {QStringLiteral("filing_note")};
    step.additive = additive;
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
    return storage::builtinMigrations() + QList<storage::MigrationStep> {step};
}

// The released draft of this build's schema copied into `dir` as old.jixiao, writable.
QString copyCurrentFixture(const QTemporaryDir &dir)
{
    const QString p = dir.filePath(QStringLiteral("old.jixiao"));
    EXPECT_TRUE(QFile::copy(jixiao::testing::fixturePath(QStringLiteral("schema-v%1.jixiao").arg(Current)), p));
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    return p;
}

// Opening as a release with the next schema and the migrations `history` would.
Draft::OpenOptions toNextSchema(const QList<storage::MigrationStep> *history)
{
    Draft::OpenOptions o;
    o.schemaVersion = Next;
    o.migrations = history;
    return o;
}

QString backupOfCurrent(const QString &suffix = {})
{
    return QStringLiteral("old.schema%1-backup%2.jixiao").arg(Current).arg(suffix);
}

TEST_F(DraftTest, AnOlderSchemaIsMigratedAfterABackupIsKept)
{
    const QString p = copyCurrentFixture(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(false);
    Draft::OpenOptions o = toNextSchema(&history);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    {
        auto d = Draft::open(p, &f, &info, &error, o);
        ASSERT_TRUE(d) << error.toStdString();
        EXPECT_TRUE(info.migrated);
        EXPECT_EQ(info.backupPath, path(backupOfCurrent()));
        EXPECT_EQ(fileHash(info.backupPath), original);
        f.overview.duties = QStringLiteral("after migration");
        ASSERT_TRUE(d->save(f, &error)) << error.toStdString();
    }
    QString version;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version, QString::number(Next));
    // This build refuses the newer file it cannot know.
    EXPECT_FALSE(Draft::open(p, &f, &info, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
    // A second migration keeps a second backup, never overwriting the first.
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version = %1").arg(Current)}));
    auto d = Draft::open(p, &f, &info, &error, o);
    ASSERT_TRUE(!d) << "the column exists already, so the step fails";
    EXPECT_TRUE(QFileInfo::exists(path(backupOfCurrent(QStringLiteral(" (2)")))));
    EXPECT_EQ(fileHash(path(backupOfCurrent())), original);
}

TEST_F(DraftTest, AFailedMigrationStepChangesNothing)
{
    const QString p = copyCurrentFixture(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(true);
    Draft::OpenOptions o = toNextSchema(&history);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    EXPECT_FALSE(Draft::open(p, &f, &info, &error, o));
    EXPECT_TRUE(error.contains(QStringLiteral("could not be updated from file format %1 to %2").arg(Current).arg(Next)))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("planted failure"))) << error.toStdString();
    QString version, tables;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version, QString::number(Current));
    ASSERT_TRUE(rawSql(p, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'filing_note'")}, &tables));
    EXPECT_EQ(tables, QStringLiteral("0"));
    EXPECT_EQ(fileHash(path(backupOfCurrent())), original);
    // The built-in history opens it as before.
    EXPECT_TRUE(Draft::open(p, &f, &info, &error)) << error.toStdString();
}

TEST_F(DraftTest, AnOlderSchemaOpenedReadOnlyIsMigratedInACopy)
{
    const QString p = copyCurrentFixture(dir);
    const QByteArray original = fileHash(p);
    const auto history = testHistory(false);
    Draft::OpenOptions o = toNextSchema(&history);
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

// ---- the project forms (schema 2) and the lowest version that reads ------

// The filing of the schema-2 fixture: two projects, one with 中期 values.
Filing filingWithProjects()
{
    Filing f;
    ImportError e;
    EXPECT_TRUE(FilingJson::readFile(jixiao::testing::fixturePath(QStringLiteral("schema-v2.json")), &f, &e))
        << e.toString().toStdString();
    EXPECT_EQ(f.projects.size(), 2);
    return f;
}

// Each table's columns as "name type notnull pk", sorted: what a program's
// queries meet, whatever order ALTER TABLE left the columns in.
QStringList columnsOf(const QString &draft)
{
    QStringList all;
    for (const QString &table : storage::knownTables()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        {
            db.setDatabaseName(draft);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(
                q.exec(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info('%1')").arg(table)));
            QStringList columns;
            while (q.next())
                columns << QStringLiteral("%1.%2 %3 %4 %5")
                               .arg(table, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString());
            EXPECT_FALSE(columns.isEmpty()) << table.toStdString();
            columns.sort();
            all += columns;
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    }
    return all;
}

TEST_F(DraftTest, TheFirstReleasesDraftTakesProjectsAfterItsUpdate)
{
    const QString p = path(QStringLiteral("first.jixiao"));
    ASSERT_TRUE(QFile::copy(jixiao::testing::fixturePath(QStringLiteral("schema-v1.jixiao")), p));
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    {
        auto d = Draft::open(p, &f, &info, &error);
        ASSERT_TRUE(d) << error.toStdString();
        EXPECT_TRUE(info.migrated);
        EXPECT_TRUE(f.projects.isEmpty());
        f.projects = filingWithProjects().projects;
        f.projectsComplete = true;
        ASSERT_TRUE(d->save(f, &error)) << error.toStdString();
    }
    Filing back;
    ASSERT_TRUE(Draft::open(p, &back, &info, &error)) << error.toStdString();
    EXPECT_FALSE(info.migrated);
    EXPECT_SAME_FILING(back, f);
    ASSERT_TRUE(back.projects[1].indicators[0].midTermValue);
    EXPECT_EQ(*back.projects[1].indicators[0].midTermValue, QStringLiteral("3公里"));
    // The updated file has the tables and columns of a new draft, as the
    // field tables describe them.
    EXPECT_EQ(columnsOf(p), columnsOf(makeDraft(QStringLiteral("new.jixiao"))));
}

TEST_F(DraftTest, EachFilingRecordsTheLowestVersionThatReadsIt)
{
    QString readableBy, schemaReaders;
    const QString plain = makeDraft(QStringLiteral("plain.jixiao"));
    ASSERT_TRUE(rawSql(plain, {QStringLiteral("SELECT readable_by FROM filing")}, &readableBy));
    EXPECT_EQ(readableBy, QStringLiteral("1"));
    const QString projects = makeDraft(QStringLiteral("projects.jixiao"), filingWithProjects());
    ASSERT_TRUE(rawSql(projects, {QStringLiteral("SELECT readable_by FROM filing")}, &readableBy));
    EXPECT_EQ(readableBy, QStringLiteral("2"));
    ASSERT_TRUE(rawSql(
        projects, {QStringLiteral("SELECT value FROM jixiao_meta WHERE key = 'readable_by_schema'")}, &schemaReaders));
    EXPECT_EQ(schemaReaders, QString::number(storage::lowestSchemaReader(Current, storage::builtinMigrations())));
    // A filing that needs a newer program than this one is refused, saying so.
    ASSERT_TRUE(
        rawSql(projects, {QStringLiteral("UPDATE filing SET readable_by = %1").arg(Filing::FormatVersion + 1)}));
    Filing f;
    QString error;
    EXPECT_FALSE(Draft::open(projects, &f, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version of Jixiao"))) << error.toStdString();
}

TEST_F(DraftTest, ANewerDraftThatOnlyAddedOpensInThisBuild)
{
    const QString p = copyCurrentFixture(dir);
    const auto history = testHistory(false, true);
    Filing f;
    Draft::OpenInfo info;
    QString error;
    ASSERT_TRUE(Draft::open(p, &f, &info, &error, toNextSchema(&history))) << error.toStdString();
    QString version;
    ASSERT_TRUE(rawSql(p, {QStringLiteral("PRAGMA user_version")}, &version));
    EXPECT_EQ(version, QString::number(Next));
    // This build does not know the next schema, but it only added: the draft
    // opens, reads as before and takes changes.
    Filing now;
    auto d = Draft::open(p, &now, &info, &error);
    ASSERT_TRUE(d) << error.toStdString();
    EXPECT_FALSE(info.migrated);
    EXPECT_SAME_FILING(now, f);
    now.projects[0].annualGoal += QStringLiteral("（修改）");
    ASSERT_TRUE(d->save(now, &error)) << error.toStdString();
    d.reset();
    Filing back;
    ASSERT_TRUE(Draft::open(p, &back, &info, &error, toNextSchema(&history))) << error.toStdString();
    EXPECT_SAME_FILING(back, now);
}

} // namespace
