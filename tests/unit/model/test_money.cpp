// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/money.h"

#include <gtest/gtest.h>

using namespace jixiao;

namespace {

struct Accept
{
    const char *input;
    AmountUnit unit;
    const char *expected; // canonical, in `unit`
};

Money parsed(const char *text, AmountUnit unit = AmountUnit::Wan)
{
    Money m;
    QString error;
    EXPECT_TRUE(Money::parseInput(QString::fromUtf8(text), unit, &m, &error)) << text << ": " << error.toStdString();
    return m;
}

} // namespace

TEST(Money, CellsAndCalculationTextsKnowTheSameUnits)
{
    // Every unit a calculation text reads (text::moneyUnitAt) is accepted
    // in a cell, with the same power of ten.
    for (const MoneyUnitName &u : moneyUnitNames()) {
        Money m;
        QString error;
        ASSERT_TRUE(Money::parseInput(QStringLiteral("1") + u.text.toString(), AmountUnit::Yuan, &m, &error))
            << u.text.toString().toStdString() << ": " << error.toStdString();
        qint64 yuan = 1;
        for (int i = 0; i < u.exponent; ++i)
            yuan *= 10;
        EXPECT_EQ(m, Money::fromUnits(yuan)) << u.text.toString().toStdString();
    }
}

TEST(Money, AcceptsWhatPeopleType)
{
    const Accept cases[] = {
        {"19.54", AmountUnit::Wan, "19.54"},
        {"0.8万元", AmountUnit::Wan, "0.8"},
        {"0.8 万元", AmountUnit::Wan, "0.8"},
        {"0.8万", AmountUnit::Wan, "0.8"},
        {"2000元", AmountUnit::Wan, "0.2"},
        {"1234.56元", AmountUnit::Wan, "0.123456"},
        {"3千元", AmountUnit::Wan, "0.3"},
        // The same unit table as the calculation texts (moneyUnitNames()).
        {"0.0012亿元", AmountUnit::Wan, "12"},
        {"5百元", AmountUnit::Wan, "0.05"},
        {"0.8万元", AmountUnit::Yuan, "8000"},
        {"19.54", AmountUnit::Yuan, "19.54"},
        {"1,234.5", AmountUnit::Wan, "1234.5"},
        {"1,234,567", AmountUnit::Wan, "1234567"},
        {"１９．５４", AmountUnit::Wan, "19.54"},
        {"１，２３４．５万元", AmountUnit::Wan, "1234.5"},
        {"  3  ", AmountUnit::Wan, "3"},
        {"\xe3\x80\x80" "3" "\xe3\x80\x80", AmountUnit::Wan, "3"}, // ideographic spaces
        {"-1.5", AmountUnit::Wan, "-1.5"},
        {"－１.５", AmountUnit::Wan, "-1.5"},
        {"19.5400", AmountUnit::Wan, "19.54"},
        {".5", AmountUnit::Wan, "0.5"},
        {"007", AmountUnit::Wan, "7"},
        {"0.000001", AmountUnit::Wan, "0.000001"},
        {"¥12", AmountUnit::Yuan, "12"},
        {"0", AmountUnit::Wan, "0"},
    };
    for (const Accept &c : cases) {
        Money m;
        QString error;
        ASSERT_TRUE(Money::parseInput(QString::fromUtf8(c.input), c.unit, &m, &error))
            << c.input << ": " << error.toStdString();
        EXPECT_EQ(m.toString().toStdString(), c.expected) << c.input;
    }
}

