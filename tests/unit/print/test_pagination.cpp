// SPDX-License-Identifier: GPL-3.0-or-later
// Pagination on fixed row heights (no fonts): N rows → M pages, as KD Reports
// tests it, and each of the finance office's rules.
#include "print/tablelayout.h"

#include <gtest/gtest.h>

using namespace jixiao::print;

namespace {

constexpr qreal LineHeight = 5;

Cell cell(int row, int column, int rowSpan, int columnSpan, const QString &text, bool group = false)
{
    Cell c;
    c.row = row;
    c.column = column;
    c.rowSpan = rowSpan;
    c.columnSpan = columnSpan;
    c.text = text;
    c.group = group;
    return c;
}

// A two-column table: `headers` heading rows, `rows` data rows of `height` mm
// (one section), then `footer` footer rows.
MeasuredTable uniform(int rows, qreal height, int headers = 1, int footer = 0)
{
    MeasuredTable m;
    Table &t = m.table;
    t.columnWidths = {60, 60};
    t.rowCount = headers + rows + footer;
    for (int r = 0; r < t.rowCount; ++r)
        for (int c = 0; c < 2; ++c)
            t.cells.append(cell(r, c, 1, 1, QStringLiteral("r%1c%2").arg(r).arg(c)));
    t.sections.append({0, headers, headers + rows});
    t.footerRows = footer;
    for (int i = 0; i < t.cells.size(); ++i)
        m.texts.append(CellText {{TextRun {t.cells[i].text, 0, 0}}, 1});
    m.rowHeights = QList<qreal>(t.rowCount, height);
    m.lineHeight = LineHeight;
    m.index();
    return m;
}

// `before` rows of an earlier part (10 mm, no section), then a section of a
// heading and `rows` rows of 10 mm.
MeasuredTable afterEarlierRows(int before, int rows)
{
    MeasuredTable m = uniform(rows, 10);
    Table &t = m.table;
    QList<Cell> cells;
    for (int r = 0; r < before; ++r)
        cells.append(cell(r, 0, 1, 2, QStringLiteral("p%1").arg(r)));
    for (Cell c : t.cells) {
        c.row += before;
        cells.append(c);
    }
    t.cells = cells;
    t.rowCount += before;
    t.sections = {Section {before, 1, rows + 1}};
    m.texts = QList<CellText>(t.cells.size(), CellText {{TextRun {QStringLiteral("x"), 0, 0}}, 1});
    m.rowHeights = QList<qreal>(t.rowCount, 10);
    m.index();
    return m;
}

QList<int> sourceRows(const TablePage &page, bool withRepeated = false)
{
    QList<int> out;
    for (const PlacedRow &r : page.rows)
        if (withRepeated || !r.repeated)
            out.append(r.row);
    return out;
}

qreal pageHeight(const TablePage &page)
{
    qreal h = 0;
    for (const PlacedRow &r : page.rows)
        h += r.height;
    return h;
}

// Every row appears exactly once outside the repeats, in order.
void expectEveryRowOnce(const QList<TablePage> &pages, int rowCount)
{
    QList<int> all;
    for (const TablePage &p : pages)
        for (const PlacedRow &r : p.rows)
            if (!r.repeated && (!r.isPart() || !r.continued))
                all.append(r.row);
    ASSERT_EQ(all.size(), rowCount);
    for (int i = 0; i < rowCount; ++i)
        EXPECT_EQ(all[i], i);
}

} // namespace

TEST(Pagination, NRowsGiveMPages)
{
    // 100 mm per page, 10 mm rows, one heading row: 9 data rows per page.
    struct Case
    {
        int rows, pages;
    };
    for (const Case c :
        {Case {1, 1}, Case {9, 1}, Case {10, 2}, Case {18, 2}, Case {19, 3}, Case {90, 10}, Case {91, 11}}) {
        const MeasuredTable m = uniform(c.rows, 10);
        const QList<TablePage> pages = paginate(m, 100, 100);
        EXPECT_EQ(pages.size(), c.pages) << c.rows << " rows";
        expectEveryRowOnce(pages, m.table.rowCount);
        for (const TablePage &p : pages)
            EXPECT_LE(pageHeight(p), 100.001);
    }
}

