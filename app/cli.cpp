// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "console.h"
#include "model/jsonio.h"
#include "storage/filingfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace jixiao::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"convert", QT_TRANSLATE_NOOP("jixiao::cli", "Convert a filing between formats (.json interchange, .jixiao draft)"), false, runConvert},
        {"sample", QT_TRANSLATE_NOOP("jixiao::cli", "Write the bundled sample filing (the seed)"), false, runSample},
        {"generate", QT_TRANSLATE_NOOP("jixiao::cli", "Write a large generated filing for tests and benchmarks"), false,
         runGenerate},
        {"export-pdf", QT_TRANSLATE_NOOP("jixiao::cli", "Print the official tables to a PDF, ready to stamp and sign"), true,
         runExportPdf},
        {"verify", QT_TRANSLATE_NOOP("jixiao::cli", "Print the verification code (校验码) of a filing"), false, runVerify},
        {"new-year", QT_TRANSLATE_NOOP("jixiao::cli", "Start next year's filing from last year's"), false, runNewYear},
        {"diff", QT_TRANSLATE_NOOP("jixiao::cli", "Show what changed between two filings"), false, runDiff},
        {"push", QT_TRANSLATE_NOOP("jixiao::cli", "Store a filing in the shared PostgreSQL store"), false, runPush},
        {"pull", QT_TRANSLATE_NOOP("jixiao::cli", "Copy a filing from the shared store into a local draft"), false,
         runPull},
        {"validate", QT_TRANSLATE_NOOP("jixiao::cli", "Check a filing: sums, calculations, targets, years, completeness"),
         false, runValidate},
        {"import", QT_TRANSLATE_NOOP("jixiao::cli", "Import last year's Word/Excel forms into a filing, and check it"),
         false, runImport},
        {"export-xlsx", QT_TRANSLATE_NOOP("jixiao::cli", "Export the official tables to an Excel workbook"), false,
         runExportXlsx},
        {"rules", QT_TRANSLATE_NOOP("jixiao::cli", "List the checks validate runs, and why each exists"), false, runRules},
    };
    return list;
}

const Command *find(const QString &name)
{
    for (const Command &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QTextStream &out()
{
    static const std::unique_ptr<QTextStream> s(openStandardStream(stdout)); // flushed at exit
    return *s;
}

QTextStream &err()
{
    static const std::unique_ptr<QTextStream> s(openStandardStream(stderr));
    return *s;
}

bool parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments,
           const QString &positionalSyntax, int *exitCode)
{
    parser.setApplicationDescription(Text::tr(command.summary));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints "Usage: jixiao [options]"; name the subcommand and its arguments.
        text.replace(QRegularExpression(QStringLiteral("^Usage: (\\S+)")),
                     QStringLiteral("Usage: \\1 ") + QLatin1String(command.name));
        text.replace(QStringLiteral("[options]"), QStringLiteral("[options] ") + positionalSyntax);
        out() << text;
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool loadFiling(const QString &path, Filing *filing)
{
    QString error;
    if (!loadFilingFile(path, filing, &error)) {
        err() << error << Qt::endl;
        return false;
    }
    return true;
}

bool saveFiling(const QString &path, const Filing &filing, const files::WriteOptions &options)
{
    QString error;
    if (!saveFilingFile(path, filing, &error, options)) {
        err() << error << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(
        QStringLiteral("force"), Text::tr("Replace the output even if it is a read-only file (it stays read-only)."));
}

} // namespace jixiao::cli
