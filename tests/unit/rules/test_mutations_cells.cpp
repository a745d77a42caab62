// SPDX-License-Identifier: GPL-3.0-or-later
// One defect in, one finding out, at the right pointer — for every rule. And
// the reverse: rewriting the seed in other valid ways gives no new finding
// (false alarms are bugs too). Here: the header and the cells
// (empty, hygiene, nonsense values, repeats, dates).
#include "mutations.h"

using namespace jixiao;

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

TEST(Mutation, NonAnswers)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).details[0].basis = QStringLiteral("详见附件"); }),
        {"text.non-answer", W, "/funds/1/directions/0/details/0/basis"});
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.workPlan[0].goal = QStringLiteral("同上"); }),
        {"text.non-answer", W, "/overview/workPlan/0/goal"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].value = QStringLiteral("略"); }),
        {"text.non-answer", W, "/funds/1/directions/0/indicators/1/value"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).periodGoal = QStringLiteral("待定"); }),
        {"text.non-answer", W, "/funds/1/directions/0/periodGoal"});
    EXPECT_ONLY(
        mutate([](Filing &f) { f.overview.duties = QStringLiteral("/"); }), {"text.non-answer", W, "/overview/duties"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[7].value = QStringLiteral("无"); }),
        {"text.non-answer", W, "/funds/1/directions/0/indicators/7/value"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].name = QStringLiteral("见附表2"); }),
        {"text.non-answer", W, "/funds/1/directions/0/indicators/1/name"});
}

TEST(Mutation, AnswersThatMentionAttachmentsOrNoneAreAnswers)
{
    // "无" where the indicator counts what must not happen is the target.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators[1].name = QStringLiteral("安全生产事故");
        dir(f, 1).indicators[1].value = QStringLiteral("无");
    }));
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).details[0].basis = QStringLiteral("一年四次，每次0.2万元，共0.8万元（详见附表）");
        dir(f, 1).indicators[7].value = QStringLiteral("见效明显");
        f.overview.workPlan[0].owner = QStringLiteral("无线电管理股");
    }));
}

TEST(Mutation, PerformanceStandard)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].standard = QString(); }),
        {"indicators.standard-missing", W, "/funds/1/directions/0/indicators/1/standard"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].standard.reset(); }),
        {"indicators.standard-missing", W, "/funds/1/directions/0/indicators/1/standard"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].standard = QStringLiteral("按计划"); }),
        {"indicators.standard-unknown", W, "/funds/1/directions/0/indicators/1/standard"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].standard = QStringLiteral("同上"); }),
        {"indicators.standard-unknown", W, "/funds/1/directions/0/indicators/1/standard"});
    for (const char16_t *ok :
        {u"计划", u"行业 标准", u"历史标准", u"其它标准", u"计划标准、行业标准", u"预算支出标准", u" 其他标准 "}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).indicators[1].standard = QString::fromUtf16(ok); }));
    }
}

// ---- values that make no sense for their indicator ------------------------

TEST(Mutation, RateAbove100Percent)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[8].value = QStringLiteral("105%以上"); }),
        {"value.over-100-percent", W, "/funds/1/directions/0/indicators/8/value"});
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
            QStringLiteral("项目验收合格率"), QStringLiteral("≥120%"), QStringLiteral("计划标准")});
    }),
        {"value.over-100-percent", W, "/funds/1/directions/0/indicators/9/value"});
    // Growth and returns may pass 100 %; 100 % itself is fine.
    for (const auto &[name, value] :
        {std::pair {u"高新技术企业数量增长率", u"≥150%"}, std::pair {u"投资回报率", u"≥120%"},
            std::pair {u"项目验收合格率", u"=100%"}, std::pair {u"产值较上年提高", u"≥200%"}}) {
        SCOPED_TRACE(QString::fromUtf16(name).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) {
            dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
                QString::fromUtf16(name), QString::fromUtf16(value), QStringLiteral("计划标准")});
        }));
    }
}

