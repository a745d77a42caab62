// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the arithmetic of a calculation basis (rates, factors, stated
// results and subtotals); the words and signs it acts on are in basiswords.h.
#include "basisparser.h"

#include "basiswords.h"
#include "textscan.h"

#include <QVarLengthArray>

namespace jixiao {

using namespace text;
using namespace basiswords;

namespace {

struct Factor
{
    qint64 mantissa = 0;
    int places = 0;
};

std::optional<Money> product(Money rate, const QVarLengthArray<Factor, 8> &factors)
{
    Money v = rate;
    for (const Factor &f : factors) {
        Money next;
        const bool ok
            = f.places == 0 ? v.multiply(f.mantissa, &next) : v.multiply(f.mantissa, f.places, Rounding::HalfUp, &next);
        if (!ok)
            return std::nullopt;
        v = next;
    }
    return v;
}

// "上年", "去年", "前年" at i: a past year named without its number.
bool isReferenceYear(QStringView s, qsizetype i)
{
    return startsWithAt(s, i, u"上年") || startsWithAt(s, i, u"去年") || startsWithAt(s, i, u"前年")
        || startsWithAt(s, i, u"往年");
}

// What was spent in a past year: "实际支出", "决算", "执行数".
bool isActualWord(QStringView s, qsizetype i)
{
    return startsWithAt(s, i, u"实际") || startsWithAt(s, i, u"决算") || startsWithAt(s, i, u"执行");
}

// "3月、6月、9月、12月各开展一次": how many items the clause before 各 lists
// (joined by 、 和 及 与); 0 when it lists fewer than two.
qint64 listedBefore(QStringView s, qsizetype i)
{
    qint64 joins = 0;
    for (qsizetype k = i - 1; k >= 0; --k) {
        const QChar c = s[k];
        if (c == u'、' || c == u'和' || c == u'及' || c == u'与')
            ++joins;
        else if (isClauseBreak(c) || c == u'（' || c == u'(')
            break;
    }
    return joins > 0 ? joins + 1 : 0;
}

class Parser
{
public:
    Parser(QStringView text, AmountUnit unit, bool skipBrackets)
        : s(text)
        , m_unit(unit)
        , m_skipBrackets(skipBrackets)
    { }

    BasisCalculation run();

private:
    void closeCurrent();
    void onMoney(Money m, qsizetype begin, qsizetype end, bool rateSuffix, bool multiplyAfter);
    void onResult(Money m, qsizetype begin, qsizetype end, bool subtotal);
    void onFactor(Factor f);
    std::optional<Money> sumOf(qsizetype from) const;
    bool multiplyFollows(qsizetype pos) const;

    QStringView s;
    AmountUnit m_unit;
    bool m_skipBrackets;
    BasisCalculation m_calc;

