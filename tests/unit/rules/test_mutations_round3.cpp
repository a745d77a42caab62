// SPDX-License-Identifier: GPL-3.0-or-later
// The third round of checks, one defect each (and the clean rewrites that
// must stay silent): periods in any format, calculation texts read as people
// mean them, indicator kinds, numbers across cells, copies across tables.
#include "mutations.h"

using namespace jixiao;

namespace {

Outcome withPeriod(const char16_t *period)
{
    return mutate([&](Filing &f) { dir(f, 1).period = QString::fromUtf16(period); });
}

Outcome withBasis(int fund, int line, const char16_t *basis)
{
    return mutate([&](Filing &f) { dir(f, fund).details[line].basis = QString::fromUtf16(basis); });
}

} // namespace

// ---- 1. periods and dates in every format ------------------------------------

TEST(Round3Dates, StalePeriodInAnyFormat)
{
    for (const char16_t *stale :
        {u"2022.01-2022.12", u"2024.01-2024.12", u"2022/01-2022/12", u"2022-01至2022-12", u"2022年全年"}) {
        SCOPED_TRACE(QString::fromUtf16(stale).toStdString());
        EXPECT_ONLY(withPeriod(stale), {"year.stale", W, "/funds/1/directions/0/period"});
    }
}

TEST(Round3Dates, ReversedPeriodInAnyFormat)
{
    for (const char16_t *reversed : {u"2023.10-2023.03", u"2023/10-2023/03", u"2023-10至2023-03"}) {
        SCOPED_TRACE(QString::fromUtf16(reversed).toStdString());
        const Outcome o = withPeriod(reversed);
        EXPECT_ONLY(o, {"date.period-reversed", W, "/funds/1/directions/0/period"});
    }
    const Outcome o = withPeriod(u"2023.10-2023.03");
    EXPECT_TRUE(findingAt(o, "date.period-reversed", "/funds/1/directions/0/period")
                    ->message.contains(QStringLiteral("2023年3月")));
}

TEST(Round3Dates, ImpossibleDay)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2023年2月30日前"); }),
        {"date.invalid", W, "/funds/1/directions/0/indicators/2/value"});
    EXPECT_ONLY(withPeriod(u"2023年1月1日-2023年4月31日"), {"date.invalid", W, "/funds/1/directions/0/period"});
}

TEST(Round3Dates, DeadlineInDottedFormatOutsideThePeriod)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).period = QStringLiteral("2023.01-2023.06");
        dir(f, 1).indicators[2].value = QStringLiteral("2023年第三季度");
    }),
        {"date.deadline-outside-period", W, "/funds/1/directions/0/indicators/2/value"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2022.12前"); }),
        {"year.stale", W, "/funds/1/directions/0/indicators/2/value"});
}

TEST(Round3Dates, CleanPeriodsStaySilent)
{
    for (const char16_t *ok : {u"2023.01-2023.12", u"2023/01-2023/12", u"2023-01至2023-12", u"2023.07-2024.01",
             u"2023年10月至次年3月", u"2023年度", u"全年", u"2023.1.1-2023.12.31", u"2023年1月1日-2023年12月31日"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(withPeriod(ok));
    }
    for (const char16_t *ok : {u"上半年", u"第三季度", u"年底前", u"10月底前", u"2023年12月31日前", u"2023.12"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).indicators[2].value = QString::fromUtf16(ok); }));
    }
    // A deadline in the next year inside a period that crosses the year.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).period = QStringLiteral("2023.07-2024.01");
        dir(f, 1).indicators[2].value = QStringLiteral("2024.01");
    }));
}

// ---- 5. calculation texts read as people mean them -----------------------------

TEST(Round3Basis, QuotedPastActualsAreReferences)
{
    // The seed's 人员经费 line is 1.7: the past years' actuals are not items.
    EXPECT_NOTHING_NEW(withBasis(0, 1, u"据实结算（2021年实际支出1.5万元，2022年实际支出1.68万元）"));
    EXPECT_NOTHING_NEW(withBasis(0, 1, u"参照上年实际支出1.68万元，按1.7万元安排"));
    // Still a defect: the amount the text arrives at is not the line's.
    EXPECT_ONLY(withBasis(0, 1, u"2022年实际支出1.68万元，本年安排1.8万元"),
        {"basis.amount", W, "/funds/0/directions/0/details/1/basis"});
}

TEST(Round3Basis, ListedOccurrencesSetTheCount)
{
    // The seed's 工业经济运行 line, 0.8.
    EXPECT_NOTHING_NEW(withBasis(1, 0, u"2023年3月、6月、9月、12月各开展一次，每次0.2万元，共0.8万元"));
    EXPECT_NOTHING_NEW(withBasis(1, 0, u"3月、6月、9月、12月各一次，每次0.2万元"));
    EXPECT_NOTHING_NEW(withBasis(1, 0, u"春节、中秋各0.4万元"));
    // One of the listed months too few for the stated total.
    EXPECT_ONLY(withBasis(1, 0, u"3月、6月、9月各开展一次，每次0.2万元，共0.8万元"),
        {"basis.product", W, "/funds/1/directions/0/details/0/basis"});
}

