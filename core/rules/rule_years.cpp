// SPDX-License-Identifier: GPL-3.0-or-later
// Stale years: every filing starts as a copy of last year's, and "2023年全年"
// left in a 2024 filing is the commonest slip.
#include "rule.h"

#include "period.h"
#include "textscan.h"

namespace jixiao::rules {

namespace {

using namespace text;

bool anyWordBefore(QStringView s, qsizetype pos, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        // Allow a few characters between: "与2022年同期相比", "较上年（2022年）".
        for (qsizetype gap = 0; gap <= 2; ++gap) {
            const qsizetype at = pos - gap - word.size();
            if (at >= 0 && s.sliced(at, word.size()) == word)
                return true;
        }
    }
    return false;
}

bool anyWordAfter(QStringView s, qsizetype pos, std::initializer_list<QStringView> words)
{
    for (QStringView w : words)
        for (qsizetype gap = 0; gap <= 3; ++gap)
            if (startsWithAt(s, pos + gap, w))
                return true;
    return false;
}

// A past year named as a baseline ("较2022年增长", "2022年以来") or cited as a
// reference ("参照2022年标准", "2022年实际支出1.68万元"), not as this year.
bool isComparison(QStringView s, const YearHit &h)
{
    return anyWordBefore(s, h.begin,
               {u"较", u"比", u"相比", u"对比", u"自", u"从", u"截至", u"截止", u"与", u"参照", u"参考", u"依据",
                   u"根据", u"按照", u"按", u"上年", u"去年", u"往年", u"历年"})
        || anyWordAfter(s, h.end,
            {u"以来", u"基础", u"相比", u"同期", u"水平", u"起", u"以前", u"之前", u"比较", u"实际", u"决算", u"已",
                u"执行数", u"完成数", u"支出数", u"基数", u"数据", u"统计"});
}

// A later year named as a horizon ("到2025年", "2024年3月底前").
bool isHorizon(QStringView s, const YearHit &h)
{
    return anyWordBefore(s, h.begin, {u"到", u"至", u"-", u"—", u"～"}) || anyWordAfter(s, h.end, {u"前"});
}

// The implementation period may start before and run past the fiscal year,
// but must include it: "2022.01-2022.12" in a 2023 filing is last year's.
void stalePeriods(const CheckContext &c, Sink &sink)
{
    const int fy = c.filing.fiscalYear;
    forEachPeriod(c.filing, [&](const TableRef &table, const QString &text) {
        const Period p = readPeriod(text, fy);
        if (!p.valid || !p.yearWritten || p.reversed || p.impossible)
            return;
        if (p.start.year <= fy && p.end.year >= fy)
            return;
        Finding &finding = sink.add(table.base() + QStringLiteral("/period"),
            Checks::tr("The implementation period “%1” does not include the fiscal year %2.")
                .arg(text.simplified())
                .arg(fy));
        finding.expected = QString::number(fy);
        finding.actual = QString::number(p.end.year < fy ? p.end.year : p.start.year);
    });
    // A 时效 value written without 年 ("2022.12前"): forEachYear does not see it.
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const QString &value = indicators[i].value;
            if (value.contains(u'年') || !isTimeliness(c.facts(table, i).placement.def))
                continue;
            const Period p = readPeriod(value, fy);
            if (!p.valid || !p.yearWritten || p.lastYear >= fy)
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                Checks::tr("“%1” does not fit the fiscal year %2: write the year the filing is for, or "
                           "cite the earlier year as a reference (“较%3年”, “%3年实际”).")
                    .arg(value.simplified())
                    .arg(fy)
                    .arg(p.lastYear));
            f.expected = QString::number(fy);
            f.actual = QString::number(p.lastYear);
        }
    });
}

void staleYear(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    const int fy = filing.fiscalYear;
    stalePeriods(c, sink);
    for (const CheckContext::TextHit &hit : c.texts().otherYear) {
        const QStringView text = hit.text;
        const TextRef &ref = hit.ref;
        if (ref.field == QLatin1String("standard"))
            continue; // a 历史标准 names the past years it is taken from
        const bool inDirection = ref.scope == TextRef::Direction || ref.scope == TextRef::DirectionIndicator
            || ref.scope == TextRef::Detail;
        const bool inProject = ref.scope == TextRef::Project || ref.scope == TextRef::ProjectIndicator;
        if ((ref.scope == TextRef::Direction || ref.scope == TextRef::Project) && ref.field == QLatin1String("period"))
            continue; // the period rules' (any date format)
        int periodEnd = fy;
        bool periodKnown = false;
        YearHit bad;
        forEachYear(text, [&](const YearHit &h) {
            if (bad.year != 0 || h.year == fy)
                return;
            if (h.year < fy) {
                if (!isComparison(text, h))
                    bad = h;
                return;
            }
            // A later year: fine within the direction's own period, or as a horizon.
            if ((inDirection || inProject) && !periodKnown) {
                periodKnown = true;
                const Period p = readPeriod(inProject ? filing.projects[ref.project].period
                                                      : filing.funds[ref.fund].directions[ref.direction].period,
                    fy);
                if (p.valid)
                    periodEnd = qMax(periodEnd, p.end.year);
            }
            const bool periodGoal = (ref.scope == TextRef::Direction || ref.scope == TextRef::Project)
                && ref.field == QLatin1String("periodGoal");
            if (h.year <= periodEnd || periodGoal || isHorizon(text, h))
                return;
            bad = h;
        });
        if (bad.year == 0)
            continue;
        // Quote the whole phrase the year is in: "2022年全年", "2022年12月底前完成".
        auto [begin, end] = clauseAround(text, bad.begin, bad.end);
        if (end - begin > 40)
            begin = bad.begin; // a long clause: from the year on, still to its end
        const QString phrase = text.sliced(begin, end - begin).toString();
        Finding &f = sink.add(ref.pointer(),
            bad.year < fy ? Checks::tr("“%1” does not fit the fiscal year %2: write the year the filing is for, or "
                                       "cite the earlier year as a reference (“较%3年”, “%3年实际”).")
                                .arg(phrase)
                                .arg(fy)
                                .arg(bad.year)
                          : Checks::tr("“%1” lies beyond the fiscal year %2 and the implementation period: write a "
                                       "date within them, or a horizon (“到%3年”).")
                                .arg(phrase)
                                .arg(fy)
                                .arg(bad.year));
        f.expected = QString::number(fy);
        f.actual = QString::number(bad.year);
    }
}

} // namespace

const QList<Rule> &yearRules()
{
    static const QList<Rule> rules {
        {"year.stale", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Years in the text must fit the fiscal year; copied filings keep last year's dates."),
            staleYear},
    };
    return rules;
}

} // namespace jixiao::rules
