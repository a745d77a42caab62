// SPDX-License-Identifier: GPL-3.0-or-later
// One defect in, one finding out, at the right pointer — for every rule. And
// the reverse: rewriting the seed in other valid ways gives no new finding
// (false alarms are bugs too).
#include "findings.h"

#include "model/jsonio.h"

#include <algorithm>
#include <functional>

using namespace jixiao;

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

Money m(const char *text)
{
    Money v;
    EXPECT_TRUE(Money::parseCanonical(QString::fromUtf8(text), &v)) << text;
    return v;
}

struct Outcome
{
    std::set<Key> added, removed;
    QList<Finding> findings;
};

Outcome mutate(const std::function<void(Filing &)> &change, const CheckOptions &options = {})
{
    const Filing seed = sampleFiling();
    Filing f = seed;
    change(f);
    Outcome o;
    o.findings = runChecks(f, options);
    const std::set<Key> before = keys(runChecks(seed, options));
    const std::set<Key> after = keys(o.findings);
    std::set_difference(
        after.begin(), after.end(), before.begin(), before.end(), std::inserter(o.added, o.added.end()));
    std::set_difference(
        before.begin(), before.end(), after.begin(), after.end(), std::inserter(o.removed, o.removed.end()));
    return o;
}

const Finding *findingAt(const Outcome &o, const char *rule, const char *pointer)
{
    for (const Finding &f : o.findings)
        if (f.rule == QLatin1String(rule) && f.pointer == QLatin1String(pointer))
            return &f;
    return nullptr;
}

Direction &dir(Filing &f, int fund)
{
    return f.funds[fund].directions[0];
}

#define EXPECT_ONLY(outcome, ...)                                                                                      \
    do {                                                                                                               \
        const Outcome &o_ = (outcome);                                                                                 \
        EXPECT_EQ(o_.added, (std::set<Key> {__VA_ARGS__})) << describe(o_.findings);                                   \
        EXPECT_TRUE(o_.removed.empty()) << describe(o_.findings);                                                      \
    } while (false)

#define EXPECT_NOTHING_NEW(outcome)                                                                                    \
    do {                                                                                                               \
        const Outcome &o_ = (outcome);                                                                                 \
        EXPECT_TRUE(o_.added.empty()) << describe(o_.findings);                                                        \
    } while (false)

} // namespace

// ---- sums --------------------------------------------------------------

TEST(Mutation, BudgetByIncome)
{
    const Outcome o = mutate([](Filing &f) { f.overview.budget.generalPublic = m("368.8"); });
    EXPECT_ONLY(o, {"sum.budget-income", E, "/overview/budget/total"});
    const Finding *f = findingAt(o, "sum.budget-income", "/overview/budget/total");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, QStringLiteral("368.8"));
    EXPECT_EQ(f->actual, QStringLiteral("368.9"));
    EXPECT_TRUE(f->applicable);
    EXPECT_TRUE(f->related.contains(QStringLiteral("/overview/budget/generalPublic")));
}

TEST(Mutation, EmptyIncomeCellsCountAsZero)
{
    // The seed leaves 政府性基金拨款 and 其他资金 empty; filling them with 0 changes nothing.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        f.overview.budget.governmentFund = Money();
        f.overview.budget.other = Money();
    }));
    const Outcome o = mutate([](Filing &f) {
        f.overview.budget.generalPublic = m("360");
        f.overview.budget.other = m("8.9");
    });
    EXPECT_NOTHING_NEW(o);
}

TEST(Mutation, BudgetByExpenditure)
{
    const Outcome o = mutate([](Filing &f) { f.overview.budget.basic = m("346.35"); });
    EXPECT_ONLY(o, {"sum.budget-expenditure", E, "/overview/budget/total"});
    EXPECT_EQ(findingAt(o, "sum.budget-expenditure", "/overview/budget/total")->expected, QStringLiteral("368.89"));
}

TEST(Mutation, ProjectExpenditureAgainstFunds)
{
    const Outcome o = mutate([](Filing &f) {
        f.overview.budget.project = m("22.55");
        f.overview.budget.basic = m("346.35");
    });
    EXPECT_ONLY(o, {"sum.project-funds", E, "/overview/budget/project"});
    EXPECT_EQ(findingAt(o, "sum.project-funds", "/overview/budget/project")->expected, QStringLiteral("22.54"));
}

