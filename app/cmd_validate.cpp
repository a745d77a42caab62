// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "rules/checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jixiao;

namespace {

QJsonObject toJson(const Finding &f, const Filing &filing)
{
    return QJsonObject {
        {QStringLiteral("severity"), severityKey(f.severity)},
        {QStringLiteral("rule"), f.rule},
        {QStringLiteral("pointer"), f.pointer},
        {QStringLiteral("location"), describeLocation(filing, f.pointer)},
        {QStringLiteral("related"), QJsonArray::fromStringList(f.related)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("expected"), f.expected},
        {QStringLiteral("actual"), f.actual},
        {QStringLiteral("applicable"), f.applicable},
    };
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("The filing to check."));
    const QCommandLineOption format(QStringLiteral("format"),
        cli::Text::tr("Output format: text (for people) or json (for programs)."), QStringLiteral("text|json"),
        QStringLiteral("text"));
    const QCommandLineOption minQuantitative(QStringLiteral("min-quantitative"),
        cli::Text::tr("Report tables with fewer quantitative indicators than this percentage (50)."),
        QStringLiteral("PERCENT"), QStringLiteral("50"));
    const QCommandLineOption minSatisfaction(QStringLiteral("min-satisfaction"),
        cli::Text::tr("Report satisfaction targets below this percentage (80)."), QStringLiteral("PERCENT"),
        QStringLiteral("80"));
    parser.addOptions({format, minQuantitative, minSatisfaction});
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("validate")), arguments, QStringLiteral("FILE"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        cli::err() << cli::Text::tr("validate takes one file: FILE") << Qt::endl;
        return cli::BadInput;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        cli::err() << cli::Text::tr("validate: --format must be text or json, not “%1”.").arg(fmt) << Qt::endl;
        return cli::BadInput;
    }
    CheckOptions options;
    bool ok = false;
    options.minQuantitativePercent = parser.value(minQuantitative).toInt(&ok);
    if (!ok || options.minQuantitativePercent < 0 || options.minQuantitativePercent > 100) {
        cli::err() << cli::Text::tr("validate: --min-quantitative must be a percentage from 0 to 100.") << Qt::endl;
        return cli::BadInput;
    }
    options.minSatisfactionPercent = parser.value(minSatisfaction).toInt(&ok);
    if (!ok || options.minSatisfactionPercent < 0 || options.minSatisfactionPercent > 100) {
        cli::err() << cli::Text::tr("validate: --min-satisfaction must be a percentage from 0 to 100.") << Qt::endl;
        return cli::BadInput;
    }
    Filing filing;
    if (!cli::loadFiling(pos[0], &filing))
        return cli::BadInput;

    const QList<Finding> findings = runChecks(filing, options);
    const FindingCounts counts = countFindings(findings);
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(toJson(f, filing));
        const QJsonObject doc {
            {QStringLiteral("findings"), list},
            {QStringLiteral("summary"),
                QJsonObject {{QStringLiteral("errors"), counts.errors}, {QStringLiteral("warnings"), counts.warnings},
                    {QStringLiteral("infos"), counts.infos}}},
        };
        cli::out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        // One finding per line: severity, where in the form, what is wrong.
        for (const Finding &f : findings)
            cli::out() << severityName(f.severity) << QStringLiteral("  ") << describeLocation(filing, f.pointer)
                       << QStringLiteral("  ") << f.message << QStringLiteral("  [") << f.rule << QStringLiteral("]")
                       << Qt::endl;
        cli::out() << cli::Text::tr("%1: %2 errors, %3 warnings, %4 hints.")
                          .arg(pos[0])
                          .arg(counts.errors)
                          .arg(counts.warnings)
                          .arg(counts.infos)
                   << Qt::endl;
    }
    cli::out().flush();
    return counts.errors > 0 ? cli::Findings : cli::Ok;
}
