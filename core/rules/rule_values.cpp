// SPDX-License-Identifier: GPL-3.0-or-later
// Values that make no sense for their indicator: a rate, share or
// satisfaction above 100 %, a target pointing the wrong way for its kind (a
// satisfaction written "≤", a cost cap written "≥"), a floor of zero, a
// satisfaction target a reviewer would query as too low.
//
// What the rules assume: an indicator is a rate or share when its 三级 name
// ends in 率/占比/比重/比例 and does not measure a change (增长, 提高, 下降, 同比
// …), a return (回报, 收益) or a completion (完成率, 超额) — those may pass
// 100 %. A rate is "bad" (to be kept low) when its name says so (差错, 投诉,
// 事故, 故障, 不合格, 超支, 逾期 …) and does not count how such cases are dealt
// with (投诉办结率, 隐患整改率). A satisfaction is a 三级 naming 满意 (not 不满意),
// whatever its 二级.
#include "rule.h"

#include "indicatorkind.h"
#include "indicatorvalue.h"
#include "textscan.h"

namespace jixiao::rules {

namespace {

using text::IndicatorValue;

using text::isPercent;
using text::measuresChange;
using text::Words;

QStringView core(QStringView name)
{
    return text::nameCore(name);
}

bool isSatisfaction(QStringView name)
{
    return text::isSatisfactionName(name);
}

// A rate to keep low (差错率, 投诉率, 不合格率), unless the name counts how
// such cases are dealt with (投诉办结率, 隐患整改率, 排放达标率).
bool isBadRate(QStringView name)
{
    static const Words negated {u"不合格", u"不达标", u"不满意", u"不及格"};
    static const Words handled {u"处理", u"处置", u"办结", u"回复", u"答复", u"响应", u"整改", u"解决", u"纠正",
        u"查处", u"化解", u"排查", u"销号", u"达标", u"合格", u"治理", u"回收", u"利用", u"覆盖", u"完成"};
    static const Words bad {u"差错", u"错误", u"投诉", u"事故", u"故障", u"失误", u"超支", u"逾期", u"超期", u"延误",
        u"违规", u"违纪", u"返工", u"流失", u"空置", u"损失", u"损耗", u"损坏", u"偏差", u"误差", u"漏报", u"错报",
        u"退回", u"退货", u"闲置", u"失败", u"失效", u"发生率", u"发病", u"复发", u"辍学", u"死亡", u"伤亡", u"污染",
        u"超标"};
    if (negated.in(name))
        return true;
    return bad.in(name) && !handled.in(name);
}

// A rate to reach, as high as possible: where a "≤" is the wrong way round.
bool isFloorRate(QStringView name)
{
    if (isSatisfaction(name))
        return true;
    static constexpr QStringView endings[] = {u"合格率", u"达标率", u"完成率", u"覆盖率", u"通过率", u"优良率",
        u"准确率", u"及时率", u"正确率", u"办结率", u"到位率", u"执行率", u"验收率", u"知晓率", u"受益率", u"普及率",
        u"入库率", u"出勤率", u"参与率", u"好评率", u"成功率", u"达成率", u"完好率", u"处理率", u"整改率", u"回复率",
        u"响应率", u"认可度", u"知晓度"};
    bool floor = false;
    for (QStringView e : endings)
        floor = floor || name.endsWith(e);
    return floor && !isBadRate(name) && !measuresChange(name);
}

// A rate or share that cannot exceed 100 %. Completion rates can (超额完成),
// and so can growth, returns and turnover.
bool isBoundedRate(QStringView name)
{
    if (isSatisfaction(name))
        return true;
    const bool rate = name.endsWith(u"率") || name.endsWith(u"占比") || name.endsWith(u"比重") || name.endsWith(u"比例")
        || name.endsWith(u"覆盖面") || name.endsWith(u"知晓度");
    return rate && !name.endsWith(u"完成率") && !name.endsWith(u"达成率") && !measuresChange(name);
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
        if (!isPercent(v.unit) || hundredths(v.number) <= 10000 || !isBoundedRate(core(ind.name)))
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
        const QStringView name = core(ind.name);
        QString message;
        QStringView wanted;
        if (v.direction == IndicatorValue::AtMost && isPercent(v.unit) && isFloorRate(name)) {
            wanted = u"≥";
            message = Checks::tr("“%1” caps “%2” from above, but a satisfaction or quality rate is a floor to "
                                 "reach: write “≥%3”.");
        } else if (v.direction == IndicatorValue::AtLeast && def && def->isCost && v.moneyUnit.length > 0) {
            wanted = u"≤";
            message = Checks::tr("“%1” sets a minimum for the cost “%2”, but a cost indicator is a cap not to "
                                 "exceed: write “≤%3”.");
        } else if (v.direction == IndicatorValue::AtLeast && isPercent(v.unit) && isBoundedRate(name)
            && isBadRate(name)) {
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
        if (measuresChange(ind.name))
            return; // "增速 ≥0%": no decline, a real target
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
        if (!isPercent(v.unit) || v.direction == IndicatorValue::AtMost || !isSatisfaction(ind.name))
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

// 财预〔2021〕101号: cost indicators are set as amounts, satisfaction as a
// percentage. A row that states neither is queried; "略", "无" are
// text.non-answer's, an empty cell required.empty's.
template<typename Fn> void forEachUnquantified(const CheckContext &c, Fn fn)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            if (c.facts(table, i).value.quantitative || text::isBlank(ind.value) || text::isNonAnswer(ind.value))
                continue;
            fn(table, i, ind, c.facts(table, i).placement);
        }
    });
}