TEST(Mutation, FundAgainstDirections)
{
    const Outcome o = mutate([](Filing &f) {
        f.funds[0].amount = m("19.64");
        f.overview.budget.project = m("22.64");
        f.overview.budget.basic = m("346.26");
    });
    EXPECT_ONLY(o, {"sum.fund-directions", E, "/funds/0/amount"});
    const Finding *f = findingAt(o, "sum.fund-directions", "/funds/0/amount");
    EXPECT_EQ(f->expected, QStringLiteral("19.54"));
    EXPECT_EQ(f->related, QStringList {QStringLiteral("/funds/0/directions/0/amount")});
}

TEST(Mutation, DirectionAgainstDetails)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).details[0].amount = m("17.85"); });
    EXPECT_ONLY(o, {"sum.direction-details", E, "/funds/0/directions/0/amount"});
    const Finding *f = findingAt(o, "sum.direction-details", "/funds/0/directions/0/amount");
    EXPECT_EQ(f->expected, QStringLiteral("19.55"));
    EXPECT_EQ(f->actual, QStringLiteral("19.54"));
    EXPECT_EQ(f->related.size(), 2);
}

TEST(Mutation, EmptyDetailAmountCountsAsZero)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).details[1].amount.reset(); });
    // The direction no longer adds up, and the basis "人员经费1.7万元" no longer matches.
    EXPECT_ONLY(o, {"sum.direction-details", E, "/funds/0/directions/0/amount"},
        {"basis.amount", W, "/funds/0/directions/0/details/1/basis"});
    EXPECT_EQ(findingAt(o, "sum.direction-details", "/funds/0/directions/0/amount")->expected, QStringLiteral("17.84"));
}

TEST(Mutation, FundWithoutDirections)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        f.funds.append(Fund {QStringLiteral("新专项"), std::nullopt, {}});
    }),
        {"structure.fund-without-directions", W, "/funds/2/directions"});
}

TEST(Mutation, DirectionWithoutDetails)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).details.clear(); });
    EXPECT_EQ(o.added, (std::set<Key> {{"structure.direction-without-details", W, "/funds/0/directions/0/details"}}))
        << describe(o.findings);
    // …and the hint about the removed line's basis goes with it.
    EXPECT_EQ(o.removed, (std::set<Key> {{"basis.no-calculation", I, "/funds/0/directions/0/details/0/basis"}}));
}

// ---- calculation basis -------------------------------------------------

TEST(Mutation, BasisAgainstAmount)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).details[1].basis = QStringLiteral("人员经费1.8万元"); });
    EXPECT_ONLY(o, {"basis.amount", W, "/funds/0/directions/0/details/1/basis"});
    const Finding *f = findingAt(o, "basis.amount", "/funds/0/directions/0/details/1/basis");
    EXPECT_EQ(f->expected, QStringLiteral("1.7"));
    EXPECT_EQ(f->actual, QStringLiteral("1.8"));
}

TEST(Mutation, BasisProduct)
{
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("工业运行工作专项，一年四次，每次0.2万元，共0.9万元");
    });
    EXPECT_ONLY(o, {"basis.product", W, "/funds/1/directions/0/details/0/basis"});
    const Finding *f = findingAt(o, "basis.product", "/funds/1/directions/0/details/0/basis");
    EXPECT_EQ(f->expected, QStringLiteral("0.8"));
    EXPECT_EQ(f->actual, QStringLiteral("0.9"));
}

TEST(Mutation, BasisItemisedSum)
{
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).details[3].basis = QStringLiteral(
            "高企及科技中小企业工作专项0.5万元，研发投入工作专项0.3万元，科技成果转化工作专项0.2万元，合计1.1万元");
    });
    EXPECT_ONLY(o, {"basis.itemised", W, "/funds/1/directions/0/details/3/basis"});
}

TEST(Mutation, BasisWithoutCalculation)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 0).details[1].basis = QStringLiteral("按实际发生"); }),
        {"basis.no-calculation", I, "/funds/0/directions/0/details/1/basis"});
}

