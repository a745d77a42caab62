// SPDX-License-Identifier: GPL-3.0-or-later
// The small scanners the rules share: numbers, years, dates, indicator values.
#include "rules/indicatorvalue.h"
#include "rules/textscan.h"

#include <gtest/gtest.h>

using namespace jixiao;
using namespace jixiao::text;

TEST(TextScan, Numbers)
{
    Number n = scanNumber(u"19.54万元", 0);
    EXPECT_EQ(n.mantissa, 1954);
    EXPECT_EQ(n.places, 2);
    EXPECT_EQ(n.end, 5);
    n = scanNumber(u"１９．５４", 0);
    EXPECT_EQ(n.mantissa, 1954);
    EXPECT_EQ(n.places, 2);
    n = scanNumber(u"1,234.5元", 0);
    EXPECT_EQ(n.mantissa, 12345);
    EXPECT_EQ(n.places, 1);
    n = scanNumber(u"9.", 0); // a full stop, not decimals
    EXPECT_EQ(n.mantissa, 9);
    EXPECT_EQ(n.end, 1);
    EXPECT_TRUE(scanNumber(u"9.30", 0).sameValue(scanNumber(u"9.3", 0)));
    EXPECT_FALSE(scanNumber(u"9.30", 0).sameValue(scanNumber(u"9.31", 0)));
    EXPECT_TRUE(scanNumber(u"99999999999999999999999", 0).overflow);
}

TEST(TextScan, Years)
{
    qsizetype end = 0;
    EXPECT_EQ(yearAt(u"2023年全年", 0, &end), 2023);
    EXPECT_EQ(end, 5);
    EXPECT_EQ(yearAt(u"2023年度", 0, &end), 2023);
    EXPECT_EQ(yearAt(u"2023-2025年", 0, &end), 2023);
    EXPECT_EQ(yearAt(u"2023-2025年", 5, &end), 2025);
    EXPECT_EQ(yearAt(u"二〇二三年", 0, &end), 2023);
    EXPECT_EQ(yearAt(u"2023万元", 0, &end), 0);
    EXPECT_EQ(yearAt(u"12023年", 1, &end), 0);
    EXPECT_EQ(yearAt(u"3年", 0, &end), 0);
}

TEST(TextScan, DatesAreNotQuantities)
{
    auto date = [](const char16_t *s, qsizetype at) {
        const QStringView v(s);
        return isDatePart(v, scanNumber(v, at));
    };
    EXPECT_TRUE(date(u"2023年全年", 0));
    EXPECT_TRUE(date(u"2023年12月底前", 5));
    EXPECT_TRUE(date(u"1-12月", 0));
    EXPECT_TRUE(date(u"1-12月", 2));
    EXPECT_TRUE(date(u"2023-2025年", 0));
    EXPECT_FALSE(date(u"12个月", 0));
    EXPECT_FALSE(date(u"3年", 0));
    EXPECT_FALSE(date(u"2000-3000元", 0));
    EXPECT_FALSE(date(u"95%", 0));
    EXPECT_FALSE(date(u"每月0.5万元", 2));
    EXPECT_FALSE(date(u"每年4次", 2));
}

TEST(TextScan, MoneyUnits)
{
    EXPECT_EQ(moneyUnitAt(u"万元", 0).exponent, 4);
    EXPECT_EQ(moneyUnitAt(u"千元", 0).exponent, 3);
    EXPECT_EQ(moneyUnitAt(u"元", 0).exponent, 0);
    EXPECT_EQ(moneyUnitAt(u"万/次", 0).length, 1);
    EXPECT_EQ(moneyUnitAt(u"万人", 0).length, 0);
    Money m;
    ASSERT_TRUE(toMoney(2000, 0, 0, AmountUnit::Wan, &m));
    EXPECT_EQ(m.toString(), QStringLiteral("0.2"));
    ASSERT_TRUE(toMoney(8, 1, 4, AmountUnit::Yuan, &m));
    EXPECT_EQ(m.toString(), QStringLiteral("8000"));
    EXPECT_FALSE(toMoney(999999999999999LL, 0, 8, AmountUnit::Yuan, &m));
}

TEST(IndicatorValues, ReadAsPeopleWriteThem)
{
    IndicatorValue v = readIndicatorValue(u"≥95%");
    EXPECT_TRUE(v.quantitative && v.simple);
    EXPECT_EQ(v.comparator, IndicatorValue::Symbol);
    EXPECT_EQ(v.unit, u"%");

    v = readIndicatorValue(u"95%以上");
    EXPECT_EQ(v.comparator, IndicatorValue::Words);
    EXPECT_EQ(v.suggestedSymbol, QStringLiteral("≥"));
    EXPECT_EQ(withSymbol(u"95%以上", v, v.suggestedSymbol), QStringLiteral("≥95%"));

    v = readIndicatorValue(u"不超过3万元");
    EXPECT_EQ(v.suggestedSymbol, QStringLiteral("≤"));
    EXPECT_EQ(v.moneyUnit.exponent, 4);
    EXPECT_EQ(withSymbol(u"不超过3万元", v, v.suggestedSymbol), QStringLiteral("≤3万元"));

    v = readIndicatorValue(u"368.9万元");
    EXPECT_TRUE(v.simple);
    EXPECT_EQ(v.comparator, IndicatorValue::NoComparator);
    EXPECT_EQ(v.moneyUnit.length, 2);

    v = readIndicatorValue(u" 10辆 ");
    EXPECT_TRUE(v.simple);
    EXPECT_EQ(v.unit, u"辆");

    v = readIndicatorValue(u"8.5%左右");
    EXPECT_TRUE(v.approximate);
    EXPECT_EQ(v.comparator, IndicatorValue::NoComparator);

    v = readIndicatorValue(u"≥95");
    EXPECT_TRUE(v.simple);
    EXPECT_TRUE(v.unit.isEmpty());

    v = readIndicatorValue(u"完成3项工作");
    EXPECT_TRUE(v.quantitative);
    EXPECT_FALSE(v.simple);

    for (const char16_t *q :
        {u"2023年全年", u"2023年12月底前", u"达到市定年度目标值\n市工信局、市科技局", u"提升", u""})
        EXPECT_FALSE(readIndicatorValue(q).quantitative) << QString::fromUtf16(q).toStdString();
}
