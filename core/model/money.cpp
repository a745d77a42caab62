// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QtNumeric>

namespace jixiao {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// n / d rounded by rule; d > 0.
qint64 divideRounded(qint64 n, qint64 d, Rounding rounding)
{
    const qint64 q = n / d;
    const qint64 r = n % d; // same sign as n
    if (r == 0)
        return q;
    const int sign = n < 0 ? -1 : 1;
    const qint64 absR = r < 0 ? -r : r; // |r| < d, so 2|r| cannot overflow for d ≤ 10^18
    switch (rounding) {
    case Rounding::Down:
        return q;
    case Rounding::Up:
        return q + sign;
    case Rounding::HalfUp:
        return 2 * absR >= d ? q + sign : q;
    case Rounding::HalfEven:
        if (2 * absR > d)
            return q + sign;
        if (2 * absR < d)
            return q;
        return (q % 2 == 0) ? q : q + sign;
    }
    return q;
}

bool fitsMoney(qint64 micros)
{
    return micros <= Money::MaxMicros && micros >= -Money::MaxMicros;
}

// Folds what a Chinese IME types into ASCII: full-width digits and
// punctuation (U+FF01…U+FF5E) and the ideographic space.
QString foldFullWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

struct Decimal
{
    bool negative = false;
    qint64 mantissa = 0; // value = mantissa / 10^places
    int places = 0;
};

} // namespace

QString amountUnitName(AmountUnit unit)
{
    return unit == AmountUnit::Wan ? QStringLiteral("万元") : QStringLiteral("元");
}

int exponentOf(AmountUnit unit)
{
    return unit == AmountUnit::Wan ? 4 : 0;
}

std::span<const MoneyUnitName> moneyUnitNames()
{
    static constexpr MoneyUnitName Names[] = {{u"亿元", 8}, {u"万元", 4}, {u"千元", 3}, {u"百元", 2}, {u"元", 0}};
    return Names;
}

std::optional<AmountUnit> amountUnitFromName(QStringView name)
{
    if (name == u"万元")
        return AmountUnit::Wan;
    if (name == u"元")
        return AmountUnit::Yuan;
    return std::nullopt;
}

bool Money::parseCanonical(QStringView text, Money *out, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && text[i] == u'-') {
        negative = true;
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < n && text[i] >= u'0' && text[i] <= u'9'; ++i) {
        whole = whole * 10 + (text[i].unicode() - u'0');
        ++wholeDigits;
        if (whole > MaxMicros / Scale) {
            setError(error, tr("The amount is too large."));
            return false;
        }
    }
    if (wholeDigits == 0) {
        setError(error, tr("“%1” is not an exact decimal amount such as 19.54.").arg(text));
        return false;
    }
    qint64 frac = 0;
    int fracDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        for (; i < n && text[i] >= u'0' && text[i] <= u'9'; ++i) {
            if (++fracDigits <= Decimals) // beyond that it is refused below; don't overflow first
                frac = frac * 10 + (text[i].unicode() - u'0');
        }
        if (fracDigits == 0 || fracDigits > Decimals) {
            setError(error,
                fracDigits == 0 ? tr("“%1” is not an exact decimal amount such as 19.54.").arg(text)
                                : tr("“%1” has more than %2 decimal places.").arg(text).arg(Decimals));
            return false;
        }
    }
    if (i != n) {
        setError(error, tr("“%1” is not an exact decimal amount such as 19.54.").arg(text));
        return false;
    }
    const qint64 micros = whole * Scale + frac * pow10(Decimals - fracDigits);
    if (!fitsMoney(micros)) {
        setError(error, tr("The amount is too large."));
        return false;
    }
    if (out)
        *out = Money(qint64(negative ? -micros : micros));
    return true;
}

