// SPDX-License-Identifier: GPL-3.0-or-later
// The project form (项目支出绩效目标表) in each layout: the screen and the paper
// made from one description agree cell for cell; each layout shows the
// fields it has and no others; the registry lists a table per project in
// print order; the printed tables read back with poppler.
#include "pdftools.h"
#include "projectsample.h"

#include "form/registry.h"
#include "print/filingprinter.h"
#include "print/officialtables.h"
#include "print/verification.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace jixiao;
using namespace jixiao::testing;

namespace {

// The paper row showing what screen row `s` shows: list rows by their
// element, the others by position (only indicator rows are reordered).
int paperRow(const form::Form &paper, const form::Form &screen, int s)
{
    const form::Row &row = screen.rows[s];
    if (row.index < 0)
        return s;
    for (int r = 0; r < paper.rows.size(); ++r)
        if (paper.rows[r].list == row.list && paper.rows[r].index == row.index)
            return r;
    return -1;
}

// The grid cell of `placed` at (row, column): the one starting there.
const print::PlacedCell *cellAt(const QList<print::PlacedCell> &placed, int row, int column)
{
    for (const print::PlacedCell &p : placed)
        if (p.grid->row == row && p.grid->column == column)
            return &p;
    return nullptr;
}

// Screen and paper of one table: the same grid, and above the signature the
// same cells (words, fields, spans), but for the paper's merged 一级/二级.
void expectSameGrid(const Filing &filing, int project)
{
    SCOPED_TRACE(QStringLiteral("project %1").arg(project).toStdString());
    const form::Form paper = form::project(filing, project, form::Media::Paper);
    const form::Form screen = form::project(filing, project, form::Media::Screen);
    ASSERT_FALSE(paper.rows.isEmpty());
    const print::Table printed = print::tableOf(paper);
    const print::Table shown = print::tableOf(screen);
    EXPECT_EQ(shown.columnWidths, printed.columnWidths);
    EXPECT_EQ(shown.title, printed.title);
    ASSERT_EQ(screen.footerStart, paper.footerStart);
    const QList<print::PlacedCell> paperCells = print::placeCells(paper, printed);
    const QList<print::PlacedCell> screenCells = print::placeCells(screen, shown);
    int compared = 0;
    for (const print::PlacedCell &s : screenCells) {
        if (s.formRow >= screen.footerStart)
            continue;
        const int r = paperRow(paper, screen, s.formRow);
        ASSERT_GE(r, 0);
        // The grid row of paper row r: the first cell of it says.
        const int gridRow = [&] {
            for (const print::PlacedCell &p : paperCells)
                if (p.formRow == r)
                    return p.grid->row;
            return -1;
        }();
        const print::PlacedCell *p = cellAt(paperCells, gridRow, s.grid->column);
        SCOPED_TRACE(QStringLiteral("screen row %1 column %2 “%3”")
                         .arg(s.grid->row)
                         .arg(s.grid->column)
                         .arg(s.grid->text)
                         .toStdString());
        EXPECT_EQ(s.grid->columnSpan, p ? p->grid->columnSpan : s.grid->columnSpan);
        if (!p) { // covered on paper by a merged 一级/二级 from above
            EXPECT_TRUE(s.cell->pointer.endsWith(QLatin1String("/level1"))
                || s.cell->pointer.endsWith(QLatin1String("/level2")));
            continue;
        }
        EXPECT_EQ(s.cell->type, p->cell->type);
        EXPECT_EQ(s.cell->pointer, p->cell->pointer);
        if (p->cell->merged) {
            if (!s.grid->text.isEmpty()) { // the paper shows the scheme's 一级 where the clerk left it blank
                EXPECT_EQ(s.grid->text, p->grid->text);
            }
        } else {
            EXPECT_EQ(s.grid->rowSpan, p->grid->rowSpan);
            EXPECT_EQ(s.grid->text, p->grid->text);
        }
        ++compared;
    }
    EXPECT_GE(compared, 20);

    // The signature: each screen field's words and value are on the paper.
    QString paperFooter;
    for (int r = paper.footerStart; r < paper.rows.size(); ++r)
        for (const form::Cell &c : paper.rows[r].cells)
            paperFooter += c.text;
    for (int r = screen.footerStart; r < screen.rows.size(); ++r) {
        const QList<form::Cell> &cells = screen.rows[r].cells;
        ASSERT_EQ(cells.size(), 2);
        EXPECT_TRUE(paperFooter.contains(cells[0].text + QStringLiteral("：") + cells[1].text))
            << paperFooter.toStdString();
    }
}

// The fields (interchange keys of the project and of its indicators) a
// table shows.
QSet<QString> fieldsShown(const form::Form &form)
{
    QSet<QString> keys;
    for (const form::Row &row : form.rows)
        for (const form::Cell &c : row.cells)
            if (c.type == form::Cell::Field || c.type == form::Cell::View)
                keys.insert(
                    (c.pointer.contains(QLatin1String("/indicators/")) ? QStringLiteral("indicators/") : QString())
                    + c.pointer.section(QLatin1Char('/'), -1));
    return keys;
}

QSet<QString> keys(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *k : list)
        out.insert(QString::fromLatin1(k));
    return out;
}

} // namespace

