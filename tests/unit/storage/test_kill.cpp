// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost: a writer process is killed (SIGKILL) at random
// instants, at least 200 times, each kill followed by integrity_check and a
// comparison with the steps it reported as saved.
#include "killsteps.h"
#include "storagetestutil.h"

#include "storage/draft.h"
#include "storage/filingfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <map>

using namespace jixiao;
using namespace jixiao::test;

namespace {

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            result = q.lastError().text();
        else
            while (q.next())
                result += q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));
    return result;
}

TEST(KillTest, EveryKillLeavesAnIntactDraftWithEverySavedStep)
{
    constexpr int Kills = 200;
    constexpr qint64 BudgetMs = 240'000; // bounded: fails rather than hangs on a slow machine
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.jixiao"));
    const Filing base = killBase();
    QString error;
    ASSERT_TRUE(Draft::create(path, base, &error)) << error.toStdString();

    // f(k), computed once each.
    std::map<int, Filing> expected {{0, base}};
    auto expectedAt = [&](int k) -> const Filing & {
        int have = expected.rbegin()->first;
        while (have < k) {
            expected[have + 1] = killStep(expected[have], have + 1);
            ++have;
        }
        return expected.at(k);
    };

    Random r(20240601);
    QElapsedTimer timer;
    timer.start();
    int lastSaved = 0;
    int killedMidSave = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        ASSERT_LT(timer.elapsed(), BudgetMs) << "only " << kill << " kills in the time budget";
        QProcess child;
        child.start(QStringLiteral(STORAGE_TEST_CHILD), {QStringLiteral("write"), path});
        ASSERT_TRUE(child.waitForStarted());
        ASSERT_TRUE(child.waitForReadyRead(20000)) << "kill " << kill << ": " << child.readAllStandardError().data();
        // Let it commit a random number of steps, then kill it a random
        // instant later: often in the middle of the next commit.
        QByteArray out;
        const int target = 1 + r.below(8);
        while (out.count("saved ") < target) {
            ASSERT_TRUE(child.state() == QProcess::Running) << child.readAllStandardError().data();
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
            ASSERT_LT(timer.elapsed(), BudgetMs);
        }
        QThread::usleep(r.below(3000));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(20000));
        out += child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        ASSERT_TRUE(err.isEmpty()) << "kill " << kill << ": " << err.data();
        for (const QByteArray &line : out.split('\n'))
            if (line.startsWith("saved "))
                lastSaved = line.mid(6).toInt();

        // Every other time, the first to touch the crashed file is a reader
        // (convert, validate): it repairs the journal as well.
        Filing loaded;
        if (kill % 2) {
            ASSERT_TRUE(loadFilingFile(path, &loaded, &error)) << "kill " << kill << ": " << error.toStdString();
        }
        ASSERT_EQ(integrityCheck(path), QStringLiteral("ok")) << "kill " << kill;
        Draft::OpenInfo info;
        auto d = Draft::open(path, &loaded, &info, &error);
        ASSERT_TRUE(d) << "kill " << kill << ": " << error.toStdString();
        EXPECT_FALSE(d->isReadOnly());
        const int k = killStepOf(loaded);
        // Saved steps are all there; the one being saved at the kill is either
        // wholly there or wholly absent.
        ASSERT_GE(k, lastSaved) << "kill " << kill << " lost a saved step";
        ASSERT_LE(k, lastSaved + 1) << "kill " << kill;
        if (k == lastSaved + 1)
            ++killedMidSave;
        ASSERT_SAME_FILING(loaded, expectedAt(k)) << "kill " << kill << " at step " << k;
        lastSaved = k;
    }
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(left, QStringList {QStringLiteral("kill.jixiao")});
    // "during a save": the step being saved when the kill came was found
    // complete (its commit had reached the file, its report had not).
    std::printf("[ kill test ] %d kills, %d steps saved, %d kills during a save, %lld ms\n", Kills, lastSaved,
        killedMidSave, qint64(timer.elapsed()));
    EXPECT_GE(lastSaved, Kills); // at least one commit between kills
}

} // namespace