TEST(Mutation, CorrectedBasisClearsTheSeedsWarning)
{
    const Outcome o = mutate(
        [](Filing &f) { dir(f, 1).details[1].basis = QStringLiteral("工业投资工作专项，0.35万元/次×2次=0.7万元"); });
    EXPECT_NOTHING_NEW(o);
    EXPECT_EQ(o.removed, (std::set<Key> {{"basis.amount", W, "/funds/1/directions/0/details/1/basis"}}));
}

TEST(Mutation, OtherValidWaysToWriteABasisRaiseNothing)
{
    for (const char16_t *text : {u"0.2万元/次×4次=0.8万元", u"4次*2000元=8000元", u"每次0.2万元，一年四次，合计0.8万元",
             u"一年4次，每次2千元，共计0.8万元", u"工业运行监测（每季度一次）0.8万元"}) {
        SCOPED_TRACE(QString::fromUtf16(text).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).details[0].basis = QString::fromUtf16(text); }));
    }
}

// ---- cost indicator ----------------------------------------------------

TEST(Mutation, CostCapOfADirection)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤3.2万元"); });
    EXPECT_ONLY(o, {"cost.cap", W, "/funds/1/directions/0/indicators/3/value"});
    const Finding *f = findingAt(o, "cost.cap", "/funds/1/directions/0/indicators/3/value");
    EXPECT_EQ(f->related, QStringList {QStringLiteral("/funds/1/directions/0/amount")});
    EXPECT_EQ(f->expected, QStringLiteral("3万元"));
}

TEST(Mutation, CostCapOfTheOverview)
{
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.indicators[3].value = QStringLiteral("360万元"); }),
        {"cost.cap", W, "/overview/indicators/3/value"});
}

TEST(Mutation, CostCapInOtherUnitsAndWordsRaisesNothing)
{
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤30000元"); }));
    // Words instead of ≤ are only a style hint, not a different cap.
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("不超过3万元"); }),
        {"quality.no-comparator", I, "/funds/1/directions/0/indicators/3/value"});
    // A per-unit cost is not a cap on the whole amount.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators[3].name = QStringLiteral("单次检查成本");
        dir(f, 1).indicators[3].value = QStringLiteral("≤0.3万元");
    }));
}

// ---- indicator completeness --------------------------------------------

TEST(Mutation, MissingRequiredLevel2)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).indicators[3].level2 = QStringLiteral("数量指标"); });
    EXPECT_ONLY(o, {"indicators.missing-required", E, "/funds/1/directions/0/indicators"});
    EXPECT_TRUE(findingAt(o, "indicators.missing-required", "/funds/1/directions/0/indicators")
                    ->message.contains(QStringLiteral("成本指标")));
}

TEST(Mutation, MissingRecommendedLevel2)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[6].level2 = QStringLiteral("社会效益指标"); }),
        {"indicators.missing-recommended", W, "/funds/1/directions/0/indicators"});
}

TEST(Mutation, UnknownLevel1)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].level1 = QStringLiteral("产出类指标"); }),
        {"indicators.unknown-level1", W, "/funds/1/directions/0/indicators/1/level1"});
}

TEST(Mutation, UnknownLevel2)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("创新指标"),
            QStringLiteral("专利申请数"), QStringLiteral("≥3件"), QStringLiteral("计划标准")});
    }),
        {"indicators.unknown-level2", W, "/funds/1/directions/0/indicators/9/level2"});
    // A known 二级 under the wrong 一级.
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("经济效益指标"),
            QStringLiteral("带动企业投资"), QStringLiteral("≥3家"), QStringLiteral("计划标准")});
    }),
        {"indicators.unknown-level2", W, "/funds/1/directions/0/indicators/9/level2"});
}

TEST(Mutation, LabelsWrittenLooselyStillCount)
{
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators[7].level2 = QStringLiteral("可持续影响  指标");
        dir(f, 1).indicators[0].level2 = QStringLiteral("数量");
        dir(f, 1).indicators[8].level2 = QStringLiteral("服务对象满意度指标");
    }));
}

// ---- indicator quality -------------------------------------------------