TEST(ProjectForm, ScreenAndPaperAgreeCellForCellInEachLayout)
{
    const Filing filing = sampleFilingWithProjects();
    ASSERT_EQ(filing.projects.size(), form::projectLayouts().size()) << "a sample project per layout";
    // Indicators out of the scheme's order: the paper regroups them.
    Filing reordered = filing;
    for (Project &p : reordered.projects)
        std::reverse(p.indicators.begin(), p.indicators.end());
    // A new project: no indicators yet, the paper's blank row.
    Filing blank = filing;
    for (Project &p : blank.projects)
        p.indicators.clear();
    for (int p = 0; p < filing.projects.size(); ++p) {
        expectSameGrid(filing, p);
        expectSameGrid(reordered, p);
        expectSameGrid(blank, p);
    }
}

TEST(ProjectForm, EachLayoutShowsItsOwnFields)
{
    const Filing filing = sampleFilingWithProjects();
    const QSet<QString> footer = keys({"head", "preparers", "phone"});
    EXPECT_EQ(fieldsShown(form::project(filing, 0, form::Media::Screen)),
        keys({"name", "authority", "annualFiscal", "annualUpper", "period", "periodGoal", "annualGoal",
            "indicators/level1", "indicators/level2", "indicators/name", "indicators/value", "indicators/standard",
            "financeOpinion", "filedOn"})
            + footer);
    EXPECT_EQ(fieldsShown(form::project(filing, 1, form::Media::Screen)),
        keys({"name", "authority", "authorityCode", "implementer", "attribute", "period", "midTermTotal",
            "midTermFiscal", "midTermOther", "annualTotal", "annualFiscal", "annualOther", "periodGoal", "annualGoal",
            "indicators/level1", "indicators/level2", "indicators/name", "indicators/midTermValue", "indicators/value"})
            + footer);
    EXPECT_EQ(fieldsShown(form::project(filing, 2, form::Media::Screen)),
        keys({"name", "authority", "authorityCode", "implementer", "lead", "period", "annualTotal", "annualFiscal",
            "annualOther", "summary", "schedule", "periodGoal", "annualGoal", "indicators/level1", "indicators/level2",
            "indicators/name", "indicators/value"})
            + footer);
}

TEST(ProjectForm, TheFinanceOpinionIsShownNeverTyped)
{
    Filing filing = sampleFilingWithProjects();
    filing.projects[0].financeOpinion = QStringLiteral("同意申报。");
    const form::Form screen = form::project(filing, 0, form::Media::Screen);
    int found = 0;
    for (const form::Row &row : screen.rows)
        for (const form::Cell &c : row.cells)
            if (c.pointer == QLatin1String("/projects/0/financeOpinion")) {
                EXPECT_EQ(c.type, form::Cell::View);
                EXPECT_EQ(c.text, QStringLiteral("同意申报。"));
                ++found;
            }
    EXPECT_EQ(found, 1);
}

TEST(ProjectForm, AbsentLayoutFollowsTheScheme)
{
    Filing filing = sampleFilingWithProjects();
    filing.projects[0].layout.reset();
    filing.indicatorScheme = IndicatorSchemeId::Hunan2023;
    EXPECT_EQ(form::projectLayout(filing, filing.projects[0]), QLatin1String(form::HunanLayout));
    EXPECT_EQ(form::project(filing, 0, form::Media::Paper).title, QStringLiteral("2023年项目支出绩效目标申报表"));
    filing.indicatorScheme = IndicatorSchemeId::Mof2021;
    EXPECT_EQ(form::projectLayout(filing, filing.projects[0]), QLatin1String(form::NationalLayout));
    EXPECT_EQ(form::project(filing, 0, form::Media::Paper).title, QStringLiteral("2023年度项目支出绩效目标表"));
    filing.projects[0].layout = QStringLiteral("somewhere-else");
    EXPECT_EQ(form::projectLayout(filing, filing.projects[0]), QLatin1String(form::NationalLayout));
    EXPECT_TRUE(form::project(filing, 3, form::Media::Paper).rows.isEmpty());
}