TEST(Mutation, ComparatorPointingTheWrongWay)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[8].value = QStringLiteral("95%以下"); }),
        {"value.wrong-direction", W, "/funds/1/directions/0/indicators/8/value"});
    const Outcome cost = mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≥3万元"); });
    EXPECT_ONLY(cost, {"value.wrong-direction", W, "/funds/1/directions/0/indicators/3/value"});
    EXPECT_EQ(findingAt(cost, "value.wrong-direction", "/funds/1/directions/0/indicators/3/value")->expected,
        QStringLiteral("≤3万元"));
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
            QStringLiteral("审核差错率"), QStringLiteral("≥2%"), QStringLiteral("计划标准")});
    }),
        {"value.wrong-direction", W, "/funds/1/directions/0/indicators/9/value"});
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators[8].value = QStringLiteral("≥95%");
        dir(f, 1).indicators[3].value = QStringLiteral("≤30000元");
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
            QStringLiteral("审核差错率"), QStringLiteral("≤2%"), QStringLiteral("计划标准")});
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
            QStringLiteral("项目验收合格率"), QStringLiteral("≥95%"), QStringLiteral("计划标准")});
    }));
}

TEST(Mutation, ZeroFloor)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("培育专精特新企业"), QStringLiteral("≥0家"), QStringLiteral("计划标准")});
    }),
        {"value.zero-floor", W, "/funds/1/directions/0/indicators/9/value"});
    // Zero as a cap or an exact target is a real one: no accidents.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
            QStringLiteral("安全生产事故"), QStringLiteral("=0起"), QStringLiteral("计划标准")});
    }));
}

TEST(Mutation, LowSatisfactionTarget)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[8].value = QStringLiteral("60%以上"); }),
        {"value.low-satisfaction", I, "/funds/1/directions/0/indicators/8/value"});
    const CheckOptions lenient {.minSatisfactionPercent = 50};
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).indicators[8].value = QStringLiteral("60%以上"); }, lenient));
}

// ---- the same thing twice ---------------------------------------------------

TEST(Mutation, RepeatedIndicatorRow)
{
    const Outcome o = mutate([](Filing &f) { dir(f, 1).indicators.append(dir(f, 1).indicators[7]); });
    EXPECT_ONLY(o, {"dup.indicator-row", W, "/funds/1/directions/0/indicators/9/name"});
    EXPECT_EQ(findingAt(o, "dup.indicator-row", "/funds/1/directions/0/indicators/9/name")->related,
        QStringList {QStringLiteral("/funds/1/directions/0/indicators/7/name")});
}

TEST(Mutation, SameMeasureTwoValues)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        Indicator again = dir(f, 1).indicators[8];
        again.value = QStringLiteral("≥90%");
        dir(f, 1).indicators.append(again);
    }),
        {"dup.measure-values", W, "/funds/1/directions/0/indicators/9/value"});
    // The measure in one row's name, the other's value: 9.30% / ≥9.31%.
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("研发经费投入强度"), QStringLiteral("≥9.31%"), QStringLiteral("计划标准")});
    }),
        {"dup.measure-values", W, "/funds/1/directions/0/indicators/9/value"});
    // Qualitative values: one 三级, two answers.
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("效益指标"), QStringLiteral("社会效益指标"),
            QStringLiteral("建立健全长效机制，提升工作水平"), QStringLiteral("明显提升"), QStringLiteral("其他标准")});
    }),
        {"dup.measure-values", W, "/funds/1/directions/0/indicators/9/value"});
    // Different measures with one unit, and one measure in two tables, are not.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("走访企业数"), QStringLiteral("≥30家"), QStringLiteral("计划标准")});
        dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("数量指标"),
            QStringLiteral("培训企业数"), QStringLiteral("≥20家"), QStringLiteral("计划标准")});
        dir(f, 0).indicators[8].value = QStringLiteral("≥90%");
    }));
}

TEST(Mutation, RepeatedDetailLine)
{
    // Copied line, totals adjusted so that every sum still holds.
    const Outcome o = mutate([](Filing &f) {
        dir(f, 1).details.append(dir(f, 1).details[0]);
        dir(f, 1).amount = m("3.8");
        dir(f, 1).indicators[3].value = QStringLiteral("≤3.8万元");
        f.funds[1].amount = m("3.8");
        f.overview.budget.project = m("23.34");
        f.overview.budget.basic = m("345.56");
    });
    EXPECT_ONLY(o, {"dup.detail-line", W, "/funds/1/directions/0/details/4/content"});
    EXPECT_EQ(findingAt(o, "dup.detail-line", "/funds/1/directions/0/details/4/content")->related,
        QStringList {QStringLiteral("/funds/1/directions/0/details/0/content")});
    // Same content, another amount and calculation: a second, different purchase.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        DetailLine l = dir(f, 1).details[0];
        l.amount = m("0.4");
        l.basis = QStringLiteral("工业运行工作专项，一年两次，每次0.2万元，共0.4万元");
        dir(f, 1).details[0].amount = m("0.4");
        dir(f, 1).details[0].basis = QStringLiteral("工业运行调研，一年两次，每次0.2万元，共0.4万元");
        dir(f, 1).details.append(l);
    }));
}

