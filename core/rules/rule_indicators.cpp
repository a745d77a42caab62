// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator completeness per the filing's indicatorScheme: every 二级 the
// scheme asks for is there, and nothing outside the scheme.
#include "rule.h"

#include <QVarLengthArray>

namespace jixiao::rules {

namespace {

// Which 二级 of the scheme a table's rows cover (an empty row still counts:
// its empty 三级 is required.empty's).
QVarLengthArray<bool, 16> covered(const CheckContext &c, const TableRef &table, const QList<Indicator> &indicators)
{
    int total = 0;
    for (const Level1Def &l1 : c.scheme.level1)
        total += int(l1.level2.size());
    QVarLengthArray<bool, 16> seen(total, false);
    for (int row = 0; row < indicators.size(); ++row) {
        const CheckContext::Placement &p = c.facts(table, row).placement;
        if (!p.def)
            continue;
        int flat = 0;
        for (int i = 0; i < c.scheme.level1.size(); ++i)
            for (int j = 0; j < c.scheme.level1[i].level2.size(); ++j, ++flat)
                if (&c.scheme.level1[i].level2[j] == p.def)
                    seen[flat] = true;
    }
    return seen;
}

void reportMissing(const CheckContext &c, Sink &sink, Requirement requirement)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        const QVarLengthArray<bool, 16> seen = covered(c, table, indicators);
        int flat = 0;
        for (const Level1Def &l1 : c.scheme.level1)
            for (const Level2Def &l2 : l1.level2) {
                if (!seen[flat++] && l2.requirement == requirement)
                    sink.add(table.indicators(),
                        requirement == Requirement::Required
                            ? Checks::tr("The required indicator “%1 › %2” is missing (%3).")
                                  .arg(l1.name, l2.name, c.scheme.title)
                            : Checks::tr("There is no indicator for “%1 › %2” (%3).")
                                  .arg(l1.name, l2.name, c.scheme.title));
            }
    });
}

void missingRequired(const CheckContext &c, Sink &sink)
{
    reportMissing(c, sink, Requirement::Required);
}

void missingRecommended(const CheckContext &c, Sink &sink)
{
    reportMissing(c, sink, Requirement::Recommended);
}

void unknownLevel1(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::Placement &p = c.facts(table, i).placement;
            if (p.level1 >= 0 || ind.level1.trimmed().isEmpty())
                continue; // known, or empty (required.empty's)
            QString message
                = Checks::tr("“%1” is not a level-1 indicator of %2.").arg(ind.level1.simplified(), c.scheme.title);
            if (p.anywhere.first >= 0)
                message += QLatin1Char(' ')
                    + Checks::tr("Its level-2 “%1” belongs under “%2”.")
                          .arg(ind.level2.simplified(), c.scheme.level1[p.anywhere.first].name);
            Finding &f = sink.add(table.indicator(i, QLatin1String("level1")), message);
            if (p.anywhere.first >= 0)
                f.expected = c.scheme.level1[p.anywhere.first].name;
            f.actual = ind.level1;
        }
    });
}

void unknownLevel2(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::Placement &p = c.facts(table, i).placement;
            if (p.level2 >= 0 || ind.level2.trimmed().isEmpty())
                continue; // known, or empty (required.empty's)
            if (p.level1 < 0 && p.anywhere.first >= 0)
                continue; // the 一级 is what is wrong: unknown-level1 says so
            Finding &f = sink.add(table.indicator(i, QLatin1String("level2")),
                p.anywhere.first >= 0
                    ? Checks::tr("“%1” belongs under the level-1 indicator “%2”, not “%3”.")
                          .arg(ind.level2.simplified(), c.scheme.level1[p.anywhere.first].name, ind.level1.simplified())
                    : Checks::tr("“%1” is not a level-2 indicator of %2.")
                          .arg(ind.level2.simplified(), c.scheme.title));
            f.actual = ind.level2;
        }
    });
}

} // namespace

const QList<Rule> &indicatorRules()
{
    static const QList<Rule> rules {
        {"indicators.missing-required", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Every output and cost level-2 indicator of the scheme needs at least one level-3 row."),
            missingRequired},
        {"indicators.missing-recommended", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Benefit and satisfaction level-2 indicators are expected; real filings sometimes leave "
                "one blank."),
            missingRecommended},
        {"indicators.unknown-level1", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Level-1 indicators must be those of the filing's indicator scheme."),
            unknownLevel1},
        {"indicators.unknown-level2", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Level-2 indicators must be those of the scheme, under their own level-1 indicator."),
            unknownLevel2},
    };
    return rules;
}

} // namespace jixiao::rules
