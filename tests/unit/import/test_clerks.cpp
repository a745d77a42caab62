// SPDX-License-Identifier: GPL-3.0-or-later
// Files made the way offices make them (scripts/make-import-fixtures-clerks.py
// with python-docx and openpyxl, and LibreOffice's copies of them): nothing
// shifted, nothing invented, no false alarms.
#include "importtestutil.h"

#include "form/importlayout.h"
#include "model/fields.h"
#include "model/location.h"
#include "model/money.h"
#include "rules/checks.h"

#include <QRegularExpression>

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

ImportResult importFixtureFile(const char *name)
{
    ImportResult r;
    QString error;
    EXPECT_TRUE(OfficeImport::importFile(importFixture(QString::fromLatin1(name)), &r, &error)) << error.toStdString();
    return r;
}

bool needsOffice(const char *name)
{
    const QString n = QString::fromLatin1(name);
    return n.endsWith(QLatin1String(".doc")) || n.endsWith(QLatin1String(".xls"));
}

class CleanFile : public ::testing::TestWithParam<const char *>
{
};

// Merged cells, 附表3-1 and 附件 labels, a table split under （续表）, hidden
// template codes, a notes sheet, a blank cell left out of the file, formulas
// without results: the sample, and nothing left out.
TEST_P(CleanFile, ImportsAsTheSampleWithNothingLeftOut)
{
    if (needsOffice(GetParam()) && OfficeImport::officeProgram().isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const ImportResult r = importFixtureFile(GetParam());
    EXPECT_TRUE(r.unmapped.isEmpty()) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    expectSameFiling(sampleFiling(), r.filing);
}
INSTANTIATE_TEST_SUITE_P(Clerks, CleanFile,
    ::testing::Values("clerk.docx", "clerk.xlsx", "clerk-lo.docx", "clerk-lo.xlsx", "clerk.doc", "clerk.xls"));

// The usual blank 政府性基金拨款 is not in the sheet at all: 项目支出 stays in
// its own column and the sums hold.
TEST(Clerks, ABlankCellDoesNotShiftTheNextValue)
{
    const ImportResult r = importFixtureFile("clerk.xlsx");
    const Budget &b = r.filing.overview.budget;
    EXPECT_FALSE(b.governmentFund.has_value());
    ASSERT_TRUE(b.project.has_value());
    EXPECT_EQ(b.project->toString(), QStringLiteral("22.54"));
    ASSERT_TRUE(b.total.has_value()); // a formula with no stored result, computed
    EXPECT_EQ(b.total->toString(), QStringLiteral("368.9"));
    for (const Finding &f : runChecks(r.filing))
        EXPECT_NE(f.severity, Severity::Error) << f.message.toStdString();
}

// "3 463 600", "3,689,000", full-width digits, "8000元", 金额（元）.
TEST(Clerks, AmountsAsClerksTypeThem)
{
    const ImportResult r = importFixtureFile("typed.xlsx");
    EXPECT_TRUE(r.unmapped.isEmpty()) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    const Filing expected = inYuan(sampleFiling());
    expectSameFiling(expected, r.filing);
}

class Remarks : public ::testing::TestWithParam<const char *>
{
};

// 备注 under the indicators and the details, a 权重 column, 财政部门审核意见:
// each reported with its place and text, none of it imported.
TEST_P(Remarks, RowsAndColumnsWithoutAFieldAreReportedNotImported)
{
    const ImportResult r = importFixtureFile(GetParam());
    const QString all = r.unmapped.join(QLatin1Char('\n'));
    Filing expected = sampleFiling();
    const bool word = QString::fromLatin1(GetParam()).endsWith(QLatin1String(".docx"));
    if (!word) // the workbook has no 附表 labels
        expected.overview.attachmentLabel.reset();
    expectSameFiling(expected, r.filing);
    EXPECT_TRUE(all.contains(QStringLiteral("the form has no field for “备注”：指标值以市定目标为准")))
        << all.toStdString();
    EXPECT_EQ(all.count(QStringLiteral("the form has no field for “备注”：按实际发生结算")), 2) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("the form has no field for “权重”"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("审核意见"))) << all.toStdString();
    for (const QString &line : r.unmapped) // each with its place
        EXPECT_TRUE(line.startsWith(QStringLiteral("Table ")) || line.startsWith(QStringLiteral("Sheet "))
            || line.startsWith(QStringLiteral("Paragraph ")))
            << line.toStdString();
}
INSTANTIATE_TEST_SUITE_P(Clerks, Remarks, ::testing::Values("remarks.docx", "remarks.xlsx"));

class Hubei : public ::testing::TestWithParam<const char *>
{
};

