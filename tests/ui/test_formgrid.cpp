// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's grids and the printed tables are made from one description of
// each form: they must agree cell for cell. The only differences are the
// paper's own conventions, named in core/form/form.h: merged 一级/二级 in the
// scheme's order, and the signature block as one cell.
#include "uitestsupport.h"

#include "form/form.h"
#include "form/registry.h"
#include "model/generator.h"
#include "print/officialtables.h"
#include "projectsample.h"

#include <QRegularExpression>

using namespace jixiao;
using namespace jixiao::ui;

namespace {

// The screen row showing the same thing as paper row `r`: list rows by their
// element, the others by position (only indicator rows are reordered).
int screenRow(const form::Form &paper, const FormModel &screen, int r)
{
    const form::Row &row = paper.rows[r];
    if (row.index < 0)
        return r;
    for (int s = 0; s < screen.rowCount(); ++s) {
        const FormRow *fr = screen.formRow(s);
        if (fr->listPointer == row.list && fr->listIndex == row.index)
            return s;
    }
    return -1;
}

QString shown(const QModelIndex &i)
{
    return i.data(FormModel::PrefixRole).toString() + i.data().toString();
}

// `footer`: the signature fields' labels, one screen row each, in order.
void expectSameGrid(const form::Form &paper, const FormModel &screen, const QString &what,
    const QString &footer = QStringLiteral("单位负责人签字填表人联系电话"))
{
    SCOPED_TRACE(what.toStdString());
    const print::Table printed = print::tableOf(paper);
    ASSERT_EQ(screen.columnCount(), printed.columnWidths.size());
    for (int c = 0; c < printed.columnWidths.size(); ++c)
        EXPECT_EQ(screen.columnStretch()[c], qRound(printed.columnWidths[c] * 10));
    EXPECT_EQ(screen.title(), printed.title);
    const int body = paper.footerStart;
    ASSERT_GT(body, 0);
    ASSERT_GE(screen.rowCount() - 3, body) << "the body has the same rows, then one row per signature field";

    int compared = 0;
    for (const print::PlacedCell &p : print::placeCells(paper, printed)) {
        if (p.formRow >= body)
            continue;
        const int s = screenRow(paper, screen, p.formRow);
        ASSERT_GE(s, 0);
        const QModelIndex i = screen.index(s, p.grid->column);
        const FormCell *c = screen.cell(i);
        ASSERT_TRUE(c) << p.grid->row << "," << p.grid->column;
        SCOPED_TRACE(QStringLiteral("paper row %1 column %2 “%3”")
                         .arg(p.grid->row)
                         .arg(p.grid->column)
                         .arg(p.grid->text)
                         .toStdString());
        EXPECT_FALSE(c->covered);
        EXPECT_EQ(c->colSpan, p.grid->columnSpan);
        if (p.cell->merged) {
            // One editable cell per indicator row on screen, each with its own value.
            const int rows = p.grid->rowSpan;
            for (int k = 0; k < rows; ++k) {
                const int sk = screenRow(paper, screen, p.formRow + k);
                const QModelIndex ik = screen.index(sk, p.grid->column);
                const FormCell *ck = screen.cell(ik);
                ASSERT_TRUE(ck);
                EXPECT_EQ(ck->rowSpan, 1);
                EXPECT_EQ(ck->type, CellType::Value);
                EXPECT_TRUE(ck->pointer.endsWith(p.cell->pointer.section(QLatin1Char('/'), -1)));
                EXPECT_TRUE(ck->pointer.startsWith(paper.rows[p.formRow + k].list));
                // The paper shows the scheme's 一级 where the clerk left it blank.
                if (!shown(ik).isEmpty()) {
                    EXPECT_EQ(shown(ik), p.grid->text);
                }
            }
            ++compared;
            continue;
        }
        EXPECT_EQ(c->rowSpan, p.grid->rowSpan);
        EXPECT_EQ(shown(i), p.grid->text);
        switch (p.cell->type) {
        case form::Cell::Blank:
            // An empty list's blank row takes typing where the list's first row has a field.
            EXPECT_EQ(c->type, c->startsList ? CellType::Value : CellType::Blank);
            if (c->startsList) {
                EXPECT_TRUE(screen.formRow(i.row())->placeholder);
                EXPECT_TRUE(screen.flags(i) & Qt::ItemIsEditable);
            }
            break;
        case form::Cell::Label:
            EXPECT_EQ(c->type, p.cell->text.isEmpty() ? CellType::Blank : CellType::Label);
            EXPECT_FALSE(screen.flags(i) & Qt::ItemIsEditable);
            break;
        case form::Cell::Field:
            EXPECT_EQ(c->type, CellType::Value);
            EXPECT_EQ(c->pointer, p.cell->pointer);
            EXPECT_TRUE(screen.flags(i) & Qt::ItemIsEditable);
            break;
        case form::Cell::View:
        case form::Cell::Sum:
            EXPECT_EQ(c->type, CellType::Derived);
            EXPECT_EQ(c->pointer, p.cell->pointer);
            EXPECT_FALSE(screen.flags(i) & Qt::ItemIsEditable);
            break;
        }
        ++compared;
    }
    EXPECT_GE(compared, 10);

    // The signature: the paper's words and values, a row per field on screen.
    QString paperFooter;
    for (int r = body; r < paper.rows.size(); ++r)
        for (const form::Cell &c : paper.rows[r].cells)
            paperFooter += c.text;
    QString screenFooter;
    for (int s = body; s < screen.rowCount(); ++s) {
        const QModelIndex label = screen.index(s, 0);
        const FormCell *field
            = screen.cell(screen.index(s, label.data().isValid() ? label.column() + screen.cell(label)->colSpan : 0));
        ASSERT_TRUE(field);
        // The department's fields, or the table's own (the Hunan 申报表's 填报日期).
        EXPECT_TRUE(field->pointer.startsWith(QLatin1String("/department/"))
            || field->pointer.startsWith(form::pointerOf(screen.instance()) + QLatin1Char('/')))
            << field->pointer.toStdString();
        const QString value = screen.data(screen.indexForPointer(field->pointer)).toString();
        EXPECT_TRUE(paperFooter.contains(label.data().toString() + QStringLiteral("：") + value))
            << paperFooter.toStdString();
        screenFooter += label.data().toString();
    }
    EXPECT_EQ(screenFooter, footer);
}

// Every table of the filing (the registry's), each through the one model.
void expectAllTablesAgree(const Filing &filing)
{
    Document doc(filing);
    for (const form::Instance &table : form::instances(filing)) {
        FormModel screen(&doc, table);
        const bool hunanProject = table.kind == form::Kind::Project
            && form::projectLayout(filing, filing.projects[table.project]) == QLatin1String(form::HunanLayout);
        expectSameGrid(form::describe(filing, table, form::Media::Paper), screen, form::pointerOf(table),
            hunanProject ? QStringLiteral("填表人联系电话填报日期单位负责人签字")
                         : QStringLiteral("单位负责人签字填表人联系电话"));
    }
}

} // namespace