// ---- 2. the value fits the kind of indicator ------------------------------------

namespace {

Outcome withIndicator(
    const char16_t *level2, const char16_t *name, const char16_t *value, const char16_t *level1 = u"产出指标")
{
    return mutate([&](Filing &f) {
        dir(f, 1).indicators.append({QString::fromUtf16(level1), QString::fromUtf16(level2), QString::fromUtf16(name),
            QString::fromUtf16(value), QStringLiteral("计划标准")});
    });
}

const char *const added = "/funds/1/directions/0/indicators/9/value";

} // namespace

TEST(Round3Kinds, EachKindItsUnit)
{
    const struct
    {
        const char16_t *level1, *level2, *name, *value;
        const char *rule;
    } defects[] = {
        {u"效益指标", u"社会公众及服务对象满意度指标", u"企业满意度", u"≥95人", "kind.satisfaction-unit"},
        {u"产出指标", u"数量指标", u"检查次数", u"≥95%", "kind.count-percent"},
        {u"产出指标", u"质量指标", u"验收合格率", u"≥10项", "kind.rate-unit"},
        {u"产出指标", u"时效指标", u"工作完成时限", u"按时完成", "kind.time-without-time"},
        {u"产出指标", u"时效指标", u"资金拨付", u"及时", "kind.time-without-time"},
        {u"产出指标", u"时效指标", u"维持时效", u"≥1年", "kind.time-without-time"},
        {u"效益指标", u"社会效益指标", u"维护社会稳定", u"≥95%", "kind.effect-percent"},
        {u"效益指标", u"经济效益指标", u"促进村集体经济发展", u"≥95%", "kind.effect-percent"},
        {u"产出指标", u"质量指标", u"按时发放", u"≥1人/年", "kind.quality-count"},
        {u"产出指标", u"数量指标", u"村组干部230人", u"≥230个", "kind.count-unit-mismatch"},
    };
    for (const auto &d : defects) {
        SCOPED_TRACE(QString::fromUtf16(d.name).toStdString() + " " + QString::fromUtf16(d.value).toStdString());
        EXPECT_ONLY(withIndicator(d.level2, d.name, d.value, d.level1), {d.rule, W, added});
    }
    // A cost cap in percent: the seed's ≤3万元 made ≤100%.
    const Outcome cost = mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤100%"); });
    EXPECT_EQ(cost.added.count({"kind.cost-percent", W, "/funds/1/directions/0/indicators/3/value"}), 1u)
        << describe(cost.findings);
    EXPECT_EQ(findingAt(cost, "kind.cost-percent", "/funds/1/directions/0/indicators/3/value")->expected,
        QStringLiteral("≤3万元"));
    // The message says what to write.
    const Outcome sat = withIndicator(u"社会公众及服务对象满意度指标", u"企业满意度", u"≥95人", u"效益指标");
    EXPECT_EQ(findingAt(sat, "kind.satisfaction-unit", added)->expected, QStringLiteral("≥95%"));
    const Outcome count = withIndicator(u"数量指标", u"村组干部230人", u"≥230个");
    EXPECT_EQ(findingAt(count, "kind.count-unit-mismatch", added)->expected, QStringLiteral("≥230人"));
}

TEST(Round3Kinds, CleanRewritesStaySilent)
{
    const struct
    {
        const char16_t *level1, *level2, *name, *value;
    } clean[] = {
        {u"效益指标", u"社会公众及服务对象满意度指标", u"企业满意度", u"≥９５％"},
        {u"效益指标", u"社会公众及服务对象满意度指标", u"企业满意度", u"≧95%"},
        {u"效益指标", u"社会公众及服务对象满意度指标", u"企业满意度", u"> =95%"},
        {u"效益指标", u"社会公众及服务对象满意度指标", u"受益群众满意率", u">=95%"},
        {u"产出指标", u"数量指标", u"检查次数", u"≥4次"},
        {u"产出指标", u"数量指标", u"培训人次", u"≥200人次"},
        {u"产出指标", u"数量指标", u"资金到位率", u"=100%"},
        {u"产出指标", u"质量指标", u"验收合格率", u"≥９５％"},
        {u"产出指标", u"质量指标", u"培训合格人数", u"≥50人"},
        {u"产出指标", u"时效指标", u"资金拨付及时率", u"≥95%"},
        {u"产出指标", u"时效指标", u"办结时限", u"≤30个工作日"},
        {u"产出指标", u"时效指标", u"验收时间", u"2023.12"},
        {u"产出指标", u"时效指标", u"发放时间", u"按月发放"},
        {u"产出指标", u"时效指标", u"开工时间", u"第三季度"},
        {u"效益指标", u"社会效益指标", u"政策知晓率", u"≥90%"},
        {u"效益指标", u"经济效益指标", u"带动农户增收", u"≥5%"},
        {u"效益指标", u"社会效益指标", u"维护社会稳定", u"有效维护"},
        {u"产出指标", u"数量指标", u"村组干部230人", u"=230人"},
    };
    for (const auto &c : clean) {
        SCOPED_TRACE(QString::fromUtf16(c.name).toStdString() + " " + QString::fromUtf16(c.value).toStdString());
        EXPECT_NOTHING_NEW(withIndicator(c.level2, c.name, c.value, c.level1));
    }
    // Valid 元 amounts and a cost cap in 元.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤30000元"); }));
}

