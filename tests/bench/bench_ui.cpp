// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's two numbers:
//  - the keystroke that commits an amount cell (Enter) of the 500-direction
//    generated filing to the checks panel showing the new findings (goal
//    < 50 ms), and to the edit being on disk (goal < 5 ms);
//  - process start to the window shown with the sample loaded (goal < 500 ms),
//    the real executable started with --exit-when-shown.
#include "checkspanel.h"
#include "dialogs.h"
#include "document.h"
#include "formmodel.h"
#include "formview.h"
#include "mainwindow.h"
#include "model/generator.h"
#include "storage/draft.h"
#include "testsupport.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace jixiao;
using namespace jixiao::ui;

namespace {

struct LargeWindow
{
    jixiao::testing::TempSettings temp;
    MainWindow w {&temp.settings};
    QString pointer;
    QModelIndex cell;
    LargeWindow()
    {
        dialogs::setAnswerer(dialogs::unattended());
        GeneratorOptions o;
        o.directions = 500;
        w.setFiling(generateFiling(o), QString());
        // Every commit is saved at once, as in use: into a draft here.
        w.document()->setDraftFolder(temp.dir.filePath(QStringLiteral("drafts")));
        w.show();
        const int fund = int(w.filing().funds.size()) / 2;
        w.showDirection(fund, 0);
        pointer = QStringLiteral("/funds/%1/directions/0/details/0/amount").arg(fund);
        cell = w.currentModel()->indexForPointer(pointer);
        QCoreApplication::processEvents();
    }
    // Opens the cell's editor and types a new amount (not yet committed).
    QWidget *typeAmount(int i)
    {
        w.formView()->setCurrentIndex(cell);
        static_cast<QAbstractItemView *>(w.formView())->edit(cell);
        QWidget *editor = w.formView()->indexWidget(cell);
        editor->setProperty("text", QString());
        QTest::keyClicks(editor, QString::number(1 + i % 97));
        return editor;
    }
    // Enter: the delegate commits (queued), the document saves, the table follows.
    void commit(QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
};

LargeWindow &large()
{
    static LargeWindow *w = new LargeWindow;
    return *w;
}

// The keystroke that commits an amount (Enter) to the checks panel showing
// the new findings: undo command, save, table, total, checks, panel.
void BM_KeystrokeToChecksPanel(benchmark::State &state)
{
    LargeWindow &l = large();
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QWidget *editor = l.typeAmount(i++);
        state.ResumeTiming();
        l.commit(editor);
        l.w.checkRunner()->runNow();
        QCoreApplication::processEvents();
        if (l.w.checkRunner()->isPending())
            state.SkipWithError("checks still pending");
    }
}
BENCHMARK(BM_KeystrokeToChecksPanel)->Unit(benchmark::kMillisecond)->Iterations(30);

// Enter to the edit on disk (synced): the goal is under 5 ms.
void BM_CommittedEditToDurable(benchmark::State &state)
{
    LargeWindow &l = large();
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QWidget *editor = l.typeAmount(i++);
        const qint64 before = l.w.document()->draft() ? l.w.document()->draft()->revision() : 0;
        state.ResumeTiming();
        l.commit(editor);
        state.PauseTiming();
        if (!l.w.document()->draft() || l.w.document()->draft()->revision() != before + 1
            || l.w.document()->isModified())
            state.SkipWithError("the edit was not saved at once");
        state.ResumeTiming();
    }
}
BENCHMARK(BM_CommittedEditToDurable)->Unit(benchmark::kMillisecond)->Iterations(30);

// The save alone, as Document::saveNow does it after each commit.
void BM_SaveOneCell(benchmark::State &state)
{
    LargeWindow &l = large();
    Filing f = l.w.filing();
    QString error;
    int i = 0;
    if (!l.w.document()->draft())
        l.w.document()->saveNow(&error);
    Draft *draft = l.w.document()->draft();
    for (auto _ : state) {
        state.PauseTiming();
        ui::writeField(&f, l.pointer, QString::number(1000 + i++));
        state.ResumeTiming();
        if (!draft || !draft->save(f, &error))
            state.SkipWithError("save failed");
    }
    // The window's document is behind the draft now: put it back.
    if (draft)
        draft->save(l.w.filing(), &error);
}
BENCHMARK(BM_SaveOneCell)->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_ChecksOnly(benchmark::State &state)
{
    LargeWindow &l = large();
    for (auto _ : state)
        benchmark::DoNotOptimize(runChecks(l.w.filing()));
}
BENCHMARK(BM_ChecksOnly)->Unit(benchmark::kMillisecond)->Iterations(20);

// Switching to the summary of the large filing (600 rows, wrapped goals).
void BM_ShowLargeSummary(benchmark::State &state)
{
    LargeWindow &l = large();
    const int fund = l.w.currentFund();
    for (auto _ : state) {
        l.w.showSummary();
        QCoreApplication::processEvents();
        state.PauseTiming();
        l.w.showDirection(fund, 0);
        state.ResumeTiming();
    }
    l.w.showDirection(fund, 0);
    l.cell = l.w.currentModel()->indexForPointer(l.pointer);
}
BENCHMARK(BM_ShowLargeSummary)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_StartupToWindowShown(benchmark::State &state)
{
    QTemporaryDir home;
    for (auto _ : state) {
        QProcess p;
        p.setProcessEnvironment(jixiao::testing::isolatedEnvironment(home.path()));
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(JIXIAO_EXE), {QStringLiteral("--sample"), QStringLiteral("--exit-when-shown")});
        if (!p.waitForFinished(20000) || p.exitCode() != 0) {
            state.SkipWithError("jixiao did not start");
            break;
        }
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_StartupToWindowShown)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(15);

} // namespace
