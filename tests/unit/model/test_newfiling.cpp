// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/newfiling.h"

#include <gtest/gtest.h>

using namespace jixiao;

TEST(NewFiling, StartsWithTheYearTheFrameworkAndItsIndicatorRows)
{
    const Filing f = newFiling(2027);
    EXPECT_EQ(f.fiscalYear, 2027);
    ASSERT_TRUE(f.indicatorScheme.has_value());
    EXPECT_EQ(*f.indicatorScheme, IndicatorSchemeId::Hunan2023);
    // The paper form's rows of that framework, not an empty list.
    const QList<Indicator> rows = standardIndicatorRows(IndicatorSchemeId::Hunan2023, false);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(f.overview.indicators, rows);
    // Nothing else is filled in for the clerk.
    EXPECT_TRUE(f.funds.isEmpty());
    EXPECT_TRUE(f.department.name.isEmpty());
    EXPECT_FALSE(f.department.preparers.has_value());
    EXPECT_FALSE(f.department.phone.has_value());
}

TEST(NewFiling, CarriesThePreparerWhereKnown)
{
    const Filing both = newFiling(2025, {QStringLiteral("李四"), QStringLiteral("0731-7654321")});
    EXPECT_EQ(both.department.preparers, QStringLiteral("李四"));
    EXPECT_EQ(both.department.phone, QStringLiteral("0731-7654321"));
    const Filing nameOnly = newFiling(2025, {QStringLiteral("李四"), QString()});
    EXPECT_EQ(nameOnly.department.preparers, QStringLiteral("李四"));
    EXPECT_FALSE(nameOnly.department.phone.has_value());
}
