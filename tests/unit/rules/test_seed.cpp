// SPDX-License-Identifier: GPL-3.0-or-later
// The seed is the first test: the engine finds exactly what a finance
// reviewer finds in it, and nothing else.
#include "findings.h"

#include "model/jsonio.h"

using namespace jixiao;

TEST(Seed, FindsExactlyWhatAReviewerFinds)
{
    const QList<Finding> findings = runChecks(sampleFiling());
    const std::set<Key> expected {
        // 9.31% in the work plan, 9.30% in the 数量指标 (under another name).
        {"target.conflict", W, "/overview/indicators/0/name"},
        // "368.9万元" and "95%以上": no comparator.
        {"quality.no-comparator", I, "/overview/indicators/3/value"},
        // "…推动工业高质量发" where the same text elsewhere ends in 发展.
        {"text.truncated", W, "/overview/indicators/4/name"},
        {"quality.no-comparator", I, "/overview/indicators/8/value"},
        // Only 2 of 9 indicators quantitative, in every table.
        {"quality.quantitative-share", I, "/overview/indicators"},
        {"quality.quantitative-share", I, "/funds/0/directions/0/indicators"},
        // 提退人员经费's 数量指标 三级 is the bare number "19.54".
        {"quality.bare-number-name", W, "/funds/0/directions/0/indicators/0/name"},
        {"quality.no-comparator", I, "/funds/0/directions/0/indicators/8/value"},
        // "工资标准" states no calculation.
        {"basis.no-calculation", I, "/funds/0/directions/0/details/0/basis"},
        {"quality.quantitative-share", I, "/funds/1/directions/0/indicators"},
        // The 业务性专项 annual goal says 9.31%, its 数量指标 9.30%.
        {"target.conflict", W, "/funds/1/directions/0/indicators/0/name"},
        {"quality.no-comparator", I, "/funds/1/directions/0/indicators/8/value"},
        // 工业投资: 0.7, but 一年四次 × 0.2 = 共0.8万元.
        {"basis.amount", W, "/funds/1/directions/0/details/1/basis"},
        // 安全生产检查: 0.5, but 一年两次 × 0.3 = 共0.6万元.
        {"basis.amount", W, "/funds/1/directions/0/details/2/basis"},
    };
    EXPECT_EQ(keys(findings), expected) << describe(findings);
    EXPECT_EQ(findings.size(), qsizetype(expected.size())) << describe(findings);
    // All of the seed's totals hold.
    EXPECT_EQ(countFindings(findings).errors, 0);
}

TEST(Seed, FindingsCarryTheDetailsTheEditorShows)
{
    const QList<Finding> findings = runChecks(sampleFiling());
    auto find = [&](const char *rule, const char *pointer) {
        for (const Finding &f : findings)
            if (f.rule == QLatin1String(rule) && f.pointer == QLatin1String(pointer))
                return f;
        ADD_FAILURE() << "no " << rule << " at " << pointer;
        return Finding();
    };
    const Finding basis = find("basis.amount", "/funds/1/directions/0/details/1/basis");
    EXPECT_EQ(basis.expected, QStringLiteral("0.7"));
    EXPECT_EQ(basis.actual, QStringLiteral("0.8"));
    EXPECT_EQ(basis.related, QStringList {QStringLiteral("/funds/1/directions/0/details/1/amount")});
    EXPECT_FALSE(basis.applicable);
    EXPECT_TRUE(basis.message.contains(QStringLiteral("0.8万元"))) << basis.message.toStdString();

    const Finding safety = find("basis.amount", "/funds/1/directions/0/details/2/basis");
    EXPECT_EQ(safety.expected, QStringLiteral("0.5"));
    EXPECT_EQ(safety.actual, QStringLiteral("0.6"));

    const Finding conflict = find("target.conflict", "/funds/1/directions/0/indicators/0/name");
    EXPECT_EQ(conflict.related, QStringList {QStringLiteral("/funds/1/directions/0/annualGoal")});
    EXPECT_EQ(conflict.expected, QStringLiteral("9.31%"));
    EXPECT_EQ(conflict.actual, QStringLiteral("9.30%"));
    const Finding overview = find("target.conflict", "/overview/indicators/0/name");
    EXPECT_EQ(overview.related, QStringList {QStringLiteral("/overview/workPlan/1/goal")});

    const Finding comparator = find("quality.no-comparator", "/overview/indicators/8/value");
    EXPECT_EQ(comparator.expected, QStringLiteral("≥95%"));
    const Finding cost = find("quality.no-comparator", "/overview/indicators/3/value");
    EXPECT_EQ(cost.expected, QStringLiteral("≤368.9万元"));

    const Finding cut = find("text.truncated", "/overview/indicators/4/name");
    EXPECT_EQ(cut.expected, QStringLiteral("聚焦、裂变、创新、升级、品牌，推动工业高质量发展"));
    EXPECT_EQ(cut.related, QStringList {QStringLiteral("/funds/0/directions/0/indicators/4/name")});

    for (const Finding &f : findings) {
        EXPECT_FALSE(f.message.isEmpty());
        EXPECT_FALSE(f.applicable) << f.rule.toStdString(); // no sums are broken in the seed
    }
}

TEST(Seed, FindingsAreInDocumentOrder)
{
    const QList<Finding> findings = runChecks(sampleFiling());
    for (qsizetype i = 1; i < findings.size(); ++i)
        EXPECT_FALSE(pointerLess(findings[i].pointer, findings[i - 1].pointer))
            << findings[i - 1].pointer.toStdString() << " / " << findings[i].pointer.toStdString();
    EXPECT_EQ(runChecks(sampleFiling()), findings); // deterministic
}
