// SPDX-License-Identifier: GPL-3.0-or-later
// Project forms (项目支出绩效目标表) made the way offices make them
// (scripts/make-import-fixtures-projects.py): the Hunan 申报表, the national
// template and another province's 项目绩效目标表, in Word and Excel, each
// imported as the projects of tests/support/projectsample.h with nothing
// left out; and the Excel export read back.
#include "importtestutil.h"
#include "projectsample.h"

#include "form/registry.h"
#include "import/xlsxexport.h"
#include "model/fields.h"

#include <QRegularExpression>

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

ImportResult importFixtureFile(const QString &name)
{
    ImportResult r;
    QString error;
    EXPECT_TRUE(OfficeImport::importFile(importFixture(name), &r, &error)) << error.toStdString();
    return r;
}

// A project field by field, so that a difference names the field.
QString describe(const Project &p)
{
    QString out;
    for (const Field<Project> &f : fieldsOf<Project>())
        out += QLatin1String(f.key) + QStringLiteral(": ") + fieldText(p, f) + QLatin1Char('\n');
    for (const Indicator &i : p.indicators)
        for (const Field<Indicator> &f : fieldsOf<Indicator>()) {
            const bool present = f.kind != ValueKind::OptionalText || (i.*f.optionalText).has_value();
            out += QStringLiteral("  ") + QLatin1String(f.key) + QStringLiteral(": ")
                + (present ? fieldText(i, f) : QStringLiteral("(absent)")) + QLatin1Char('\n');
        }
    return out;
}

void expectSameProjects(const QList<Project> &expected, const QList<Project> &actual)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(describe(expected[i]).toStdString(), describe(actual[i]).toStdString());
        EXPECT_TRUE(expected[i] == actual[i]);
    }
}

// The sample's projects as a file shows them: an empty indicator row is a
// row of the form, not an indicator.
Project withoutBlankIndicators(Project p)
{
    p.indicators.removeIf([](const Indicator &i) { return i.name.isEmpty() && i.value.isEmpty(); });
    return p;
}

Project secondHunanProject()
{
    Project p;
    p.name = QStringLiteral("工业企业技术改造奖补");
    p.layout = QString::fromLatin1(form::HunanLayout);
    p.authority = QStringLiteral("株洲市石峰区科技和工业信息化局");
    p.period = QStringLiteral("2023年1-12月");
    p.annualFiscal = amount("80");
    p.periodGoal = QStringLiteral("支持工业企业技术改造，提升制造水平。");
    p.annualGoal = QStringLiteral("奖补技术改造项目8个。");
    const QString plan = QStringLiteral("计划标准");
    p.indicators = {
        projectIndicator(u"产出指标", u"数量指标", u"奖补项目数量", u"≥8个", plan),
        projectIndicator(u"产出指标", u"成本指标", u"奖补资金", u"≤80万元", plan),
        projectIndicator(u"效益指标", u"经济效益指标", u"带动企业技改投资", u"≥2000万元", QStringLiteral("历史标准")),
    };
    p.financeOpinion = QString();
    p.filedOn = QStringLiteral("2023年1月10日");
    return p;
}

struct Case
{
    const char *file;
    QList<Project> (*expected)();
    IndicatorSchemeId scheme;
};

QList<Project> hunan()
{
    return {withoutBlankIndicators(hunanSampleProject()), secondHunanProject()};
}
QList<Project> national()
{
    return {nationalSampleProject()};
}
QList<Project> provincial()
{
    return {provincialSampleProject()};
}

const Case Cases[] = {
    {"projects-hunan.docx", hunan, IndicatorSchemeId::Hunan2023},
    {"projects-hunan.xlsx", hunan, IndicatorSchemeId::Hunan2023},
    {"projects-national.docx", national, IndicatorSchemeId::Mof2021},
    {"projects-national.xlsx", national, IndicatorSchemeId::Mof2021},
    {"projects-provincial.docx", provincial, IndicatorSchemeId::Hunan2023},
    {"projects-provincial.xlsx", provincial, IndicatorSchemeId::Hunan2023},
};

