// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator quality: 三级 names that say something, quantitative values with
// a comparator and a unit, enough quantitative indicators per table.
#include "rule.h"

#include "indicatorkind.h"

#include "indicatorvalue.h"

#include <QSet>

namespace jixiao::rules {

namespace {

void bareNumberName(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const text::IndicatorValue v = text::readIndicatorValue(indicators[i].name);
            if (!v.quantitative || !v.simple)
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("name")),
                Checks::tr("The level-3 indicator “%1” is only a number: name what is measured "
                           "and put the number into the value.")
                    .arg(indicators[i].name.simplified()));
            f.related = {table.indicator(i, QLatin1String("value"))};
            f.actual = indicators[i].name;
        }
    });
}

// A 三级 that only repeats its 二级 or 一级 ("数量指标" under 数量指标) names
// nothing to measure.
void nameIsLabel(const CheckContext &c, Sink &sink)
{
    // Every heading of the scheme, normalised once: most 三级 are none of them.
    QSet<QString> headings;
    for (const Level1Def &l1 : c.scheme.level1) {
        headings.insert(normalizeIndicatorName(l1.name));
        for (const Level2Def &l2 : l1.level2)
            headings.insert(normalizeIndicatorName(l2.name));
    }
    qsizetype longest = 0;
    QString lastChars;
    for (const QString &h : std::as_const(headings)) {
        longest = qMax(longest, h.size());
        if (!h.isEmpty() && !lastChars.contains(h.back()))
            lastChars += h.back();
    }
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            if (ind.name.size() > longest + 8)
                continue; // longer than any heading with 指标 and spaces
            QStringView raw = QStringView(ind.name).trimmed();
            if (raw.endsWith(u"指标"))
                raw = raw.chopped(2).trimmed();
            if (raw.isEmpty() || !lastChars.contains(raw.back()))
                continue; // ends unlike every heading: no need to normalise it
            const CheckContext::Placement &p = c.facts(table, i).placement;
            if (p.def && p.def->isSatisfaction)
                continue; // "服务对象满意度" under 服务对象满意度指标 is how that row is written
            const QString name = normalizeIndicatorName(ind.name);
            if (!headings.contains(name))
                continue;
            const bool level2
                = normalizeIndicatorName(ind.level2) == name || (p.def && normalizeIndicatorName(p.def->name) == name);
            const bool level1 = normalizeIndicatorName(ind.level1) == name;
            if (!level2 && !level1)
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("name")),
                Checks::tr("The level-3 indicator “%1” only repeats its level-%2 heading: name what is measured "
                           "(e.g. “培训企业数”, “项目验收合格率”).")
                    .arg(ind.name.simplified())
                    .arg(level2 ? 2 : 1));
            f.actual = ind.name;
        }
    });
}

void noComparator(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const text::IndicatorValue &v = c.facts(table, i).value;
            if (!v.quantitative || !v.simple || v.unit.isEmpty() || v.comparator == text::IndicatorValue::Symbol)
                continue;
            QStringView symbol = v.suggestedSymbol;
            if (symbol.isEmpty() && !v.approximate) {
                const Level2Def *def = c.facts(table, i).placement.def;
                if (def && def->isCost && text::isPercent(v.unit))
                    continue; // not money at all: kind.cost-percent's
                if (def && def->isCost)
                    symbol = u"≤"; // a cost indicator is a cap
            }
            const QString suggestion = text::withSymbol(ind.value, v, symbol);
            QString message;
            if (v.approximate)
                message
                    = Checks::tr("“%1” is approximate: state the target with ≥, ≤ or =.").arg(ind.value.simplified());
            else if (!suggestion.isEmpty())
                message = Checks::tr("Write “%1” with a comparator: “%2”.").arg(ind.value.simplified(), suggestion);
            else
                message = Checks::tr("“%1” has no comparator: add ≥, ≤ or =.").arg(ind.value.simplified());
            Finding &f = sink.add(table.indicator(i, QLatin1String("value")), message);
            f.expected = suggestion;
            f.actual = ind.value;
        }
    });
}

void noUnit(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const text::IndicatorValue &v = c.facts(table, i).value;
            if (!v.quantitative || !v.simple || !v.unit.isEmpty())
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                Checks::tr("“%1” has no unit: say what is counted (%, 万元, 家, 次, …).")
                    .arg(indicators[i].value.simplified()));
            f.actual = indicators[i].value;
        }
    });
}

void quantitativeShare(const CheckContext &c, Sink &sink)
{
    const int minimum = c.options.minQuantitativePercent;
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (indicators.isEmpty())
            return;
        int quantitative = 0;
        for (int i = 0; i < indicators.size(); ++i)
            if (c.facts(table, i).value.quantitative)
                ++quantitative;
        const int total = int(indicators.size());
        if (qint64(quantitative) * 100 >= qint64(minimum) * total)
            return;
        Finding &f = sink.add(table.indicators(),
            Checks::tr("Only %1 of %2 indicators have a quantitative value (less than %3%); "
                       "quantify targets where possible.")
                .arg(quantitative)
                .arg(total)
                .arg(minimum));
        f.expected = QString::number(minimum) + QLatin1Char('%');
        f.actual = QString::number(quantitative * 100 / total) + QLatin1Char('%');
    });
}

} // namespace

const QList<Rule> &qualityRules()
{
    static const QList<Rule> rules {
        {"quality.bare-number-name", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A level-3 indicator names what is measured; a bare number says nothing."),
            bareNumberName},
        {"quality.name-is-heading", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A level-3 indicator names what is measured, not its level-1 or level-2 heading again."),
            nameIsLabel},
        {"quality.no-comparator", Severity::Info,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Quantitative values state their direction with a comparator (≥95%, not 95%以上)."),
            noComparator},
        {"quality.no-unit", Severity::Info, QT_TRANSLATE_NOOP("jixiao::Checks", "Quantitative values carry a unit."),
            noUnit},
        {"quality.quantitative-share", Severity::Info,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Guidance asks for quantified indicators where possible; too few make targets unverifiable."),
            quantitativeShare},
    };
    return rules;
}

} // namespace jixiao::rules
