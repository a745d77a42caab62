// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A printed table as a grid of cells with spans and column widths in
// millimetres, independent of fonts and devices. The builders of the three
// official tables produce it; measuring, paginating and painting consume it.
namespace jixiao::print {

struct Cell
{
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    // "\n" breaks a line; a "\t" puts the rest of that line at tabStop of the
    // cell's width (the signature row's 联系电话).
    QString text;
    Qt::Alignment alignment = Qt::AlignCenter;
    bool bold = false;
    // A label spanning a group of rows (一级/二级指标, 年度绩效指标): the group
    // may break across pages and the label is repeated on the new page. Any
    // other cell spanning rows keeps them together.
    bool group = false;
    // Names its row (序号, 名称, 支出内容): repeated in full on the
    // continuation of a row split across pages.
    bool identifying = false;
    // An amount: right-aligned with its decimal point under the others' in
    // the column, as a ledger sets figures.
    bool figure = false;
    qreal tabStop = 0.55;
    // The form's own words (a label): broken only at "\n" and between words,
    // at wordBreaks (offsets into text); the column is never narrower than
    // its longest word.
    bool wholeWords = false;
    QList<int> wordBreaks;
};

// Rows [firstRow, firstRow + rowCount) of one part of the form; its first
// headerRows rows (the column headings) are repeated on every page the part
// continues on.
struct Section
{
    int firstRow = 0;
    int headerRows = 0;
    int rowCount = 0;
    bool contains(int row) const { return row >= firstRow && row < firstRow + rowCount; }
    bool isHeader(int row) const { return row >= firstRow && row < firstRow + headerRows; }
};

struct Table
{
    enum Kind { Overview, Summary, Direction, Project, Custom };
    Kind kind = Custom;
    QString attachmentLabel; // 附表1, above the title at the left
    QString title;
    QString sealCaption; // 填报单位：（盖章）, left, with room for the seal
    QString unitCaption; // 金额单位：万元, right
    QList<qreal> columnWidths; // millimetres
    int rowCount = 0;
    QList<Cell> cells; // in reading order: by row, then by column
    QList<Section> sections;
    int footerRows = 0; // the last rows (signatures): kept with the table's end
    // What only the form knows about a row, for page breaks (empty: nothing).
    enum RowKeep : quint8 {
        KeepWithNext = 1, // heads the rows after it (汇总表: a 专项 row and its first 支出方向)
        KeepWithPrevious = 2, // closes the rows before it (合计)
    };
    QList<quint8> rowKeeps; // per row, RowKeep flags
    bool keepsWithNext(int row) const { return row >= 0 && row < rowKeeps.size() && (rowKeeps[row] & KeepWithNext); }
    bool keepsWithPrevious(int row) const
    {
        return row >= 0 && row < rowKeeps.size() && (rowKeeps[row] & KeepWithPrevious);
    }
    qreal minRowHeight = 7.5; // millimetres
    QList<qreal> rowMinHeights; // per row, overrides minRowHeight where larger
    // Column widths may follow the content within the form's proportions
    // (fitColumns); false prints columnWidths exactly.
    bool fitColumns = true;

    qreal width() const;
    qreal columnX(int column) const; // left edge, mm from the table's left
    const Section *sectionOf(int row) const;
};

// Builds a Table row by row the way a form is drawn: each cell is given by its
// right edge in millimetres; the grid's columns are the union of all edges, so
// rows may divide the width differently (as Word tables do). Positions covered
// by a cell spanning down from an earlier row are skipped automatically.
struct CellStyle
{
    Qt::Alignment alignment = Qt::AlignCenter;
    bool bold = false;
    bool group = false;
    bool figure = false;
};

class TableBuilder
{
public:
    using Style = CellStyle;
    static Style left() { return {Qt::AlignLeft | Qt::AlignVCenter, false, false, false}; }
    static Style centre() { return {}; }
    static Style heading() { return {Qt::AlignCenter, true, false, false}; }
    static Style groupLabel() { return {Qt::AlignCenter, false, true, false}; }
    static Style figure() { return {Qt::AlignRight | Qt::AlignVCenter, false, false, true}; }

    explicit TableBuilder(qreal widthMm);

    int beginRow(qreal minHeightMm = 0);
    // Returns the cell's index in the rows' cell list, for later adjustment.
    int cell(qreal rightMm, const QString &text, Style style = Style(), int rowSpan = 1);
    void beginSection(int headerRows);
    void endSection();
    void setRowSpan(int cellIndex, int rowSpan);
    void markFooterFromHere(); // the next rows are the footer
    // The current row stays on the page of the next one (a heading of rows).
    void keepWithNext();
    // The current row stays on the page of the previous one (合计).
    void keepWithPrevious();
    // The cell (an index from cell()) names its row: repeated on a continuation.
    void markIdentifying(int cellIndex);
    // The cell is the form's words, broken only at `breaks` (Cell::wordBreaks).
    void markWords(int cellIndex, const QList<int> &breaks);
    int currentRow() const { return m_row; }

    Table finish(Table header); // header: kind, captions and title; cells and grid from here

private:
    struct Pending
    {
        int row;
        qreal left, right;
        int rowSpan;
        QString text;
        Style style;
        bool identifying;
        bool wholeWords = false;
        QList<int> wordBreaks;
    };
    qreal occupiedUntil(qreal x) const;

    qreal m_width;
    int m_row = -1;
    qreal m_x = 0;
    QList<Pending> m_cells;
    QList<int> m_spanning; // cells spanning rows, which later rows flow around
    QList<qreal> m_rowMin;
    QList<quint8> m_rowKeeps;
    QList<Section> m_sections;
    int m_sectionStart = -1;
    int m_sectionHeaders = 0;
    int m_footerStart = -1;
};

} // namespace jixiao::print
