// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include "basisparser.h"
#include "textscan.h"

#include <QVarLengthArray>

namespace jixiao::text {

namespace {

enum class Tok : quint8 {
    Year,
    Month,
    Day,
    Quarter,
    Half,
    WholeYear,
    YearEnd,
    YearStart,
    NextYear,
    Bare, // a number whose unit comes from the other side ("1-12月")
    Separator,
};

struct Token
{
    Tok kind;
    int value = 0;
};

using Tokens = QVarLengthArray<Token, 16>;

bool isRangeSign(QChar c)
{
    const char16_t u = fold(c);
    return u == u'-' || u == u'~' || c == u'—' || c == u'–' || c == u'～' || c == u'至' || c == u'到';
}

bool isDateSign(QChar c)
{
    const char16_t u = fold(c);
    return u == u'.' || u == u'/' || u == u'-';
}

// Up to two digits at `pos`; their value and how many, 0 if none (or more than two).
int twoDigits(QStringView s, qsizetype pos, qsizetype *end)
{
    qsizetype k = pos;
    int v = 0;
    while (k < s.size() && isDigit(s[k]) && k - pos < 3) {
        v = v * 10 + (fold(s[k]) - u'0');
        ++k;
    }
    if (k == pos || k - pos > 2)
        return -1;
    *end = k;
    return v;
}

struct Word
{
    QStringView text;
    Tok kind;
    int value;
};

constexpr Word words[] = {
    {u"上半年", Tok::Half, 1},
    {u"下半年", Tok::Half, 2},
    {u"全年", Tok::WholeYear, 0},
    {u"年度", Tok::WholeYear, 0},
    {u"年底", Tok::YearEnd, 0},
    {u"年末", Tok::YearEnd, 0},
    {u"年终", Tok::YearEnd, 0},
    {u"年初", Tok::YearStart, 0},
    {u"次年", Tok::NextYear, 0},
    {u"翌年", Tok::NextYear, 0},
    {u"明年", Tok::NextYear, 0},
    {u"下一年", Tok::NextYear, 0},
    {u"下年度", Tok::NextYear, 0},
    {u"第二年", Tok::NextYear, 0},
};

// A duration, not a date: "3个月", "45天", "1年", "30日内", "5个工作日".
bool durationAt(QStringView s, qsizetype k)
{
    static constexpr QStringView units[]
        = {u"个", u"天", u"年", u"周", u"小时", u"工作日", u"日内", u"日以内", u"日之内"};
    for (QStringView u : units)
        if (startsWithAt(s, k, u))
            return true;
    return false;
}

Tokens tokenize(QStringView s)
{
    Tokens t;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (isDigit(c)) {
            if (i > 0 && (isDigit(s[i - 1]) || fold(s[i - 1]) == u'.')) {
                ++i;
                continue;
            }
            const Number num = scanNumber(s, i);
            const qint64 whole = num.mantissa / (num.places == 1 ? 10 : num.places == 2 ? 100 : 1);
            if (num.integerDigits == 4 && whole >= 1900 && whole <= 2099 && num.places <= 2) {
                t.append({Tok::Year, int(whole)});
                qsizetype k = num.end;
                if (num.places > 0) {
                    // "2023.07", "2023.1.1": a year and a month (and a day).
                    t.append({Tok::Month, int(num.mantissa - whole * (num.places == 1 ? 10 : 100))});
                } else if (k + 1 < n && isDateSign(s[k]) && isDigit(s[k + 1])) {
                    // "2023/01", "2023-01-31"; "2023-2025" is a range of years.
                    qsizetype e = 0;
                    const int month = twoDigits(s, k + 1, &e);
                    if (month >= 0) {
                        t.append({Tok::Month, month});
                        k = e;
                    }
                    if (month >= 0 && k + 1 < n && fold(s[k]) == fold(s[num.end]) && isDigit(s[k + 1])) {
                        const int day = twoDigits(s, k + 1, &e);
                        if (day >= 0) {
                            t.append({Tok::Day, day});
                            k = e;
                        }
                    }
                    i = k;
                    continue;
                }
                if (num.places > 0 && k + 1 < n && (fold(s[k]) == u'.' || fold(s[k]) == u'/') && isDigit(s[k + 1])) {
                    qsizetype e = 0;
                    const int day = twoDigits(s, k + 1, &e);
                    if (day >= 0) {
                        t.append({Tok::Day, day});
                        k = e;
                    }
                }
                k = skipSpaces(s, k);
                if (k < n && s[k] == u'年')
                    ++k;
                if (k + 1 < n && s[k] == u'年' && s[k + 1] == u'度')
                    k += 2;
                i = k;
                continue;
            }
            if (num.places == 0 && num.integerDigits <= 2) {
                const int v = int(num.mantissa);
                const qsizetype k = skipSpaces(s, num.end);
                if (durationAt(s, k)) {
                    i = k;
                    continue;
                }
                if (k < n && s[k] == u'月') {
                    t.append({Tok::Month, v});
                    i = k + 1;
                    continue;
                }
                if (k < n && (s[k] == u'日' || s[k] == u'号')) {
                    t.append({Tok::Day, v});
                    i = k + 1;
                    continue;
                }
                if (k < n && s[k] == u'季') {
                    t.append({Tok::Quarter, v});
                    i = k + 1;
                    continue;
                }
                if (k < n && isRangeSign(s[k]))
                    t.append({Tok::Bare, v});
            }
            i = num.end;
            continue;
        }
        if (c == u'一' || c == u'二') {
            qsizetype end = 0;
            const int y = yearAt(s, i, &end);
            if (y) {
                t.append({Tok::Year, y});
                i = end;
                continue;
            }
        }
        qint64 value = 0;
        if (const qsizetype l = parseChineseNumeral(s, i, &value); l > 0) {
            const qsizetype k = i + l;
            if (k < n && s[k] == u'月' && value >= 1 && value <= 12)
                t.append({Tok::Month, int(value)});
            else if (k < n && s[k] == u'季')
                t.append({Tok::Quarter, int(value)});
            i = k;
            continue;
        }
        if (isRangeSign(c)) {
            t.append({Tok::Separator, 0});
            ++i;
            continue;
        }
        bool word = false;
        for (const Word &w : words)
            if (c == w.text.front() && startsWithAt(s, i, w.text)) {
                t.append({w.kind, w.value});
                i += w.text.size();
                word = true;
                break;
            }
        if (!word)
            ++i;
    }
    return t;
}

// What one side of a period states.
struct Side
{
    int year = 0;
    int firstMonth = 0, lastMonth = 0;
    int firstDay = 0, lastDay = 0; // the day written after the first / last month
    int quarter = 0, half = 0;
    bool yearEnd = false, yearStart = false, nextYear = false, any = false;
    int looseDay = 0; // a day with no month before it on this side
};

Side sideOf(const Token *begin, const Token *end, Tok bareAs)
{
    Side side;
    Tok previous = Tok::Separator;
    for (const Token *t = begin; t != end; ++t) {
        Tok kind = t->kind;
        if (kind == Tok::Bare)
            kind = bareAs;
        switch (kind) {
        case Tok::Year:
            side.year = t->value;
            side.any = true;
            break;
        case Tok::Month:
            if (!side.firstMonth)
                side.firstMonth = t->value;
            side.lastMonth = t->value;
            side.lastDay = 0;
            side.any = true;
            break;
        case Tok::Day:
            if (previous == Tok::Month) {
                if (side.firstMonth == side.lastMonth && !side.firstDay)
                    side.firstDay = t->value;
                side.lastDay = t->value;
            } else if (!side.lastMonth) {
                side.looseDay = t->value;
            }
            break;
        case Tok::Quarter:
            side.quarter = t->value;
            side.any = true;
            break;
        case Tok::Half:
            side.half = t->value;
            side.any = true;
            break;
        case Tok::WholeYear:
            side.any = true;
            break;
        case Tok::YearEnd:
            side.yearEnd = true;
            side.any = true;
            break;
        case Tok::YearStart:
            side.yearStart = true;
            side.any = true;
            break;
        case Tok::NextYear:
            side.nextYear = true;
            side.any = true;
            break;
        default:
            break;
        }
        previous = kind;
    }
    return side;
}

Tok unitOfFirst(const Token *begin, const Token *end)
{
    for (const Token *t = begin; t != end; ++t)
        if (t->kind == Tok::Year || t->kind == Tok::Month || t->kind == Tok::Day)
            return t->kind;
    return Tok::Bare;
}

// The first and last day a side covers, in year y.
void spanOf(const Side &s, int y, Date *lo, Date *hi)
{
    if (s.lastMonth) {
        *lo = {y, s.firstMonth, s.firstDay ? s.firstDay : 1};
        *hi = {y, s.lastMonth, s.lastDay ? s.lastDay : daysInMonth(y, s.lastMonth)};
    } else if (s.quarter >= 1 && s.quarter <= 4) {
        *lo = {y, s.quarter * 3 - 2, 1};
        *hi = {y, s.quarter * 3, daysInMonth(y, s.quarter * 3)};
    } else if (s.half) {
        *lo = {y, s.half == 1 ? 1 : 7, 1};
        *hi = {y, s.half == 1 ? 6 : 12, s.half == 1 ? 30 : 31};
    } else if (s.yearEnd) {
        *lo = {y, 12, 1};
        *hi = {y, 12, 31};
    } else if (s.yearStart) {
        *lo = {y, 1, 1};
        *hi = {y, 1, 31};
    } else {
        *lo = {y, 1, 1};
        *hi = {y, 12, 31};
    }
}

// The first date of a side that does not exist, as written; empty if none.
QString impossibleIn(const Side &s, int y)
{
    auto bad = [&](int month, int day) {
        return month < 1 || month > 12 || (day != 0 && (day < 1 || day > daysInMonth(y, month)));
    };
    for (auto [month, day] : {std::pair {s.firstMonth, s.firstDay}, std::pair {s.lastMonth, s.lastDay}})
        if (month && bad(month, day))
            return Date {y, month, day}.toString();
    if (s.quarter && (s.quarter < 1 || s.quarter > 4))
        return QStringLiteral("第%1季度").arg(s.quarter);
    return QString();
}

} // namespace

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 31;
    if (month == 2) {
        const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        return leap ? 29 : 28;
    }
    return days[month - 1];
}

