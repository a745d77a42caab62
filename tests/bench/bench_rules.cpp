// SPDX-License-Identifier: GPL-3.0-or-later
// A full check, as the editor runs it on every keystroke: on generated
// filings of 500, 1000 and 2000 directions (12 indicators and 10 detail lines
// each; cost must grow linearly) and on the sample.
//   build/bench/bench_rules --benchmark_repetitions=9 --benchmark_report_aggregates_only=true
#include "rules/checks.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QMap>

using namespace jixiao;

namespace {

const Filing &generated(int directions)
{
    static QMap<int, Filing> cache;
    if (!cache.contains(directions))
        cache.insert(directions,
            generateFiling({.directions = directions, .indicatorsPerDirection = 12, .detailsPerDirection = 10}));
    return cache[directions];
}

void BM_Check(benchmark::State &state)
{
    const Filing &filing = generated(int(state.range(0)));
    qsizetype findings = 0;
    for (auto _ : state) {
        const QList<Finding> list = runChecks(filing);
        findings = list.size();
        benchmark::DoNotOptimize(list);
    }
    state.counters["directions"] = double(state.range(0));
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_Check)->Arg(500)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond);

// The same filing with the four planted defects: findings cost little.
void BM_CheckWithDefects(benchmark::State &state)
{
    GeneratorOptions o {.directions = 500};
    o.plantDetailSumMismatch = o.plantBasisMismatch = o.plantStaleYear = o.plantTargetConflict = true;
    const Filing filing = generateFiling(o);
    for (auto _ : state)
        benchmark::DoNotOptimize(runChecks(filing));
}
BENCHMARK(BM_CheckWithDefects)->Unit(benchmark::kMillisecond);

void BM_CheckSample(benchmark::State &state)
{
    const Filing filing = sampleFiling();
    for (auto _ : state)
        benchmark::DoNotOptimize(runChecks(filing));
}
BENCHMARK(BM_CheckSample)->Unit(benchmark::kMicrosecond);

// What the editor shows next to each finding.
void BM_DescribeSampleFindings(benchmark::State &state)
{
    const Filing filing = sampleFiling();
    const QList<Finding> findings = runChecks(filing);
    for (auto _ : state)
        for (const Finding &f : findings)
            benchmark::DoNotOptimize(describeLocation(filing, f.pointer));
}
BENCHMARK(BM_DescribeSampleFindings)->Unit(benchmark::kMicrosecond);

} // namespace