bool Money::parseInput(QStringView input, AmountUnit unit, Money *out, QString *error, bool *isEmpty)
{
    if (isEmpty)
        *isEmpty = false;
    QString text = foldFullWidth(input).trimmed();
    if (text.isEmpty()) {
        if (isEmpty)
            *isEmpty = true;
        setError(error, tr("The amount is empty."));
        return false;
    }
    const QString original = input.trimmed().toString();

    // A unit after the number (万元, 千元, 元, …, or a bare 万): the amount is
    // converted from it.
    int unitExponent = exponentOf(unit);
    const int targetExponent = unitExponent;
    bool unitFound = false;
    for (const MoneyUnitName &u : moneyUnitNames()) {
        if (text.endsWith(u.text)) {
            text.chop(u.text.size());
            text = text.trimmed();
            unitExponent = u.exponent;
            unitFound = true;
            break;
        }
    }
    if (!unitFound && text.endsWith(u'万')) {
        text.chop(1);
        text = text.trimmed();
        unitExponent = 4;
    }
    if (text.startsWith(u'¥'))
        text = text.mid(1).trimmed();

    Decimal d;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        d.negative = text[i] == u'-';
        ++i;
    }
    int digits = 0;
    int groupDigits = 0; // digits since the last comma
    bool sawComma = false;
    bool sawPoint = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            ++digits;
            if (digits > 18) { // 10^18 micros is far above MaxMicros
                setError(error, tr("“%1” is too large to be an amount.").arg(original));
                return false;
            }
            d.mantissa = d.mantissa * 10 + (c.unicode() - u'0');
            if (sawPoint)
                ++d.places;
            else
                ++groupDigits;
        } else if (c == u',' && !sawPoint) {
            // Thousands separators: 1,234,567.8
            if ((sawComma && groupDigits != 3) || (!sawComma && (groupDigits == 0 || groupDigits > 3))) {
                setError(error, tr("The thousands separators in “%1” are misplaced.").arg(original));
                return false;
            }
            sawComma = true;
            groupDigits = 0;
        } else if (c == u'.') {
            if (sawPoint) {
                setError(error, tr("“%1” has more than one decimal point.").arg(original));
                return false;
            }
            if (sawComma && groupDigits != 3) {
                setError(error, tr("The thousands separators in “%1” are misplaced.").arg(original));
                return false;
            }
            sawPoint = true;
        } else if ((c == u'e' || c == u'E') && digits > 0) {
            setError(error, tr("“%1”: scientific notation is not accepted; type the amount in full.").arg(original));
            return false;
        } else {
            setError(error, tr("“%1” is not an amount. Type a number such as 19.54, 0.8万元 or 2000元.").arg(original));
            return false;
        }
    }
    if (digits == 0) {
        setError(error, tr("“%1” is not an amount. Type a number such as 19.54, 0.8万元 or 2000元.").arg(original));
        return false;
    }
    if (sawComma && !sawPoint && groupDigits != 3) {
        setError(error, tr("The thousands separators in “%1” are misplaced.").arg(original));
        return false;
    }

    // Drop trailing zeros of the fraction: "19.5400" is 19.54.
    while (d.places > 0 && d.mantissa % 10 == 0) {
        d.mantissa /= 10;
        --d.places;
    }
    // Into the filing's unit: value × 10^(unitExponent − targetExponent).
    int places = d.places - (unitExponent - targetExponent);
    qint64 mantissa = d.mantissa;
    while (places < 0) {
        ++places;
        if (qMulOverflow(mantissa, qint64(10), &mantissa) || mantissa > MaxMicros) {
            setError(error, tr("“%1” is too large to be an amount.").arg(original));
            return false;
        }
    }
    const int maxPlaces = targetExponent == 4 ? 6 : 2; // 分
    if (places > maxPlaces) {
        setError(error, tr("“%1” is more precise than one fen (0.01元); round it first.").arg(original));
        return false;
    }
    qint64 micros = 0;
    if (qMulOverflow(mantissa, pow10(Decimals - places), &micros) || !fitsMoney(micros)) {
        setError(error, tr("“%1” is too large to be an amount.").arg(original));
        return false;
    }
    if (out)
        *out = Money(qint64(d.negative ? -micros : micros));
    return true;
}

QString Money::toString() const
{
    return toDisplayString(false, 0);
}

QString Money::toDisplayString(bool thousandsSeparators, int minDecimals) const
{
    const bool negative = m_micros < 0;
    const quint64 abs = negative ? quint64(0) - quint64(m_micros) : quint64(m_micros);
    QString whole = QString::number(abs / quint64(Scale));
    if (thousandsSeparators) {
        for (qsizetype pos = whole.size() - 3; pos > 0; pos -= 3)
            whole.insert(pos, QLatin1Char(','));
    }
    QString frac = QStringLiteral("%1").arg(abs % quint64(Scale), Decimals, 10, QLatin1Char('0'));
    qsizetype keep = frac.size();
    const int minKeep = qBound(0, minDecimals, int(Decimals));
    while (keep > minKeep && frac[keep - 1] == u'0')
        --keep;
    frac.truncate(keep);
    QString out;
    if (negative)
        out += QLatin1Char('-');
    out += whole;
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    return out;
}

bool Money::add(Money other, Money *out) const
{
    qint64 r;
    if (qAddOverflow(m_micros, other.m_micros, &r))
        return false;
    *out = Money(r);
    return true;
}

bool Money::subtract(Money other, Money *out) const
{
    qint64 r;
    if (qSubOverflow(m_micros, other.m_micros, &r))
        return false;
    *out = Money(r);
    return true;
}

bool Money::multiply(qint64 count, Money *out) const
{
    qint64 r;
    if (qMulOverflow(m_micros, count, &r))
        return false;
    *out = Money(r);
    return true;
}

bool Money::multiply(qint64 numerator, int decimals, Rounding rounding, Money *out) const
{
    if (decimals < 0 || decimals > 18)
        return false;
    qint64 product = 0;
    if (qMulOverflow(m_micros, numerator, &product))
        return false; // beyond any real calculation (10^12 units × 10^6)
    *out = Money(divideRounded(product, pow10(decimals), rounding));
    return true;
}

Money Money::rounded(int decimals, Rounding rounding) const
{
    const int drop = Decimals - qBound(0, decimals, int(Decimals));
    if (drop == 0)
        return *this;
    const qint64 unit = pow10(drop);
    return Money(divideRounded(m_micros, unit, rounding) * unit);
}

bool parseAmountInput(QStringView text, AmountUnit unit, Amount *out, QString *error)
{
    Money m;
    bool empty = false;
    if (Money::parseInput(text, unit, &m, error, &empty)) {
        *out = m;
        return true;
    }
    if (!empty)
        return false;
    out->reset();
    return true;
}

QString amountToString(const Amount &a)
{
    return a ? a->toString() : QString();
}

} // namespace jixiao
