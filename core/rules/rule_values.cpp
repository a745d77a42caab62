// SPDX-License-Identifier: GPL-3.0-or-later
// Values that make no sense for their indicator: a rate, share or
// satisfaction above 100 %, a target pointing the wrong way for its kind (a
// satisfaction written "≤", a cost cap written "≥"), a floor of zero, a
// satisfaction target a reviewer would query as too low.
//
// What the rules assume: an indicator is a rate or share when its 三级 name
// ends in 率/度/比/比重/比例/占比 and does not measure a change (增长, 提高,
// 下降, 同比 …) or a return (回报, 收益) — those may pass 100 %. A rate is
// "bad" (to be kept low) when its name says so (差错, 投诉, 事故, 故障, 不合格,
// 超支, 逾期 …). A satisfaction is the scheme's satisfaction 二级 or a 三级
// named …满意度.
#include "rule.h"

#include "indicatorvalue.h"

namespace jixiao::rules {

namespace {

using text::IndicatorValue;

bool containsAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words)
        if (s.contains(w))
            return true;
    return false;
}

// The name without trailing spaces and punctuation, for "ends with" tests.
QStringView core(QStringView name)
{
    while (!name.isEmpty() && (text::isSpace(name.back()) || text::isPunctuation(name.back())))
        name.chop(1);
    return name;
}

bool measuresChange(QStringView name)
{
    return containsAny(name,
        {u"增长", u"增速", u"增幅", u"增加", u"提高", u"提升", u"上升", u"下降", u"降低", u"减少", u"同比", u"环比",
            u"回报", u"收益", u"利润", u"杠杆", u"倍"});
}

bool isBadRate(QStringView name)
{
    return containsAny(name,
        {u"差错", u"错误", u"投诉", u"事故", u"故障", u"失误", u"不合格", u"不达标", u"超支", u"逾期", u"违规", u"违纪",
            u"返工", u"流失", u"空置", u"损失", u"偏差", u"误差", u"漏报", u"错报", u"退回", u"闲置", u"失败",
            u"发生率", u"死亡", u"伤亡", u"污染", u"排放", u"能耗", u"超标"});
}

bool isSatisfaction(const CheckContext::Placement &p, QStringView name)
{
    return (p.def && p.def->isSatisfaction) || core(name).endsWith(u"满意度") || core(name).endsWith(u"满意率");
}

// A rate or share that cannot exceed 100 %.
bool isBoundedRate(const CheckContext::Placement &p, QStringView name)
{
    if (isSatisfaction(p, name))
        return true;
    const QStringView n = core(name);
    if (measuresChange(n))
        return false;
    return n.endsWith(u"率") || n.endsWith(u"占比") || n.endsWith(u"比重") || n.endsWith(u"比例")
        || n.endsWith(u"覆盖面") || n.endsWith(u"知晓度");
}

bool isPercent(QStringView unit)
{
    return unit == u"%" || unit == u"％";
}

// The value as a number of hundredths, for comparisons against whole percents.
qint64 hundredths(const text::Number &n)
{
    qint64 v = n.mantissa;
    int places = n.places;
    while (places > 2) {
        v /= 10;
        --places;
    }
    while (places < 2) {
        v *= 10;
        ++places;
    }
    return v;
}

template<typename Fn> void forEachQuantitative(const CheckContext &c, Fn fn)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const CheckContext::IndicatorFacts &facts = c.facts(table, i);
            if (facts.value.quantitative && facts.value.simple && !facts.value.number.overflow)
                fn(table, i, indicators[i], facts);
        }
    });
}

QString numberText(const Indicator &ind, const IndicatorValue &v)
{
    const QStringView value = QStringView(ind.value).trimmed();
    return value.sliced(v.number.begin, v.number.end - v.number.begin).toString() + v.unit.toString();
}