    bool m_open = false;
    BasisItem m_cur;
    QVarLengthArray<Factor, 8> m_curFactors;
    QVarLengthArray<Factor, 8> m_pending;
    qsizetype m_groupStart = 0;
    bool m_rate = false; // a 每… since the last amount
    // A past year's actual is quoted ("2022年实际支出1.68万元"): the next amount
    // is a reference, not an item.
    bool m_reference = false;
    qsizetype m_yearEnd = -10; // where the last year ("2022年", "上年") ended
    qint64 m_each = 0; // "3月、6月、9月各一次": the next count is per listed item
    bool m_afterMultiply = false;
    Marker m_result = Marker::None;
};

bool Parser::multiplyFollows(qsizetype pos) const
{
    const qsizetype k = skipSpaces(s, pos);
    qsizetype len = 0;
    return k < s.size() && isMultiply(s, k, &len);
}

void Parser::closeCurrent()
{
    if (!m_open)
        return;
    m_open = false;
    m_cur.factors = int(m_curFactors.size());
    if (!m_curFactors.isEmpty()) {
        m_cur.computed = product(m_cur.rate, m_curFactors);
        if (!m_cur.computed)
            m_calc.overflow = true;
    }
    m_calc.items.append(m_cur);
    m_cur = BasisItem();
    m_curFactors.clear();
}

std::optional<Money> Parser::sumOf(qsizetype from) const
{
    Money sum;
    for (qsizetype i = from; i < m_calc.items.size(); ++i) {
        const std::optional<Money> v = m_calc.items[i].value();
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

void Parser::onFactor(Factor f)
{
    m_result = Marker::None;
    if (m_each > 1 && f.places == 0) {
        f.mantissa *= m_each;
        m_each = 0;
    }
    if (m_open)
        m_curFactors.append(f);
    else
        m_pending.append(f);
}

void Parser::onMoney(Money m, qsizetype begin, qsizetype end, bool rateSuffix, bool multiplyAfter)
{
    m_calc.hasAmount = true;
    if (m_reference) {
        m_reference = false;
        return;
    }
    if (m_each > 1) {
        // "春节、中秋各0.5万元": the amount is per listed item.
        m_pending.append(Factor {m_each, 0});
        m_rate = true;
        m_each = 0;
    }
    if (m_rate || rateSuffix || m_afterMultiply || multiplyAfter) {
        closeCurrent();
        m_open = true;
        m_cur.kind = BasisItem::Product;
        m_cur.rate = m;
        m_cur.begin = begin;
        m_cur.end = end;
        m_curFactors = m_pending;
        m_pending.clear();
        m_rate = false;
        return;
    }
    // "每次0.2万元，4次，0.8万元": an amount right after a product that equals
    // it is the product's result, written without 共.
    if (m_open && !m_curFactors.isEmpty()) {
        const std::optional<Money> v = product(m_cur.rate, m_curFactors);
        if (v && amountsAgree(*v, m)) {
            m_cur.stated = m;
            m_cur.end = end;
            closeCurrent();
            return;
        }
    }
    closeCurrent();
    BasisItem plain;
    plain.kind = BasisItem::Plain;
    plain.rate = m;
    plain.begin = begin;
    plain.end = end;
    m_calc.items.append(plain);
    m_pending.clear();
}

void Parser::onResult(Money m, qsizetype begin, qsizetype end, bool subtotal)
{
    m_calc.hasAmount = true;
    const qsizetype earlier = m_calc.items.size() - m_groupStart; // closed items in this group
    if (m_open) {
        if (earlier == 0) {
            m_cur.stated = m;
            m_cur.end = end;
            closeCurrent();
            return;
        }
        closeCurrent();
        const BasisItem &closed = m_calc.items.last();
        if (closed.computed && amountsAgree(*closed.computed, m)) {
            m_calc.items.last().stated = m;
            m_calc.items.last().end = end;
            return;
        }
    } else if (earlier == 0) {
        // "共0.8万元" with nothing before it: the text just states an amount.
        BasisItem plain;
        plain.rate = m;
        plain.begin = begin;
        plain.end = end;
        m_calc.items.append(plain);
        return;
    } else if (earlier == 1 && m_calc.items.last().kind == BasisItem::Product && !m_calc.items.last().stated) {
        m_calc.items.last().stated = m;
        m_calc.items.last().end = end;
        return;
    }
    BasisTotal total;
    total.stated = m;
    const std::optional<Money> all = sumOf(0);
    const std::optional<Money> group = sumOf(m_groupStart);
    if (subtotal)
        total.grand = false;
    else if (m_groupStart == 0)
        total.grand = true;
    else if (all && amountsAgree(*all, m))
        total.grand = true;
    else
        total.grand = !(group && amountsAgree(*group, m));
    total.itemsSum = total.grand ? all : group;
    total.itemsEnd = m_calc.items.size();
    m_calc.totals.append(total);
    m_groupStart = m_calc.items.size();
    m_pending.clear();
}

BasisCalculation Parser::run()
{
    const qsizetype n = s.size();
    int depth = 0;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF && !isActiveIdeograph(c.unicode())) {
            m_result = Marker::None;
            switch (c.unicode()) {
            case u'上':
            case u'去':
            case u'前':
            case u'往':
                if (isReferenceYear(s, i))
                    m_yearEnd = i + 2;
                break;
            case u'实':
            case u'决':
            case u'执':
                if (i - m_yearEnd <= 2 && isActualWord(s, i))
                    m_reference = true;
                break;
            case u'各':
                m_each = listedBefore(s, i);
                break;
            default:
                break;
            }
            ++i;
            continue;
        }
        const char16_t u = fold(c);
        if (u == u'(' || c == u'（' || c == u'【' || u == u'[') {
            ++depth;
            ++i;
            continue;
        }
        if (u == u')' || c == u'）' || c == u'】' || u == u']') {
            depth = qMax(0, depth - 1);
            ++i;
            continue;
        }
        if (m_skipBrackets && depth > 0) {
            ++i;
            continue;
        }
        if (isStrongBreak(c)) {
            closeCurrent();
            m_pending.clear();
            m_reference = false;
            m_each = 0;
            m_rate = false;
            m_afterMultiply = false;
            m_result = Marker::None;
            ++i;
            continue;
        }
        if (u == u'+' || (c == u'加' && i + 1 < n && isDigit(s[i + 1]))) {
            closeCurrent();
            m_pending.clear();
            m_afterMultiply = false;
            ++i;
            continue;
        }
        qsizetype len = 0;
        if (isMultiply(s, i, &len)) {
            m_afterMultiply = true;
            i += len;
            continue;
        }
        if (c == u'每') {
            m_rate = true;
            ++i;
            continue;
        }
        const Marker marker = resultMarkerAt(s, i, &len);
        if (marker != Marker::None) {
            qsizetype k = i + len;
            for (;;) {
                k = skipSpaces(s, k);
                const qsizetype f = k < n ? fillerAt(s, k) : 0;
                if (f == 0)
                    break;
                k += f;
            }
            if (k < n && (isDigit(s[k]) || chineseDigit(s[k]) >= 0 || s[k] == u'十')) {
                m_result = marker;
                m_afterMultiply = false;
                i = k;
                continue;
            }
            i += len;
            continue;
        }
        const bool digit = isDigit(c);
        if (digit || chineseDigit(c) >= 0 || c == u'十') {
            qsizetype yearEnd = 0;
            if (yearAt(s, i, &yearEnd) != 0) {
                i = yearEnd;
                m_yearEnd = yearEnd;
                continue;
            }
            qint64 mantissa = 0;
            int places = 0;
            qsizetype end = i;
            bool percent = false;
            if (digit) {
                const Number num = scanNumber(s, i);
                if (num.overflow) {
                    m_calc.overflow = true;
                    i = num.end;
                    continue;
                }
                // Dates ("1-12月", "12月底") and ranges are not counts.
                if (isDatePart(s, num)) {
                    i = num.end;
                    continue;
                }
                mantissa = num.mantissa;
                places = num.places;
                end = num.end;
                if (end < n && (fold(s[end]) == u'%')) {
                    percent = true;
                    ++end;
                }
            } else {
                const qsizetype l = parseChineseNumeral(s, i, &mantissa);
                if (l == 0) {
                    ++i;
                    continue;
                }
                end = i + l;
            }
            const bool ordinal = i > 0 && s[i - 1] == u'第';
            const qsizetype after = skipSpaces(s, end);
            const MoneyUnit mu = percent ? MoneyUnit() : moneyUnitAt(s, after);
            if (mu.length > 0) {
                Money m;
                if (!toMoney(mantissa, places, mu.exponent, m_unit, &m)) {
                    m_calc.overflow = true;
                    i = after + mu.length;
                    continue;
                }
                qsizetype k = after + mu.length;
                bool rateSuffix = false;
                // "0.2万元/次", "500元/人/天"
                while (k + 1 < n && (fold(s[k]) == u'/') && (isCjk(s[k + 1]) || s[k + 1] == u'每')) {
                    rateSuffix = true;
                    k += 2;
                    while (k < n && isCjk(s[k]) && measureWordAt(s, k) > 0 && fold(s[k]) != u'/')
                        ++k;
                }
                const Marker result = m_result;
                m_result = Marker::None;
                if (result != Marker::None)
                    onResult(m, i, k, result == Marker::Subtotal);
                else
                    onMoney(m, i, k, rateSuffix, multiplyFollows(k));
                m_afterMultiply = false;
                i = k;
                continue;
            }
            const qsizetype measure = percent ? 0 : measureWordAt(s, after);
            const bool nearMultiply = m_afterMultiply || multiplyFollows(end);
            if (!ordinal && (measure > 0 || nearMultiply)) {
                onFactor(Factor {mantissa, percent ? places + 2 : places});
                m_afterMultiply = false;
                i = after + measure;
                continue;
            }
            m_result = Marker::None;
            i = end;
            continue;
        }
        if (m_result != Marker::None && !isSpace(c))
            m_result = Marker::None;
        ++i;
    }
    closeCurrent();
    return m_calc;
}

} // namespace

int decimalsOf(Money m)
{
    qint64 v = m.micros();
    if (v == 0)
        return 0;
    int d = Money::Decimals;
    while (d > 0 && v % 10 == 0) {
        v /= 10;
        --d;
    }
    return d;
}

bool amountsAgree(Money a, Money b)
{
    if (a == b)
        return true;
    const int da = decimalsOf(a);
    const int db = decimalsOf(b);
    if (da == db)
        return false;
    const Money precise = da > db ? a : b;
    const Money coarse = da > db ? b : a;
    const int places = qMax(2, qMin(da, db));
    if (places >= qMax(da, db))
        return false;
    return precise.rounded(places, Rounding::HalfUp) == coarse;
}

std::optional<Money> BasisItem::value() const
{
    if (stated)
        return stated;
    if (kind == Plain)
        return rate;
    return computed;
}

bool BasisItem::inconsistent() const
{
    return kind == Product && computed && stated && !amountsAgree(*computed, *stated);
}

bool BasisTotal::agrees() const
{
    return !itemsSum || amountsAgree(*itemsSum, stated);
}

std::optional<Money> BasisCalculation::result() const
{
    if (items.isEmpty())
        return std::nullopt;
    // A grand total with nothing after it is the text's own answer.
    if (!totals.isEmpty() && totals.last().grand && totals.last().itemsEnd == items.size())
        return totals.last().stated;
    Money sum;
    for (const BasisItem &item : items) {
        const std::optional<Money> v = item.value();
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

std::optional<Money> BasisCalculation::recomputed() const
{
    if (items.isEmpty())
        return std::nullopt;
    Money sum;
    for (const BasisItem &item : items) {
        std::optional<Money> v = item.kind == BasisItem::Product && item.computed ? item.computed : item.value();
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

bool BasisCalculation::consistent() const
{
    for (const BasisItem &item : items)
        if (item.inconsistent())
            return false;
    for (const BasisTotal &t : totals)
        if (!t.agrees())
            return false;
    return true;
}

BasisCalculation parseBasis(QStringView text, AmountUnit unit)
{
    BasisCalculation calc = Parser(text, unit, true).run();
    auto bracketed = [&] {
        for (QChar c : text)
            if (c == u'(' || c == u'（' || c == u'【' || c == u'[' || c == u'［')
                return true;
        return false;
    };
    if (!calc.hasAmount && bracketed())
        calc = Parser(text, unit, false).run();
    return calc;
}

qsizetype parseChineseNumeral(QStringView s, qsizetype pos, qint64 *value)
{
    const qsizetype n = s.size();
    if (pos >= n)
        return 0;
    // A numeral starts with a digit or 十 ("十二"); 百/千/万 alone are words.
    if (chineseDigit(s[pos]) < 0 && s[pos] != u'十' && s[pos] != u'拾')
        return 0;
    qint64 total = 0, section = 0, positional = 0;
    int digit = -1;
    bool sawUnit = false;
    qsizetype k = pos;
    while (k < n && k - pos < 16) {
        const int d = chineseDigit(s[k]);
        if (d >= 0) {
            digit = d;
            positional = positional * 10 + d;
            ++k;
            continue;
        }
        const qint64 u = chineseUnit(s[k]);
        if (u == 0)
            break;
        // "三万元", "两千元": the 万/千 belongs to the money unit.
        if (u >= 1000 && k + 1 < n && s[k + 1] == u'元')
            break;
        if (u < 10'000) {
            section += (digit < 0 ? 1 : digit) * u;
        } else {
            total = (total + section + qMax(digit, 0)) * u;
            section = 0;
        }
        digit = -1;
        sawUnit = true;
        ++k;
    }
    if (k == pos)
        return 0;
    *value = sawUnit ? total + section + qMax(digit, 0) : positional;
    return k - pos;
}

} // namespace jixiao
