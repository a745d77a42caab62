// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorvalue.h"

namespace jixiao::text {

namespace {

struct WordMeaning
{
    QStringView word;
    QStringView symbol; // empty: approximate
};

// Longest first, so "不低于" wins over "低于".
constexpr WordMeaning prefixWords[] = {
    {u"大于等于", u"≥"},
    {u"小于等于", u"≤"},
    {u"不低于", u"≥"},
    {u"不少于", u"≥"},
    {u"不小于", u"≥"},
    {u"不超过", u"≤"},
    {u"不高于", u"≤"},
    {u"不大于", u"≤"},
    {u"不多于", u"≤"},
    {u"控制在", u"≤"},
    {u"达到", u"≥"},
    {u"至少", u"≥"},
    {u"最多", u"≤"},
    {u"超过", u"＞"},
    {u"高于", u"＞"},
    {u"大于", u"＞"},
    {u"低于", u"＜"},
    {u"小于", u"＜"},
    {u"约", {}},
    {u"达", u"≥"},
};
constexpr WordMeaning suffixWords[] = {
    {u"及以上", u"≥"},
    {u"及以下", u"≤"},
    {u"以上", u"≥"},
    {u"以下", u"≤"},
    {u"以内", u"≤"},
    {u"之内", u"≤"},
    {u"左右", {}},
    {u"内", u"≤"},
    {u"以", {}},
};

bool isSymbol(QChar c)
{
    switch (c.unicode()) {
    case u'≥':
    case u'≤':
    case u'=':
    case u'＝':
    case u'＞':
    case u'＜':
    case u'>':
    case u'<':
    case u'≧':
    case u'≦':
    case u'≈':
        return true;
    default:
        return false;
    }
}

IndicatorValue::Direction directionOf(QChar symbol)
{
    switch (symbol.unicode()) {
    case u'≥':
    case u'≧':
    case u'>':
    case u'＞':
        return IndicatorValue::AtLeast;
    case u'≤':
    case u'≦':
    case u'<':
    case u'＜':
        return IndicatorValue::AtMost;
    case u'=':
    case u'＝':
        return IndicatorValue::Exactly;
    default:
        return IndicatorValue::Unstated;
    }
}

const WordMeaning *wordAt(QStringView s, qsizetype pos, const WordMeaning *begin, const WordMeaning *end)
{
    if (pos >= s.size())
        return nullptr;
    for (const WordMeaning *w = begin; w != end; ++w)
        if (w->word.front() == s[pos] && startsWithAt(s, pos, w->word))
            return w;
    return nullptr;
}

QStringView trimmed(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

} // namespace

IndicatorValue readIndicatorValue(QStringView value)
{
    IndicatorValue r;
    const QStringView v = trimmed(value);
    // The first number that is not part of a date.
    qsizetype i = 0;
    bool found = false;
    while (i < v.size()) {
        if (!isDigit(v[i])) {
            ++i;
            continue;
        }
        const Number n = scanNumber(v, i);
        if (!isDatePart(v, n)) {
            r.number = n;
            found = true;
            break;
        }
        i = n.end;
    }
    if (!found)
        return r;
    r.quantitative = true;

    // Before the number: nothing, a symbol, or comparator words.
    const QStringView before = trimmed(v.first(r.number.begin));
    bool prefixOk = before.isEmpty();
    if (!before.isEmpty()) {
        if (before.size() == 1 && isSymbol(before[0])) {
            r.comparator = before[0] == u'≈' ? IndicatorValue::NoComparator : IndicatorValue::Symbol;
            r.approximate = before[0] == u'≈';
            prefixOk = true;
        } else if (const WordMeaning *w = wordAt(before, 0, std::begin(prefixWords), std::end(prefixWords));
                   w && w->word.size() == before.size()) {
            r.comparator = !w->symbol.isEmpty() ? IndicatorValue::Words : IndicatorValue::NoComparator;
            r.suggestedSymbol = w->symbol;
            r.approximate = w->symbol.isEmpty();
            prefixOk = true;
        }
    }

    // After it: a unit, then comparator words.
    qsizetype k = skipSpaces(v, r.number.end);
    const qsizetype unitBegin = k;
    while (k < v.size() && !wordAt(v, k, std::begin(suffixWords), std::end(suffixWords)) && !isDigit(v[k])
        && !isClauseBreak(v[k]) && !isSpace(v[k]))
        ++k;
    r.unit = v.sliced(unitBegin, k - unitBegin);
    r.moneyUnit = moneyUnitAt(v, unitBegin);
    if (r.moneyUnit.length != r.unit.size())
        r.moneyUnit = MoneyUnit();
    bool suffixOk = true;
    while (k < v.size()) {
        k = skipSpaces(v, k);
        if (k >= v.size())
            break;
        const WordMeaning *w = wordAt(v, k, std::begin(suffixWords), std::end(suffixWords));
        if (!w || w->word == u"以") {
            suffixOk = false;
            break;
        }
        if (r.comparator == IndicatorValue::NoComparator) {
            if (!w->symbol.isEmpty()) {
                r.comparator = IndicatorValue::Words;
                r.suggestedSymbol = w->symbol;
            } else {
                r.approximate = true;
            }
        }
        k += w->word.size();
    }
    r.simple = prefixOk && suffixOk && r.unit.size() <= 6;
    if (r.comparator == IndicatorValue::Symbol)
        r.direction = directionOf(before[0]);
    else if (r.comparator == IndicatorValue::Words)
        r.direction = directionOf(r.suggestedSymbol.front());
    return r;
}

QString withSymbol(QStringView value, const IndicatorValue &read, QStringView symbol)
{
    if (!read.simple || symbol.isEmpty())
        return QString();
    const QStringView v = trimmed(value);
    QString out = symbol.toString();
    out += v.sliced(read.number.begin, read.number.end - read.number.begin);
    out += read.unit;
    return out;
}

quint64 valueFingerprint(QStringView value, const IndicatorValue &read)
{
    if (!read.quantitative || !read.simple || read.approximate || read.number.overflow)
        return textFingerprint(value);
    qint64 mantissa = read.number.mantissa;
    int places = read.number.places;
    while (places > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --places;
    }
    // Direction, number and unit, each mixed in: 1 ≥ 95 % ≠ 1 ≥ 9.5 %.
    quint64 h = textFingerprint(read.unit, quint64(read.direction) + 1);
    h = (h ^ quint64(mantissa)) * 1099511628211ULL;
    h = (h ^ quint64(places)) * 1099511628211ULL;
    return h;
}

} // namespace jixiao::text
