// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "model/generator.h"

#include <QCoreApplication>

using namespace jixiao;

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption directions(QStringLiteral("directions"),
        cli::Text::tr("Number of expenditure directions (500)."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption indicators(QStringLiteral("indicators"), cli::Text::tr("Indicators per direction (12)."),
        QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption details(QStringLiteral("details"), cli::Text::tr("Detail lines per direction (10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption projects(QStringLiteral("projects"),
        cli::Text::tr("Number of project forms (0), alternately in the Hunan and the national layout."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), cli::Text::tr("Random seed."), QStringLiteral("N"), QStringLiteral("2023"));
    const QCommandLineOption year(
        QStringLiteral("year"), cli::Text::tr("Fiscal year."), QStringLiteral("YEAR"), QStringLiteral("2023"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption defects(QStringLiteral("defects"),
        cli::Text::tr("Plant one of each known defect (sum, basis, stale year, conflicting target)."));
    const QCommandLineOption force = cli::forceOption();
    parser.addOptions({directions, indicators, details, projects, seed, year, output, defects, force});
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("generate")), arguments, QStringLiteral("-o FILE"), &exit))
        return exit;
    GeneratorOptions o;
    bool ok[6];
    o.directions = parser.value(directions).toInt(&ok[0]);
    o.indicatorsPerDirection = parser.value(indicators).toInt(&ok[1]);
    o.detailsPerDirection = parser.value(details).toInt(&ok[2]);
    o.seed = parser.value(seed).toUInt(&ok[3]);
    o.fiscalYear = parser.value(year).toInt(&ok[4]);
    o.projects = parser.value(projects).toInt(&ok[5]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || !ok[5] || o.directions < 1 || o.directions > 100000
        || o.projects < 0 || o.projects > 10000 || o.indicatorsPerDirection < 0 || o.indicatorsPerDirection > 100
        || o.detailsPerDirection < 0 || o.detailsPerDirection > 1000 || o.fiscalYear < 2000 || o.fiscalYear > 2100) {
        cli::err() << cli::Text::tr("generate: the numbers are out of range.") << Qt::endl;
        return cli::BadInput;
    }
    if (!parser.isSet(output)) {
        cli::err() << cli::Text::tr("generate needs -o FILE.") << Qt::endl;
        return cli::BadInput;
    }
    const bool plant = parser.isSet(defects);
    o.plantDetailSumMismatch = o.plantBasisMismatch = o.plantStaleYear = o.plantTargetConflict = plant;
    files::WriteOptions options;
    options.force = parser.isSet(force);
    if (!cli::saveFiling(parser.value(output), generateFiling(o), options))
        return cli::BadInput;
    cli::out() << cli::Text::tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return cli::Ok;
}