TEST(Money, RejectsWithAReason)
{
    struct Reject
    {
        const char *input;
        AmountUnit unit;
        const char *reasonContains;
    };
    const Reject cases[] = {
        {"abc", AmountUnit::Wan, "is not an amount"},
        {"十万", AmountUnit::Wan, "is not an amount"},
        {"1e3", AmountUnit::Wan, "scientific notation"},
        {"1E3", AmountUnit::Wan, "scientific notation"},
        {"1.2.3", AmountUnit::Wan, "more than one decimal point"},
        {"１．２．３", AmountUnit::Wan, "more than one decimal point"},
        {"0.1234567", AmountUnit::Wan, "more precise than one fen"},
        {"1.234", AmountUnit::Yuan, "more precise than one fen"},
        {"99999999999999999999", AmountUnit::Wan, "too large"},
        {"1000000000001", AmountUnit::Wan, "too large"},
        {"1,23", AmountUnit::Wan, "thousands separators"},
        {"12,3456", AmountUnit::Wan, "thousands separators"},
        {",123", AmountUnit::Wan, "thousands separators"},
        {"-", AmountUnit::Wan, "is not an amount"},
        {"1 2", AmountUnit::Wan, "is not an amount"},
        {"万元", AmountUnit::Wan, "is not an amount"},
    };
    for (const Reject &c : cases) {
        Money m = Money::fromUnits(42);
        QString error;
        EXPECT_FALSE(Money::parseInput(QString::fromUtf8(c.input), c.unit, &m, &error)) << c.input;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.reasonContains))) << c.input << " → " << error.toStdString();
        EXPECT_EQ(m, Money::fromUnits(42)) << "a rejected input must not change the value";
    }
}

TEST(Money, FenIsTheFinestUnitInEitherUnit)
{
    EXPECT_EQ(parsed("0.01元").toString(), QStringLiteral("0.000001"));
    EXPECT_EQ(parsed("0.5元").toString(), QStringLiteral("0.00005"));
    Money m;
    QString error;
    EXPECT_FALSE(Money::parseInput(u"0.001元", AmountUnit::Wan, &m, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("fen")));
    EXPECT_TRUE(Money::parseInput(u"0.000001万元", AmountUnit::Yuan, &m, &error));
    EXPECT_EQ(m.toString(), QStringLiteral("0.01"));
}

TEST(Money, EmptyIsNotAValue)
{
    Money m;
    bool empty = false;
    EXPECT_FALSE(Money::parseInput(u"   ", AmountUnit::Wan, &m, nullptr, &empty));
    EXPECT_TRUE(empty);
    EXPECT_FALSE(Money::parseInput(u"x", AmountUnit::Wan, &m, nullptr, &empty));
    EXPECT_FALSE(empty);
}

TEST(Money, CanonicalParsingIsStrict)
{
    Money m;
    EXPECT_TRUE(Money::parseCanonical(u"368.9", &m));
    EXPECT_EQ(m.micros(), 368'900'000);
    EXPECT_TRUE(Money::parseCanonical(u"-0.000001", &m));
    EXPECT_EQ(m.micros(), -1);
    for (const char16_t *bad : {u"", u"0.8万元", u"1,000", u" 1", u"1.", u".5", u"1.1234567", u"+1", u"1e3", u"１"})
        EXPECT_FALSE(Money::parseCanonical(bad, &m)) << QString::fromUtf16(bad).toStdString();
}

TEST(Money, FormattingRoundTripsExactly)
{
    const Money a = parsed("0.1"), b = parsed("0.2");
    EXPECT_EQ((a + b).toString(), QStringLiteral("0.3"));
    EXPECT_EQ(parsed("346.36") + parsed("22.54"), parsed("368.9"));
    for (const char16_t *s : {u"0", u"3", u"19.54", u"0.000001", u"-12.5", u"999999999999.999999", u"1000000"}) {
        Money m;
        ASSERT_TRUE(Money::parseCanonical(s, &m));
        EXPECT_EQ(m.toString(), QString::fromUtf16(s));
    }
    EXPECT_EQ(parsed("1234567.5").toDisplayString(true), QStringLiteral("1,234,567.5"));
    EXPECT_EQ(parsed("-1234.5").toDisplayString(true, 2), QStringLiteral("-1,234.50"));
    EXPECT_EQ(parsed("123").toDisplayString(true), QStringLiteral("123"));
    EXPECT_EQ(Money::fromMicros(std::numeric_limits<qint64>::min()).toString(),
              QStringLiteral("-9223372036854.775808"));
}

