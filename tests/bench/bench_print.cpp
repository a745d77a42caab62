// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: layout alone (measure + paginate) and the whole PDF export, for
// the sample and for the large generated filing (500 directions).
#include "print/filingprinter.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

const Filing &generated(int directions)
{
    static QHash<int, Filing> made;
    if (!made.contains(directions)) {
        GeneratorOptions o;
        o.directions = directions;
        made.insert(directions, generateFiling(o));
    }
    return made[directions];
}

const Filing &large()
{
    return generated(500);
}

void BM_LayoutSample(benchmark::State &state)
{
    const Filing f = sampleFiling();
    int pages = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(pages = FilingPrinter::pageCount(f, {}, {}));
    state.counters["pages"] = pages;
}
BENCHMARK(BM_LayoutSample)->Unit(benchmark::kMillisecond);

void BM_ExportSamplePdf(benchmark::State &state)
{
    const Filing f = sampleFiling();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.pdf"));
    for (auto _ : state) {
        QString error;
        if (!FilingPrinter::exportPdf(f, path, {}, {}, &error))
            state.SkipWithError(error.toUtf8().constData());
    }
}
BENCHMARK(BM_ExportSamplePdf)->Unit(benchmark::kMillisecond);

void BM_Layout500Directions(benchmark::State &state)
{
    const Filing &f = large();
    int pages = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(pages = FilingPrinter::pageCount(f, {}, {}));
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Layout500Directions)->Unit(benchmark::kMillisecond)->Iterations(3);

// The 200- and 500-direction filings of the issue, whole to PDF.
void BM_ExportDirectionsPdf(benchmark::State &state)
{
    const Filing &f = generated(int(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    int pages = 0;
    for (auto _ : state) {
        QString error;
        if (!FilingPrinter::exportPdf(f, path, {}, {}, &error, &pages))
            state.SkipWithError(error.toUtf8().constData());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ExportDirectionsPdf)->Arg(200)->Arg(500)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
