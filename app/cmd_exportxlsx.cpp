// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "import/xlsxexport.h"

using namespace jixiao;

int runExportXlsx(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("The filing to export (.jixiao or .json)."));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("The workbook to write (.xlsx)."), QStringLiteral("OUT.xlsx"));
    const QCommandLineOption force = cli::forceOption();
    parser.addOptions({output, force});
    int exit = cli::Ok;
    if (!cli::parse(
            parser, *cli::find(QStringLiteral("export-xlsx")), arguments, QStringLiteral("FILE -o OUT.xlsx"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(output)) {
        cli::err() << cli::Text::tr("export-xlsx takes one file and -o OUT.xlsx") << Qt::endl;
        return cli::BadInput;
    }
    Filing filing;
    if (!cli::loadFiling(pos[0], &filing))
        return cli::BadInput;
    QString error;
    files::WriteOptions options;
    options.force = parser.isSet(force);
    if (!office::XlsxExport::writeFile(parser.value(output), filing, &error, options)) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    cli::out() << cli::Text::tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return cli::Ok;
}