TEST(Mutation, RepeatedWorkPlanRow)
{
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.workPlan.append(f.overview.workPlan[0]); }),
        {"dup.work-plan-row", W, "/overview/workPlan/2/goal"});
}

// ---- dates ----------------------------------------------------------------------

TEST(Mutation, PeriodEndsBeforeItStarts)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).period = QStringLiteral("2023年12-1月"); }),
        {"date.period-reversed", W, "/funds/1/directions/0/period"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).period = QStringLiteral("2023年10月至2023年3月"); }),
        {"date.period-reversed", W, "/funds/1/directions/0/period"});
    for (const char16_t *ok : {u"2023年1月至2023年12月", u"2023.1-2023.12", u"2023年1月1日-2023年12月31日",
             u"2023年10月-2024年3月", u"2023-2025年", u"2023年全年", u"2023年度"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).period = QString::fromUtf16(ok); }));
    }
}

TEST(Mutation, DateThatDoesNotExist)
{
    const Outcome month = mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2023年13月底前"); });
    EXPECT_ONLY(month, {"date.invalid", W, "/funds/1/directions/0/indicators/2/value"});
    EXPECT_TRUE(findingAt(month, "date.invalid", "/funds/1/directions/0/indicators/2/value")
                    ->message.contains(QStringLiteral("(2023年13月)")));
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).period = QStringLiteral("2023年1月-2023年12月32日"); }),
        {"date.invalid", W, "/funds/1/directions/0/period"});
}

TEST(Mutation, DeadlineOutsideThePeriod)
{
    const Outcome after = mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("2024年3月底前"); });
    EXPECT_ONLY(after, {"date.deadline-outside-period", W, "/funds/1/directions/0/indicators/2/value"});
    EXPECT_EQ(findingAt(after, "date.deadline-outside-period", "/funds/1/directions/0/indicators/2/value")->related,
        QStringList {QStringLiteral("/funds/1/directions/0/period")});
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).period = QStringLiteral("2023年7-12月");
        dir(f, 1).indicators[2].value = QStringLiteral("2023年3月底前");
    }),
        {"date.deadline-outside-period", W, "/funds/1/directions/0/indicators/2/value"});
    // The overview's period is the fiscal year.
    EXPECT_ONLY(mutate([](Filing &f) { f.overview.indicators[2].value = QStringLiteral("2024年6月底前"); }),
        {"date.deadline-outside-period", W, "/overview/indicators/2/value"});
    EXPECT_ONLY(mutate([](Filing &f) {
        dir(f, 1).period = QStringLiteral("2023年1-6月");
        dir(f, 1).indicators[2].value = QStringLiteral("12月底前");
    }),
        {"date.deadline-outside-period", W, "/funds/1/directions/0/indicators/2/value"});
    for (const char16_t *ok : {u"2023年12月底前", u"12月31日前", u"2023年10月", u"年底前"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).indicators[2].value = QString::fromUtf16(ok); }));
    }
}

TEST(Mutation, TwoFundsOrDirectionsWithOneName)
{
    // Directions of two funds may share a name: the summary table lists them under their funds.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).name = QStringLiteral("提退人员经费"); }));
    EXPECT_ONLY(
        mutate([](Filing &f) { f.funds[1].name = QStringLiteral("提退人员经费 "); }), {"dup.name", W, "/funds/1/name"});
    const Outcome two = mutate([](Filing &f) {
        Direction copy = dir(f, 1);
        copy.amount = m("0");
        copy.details.clear();
        dir(f, 1).name = QStringLiteral("业务性专项工作经费");
        copy.name = QStringLiteral("业务性专项工作经费");
        f.funds[1].directions.append(copy);
    });
    EXPECT_EQ(two.added.count({"dup.name", W, "/funds/1/directions/1/name"}), 1u) << describe(two.findings);
    // A fund and its only direction may share a name, as in the seed.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { f.funds[1].name = QStringLiteral("业务性专项"); }));
}