QString Date::toString() const
{
    QString s;
    if (year)
        s += QString::number(year) + QStringLiteral("年");
    if (month)
        s += QString::number(month) + QStringLiteral("月");
    if (day)
        s += QString::number(day) + QStringLiteral("日");
    return s;
}

bool namesDate(QStringView text)
{
    for (const Token &t : tokenize(text))
        if (t.kind != Tok::Separator && t.kind != Tok::Bare)
            return true;
    return false;
}

Period readPeriod(QStringView text, int contextYear)
{
    Period p;
    const Tokens tokens = tokenize(text);
    for (const Token &t : tokens)
        if (t.kind == Tok::Year) {
            p.yearWritten = true;
            p.firstYear = p.firstYear ? qMin(p.firstYear, t.value) : t.value;
            p.lastYear = qMax(p.lastYear, t.value);
        }
    // Split at the first range sign with a date on both sides.
    qsizetype split = -1;
    for (qsizetype i = 1; i + 1 < tokens.size(); ++i)
        if (tokens[i].kind == Tok::Separator) {
            split = i;
            break;
        }
    const Token *begin = tokens.cbegin();
    const Token *end = tokens.cend();
    Side a, b;
    if (split > 0) {
        const Token *mid = begin + split;
        a = sideOf(begin, mid, unitOfFirst(mid + 1, end));
        // On the second side a bare number continues the first side's last unit.
        Tok after = Tok::Bare;
        for (const Token *t = begin; t != mid; ++t)
            if (t->kind == Tok::Year)
                after = Tok::Month;
            else if (t->kind == Tok::Month || t->kind == Tok::Bare)
                after = Tok::Day;
        b = sideOf(mid + 1, end, after);
        p.range = a.any && b.any;
    }
    if (!p.range)
        a = sideOf(begin, end, Tok::Bare);
    if (!a.any)
        return p;

    // The years: a side without one takes the other's, else the context's.
    int yearA = a.year;
    if (!yearA)
        yearA = p.range && b.year && !b.nextYear ? b.year : contextYear;
    if (a.nextYear && !a.year && yearA)
        ++yearA;
    if (!yearA)
        return p;
    Date loA, hiA;
    spanOf(a, yearA, &loA, &hiA);
    p.start = loA;
    p.end = hiA;
    p.impossibleText = impossibleIn(a, yearA);
    if (p.range) {
        int yearB = b.year ? b.year : yearA + (b.nextYear ? 1 : 0);
        Side bb = b;
        if (!bb.lastMonth && !bb.quarter && !bb.half && !bb.year && !bb.yearEnd && bb.looseDay && a.lastMonth) {
            // "2023年1月1日-31日": the day ends the first side's month.
            bb.firstMonth = bb.lastMonth = a.lastMonth;
            bb.firstDay = bb.lastDay = bb.looseDay;
        }
        Date loB, hiB;
        spanOf(bb, yearB, &loB, &hiB);
        p.end = hiB;
        if (p.impossibleText.isEmpty())
            p.impossibleText = impossibleIn(bb, yearB);
        if (hiB.key() < loA.key()) {
            p.reversed = true;
            p.reversedFrom = {yearA, a.lastMonth ? a.firstMonth : 0, 0};
            p.reversedTo = {yearB, bb.lastMonth, 0};
        }
    }
    auto finer = [](const Side &s) { return s.lastMonth || s.quarter || s.half || s.yearEnd || s.yearStart; };
    p.finerThanYear = finer(a) || (p.range && finer(b));
    p.impossible = !p.impossibleText.isEmpty();
    p.valid = true;
    return p;
}

} // namespace jixiao::text
