// SPDX-License-Identifier: GPL-3.0-or-later
// The engine around the rules: the catalogue, ordering, counting, and naming
// a pointer in the words of the printed form.
#include "findings.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <QSet>

using namespace jixiao;

TEST(Catalogue, EveryRuleHasAStableIdASeverityAndAReason)
{
    const QList<RuleInfo> rules = ruleCatalogue();
    QSet<QString> ids;
    for (const RuleInfo &r : rules) {
        EXPECT_FALSE(ids.contains(r.id)) << r.id.toStdString();
        ids.insert(r.id);
        EXPECT_TRUE(r.id.contains(QLatin1Char('.'))) << r.id.toStdString();
        EXPECT_GT(r.why.size(), 20) << r.id.toStdString();
        EXPECT_FALSE(r.why.contains(QLatin1Char('\n')));
    }
    // The ids other parts and saved reports rely on.
    for (const char *id : {"sum.budget-income", "sum.budget-expenditure", "sum.project-funds", "sum.fund-directions",
             "sum.direction-details", "basis.amount", "basis.product", "basis.itemised", "basis.no-calculation",
             "cost.cap", "indicators.missing-required", "indicators.missing-recommended", "indicators.unknown-level1",
             "indicators.unknown-level2", "quality.bare-number-name", "quality.no-comparator", "quality.no-unit",
             "quality.quantitative-share", "target.conflict", "year.stale", "header.department", "header.preparer",
             "header.phone", "required.empty", "text.leftover", "text.truncated"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
}

TEST(Catalogue, FindingsUseTheCataloguesIdsAndSeverities)
{
    QHash<QString, Severity> severity;
    for (const RuleInfo &r : ruleCatalogue())
        severity.insert(r.id, r.severity);
    GeneratorOptions o {.directions = 20};
    o.plantDetailSumMismatch = o.plantBasisMismatch = o.plantStaleYear = o.plantTargetConflict = true;
    QList<Finding> findings = runChecks(sampleFiling()) + runChecks(generateFiling(o));
    ASSERT_FALSE(findings.isEmpty());
    for (const Finding &f : findings) {
        ASSERT_TRUE(severity.contains(f.rule)) << f.rule.toStdString();
        EXPECT_EQ(severity.value(f.rule), f.severity) << f.rule.toStdString();
    }
}

TEST(Checks, EmptyFilingHasNoErrorsOnSums)
{
    // A new, empty filing: nothing adds up wrong, but the boxes to fill are named.
    const QList<Finding> findings = runChecks(Filing());
    for (const Finding &f : findings)
        EXPECT_FALSE(f.rule.startsWith(QLatin1String("sum."))) << f.rule.toStdString();
    const std::set<Key> k = keys(findings);
    EXPECT_TRUE(k.count({"header.department", Severity::Warning, "/department/name"}));
    // No indicators at all: one finding for the table, not one per missing 二级.
    EXPECT_TRUE(k.count({"indicators.none", Severity::Error, "/overview/indicators"}));
    EXPECT_TRUE(k.count({"structure.work-plan-empty", Severity::Error, "/overview/workPlan"}));
    for (const Finding &f : findings)
        EXPECT_FALSE(f.rule.startsWith(QLatin1String("indicators.missing"))) << f.rule.toStdString();
}

TEST(Checks, CountsBySeverity)
{
    QList<Finding> list(3);
    list[0].severity = Severity::Error;
    list[1].severity = Severity::Info;
    list[2].severity = Severity::Info;
    const FindingCounts c = countFindings(list);
    EXPECT_EQ(c.errors, 1);
    EXPECT_EQ(c.warnings, 0);
    EXPECT_EQ(c.infos, 2);
    EXPECT_EQ(severityName(Severity::Warning), QStringLiteral("warning"));
    EXPECT_EQ(severityKey(Severity::Error), QStringLiteral("error"));
}

TEST(Pointers, SortInDocumentOrder)
{
    const QStringList ordered {
        QStringLiteral("/department/name"),
        QStringLiteral("/department/phone"),
        QStringLiteral("/overview/budget/total"),
        QStringLiteral("/overview/budget/project"),
        QStringLiteral("/overview/workPlan/1/goal"),
        QStringLiteral("/overview/indicators"),
        QStringLiteral("/overview/indicators/0/name"),
        QStringLiteral("/overview/indicators/2/value"),
        QStringLiteral("/overview/indicators/10/name"),
        QStringLiteral("/funds/0/amount"),
        QStringLiteral("/funds/0/directions/0/amount"),
        QStringLiteral("/funds/0/directions/0/period"),
        QStringLiteral("/funds/0/directions/0/annualGoal"),
        QStringLiteral("/funds/0/directions/0/indicators/0/name"),
        QStringLiteral("/funds/0/directions/0/details/0/content"),
        QStringLiteral("/funds/0/directions/0/details/0/amount"),
        QStringLiteral("/funds/0/directions/0/details/0/basis"),
        QStringLiteral("/funds/0/directions/1"),
        QStringLiteral("/funds/2/name"),
        QStringLiteral("/funds/10/name"),
    };
    for (qsizetype i = 0; i < ordered.size(); ++i)
        for (qsizetype j = 0; j < ordered.size(); ++j)
            EXPECT_EQ(pointerLess(ordered[i], ordered[j]), i < j)
                << ordered[i].toStdString() << " vs " << ordered[j].toStdString();
}

TEST(Location, NamesTheCellInTheWordsOfTheForm)
{
    const Filing f = sampleFiling();
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/1/directions/0/details/1/amount")),
        QStringLiteral("Direction 业务性专项 › Expenditure details row 2 › amount"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/overview/indicators/8/value")),
        QStringLiteral("Department overview › Performance indicators row 9 › indicator value"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/overview/workPlan/1/goal")),
        QStringLiteral("Department overview › Work plan row 2 › work goal"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/overview/budget/total")),
        QStringLiteral("Department overview › total funds"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/0/amount")), QStringLiteral("Fund 提退人员经费 › amount"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/0/directions/0/amount")),
        QStringLiteral("Direction 提退人员经费 › project amount"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/1/directions/0/indicators")),
        QStringLiteral("Direction 业务性专项 › Performance indicators"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/department/phone")), QStringLiteral("Header › phone"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/1/directions/0/details/0/item")),
        QStringLiteral("Direction 业务性专项 › Expenditure details row 1 › expenditure item"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/1/directions/0/details/3/basis")),
        QStringLiteral("Direction 业务性专项 › Expenditure details row 4 › calculation basis"));
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/0/directions/0/indicators/3/level2")),
        QStringLiteral("Direction 提退人员经费 › Performance indicators row 4 › level-2 indicator"));
    EXPECT_EQ(describeLocation(f, QString()), QStringLiteral("the whole filing"));
    // Pointers that name nothing in this filing are shown as they are.
    EXPECT_EQ(describeLocation(f, QStringLiteral("/funds/9/amount")), QStringLiteral("/funds/9/amount"));
    Filing unnamed = f;
    unnamed.funds[1].directions[0].name.clear();
    EXPECT_EQ(describeLocation(unnamed, QStringLiteral("/funds/1/directions/0/period")),
        QStringLiteral("Direction #1 (no name) › implementation period"));
}

TEST(Checks, SurviveOddTextInEveryCell)
{
    const QStringList odd {
        QString(),
        QStringLiteral(" \n\t　"),
        QStringLiteral("年"),
        QStringLiteral("二〇二三年二〇二二年"),
        QStringLiteral("每每每共共共==××"),
        QStringLiteral("1-2-3-4-5月"),
        QStringLiteral("（（（（0.2万元"),
        QStringLiteral("））））"),
        QStringLiteral("9999999999999999999999999999年"),
        QStringLiteral("99999999999999万元×99999999次=1万元"),
        QStringLiteral("１２３４５６７８９０１２３４５６７８９０万元"),
        QStringLiteral("十十十十十百百百千千千万万万亿亿亿次"),
        QStringLiteral("万万万万元元元"),
        QStringLiteral("95%以上以上≥≤"),
        QStringLiteral("1,2,3,4,5,6"),
        QStringLiteral("[bookmark"),
        QStringLiteral("……XX**"),
        QStringLiteral("0.0000001万元×0.0000001=0元"),
        QStringLiteral("合计：小计：共计：=，共，计"),
        QStringLiteral("2023-"),
        QString(4000, QLatin1Char('9')),
        QString(4000, QChar(u'年')),
    };
    for (const QString &text : odd) {
        Filing f = generateFiling({.directions = 3, .indicatorsPerDirection = 12, .detailsPerDirection = 3});
        f.department.name = f.department.phone.emplace() = f.department.preparers.emplace() = text;
        f.overview.duties = text;
        for (WorkPlanItem &w : f.overview.workPlan)
            w.item = w.owner = w.goal = text;
        auto indicators = [&](QList<Indicator> &list) {
            for (Indicator &i : list)
                i.name = i.value = (i.level2 == QStringLiteral("数量指标") ? text : i.value + text);
        };
        indicators(f.overview.indicators);
        for (Fund &fund : f.funds) {
            fund.name = text;
            for (Direction &d : fund.directions) {
                d.name = d.period = d.periodGoal = d.annualGoal = text;
                indicators(d.indicators);
                for (DetailLine &l : d.details)
                    l.content = l.item = l.basis = text;
            }
        }
        const QList<Finding> findings = runChecks(f);
        for (const Finding &finding : findings) {
            EXPECT_TRUE(finding.pointer.isEmpty() || finding.pointer.startsWith(QLatin1Char('/')));
            EXPECT_FALSE(describeLocation(f, finding.pointer).isEmpty());
        }
    }
}

TEST(Checks, EveryTextCellIsNamedByItsPointer)
{
    // Each text cell emptied gives a finding whose pointer names exactly that
    // cell of the interchange format (the lazily built pointers are right).
    const Filing seed = sampleFiling();
    for (const char *pointer : {"/overview/duties", "/overview/workPlan/1/owner", "/overview/indicators/2/value",
             "/funds/1/name", "/funds/1/directions/0/annualGoal", "/funds/1/directions/0/indicators/5/level1",
             "/funds/0/directions/0/details/1/basis"}) {
        Filing f = seed;
        const QString p = QLatin1String(pointer);
        if (p == u"/overview/duties")
            f.overview.duties.clear();
        else if (p == u"/overview/workPlan/1/owner")
            f.overview.workPlan[1].owner.clear();
        else if (p == u"/overview/indicators/2/value")
            f.overview.indicators[2].value.clear();
        else if (p == u"/funds/1/name")
            f.funds[1].name.clear();
        else if (p == u"/funds/1/directions/0/annualGoal")
            f.funds[1].directions[0].annualGoal.clear();
        else if (p == u"/funds/1/directions/0/indicators/5/level1")
            f.funds[1].directions[0].indicators[5].level1.clear();
        else
            f.funds[0].directions[0].details[1].basis.clear();
        bool found = false;
        for (const Finding &finding : runChecks(f))
            found = found || (finding.rule == u"required.empty" && finding.pointer == p);
        EXPECT_TRUE(found) << pointer;
    }
}

// The text checks read every field the field tables mark as typed, the
// project forms' included, and skip what is not typed (the form layout, the
// finance department's opinion).
TEST(Checks, TheTextChecksReadTheProjectsTypedFields)
{
    Filing f = generateFiling({.directions = 2, .projects = 2});
    Project &p = f.projects[1];
    p.annualGoal = QStringLiteral("详见附件");
    p.summary = QStringLiteral("建设园区道路XX公里");
    p.indicators[0].midTermValue = QStringLiteral("请填写");
    p.financeOpinion = QStringLiteral("略");
    p.layout = QStringLiteral("XX");
    p.indicators[1].name = QStringLiteral("安全事故");
    p.indicators[1].midTermValue = QStringLiteral("无"); // "none" is the target here
    const std::set<Key> k = keys(runChecks(f));
    EXPECT_TRUE(k.count({"text.non-answer", Severity::Warning, "/projects/1/annualGoal"})) << describe(runChecks(f));
    EXPECT_TRUE(k.count({"text.leftover", Severity::Warning, "/projects/1/summary"})) << describe(runChecks(f));
    EXPECT_TRUE(k.count({"text.leftover", Severity::Warning, "/projects/1/indicators/0/midTermValue"}));
    for (const Key &key : k) {
        EXPECT_NE(key.pointer, "/projects/1/financeOpinion") << key.rule;
        EXPECT_NE(key.pointer, "/projects/1/layout") << key.rule;
        EXPECT_NE(key.pointer, "/projects/1/indicators/1/midTermValue") << key.rule;
    }
}
