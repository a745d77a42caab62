// SPDX-License-Identifier: GPL-3.0-or-later
// Importing forms made by a real office suite (LibreOffice, from
// scripts/make-import-fixtures.sh) and the export's round trip.
#include "importtestutil.h"

#include "import/xlsxexport.h"
#include "model/generator.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

ImportResult importOk(const QString &path)
{
    ImportResult r;
    QString error;
    EXPECT_TRUE(OfficeImport::importFile(path, &r, &error)) << error.toStdString();
    EXPECT_TRUE(r.unmapped.isEmpty()) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    return r;
}

class Fixture : public ::testing::TestWithParam<const char *>
{
};

TEST_P(Fixture, SeedAsWordAndExcelImportsAsTheSample)
{
    expectSameFiling(sampleFiling(), importOk(importFixture(QString::fromLatin1(GetParam()))).filing);
}
INSTANTIATE_TEST_SUITE_P(Import, Fixture, ::testing::Values("seed.docx", "seed.xlsx"));

class Layout : public ::testing::TestWithParam<const char *>
{
};

// Blank rows, titles broken over two lines, 附表2, the indicator and summary
// columns in another order, labels broken by soft line breaks.
TEST_P(Layout, VariationsOfLayoutImportAsTheSample)
{
    Filing expected = sampleFiling();
    expected.overview.attachmentLabel = QStringLiteral("附表2");
    expectSameFiling(expected, importOk(importFixture(QString::fromLatin1(GetParam()))).filing);
}
INSTANTIATE_TEST_SUITE_P(Import, Layout, ::testing::Values("layout.docx", "layout.xlsx"));

TEST(Import, AmountsIn元KeepTheirUnit)
{
    for (const char *name : {"yuan.docx", "yuan.xlsx"}) {
        SCOPED_TRACE(name);
        expectSameFiling(inYuan(sampleFiling()), importOk(importFixture(QString::fromLatin1(name))).filing);
    }
}

TEST(Import, SatisfactionUnderItsOwnLevel1IsTheMof2015Scheme)
{
    Filing expected = sampleFiling();
    expected.indicatorScheme = IndicatorSchemeId::Mof2015;
    auto move = [](QList<Indicator> &list) {
        for (Indicator &i : list)
            if (i.level2.contains(QStringLiteral("满意度")))
                i.level1 = QStringLiteral("满意度指标");
    };
    move(expected.overview.indicators);
    for (Fund &f : expected.funds)
        for (Direction &d : f.directions)
            move(d.indicators);
    for (const char *name : {"satisfaction.docx", "satisfaction.xlsx"}) {
        SCOPED_TRACE(name);
        expectSameFiling(expected, importOk(importFixture(QString::fromLatin1(name))).filing);
    }
}

