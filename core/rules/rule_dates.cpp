// SPDX-License-Identifier: GPL-3.0-or-later
// Dates that contradict each other: an implementation period that ends before
// it starts, a month or day that does not exist, a 时效 deadline outside the
// period it belongs to. Years that do not fit the fiscal year at all are
// year.stale's.
#include "rule.h"

#include "textscan.h"

#include <QVarLengthArray>

namespace jixiao::rules {

namespace {

using namespace text;

// A calendar point as people write it in the form; 0 = not stated.
struct Date
{
    int year = 0, month = 0, day = 0;
    bool empty() const { return year == 0 && month == 0 && day == 0; }
};

bool isRangeSeparator(QChar c)
{
    const char16_t u = fold(c);
    return u == u'-' || u == u'~' || c == u'—' || c == u'–' || c == u'～' || c == u'至' || c == u'到';
}

// The numbers of a date written "2023年1月1日", "2023.1", "2023/1/1", "1月",
// "12月31日": each number with the unit that follows it ('年' '月' '日', or 0).
struct Part
{
    int value = 0;
    char16_t unit = 0;
    bool dotted = false; // "2023.12": year and month in one token
    int month = 0; // the month of a dotted token
};

using Parts = QVarLengthArray<Part, 8>;

Parts partsOf(QStringView s)
{
    Parts parts;
    for (qsizetype i = 0; i < s.size();) {
        if (!isDigit(s[i])) {
            ++i;
            continue;
        }
        const Number n = scanNumber(s, i);
        Part p;
        if (n.overflow || n.mantissa > 99999) {
            i = n.end;
            continue;
        }
        if (n.places > 0 && n.integerDigits == 4 && n.places <= 2) {
            // "2023.12" / "2023.1": a year and a month.
            qint64 scale = n.places == 1 ? 10 : 100;
            p.value = int(n.mantissa / scale);
            p.month = int(n.mantissa % scale);
            p.dotted = true;
            p.unit = u'年';
        } else if (n.places > 0) {
            i = n.end;
            continue;
        } else {
            p.value = int(n.mantissa);
            const qsizetype k = skipSpaces(s, n.end);
            if (k < s.size() && (s[k] == u'年' || s[k] == u'月' || s[k] == u'日' || s[k] == u'号'))
                p.unit = s[k] == u'号' ? u'日' : s[k].unicode();
            else if (n.integerDigits == 4 && k < s.size() && (fold(s[k]) == u'/' || fold(s[k]) == u'.'))
                p.unit = u'年'; // "2023/1/1"
        }
        parts.append(p);
        i = n.end;
    }
    return parts;
}

// One side of a range: the parts it states, units completed from the
// other side ("2023-2025年": the bare 2023 is a year, as 2025 is), else
// from the unit before them ("2023年1-12月": after a year, a month).
Date dateOf(const Parts &parts, char16_t bareUnit)
{
    Date d;
    int slot = 0; // the next unit after the last one seen: 1 month, 2 day
    for (const Part &p : parts) {
        char16_t unit = p.unit;
        if (unit == 0)
            unit = slot == 1 ? u'月' : slot == 2 ? u'日' : bareUnit;
        if (unit == u'年') {
            d.year = p.value;
            if (p.dotted)
                d.month = p.month;
            slot = p.dotted ? 2 : 1;
        } else if (unit == u'月') {
            d.month = p.value;
            slot = 2;
        } else if (unit == u'日') {
            d.day = p.value;
            slot = 3;
        }
    }
    return d;
}

struct Period
{
    Date start, end;
    bool valid = false;
};

// "2023年1-12月", "2023年1月至12月", "2023.1-2023.12", "2023-2025年",
// "2023年全年", "2023年1月1日-2023年12月31日".
Period parsePeriod(QStringView s)
{
    Period p;
    qsizetype split = -1;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (isRangeSeparator(s[i])) {
            split = i;
            break;
        }
    if (split < 0) {
        const Parts parts = partsOf(s);
        p.start = dateOf(parts, 0);
        p.end = p.start;
    } else {
        const Parts first = partsOf(s.first(split));
        const Parts second = partsOf(s.sliced(split + 1));
        if (first.isEmpty() || second.isEmpty())
            return p;
        // The first side's last number without a unit takes the other
        // side's first unit: "1-12月", "2023-2025年".
        p.start = dateOf(first, first.last().unit == 0 ? second.first().unit : 0);
        p.end = dateOf(second, 0);
        if (p.end.year == 0)
            p.end.year = p.start.year;
    }
    p.valid = p.start.year != 0;
    return p;
}

// Month-precision comparison key; a missing month is the start or the end of
// the year.
int monthKey(const Date &d, bool asEnd)
{
    return d.year * 12 + (d.month ? d.month : (asEnd ? 12 : 1));
}

// A day counts only after a month: "45日内" is a duration, not a date.
bool invalidDate(const Date &d)
{
    return d.month > 12 || (d.month != 0 && d.day > 31);
}

QString describe(const Date &d)
{
    QString s;
    if (d.year)
        s += QString::number(d.year) + QStringLiteral("年");
    if (d.month)
        s += QString::number(d.month) + QStringLiteral("月");
    return s;
}

const QString &periodText(const CheckContext &c, const TableRef &table)
{
    return c.filing.funds[table.fund].directions[table.direction].period;
}

// The period an indicator table's 时效 deadlines must fall in: the
// direction's 项目实施期, or the fiscal year for the overview.
bool periodOf(const CheckContext &c, const TableRef &table, Period *out)
{
    if (table.isOverview()) {
        out->start = {c.filing.fiscalYear, 1, 0};
        out->end = {c.filing.fiscalYear, 12, 0};
        out->valid = true;
        return true;
    }
    *out = parsePeriod(periodText(c, table));
    if (!out->valid || invalidDate(out->start) || invalidDate(out->end)
        || monthKey(out->end, true) < monthKey(out->start, false))
        return false; // the period itself is wrong: its own finding
    // A period that misses the fiscal year is year.stale's.
    return out->start.year <= c.filing.fiscalYear && out->end.year >= c.filing.fiscalYear;
}

bool isTimeliness(const Level2Def *def)
{
    return def && !def->isCost && !def->isSatisfaction && def->name.startsWith(u"时效");
}

void periodReversed(const CheckContext &c, Sink &sink)
{
    for (int f = 0; f < c.filing.funds.size(); ++f)
        for (int d = 0; d < c.filing.funds[f].directions.size(); ++d) {
            const QString &text = c.filing.funds[f].directions[d].period;
            const Period p = parsePeriod(text);
            if (!p.valid || invalidDate(p.start) || invalidDate(p.end))
                continue;
            if (monthKey(p.end, true) >= monthKey(p.start, false))
                continue;
            Finding &finding = sink.add(TableRef {f, d}.base() + QStringLiteral("/period"),
                Checks::tr("The implementation period “%1” ends (%2) before it starts (%3): write it from the "
                           "earlier month to the later, e.g. “%4年1-12月”.")
                    .arg(text.simplified(), describe(p.end), describe(p.start))
                    .arg(c.filing.fiscalYear));
            finding.actual = text;
        }
}

// A month or a day that does not exist, in the period or a 时效 value.
void invalidDates(const CheckContext &c, Sink &sink)
{
    auto check = [&](const QString &text, const QString &pointer) {
        if (!text.contains(u'月') && !text.contains(u'日') && !text.contains(u'.') && !text.contains(u'/'))
            return;
        // Every date of the text, on either side of a range.
        const Period p = parsePeriod(text);
        if (!p.valid && p.start.empty())
            return;
        const Date bad = invalidDate(p.start) ? p.start : invalidDate(p.end) ? p.end : Date();
        if (bad.empty())
            return;
        QString date = QString::number(bad.month) + QStringLiteral("月");
        if (bad.day)
            date += QString::number(bad.day) + QStringLiteral("日");
        Finding &f = sink.add(pointer,
            Checks::tr("“%1” names a date that does not exist (%2): months run from 1 to 12, days from 1 to 31.")
                .arg(text.simplified(), date));
        f.actual = text;
    };
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (!table.isOverview())
            check(periodText(c, table), table.base() + QStringLiteral("/period"));
        for (int i = 0; i < indicators.size(); ++i)
            if (isTimeliness(c.facts(table, i).placement.def))
                check(indicators[i].value, table.indicator(i, QLatin1String("value")));
    });
}