// ---- 4. copies across directions, reversed ranges ------------------------------

TEST(Round3Copies, GoalAndDetailLineCopiedIntoAnotherDirection)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 0).annualGoal = dir(f, 1).annualGoal; }),
        {"dup.goal-across-directions", W, "/funds/1/directions/0/annualGoal"});
    const Outcome line = mutate([](Filing &f) {
        // The 科技 line (1万元) budgeted again in 提退人员经费, replacing 人员经费 1.7.
        DetailLine copy = dir(f, 1).details[3];
        dir(f, 0).details[1] = copy;
        dir(f, 0).amount = m("18.84");
        f.funds[0].amount = m("18.84");
        f.overview.budget.project = m("21.84");
        f.overview.budget.total = m("368.2");
        f.overview.budget.generalPublic = m("368.2");
        f.overview.budget.basic = m("346.36");
    });
    EXPECT_EQ(line.added.count({"dup.detail-across-directions", W, "/funds/1/directions/0/details/3/content"}), 1u)
        << describe(line.findings);
}

TEST(Round3Copies, ReversedRange)
{
    // (The seed's "95%以上" hint goes away with the rewrite.)
    EXPECT_EQ(mutate([](Filing &f) { dir(f, 1).indicators[8].value = QStringLiteral("95%-90%"); }).added,
        (std::set<Key> {{"value.reversed-range", W, "/funds/1/directions/0/indicators/8/value"}}));
    EXPECT_ONLY(withIndicator(u"数量指标", u"走访企业数量", u"20-10家"), {"value.reversed-range", W, added});
    EXPECT_NOTHING_NEW(withIndicator(u"数量指标", u"走访企业数量", u"10-20家"));
}

// ---- 6. 效益 sub-indicators as the project warrants -----------------------------

TEST(Round3Effects, MissingEffectIsAHintUnlessTheGoalNamesIt)
{
    // 提退人员经费 without its 生态效益 row: its goal says nothing of ecology …
    const Outcome hint = mutate([](Filing &f) {
        dir(f, 0).indicators.removeAt(6);
        dir(f, 0).annualGoal = QStringLiteral("提前退休人员工资及人员经费19.54万元");
    });
    // (Removing the row moves the satisfaction row's hint to row 8.)
    EXPECT_EQ(hint.added.count({"indicators.missing-effect", I, "/funds/0/directions/0/indicators"}), 1u)
        << describe(hint.findings);
    EXPECT_EQ(hint.added.count({"indicators.missing-recommended", W, "/funds/0/directions/0/indicators"}), 0u);
    // … but a project about air quality without one is a real finding, naming the goal.
    const Outcome warn = mutate([](Filing &f) {
        dir(f, 0).indicators.removeAt(6);
        dir(f, 0).annualGoal = QStringLiteral("通过雾炮车降尘抑尘服务，全市空气质量达到优良");
    });
    EXPECT_EQ(warn.added.count({"indicators.missing-recommended", W, "/funds/0/directions/0/indicators"}), 1u)
        << describe(warn.findings);
    EXPECT_EQ(warn.added.count({"indicators.missing-effect", I, "/funds/0/directions/0/indicators"}), 0u);
    EXPECT_EQ(findingAt(warn, "indicators.missing-recommended", "/funds/0/directions/0/indicators")->related,
        QStringList {QStringLiteral("/funds/0/directions/0/annualGoal")});
}

// ---- 3. numbers that contradict other cells ------------------------------------

