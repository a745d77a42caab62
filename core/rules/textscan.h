// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/money.h"

#include <QStringView>

#include <optional>

// Small, allocation-free scanners over the Chinese text people type into the
// form: numbers (half- or full-width), units, years, comparators. The checks
// run on every keystroke, so nothing here uses regular expressions.
namespace jixiao::text {

// Full-width ASCII (U+FF01…U+FF5E) as ASCII, the ideographic space as a space.
inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    if (u == 0x3000 || u == 0x00A0)
        return u' ';
    return u;
}
inline bool isDigit(QChar c)
{
    const char16_t u = fold(c);
    return u >= u'0' && u <= u'9';
}
// Whitespace, including the ideographic and no-break spaces; fast for the
// CJK text that makes up most of a filing.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    if (u < 0x80)
        return false;
    return u == 0x3000 || u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029
        || u == 0x202F || u == 0x205F || u == 0x0085;
}
bool isCjk(QChar c);
// Punctuation that ends a clause: ，。；：、！？ and their ASCII forms, newlines.
bool isClauseBreak(QChar c);
// Any punctuation (clause breaks, brackets, quotes, dashes, …).
bool isPunctuation(QChar c);

// An Arabic number: "19.54", "１９．５４", "1,234.5".
struct Number
{
    qsizetype begin = 0, end = 0;
    qint64 mantissa = 0; // value = mantissa / 10^places
    int places = 0;
    int integerDigits = 0;
    bool overflow = false;
    bool operator==(const Number &o) const { return mantissa == o.mantissa && places == o.places; }
    bool sameValue(const Number &o) const;
};
// Reads a number starting at `pos` (which must be a digit).
Number scanNumber(QStringView s, qsizetype pos);

// The money units people write after an amount, as powers of ten of 元.
struct MoneyUnit
{
    int exponent = 0; // 元 0, 千元 3, 万元 4, 亿元 8
    qsizetype length = 0;
};
// A money unit of moneyUnitNames() at `pos`, or a lone "万" not followed by
// a measure word; length 0 if none.
MoneyUnit moneyUnitAt(QStringView s, qsizetype pos);

// mantissa/10^places units of `fromExponent` in the filing's unit. Rounds
// below a millionth half up. False on overflow.
bool toMoney(qint64 mantissa, int places, int fromExponent, AmountUnit unit, Money *out);

// A measure word after a count ("次", "人", "个月", "人次", "家", …): its length, or 0.
qsizetype measureWordAt(QStringView s, qsizetype pos);

// The number at n is a calendar date part: a year (2023年, 2023-2025年,
// 2023.12), a month or day ("12月", "年12月", "1-12月"), or a year-like
// 4-digit number directly before 年度.
bool isDatePart(QStringView s, const Number &n);

// A year written with 年: "2023年", "2023年度", the first of "2023-2025年",
// "二〇二三年". Returns the year and sets *end, or returns 0.
int yearAt(QStringView s, qsizetype pos, qsizetype *end);

qsizetype skipSpaces(QStringView s, qsizetype pos);

struct YearHit
{
    int year = 0;
    qsizetype begin = 0, end = 0;
};

// Calls fn(YearHit) for every year written with 年 in s (see yearAt).
template<typename Fn> void forEachYear(QStringView s, Fn fn)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        // Years start with a digit, or 一/二 when written in Chinese.
        if (u >= 0x3400 && u <= 0x9FFF ? (u != u'一' && u != u'二') : !isDigit(c))
            continue;
        if (i > 0 && isDigit(s[i - 1]))
            continue;
        qsizetype end = 0;
        const int y = yearAt(s, i, &end);
        if (y == 0)
            continue;
        fn(YearHit {y, i, end});
        i = end - 1;
    }
}

// The first leftover of a Word file or placeholder in a text ("[bookmark:
// _GoBack]", "**", "…", "XX", "请填写", field codes): its span, or {-1, -1}.
std::pair<qsizetype, qsizetype> findLeftover(QStringView s);

bool startsWithAt(QStringView s, qsizetype pos, QStringView word);

// Nothing but whitespace (or nothing at all).
inline bool isBlank(QStringView s)
{
    for (QChar c : s)
        if (!isSpace(c))
            return false;
    return true;
}

// A 64-bit fingerprint of a text as people mean it: spaces left out,
// full-width forms as ASCII, trailing full stops ignored. Equal for "略。" and
// " 略"; for telling copies apart without allocating.
quint64 textFingerprint(QStringView s, quint64 seed = 0);

// The whole cell is no answer: "略", "无", "同上", "/", "待定", "详见附件",
// "见附表2" … — a pointer elsewhere or a refusal instead of the content.
bool isNonAnswer(QStringView s);

// The clause around [begin, end): from the previous clause break to the next
// one, so that a message quotes a whole phrase ("2022年实际支出1.68万元"),
// never a number cut in two.
std::pair<qsizetype, qsizetype> clauseAround(QStringView s, qsizetype begin, qsizetype end);

} // namespace jixiao::text
