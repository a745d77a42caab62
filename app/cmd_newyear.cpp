// SPDX-License-Identifier: GPL-3.0-or-later
// jixiao new-year FILE --year 2024 -o NEW.jixiao [--clear-amounts] [--replace-years]
#include "cli.h"

#include "model/carryforward.h"

#include <QFileInfo>

using namespace jixiao;

int runNewYear(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("Last year's filing (.jixiao or .json)."));
    const QCommandLineOption year(QStringLiteral("year"),
        cli::Text::tr("The new fiscal year (default: the year after FILE's)."), QStringLiteral("YEAR"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("The new filing to create (.jixiao or .json); never replaced."), QStringLiteral("NEW"));
    const QCommandLineOption clear(
        QStringLiteral("clear-amounts"), cli::Text::tr("Empty every amount instead of keeping last year's."));
    const QCommandLineOption replace(QStringLiteral("replace-years"),
        cli::Text::tr("Move the years named in the texts forward as well (2023年 → "
                      "2024年)."));
    parser.addOptions({year, output, clear, replace});
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("new-year")), arguments, QStringLiteral("FILE -o NEW"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(output)) {
        cli::err() << cli::Text::tr("new-year takes last year's filing and -o NEW") << Qt::endl;
        return cli::BadInput;
    }
    const QString target = parser.value(output);
    if (QFileInfo::exists(target)) {
        cli::err() << cli::Text::tr("%1 already exists; choose another name for the new filing.").arg(target)
                   << Qt::endl;
        return cli::BadInput;
    }
    Filing last;
    if (!cli::loadFiling(pos[0], &last))
        return cli::BadInput;
    CarryForwardOptions options;
    options.newYear = last.fiscalYear + 1;
    if (parser.isSet(year)) {
        bool ok = false;
        options.newYear = parser.value(year).toInt(&ok);
        if (!ok || options.newYear < 2000 || options.newYear > 2100) {
            cli::err() << cli::Text::tr("The fiscal year must be a whole year from 2000 to 2100.") << Qt::endl;
            return cli::BadInput;
        }
    }
    options.keepAmounts = !parser.isSet(clear);
    options.replaceYears = parser.isSet(replace);
    const Filing next = carryForward(last, options);
    // Created exclusively: of two racing, one fails instead of replacing.
    files::WriteOptions write;
    write.mayReplace = false;
    if (!cli::saveFiling(target, next, write))
        return cli::BadInput;
    cli::out() << cli::Text::tr("Wrote %1: fiscal year %2, carried forward from %3.")
                      .arg(target)
                      .arg(next.fiscalYear)
                      .arg(last.fiscalYear)
               << Qt::endl;
    if (next.fiscalYear != last.fiscalYear) {
        const QList<YearMention> stale = findYearMentions(next, last.fiscalYear);
        if (!stale.isEmpty()) {
            cli::out() << cli::Text::tr("%1 texts still name %2; check them (jixiao validate reports them), or use "
                                        "--replace-years:")
                              .arg(stale.size())
                              .arg(last.fiscalYear)
                       << Qt::endl;
            for (const YearMention &m : stale) {
                const QString text = m.text.size() > 60 ? m.text.left(59) + QStringLiteral("…") : m.text;
                cli::out() << QStringLiteral("  ") << m.pointer << QStringLiteral(": ") << text << Qt::endl;
            }
        }
    }
    return cli::Ok;
}
