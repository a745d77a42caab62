// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/filing.h"
#include "model/jsonio.h"
#include "model/jsonpointer.h"

#include <gtest/gtest.h>

using namespace jixiao;

TEST(Filing, SummaryIsDerivedFromFundsAndDirections)
{
    const Filing f = sampleFiling();
    const QList<SummaryRow> rows = summaryTable(f);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0].kind, SummaryRow::Total);
    EXPECT_EQ(amountToString(rows[0].amount), QStringLiteral("22.54"));
    EXPECT_EQ(rows[1].number, QStringLiteral("一"));
    EXPECT_EQ(rows[1].name, QStringLiteral("提退人员经费"));
    EXPECT_EQ(rows[2].number, QStringLiteral("1"));
    EXPECT_EQ(rows[2].periodGoal, QStringLiteral("提前退休人员工资及人员经费19.54万元"));
    EXPECT_EQ(rows[3].number, QStringLiteral("二"));
    EXPECT_EQ(amountToString(rows[4].amount), QStringLiteral("3"));
    EXPECT_EQ(rows[4].fundIndex, 1);
    EXPECT_EQ(rows[4].directionIndex, 0);
}

TEST(Filing, SummaryTotalOfEmptyFundsIsEmpty)
{
    Filing f;
    f.funds.append(Fund{QStringLiteral("a"), std::nullopt, {}});
    EXPECT_FALSE(summaryTable(f)[0].amount.has_value());
}

TEST(Filing, ChineseOrdinals)
{
    EXPECT_EQ(chineseOrdinal(1), QStringLiteral("一"));
    EXPECT_EQ(chineseOrdinal(10), QStringLiteral("十"));
    EXPECT_EQ(chineseOrdinal(12), QStringLiteral("十二"));
    EXPECT_EQ(chineseOrdinal(20), QStringLiteral("二十"));
    EXPECT_EQ(chineseOrdinal(99), QStringLiteral("九十九"));
}

TEST(IndicatorScheme, NamesAreComparedAsTheGuideSays)
{
    EXPECT_EQ(normalizeIndicatorName(u"可持续影响  指标"), QStringLiteral("可持续影响"));
    EXPECT_EQ(normalizeIndicatorName(u"经济效益\n指标"), normalizeIndicatorName(u"经济效益"));
    const IndicatorScheme &hunan = indicatorScheme(IndicatorSchemeId::Hunan2023);
    EXPECT_EQ(hunan.level1Index(u"产出指标"), 0);
    EXPECT_EQ(hunan.level1Index(u"效益"), 1);
    EXPECT_EQ(hunan.level1Index(u"满意度指标"), -1);
    EXPECT_EQ(hunan.level2Index(1, u"社会公众及服务对象满意度指标"), 4);
    EXPECT_EQ(hunan.level2Index(1, u"社会公众及（或）服务对象满意度指标"), 4);
    EXPECT_EQ(hunan.level2Index(0, u"成本"), 3);
    EXPECT_TRUE(hunan.level1[0].level2[3].isCost);
    const IndicatorScheme &mof2015 = indicatorScheme(IndicatorSchemeId::Mof2015);
    EXPECT_EQ(mof2015.level1.size(), 3);
    EXPECT_EQ(mof2015.findLevel2(u"服务对象满意度指标"), std::make_pair(2, 0));
    const IndicatorScheme &mof2021 = indicatorScheme(IndicatorSchemeId::Mof2021);
    EXPECT_EQ(mof2021.level1[0].name, QStringLiteral("成本指标"));
    EXPECT_TRUE(mof2021.level1[0].level2[0].isCost);
    EXPECT_EQ(mof2021.level2Index(1, u"成本指标"), -1); // 成本 is its own 一级 there
    EXPECT_EQ(indicatorSchemeFromKey(u"mof-2021"), IndicatorSchemeId::Mof2021);
    EXPECT_FALSE(indicatorSchemeFromKey(u"mof-2099").has_value());
}

TEST(JsonPointer, EscapesAndSplits)
{
    EXPECT_EQ(pointer::join(QStringLiteral("/a"), QStringLiteral("b/c~d")), QStringLiteral("/a/b~1c~0d"));
    EXPECT_EQ(pointer::split(u"/a/b~1c~0d"), (QStringList{QStringLiteral("a"), QStringLiteral("b/c~d")}));
    EXPECT_EQ(pointer::split(u""), QStringList());
    EXPECT_EQ(pointer::detail(1, 0, 1), QStringLiteral("/funds/1/directions/0/details/1"));
}

TEST(Filing, SumsOfAmountsCountEmptyAsZeroAndStayEmptyWhenAllAre)
{
    QList<DetailLine> lines(3);
    EXPECT_FALSE(sumOfAmounts(lines).has_value());
    lines[0].amount = Money::fromMicros(800'000);
    lines[2].amount = Money::fromMicros(700'000);
    EXPECT_EQ(sumOfAmounts(lines), Money::fromMicros(1'500'000));
    const Filing f = sampleFiling();
    EXPECT_EQ(sumOfAmounts(f.funds), Money::fromMicros(22'540'000));
    EXPECT_EQ(sumOfAmounts(f.funds[1].directions[0].details), Money::fromUnits(3));
    EXPECT_EQ(sumOfAmounts(f.funds[0].directions), Money::fromMicros(19'540'000));
}
