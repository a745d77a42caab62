// SPDX-License-Identifier: GPL-3.0-or-later
// The value's unit must fit the kind of indicator (indicatorkind.h): a
// satisfaction is a percentage ("≥95%", not "≥95人"), a count a number of
// things ("≥4次", not "≥95%"), a rate a percentage ("≥95%", not "≥10项"), a
// cost money ("≤19.54万元", not "≤100%"), a time a date, a time limit or a
// rate ("2023年12月底前", "≤30个工作日", "及时率 ≥95%"; not "及时" or "≥1年"),
// a quality statement a standard or a rate (not "≥1人/年"), an effect (效益)
// not a bare percentage ("维护社会稳定 ≥95%" measures nothing). Each message
// says what to write instead.
#include "rule.h"

#include "indicatorkind.h"
#include "period.h"

#include <optional>

namespace jixiao::rules {

namespace {

using namespace text;

// Calls fn for every row of the given kind (std::nullopt: any kind) that has
// an answer; the kind is compared first, as it is the cheapest test.
template<typename Fn> void forEachKind(const CheckContext &c, std::optional<IndicatorKind> want, Fn fn)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const CheckContext::IndicatorFacts &facts = c.facts(table, i);
            if (want && facts.kind != *want)
                continue;
            const Indicator &ind = indicators[i];
            if (isBlank(ind.value) || isNonAnswer(ind.value))
                continue;
            fn(table, i, ind, facts);
        }
    });
}

// A simple quantitative value ("≥95人"): its number as written, with the unit.
bool simpleNumber(const IndicatorValue &v)
{
    return v.quantitative && v.simple && !v.number.overflow;
}

QString numberOf(const Indicator &ind, const IndicatorValue &v)
{
    const QStringView value = QStringView(ind.value).trimmed();
    return value.sliced(v.number.begin, v.number.end - v.number.begin).toString();
}

QString symbolOf(const IndicatorValue &v, QStringView fallback)
{
    switch (v.direction) {
    case IndicatorValue::AtLeast:
        return QStringLiteral("≥");
    case IndicatorValue::AtMost:
        return QStringLiteral("≤");
    case IndicatorValue::Exactly:
        return QStringLiteral("=");
    default:
        return fallback.toString();
    }
}

Finding &report(Sink &sink, const TableRef &table, int i, const Indicator &ind, const QString &message)
{
    Finding &f = sink.add(table.indicator(i, QLatin1String("value")), message);
    f.related = {table.indicator(i, QLatin1String("name"))};
    f.actual = ind.value;
    return f;
}

void satisfactionUnit(const CheckContext &c, Sink &sink)
{
    forEachKind(
        c, IndicatorKind::Satisfaction, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
            const IndicatorValue &v = facts.value;
            if (!simpleNumber(v) || v.unit.isEmpty() || isPercent(v.unit))
                return;
            const QString expected = symbolOf(v, u"≥") + numberOf(ind, v) + QStringLiteral("%");
            Finding &f = report(sink, table, i, ind,
                Checks::tr("“%1” counts %2, but “%3” is a satisfaction, the share of those asked who are satisfied: "
                           "write a percentage, e.g. “%4”.")
                    .arg(ind.value.simplified(), v.unit.toString(), ind.name.simplified(), expected));
            f.expected = expected;
        });
}

void countPercent(const CheckContext &c, Sink &sink)
{
    forEachKind(c, IndicatorKind::Count, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isPercent(v.unit) || !namesCount(nameCore(ind.name)))
            return;
        report(sink, table, i, ind,
            Checks::tr("“%1” is a percentage, but “%2” counts things: write how many, with the measure word, e.g. "
                       "“≥4次”, “≥30人”; a share belongs in an indicator named …率.")
                .arg(ind.value.simplified(), ind.name.simplified()));
    });
}

void rateUnit(const CheckContext &c, Sink &sink)
{
    forEachKind(c, IndicatorKind::Rate, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isCountUnit(v.unit))
            return;
        report(sink, table, i, ind,
            Checks::tr("“%1” counts %2, but “%3” is a rate or share: write a percentage, e.g. “≥95%”, or name the "
                       "count (…数量) if a count is meant.")
                .arg(ind.value.simplified(), v.unit.toString(), ind.name.simplified()));
    });
}

void costPercent(const CheckContext &c, Sink &sink)
{
    forEachKind(c, IndicatorKind::Cost, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isPercent(v.unit) || measuresChange(ind.name) || ind.name.contains(u"节约"))
            return;
        const Amount covered = c.amount(table);
        if (!covered || covered->micros() == 0) {
            report(sink, table, i, ind,
                Checks::tr("“%1” is a percentage, but a cost indicator caps the money spent: write the amount in %2, "
                           "e.g. “≤…%2”.")
                    .arg(ind.value.simplified(), c.unitName));
            return;
        }
        const QString expected = QStringLiteral("≤") + c.money(*covered);
        Finding &f = report(sink, table, i, ind,
            Checks::tr("“%1” is a percentage, but a cost indicator caps the money spent: write the amount, e.g. "
                       "“%2”.")
                .arg(ind.value.simplified(), expected));
        f.expected = expected;
    });
}

// Schedules that name a time without a date: "按月", "每季度", "当日".
bool namesSchedule(QStringView value)
{
    static const Words words {u"按月", u"每月", u"按季", u"每季", u"按年", u"每年", u"按周", u"每周", u"当月", u"次月",
        u"当日", u"当天", u"次日", u"实时", u"即时", u"工作日", u"小时"};
    return words.in(value);
}

