// SPDX-License-Identifier: GPL-3.0-or-later
// Dates that contradict each other: an implementation period that ends before
// it starts, a month or day that does not exist, a 时效 deadline outside the
// period it belongs to. Years that do not fit the fiscal year at all are
// year.stale's.
#include "rule.h"

#include "period.h"
#include "textscan.h"

namespace jixiao::rules {

namespace {

using namespace text;

const QString &periodText(const CheckContext &c, const TableRef &table)
{
    return *c.period(table);
}

// The period an indicator table's 时效 deadlines must fall in: the
// direction's or project's 项目实施期, or the fiscal year for the overview.
bool periodOf(const CheckContext &c, const TableRef &table, Period *out)
{
    const int fy = c.filing.fiscalYear;
    if (table.isOverview()) {
        out->start = {fy, 1, 1};
        out->end = {fy, 12, 31};
        out->valid = true;
        return true;
    }
    *out = readPeriod(periodText(c, table), fy);
    if (!out->valid || out->impossible || out->reversed)
        return false; // the period itself is wrong: its own finding
    // A period that misses the fiscal year is year.stale's.
    return out->start.year <= fy && out->end.year >= fy;
}

void periodReversed(const CheckContext &c, Sink &sink)
{
    forEachPeriod(c.filing, [&](const TableRef &table, const QString &text) {
        const Period p = readPeriod(text, c.filing.fiscalYear);
        if (!p.valid || p.impossible || !p.reversed)
            return;
        Finding &finding = sink.add(table.base() + QStringLiteral("/period"),
            Checks::tr("The implementation period “%1” ends (%2) before it starts (%3): write it from the "
                       "earlier month to the later, e.g. “%4年1-12月”.")
                .arg(text.simplified(), p.reversedTo.toString(), p.reversedFrom.toString())
                .arg(c.filing.fiscalYear));
        finding.actual = text;
    });
}

// A month, day or quarter that does not exist, in the period or a 时效 value.
void invalidDates(const CheckContext &c, Sink &sink)
{
    auto check = [&](const QString &text, const QString &pointer, int year) {
        const Period p = readPeriod(text, year);
        if (!p.impossible)
            return;
        Finding &f = sink.add(pointer,
            Checks::tr("“%1” names a date that does not exist (%2): months run from 1 to 12, and a month has "
                       "28 to 31 days (February 29 only in a leap year).")
                .arg(text.simplified(), p.impossibleText));
        f.actual = text;
    };
    const int fy = c.filing.fiscalYear;
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (!table.isOverview())
            check(periodText(c, table), table.base() + QStringLiteral("/period"), fy);
        for (int i = 0; i < indicators.size(); ++i)
            if (isTimeliness(c.facts(table, i).placement.def))
                check(indicators[i].value, table.indicator(i, QLatin1String("value")), fy);
    });
}

void deadlineOutsidePeriod(const CheckContext &c, Sink &sink)
{
    const int fy = c.filing.fiscalYear;
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        Period period;
        bool known = false, tried = false;
        for (int i = 0; i < indicators.size(); ++i) {
            if (!isTimeliness(c.facts(table, i).placement.def))
                continue;
            if (!tried) {
                tried = true;
                known = periodOf(c, table, &period);
            }
            if (!known)
                return;
            const QString &value = indicators[i].value;
            // A month without a year belongs to a period within one year.
            const int year = period.start.year == period.end.year ? period.end.year : 0;
            const Period deadline = readPeriod(value, year);
            // Years alone are year.stale's; dates that do not exist date.invalid's.
            if (!deadline.valid || !deadline.finerThanYear || deadline.impossible || deadline.end.year < fy)
                continue;
            const bool after = deadline.end.key() > period.end.key();
            const bool before = deadline.end.key() < period.start.key();
            if (!after && !before)
                continue;
            const QString periodName = table.isOverview()
                ? Checks::tr("the fiscal year %1").arg(fy)
                : Checks::tr("the implementation period “%1”").arg(periodText(c, table).simplified());
            const Date endMonth {period.end.year, period.end.month, 0};
            const Date startMonth {period.start.year, period.start.month, 0};
            Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                after ? Checks::tr("The deadline “%1” falls after %2 ends (%3): set a deadline within it, e.g. "
                                   "“%3底前”.")
                            .arg(value.simplified(), periodName, endMonth.toString())
                      : Checks::tr("The deadline “%1” falls before %2 starts (%3): set a deadline within it.")
                            .arg(value.simplified(), periodName, startMonth.toString()));
            if (!table.isOverview())
                f.related = {table.base() + QStringLiteral("/period")};
            f.actual = value;
        }
    });
}

} // namespace

const QList<Rule> &dateRules()
{
    static const QList<Rule> rules {
        {"date.period-reversed", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "An implementation period must not end before it starts."),
            periodReversed},
        {"date.invalid", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Dates in the period and the timeliness targets must exist (month "
                "1–12, no 30 February, no fifth quarter)."),
            invalidDates},
        {"date.deadline-outside-period", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A timeliness deadline must fall within the implementation period (the fiscal year for the "
                "department overview)."),
            deadlineOutsidePeriod},
    };
    return rules;
}

} // namespace jixiao::rules
