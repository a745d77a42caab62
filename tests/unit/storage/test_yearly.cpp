// SPDX-License-Identifier: GPL-3.0-or-later
// Carry-forward to next year and the year-over-year comparison.
#include "storagetestutil.h"

#include "model/carryforward.h"
#include "model/compare.h"
#include "model/jsonio.h"

using namespace jixiao;
using namespace jixiao::test;

namespace {

TEST(CarryForward, KeepsStructureAndTextsAndAdvancesTheYear)
{
    const Filing last = sampleFiling();
    const Filing next = carryForward(last, {});
    EXPECT_EQ(next.fiscalYear, 2024);
    Filing back = next;
    back.fiscalYear = 2023;
    EXPECT_SAME_FILING(back, last); // nothing else changed
    EXPECT_EQ(carryForward(last, {.newYear = 2026}).fiscalYear, 2026);
}

TEST(CarryForward, ClearsEveryAmountWhenAsked)
{
    const Filing last = sampleFiling();
    const Filing next = carryForward(last, {.newYear = 2024, .keepAmounts = false});
    EXPECT_FALSE(next.overview.budget.total.has_value());
    EXPECT_FALSE(next.overview.budget.project.has_value());
    for (const Fund &f : next.funds) {
        EXPECT_FALSE(f.amount.has_value());
        for (const Direction &d : f.directions) {
            EXPECT_FALSE(d.amount.has_value());
            for (const DetailLine &l : d.details)
                EXPECT_FALSE(l.amount.has_value());
        }
    }
    // Texts, indicators and rows all stay.
    EXPECT_EQ(next.funds[1].directions[0].details.size(), last.funds[1].directions[0].details.size());
    EXPECT_EQ(next.funds[1].directions[0].details[0].basis, last.funds[1].directions[0].details[0].basis);
    EXPECT_EQ(next.overview.indicators, last.overview.indicators);
}

TEST(CarryForward, StaleYearsAreFoundOrReplaced)
{
    Filing last = sampleFiling();
    Direction &d = last.funds[1].directions[0];
    d.period = QStringLiteral("2023年1-12月");
    d.annualGoal = QStringLiteral("较2022年增长5%，2025年前完成；金额12023.5万元不是年份");
    d.indicators[0].value = QStringLiteral("2023年全年");

    const Filing kept = carryForward(last, {.newYear = 2024});
    const QList<YearMention> stale = findYearMentions(kept, 2023);
    QStringList pointers;
    for (const YearMention &m : stale)
        pointers.append(m.pointer);
    EXPECT_TRUE(pointers.contains(QStringLiteral("/funds/1/directions/0/period")));
    EXPECT_TRUE(pointers.contains(QStringLiteral("/funds/1/directions/0/indicators/0/value")));
    EXPECT_FALSE(pointers.contains(QStringLiteral("/funds/1/directions/0/annualGoal"))) << "12023.5 is no year";

    const Filing replaced = carryForward(last, {.newYear = 2024, .replaceYears = true});
    const Direction &r = replaced.funds[1].directions[0];
    EXPECT_EQ(r.period, QStringLiteral("2024年1-12月"));
    EXPECT_EQ(r.indicators[0].value, QStringLiteral("2024年全年"));
    EXPECT_EQ(r.annualGoal, QStringLiteral("较2023年增长5%，2025年前完成；金额12023.5万元不是年份"));
    EXPECT_TRUE(findYearMentions(replaced, 2022).isEmpty());
}

TEST(Compare, TheSameFilingHasNoChanges)
{
    EXPECT_TRUE(compareFilings(sampleFiling(), sampleFiling()).isEmpty());
    const Filing big = generateFiling({.directions = 50});
    EXPECT_TRUE(compareFilings(big, big).isEmpty());
}

TEST(Compare, AmountsValuesAndRowsInWords)
{
    const Filing older = sampleFiling();
    Filing newer = carryForward(older, {.newYear = 2024});
    Direction &d = newer.funds[1].directions[0];
    d.amount = Money::fromUnits(4);
    d.indicators[1].value = QStringLiteral("≥98%");
    const Indicator removed = d.indicators[2];
    d.indicators.removeAt(2);
    d.indicators.insert(0,
        Indicator {QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("新增的指标"),
            QStringLiteral("≥5次"), std::nullopt});
    d.details.append(DetailLine {QStringLiteral("新增支出"), QStringLiteral("印刷"), Money::fromUnits(1), QString()});

    const QList<Change> changes = compareFilings(older, newer);
    auto find = [&](const QString &pointer) -> const Change * {
        for (const Change &c : changes)
            if (c.pointer == pointer)
                return &c;
        return nullptr;
    };
    ASSERT_TRUE(find(QStringLiteral("/fiscalYear")));
    const Change *amount = find(QStringLiteral("/funds/1/directions/0/amount"));
    ASSERT_TRUE(amount);
    EXPECT_EQ(amount->kind, Change::Changed);
    EXPECT_EQ(amount->before, QStringLiteral("3"));
    EXPECT_EQ(amount->after, QStringLiteral("4"));
    EXPECT_TRUE(amount->description.contains(QStringLiteral("(+1)"))) << amount->description.toStdString();
    EXPECT_TRUE(amount->description.contains(d.name)) << amount->description.toStdString();
    // The inserted indicator shifts the others: matched by name, not position.
    const Change *added = find(QStringLiteral("/funds/1/directions/0/indicators/0"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->kind, Change::Added);
    const Change *value = find(QStringLiteral("/funds/1/directions/0/indicators/2/value"));
    ASSERT_TRUE(value);
    EXPECT_EQ(value->after, QStringLiteral("≥98%"));
    const Change *gone = find(QStringLiteral("/funds/1/directions/0/indicators/2"));
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->kind, Change::Removed);
    EXPECT_TRUE(gone->before.contains(removed.name));
    const Change *detail = find(QStringLiteral("/funds/1/directions/0/details/4"));
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->kind, Change::Added);
    EXPECT_EQ(changes.size(), 6) << [&] {
        std::string s;
        for (const Change &c : changes)
            s += c.pointer.toStdString() + " " + c.description.toStdString() + "\n";
        return s;
    }();
}