void over100(const CheckContext &c, Sink &sink)
{
    forEachQuantitative(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!isPercent(v.unit) || hundredths(v.number) <= 10000 || !isBoundedRate(facts.placement, ind.name))
            return;
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            Checks::tr("“%1” is above 100%: “%2” is a rate, share or satisfaction and cannot exceed 100%. "
                       "Write the target as a percentage up to 100, e.g. “≥95%”.")
                .arg(ind.value.simplified(), ind.name.simplified()));
        f.related = {table.indicator(i, QLatin1String("name"))};
        f.actual = ind.value;
    });
}

void wrongDirection(const CheckContext &c, Sink &sink)
{
    forEachQuantitative(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (v.direction != IndicatorValue::AtLeast && v.direction != IndicatorValue::AtMost)
            return;
        const Level2Def *def = facts.placement.def;
        QString message;
        QStringView wanted;
        if (v.direction == IndicatorValue::AtMost && isPercent(v.unit) && !isBadRate(ind.name)
            && (isSatisfaction(facts.placement, ind.name)
                || (isBoundedRate(facts.placement, ind.name) && def && !def->isCost
                    && def->name.startsWith(u"质量")))) {
            wanted = u"≥";
            message = Checks::tr("“%1” caps “%2” from above, but a satisfaction or quality rate is a floor to "
                                 "reach: write “≥%3”.");
        } else if (v.direction == IndicatorValue::AtLeast && def && def->isCost && v.moneyUnit.length > 0) {
            wanted = u"≤";
            message = Checks::tr("“%1” sets a minimum for the cost “%2”, but a cost indicator is a cap not to "
                                 "exceed: write “≤%3”.");
        } else if (v.direction == IndicatorValue::AtLeast && isPercent(v.unit) && isBadRate(ind.name)
            && isBoundedRate(facts.placement, ind.name) && !isSatisfaction(facts.placement, ind.name)) {
            wanted = u"≤";
            message = Checks::tr("“%1” sets a minimum for “%2”, which is to be kept low: write “≤%3”.");
        } else {
            return;
        }
        const QString number = numberText(ind, v);
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            message.arg(ind.value.simplified(), ind.name.simplified(), number));
        f.expected = wanted.toString() + number;
        f.actual = ind.value;
    });
}

void zeroFloor(const CheckContext &c, Sink &sink)
{
    forEachQuantitative(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (v.direction != IndicatorValue::AtLeast || v.number.mantissa != 0 || v.unit.isEmpty())
            return;
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            Checks::tr("“%1” commits to nothing: any result is at least 0. Write the quantity the money is to "
                       "achieve, e.g. “≥10%2”.")
                .arg(ind.value.simplified(), v.unit.toString()));
        f.actual = ind.value;
    });
}

void lowSatisfaction(const CheckContext &c, Sink &sink)
{
    const int minimum = c.options.minSatisfactionPercent;
    forEachQuantitative(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!isPercent(v.unit) || v.direction == IndicatorValue::AtMost || !isSatisfaction(facts.placement, ind.name))
            return;
        const qint64 h = hundredths(v.number);
        if (h >= qint64(minimum) * 100 || h == 0 || h > 10000)
            return; // ≥ the threshold; 0 and > 100 % have their own rules
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            Checks::tr("A satisfaction target of “%1” is below %2%: reviewers expect at least %2% (often ≥90%). "
                       "Check the number, e.g. “≥90%”.")
                .arg(ind.value.simplified())
                .arg(minimum));
        f.expected = QStringLiteral("≥%1%").arg(minimum);
        f.actual = ind.value;
    });
}

} // namespace

const QList<Rule> &valueRules()
{
    static const QList<Rule> rules {
        {"value.over-100-percent", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Rates, shares and satisfaction cannot exceed 100% (growth and returns are not such rates)."),
            over100},
        {"value.wrong-direction", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Satisfaction and quality rates are floors (≥), costs and rates to keep low are caps (≤)."),
            wrongDirection},
        {"value.zero-floor", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A target of “≥0” commits to nothing."), zeroFloor},
        {"value.low-satisfaction", Severity::Info,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A satisfaction target below the usual level (80% unless --min-satisfaction says otherwise) is "
                "queried."),
            lowSatisfaction},
    };
    return rules;
}

} // namespace jixiao::rules