TEST(Import, OldBinaryFormatsGoThroughLibreOffice)
{
    if (OfficeImport::officeProgram().isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    for (const char *name : {"seed.doc", "seed.xls"}) {
        SCOPED_TRACE(name);
        expectSameFiling(sampleFiling(), importOk(importFixture(QString::fromLatin1(name))).filing);
    }
    // The routing by content, not by name: files named as WPS names its own
    // formats go the same way (whether LibreOffice reads real WPS-written
    // .wps/.et files is not shown by this).
    QTemporaryDir dir;
    for (const auto &[from, to] : {std::pair {"seed.doc", "旧表格.wps"}, std::pair {"seed.xls", "旧表格.et"}}) {
        SCOPED_TRACE(to);
        const QString copy = dir.filePath(QString::fromUtf8(to));
        ASSERT_TRUE(QFile::copy(importFixture(QString::fromLatin1(from)), copy));
        expectSameFiling(sampleFiling(), importOk(copy).filing);
    }
}

TEST(Import, WithoutLibreOfficeTheMessageSaysWhatToInstall)
{
    OfficeImport::setOfficeProgram(QStringLiteral(""));
    ImportResult r;
    QString error;
    EXPECT_FALSE(OfficeImport::importFile(importFixture(QStringLiteral("seed.doc")), &r, &error));
    OfficeImport::setOfficeProgram(QString());
    EXPECT_TRUE(error.contains(QStringLiteral("LibreOffice"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("libreoffice-writer"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral(".docx"))) << error.toStdString();
}

SourceRow row(int n, const QStringList &texts)
{
    SourceRow r;
    r.place = QStringLiteral("Table 1, row %1").arg(n);
    for (int i = 0; i < texts.size(); ++i)
        r.cells.append(GridCell {i, 1, texts[i], false});
    return r;
}

TEST(Import, RowsThatFitNowhereAreReportedWithTheirPlace)
{
    const QList<SourceRow> rows {
        row(1, {QStringLiteral("2023年区级专项资金绩效目标汇总表")}),
        row(2,
            {QStringLiteral("序号"), QStringLiteral("名  称"), QStringLiteral("金  额"),
                QStringLiteral("实施期绩效目标"), QStringLiteral("年度绩效目标")}),
        row(3, {QStringLiteral("一"), QStringLiteral("某专项"), QStringLiteral("5")}),
        row(4,
            {QStringLiteral("1"), QStringLiteral("某方向"), QStringLiteral("5"), QStringLiteral("甲"),
                QStringLiteral("乙")}),
        row(5, {QStringLiteral("备注"), QStringLiteral("见附件")}),
    };
    ImportResult r;
    QString error;
    ASSERT_TRUE(FormMapper::map(rows, &r, &error)) << error.toStdString();
    ASSERT_EQ(r.unmapped.size(), 1);
    EXPECT_TRUE(r.unmapped[0].startsWith(QStringLiteral("Table 1, row 5: "))) << r.unmapped[0].toStdString();
    EXPECT_TRUE(r.unmapped[0].contains(QStringLiteral("见附件"))) << r.unmapped[0].toStdString();
    ASSERT_EQ(r.filing.funds.size(), 1);
    ASSERT_EQ(r.filing.funds[0].directions.size(), 1);
    EXPECT_EQ(r.filing.funds[0].directions[0].amount, Money::fromUnits(5));
    EXPECT_EQ(r.filing.fundLevel, QStringLiteral("区级"));
}

TEST(Import, WhereTheSummaryAndADirectionTableDisagreeBothAreTold)
{
    const QList<SourceRow> rows {
        row(1, {QStringLiteral("2023年区级专项资金绩效目标汇总表")}),
        row(2,
            {QStringLiteral("序号"), QStringLiteral("名称"), QStringLiteral("金额"), QStringLiteral("实施期绩效目标"),
                QStringLiteral("年度绩效目标")}),
        row(3, {QStringLiteral("一"), QStringLiteral("某专项"), QStringLiteral("5")}),
        row(4,
            {QStringLiteral("1"), QStringLiteral("某方向"), QStringLiteral("5"), QStringLiteral("甲"),
                QStringLiteral("乙")}),
        row(5, {QStringLiteral("2023年区级专项资金支出方向绩效目标表")}),
        row(6,
            {QStringLiteral("支出方向（子项）"), QStringLiteral("某方向"), QStringLiteral("所属专项"),
                QStringLiteral("名称"), QStringLiteral("某专项")}),
        row(7, {QStringLiteral("项目金额"), QStringLiteral("6"), QStringLiteral("金额"), QStringLiteral("5")}),
    };
    ImportResult r;
    QString error;
    ASSERT_TRUE(FormMapper::map(rows, &r, &error)) << error.toStdString();
    ASSERT_EQ(r.unmapped.size(), 1) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.unmapped[0].startsWith(QStringLiteral("Table 1, row 5: "))) << r.unmapped[0].toStdString();
    EXPECT_TRUE(r.unmapped[0].contains(QStringLiteral("“5”"))) << r.unmapped[0].toStdString();
    ASSERT_EQ(r.filing.funds.size(), 1);
    ASSERT_EQ(r.filing.funds[0].directions.size(), 1);
    EXPECT_EQ(r.filing.funds[0].directions[0].amount, Money::fromUnits(6));
    EXPECT_EQ(r.filing.funds[0].directions[0].annualGoal, QStringLiteral("乙"));
}

// export-xlsx → import gives the same filing.
void roundTrip(const Filing &filing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    QString error;
    ASSERT_TRUE(XlsxExport::writeFile(path, filing, &error)) << error.toStdString();
    expectSameFiling(inPrintOrder(filing), importOk(path).filing);
}

TEST(RoundTrip, SampleExportedAndImportedIsTheSame)
{
    roundTrip(sampleFiling());
}

TEST(RoundTrip, GeneratedFilingsInEveryScheme)
{
    for (IndicatorSchemeId scheme : allIndicatorSchemes()) {
        SCOPED_TRACE(indicatorSchemeKey(scheme).toStdString());
        GeneratorOptions o;
        o.directions = 25;
        o.scheme = scheme;
        roundTrip(generateFiling(o));
    }
}

TEST(RoundTrip, AmountsInYuanAndEmptyCells)
{
    Filing f = inYuan(sampleFiling());
    f.overview.budget.basic = std::nullopt;
    f.funds[1].directions[0].details[2].amount = std::nullopt;
    roundTrip(f);
}

} // namespace

// A workbook stores numbers as the text of binary doubles; amounts come out
// exact, rounded at 6 decimals in decimal (half to even), never via a double.
TEST(Import, WorkbookNumbersBecomeExactAmounts)
{
    using office::excelNumberText;
    EXPECT_EQ(excelNumberText(QStringLiteral("0.70000000000000007")), QStringLiteral("0.7"));
    EXPECT_EQ(excelNumberText(QStringLiteral("19.539999999999999")), QStringLiteral("19.54"));
    EXPECT_EQ(excelNumberText(QStringLiteral("368.9")), QStringLiteral("368.9"));
    EXPECT_EQ(excelNumberText(QStringLiteral("3")), QStringLiteral("3"));
    EXPECT_EQ(excelNumberText(QStringLiteral("-0.5")), QStringLiteral("-0.5"));
    EXPECT_EQ(excelNumberText(QStringLiteral("1.5E-2")), QStringLiteral("0.015"));
    EXPECT_EQ(excelNumberText(QStringLiteral("2E3")), QStringLiteral("2000"));
    EXPECT_EQ(excelNumberText(QStringLiteral("0.0000005")), QStringLiteral("0")); // half: to even
    EXPECT_EQ(excelNumberText(QStringLiteral("0.0000015")), QStringLiteral("0.000002"));
    EXPECT_EQ(excelNumberText(QStringLiteral("0.00000050001")), QStringLiteral("0.000001"));
    EXPECT_EQ(excelNumberText(QStringLiteral("-1E-9")), QStringLiteral("0"));
    // Beyond any amount, or not a number: left as written for the mapper to judge.
    EXPECT_EQ(excelNumberText(QStringLiteral("12345678901234567890")), QStringLiteral("12345678901234567890"));
    EXPECT_EQ(excelNumberText(QStringLiteral("abc")), QStringLiteral("abc"));
}