TEST(Pagination, TheFirstPageHasLessRoomBelowTheTitle)
{
    const MeasuredTable m = uniform(20, 10);
    const QList<TablePage> pages = paginate(m, 50, 100); // heading + 4, then 9 per page
    ASSERT_EQ(pages.size(), 3);
    EXPECT_TRUE(pages[0].first);
    EXPECT_FALSE(pages[1].first);
    EXPECT_EQ(sourceRows(pages[0]).size(), 5);
    EXPECT_EQ(sourceRows(pages[1]).size(), 9);
    EXPECT_EQ(sourceRows(pages[2]).size(), 7);
}

TEST(Pagination, HeadingRowsRepeatOnEveryContinuationPage)
{
    const MeasuredTable m = uniform(30, 10, 2);
    const QList<TablePage> pages = paginate(m, 100, 100);
    ASSERT_GE(pages.size(), 3);
    for (int i = 1; i < pages.size(); ++i) {
        ASSERT_GE(pages[i].rows.size(), 3);
        EXPECT_TRUE(pages[i].rows[0].repeated);
        EXPECT_EQ(pages[i].rows[0].row, 0);
        EXPECT_TRUE(pages[i].rows[1].repeated);
        EXPECT_EQ(pages[i].rows[1].row, 1);
        EXPECT_FALSE(pages[i].rows[2].repeated);
    }
    expectEveryRowOnce(pages, m.table.rowCount);
}

TEST(Pagination, AHeadingIsNeverLeftAloneAtTheBottom)
{
    // Rows before the section fill the page but the heading's room: the heading moves on.
    const int before = 9;
    const MeasuredTable m = afterEarlierRows(before, 5);
    const QList<TablePage> pages = paginate(m, 100, 100); // the heading would be the 10th row on page 1
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(sourceRows(pages[0]).last(), before - 1);
    EXPECT_EQ(sourceRows(pages[1]).first(), before);
}