TEST(Round3Cross, IndicatorPromisesMoreThanTheCalculationFunds)
{
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("走访企业50家，每家0.016万元，共0.8万元");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("走访企业数量"), QStringLiteral("≥100家"), QStringLiteral("计划标准")});
    });
    EXPECT_ONLY(o, {"cross.basis-quantity", W, "/funds/1/directions/0/indicators/9/value"});
    const Finding *f = findingAt(o, "cross.basis-quantity", "/funds/1/directions/0/indicators/9/value");
    EXPECT_EQ(f->related, QStringList {QStringLiteral("/funds/1/directions/0/details/0/basis")});
    EXPECT_EQ(f->expected, QStringLiteral("50家"));
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("举办培训4期，每期0.2万元，共0.8万元");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("培训期数"),
            QStringLiteral("≥6期"), QStringLiteral("计划标准")});
    }),
        {"cross.basis-quantity", W, "/funds/1/directions/0/indicators/9/value"});
    // Agreeing numbers, or another measure in the same word, stay silent.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("举办培训4期，每期0.2万元，共0.8万元");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("培训期数"),
            QStringLiteral("≥4期"), QStringLiteral("计划标准")});
    }));
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("工作人员2人，每人0.4万元，共0.8万元");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("服务企业人数"), QStringLiteral("≥200人"), QStringLiteral("计划标准")});
    }));
}

TEST(Round3Cross, GoalCountAgainstIndicator)
{
    const Outcome o = mutate([](Filing &f) {
        dir(f, 0).annualGoal += QStringLiteral("全年开展政策宣传2次。");
        dir(f, 0).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("政策宣传次数"), QStringLiteral("≥4次"), QStringLiteral("计划标准")});
    });
    EXPECT_ONLY(o, {"cross.goal-quantity", W, "/funds/0/directions/0/indicators/9/value"});
    EXPECT_EQ(findingAt(o, "cross.goal-quantity", "/funds/0/directions/0/indicators/9/value")->related,
        QStringList {QStringLiteral("/funds/0/directions/0/annualGoal")});
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 0).annualGoal += QStringLiteral("全年开展政策宣传4次以上。");
        dir(f, 0).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("政策宣传次数"), QStringLiteral("≥4次"), QStringLiteral("计划标准")});
    }));
}

TEST(Round3Cross, PerUnitCapBelowTheBudgetedRate)
{
    // The seed's 安全生产检查 line budgets 每次0.3万元.
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("成本指标"),
            QStringLiteral("每次检查成本"), QStringLiteral("≤0.25万元"), QStringLiteral("计划标准")});
    });
    EXPECT_ONLY(o, {"cross.unit-rate", W, "/funds/1/directions/0/indicators/9/value"});
    EXPECT_EQ(findingAt(o, "cross.unit-rate", "/funds/1/directions/0/indicators/9/value")->related,
        QStringList {QStringLiteral("/funds/1/directions/0/details/2/basis")});
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("成本指标"),
            QStringLiteral("单次检查成本"), QStringLiteral("≤3000元/次"), QStringLiteral("计划标准")});
    }));
}

TEST(Round3Cross, GoalQuotesMoneyTheDirectionDoesNotHave)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 0).annualGoal = QStringLiteral("提前退休人员工资及人员经费18.54万元");
        dir(f, 0).periodGoal = dir(f, 0).annualGoal;
    }),
        {"cross.goal-amount", W, "/funds/0/directions/0/annualGoal"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 0).annualGoal += QStringLiteral("全年安排资金25万元。"); }),
        {"cross.goal-amount", W, "/funds/0/directions/0/annualGoal"});
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.workPlan[0].goal += QStringLiteral("全年安排专项资金400万元。"); }),
        {"cross.goal-amount", W, "/overview/workPlan/0/goal"});
    // A line's own amount, the region's economy, a cited actual: not the direction's money.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 0).annualGoal += QStringLiteral("其中人员经费1.7万元。");
        f.overview.workPlan[0].goal += QStringLiteral("完成工业投资资金400万元以上。");
    }));
}

// ---- clean rewrites: amounts in 元, legitimate zero amounts, synonyms -----------

TEST(Round3Clean, AmountsInYuanAndZeroAmountsStaySilent)
{
    // The 工业经济运行 line (0.8万元) calculated in 元.
    EXPECT_NOTHING_NEW(withBasis(1, 0, u"工业运行工作专项，一年四次，每次2000元，共8000元"));
    EXPECT_NOTHING_NEW(withBasis(1, 0, u"一年4次×2,000元/次=8,000元"));
    // A line paid from elsewhere this year, at 0.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).details.append({QStringLiteral("资料印制"), QStringLiteral("资料印制费"), m("0"),
            QStringLiteral("由上级专项资金列支，本级安排0万元")});
    }));
    // Synonyms of a stated count: the goal's "4次以上" against the indicator's "≥4次".
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).annualGoal += QStringLiteral("全年开展安全生产检查不少于2次。");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("安全生产检查次数"), QStringLiteral("≥2次"), QStringLiteral("计划标准")});
    }));
}
