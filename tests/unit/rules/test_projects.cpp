// SPDX-License-Identifier: GPL-3.0-or-later
// The project form's checks: its indicator table gets the direction tables'
// rules (the same findings at the project's pointers), its funding sources
// add up, its period fits, and the projects reconcile with the overview's
// 项目支出 when the filing says they are all of them.
#include "mutations.h"

#include <QRegularExpression>

using namespace jixiao;

namespace {

// The seed's 业务性专项 direction filed as a project form instead.
Project projectFrom(const Direction &d, const char *layout)
{
    Project p;
    p.name = d.name;
    p.layout = QString::fromLatin1(layout);
    p.period = d.period;
    p.annualTotal = d.amount;
    p.annualFiscal = d.amount;
    p.periodGoal = d.periodGoal;
    p.annualGoal = d.annualGoal;
    p.indicators = d.indicators;
    return p;
}

Filing withProject(const char *layout = "hunan")
{
    Filing f = sampleFiling();
    f.projects.append(projectFrom(f.funds[1].directions[0], layout));
    return f;
}

// The findings of the rules on indicator tables, with their pointers under `prefix` made relative.
std::set<Key> tableFindings(const QList<Finding> &findings, const QString &prefix)
{
    // The rules about a table's own indicators, goals, cost cap and period;
    // not those about the direction's detail lines or other tables.
    static const QRegularExpression family(
        QStringLiteral("^(indicators|quality|value|kind|cost|target|dup\\.indicator|dup\\.measure|date)\\b"));
    std::set<Key> out;
    for (const Finding &f : findings)
        if (f.pointer.startsWith(prefix) && family.match(f.rule).hasMatch())
            out.insert({f.rule.toStdString(), f.severity, f.pointer.mid(prefix.size()).toStdString()});
    return out;
}

Outcome onProject(const std::function<void(Project &, Filing &)> &change, const char *layout = "hunan")
{
    return mutateFrom(withProject(layout), [&](Filing &f) { change(f.projects[0], f); });
}

} // namespace

TEST(ProjectChecks, AProjectsIndicatorsGetTheDirectionTablesFindings)
{
    const QList<Finding> findings = runChecks(withProject());
    const std::set<Key> direction = tableFindings(findings, QStringLiteral("/funds/1/directions/0"));
    const std::set<Key> project = tableFindings(findings, QStringLiteral("/projects/0"));
    ASSERT_GE(direction.size(), 3u) << describe(findings);
    EXPECT_EQ(project, direction) << describe(findings);
}

TEST(ProjectChecks, SchemeCompletenessPerProject)
{
    Outcome o = onProject([](Project &p, Filing &) { p.indicators.removeAt(3); }); // the 成本指标 row
    EXPECT_TRUE(o.added.count({"indicators.missing-required", E, "/projects/0/indicators"})) << describe(o.findings);
    o = onProject([](Project &p, Filing &) { p.indicators.clear(); });
    EXPECT_TRUE(o.added.count({"indicators.none", E, "/projects/0/indicators"})) << describe(o.findings);
}

TEST(ProjectChecks, CostCapAgainstTheProjectsAnnualFunds)
{
    Outcome o = onProject([](Project &p, Filing &) { p.indicators[3].value = QStringLiteral("≤2.5万元"); });
    EXPECT_ONLY(o, {"cost.cap", W, "/projects/0/indicators/3/value"});
    const Finding *f = findingAt(o, "cost.cap", "/projects/0/indicators/3/value");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->related, QStringList {QStringLiteral("/projects/0/annualTotal")});
    EXPECT_EQ(f->expected, QStringLiteral("3万元"));
    // The Hunan 申报表 states only the sources: 本级预算 2 + 上级资金 1 is the project's 3.
    EXPECT_NOTHING_NEW(onProject([](Project &p, Filing &) {
        p.annualTotal.reset();
        p.annualFiscal = m("2");
        p.annualUpper = m("1");
    }));
    o = onProject([](Project &p, Filing &) {
        p.annualTotal.reset();
        p.annualFiscal = m("2");
    });
    EXPECT_ONLY(o, {"cost.cap", W, "/projects/0/indicators/3/value"});
    EXPECT_EQ(findingAt(o, "cost.cap", "/projects/0/indicators/3/value")->related,
        QStringList {QStringLiteral("/projects/0/annualFiscal")});
}

TEST(ProjectChecks, ValueSense)
{
    const Outcome o = onProject([](Project &p, Filing &) { p.indicators[8].value = QStringLiteral("≥95人"); });
    EXPECT_TRUE(o.added.count({"kind.satisfaction-unit", W, "/projects/0/indicators/8/value"})) << describe(o.findings);
    for (const Key &k : o.added)
        EXPECT_EQ(k.pointer, "/projects/0/indicators/8/value") << k.rule;
}