TEST(Pagination, TheFooterStaysWithTheLastTwoRows)
{
    // Heading + 9 rows fill the page exactly; the footer takes the last two
    // rows with it (合计 and the detail row above it), never one alone.
    const MeasuredTable m = uniform(9, 10, 1, 1);
    const QList<TablePage> pages = paginate(m, 100, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(sourceRows(pages[0]), (QList<int> {0, 1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(sourceRows(pages[1], true), (QList<int> {0, 8, 9, 10}));
    // Two footer rows (the summary's) are never parted either.
    const MeasuredTable two = uniform(8, 10, 1, 2);
    const QList<TablePage> p2 = paginate(two, 100, 100);
    ASSERT_EQ(p2.size(), 2);
    EXPECT_EQ(sourceRows(p2[1]), (QList<int> {7, 8, 9, 10}));
}

TEST(Pagination, RowsMarkedToKeepTogetherAreNotParted)
{
    // Row 9 would end page 1; marked as heading the rows after it (a 专项
    // row), it goes to page 2 with its first 支出方向 row.
    MeasuredTable m = uniform(20, 10);
    EXPECT_EQ(sourceRows(paginate(m, 100, 100)[0]).last(), 9) << "unmarked, the page ends after row 9";
    m.table.rowKeeps = QList<quint8>(m.table.rowCount, 0);
    m.table.rowKeeps[9] = Table::KeepWithNext;
    QList<TablePage> pages = paginate(m, 100, 100);
    EXPECT_EQ(sourceRows(pages[0]).last(), 8);
    EXPECT_EQ(sourceRows(pages[1]).mid(0, 2), (QList<int> {9, 10}));
    expectEveryRowOnce(pages, m.table.rowCount);
    // Row 10 marked as closing the rows before it (合计): the same break.
    m.table.rowKeeps[9] = 0;
    m.table.rowKeeps[10] = Table::KeepWithPrevious;
    pages = paginate(m, 100, 100);
    EXPECT_EQ(sourceRows(pages[0]).last(), 8);
    // The builder sets the marks on the rows it is building.
    TableBuilder b(100);
    b.beginRow();
    b.cell(100, QStringLiteral("一"));
    b.keepWithNext();
    b.beginRow();
    b.cell(100, QStringLiteral("1"));
    b.beginRow();
    const int name = b.cell(50, QStringLiteral("合计"));
    b.markIdentifying(name);
    b.cell(100, QString());
    b.keepWithPrevious();
    const Table t = b.finish(Table());
    EXPECT_TRUE(t.keepsWithNext(0));
    EXPECT_FALSE(t.keepsWithNext(1));
    EXPECT_FALSE(t.keepsWithPrevious(1));
    EXPECT_TRUE(t.keepsWithPrevious(2));
    EXPECT_TRUE(t.cells[2].identifying);
    EXPECT_FALSE(t.cells[3].identifying);
    // Unmarked tables keep no such rule.
    TableBuilder plain(100);
    plain.beginRow();
    plain.cell(100, QStringLiteral("x"));
    EXPECT_FALSE(plain.finish(Table()).keepsWithNext(0));
}

TEST(Pagination, RowsUnderASpanningCellStayTogether)
{
    MeasuredTable m = uniform(12, 10);
    // Rows 8–10 share a cell (所属专项-like): the page cannot end inside them.
    m.table.cells.append(cell(8, 1, 3, 1, QStringLiteral("span")));
    m.texts.append(CellText {{TextRun {QStringLiteral("span"), 0, 0}}, 1});
    m.index();
    const QList<TablePage> pages = paginate(m, 100, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(sourceRows(pages[0]).last(), 7);
    EXPECT_EQ(sourceRows(pages[1]).first(), 8);
}

TEST(Pagination, AGroupLabelAcrossABreakKeepsRoomForItsText)
{
    MeasuredTable m = uniform(14, 10);
    // A group label over rows 8–13 whose text needs 4 lines (22.4 mm): a break
    // leaving it less than three 10 mm rows on either side is refused.
    m.table.cells.append(cell(8, 0, 6, 1, QStringLiteral("产出指标"), true));
    CellText label;
    for (int l = 0; l < 4; ++l)
        label.runs.append({QStringLiteral("字"), 0, l});
    label.lines = 4;
    m.texts.append(label);
    m.index();
    const QList<TablePage> pages = paginate(m, 100, 100); // rows 8 and 9 only would fit: too short
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(sourceRows(pages[0]).last(), 7);
    const QList<TablePage> later = paginate(m, 110, 100); // 8–10 here, 11–13 there: both have room
    ASSERT_EQ(later.size(), 2);
    EXPECT_EQ(sourceRows(later[0]).last(), 10);
    EXPECT_EQ(sourceRows(later[1]).first(), 11);
    expectEveryRowOnce(later, m.table.rowCount);
}

TEST(Pagination, ARowTallerThanAPageIsSplitWithContinuationMarks)
{
    MeasuredTable m = uniform(3, 10);
    // Row 2 holds 60 lines of 5 mm (302.4 mm with padding) on 100 mm pages.
    const int tall = 2;
    int ci = -1;
    for (int i = 0; i < m.table.cells.size(); ++i)
        if (m.table.cells[i].row == tall && m.table.cells[i].column == 1)
            ci = i;
    CellText big;
    for (int l = 0; l < 60; ++l)
        big.runs.append({QStringLiteral("line%1").arg(l), 0, l});
    big.lines = 60;
    m.texts[ci] = big;
    m.rowHeights[tall] = m.textHeight(ci);
    const QList<TablePage> pages = paginate(m, 100, 100);
    int shown = 0;
    int parts = 0;
    for (int p = 0; p < pages.size(); ++p) {
        EXPECT_LE(pageHeight(pages[p]), 100.001) << "page " << p;
        for (const PlacedRow &r : pages[p].rows) {
            if (r.row != tall || r.repeated)
                continue;
            ASSERT_TRUE(r.isPart());
            EXPECT_EQ(r.firstLine, shown) << "parts follow each other without a gap";
            EXPECT_EQ(r.continued, parts > 0) << "every part after the first is marked （续）";
            shown += r.lineCount;
            ++parts;
        }
    }
    EXPECT_EQ(shown, 60);
    EXPECT_GE(parts, 4);
    // The split starts on the page where the row begins, after the rows before it.
    EXPECT_EQ(sourceRows(pages[0]), (QList<int> {0, 1, 2}));
}

TEST(Pagination, AKeepTogetherBlockTallerThanAPageStillPrints)
{
    MeasuredTable m = uniform(20, 10);
    m.table.cells.append(cell(1, 1, 15, 1, QStringLiteral("long span"))); // 150 mm kept together
    m.texts.append(CellText {{TextRun {QStringLiteral("x"), 0, 0}}, 1});
    m.index();
    const QList<TablePage> pages = paginate(m, 100, 100);
    expectEveryRowOnce(pages, m.table.rowCount);
    for (const TablePage &p : pages)
        EXPECT_LE(pageHeight(p), 100.001);
}

namespace {

// Gives cell (row, column) `lines` lines of text and its row the height they need.
void makeTall(MeasuredTable &m, int row, int column, int lines)
{
    for (int i = 0; i < m.table.cells.size(); ++i) {
        const Cell &c = m.table.cells[i];
        if (c.row != row || c.column != column)
            continue;
        CellText t;
        for (int l = 0; l < lines; ++l)
            t.runs.append({QStringLiteral("r%1l%2").arg(row).arg(l), 0, l});
        t.lines = lines;
        m.texts[i] = t;
        m.rowHeights[row] = std::max(m.rowHeights[row], m.textHeight(i));
    }
}

// The parts of `row` across the pages: every line once, in order, each part
// at least two lines, the later ones marked as continued.
void expectSplitWhole(const QList<TablePage> &pages, const MeasuredTable &m, int row)
{
    int shown = 0, parts = 0;
    for (const TablePage &p : pages)
        for (const PlacedRow &r : p.rows) {
            if (r.row != row || r.repeated)
                continue;
            if (!r.isPart()) {
                EXPECT_EQ(parts, 0) << "a whole row after parts";
                shown = m.rowLines(row);
                ++parts;
                continue;
            }
            EXPECT_EQ(r.firstLine, shown);
            EXPECT_EQ(r.continued, parts > 0);
            EXPECT_GE(r.lineCount, 2) << "a part of a single line";
            shown += r.lineCount;
            ++parts;
        }
    EXPECT_EQ(shown, m.rowLines(row));
}

qreal emptyShare(const TablePage &p, qreal avail)
{
    return 1 - pageHeight(p) / avail;
}

} // namespace

TEST(Pagination, ATallRowIsSplitRatherThanLeaveThePageLargelyEmpty)
{
    // Heading + 3 rows (40 mm) and a row of 14 lines (72 mm): whole, it would
    // go to page 2 and leave page 1 60 % blank.
    MeasuredTable m = uniform(6, 10);
    makeTall(m, 4, 1, 14);
    m.table.cells[8].identifying = true; // (4, 0): the row's name, four lines
    makeTall(m, 4, 0, 4);
    const QList<TablePage> pages = paginate(m, 100, 100);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_LT(emptyShare(pages[0], 100), 0.5);
    expectSplitWhole(pages, m, 4);
    expectEveryRowOnce(pages, m.table.rowCount);
    for (const TablePage &p : pages)
        EXPECT_LE(pageHeight(p), 100.001);
    // The continuation repeats the name: its part is tall enough for its four lines.
    for (const PlacedRow &r : pages[1].rows)
        if (r.row == 4) {
            EXPECT_TRUE(r.continued);
            EXPECT_GE(r.height, m.textHeight(8) - 0.001);
        }
    // A row that fits on the rest of the page is never split.
    MeasuredTable fits = uniform(6, 10);
    makeTall(fits, 4, 1, 11); // 57 mm after 40 mm
    for (const TablePage &p : paginate(fits, 100, 100))
        for (const PlacedRow &r : p.rows)
            EXPECT_FALSE(r.isPart());
}

TEST(Pagination, AHeadingComesWithThePartOfItsFirstRow)
{
    // Five rows of an earlier part (50 mm), then a section: heading and a row of
    // 14 lines. The heading cannot end the page alone; it comes with the first
    // lines of its row instead of leaving the page half blank.
    const int before = 5;
    MeasuredTable m = afterEarlierRows(before, 3);
    makeTall(m, before + 1, 1, 14);
    const QList<TablePage> pages = paginate(m, 100, 100);
    ASSERT_GE(pages.size(), 2);
    const QList<PlacedRow> &last = pages[0].rows;
    ASSERT_GE(last.size(), 2);
    EXPECT_EQ(last[last.size() - 2].row, before) << "the heading";
    EXPECT_TRUE(last.last().isPart());
    EXPECT_EQ(last.last().row, before + 1);
    expectSplitWhole(pages, m, before + 1);
    EXPECT_LT(emptyShare(pages[0], 100), 0.5);
}