// A duration in the value ("≤30个工作日", "45日内完成", "≥1年"): 0 none, 1 a
// limit (or a plain duration), 2 a minimum ("≥1年", "1年以上").
int durationIn(QStringView value, const IndicatorValue &v)
{
    static constexpr QStringView units[]
        = {u"个工作日", u"工作日", u"个月", u"天", u"日", u"小时", u"周", u"分钟", u"年"};
    for (qsizetype k = 0; k < value.size(); ++k) {
        if (!isDigit(value[k]) || (k > 0 && isDigit(value[k - 1])))
            continue;
        const Number n = scanNumber(value, k);
        const qsizetype after = skipSpaces(value, n.end);
        k = n.end;
        if (n.integerDigits > 3)
            continue; // a year
        for (QStringView u : units)
            if (startsWithAt(value, after, u))
                return v.direction == IndicatorValue::AtLeast ? 2 : 1;
    }
    return 0;
}

void timeWithoutTime(const CheckContext &c, Sink &sink)
{
    forEachKind(c, IndicatorKind::Time, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (v.quantitative && isPercent(v.unit))
            return; // 及时率 ≥95%
        const int duration = durationIn(ind.value, v);
        if (duration == 1)
            return; // ≤30个工作日, 45日内
        if (duration == 0 && (namesDate(ind.value) || namesSchedule(ind.value)))
            return;
        report(sink, table, i, ind,
            duration
                ? Checks::tr("“%1” sets a minimum time, but a timeliness target is a deadline or a time limit: "
                             "write “2023年12月底前”, “≤30个工作日”, or a rate such as “按时完成率 ≥95%”.")
                      .arg(ind.value.simplified())
                : Checks::tr("“%1” names no time: write a deadline (“2023年12月底前”), a time limit (“≤30个工作日”) "
                             "or a rate (“按时完成率 ≥95%”).")
                      .arg(ind.value.simplified()));
    });
}

void qualityCount(const CheckContext &c, Sink &sink)
{
    forEachKind(c, IndicatorKind::Quality, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isCountUnit(v.unit) || ind.name.contains(u"数"))
            return;
        report(sink, table, i, ind,
            Checks::tr("“%1” counts %2, but “%3” is a quality indicator: state the standard met or a rate, e.g. "
                       "“%3率 ≥98%” or “符合……标准”.")
                .arg(ind.value.simplified(), v.unit.toString(), nameCore(ind.name).toString()));
    });
}

void effectPercent(const CheckContext &c, Sink &sink)
{
    static const Words measurable {u"率", u"度", u"比", u"占", u"增", u"减", u"降", u"升", u"节", u"指数", u"水平",
        u"覆盖", u"普及", u"达标", u"合格", u"完成", u"节约", u"节能", u"降耗", u"减排", u"收入", u"产值", u"增加值",
        u"投资", u"效率"};
    forEachKind(c, IndicatorKind::Effect, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isPercent(v.unit) || measuresChange(ind.name) || measurable.in(ind.name))
            return;
        report(sink, table, i, ind,
            Checks::tr("“%1” is a percentage of nothing: “%2” is an aim, not a rate. Name what is measured (e.g. "
                       "“…覆盖率 ≥95%”, “带动就业 ≥20人”), or state the effect in words (“有效维护”, “明显提升”).")
                .arg(ind.value.simplified(), ind.name.simplified()));
    });
}

// "村组干部230人" valued "≥230个": the name's own count, in another measure word.
void countUnitMismatch(const CheckContext &c, Sink &sink)
{
    forEachKind(c, std::nullopt, [&](const TableRef &table, int i, const Indicator &ind, const auto &facts) {
        const IndicatorValue &v = facts.value;
        if (!simpleNumber(v) || !isCountUnit(v.unit))
            return;
        const QStringView name = nameCore(ind.name);
        for (qsizetype k = 0; k < name.size(); ++k) {
            if (!isDigit(name[k]) || (k > 0 && isDigit(name[k - 1])))
                continue;
            const Number n = scanNumber(name, k);
            const qsizetype w = measureWordAt(name, n.end);
            k = n.end;
            if (w == 0 || !n.sameValue(v.number))
                continue;
            const QStringView unit = name.sliced(n.end, w);
            if (v.unit.startsWith(unit) || unit.startsWith(v.unit) || !isCountUnit(unit))
                return;
            const QString expected = symbolOf(v, u"") + numberOf(ind, v) + unit.toString();
            Finding &f = report(sink, table, i, ind,
                Checks::tr("“%1” counts in %2, but the indicator “%3” counts in %4: write “%5”.")
                    .arg(ind.value.simplified(), v.unit.toString(), ind.name.simplified(), unit.toString(), expected));
            f.expected = expected;
            return;
        }
    });
}

} // namespace

const QList<Rule> &kindRules()
{
    static const QList<Rule> rules {
        {"kind.satisfaction-unit", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A satisfaction target is a percentage, not a count."),
            satisfactionUnit},
        {"kind.count-percent", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "An indicator that counts things (…次数, …人数) is valued in things, "
                "not in percent."),
            countPercent},
        {"kind.rate-unit", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A rate or share (…率, …占比) is valued in percent, not in things."),
            rateUnit},
        {"kind.cost-percent", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A cost indicator caps an amount of money, not a percentage."),
            costPercent},
        {"kind.time-without-time", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A timeliness indicator names a deadline, a time limit or a rate of things done on time."),
            timeWithoutTime},
        {"kind.quality-count", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A quality indicator states a standard or a rate, not a count of people or things."),
            qualityCount},
        {"kind.effect-percent", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A percentage on an effect that is not a rate (维护社会稳定 ≥95%) measures nothing."),
            effectPercent},
        {"kind.count-unit-mismatch", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A count is valued in the measure word its indicator names (230人, not 230个)."),
            countUnitMismatch},
    };
    return rules;
}

} // namespace jixiao::rules
