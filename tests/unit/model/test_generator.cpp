// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

using namespace jixiao;

namespace {
Money sumDetails(const Direction &d)
{
    Money s;
    for (const DetailLine &l : d.details)
        s += valueOrZero(l.amount);
    return s;
}
} // namespace

TEST(Generator, IsDeterministicAndSized)
{
    const GeneratorOptions o{.directions = 30, .indicatorsPerDirection = 12, .detailsPerDirection = 10};
    const Filing a = generateFiling(o);
    EXPECT_EQ(a, generateFiling(o));
    EXPECT_EQ(a.directionCount(), 30);
    for (const Fund &f : a.funds)
        for (const Direction &d : f.directions) {
            EXPECT_EQ(d.indicators.size(), 12);
            EXPECT_EQ(d.details.size(), 10);
        }
    EXPECT_NE(a, generateFiling({.seed = 99, .directions = 30}));
}

TEST(Generator, AmountsAddUp)
{
    for (IndicatorSchemeId scheme : allIndicatorSchemes()) {
        const Filing f = generateFiling({.directions = 40, .scheme = scheme});
        Money funds;
        for (const Fund &fund : f.funds) {
            Money dirs;
            for (const Direction &d : fund.directions) {
                EXPECT_EQ(valueOrZero(d.amount), sumDetails(d));
                dirs += valueOrZero(d.amount);
            }
            EXPECT_EQ(valueOrZero(fund.amount), dirs);
            funds += dirs;
        }
        const Budget &b = f.overview.budget;
        EXPECT_EQ(valueOrZero(b.project), funds);
        EXPECT_EQ(valueOrZero(b.total), valueOrZero(b.basic) + valueOrZero(b.project));
        EXPECT_EQ(valueOrZero(b.total), valueOrZero(b.generalPublic));
    }
}

TEST(Generator, PlantedDetailSumMismatchBreaksOnlyThatDirection)
{
    const Filing f = generateFiling({.directions = 10, .plantDetailSumMismatch = true});
    const Direction &d0 = f.funds[0].directions[0];
    EXPECT_EQ(valueOrZero(d0.amount) + Money::fromMicros(10'000), sumDetails(d0));
    const Direction &d1 = f.funds[1].directions[0];
    EXPECT_EQ(valueOrZero(d1.amount), sumDetails(d1));
}

TEST(Generator, LargeFilingRoundTrips)
{
    const Filing f = generateFiling({.directions = 500});
    Filing back;
    ImportError e;
    ASSERT_TRUE(FilingJson::fromJson(FilingJson::toJson(f), &back, &e)) << e.toString().toStdString();
    EXPECT_EQ(back, f);
}