TEST(Compare, FundsAndDirectionsAddedAndRemoved)
{
    const Filing older = generateFiling({.directions = 20});
    Filing newer = older;
    newer.funds.removeFirst();
    Fund fresh;
    fresh.name = QStringLiteral("新设专项");
    fresh.amount = Money::fromUnits(10);
    newer.funds.append(fresh);
    newer.funds[0].directions.removeLast();
    const QList<Change> changes = compareFilings(older, newer);
    int added = 0, removed = 0;
    for (const Change &c : changes) {
        added += c.kind == Change::Added;
        removed += c.kind == Change::Removed;
    }
    EXPECT_EQ(added, 1);
    EXPECT_EQ(removed, 2);
    EXPECT_EQ(changes.size(), 3);
}

TEST(Compare, EveryFieldIsCompared)
{
    // Any random edit is reported: compareFilings is the test suite's own
    // "what differs", so it must miss nothing.
    Filing f
        = generateFiling({.directions = 8, .indicatorsPerDirection = 3, .detailsPerDirection = 3, .projects = 2});
    Random r(11);
    for (int step = 0; step < 300; ++step) {
        Filing g = f;
        mutate(g, r, step);
        EXPECT_EQ(g == f, compareFilings(f, g).isEmpty()) << "step " << step;
        f = g;
    }
}

// Every walk of the filing reaches the projects: the field tables say which
// texts carry years and which cells are amounts, no walk lists them by hand.
TEST(CarryForward, ReachesTheProjectsThroughTheFieldTables)
{
    Filing last = generateFiling({.directions = 3, .projects = 2});
    Project &p = last.projects[1]; // national layout: 中期 columns
    p.annualGoal = QStringLiteral("2023年完成道路建设，较2022年提升");
    p.indicators[0].midTermValue = QStringLiteral("2023—2025年累计3公里");
    p.filedOn = QStringLiteral("2023年1月10日");
    p.layout = QStringLiteral("national-2021"); // an id, not a text with years

    const Filing kept = carryForward(last, {.newYear = 2024, .keepAmounts = false});
    QStringList stale;
    for (const YearMention &m : findYearMentions(kept, 2023))
        stale << m.pointer;
    EXPECT_TRUE(stale.contains(QStringLiteral("/projects/1/annualGoal")));
    EXPECT_TRUE(stale.contains(QStringLiteral("/projects/1/indicators/0/midTermValue")));
    EXPECT_TRUE(stale.contains(QStringLiteral("/projects/1/filedOn")));
    for (const Project &q : kept.projects) {
        EXPECT_FALSE(q.annualTotal.has_value());
        EXPECT_FALSE(q.annualFiscal.has_value());
        EXPECT_FALSE(q.midTermTotal.has_value());
    }

    const Filing replaced = carryForward(last, {.newYear = 2024, .replaceYears = true});
    const Project &r = replaced.projects[1];
    EXPECT_EQ(r.annualGoal, QStringLiteral("2024年完成道路建设，较2023年提升"));
    EXPECT_EQ(r.indicators[0].midTermValue, QStringLiteral("2024—2025年累计3公里"));
    EXPECT_EQ(r.layout, QStringLiteral("national-2021"));
    EXPECT_EQ(r.annualTotal, p.annualTotal);
}

TEST(Compare, ProjectsAreComparedLikeTheOtherRows)
{
    const Filing older = generateFiling({.directions = 3, .projects = 3});
    Filing newer = older;
    newer.projects[0].annualTotal = *older.projects[0].annualTotal + Money::fromUnits(1);
    newer.projects[1].indicators[0].midTermValue = QStringLiteral("4公里");
    newer.projects.removeLast();
    newer.projectsComplete = true;
    const QList<Change> changes = compareFilings(older, newer);
    QStringList pointers;
    for (const Change &c : changes)
        pointers << c.pointer;
    EXPECT_EQ(pointers,
        (QStringList {QStringLiteral("/projectsComplete"), QStringLiteral("/projects/0/annualTotal"),
            QStringLiteral("/projects/1/indicators/0/midTermValue"), QStringLiteral("/projects/2")}));
    EXPECT_TRUE(changes[1].description.contains(newer.projects[0].name)) << changes[1].description.toStdString();
    EXPECT_TRUE(changes[1].description.contains(QStringLiteral("(+1)"))) << changes[1].description.toStdString();
    EXPECT_EQ(changes[3].kind, Change::Removed);
}

} // namespace
