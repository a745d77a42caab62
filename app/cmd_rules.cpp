// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "rules/checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jixiao;

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        cli::Text::tr("Output format: text (for people) or json (for programs)."), QStringLiteral("text|json"),
        QStringLiteral("text"));
    parser.addOption(format);
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("rules")), arguments, QString(), &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        cli::err() << cli::Text::tr("rules takes no files.") << Qt::endl;
        return cli::BadInput;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        cli::err() << cli::Text::tr("rules: --format must be text or json, not “%1”.").arg(fmt) << Qt::endl;
        return cli::BadInput;
    }
    const QList<RuleInfo> catalogue = ruleCatalogue();
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const RuleInfo &r : catalogue)
            list.append(QJsonObject {{QStringLiteral("id"), r.id},
                {QStringLiteral("severity"), severityKey(r.severity)}, {QStringLiteral("why"), r.why}});
        cli::out() << QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("rules"), list}}).toJson());
    } else {
        qsizetype idWidth = 0, severityWidth = 0;
        for (const RuleInfo &r : catalogue) {
            idWidth = qMax(idWidth, r.id.size());
            severityWidth = qMax(severityWidth, severityName(r.severity).size());
        }
        for (const RuleInfo &r : catalogue)
            cli::out() << r.id.leftJustified(idWidth + 2) << severityName(r.severity).leftJustified(severityWidth + 2)
                       << r.why << Qt::endl;
    }
    cli::out().flush();
    return cli::Ok;
}