TEST(FormGrid, TheSampleOnScreenIsThePrintedFormCellForCell)
{
    expectAllTablesAgree(sampleFiling());
}

// One project in each layout (the Hunan 申报表, the national template, another
// province's): the screen is the paper form, 财政部门审核意见 shown read-only.
TEST(FormGrid, ProjectFormsInEveryLayoutAgree)
{
    const Filing filing = jixiao::testing::sampleFilingWithProjects();
    ASSERT_EQ(filing.projects.size(), 3);
    expectAllTablesAgree(filing);
    Document doc(filing);
    FormModel hunan(&doc, {form::Kind::Project, -1, -1, 0});
    const QModelIndex opinion = hunan.indexForPointer(QStringLiteral("/projects/0/financeOpinion"));
    ASSERT_TRUE(opinion.isValid());
    EXPECT_FALSE(hunan.flags(opinion) & Qt::ItemIsEditable);
}

TEST(FormGrid, GeneratedFilingsAgreeInEveryScheme)
{
    for (IndicatorSchemeId scheme :
        {IndicatorSchemeId::Hunan2023, IndicatorSchemeId::Mof2015, IndicatorSchemeId::Mof2021}) {
        GeneratorOptions o;
        o.directions = 6;
        o.funds = 2;
        o.scheme = scheme;
        o.indicatorsPerDirection = 9;
        o.detailsPerDirection = 3;
        Filing f = generateFiling(o);
        // Indicators entered out of the scheme's order: the paper regroups them.
        std::reverse(f.funds[0].directions[0].indicators.begin(), f.funds[0].directions[0].indicators.end());
        f.funds[1].directions[0].details.clear(); // an empty list: the paper's blank row
        expectAllTablesAgree(f);
    }
}

TEST(FormGrid, AnEmptyFilingShowsTheBlankForms)
{
    Filing f;
    f.fiscalYear = 2024;
    Document doc(f);
    FormModel overview(&doc, {form::Kind::Overview, -1, -1, -1});
    expectSameGrid(form::overview(f, form::Media::Paper), overview, QStringLiteral("overview"));
    FormModel summary(&doc, {form::Kind::Summary, -1, -1, -1});
    expectSameGrid(form::summary(f, form::Media::Paper), summary, QStringLiteral("summary"));
}

// Every number in a cell of its own (an amount, a total, a 序号) fits its
// column on an office screen — 1366 px wide, or 1920 px at 150 % scaling
// (1280 px of layout) —, also zoomed in: the text columns give way and wrap.
TEST(FormGrid, NumbersAreNeverCutOnAnOfficeScreen)
{
    jixiao::ui::test::Window win;
    const Filing &filing = win.model()->document()->filing();
    const auto check = [&](const QString &table) {
        jixiao::ui::test::settle();
        FormView *view = win.view();
        FormModel *model = win.model();
        static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?$"));
        int numbers = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                if (view->columnSpan(r, c) != 1 || !number.match(i.data().toString()).hasMatch())
                    continue;
                ++numbers;
                // Wide enough for the number, and inside the visible width.
                const QRect rect = view->visualRect(i);
                EXPECT_TRUE(rect.width() >= view->sizeHintForIndex(i).width() && rect.left() >= 0
                    && rect.right() < view->viewport()->width())
                    << table.toStdString() << ": “" << shown(i).toStdString() << "” cut at row " << r << " column " << c
                    << " (" << rect.left() << "–" << rect.right() << " of " << view->viewport()->width()
                    << " px), window " << win.w.width() << " px, zoom " << view->zoom() << "%";
            }
        }
        EXPECT_GT(numbers, 0) << table.toStdString();
    };
    for (const QSize size : {QSize(1366, 730), QSize(1280, 690)}) {
        win.w.resize(size);
        for (const int zoom : {100, 150}) {
            win.view()->setZoom(zoom);
            win.w.showOverview();
            check(QStringLiteral("overview"));
            win.w.showSummary();
            check(QStringLiteral("summary"));
            for (int f = 0; f < filing.funds.size(); ++f) {
                for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
                    win.w.showDirection(f, d);
                    check(QStringLiteral("direction %1/%2").arg(f).arg(d));
                }
            }
        }
    }
}