TEST(ProjectChecks, StandardColumnAsTheLayoutHasIt)
{
    auto clear = [](Project &p, Filing &) { p.indicators[0].standard.reset(); };
    EXPECT_ONLY(onProject(clear, "hunan"), {"indicators.standard-missing", W, "/projects/0/indicators/0/standard"});
    // The national template has no 绩效标准 column (but a 中期指标值 one).
    const Outcome national = onProject(clear, "national-2021");
    for (const Key &k : national.added)
        EXPECT_NE(k.rule, "indicators.standard-missing");
}

TEST(ProjectChecks, FundingSourcesAddUp)
{
    Outcome o = onProject([](Project &p, Filing &) {
        p.annualFiscal = m("2");
        p.annualOther = m("0.5");
    });
    EXPECT_ONLY(o, {"sum.project-funding", E, "/projects/0/annualTotal"});
    const Finding *f = findingAt(o, "sum.project-funding", "/projects/0/annualTotal");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, QStringLiteral("2.5"));
    EXPECT_EQ(f->actual, QStringLiteral("3"));
    EXPECT_TRUE(f->applicable);
    EXPECT_TRUE(f->related.contains(QStringLiteral("/projects/0/annualUpper")));
    EXPECT_NOTHING_NEW(onProject([](Project &p, Filing &) {
        p.annualFiscal = m("2");
        p.annualUpper = m("0.5");
        p.annualOther = m("0.5");
    }));
    // A total whose sources nobody filled in: said, but no value to apply.
    o = onProject([](Project &p, Filing &) { p.annualFiscal.reset(); });
    EXPECT_ONLY(o, {"sum.project-funding", E, "/projects/0/annualTotal"});
    EXPECT_FALSE(findingAt(o, "sum.project-funding", "/projects/0/annualTotal")->applicable);
    // The medium-term funds likewise, and they include this year's.
    o = onProject(
        [](Project &p, Filing &) {
            p.midTermTotal = m("9");
            p.midTermFiscal = m("8");
        },
        "national-2021");
    EXPECT_TRUE(o.added.count({"sum.project-funding", E, "/projects/0/midTermTotal"})) << describe(o.findings);
    o = onProject([](Project &p, Filing &) {
        p.midTermTotal = m("2");
        p.midTermFiscal = m("2");
    });
    EXPECT_ONLY(o, {"project.mid-term-funds", W, "/projects/0/midTermTotal"});
    EXPECT_ONLY(onProject([](Project &p, Filing &) {
        p.annualTotal.reset();
        p.annualFiscal.reset();
    }),
        {"structure.empty-project", W, "/projects/0/annualTotal"},
        {"cost.cap", W, "/projects/0/indicators/3/value"}); // ≤3万元 of nothing
}

TEST(ProjectChecks, PeriodsAndYears)
{
    Outcome o = onProject([](Project &p, Filing &) { p.period = QStringLiteral("2023.07-2023.01"); });
    EXPECT_TRUE(o.added.count({"date.period-reversed", W, "/projects/0/period"})) << describe(o.findings);
    o = onProject([](Project &p, Filing &) { p.period = QStringLiteral("2022年1-12月"); });
    EXPECT_TRUE(o.added.count({"year.stale", W, "/projects/0/period"})) << describe(o.findings);
    // The Hunan 申报表's period crossing the year is fine; a deadline after it is not.
    EXPECT_NOTHING_NEW(onProject([](Project &p, Filing &) { p.period = QStringLiteral("2023.07-2024.01"); }));
    o = onProject([](Project &p, Filing &) {
        p.period = QStringLiteral("2023.01-2023.06");
        p.indicators[2].value = QStringLiteral("2023年10月底前");
    });
    EXPECT_TRUE(o.added.count({"date.deadline-outside-period", W, "/projects/0/indicators/2/value"}))
        << describe(o.findings);
}

TEST(ProjectChecks, ProjectsReconcileWithTheOverviewWhenComplete)
{
    // The seed's 项目支出 is 22.54; the project form covers 3 of it.
    Outcome o = onProject([](Project &, Filing &f) { f.projectsComplete = true; });
    EXPECT_ONLY(o, {"sum.projects-complete", E, "/overview/budget/project"});
    const Finding *f = findingAt(o, "sum.projects-complete", "/overview/budget/project");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, QStringLiteral("3"));
    EXPECT_EQ(f->actual, QStringLiteral("22.54"));
    EXPECT_EQ(f->related, QStringList {QStringLiteral("/projects/0/annualTotal")});
    EXPECT_NOTHING_NEW(onProject([](Project &p, Filing &f) {
        f.projectsComplete = true;
        p.annualTotal = p.annualFiscal = m("22.54");
        p.indicators[3].value = QStringLiteral("≤22.54万元");
    }));
    // Not said to be complete: only more than 项目支出 is wrong.
    EXPECT_ONLY(onProject([](Project &p, Filing &) {
        p.annualTotal = p.annualFiscal = m("30");
        p.indicators[3].value = QStringLiteral("≤30万元");
    }),
        {"sum.projects-exceed", W, "/overview/budget/project"});
    // Project forms account for 项目支出 without special funds.
    Filing noFunds = withProject();
    noFunds.funds.clear();
    for (const Finding &finding : runChecks(noFunds))
        EXPECT_NE(finding.rule, QStringLiteral("structure.project-without-funds"));
}

