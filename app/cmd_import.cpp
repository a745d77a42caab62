// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "import/officeimport.h"
#include "rules/checks.h"
#include "storage/filingfile.h"

using namespace jixiao;

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        cli::Text::tr("Last year's form: .docx, .xlsx (Word, Excel, WPS), or .doc/.xls/.wps/.et with LibreOffice."));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("The filing to write (.jixiao draft or .json)."), QStringLiteral("OUT"));
    parser.addOption(output);
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("import")), arguments, QStringLiteral("FILE -o OUT"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(output)) {
        cli::err() << cli::Text::tr("import takes one file and -o OUT: import FILE -o OUT.jixiao|OUT.json") << Qt::endl;
        return cli::BadInput;
    }
    const QString out = parser.value(output);
    if (FilingFile::kindOf(out) == FilingFile::Unknown) {
        cli::err() << cli::Text::tr("import: OUT must end in .jixiao or .json, not “%1”.").arg(out) << Qt::endl;
        return cli::BadInput;
    }
    office::ImportResult result;
    QString error;
    if (!office::OfficeImport::importFile(pos[0], &result, &error)) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    for (const QString &note : result.notes)
        cli::out() << note << Qt::endl;
    if (!result.unmapped.isEmpty()) {
        cli::out() << cli::Text::tr("Not imported (%1 place(s) of the source):").arg(result.unmapped.size())
                   << Qt::endl;
        for (const QString &u : result.unmapped)
            cli::out() << QStringLiteral("  ") << u << Qt::endl;
    }
    if (!cli::saveFiling(out, result.filing))
        return cli::BadInput;

    // The checks at once: last year's slips show up before anything is copied on.
    const QList<Finding> findings = runChecks(result.filing);
    const FindingCounts counts = countFindings(findings);
    for (const Finding &f : findings)
        cli::out() << severityName(f.severity) << QStringLiteral("  ") << describeLocation(result.filing, f.pointer)
                   << QStringLiteral("  ") << f.message << QStringLiteral("  [") << f.rule << QStringLiteral("]")
                   << Qt::endl;
    cli::out() << cli::Text::tr("Wrote %1: %2 errors, %3 warnings, %4 hints; %5 place(s) not imported.")
                      .arg(out)
                      .arg(counts.errors)
                      .arg(counts.warnings)
                      .arg(counts.infos)
                      .arg(result.unmapped.size())
               << Qt::endl;
    cli::out().flush();
    return counts.errors > 0 || !result.unmapped.isEmpty() ? cli::Findings : cli::Ok;
}
