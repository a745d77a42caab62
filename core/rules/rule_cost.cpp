// SPDX-License-Identifier: GPL-3.0-or-later
// The cost indicator (成本指标 / 经济成本指标) promises a cap on the money the
// table covers: the direction's 项目金额, the project's annual funds, or the
// overview's 资金总额.
#include "rule.h"

#include "indicatorvalue.h"

namespace jixiao::rules {

namespace {

// Per-unit costs (人均成本, 单位成本, 每次…) are not a cap on the whole amount.
bool isPerUnit(QStringView name)
{
    static constexpr QStringView words[]
        = {u"人均", u"单位", u"平均", u"单价", u"单次", u"每", u"次均", u"户均", u"均价", u"标准"};
    for (QStringView w : words)
        if (name.contains(w.front()) && name.contains(w))
            return true;
    return false;
}

void costCap(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        int found = -1;
        Money cap;
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::IndicatorFacts &facts = c.facts(table, i);
            const Level2Def *def = facts.placement.def;
            if (!def || !def->isCost || isPerUnit(ind.name))
                continue;
            const text::IndicatorValue &v = facts.value;
            if (!v.simple || v.number.overflow || (!v.unit.isEmpty() && v.moneyUnit.length == 0))
                continue;
            const int exponent = v.moneyUnit.length > 0 ? v.moneyUnit.exponent : exponentOf(c.filing.amountUnit);
            Money m;
            if (!text::toMoney(v.number.mantissa, v.number.places, exponent, c.filing.amountUnit, &m))
                continue;
            if (found >= 0)
                return; // several cost caps: parts of the cost, not the whole
            found = i;
            cap = m;
        }
        if (found < 0)
            return;
        const Amount covered = c.amount(table);
        if (cap == valueOrZero(covered))
            return;
        const QString message = table.isOverview()
            ? Checks::tr("The cost indicator caps the cost at %1, but total funds are %2.")
            : table.isProject()
            ? Checks::tr("The cost indicator caps the cost at %1, but the project's annual funds are %2.")
            : Checks::tr("The cost indicator caps the cost at %1, but the project amount is %2.");
        Finding &f = sink.add(
            table.indicator(found, QLatin1String("value")), message.arg(c.money(cap), c.money(valueOrZero(covered))));
        f.related = {c.amountPointer(table)};
        f.expected = valueOrZero(covered).toString() + c.unitName;
        f.actual = cap.toString() + c.unitName;
    });
}

} // namespace

const QList<Rule> &costRules()
{
    static const QList<Rule> rules {
        {"cost.cap", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "The cost indicator must not promise a cap different from the money its table covers."),
            costCap},
    };
    return rules;
}

} // namespace jixiao::rules
