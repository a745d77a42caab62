// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts at the size the issue names (500 directions, 12 indicators and 10
// detail lines each): opening under 150 ms, one edited cell committed under
// 5 ms. Run with scripts/bench.sh Draft (medians of 9 repetitions).
#include "model/generator.h"
#include "storage/draft.h"
#include "storage/sharedstore.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

const Filing &largeFiling()
{
    static const Filing f
        = generateFiling({.directions = 500, .indicatorsPerDirection = 12, .detailsPerDirection = 10});
    return f;
}

const QString &largeDraft()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("large.jixiao"));
        QString error;
        if (!Draft::create(p, largeFiling(), &error))
            qFatal("%s", qPrintable(error));
        return p;
    }();
    return path;
}

void BM_DraftOpenLarge(benchmark::State &state)
{
    const QString &path = largeDraft();
    for (auto _ : state) {
        Filing f;
        QString error;
        std::unique_ptr<Draft> d = Draft::open(path, &f, nullptr, &error);
        if (!d || f.directionCount() != 500)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(f);
        state.PauseTiming();
        d.reset();
        state.ResumeTiming();
    }
    state.counters["directions"] = 500;
}
BENCHMARK(BM_DraftOpenLarge)->Unit(benchmark::kMillisecond);

void BM_DraftSaveOneCell(benchmark::State &state)
{
    Filing f;
    QString error;
    std::unique_ptr<Draft> d = Draft::open(largeDraft(), &f, nullptr, &error);
    if (!d) {
        state.SkipWithError("open failed");
        return;
    }
    qint64 n = 0;
    for (auto _ : state) {
        // What the editor does on a keystroke: one cell of a copy that shares
        // everything else, then autosave.
        f.funds[7].directions[2].details[4].amount = Money::fromMicros(++n * 10'000);
        if (!d->save(f, &error))
            state.SkipWithError("save failed");
    }
    state.counters["rows"] = d->lastSaveRowCount();
}
BENCHMARK(BM_DraftSaveOneCell)->Unit(benchmark::kMillisecond);

void BM_DraftSaveOneText(benchmark::State &state)
{
    Filing f;
    QString error;
    std::unique_ptr<Draft> d = Draft::open(largeDraft(), &f, nullptr, &error);
    if (!d) {
        state.SkipWithError("open failed");
        return;
    }
    qint64 n = 0;
    for (auto _ : state) {
        f.funds.last().directions.last().indicators[3].value = QStringLiteral("≥%1%").arg(++n % 100);
        if (!d->save(f, &error))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_DraftSaveOneText)->Unit(benchmark::kMillisecond);

void BM_DraftCreateLarge(benchmark::State &state)
{
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        QString error;
        std::unique_ptr<Draft> d
            = Draft::create(dir.filePath(QStringLiteral("c%1.jixiao").arg(n++)), largeFiling(), &error);
        if (!d)
            state.SkipWithError("create failed");
    }
}
BENCHMARK(BM_DraftCreateLarge)->Unit(benchmark::kMillisecond)->Iterations(3);

// The shared store, where a server is given (JIXIAO_TEST_PG_URI).
void BM_SharedSaveOneCell(benchmark::State &state)
{
    const QString uri = qEnvironmentVariable("JIXIAO_TEST_PG_URI");
    if (uri.isEmpty()) {
        state.SkipWithError("JIXIAO_TEST_PG_URI is not set");
        return;
    }
    QString error;
    auto store = SharedStore::connect(uri, &error);
    qint64 id = 0;
    if (!store || !store->insert(largeFiling(), &id, &error)) {
        state.SkipWithError("no shared store");
        return;
    }
    Filing f;
    auto doc = store->open(id, &f, &error);
    qint64 n = 0;
    for (auto _ : state) {
        f.funds[7].directions[2].details[4].amount = Money::fromMicros(++n * 10'000);
        if (doc->save(f, &error) != SharedFiling::Saved)
            state.SkipWithError("save failed");
    }
    store->remove(id, nullptr);
}
BENCHMARK(BM_SharedSaveOneCell)->Unit(benchmark::kMillisecond);

} // namespace
