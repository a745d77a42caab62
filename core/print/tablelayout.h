// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linebreak.h"
#include "tablemodel.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

// Measuring and paginating a Table. All lengths are millimetres. Text is
// measured once at a fixed reference resolution with unhinted metrics, and its
// line breaks are kept, so that the layout (and the page count) is the same on
// every device it is later painted on.
namespace jixiao::print {

// How far two lengths (mm) may differ and still count as equal when rows and
// columns are fitted: measured widths and heights carry rounding.
inline constexpr qreal LayoutEps = 0.001;

// The units a paragraph of a cell's text (starting at `offset` in it) breaks
// into: the form's words for a label (`words`: Cell::wordBreaks, offsets into
// the text), else by the rules of linebreak.h.
QList<BreakUnit> paragraphUnits(const QString &paragraph, int offset, const QList<int> *words);

// One piece of a cell's text: a wrapped line, or the part of a line after a tab.
struct TextRun
{
    QString text;
    qreal x = 0; // from the left of the cell's text area (alignment applied)
    int line = 0;
    // Justified (两端对齐): mm added after each character but the last, so
    // that the line ends at the cell's right edge.
    qreal spacing = 0;
};

struct CellText
{
    QList<TextRun> runs;
    int lines = 0;
};

class TextMeasurer
{
public:
    explicit TextMeasurer(const QFont &font);

    qreal lineHeight() const { return m_lineHeight; } // mm, baseline to baseline
    qreal ascent() const { return m_ascent; }
    qreal descent() const { return m_descent; }
    qreal textWidth(const QString &text) const; // one line, mm
    // Widths of text.left(i) for i = 0 … text.size(), mm, summed by character.
    QList<qreal> prefixWidths(const QString &text) const;

    // Wraps `text` into `width` mm by the Chinese rules of linebreak.h; "\n"
    // breaks lines, "\t" puts the rest of a line at tabStop × width. Left-
    // aligned text is justified to both edges, the last line of each
    // paragraph left as it is. Results are cached per text and width.
    CellText measure(const QString &text, qreal width, Qt::Alignment alignment, qreal tabStop = 0.55) const;
    // A table's cell in `width` mm of text: the form's labels broken only between their words.
    CellText measure(const Cell &cell, qreal width) const;
    // The most a justified line spreads between two characters, mm: more
    // and text extraction would read the gap as a space.
    qreal maxSpacing() const { return m_maxSpacing; }

    static qreal referenceDpi() { return 1200.0; }

private:
    struct Line
    {
        QString text;
        qreal width;
    };
    CellText measure(
        const QString &text, qreal width, Qt::Alignment alignment, qreal tabStop, const QList<int> *words) const;
    QList<Line> wrap(const QString &paragraph, const QList<BreakUnit> &units, qreal width) const;
    qreal advance(char32_t c) const;

    QFont m_font;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    qreal m_descent = 0;
    qreal m_maxSpacing = 0;
    mutable QHash<QString, CellText> m_cache;
    mutable QHash<char32_t, qreal> m_advances;
};

struct CellMetrics
{
    qreal paddingH = 1.5;
    qreal paddingV = 1.0;
    qreal lineSpacing = 1.0; // × the body face's line height
};

// A table with every cell's text wrapped into its width and every row's height.
struct MeasuredTable
{
    Table table;
    QList<CellText> texts; // parallel to table.cells
    QList<qreal> rowHeights;
    qreal lineHeight = 5.0;
    CellMetrics metrics;
    QList<QList<int>> cellsOfRow; // row → indices of the cells covering it

    qreal textHeight(int cell) const { return 2 * metrics.paddingV + texts[cell].lines * lineHeight; }
    // Lines of the row's own (single-row) cells: what splitting a too-tall row divides.
    int rowLines(int row) const;
    void index(); // fills cellsOfRow
};

// The table with its column edges moved so that it takes less height: a
// column whose text wraps more than its neighbours' takes width from those
// with room to spare, and a numeral or number wider than its column gets room
// to stay whole. Every cell keeps between 2/3 and 3/2 of its width on the
// paper form, and the same content always gives the same widths.
Table fitColumns(
    const Table &table, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics = {});

// Column widths for tables drawn on one grid (the direction tables of a
// filing), so that they all look alike: fitted as fitColumns would fit one
// table made of the rows of those with the most text, no column narrower
// than any table's amount in it. All tables have the first one's columns.
QList<qreal> fitSharedColumns(
    const QList<Table> &tables, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics = {});

// Measures with `body` (and `bold` for bold cells), after fitColumns when the
// table asks for it. Row heights hold the tallest of their cells; a cell
// spanning rows that needs more than they have together enlarges the last of
// them.
MeasuredTable measureTable(
    const Table &table, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics = {});

// The same table set with other vertical metrics (the tighter setting): the
// lines stay as they were broken (metrics.paddingH must be the same), the
// pitch, padding and row heights change.
MeasuredTable withMetrics(MeasuredTable m, const CellMetrics &metrics, qreal minRowHeight, const TextMeasurer &body);

// One row as placed on a page: a whole row, a repeated heading, or one part of
// a row too tall for a page (its lines [firstLine, firstLine + lineCount) and,
// for parts after the first, a "（续）" line above them).
struct PlacedRow
{
    int row = 0;
    qreal height = 0;
    bool repeated = false;
    int firstLine = 0;
    int lineCount = -1; // -1 = the whole row
    bool continued = false;
    bool isPart() const { return lineCount >= 0; }
};

struct TablePage
{
    QList<PlacedRow> rows;
    bool first = false; // the table's first page (title and captions above the rows)
};

// Splits the rows into pages. `firstHeight` is the room for rows on the
// table's first page (below its title), `nextHeight` on the pages after it.
// Rules: a section's heading rows repeat on each page it continues on and are
// never left alone at a page's end; rows under a non-group cell spanning rows
// stay together, and so do rows the table marks (Table::rowKeeps); a group
// label spanning a break is repeated and each part keeps room for it; the
// footer rows take the last two rows with them. A row is split between lines
// (each part at least two lines) when it is taller than a page or when moving
// it whole would leave the page more than a third empty; each part after the
// first starts with a "（续）" line and repeats the row's identifying cells.
QList<TablePage> paginate(const MeasuredTable &table, qreal firstHeight, qreal nextHeight);

} // namespace jixiao::print