TEST(Money, ArithmeticIsCheckedAndRoundingExplicit)
{
    Money out;
    EXPECT_TRUE(parsed("0.2").multiply(4, &out));
    EXPECT_EQ(out, parsed("0.8"));
    EXPECT_FALSE(Money::fromMicros(std::numeric_limits<qint64>::max()).multiply(2, &out));
    EXPECT_FALSE(Money::fromMicros(std::numeric_limits<qint64>::max()).add(Money::fromMicros(1), &out));
    EXPECT_FALSE(Money::fromMicros(std::numeric_limits<qint64>::min()).subtract(Money::fromMicros(1), &out));
    // 10 × 0.333333 at 6 decimals, then rates: 100 × 3.5% = 3.5
    EXPECT_TRUE(parsed("100").multiply(35, 3, Rounding::HalfUp, &out));
    EXPECT_EQ(out, parsed("3.5"));
    // 0.000005 × 0.5 = 0.0000025 → half-up 0.000003, half-even 0.000002, down 0.000002
    EXPECT_TRUE(parsed("0.000005").multiply(5, 1, Rounding::HalfUp, &out));
    EXPECT_EQ(out.micros(), 3);
    EXPECT_TRUE(parsed("0.000005").multiply(5, 1, Rounding::HalfEven, &out));
    EXPECT_EQ(out.micros(), 2);
    EXPECT_TRUE(parsed("0.000005").multiply(5, 1, Rounding::Down, &out));
    EXPECT_EQ(out.micros(), 2);
    EXPECT_TRUE(parsed("-0.000005").multiply(5, 1, Rounding::HalfUp, &out));
    EXPECT_EQ(out.micros(), -3);
    EXPECT_EQ(parsed("2.345").rounded(2, Rounding::HalfUp), parsed("2.35"));
    EXPECT_EQ(parsed("2.345").rounded(2, Rounding::HalfEven), parsed("2.34"));
    EXPECT_EQ(parsed("2.341").rounded(2, Rounding::Up), parsed("2.35"));
    EXPECT_EQ(parsed("-2.345").rounded(2, Rounding::HalfUp), parsed("-2.35"));
    EXPECT_LT(parsed("0.7"), parsed("0.8"));
    EXPECT_EQ(valueOrZero(std::nullopt), Money());
    EXPECT_EQ(amountToString(std::nullopt), QString());
}

// Found by fuzz_money: a long integer part in 万元 converted into 元 overflowed
// while scaling instead of being refused as too large.
TEST(Money, HugeAmountsInAnotherUnitAreRefusedNotOverflowed)
{
    Money m;
    QString error;
    EXPECT_FALSE(Money::parseInput(u"999999999999999999万元", AmountUnit::Yuan, &m, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too large"))) << error.toStdString();
    EXPECT_FALSE(Money::parseInput(u"100000000000万元", AmountUnit::Yuan, &m, &error));
}

// Found by fuzz_money: a fraction with thousands of digits overflowed before
// the "too many decimals" refusal.
TEST(Money, EndlessFractionIsRefusedNotOverflowed)
{
    Money m;
    QString error;
    EXPECT_FALSE(Money::parseCanonical(QStringLiteral("1.") + QString(40, QLatin1Char('9')), &m, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("decimal places"))) << error.toStdString();
}

// Sums of amounts near the limit must stay defined (they saturate) and keep
// disagreeing with real amounts, so the sum checks cannot be fooled.
TEST(Money, SumsSaturateInsteadOfOverflowing)
{
    const Money big = Money::fromMicros(Money::MaxMicros);
    Money sum;
    for (int i = 0; i < 20; ++i)
        sum += big;
    EXPECT_EQ(sum.micros(), std::numeric_limits<qint64>::max());
    EXPECT_NE(sum, big);
    EXPECT_EQ((-sum - big).micros(), std::numeric_limits<qint64>::min());
    EXPECT_EQ((-Money::fromMicros(std::numeric_limits<qint64>::min())).micros(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(Money::fromUnits(2) + Money::fromUnits(3), Money::fromUnits(5));
    EXPECT_EQ(Money::fromUnits(2) - Money::fromUnits(3), -Money::fromUnits(1));
}

TEST(Money, AmountInputIsAValueOrACleanedCell)
{
    Amount a = Money::fromUnits(1);
    QString error;
    EXPECT_TRUE(parseAmountInput(u" ０.８万元 ", AmountUnit::Wan, &a, &error));
    EXPECT_EQ(a, Money::fromMicros(800'000));
    EXPECT_TRUE(parseAmountInput(u"  ", AmountUnit::Wan, &a, &error));
    EXPECT_FALSE(a.has_value());
    a = Money::fromUnits(1);
    EXPECT_FALSE(parseAmountInput(u"0.8万元元", AmountUnit::Wan, &a, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(a, Money::fromUnits(1)) << "a refused input leaves the cell as it was";
}