TEST(Mutation, BareNumberName)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].name = QStringLiteral("95"); }),
        {"quality.bare-number-name", W, "/funds/1/directions/0/indicators/1/name"});
}

TEST(Mutation, ValueWithoutComparator)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).indicators[3].value = QStringLiteral("19.54万元"); });
    EXPECT_ONLY(o, {"quality.no-comparator", I, "/funds/0/directions/0/indicators/3/value"});
    EXPECT_EQ(findingAt(o, "quality.no-comparator", "/funds/0/directions/0/indicators/3/value")->expected,
        QStringLiteral("≤19.54万元"));
}

TEST(Mutation, ValueWithoutUnit)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤3"); }),
        {"quality.no-unit", I, "/funds/1/directions/0/indicators/3/value"});
}

TEST(Mutation, FixingComparatorsClearsTheHints)
{
    const Outcome o = mutate([](Filing &f) {
        for (Indicator &i : dir(f, 1).indicators)
            if (i.value == QStringLiteral("95%以上"))
                i.value = QStringLiteral("≥95%");
    });
    EXPECT_NOTHING_NEW(o);
    EXPECT_EQ(o.removed, (std::set<Key> {{"quality.no-comparator", I, "/funds/1/directions/0/indicators/8/value"}}));
}

TEST(Mutation, QuantitativeShareBelowTheThreshold)
{
    const CheckOptions lenient {.minQuantitativePercent = 20}; // the seed's 2 of 9 pass
    EXPECT_TRUE(
        keys(runChecks(sampleFiling(), lenient)).count({"quality.quantitative-share", I, "/overview/indicators"}) == 0);
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("不超预算"); }, lenient),
        {"quality.quantitative-share", I, "/funds/1/directions/0/indicators"});
}

// ---- same target, two values -------------------------------------------

TEST(Mutation, SameTargetTwoValuesInTheGoals)
{
    const Outcome o
        = mutate([](Filing &f) { dir(f, 0).annualGoal = QStringLiteral("提前退休人员工资及人员经费19.55万元"); });
    EXPECT_ONLY(o, {"target.conflict", W, "/funds/0/directions/0/annualGoal"});
    EXPECT_EQ(findingAt(o, "target.conflict", "/funds/0/directions/0/annualGoal")->related,
        QStringList {QStringLiteral("/funds/0/directions/0/periodGoal")});
}

TEST(Mutation, SameTargetTwoValuesAgainstAnIndicatorValue)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).annualGoal += QStringLiteral("服务对象满意度达到90%以上。"); });
    EXPECT_ONLY(o, {"target.conflict", W, "/funds/1/directions/0/indicators/8/value"});
}

TEST(Mutation, SecondConflictInTheSameCellIsItsOwnFinding)
{
    const Outcome o = mutate([](Filing &f) {
        f.overview.workPlan[0].goal.replace(QStringLiteral("增长8.5%左右"), QStringLiteral("增长8.6%左右"));
    });
    int conflicts = 0;
    for (const Finding &f : o.findings)
        conflicts
            += f.rule == QLatin1String("target.conflict") && f.pointer == QLatin1String("/overview/indicators/0/name");
    EXPECT_EQ(conflicts, 2) << describe(o.findings);
}

TEST(Mutation, UnrelatedNumbersAreNotConflicts)
{
    // Same measure word, different targets: 工业投资增长 / 技改投资增长, two 比重.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("技改投资增长"), QStringLiteral("≥15%"), QStringLiteral("计划标准")});
    }));
    // The same target with the same value, worded differently.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("全区工业投资同比增长"), QStringLiteral("≥13%"), QStringLiteral("计划标准")});
    }));
    // Another table may set another target.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 0).indicators[8].value = QStringLiteral("≥90%"); }));
}

// ---- stale years -------------------------------------------------------

TEST(Mutation, StaleYearInAValue)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2022年全年"); });
    EXPECT_ONLY(o, {"year.stale", W, "/funds/1/directions/0/indicators/2/value"});
    EXPECT_TRUE(findingAt(o, "year.stale", "/funds/1/directions/0/indicators/2/value")
                    ->message.contains(QStringLiteral("2022年全年")));
}

