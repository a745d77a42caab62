// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

using namespace jixiao;

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), cli::Text::tr("The filing to read."));
    parser.addPositionalArgument(QStringLiteral("OUT"), cli::Text::tr("Where to write it."));
    const QCommandLineOption force = cli::forceOption();
    parser.addOption(force);
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("convert")), arguments, QStringLiteral("IN OUT"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        cli::err() << cli::Text::tr("convert takes two files: IN OUT") << Qt::endl;
        return cli::BadInput;
    }
    Filing filing;
    if (!cli::loadFiling(pos[0], &filing))
        return cli::BadInput;
    files::WriteOptions options;
    options.force = parser.isSet(force);
    if (!cli::saveFiling(pos[1], filing, options))
        return cli::BadInput;
    cli::out() << cli::Text::tr("Wrote %1").arg(pos[1]) << Qt::endl;
    return cli::Ok;
}