TEST(Registry, EveryTableOfTheFilingInPrintOrder)
{
    const Filing filing = sampleFilingWithProjects();
    using form::Kind;
    const QList<form::Instance> all = form::instances(filing);
    const QList<form::Instance> expected {{Kind::Overview, -1, -1, -1}, {Kind::Summary, -1, -1, -1},
        {Kind::Direction, 0, 0, -1}, {Kind::Direction, 1, 0, -1}, {Kind::Project, -1, -1, 0},
        {Kind::Project, -1, -1, 1}, {Kind::Project, -1, -1, 2}};
    EXPECT_EQ(all, expected);
    QStringList titles;
    for (const form::Instance &i : all) {
        titles.append(form::title(filing, i));
        EXPECT_EQ(form::describe(filing, i, form::Media::Paper).title, titles.last());
    }
    EXPECT_EQ(titles.mid(4),
        (QStringList {QStringLiteral("2023年项目支出绩效目标申报表"), QStringLiteral("2023年度项目支出绩效目标表"),
            QStringLiteral("2023年项目绩效目标表")}));
    EXPECT_EQ(form::instanceAt(filing, u"/projects/1/indicators/2/midTermValue"), all[5]);
    EXPECT_EQ(form::instanceAt(filing, u"/funds/1/directions/0/details/0/basis"), all[3]);
    EXPECT_EQ(form::instanceAt(filing, u"/overview/budget/total"), all[0]);
    EXPECT_EQ(form::instanceAt(filing, u"/projects/3/name"), std::nullopt);
    EXPECT_EQ(form::pointerOf(all[5]), QStringLiteral("/projects/1"));
    ASSERT_TRUE(form::entryById(u"project"));
    EXPECT_EQ(form::entryById(u"project")->list, &lists::Projects);
}

TEST(ProjectForm, PrintedOneTablePerProjectWithTheVerificationCode)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils not installed";
    const Filing filing = sampleFilingWithProjects();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("projects.pdf"));
    QString error;
    int pages = 0;
    ASSERT_TRUE(FilingPrinter::exportPdf(filing, pdf, {}, {}, &error, &pages)) << error.toStdString();
    const QString text = pdftotext(pdf, {QStringLiteral("-layout")});
    for (const QString &s : {QStringLiteral("2023年项目支出绩效目标申报表"),
             QStringLiteral("2023年度项目支出绩效目标表"), QStringLiteral("填报单位（盖章）："),
             QStringLiteral("单位：万元"), QStringLiteral("石峰区中小企业公共服务平台建设"),
             QStringLiteral("2023.07-2024.01"), QStringLiteral("250"), QStringLiteral("30.5"),
             QStringLiteral("≤280.5万元"), QStringLiteral("计划标准"), QStringLiteral("填报日期：2023年1月10日"),
             QStringLiteral("工业互联网平台推广应用"), QStringLiteral("401001"), QStringLiteral("中期资金总额"),
             QStringLiteral("≥60家"), QStringLiteral("≤600万元"), QStringLiteral("2023年项目绩效目标表"),
             QStringLiteral("资金总额：120"), QStringLiteral("方宏宇"), QStringLiteral("9月前拨付资金")})
        EXPECT_TRUE(text.contains(s)) << "missing: " << s.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("校验码 ") + verificationCode(filing)), pages);

    // One project alone: its own table, its own title in the PDF's metadata.
    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    PrintSelection second {PrintSelection::Project};
    second.project = 1;
    ASSERT_TRUE(FilingPrinter::exportPdf(filing, one, second, {}, &error, &pages)) << error.toStdString();
    EXPECT_EQ(pages, 1);
    const QString alone = pdftotext(one, {QStringLiteral("-layout")});
    EXPECT_TRUE(alone.contains(QStringLiteral("2023年度项目支出绩效目标表")));
    EXPECT_FALSE(alone.contains(QStringLiteral("申报表")));
    EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"), {one}).contains(QStringLiteral("2023年度项目支出绩效目标表")));
    second.project = 3;
    EXPECT_FALSE(FilingPrinter::exportPdf(filing, one, second, {}, &error));
    EXPECT_EQ(error, QStringLiteral("The filing has no such project (it has 3)."));
}