TEST(Mutation, StalePeriod)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).period = QStringLiteral("2022年1-12月"); }),
        {"year.stale", W, "/funds/1/directions/0/period"});
}

TEST(Mutation, StaleYearInAGoal)
{
    EXPECT_ONLY(
        mutate([](Filing &f) { dir(f, 1).annualGoal.replace(QStringLiteral("2023年"), QStringLiteral("2022年")); }),
        {"year.stale", W, "/funds/1/directions/0/annualGoal"});
}

TEST(Mutation, BaselinesHorizonsAndMultiYearPeriodsAreNotStale)
{
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        f.overview.workPlan[1].goal += QStringLiteral("较2022年提高0.5个百分点，力争到2025年建成创新型城区。");
    }));
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).period = QStringLiteral("2023-2025年");
        dir(f, 1).periodGoal += QStringLiteral("2025年全面完成。");
        dir(f, 1).indicators[2].value = QStringLiteral("2024年12月底前");
    }));
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { f.overview.duties += QStringLiteral("2021年以来持续推进。"); }));
}

TEST(Mutation, FutureYearOutsideThePeriod)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2024年全年"); }),
        {"year.stale", W, "/funds/1/directions/0/indicators/2/value"});
}

// ---- header and empty cells ---------------------------------------------

TEST(Mutation, DepartmentName)
{
    EXPECT_ONLY(mutate([](Filing &f) { f.department.name = QStringLiteral("  "); }),
        {"header.department", W, "/department/name"});
}

TEST(Mutation, Preparer)
{
    EXPECT_ONLY(
        mutate([](Filing &f) { f.department.preparers.reset(); }), {"header.preparer", W, "/department/preparers"});
}

TEST(Mutation, Phone)
{
    EXPECT_ONLY(mutate([](Filing &f) { f.department.phone = QStringLiteral("226101"); }),
        {"header.phone", W, "/department/phone"});
    EXPECT_ONLY(mutate([](Filing &f) { f.department.phone = QString(); }), {"header.phone", W, "/department/phone"});
    EXPECT_ONLY(mutate([](Filing &f) { f.department.phone = QStringLiteral("1381234567"); }),
        {"header.phone", W, "/department/phone"});
    for (const char16_t *ok :
        {u"0731-22610152", u"073122610152", u"（0731）22610152", u"13812345678", u"22610152、13812345678",
            u"0731 2261 0152", u"２２６１０１５２", u"0731-22610152转8012", u"400-123-4567"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { f.department.phone = QString::fromUtf16(ok); }));
    }
}

TEST(Mutation, EmptyRequiredCell)
{
    EXPECT_ONLY(
        mutate([](Filing &f) { dir(f, 1).period.clear(); }), {"required.empty", W, "/funds/1/directions/0/period"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].value.clear(); }),
        {"required.empty", W, "/funds/1/directions/0/indicators/1/value"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).details[0].basis.clear(); }),
        {"required.empty", W, "/funds/1/directions/0/details/0/basis"});
    // The head of unit signs by hand; an empty 单位负责人 is normal.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { f.department.head.reset(); }));
    // 支出内容简介 may be left to 支出明细.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).details[0].content.clear(); }));
}

// ---- text hygiene -------------------------------------------------------

TEST(Mutation, WordLeftover)
{
    // The seed's own leftover, which the sample dropped.
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).details[3].basis.prepend(QStringLiteral("[bookmark: _GoBack]")); }),
        {"text.leftover", W, "/funds/1/directions/0/details/3/basis"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).periodGoal += QStringLiteral("**"); }),
        {"text.leftover", W, "/funds/1/directions/0/periodGoal"});
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.duties = QStringLiteral("负责XX工作…"); }),
        {"text.leftover", W, "/overview/duties"});
    // × between numbers is arithmetic, not a placeholder.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).details[0].basis = QStringLiteral("4次×0.2万元=0.8万元"); }));
}

TEST(Mutation, CutOffText)
{
    EXPECT_ONLY(
        mutate([](Filing &f) { dir(f, 1).indicators[7].name = QStringLiteral("建立健全长效机制，提升工作水"); }),
        {"text.truncated", W, "/funds/1/directions/0/indicators/7/name"});
}
