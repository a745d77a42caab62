// SPDX-License-Identifier: GPL-3.0-or-later
// The shared store beyond the common suite: addresses, passwords, and many
// writers at once on one filing.
#include "storagetestutil.h"

#include "model/jsonio.h"
#include "storage/sharedstore.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

#include <atomic>

using namespace jixiao;
using namespace jixiao::test;

namespace {

TEST(SharedStoreUri, ParsesTheUsualForms)
{
    PgConnectionParams p;
    QString error;
    ASSERT_TRUE(SharedStore::parseUri(QStringLiteral("postgresql://caiwu@10.0.0.5:5433/jixiao"), &p, &error));
    EXPECT_EQ(p.user, QStringLiteral("caiwu"));
    EXPECT_EQ(p.host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(p.port, 5433);
    EXPECT_EQ(p.database, QStringLiteral("jixiao"));
    EXPECT_TRUE(p.password.isEmpty());

    ASSERT_TRUE(
        SharedStore::parseUri(QStringLiteral("postgres://localhost/db?sslmode=require&connect_timeout=3"), &p, &error));
    EXPECT_EQ(p.port, -1);
    EXPECT_EQ(p.options, (QStringList {QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=3")}));

    ASSERT_TRUE(SharedStore::parseUri(
        QStringLiteral("postgresql://%E8%B4%A2%E5%8A%A1:s3cret@h/%E7%BB%A9%E6%95%88"), &p, &error));
    EXPECT_EQ(p.user, QStringLiteral("财务"));
    EXPECT_EQ(p.password, QStringLiteral("s3cret"));
    EXPECT_EQ(p.database, QStringLiteral("绩效"));
}

TEST(SharedStoreUri, RejectsWhatIsNotAPostgresAddress)
{
    PgConnectionParams p;
    QString error;
    EXPECT_FALSE(SharedStore::parseUri(QStringLiteral("mysql://u@h/db"), &p, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a PostgreSQL address"))) << error.toStdString();
    EXPECT_FALSE(SharedStore::parseUri(QStringLiteral("postgresql://u@h"), &p, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("names no database"))) << error.toStdString();
    EXPECT_FALSE(SharedStore::parseUri(QStringLiteral("postgresql://u@h/db?options=a;b"), &p, &error));
}

TEST(SharedStoreUri, PasswordsNeverAppearInMessagesOrOrigins)
{
    const QString uri = QStringLiteral("postgresql://u:topsecret@h:5432/db?password=alsosecret&sslmode=disable");
    const QString shown = SharedStore::redactedUri(uri);
    EXPECT_FALSE(shown.contains(QStringLiteral("secret"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("sslmode=disable")));
    QString error;
    // Nothing listens on port 1: the message names the store without the password.
    EXPECT_FALSE(
        SharedStore::connect(QStringLiteral("postgresql://u:topsecret@127.0.0.1:1/db?connect_timeout=2"), &error));
    EXPECT_FALSE(error.contains(QStringLiteral("topsecret"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("127.0.0.1"))) << error.toStdString();
}

QString pgUri()
{
    return qEnvironmentVariable("JIXIAO_TEST_PG_URI");
}

#define REQUIRE_PG()                                                                                                   \
    if (pgUri().isEmpty())                                                                                             \
    GTEST_SKIP() << "JIXIAO_TEST_PG_URI is not set: no PostgreSQL server for the shared-store tests "                  \
                    "(scripts/test.sh starts one with scripts/pg-test-server.sh)"

TEST(SharedStorePostgres, ConcurrentWritersLoseNoUpdate)
{
    REQUIRE_PG();
    QString error;
    auto store = SharedStore::connect(pgUri(), &error);
    ASSERT_TRUE(store) << error.toStdString();
    Filing base = sampleFiling();
    base.overview.workPlan.clear();
    qint64 id = 0;
    ASSERT_TRUE(store->insert(base, &id, &error)) << error.toStdString();

    // Each writer appends its own work-plan rows, reloading on conflict, as
    // the editor does after showing the conflict.
    constexpr int Writers = 3, Rows = 15;
    std::atomic<int> conflicts {0};
    std::atomic<int> failures {0};
    QList<QThread *> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.append(QThread::create([&, w] {
            QString e;
            auto mine = SharedStore::connect(pgUri(), &e);
            if (!mine) {
                ++failures;
                return;
            }
            Filing f;
            auto doc = mine->open(id, &f, &e);
            if (!doc) {
                ++failures;
                return;
            }
            for (int row = 0; row < Rows;) {
                Filing edited = f;
                edited.overview.workPlan.append(
                    WorkPlanItem {QStringLiteral("writer %1 row %2").arg(w).arg(row), QString(), QString()});
                switch (doc->save(edited, &e)) {
                case SharedFiling::Saved:
                    f = edited;
                    ++row;
                    break;
                case SharedFiling::Conflict:
                    ++conflicts;
                    if (!doc->reload(&f, &e)) {
                        ++failures;
                        return;
                    }
                    break;
                case SharedFiling::Failed:
                    ++failures;
                    return;
                }
            }
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    EXPECT_EQ(failures.load(), 0);
    Filing result;
    auto doc = store->open(id, &result, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    ASSERT_EQ(result.overview.workPlan.size(), Writers * Rows);
    for (int w = 0; w < Writers; ++w)
        for (int row = 0; row < Rows; ++row)
            EXPECT_EQ(std::count_if(result.overview.workPlan.cbegin(), result.overview.workPlan.cend(),
                          [&](const WorkPlanItem &i) {
                              return i.item == QStringLiteral("writer %1 row %2").arg(w).arg(row);
                          }),
                1);
    EXPECT_EQ(doc->revision(), 1 + Writers * Rows);
    std::printf("[ shared store ] %d saves, %d conflicts refused and retried\n", Writers * Rows, conflicts.load());
    store->remove(id, nullptr);
}

TEST(SharedStorePostgres, AConflictSaysWhoSavedAndWritesNothing)
{
    REQUIRE_PG();
    QString error;
    auto a = SharedStore::connect(pgUri(), &error);
    auto b = SharedStore::connect(pgUri(), &error);
    ASSERT_TRUE(a && b) << error.toStdString();
    qint64 id = 0;
    ASSERT_TRUE(a->insert(sampleFiling(), &id, &error));
    Filing fa, fb;
    auto da = a->open(id, &fa, &error);
    auto db = b->open(id, &fb, &error);
    ASSERT_TRUE(da && db);
    fa.funds[0].amount = Money::fromUnits(1);
    ASSERT_EQ(da->save(fa, &error), SharedFiling::Saved) << error.toStdString();
    fb.funds[1].amount = Money::fromUnits(2);
    SaveConflict conflict;
    ASSERT_EQ(db->save(fb, &error, &conflict), SharedFiling::Conflict);
    EXPECT_EQ(conflict.filingId, id);
    EXPECT_EQ(conflict.yourRevision, 1);
    EXPECT_EQ(conflict.theirRevision, 2);
    EXPECT_FALSE(conflict.updatedBy.isEmpty());
    EXPECT_TRUE(conflict.message.contains(conflict.updatedBy)) << conflict.message.toStdString();
    Filing stored;
    auto check = a->open(id, &stored, &error);
    ASSERT_TRUE(check);
    EXPECT_SAME_FILING(stored, fa);
    a->remove(id, nullptr);
    EXPECT_FALSE(a->open(id, &stored, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
}

TEST(SharedStorePostgres, ADatabaseOfANewerSchemaIsUsedOnlyWhenItOnlyAdded)
{
    REQUIRE_PG();
    // A database of its own, so the others' tests are not disturbed.
    const QString name = QStringLiteral("jixiao_newer_%1").arg(QCoreApplication::applicationPid());
    PgConnectionParams p;
    ASSERT_TRUE(SharedStore::parseUri(pgUri(), &p, nullptr));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(p.host);
        admin.setPort(p.port);
        admin.setUserName(p.user);
        admin.setDatabaseName(p.database);
        ASSERT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE DATABASE ") + name)) << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QString uri = pgUri();
    uri.replace(
        QRegularExpression(QStringLiteral("/[^/?]+(\\?|$)")), QStringLiteral("/") + name + QStringLiteral("\\1"));
    QString error;
    {
        auto store = SharedStore::connect(uri, &error);
        ASSERT_TRUE(store) << error.toStdString(); // creates the schema
        qint64 id = 0;
        ASSERT_TRUE(store->insert(sampleFiling(), &id, &error));
    }
    {
        auto again = SharedStore::connect(uri, &error); // finds it, uses it
        ASSERT_TRUE(again) << error.toStdString();
        QList<SharedStore::Entry> list;
        ASSERT_TRUE(again->list(&list, &error));
        ASSERT_EQ(list.size(), 1);
        EXPECT_EQ(list[0].fiscalYear, 2023);
    }
    // What a newer release leaves behind, written as another program would.
    auto tamper = [&](const QString &statement) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tamper"));
            db.setHostName(p.host);
            db.setPort(p.port);
            db.setUserName(p.user);
            db.setDatabaseName(name);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    };
    // A newer schema that only added (its lowest reader is this one) is used.
    tamper(QStringLiteral("UPDATE jixiao_meta SET value = '99' WHERE key = 'schema_version'"));
    tamper(QStringLiteral("ALTER TABLE fund ADD COLUMN colour TEXT"));
    {
        auto newer = SharedStore::connect(uri, &error);
        ASSERT_TRUE(newer) << error.toStdString();
        QList<SharedStore::Entry> list;
        ASSERT_TRUE(newer->list(&list, &error));
        ASSERT_EQ(list.size(), 1);
        Filing f;
        auto shared = newer->open(list[0].id, &f, &error);
        ASSERT_TRUE(shared) << error.toStdString();
        EXPECT_EQ(f, sampleFiling());
        // A filing in it that needs a newer program is refused, saying so.
        tamper(QStringLiteral("UPDATE filing SET readable_by = 99"));
        EXPECT_FALSE(newer->open(list[0].id, &f, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("newer version of Jixiao"))) << error.toStdString();
    }
    // One that changed what this version reads is refused.
    tamper(QStringLiteral("UPDATE jixiao_meta SET value = '99' WHERE key = 'readable_by_schema'"));
    EXPECT_FALSE(SharedStore::connect(uri, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version of Jixiao"))) << error.toStdString();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin2"));
        admin.setHostName(p.host);
        admin.setPort(p.port);
        admin.setUserName(p.user);
        admin.setDatabaseName(p.database);
        ASSERT_TRUE(admin.open());
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin2"));
}

} // namespace
