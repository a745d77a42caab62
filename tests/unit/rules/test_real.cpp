// SPDX-License-Identifier: GPL-3.0-or-later
// Real published filings, transcribed (tests/fixtures/real/README.md says
// from where and how): every finding on them is one a reviewer agrees with.
// Cells and tables the source does not have (a project form has no 支出明细,
// a published excerpt that ends early has no satisfaction row) are left out
// of the comparison, each named below.
#include "findings.h"

#include "model/jsonio.h"
#include "testsupport.h"

using namespace jixiao;

namespace {

// What the source does not have: a pointer prefix, "~" a pointer suffix ("~/standard"), "=" an exact pointer.
std::set<Key> checked(const char *file, std::initializer_list<const char *> absent)
{
    Filing filing;
    ImportError error;
    EXPECT_TRUE(FilingJson::readFile(
        jixiao::testing::fixturePath(QStringLiteral("real/") + QLatin1String(file)), &filing, &error))
        << error.toString().toStdString();
    std::set<Key> out;
    for (const Key &k : keys(runChecks(filing))) {
        bool skip = false;
        for (const char *a : absent) {
            const std::string s(a);
            if (s.front() == '=')
                skip = skip || k.pointer == s.substr(1);
            else if (s.front() == '~')
                skip = skip || k.pointer.ends_with(s.substr(1));
            else
                skip = skip || k.pointer.starts_with(s);
        }
        if (!skip)
            out.insert(k);
    }
    return out;
}

} // namespace

TEST(RealFilings, XiangtanWupaoche2023)
{
    const std::set<Key> expected {
        // The goal names the effect (全市空气质量达到优良), the table has no 生态效益 row.
        {"indicators.missing-recommended", W, "/funds/0/directions/0/indicators"},
        {"indicators.missing-effect", I, "/funds/0/directions/0/indicators"}, // 经济效益, 可持续影响: hints
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/0/value"}, // "10辆"
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/4/value"}, // "250万" → ≤250万
    };
    EXPECT_EQ(
        checked("xiangtan-wupaoche-2023.json", {"/overview", "/department/head", "/funds/0/directions/0/details"}),
        expected);
}

TEST(RealFilings, JingyanMata2023)
{
    const std::set<Key> expected {
        {"indicators.missing-required", E, "/funds/0/directions/0/indicators"}, // no 成本指标
        {"kind.effect-percent", W, "/funds/0/directions/0/indicators/0/value"}, // 维护社会稳定 ≥95%
        {"kind.time-without-time", W, "/funds/0/directions/0/indicators/1/value"}, // 维持时效 ≥1年
        {"kind.quality-count", W, "/funds/0/directions/0/indicators/2/value"}, // 按时发放 ≥1人/年
        {"kind.effect-percent", W, "/funds/0/directions/0/indicators/3/value"}, // 促进村集体经济发展 ≥95%
        {"kind.count-unit-mismatch", W, "/funds/0/directions/0/indicators/4/value"}, // 村组干部230人 ≥230个
        {"kind.effect-percent", W, "/funds/0/directions/0/indicators/5/value"}, // 保护生态环境卫生 ≥95%
        {"kind.effect-percent", W, "/funds/0/directions/0/indicators/6/value"}, // 项目维持时效 ≥95%
        {"kind.effect-percent", W, "/funds/1/directions/0/indicators/1/value"}, // 促进农村集体经济发展 ≥95%
        {"kind.effect-percent", W, "/funds/1/directions/0/indicators/2/value"}, // 经济、环境等方面可持续发展 ≥95%
    };
    EXPECT_EQ(
        checked("jingyan-mata-2023.json",
            {"/overview", "/department", "~/period", "~/periodGoal", "~/standard", "/funds/0/directions/0/details",
                "/funds/1/directions/0/details", "=/funds/1/directions/0/indicators"}),
        expected);
}

TEST(RealFilings, YueyanglouJiage2023)
{
    const std::set<Key> expected {
        {"quality.no-comparator", I, "/overview/indicators/0/value"}, // "28.8万元"
        {"quality.no-comparator", I, "/overview/indicators/1/value"}, // "100%"
        {"kind.cost-percent", W, "/overview/indicators/3/value"}, // 成本 "100%"
    };
    EXPECT_EQ(checked("yueyanglou-jiage-2023.json",
                  {"/department", "/funds", "/overview/budget", "/overview/workPlan/0/owner", "=/overview/indicators"}),
        expected);
}

TEST(RealFilings, FuliangLinye)
{
    EXPECT_EQ(checked("fuliang-linye.json",
                  {"/department", "/funds", "/overview/budget", "/overview/workPlan/0/owner", "=/overview/indicators"}),
        std::set<Key> {});
}

TEST(RealFilings, EzhouBinhu2022)
{
    const std::set<Key> expected {
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/0/value"}, // "2280次"
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/1/value"}, // "200次"
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/4/value"}, // "95%"
        {"value.cost-unquantified", W, "/funds/0/directions/0/indicators/5/value"}, // 成本控制率 "不超预算"
        // No basis.amount: the quoted 2020/2021 actuals are references, not items.
    };
    EXPECT_EQ(checked("ezhou-binhu-2022.json",
                  {"/overview", "/department", "~/period", "~/periodGoal", "~/standard",
                      "=/funds/0/directions/0/indicators"}),
        expected);
}