class ProjectFile : public ::testing::TestWithParam<Case>
{
};

} // namespace

// Merged 一级/二级 cells, "250万", the 填报单位（盖章）… 单位：万元 line, the year
// under the title, 主管部门及代码 in one cell, "其中：财政拨款" twice in a row,
// 中期目标 | 年度目标 over their texts, amounts inside their labels, the
// footer's 填报日期: the projects, nothing left out.
TEST_P(ProjectFile, ImportsAsTheSampleProjectsWithNothingLeftOut)
{
    const Case &c = GetParam();
    const ImportResult r = importFixtureFile(QString::fromLatin1(c.file));
    EXPECT_TRUE(r.unmapped.isEmpty()) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    expectSameProjects(c.expected(), r.filing.projects);
    EXPECT_EQ(r.filing.fiscalYear, 2023);
    EXPECT_EQ(r.filing.amountUnit, AmountUnit::Wan);
    EXPECT_EQ(r.filing.indicatorScheme, c.scheme);
    EXPECT_EQ(r.filing.department.preparers, QStringLiteral("谭丽红、方宏宇"));
    EXPECT_EQ(r.filing.department.phone, QStringLiteral("22610152"));
    EXPECT_TRUE(r.filing.funds.isEmpty());
}
INSTANTIATE_TEST_SUITE_P(
    Layouts, ProjectFile, ::testing::ValuesIn(Cases), [](const ::testing::TestParamInfo<Case> &info) {
        return QString::fromLatin1(info.param.file)
            .replace(QLatin1Char('-'), QLatin1Char('_'))
            .replace(QLatin1Char('.'), QLatin1Char('_'))
            .toStdString();
    });

// export-xlsx writes a sheet per project in its layout; importing the
// workbook gives the projects back, and the amounts are numbers.
TEST(ProjectExport, TheWorkbookImportsAsTheProjects)
{
    Filing filing = sampleFilingWithProjects();
    for (Project &p : filing.projects)
        p = withoutBlankIndicators(p);
    QByteArray xlsx;
    QString error;
    ASSERT_TRUE(XlsxExport::toXlsx(filing, &xlsx, &error)) << error.toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    ASSERT_TRUE(writeFile(path, xlsx));
    ImportResult r;
    ASSERT_TRUE(OfficeImport::importFile(path, &r, &error)) << error.toStdString();
    EXPECT_TRUE(r.unmapped.isEmpty()) << r.unmapped.join(QLatin1Char('\n')).toStdString();
    // The paper regroups indicators in the scheme's order.
    QList<Project> expected;
    for (Project p : filing.projects) {
        QList<Indicator> ordered;
        for (const form::IndicatorLine &l : form::indicatorLines(p.indicators, filing.effectiveScheme()))
            ordered.append(*l.indicator);
        p.indicators = ordered;
        expected.append(p);
    }
    expectSameProjects(expected, r.filing.projects);

    // The amounts of the project sheets are numbers (style 3, no shared string).
    ZipPackage zip;
    ASSERT_TRUE(zip.open(xlsx, &error)) << error.toStdString();
    const QList<form::Instance> tables = form::instances(filing);
    QStringList numbers;
    for (int sheet = 1; sheet <= tables.size(); ++sheet) {
        if (tables[sheet - 1].kind != form::Kind::Project)
            continue;
        QByteArray xml;
        ASSERT_TRUE(zip.read(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet), &xml, &error));
        static const QRegularExpression number(QStringLiteral("<c r=\"[A-Z]+\\d+\" s=\"3\"><v>([^<]*)</v>"));
        for (auto it = number.globalMatch(QString::fromUtf8(xml)); it.hasNext();)
            numbers.append(it.next().captured(1));
    }
    EXPECT_EQ(numbers,
        (QStringList {QStringLiteral("250"), QStringLiteral("30.5"), QStringLiteral("600"), QStringLiteral("200"),
            QStringLiteral("540"), QStringLiteral("180"), QStringLiteral("60"), QStringLiteral("20")}));
}