// The latest date a 时效 value names with a month ("2024年3月底前", "12月31日前",
// "年底前" = December); empty when it names none.
Date deadlineOf(QStringView value, const Period &period)
{
    Date latest;
    Date current;
    for (const Part &p : partsOf(value)) {
        if (p.unit == u'年') {
            current = {p.value, p.dotted ? p.month : 0, 0};
            if (p.dotted && monthKey(current, true) > monthKey(latest, true))
                latest = current;
        } else if (p.unit == u'月') {
            current.month = p.value;
            if (current.year == 0) {
                // A month without a year: in a period within one year, that year.
                if (period.start.year != period.end.year)
                    continue;
                current.year = period.end.year;
            }
            if (latest.empty() || monthKey(current, true) > monthKey(latest, true))
                latest = current;
        }
    }
    if (latest.empty() && (value.contains(u"年底") || value.contains(u"年末"))) {
        int year = 0;
        forEachYear(value, [&](const YearHit &h) { year = qMax(year, h.year); });
        if (year == 0 && period.start.year == period.end.year)
            year = period.end.year;
        if (year)
            latest = {year, 12, 0};
    }
    return latest;
}

void deadlineOutsidePeriod(const CheckContext &c, Sink &sink)
{
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
            const Date deadline = deadlineOf(value, period);
            // Earlier years are year.stale's; dates that do not exist date.invalid's.
            if (deadline.empty() || deadline.year < c.filing.fiscalYear || invalidDate(deadline))
                continue;
            const bool after = monthKey(deadline, true) > monthKey(period.end, true);
            const bool before = monthKey(deadline, true) < monthKey(period.start, false);
            if (!after && !before)
                continue;
            const QString periodName = table.isOverview()
                ? Checks::tr("the fiscal year %1").arg(c.filing.fiscalYear)
                : Checks::tr("the implementation period “%1”").arg(periodText(c, table).simplified());
            Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                after ? Checks::tr("The deadline “%1” falls after %2 ends (%3): set a deadline within it, e.g. "
                                   "“%3底前”.")
                            .arg(value.simplified(), periodName, describe(period.end))
                      : Checks::tr("The deadline “%1” falls before %2 starts (%3): set a deadline within it.")
                            .arg(value.simplified(), periodName, describe(period.start)));
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
                "1–12, day 1–31)."),
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
