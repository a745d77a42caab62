// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's two numbers (issue 5):
//  - a keystroke in an amount cell of the 500-direction generated filing to
//    the checks panel showing the new findings (goal < 50 ms), and the parts:
//    the keystroke to the updated table, the checks, the panel;
//  - process start to the window shown with the sample loaded (goal < 500 ms),
//    the real executable started with --exit-when-shown.
#include "checkspanel.h"
#include "dialogs.h"
#include "document.h"
#include "formmodel.h"
#include "formview.h"
#include "mainwindow.h"
#include "model/generator.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace jixiao;
using namespace jixiao::ui;

namespace {

struct LargeWindow
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    MainWindow w {&settings};
    QString pointer;
    QWidget *editor = nullptr;
    LargeWindow()
    {
        dialogs::setTestMode(true);
        GeneratorOptions o;
        o.directions = 500;
        w.setFiling(generateFiling(o), QString());
        w.document()->setDraftFolder(QString()); // measure editing, not autosave
        w.show();
        const int fund = int(w.filing().funds.size()) / 2;
        w.showDirection(fund, 0);
        pointer = QStringLiteral("/funds/%1/directions/0/details/0/amount").arg(fund);
        const QModelIndex cell = w.currentModel()->indexForPointer(pointer);
        w.formView()->setCurrentIndex(cell);
        static_cast<QAbstractItemView *>(w.formView())->edit(cell);
        editor = w.formView()->indexWidget(cell);
        QCoreApplication::processEvents();
    }
    void key(char c) { QTest::keyClick(editor, c); }
};

LargeWindow &large()
{
    static LargeWindow *w = new LargeWindow;
    return *w;
}

// Type a digit (live commit → undo command → table → total), run the checks,
// show them in the panel.
void BM_KeystrokeToChecksPanel(benchmark::State &state)
{
    LargeWindow &l = large();
    int i = 0;
    for (auto _ : state) {
        l.key(char('1' + (i++ % 9)));
        l.w.checkRunner()->runNow();
        QCoreApplication::processEvents();
        if (l.w.checkRunner()->isPending())
            state.SkipWithError("checks still pending");
        // Keep the amount short: take the digits back out, untimed.
        state.PauseTiming();
        if (l.editor->property("text").toString().size() > 6)
            for (int k = 0; k < 3; ++k)
                QTest::keyClick(l.editor, Qt::Key_Backspace);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_KeystrokeToChecksPanel)->Unit(benchmark::kMillisecond)->Iterations(30);

void BM_KeystrokeToTable(benchmark::State &state)
{
    LargeWindow &l = large();
    int i = 0;
    for (auto _ : state) {
        l.key(char('1' + (i++ % 9)));
        QCoreApplication::processEvents();
        // Keep the amount short: take the digits back out, untimed.
        state.PauseTiming();
        if (l.editor->property("text").toString().size() > 6)
            for (int k = 0; k < 3; ++k)
                QTest::keyClick(l.editor, Qt::Key_Backspace);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_KeystrokeToTable)->Unit(benchmark::kMillisecond)->Iterations(30);

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
    const QModelIndex cell = l.w.currentModel()->indexForPointer(l.pointer);
    l.w.formView()->setCurrentIndex(cell);
    static_cast<QAbstractItemView *>(l.w.formView())->edit(cell);
    l.editor = l.w.formView()->indexWidget(cell);
}
BENCHMARK(BM_ShowLargeSummary)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_StartupToWindowShown(benchmark::State &state)
{
    QTemporaryDir home;
    for (auto _ : state) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
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
