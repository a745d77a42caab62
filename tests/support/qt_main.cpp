// SPDX-License-Identifier: GPL-3.0-or-later
// The one main of every test and benchmark program, built per runner
// (GoogleTest, or Google Benchmark with JIXIAO_MAIN_BENCHMARK) and per kind
// of Qt application the program needs.
#include "testsupport.h"

#if defined(JIXIAO_MAIN_BENCHMARK)
#include <benchmark/benchmark.h>
#else
#include <gtest/gtest.h>
#endif

#if defined(JIXIAO_APP_WIDGETS)
#include <QApplication>
using App = QApplication;
#elif defined(JIXIAO_APP_GUI)
#include <QGuiApplication>
using App = QGuiApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    const jixiao::testing::IsolatedRun run;
    App app(argc, argv);
#if defined(JIXIAO_MAIN_BENCHMARK)
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
#else
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
#endif
}
