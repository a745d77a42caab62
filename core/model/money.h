// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <QtNumeric>

#include <compare>
#include <limits>
#include <optional>
#include <span>

namespace jixiao {

// The unit a filing's amounts are written in (schema: amountUnit).
enum class AmountUnit { Wan, Yuan };

QString amountUnitName(AmountUnit unit); // "万元" / "元"
std::optional<AmountUnit> amountUnitFromName(QStringView name);
int exponentOf(AmountUnit unit); // the unit as a power of ten of 元: 万元 4, 元 0

// The money units people write after an amount, as powers of ten of 元: the
// one table for typed cells and for the amounts in calculation texts.
struct MoneyUnitName
{
    QStringView text; // "亿元", "万元", "千元", "百元", "元"
    int exponent; // 8, 4, 3, 2, 0
};
std::span<const MoneyUnitName> moneyUnitNames();

enum class Rounding {
    HalfUp, // 四舍五入, what finance staff expect
    HalfEven, // banker's rounding
    Down, // towards zero
    Up, // away from zero
};

// An exact amount of money in the filing's unit, held as an integer count of
// millionths of that unit (万元 with 6 decimals is exactly 分). Never a double.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::Money)

public:
    static constexpr int Decimals = 6;
    static constexpr qint64 Scale = 1'000'000;

    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }
    static constexpr Money fromUnits(qint64 units) { return Money(units * Scale); }

    constexpr qint64 micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    // The interchange format's exact form: ^-?[0-9]+(\.[0-9]{1,6})?$.
    static bool parseCanonical(QStringView text, Money *out, QString *error = nullptr);

    // What people type into a cell: "19.54", "0.8万元", "2000元", "1,234.5",
    // full-width "１９．５４", spaces around. Amounts with a unit are converted
    // into `unit`. Rejects with a reason a user understands; never truncates.
    // An empty (or blank) text is not a value: returns false with *isEmpty set.
    static bool parseInput(
        QStringView text, AmountUnit unit, Money *out, QString *error = nullptr, bool *isEmpty = nullptr);

    // Shortest exact decimal ("0.3", "19.54", "3", "-0.000001").
    QString toString() const;
    // For display: optional thousands separators ("1,234.5"), optional fixed
    // minimum decimals (2 → "3.00").
    QString toDisplayString(bool thousandsSeparators, int minDecimals = 0) const;

    // Checked arithmetic: returns false on overflow and leaves *out untouched.
    bool add(Money other, Money *out) const;
    bool subtract(Money other, Money *out) const;
    bool multiply(qint64 count, Money *out) const;
    // Multiply by the decimal numerator/10^decimals (e.g. 0.05 = 5, 2), rounded
    // back to 6 decimals with the given rule.
    bool multiply(qint64 numerator, int decimals, Rounding rounding, Money *out) const;
    // Round to `decimals` places (0..6) of the unit.
    Money rounded(int decimals, Rounding rounding) const;

    // Operators for sums: they saturate at the int64 limits instead of
    // overflowing (undefined behaviour). No real filing comes near ±9.2×10^12
    // units, and a saturated total still disagrees with any real amount, so
    // the sum checks stay right. Use add()/subtract() to detect overflow.
    Money operator+(Money o) const { return Money(saturatedAdd(m_micros, o.m_micros)); }
    Money operator-(Money o) const { return Money(saturatedAdd(m_micros, saturatedNegate(o.m_micros))); }
    Money operator-() const { return Money(saturatedNegate(m_micros)); }
    Money &operator+=(Money o)
    {
        m_micros = saturatedAdd(m_micros, o.m_micros);
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // Largest magnitude the parser accepts: 10^12 units (a trillion 万元).
    static constexpr qint64 MaxMicros = 1'000'000'000'000LL * Scale;

private:
    static qint64 saturatedAdd(qint64 a, qint64 b)
    {
        qint64 r;
        if (qAddOverflow(a, b, &r))
            return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return r;
    }
    static qint64 saturatedNegate(qint64 a)
    {
        return a == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -a;
    }
    constexpr explicit Money(qint64 micros)
        : m_micros(micros)
    { }
    qint64 m_micros = 0;
};

// An amount cell of the form: empty means "not filled in" and counts as 0 in
// every sum, but is kept apart from an explicit 0 so files round-trip.
using Amount = std::optional<Money>;

inline Money valueOrZero(const Amount &a)
{
    return a.value_or(Money());
}
// What a typed amount cell becomes: a value, or empty for blank input (a
// cleared cell). False with the reason for anything else.
bool parseAmountInput(QStringView text, AmountUnit unit, Amount *out, QString *error = nullptr);
QString amountToString(const Amount &a); // "" for empty

} // namespace jixiao
