// SPDX-License-Identifier: GPL-3.0-or-later
// One defect in, one finding out, at the right pointer — for every rule. And
// the reverse: rewriting the seed in other valid ways gives no new finding
// (false alarms are bugs too). Here: the indicators (completeness,
// quality, conflicting values, stale years).
#include "mutations.h"

using namespace jixiao;

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
    EXPECT_ONLY(mutate(
                    [](Filing &f) {
                        for (const char16_t *name : {u"服务企业", u"走访园区"})
                            dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
                                QString::fromUtf16(name), QStringLiteral("有所增加"), QStringLiteral("计划标准")});
                    },
                    lenient),
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

TEST(Mutation, CitedEarlierYearsAreNotStale)
{
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).annualGoal += QStringLiteral("2022年实际支出1.68万元。");
        f.overview.workPlan[0].goal += QStringLiteral("工业投资较2022年增长13%。");
        dir(f, 0).details[0].basis = QStringLiteral("参照2022年标准，工资标准每月1.4867万元");
        f.overview.duties += QStringLiteral("2022年决算支出350万元。");
    }));
}

TEST(Mutation, StaleYearIsQuotedAsAWholePhrase)
{
    const Outcome o
        = mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2022年检查支出1.68万元"); });
    EXPECT_ONLY(o, {"year.stale", W, "/funds/1/directions/0/indicators/2/value"});
    const Finding *f = findingAt(o, "year.stale", "/funds/1/directions/0/indicators/2/value");
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->message.contains(QStringLiteral("“2022年检查支出1.68万元”"))) << f->message.toStdString();
    const Outcome goal = mutate([](Filing &f) {
        dir(f, 1).annualGoal.replace(QStringLiteral("2023年，全区规模"), QStringLiteral("2022年全区规模"));
    });
    const Finding *g = findingAt(goal, "year.stale", "/funds/1/directions/0/annualGoal");
    ASSERT_TRUE(g);
    EXPECT_TRUE(g->message.contains(QStringLiteral("“2022年全区规模工业增加值增长8.5%左右”")))
        << g->message.toStdString();
}

TEST(Mutation, FutureYearOutsideThePeriod)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2024年全年"); }),
        {"year.stale", W, "/funds/1/directions/0/indicators/2/value"});
}