TEST(Mutation, LevelThreeThatRepeatsItsHeading)
{
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[1].name = QStringLiteral("质量指标"); }),
        {"quality.name-is-heading", W, "/funds/1/directions/0/indicators/1/name"});
    EXPECT_ONLY(mutate([](Filing &f) { dir(f, 1).indicators[6].name = QStringLiteral("效益"); }),
        {"quality.name-is-heading", W, "/funds/1/directions/0/indicators/6/name"});
    // The satisfaction row is named after its heading everywhere.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) {
        dir(f, 1).indicators[8].level2 = QStringLiteral("服务对象满意度指标");
        dir(f, 1).indicators[8].name = QStringLiteral("服务对象满意度");
    }));
}

TEST(Mutation, ValuesThatLookOddButAreRight)
{
    // Rates that count how bad cases are dealt with are floors; 不满意率 is a cap;
    // growth may be ≥0%; a completion rate may pass 100 % (超额完成).
    const struct
    {
        const char16_t *name, *value;
    } rows[] = {{u"投诉办结率", u"≥95%"}, {u"污染物排放达标率", u"≥95%"}, {u"隐患整改率", u"=100%"},
        {u"群众不满意率", u"≤5%"}, {u"工业增加值增速", u"≥0%"}, {u"招商引资任务完成率", u"≥120%"},
        {u"财政资金占比", u"≤100%"}, {u"审核差错率", u"≤1%"}, {u"办理时限", u"≤45日"}};
    for (const auto &r : rows) {
        SCOPED_TRACE(QString::fromUtf16(r.name).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) {
            dir(f, 1).indicators.append({QStringLiteral("产出指标"), QStringLiteral("质量指标"),
                QString::fromUtf16(r.name), QString::fromUtf16(r.value), QStringLiteral("计划标准")});
        }));
    }
    // Standards as people write them.
    for (const char16_t *ok :
        {u"计划标准/行业标准", u"计划标准。", u"国家标准", u"年度计划标准", u"省级行业标准", u"历史标准（2022年）"}) {
        SCOPED_TRACE(QString::fromUtf16(ok).toStdString());
        EXPECT_NOTHING_NEW(mutate([&](Filing &f) { dir(f, 1).indicators[1].standard = QString::fromUtf16(ok); }));
    }
    // A 时效 in days is a duration, not a date.
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).indicators[2].value = QStringLiteral("45日内完成"); }));
}

TEST(Mutation, OneValueWrittenTwoWaysIsARepeatedRowNotTwoValues)
{
    EXPECT_ONLY(mutate([](Filing &f) {
        Indicator again = dir(f, 1).indicators[8];
        again.value = QStringLiteral("≥ 95.0％");
        dir(f, 1).indicators.append(again);
    }),
        {"dup.indicator-row", W, "/funds/1/directions/0/indicators/9/name"});
}

TEST(Mutation, CostAndSatisfactionInWords)
{
    const Outcome cost = mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("不超预算"); });
    EXPECT_ONLY(cost, {"value.cost-unquantified", W, "/funds/1/directions/0/indicators/3/value"});
    EXPECT_EQ(findingAt(cost, "value.cost-unquantified", "/funds/1/directions/0/indicators/3/value")->expected,
        QStringLiteral("≤3万元"));
    auto satisfaction = [](const char16_t *value) {
        return [value](Filing &f) {
            dir(f, 1).indicators.append({QStringLiteral("效益指标"), QStringLiteral("社会公众及服务对象满意度指标"),
                QStringLiteral("企业满意度"), QString::fromUtf16(value), QStringLiteral("其他标准")});
        };
    };
    EXPECT_ONLY(mutate(satisfaction(u"较高")),
        {"value.satisfaction-unquantified", I, "/funds/1/directions/0/indicators/9/value"});
    // "无" is text.non-answer's alone; a per-year cost is an amount.
    EXPECT_ONLY(mutate(satisfaction(u"无")), {"text.non-answer", W, "/funds/1/directions/0/indicators/9/value"});
    EXPECT_NOTHING_NEW(mutate([](Filing &f) { dir(f, 1).indicators[3].value = QStringLiteral("≤3万元/年"); }));
}