// 湖北's 部门整体支出绩效目标申报表 is the overview's second layout.
TEST_P(Hubei, TheSecondLayoutOfTheOverviewImportsIntoIt)
{
    const ImportResult r = importFixtureFile(GetParam());
    const Filing s = sampleFiling();
    const Filing &f = r.filing;
    EXPECT_EQ(f.fiscalYear, s.fiscalYear);
    EXPECT_EQ(f.department.name, s.department.name);
    EXPECT_EQ(f.department.preparers, s.department.preparers);
    EXPECT_EQ(f.department.phone, s.department.phone);
    EXPECT_TRUE(f.overview.budget == s.overview.budget);
    EXPECT_EQ(f.overview.duties, s.overview.duties);
    ASSERT_EQ(f.overview.workPlan.size(), s.overview.workPlan.size());
    for (int i = 0; i < s.overview.workPlan.size(); ++i) {
        EXPECT_EQ(f.overview.workPlan[i].item, s.overview.workPlan[i].item);
        EXPECT_EQ(f.overview.workPlan[i].goal, s.overview.workPlan[i].goal);
    }
    EXPECT_TRUE(f.overview.indicators == inPrintOrder(s).overview.indicators);
    // What the overview has no place for is reported, each with its text.
    const QString all = r.unmapped.join(QLatin1Char('\n'));
    EXPECT_EQ(all.count(QStringLiteral("the form has no field for “占比”")), 5) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("the form has no field for “占比”：93.89%"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("the form has no field for “近两年收支金额”：2021年")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("the form has no field for “年度总体目标”"))) << all.toStdString();
    EXPECT_EQ(r.unmapped.size(), 7) << all.toStdString();
}
INSTANTIATE_TEST_SUITE_P(Clerks, Hubei, ::testing::Values("hubei.docx", "hubei.xlsx"));

} // namespace

namespace {

SourceRow rowOf(const QString &place, const QStringList &texts)
{
    SourceRow r;
    r.place = place;
    for (int i = 0; i < texts.size(); ++i)
        r.cells.append(GridCell {i, 1, texts[i], false});
    return r;
}

// 附件 numbers in any form, a continued title, page numbers and a unit
// written into a row of the table are not rows; a 备注 row is reported.
TEST(Clerks, LabelsThatAreNotRowsArePassedOver)
{
    const QList<SourceRow> rows {
        rowOf(QStringLiteral("p1"), {QStringLiteral("附件2-3-1：")}),
        rowOf(QStringLiteral("p2"), {QStringLiteral("2024年部门整体支出绩效目标表")}),
        rowOf(QStringLiteral("t1"), {QStringLiteral("部门名称"), QStringLiteral("某局"), QStringLiteral("单位：元")}),
        rowOf(QStringLiteral("t2"), {QStringLiteral("年度预算申请"), QStringLiteral("资金总额：1 286 000")}),
        rowOf(QStringLiteral("p3"), {QStringLiteral("- 1 -")}),
        rowOf(QStringLiteral("p4"), {QStringLiteral("2024年部门整体支出绩效目标表（续表）")}),
        rowOf(QStringLiteral("t3"), {QStringLiteral("部门职责概述"), QStringLiteral("职责")}),
        rowOf(QStringLiteral("t4"), {QStringLiteral("备注"), QStringLiteral("无")}),
    };
    ImportResult r;
    QString error;
    ASSERT_TRUE(FormMapper::map(rows, &r, &error)) << error.toStdString();
    EXPECT_EQ(r.unmapped, QStringList {QStringLiteral("t4: the form has no field for “备注”：无")});
    EXPECT_EQ(r.filing.department.name, QStringLiteral("某局"));
    EXPECT_EQ(r.filing.amountUnit, AmountUnit::Yuan);
    EXPECT_EQ(amountToString(r.filing.overview.budget.total), QStringLiteral("1286000"));
    EXPECT_EQ(r.filing.overview.duties, QStringLiteral("职责"));
    EXPECT_EQ(r.filing.overview.attachmentLabel, QStringLiteral("附件2-3-1"));
}

} // namespace

namespace {

// Every layout names its form and describes its fields by the interchange
// keys of core/model/fields.h: a word for a field the model has not is a
// mistake in the table, found here and not in a clerk's file.
TEST(Layouts, EveryFieldIsAFieldOfTheModel)
{
    const QList<form::ImportLayout> &layouts = form::importLayouts();
    ASSERT_GE(layouts.size(), 4);
    for (const form::ImportLayout &l : layouts) {
        SCOPED_TRACE(l.name.toStdString());
        EXPECT_FALSE(l.titles.isEmpty());
        for (const form::LayoutField &f : l.allFields()) {
            SCOPED_TRACE(f.pointer.toStdString());
            EXPECT_FALSE(f.words.isEmpty());
            if (f.relation == form::Relation::RowNumber) {
                EXPECT_EQ(f.pointer, QStringLiteral("/funds"));
                continue;
            }
            // A field the model has, in a list position ("-") or not: its label is known.
            const std::optional<Location> at = Location::parse(
                QString(f.pointer).replace(QRegularExpression(QStringLiteral("/-(?=/|$)")), QStringLiteral("/0")));
            ASSERT_TRUE(at);
            EXPECT_FALSE(at->field.isEmpty());
            EXPECT_FALSE(at->fieldLabel().isEmpty());
        }
    }
    // The form's own words come from its description: the overview's work
    // plan headings are forms.cpp's.
    bool owner = false;
    for (const form::LayoutField &f : layouts[0].allFields())
        owner = owner
            || (f.pointer == u"/overview/workPlan/-/owner" && f.words.contains(QStringLiteral("责任单位/科室")));
    EXPECT_TRUE(owner);
}

} // namespace
