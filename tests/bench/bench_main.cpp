// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every benchmark program, built per kind of Qt application
// (as tests/support/gtest_qt_main.cpp is for the tests).
#include <benchmark/benchmark.h>

#include <QtGlobal>
#if defined(JIXIAO_BENCH_WIDGETS)
#include <QApplication>
using App = QApplication;
#elif defined(JIXIAO_BENCH_GUI)
#include <QGuiApplication>
using App = QGuiApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Fonts and widgets need a platform, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LANGUAGE", "en");
    App app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