void costUnquantified(const CheckContext &c, Sink &sink)
{
    forEachUnquantified(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &placement) {
        if (!placement.def || !placement.def->isCost)
            return;
        const Amount covered = c.amount(table);
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            Checks::tr("The cost indicator “%1” states no amount: write the cap in money, e.g. “≤%2”.")
                .arg(ind.value.simplified(), c.money(valueOrZero(covered))));
        f.expected = QStringLiteral("≤") + c.money(valueOrZero(covered));
        f.actual = ind.value;
    });
}

void satisfactionUnquantified(const CheckContext &c, Sink &sink)
{
    forEachUnquantified(c, [&](const TableRef &table, int i, const Indicator &ind, const auto &placement) {
        if (!(placement.def && placement.def->isSatisfaction) && !isSatisfaction(ind.name))
            return;
        Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
            Checks::tr("The satisfaction target “%1” is not measurable: write a percentage, e.g. “≥90%”.")
                .arg(ind.value.simplified()));
        f.actual = ind.value;
    });
}

// "95%-90%", "20-10家": a range whose bounds are the wrong way round.
void reversedRange(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const QString &value = indicators[i].value;
            if (!c.facts(table, i).value.quantitative)
                continue;
            const QStringView v(value);
            for (qsizetype k = 0; k < v.size(); ++k) {
                if (!text::isDigit(v[k]) || (k > 0 && (text::isDigit(v[k - 1]) || v[k - 1] == u'.')))
                    continue;
                const text::Number a = text::scanNumber(v, k);
                k = a.end;
                if (text::isDatePart(v, a) || a.overflow)
                    continue;
                qsizetype sep = a.end;
                if (sep < v.size() && (v[sep] == u'%' || v[sep] == u'％'))
                    ++sep;
                if (sep >= v.size())
                    break;
                const char16_t u = text::fold(v[sep]);
                if (u != u'-' && u != u'~' && v[sep] != u'～' && v[sep] != u'—' && v[sep] != u'至' && v[sep] != u'到')
                    continue;
                const qsizetype next = text::skipSpaces(v, sep + 1);
                if (next >= v.size() || !text::isDigit(v[next]))
                    continue;
                const text::Number b = text::scanNumber(v, next);
                if (b.overflow || text::isDatePart(v, b))
                    continue;
                // Compare a and b as exact decimals.
                const int places = qMax(a.places, b.places);
                qint64 x = a.mantissa, y = b.mantissa;
                for (int p = a.places; p < places; ++p)
                    x *= 10;
                for (int p = b.places; p < places; ++p)
                    y *= 10;
                if (x <= y)
                    continue;
                const QString low = v.sliced(b.begin, b.end - b.begin).toString();
                const QString high = v.sliced(a.begin, a.end - a.begin).toString();
                Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                    Checks::tr("The range “%1” runs from %2 down to %3: write the lower bound first (“%3-%2”), or a "
                               "floor (“≥%3”).")
                        .arg(value.simplified(), high, low));
                f.actual = value;
                break;
            }
        }
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
        {"value.cost-unquantified", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A cost indicator states its cap as an amount of money, not in words."),
            costUnquantified},
        {"value.satisfaction-unquantified", Severity::Info,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A satisfaction target is a percentage a survey can check."),
            satisfactionUnquantified},
        {"value.reversed-range", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A range is written from the lower bound to the upper (90%-95%, not "
                "95%-90%)."),
            reversedRange},
    };
    return rules;
}

} // namespace jixiao::rules
