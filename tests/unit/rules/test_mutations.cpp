// SPDX-License-Identifier: GPL-3.0-or-later
// One defect in, one finding out, at the right pointer — for every rule. And
// the reverse: rewriting the seed in other valid ways gives no new finding
// (false alarms are bugs too). Here: sums, calculation bases and cost
// caps; the indicators and the cells in test_mutations_*.cpp.
#include "mutations.h"

using namespace jixiao;

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
    // No direction: the fund's amount cannot add up to anything.
    EXPECT_ONLY(mutate([](Filing &f) {
        f.funds.append(Fund {QStringLiteral("新专项"), std::nullopt, {}});
    }),
        {"structure.fund-without-directions", E, "/funds/2/directions"});
}

TEST(Mutation, DirectionWithoutDetails)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 0).details.clear(); });
    EXPECT_EQ(o.added, (std::set<Key> {{"structure.direction-without-details", E, "/funds/0/directions/0/details"}}))
        << describe(o.findings);
    // …and the hint about the removed line's basis goes with it.
    EXPECT_EQ(o.removed, (std::set<Key> {{"basis.no-calculation", I, "/funds/0/directions/0/details/0/basis"}}));
}

TEST(Mutation, DirectionWithNeitherAmountNorDetails)
{
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).details.clear();
        dir(f, 1).amount.reset();
        dir(f, 1).indicators[3].value = QStringLiteral("≤0万元");
        f.funds[1].amount.reset();
        f.overview.budget.project = m("19.54");
        f.overview.budget.basic = m("349.36");
    });
    EXPECT_EQ(o.added, (std::set<Key> {{"structure.empty-direction", W, "/funds/1/directions/0/details"}}))
        << describe(o.findings);
    EXPECT_EQ(o.removed,
        (std::set<Key> {{"basis.amount", W, "/funds/1/directions/0/details/1/basis"},
            {"basis.amount", W, "/funds/1/directions/0/details/2/basis"}}));
}

TEST(Mutation, ProjectExpenditureWithoutFunds)
{
    const Outcome o = mutate([](Filing &f) { f.funds.clear(); });
    EXPECT_EQ(o.added, (std::set<Key> {{"structure.project-without-funds", E, "/overview/budget/project"}}))
        << describe(o.findings);
    // Without 项目支出 there is nothing to account for.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        f.funds.clear();
        f.overview.budget.project.reset();
        f.overview.budget.basic = m("368.9");
    }));
}

TEST(Mutation, WorkPlanWithoutRows)
{
    const Outcome o = mutate([](Filing &f) { f.overview.workPlan.clear(); });
    EXPECT_EQ(o.added, (std::set<Key> {{"structure.work-plan-empty", E, "/overview/workPlan"}}))
        << describe(o.findings);
}

TEST(Mutation, TableWithoutIndicatorsIsOneFinding)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).indicators.clear(); });
    EXPECT_EQ(o.added, (std::set<Key> {{"indicators.none", E, "/funds/1/directions/0/indicators"}}))
        << describe(o.findings);
    const Outcome ov = mutate([](Filing &f) { f.overview.indicators.clear(); });
    EXPECT_EQ(ov.added, (std::set<Key> {{"indicators.none", E, "/overview/indicators"}})) << describe(ov.findings);
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
