// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "model/jsonio.h"

#include <QCoreApplication>

using namespace jixiao;

int runSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption force = cli::forceOption();
    parser.addOptions({output, force});
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("sample")), arguments, QStringLiteral("-o FILE"), &exit))
        return exit;
    if (!parser.isSet(output) || !parser.positionalArguments().isEmpty()) {
        cli::err() << cli::Text::tr("sample needs -o FILE.") << Qt::endl;
        return cli::BadInput;
    }
    files::WriteOptions options;
    options.force = parser.isSet(force);
    if (!cli::saveFiling(parser.value(output), sampleFiling(), options))
        return cli::BadInput;
    cli::out() << cli::Text::tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return cli::Ok;
}
