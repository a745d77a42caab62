// SPDX-License-Identifier: GPL-3.0-or-later
// Importing last year's forms and exporting the tables to Excel,
// with the JSON import of the same filing as the baseline in the same run.
#include "import/formmapper.h"
#include "import/officeimport.h"
#include "import/sourcegrid.h"
#include "import/xlsxexport.h"
#include "model/generator.h"
#include "model/jsonio.h"
#include "testsupport.h"

#include <benchmark/benchmark.h>

#include <QFile>

using namespace jixiao;
using namespace jixiao::office;

namespace {

QByteArray readFixture(const char *name)
{
    QFile f(jixiao::testing::importFixture(QLatin1String(name)));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// The sample's .docx as LibreOffice wrote it: unzip, read, map.
void BM_ImportSampleDocx(benchmark::State &state)
{
    const QByteArray docx = readFixture("seed.docx");
    for (auto _ : state) {
        QList<SourceRow> rows;
        QStringList notes;
        QString error;
        ImportResult r;
        if (!OfficeReader::readDocx(docx, &rows, &notes, &error) || !FormMapper::map(rows, &r, &error))
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ImportSampleDocx)->Unit(benchmark::kMillisecond);

// Files as offices make them, through the whole import (file, zip, reader,
// mapper): the Word template with merged cells and 续表, and the workbook
// whose totals are formulas without stored results.
void BM_ImportClerkFile(benchmark::State &state, const char *name)
{
    const QString path = jixiao::testing::importFixture(QLatin1String(name));
    for (auto _ : state) {
        ImportResult r;
        QString error;
        if (!OfficeImport::importFile(path, &r, &error))
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK_CAPTURE(BM_ImportClerkFile, docx, "clerk.docx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportClerkFile, xlsx, "clerk.xlsx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportClerkFile, hubeiDocx, "hubei.docx")->Unit(benchmark::kMillisecond);

void BM_ImportSampleJson(benchmark::State &state) // baseline
{
    const QByteArray json = FilingJson::toJson(sampleFiling());
    for (auto _ : state) {
        Filing f;
        FilingJson::fromJson(json, &f, nullptr);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_ImportSampleJson)->Unit(benchmark::kMillisecond);

void BM_ExportXlsx(benchmark::State &state)
{
    const Filing f = generateFiling({.directions = int(state.range(0))});
    qsizetype size = 0;
    for (auto _ : state) {
        QByteArray out;
        QString error;
        if (!XlsxExport::toXlsx(f, &out, &error))
            state.SkipWithError("export failed");
        size = out.size();
    }
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_ExportXlsx)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_ExportJson500(benchmark::State &state) // baseline
{
    const Filing f = generateFiling({.directions = 500});
    for (auto _ : state)
        benchmark::DoNotOptimize(FilingJson::toJson(f));
}
BENCHMARK(BM_ExportJson500)->Unit(benchmark::kMillisecond);

// The 500-direction workbook read back (every sheet, then the mapper).
void BM_ImportXlsx500(benchmark::State &state)
{
    QByteArray xlsx;
    QString error;
    XlsxExport::toXlsx(generateFiling({.directions = 500}), &xlsx, &error);
    for (auto _ : state) {
        QList<SourceRow> rows;
        QStringList notes;
        ImportResult r;
        if (!OfficeReader::readXlsx(xlsx, &rows, &notes, &error) || !FormMapper::map(rows, &r, &error))
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ImportXlsx500)->Unit(benchmark::kMillisecond);

} // namespace
