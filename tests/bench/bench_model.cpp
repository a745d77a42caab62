// SPDX-License-Identifier: GPL-3.0-or-later
// Importing and exporting the interchange format at the sizes the issues name.
#include "model/generator.h"
#include "model/jsonio.h"
#include "model/jsonscan.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace jixiao;

namespace {

const QByteArray &largeJson(int directions)
{
    static QMap<int, QByteArray> cache;
    if (!cache.contains(directions))
        cache.insert(directions, FilingJson::toJson(generateFiling({.directions = directions})));
    return cache[directions];
}

void BM_ImportJson(benchmark::State &state)
{
    const QByteArray &json = largeJson(int(state.range(0)));
    for (auto _ : state) {
        Filing f;
        ImportError e;
        if (!FilingJson::fromJson(json, &f, &e))
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(f);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * json.size());
    state.counters["directions"] = double(state.range(0));
}
BENCHMARK(BM_ImportJson)->Arg(125)->Arg(250)->Arg(500)->Unit(benchmark::kMillisecond);

// The strict pass alone (duplicate keys, control characters, surrogates,
// UTF-8), which BM_ImportJson includes: import before it ≈ import − this.
void BM_StrictScanJson(benchmark::State &state)
{
    const QByteArray &json = largeJson(int(state.range(0)));
    for (auto _ : state) {
        json::ScanError e;
        if (!json::strictScan(json, &e))
            state.SkipWithError("scan refused");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * json.size());
}
BENCHMARK(BM_StrictScanJson)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_ExportJson(benchmark::State &state)
{
    const Filing f = generateFiling({.directions = int(state.range(0))});
    for (auto _ : state)
        benchmark::DoNotOptimize(FilingJson::toJson(f));
}
BENCHMARK(BM_ExportJson)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_ImportSample(benchmark::State &state)
{
    const QByteArray json = FilingJson::toJson(sampleFiling());
    for (auto _ : state) {
        Filing f;
        FilingJson::fromJson(json, &f, nullptr);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_ImportSample)->Unit(benchmark::kMicrosecond);

} // namespace