TEST(ProjectChecks, AttributeAndMediumTermValues)
{
    EXPECT_NOTHING_NEW(onProject([](Project &p, Filing &) { p.attribute = QStringLiteral("延续项目"); }));
    EXPECT_ONLY(onProject([](Project &p, Filing &) { p.attribute = QStringLiteral("一次性"); }),
        {"project.attribute", W, "/projects/0/attribute"});
    Outcome o = onProject(
        [](Project &p, Filing &) {
            for (Indicator &ind : p.indicators)
                ind.midTermValue = ind.value;
            p.indicators[0].name = QStringLiteral("检查企业数量");
            p.indicators[0].value = QStringLiteral("≥12家");
            p.indicators[0].midTermValue = QStringLiteral("≥10家");
        },
        "national-2021");
    EXPECT_TRUE(o.added.count({"project.mid-term-value", W, "/projects/0/indicators/0/midTermValue"}))
        << describe(o.findings);
    o = onProject([](Project &, Filing &) {}, "national-2021");
    int missing = 0;
    for (const Finding &finding : o.findings)
        missing += finding.rule == QStringLiteral("project.mid-term-value-missing");
    EXPECT_EQ(missing, 9); // every row of the national template's table
}

// Every box of the project's layout is filled in: the national template asks
// for 实施单位 and 项目属性, the Hunan 申报表 has neither.
TEST(ProjectChecks, EmptyBoxesOfTheLayout)
{
    const std::set<Key> national = keys(runChecks(withProject("national-2021")));
    for (const char *field : {"authority", "authorityCode", "implementer", "attribute"})
        EXPECT_TRUE(national.count({"required.empty", W, std::string("/projects/0/") + field})) << field;
    const std::set<Key> hunan = keys(runChecks(withProject("hunan")));
    EXPECT_TRUE(hunan.count({"required.empty", W, "/projects/0/authority"})); // 预算部门
    EXPECT_FALSE(hunan.count({"required.empty", W, "/projects/0/implementer"}));
    EXPECT_FALSE(hunan.count({"required.empty", W, "/projects/0/attribute"}));
    EXPECT_ONLY(onProject([](Project &p, Filing &) { p.indicators[1].name.clear(); }),
        {"required.empty", W, "/projects/0/indicators/1/name"});
    EXPECT_NOTHING_NEW(
        onProject([](Project &p, Filing &) { p.authority = QStringLiteral("株洲市石峰区科技和工业信息化局"); }));
}

// Last year's 申报表 imported alone: the filing is its project forms, with no
// overview to complain about; once anything is written in the overview, it is
// part of the filing and checked as before.
TEST(ProjectChecks, AFilingOfProjectFormsAloneHasNoOverviewToCheck)
{
    Filing f;
    f.indicatorScheme = IndicatorSchemeId::Hunan2023;
    f.department.name = QStringLiteral("株洲市石峰区科技和工业信息化局");
    f.overview.indicators = standardIndicatorRows(f.effectiveScheme(), false);
    f.projects.append(withProject().projects[0]);
    auto overviewFindings = [](const Filing &filing) {
        QStringList out;
        for (const Finding &finding : runChecks(filing))
            if (finding.pointer.startsWith(QStringLiteral("/overview")))
                out << finding.rule + QLatin1Char(' ') + finding.pointer;
        return out;
    };
    EXPECT_EQ(overviewFindings(f), QStringList()) << overviewFindings(f).join(u'\n').toStdString();

    Filing written = f;
    written.overview.duties = QStringLiteral("负责全区科技和工业信息化工作。");
    const QStringList found = overviewFindings(written);
    EXPECT_TRUE(found.contains(QStringLiteral("structure.work-plan-empty /overview/workPlan")))
        << found.join(u'\n').toStdString();
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const QString &s) {
        return s.startsWith(QStringLiteral("required.empty /overview/indicators/"));
    })) << found.join(u'\n').toStdString();
    // Without project forms an empty overview is an unfinished one.
    Filing noProjects = f;
    noProjects.projects.clear();
    EXPECT_TRUE(overviewFindings(noProjects).contains(QStringLiteral("structure.work-plan-empty /overview/workPlan")));
}
