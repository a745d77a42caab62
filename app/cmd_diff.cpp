// SPDX-License-Identifier: GPL-3.0-or-later
// jixiao diff OLD NEW: exit 0 = same, 1 = different, 2 = unreadable (as diff(1)).
#include "cli.h"

#include "model/compare.h"

using namespace jixiao;

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OLD"), cli::Text::tr("The earlier filing (.jixiao or .json)."));
    parser.addPositionalArgument(QStringLiteral("NEW"), cli::Text::tr("The later filing (.jixiao or .json)."));
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("diff")), arguments, QStringLiteral("OLD NEW"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        cli::err() << cli::Text::tr("diff takes two filings: OLD NEW") << Qt::endl;
        return cli::BadInput;
    }
    Filing older, newer;
    if (!cli::loadFiling(pos[0], &older) || !cli::loadFiling(pos[1], &newer))
        return cli::BadInput;
    const QList<Change> changes = compareFilings(older, newer);
    if (changes.isEmpty()) {
        cli::out() << cli::Text::tr("The filings are the same.") << Qt::endl;
        return cli::Ok;
    }
    for (const Change &c : changes) {
        const char sign = c.kind == Change::Added ? '+' : c.kind == Change::Removed ? '-' : '~';
        cli::out() << QLatin1Char(sign) << QLatin1Char(' ') << c.description << QStringLiteral("  [") << c.pointer
                   << QLatin1Char(']') << Qt::endl;
    }
    cli::out() << cli::Text::tr("Changes: %1").arg(changes.size()) << Qt::endl;
    return cli::Findings;
}
