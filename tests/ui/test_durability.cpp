// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing committed is lost: the editor runs in a second process
// (ui_test_child) and is killed (SIGKILL) right after a committed edit, and
// while a person is typing steadily; the reopened draft holds every edit the
// editor reported as committed.
#include "durabilitysteps.h"
#include "uitestsupport.h"

#include "storage/draft.h"
#include "storage/filingfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <functional>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::test;
using namespace jixiao::ui::test;

namespace {

// Reads the child's "committed K" lines until `stop` says so; returns the last K.
int readCommits(QProcess &child, const std::function<bool(int)> &stop)
{
    int last = 0;
    while (!stop(last)) {
        if (!child.canReadLine() && !child.waitForReadyRead(20000))
            break;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("committed "))
                last = line.mid(10).toInt();
        }
    }
    return last;
}

// The value of each of the child's cells after its first k commits.
QString expectedAt(const Filing &base, int k, int cell)
{
    for (int j = k; j >= 1; --j) {
        if (j % DurabilityCells == cell)
            return durabilityValue(j);
    }
    FieldValue v;
    ui::readField(base, durabilityPointer(cell), &v);
    return v.value_or(QString());
}

// The number of commits the draft at `path` holds: the reported ones, or one
// more when the kill came after a commit but before its line was read.
int commitsInDraft(const QString &path, const Filing &base, int reported, QString *why)
{
    Filing saved;
    if (!loadFilingFile(path, &saved, why))
        return -1;
    for (int k : {reported, reported + 1}) {
        bool all = true;
        for (int cell = 0; cell < DurabilityCells && all; ++cell) {
            FieldValue v;
            ui::readField(saved, durabilityPointer(cell), &v);
            all = v.value_or(QString()) == expectedAt(base, k, cell);
        }
        if (all)
            return k;
    }
    *why = QStringLiteral("the draft holds neither %1 nor %2 commits").arg(reported).arg(reported + 1);
    return -1;
}

void killAndCheck(const QString &mode, int rounds, const std::function<bool(int, QElapsedTimer &)> &killWhen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.jixiao"));
    const Filing base = sampleFiling();
    QString error;
    ASSERT_TRUE(Draft::create(path, base, &error)) << error.toStdString();
    Filing current = base;
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE(round);
        // Each round starts from what the last left on disk.
        ASSERT_TRUE(loadFilingFile(path, &current, &error)) << error.toStdString();
        QProcess child;
        child.start(QStringLiteral(UI_TEST_CHILD), {mode, path});
        ASSERT_TRUE(child.waitForStarted());
        QElapsedTimer since;
        since.start();
        const int reported = readCommits(child, [&](int last) { return killWhen(last, since); });
        child.kill(); // SIGKILL: no close, no checkpoint
        child.waitForFinished();
        ASSERT_GT(reported, 0) << child.readAllStandardError().toStdString();
        const int held = commitsInDraft(path, current, reported, &error);
        ASSERT_GE(held, reported) << error.toStdString();
        // The next round's child starts counting at 1 again: reset the cells.
        Filing saved;
        ASSERT_TRUE(loadFilingFile(path, &saved, &error));
        for (int cell = 0; cell < DurabilityCells; ++cell) {
            FieldValue v;
            ui::readField(base, durabilityPointer(cell), &v);
            ui::writeField(&saved, durabilityPointer(cell), v);
        }
        Filing f;
        Draft::OpenInfo info;
        auto draft = Draft::open(path, &f, &info, &error);
        ASSERT_TRUE(draft) << error.toStdString();
        ASSERT_TRUE(draft->save(saved, &error)) << error.toStdString();
    }
}

} // namespace

// Killed at once after the k-th commit was reported.
TEST(UiDurability, AnEditKilledRightAfterItsCommitIsInTheDraft)
{
    auto *random = QRandomGenerator::global();
    int target = 0;
    killAndCheck(QStringLiteral("commit"), 6, [&](int last, QElapsedTimer &) {
        if (last == 0)
            target = 1 + int(random->bounded(6));
        return last >= target;
    });
}

// Killed in the middle of steady typing, a second or two in: the old
// autosave, restarted by every change, had saved nothing by then.
TEST(UiDurability, SteadyTypingKilledAtAnyInstantLosesNoCommittedCell)
{
    auto *random = QRandomGenerator::global();
    qint64 at = 0;
    killAndCheck(QStringLiteral("type"), 3, [&](int last, QElapsedTimer &since) {
        if (at == 0)
            at = 1000 + random->bounded(1500);
        return last > 0 && since.elapsed() >= at;
    });
}
