// SPDX-License-Identifier: GPL-3.0-or-later
// The calculation-basis parser, table-driven: what people write in
// 支出测算依据及过程说明, and what it must read out of it.
#include "rules/basisparser.h"

#include <gtest/gtest.h>

#include <QString>

using namespace jixiao;

namespace {

Money wan(const char *text)
{
    Money m;
    EXPECT_TRUE(Money::parseCanonical(QString::fromUtf8(text), &m)) << text;
    return m;
}

std::string show(const std::optional<Money> &m)
{
    return m ? m->toString().toStdString() : std::string("(none)");
}

struct Case
{
    const char *text;
    const char *result; // what the text arrives at as stated; nullptr = undetermined
    const char *recomputed; // from its own arithmetic; nullptr = same as result
    bool consistent = true;
    int items = -1; // -1 = don't care
    AmountUnit unit = AmountUnit::Wan;
};

const Case cases[] = {
    // The seed's texts.
    {"工业运行工作专项，一年四次，每次0.2万元，共0.8万元", "0.8", nullptr, true, 1},
    {"工业投资工作专项，一年四次，每次0.2万元，共0.8万元", "0.8", nullptr, true, 1},
    {"安全生产检查工作专项，一年两次，每次0.3万元，共0.6万元", "0.6", nullptr, true, 1},
    {"高企及科技中小企业工作专项0.5万元，研发投入工作专项0.3万元，科技成果转化工作专项0.2万元", "1", nullptr, true, 3},
    {"人员经费1.7万元", "1.7", nullptr, true, 1},
    {"工资标准", nullptr, nullptr, true, 0},
    // Products: ×, *, x, 乘, rates before ("每人每月") and after ("/人/月").
    {"3人×12个月×0.5万元/人/月=18万元", "18", nullptr, true, 1},
    {"0.2万元/次×4次=0.8万元", "0.8", nullptr, true, 1},
    {"0.2万元x4=0.8万元", "0.8", nullptr, true, 1},
    {"4次乘0.2万元等于0.8万元", "0.8", nullptr, true, 1},
    {"每人每月500元，3人，12个月，共1.8万元", "1.8", nullptr, true, 1},
    {"培训2期，每期50人，每人200元，共2万元", "2", nullptr, true, 1},
    {"每次0.2万元，一年四次，共0.8万元", "0.8", nullptr, true, 1},
    {"印刷1000册，每册10元，共1万元", "1", nullptr, true, 1},
    {"一年十二次，每次0.05万元，共0.6万元", "0.6", nullptr, true, 1},
    {"每次两千元，共四次，共计0.8万元", "0.8", nullptr, true, 1},
    {"17.84万元×12%=2.14万元", "2.14", "2.1408", true, 1}, // 2.1408 rounded to 分
    {"0.2万元×4次=0.8万元（含专家3人）", "0.8", nullptr, true, 1},
    // A product that does not multiply out.
    {"4次*0.2万元=0.9万元", "0.9", "0.8", false, 1},
    {"一年四次，每次0.2万元，共0.9万元", "0.9", "0.8", false, 1},
    // An amount after a product that equals it is its result.
    {"每次0.2万元，4次，0.8万元", "0.8", nullptr, true, 1},
    {"每次0.2万元×4次，资料费0.3万元", "1.1", nullptr, true, 2},
    // Itemised texts, totals and subtotals.
    {"培训费：2次×0.5万元=1万元；资料费0.3万元；合计1.3万元", "1.3", nullptr, true, 2},
    {"A0.5万元，B0.3万元，合计0.9万元", "0.9", "0.8", false, 2},
    {"A0.3万元，B0.5万元，小计0.8万元；C0.2万元，合计1万元", "1", nullptr, true, 3},
    {"0.5万元+0.3万元=0.8万元", "0.8", nullptr, true, 2},
    {"资料费0.3万元，培训4次，每次0.2万元，共1.1万元", "1.1", nullptr, true, 2},
    // Words that contain 计/共 are not results.
    {"审计费0.5万元，统计调查费0.3万元", "0.8", nullptr, true, 2},
    {"一般公共预算安排0.5万元", "0.5", nullptr, true, 1},
    // Ordinals, dates and brackets are not counts.
    {"第一次0.2万元，第二次0.3万元", "0.5", nullptr, true, 2},
    {"2023年1-12月每月0.5万元，共6万元", "6", nullptr, true, 1},
    {"专家评审费0.5万元（含3名专家）", "0.5", nullptr, true, 1},
    // A rate with no count and no result says nothing about the total.
    {"每月0.5万元", nullptr, nullptr, true, 1},
    {"每年4次，每次0.2万元，共0.8万元", "0.8", nullptr, true, 1},
    // Units: 元, 千元, 万元, 万, full-width digits, thousands separators.
    {"共8千元", "0.8", nullptr, true, 1},
    {"三万元", "3", nullptr, true, 1},
    {"共０．８万元", "0.8", nullptr, true, 1},
    {"办公用品1,200元", "0.12", nullptr, true, 1},
    {"0.2万/次×4次=0.8万", "0.8", nullptr, true, 1},
    {"每次2000元，4次，共8000元", "8000", nullptr, true, 1, AmountUnit::Yuan},
    {"每次0.2万元，4次，共0.8万元", "8000", nullptr, true, 1, AmountUnit::Yuan},
};

class BasisCases : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(BasisCases, ReadsTheCalculation)
{
    const Case &c = GetParam();
    const BasisCalculation calc = parseBasis(QString::fromUtf8(c.text), c.unit);
    SCOPED_TRACE(c.text);
    if (c.result) {
        EXPECT_EQ(show(calc.result()), show(wan(c.result)));
    } else {
        EXPECT_FALSE(calc.result().has_value()) << show(calc.result());
    }
    const char *own = c.recomputed ? c.recomputed : c.result;
    if (own) {
        EXPECT_EQ(show(calc.recomputed()), show(wan(own)));
    }
    EXPECT_EQ(calc.consistent(), c.consistent);
    if (c.items >= 0) {
        EXPECT_EQ(calc.items.size(), c.items);
    }
    EXPECT_EQ(calc.hasAmount, c.items != 0);
    EXPECT_FALSE(calc.overflow);
}

INSTANTIATE_TEST_SUITE_P(Texts, BasisCases, ::testing::ValuesIn(cases));

TEST(BasisParser, HugeNumbersAreFlaggedNotWrapped)
{
    const BasisCalculation calc = parseBasis(u"每次99999999999999999999万元，99999999次，共1万元", AmountUnit::Wan);
    EXPECT_TRUE(calc.overflow);
    const BasisCalculation product = parseBasis(u"每次900000000000万元×900000次", AmountUnit::Wan);
    EXPECT_TRUE(product.overflow);
    EXPECT_FALSE(product.result().has_value());
}

TEST(BasisParser, EmptyAndOddTextIsHarmless)
{
    for (const char16_t *t :
        {u"", u"   ", u"共", u"×××", u"每", u"=", u"（（（", u"）)", u"0.2万元×", u"合计：", u"每次"}) {
        const BasisCalculation calc = parseBasis(t, AmountUnit::Wan);
        EXPECT_FALSE(calc.overflow);
    }
}

TEST(ChineseNumerals, ReadWhatPeopleWrite)
{
    const struct
    {
        const char16_t *text;
        qint64 value;
        qsizetype length;
    } cases[] = {
        {u"四次", 4, 1},
        {u"十二次", 12, 2},
        {u"二十人", 20, 2},
        {u"一百零五", 105, 4},
        {u"两千元", 2, 1},
        {u"两千人", 2000, 2},
        {u"二〇二三年", 2023, 4},
        {u"十次", 10, 1},
        {u"一千二百册", 1200, 4},
        {u"三万元", 3, 1},
        {u"三万人", 30000, 2},
        {u"壹拾贰", 12, 3},
    };
    for (const auto &c : cases) {
        qint64 v = -1;
        EXPECT_EQ(parseChineseNumeral(c.text, 0, &v), c.length) << QString::fromUtf16(c.text).toStdString();
        EXPECT_EQ(v, c.value) << QString::fromUtf16(c.text).toStdString();
    }
    qint64 v = -1;
    EXPECT_EQ(parseChineseNumeral(u"万元", 0, &v), 0);
    EXPECT_EQ(parseChineseNumeral(u"百姓", 0, &v), 0);
    EXPECT_EQ(parseChineseNumeral(u"每次", 0, &v), 0);
}

TEST(AmountsAgree, OnlyWithinRoundingToFen)
{
    EXPECT_TRUE(amountsAgree(wan("0.8"), wan("0.8")));
    EXPECT_TRUE(amountsAgree(wan("2.1408"), wan("2.14")));
    EXPECT_TRUE(amountsAgree(wan("2.14"), wan("2.1408")));
    EXPECT_TRUE(amountsAgree(wan("0.233333"), wan("0.23")));
    EXPECT_FALSE(amountsAgree(wan("0.84"), wan("0.8")));
    EXPECT_FALSE(amountsAgree(wan("0.8"), wan("1")));
    EXPECT_FALSE(amountsAgree(wan("0.7"), wan("0.8")));
    EXPECT_FALSE(amountsAgree(wan("2.146"), wan("2.14")));
    EXPECT_EQ(decimalsOf(wan("0.8")), 1);
    EXPECT_EQ(decimalsOf(wan("3")), 0);
    EXPECT_EQ(decimalsOf(wan("0.000001")), 6);
}
