// SPDX-License-Identifier: GPL-3.0-or-later
// Generated filings: without defects no error or warning, whatever the seed,
// scheme or year; each planted defect found exactly, at its cell.
#include "findings.h"

#include "model/generator.h"

using namespace jixiao;

namespace {

// Errors and warnings only: a generated filing may deserve quality hints.
std::set<Key> problems(const QList<Finding> &findings)
{
    std::set<Key> out;
    for (const Key &k : keys(findings))
        if (k.severity != Severity::Info)
            out.insert(k);
    return out;
}

} // namespace

TEST(Generated, WithoutDefectsNoErrorOrWarning)
{
    for (IndicatorSchemeId scheme : allIndicatorSchemes())
        for (quint32 seed : {1u, 7u, 99u, 2023u, 31337u})
            for (int year : {2023, 2026}) {
                GeneratorOptions o;
                o.seed = seed;
                o.fiscalYear = year;
                o.directions = 60;
                o.scheme = scheme;
                const QList<Finding> findings = runChecks(generateFiling(o));
                EXPECT_TRUE(problems(findings).empty())
                    << indicatorSchemeKey(scheme).toStdString() << " seed " << seed << " year " << year << "\n"
                    << describe(findings);
            }
}

TEST(Generated, LargeFilingWithoutDefectsIsClean)
{
    const QList<Finding> findings = runChecks(generateFiling({.directions = 500}));
    EXPECT_TRUE(problems(findings).empty()) << describe(findings);
}

TEST(Generated, EachPlantedDefectIsFoundExactly)
{
    const struct
    {
        void (*plant)(GeneratorOptions &);
        Key expected;
    } cases[] = {
        {[](GeneratorOptions &o) { o.plantDetailSumMismatch = true; },
            {"sum.direction-details", Severity::Error, "/funds/0/directions/0/amount"}},
        {[](GeneratorOptions &o) { o.plantBasisMismatch = true; },
            {"basis.amount", Severity::Warning, "/funds/0/directions/0/details/9/basis"}},
        {[](GeneratorOptions &o) { o.plantStaleYear = true; },
            {"year.stale", Severity::Warning, "/funds/0/directions/0/indicators/2/value"}},
        {[](GeneratorOptions &o) { o.plantTargetConflict = true; },
            {"target.conflict", Severity::Warning, "/funds/0/directions/0/indicators/12/name"}},
    };
    for (IndicatorSchemeId scheme : allIndicatorSchemes())
        for (quint32 seed : {2023u, 5u}) {
            std::set<Key> all;
            GeneratorOptions every {.seed = seed, .directions = 40, .scheme = scheme};
            for (const auto &c : cases) {
                GeneratorOptions o {.seed = seed, .directions = 40, .scheme = scheme};
                c.plant(o);
                c.plant(every);
                Key expected = c.expected;
                if (expected.rule == "year.stale") {
                    // The 时效 row's place depends on the scheme.
                    const Filing f = generateFiling(o);
                    const QList<Indicator> &inds = f.funds[0].directions[0].indicators;
                    for (int i = 0; i < inds.size(); ++i)
                        if (normalizeIndicatorName(inds[i].level2) == u"时效")
                            expected.pointer = "/funds/0/directions/0/indicators/" + std::to_string(i) + "/value";
                }
                all.insert(expected);
                const QList<Finding> findings = runChecks(generateFiling(o));
                EXPECT_EQ(problems(findings), std::set<Key> {expected})
                    << indicatorSchemeKey(scheme).toStdString() << "\n"
                    << describe(findings);
            }
            const QList<Finding> findings = runChecks(generateFiling(every));
            EXPECT_EQ(problems(findings), all) << describe(findings);
        }
}

TEST(Generated, PlantedConflictPointsAtBothPlaces)
{
    GeneratorOptions o {.directions = 10};
    o.plantTargetConflict = true;
    int conflicts = 0;
    for (const Finding &f : runChecks(generateFiling(o)))
        if (f.rule == QLatin1String("target.conflict")) {
            ++conflicts;
            EXPECT_EQ(f.related, QStringList {QStringLiteral("/funds/0/directions/0/annualGoal")});
            EXPECT_EQ(f.expected, QStringLiteral("9.31%"));
            EXPECT_EQ(f.actual, QStringLiteral("9.30%"));
        }
    EXPECT_EQ(conflicts, 1);
}

TEST(Generated, Mof2021SocialAndEcologicalCostsAreSetOnlyAsTheProjectWarrants)
{
    // 财预〔2021〕101号: 社会成本 and 生态环境成本 only where the project has them.
    Filing f = generateFiling({.directions = 20, .scheme = IndicatorSchemeId::Mof2021});
    auto drop = [](QList<Indicator> &list) {
        const qsizetype before = list.size();
        list.removeIf([](const Indicator &i) {
            const QString n = normalizeIndicatorName(i.level2);
            return n == u"社会成本" || n == u"生态环境成本";
        });
        EXPECT_EQ(list.size(), before - 2);
    };
    drop(f.overview.indicators);
    for (Fund &fund : f.funds)
        for (Direction &d : fund.directions)
            drop(d.indicators);
    const QList<Finding> findings = runChecks(f);
    for (const Finding &finding : findings)
        EXPECT_FALSE(finding.rule.startsWith(QLatin1String("indicators.missing"))) << describe(findings);
    EXPECT_TRUE(problems(findings).empty()) << describe(findings);
}

TEST(Generated, ManySeedsStayCleanUnderTheDuplicateChecks)
{
    // The generator's random detail lines once coincided (same activity,
    // count and rate) about once in six filings of 80 directions.
    for (IndicatorSchemeId scheme : allIndicatorSchemes())
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const QList<Finding> findings
                = runChecks(generateFiling({.seed = seed, .directions = 80, .scheme = scheme}));
            EXPECT_TRUE(problems(findings).empty())
                << indicatorSchemeKey(scheme).toStdString() << " seed " << seed << "\n"
                << describe(findings);
        }
}
