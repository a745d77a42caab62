// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting a measured table into pages: the rules a reader of official forms
// expects of page breaks (see paginate() in tablelayout.h).
#include "tablelayout.h"

#include <algorithm>

namespace jixiao::print {

QList<TablePage> paginate(const MeasuredTable &m, qreal firstHeight, qreal nextHeight)
{
    const Table &t = m.table;
    const int n = t.rowCount;
    const QList<qreal> &h = m.rowHeights;
    const int footerStart = n - t.footerRows;
    const qreal pad = m.metrics.paddingV;
    const qreal lh = m.lineHeight;

    auto headingsFor = [&](int row) {
        QList<int> rows;
        const Section *s = t.sectionOf(row);
        if (s && !s->isHeader(row))
            for (int r = s->firstRow; r < s->firstRow + s->headerRows; ++r)
                rows.append(r);
        return rows;
    };
    auto sumOf = [&](const QList<int> &rows) {
        qreal sum = 0;
        for (int r : rows)
            sum += h[r];
        return sum;
    };
    auto isHeading = [&](int row) {
        const Section *s = t.sectionOf(row);
        return s && s->isHeader(row);
    };
    // May a page end before `row`, by the keep-together rules?
    auto mayBreakBefore = [&](int row) {
        if (row <= 0 || row >= n)
            return true;
        if (t.footerRows > 0 && row >= footerStart)
            return false;
        // The footer takes the last two rows with it, never one alone (合计
        // stays with the last detail row).
        if (t.footerRows > 0 && row == footerStart - 1 && row - 1 >= 0 && !isHeading(row - 1))
            return false;
        if (t.keepsWithNext(row - 1) || t.keepsWithPrevious(row))
            return false;
        for (const Section &s : t.sections)
            if (s.isHeader(row - 1) && s.contains(row))
                return false;
        for (int ci : m.cellsOfRow[row]) {
            const Cell &c = t.cells[ci];
            if (c.row < row && !c.group)
                return false;
        }
        return true;
    };
    // May the row itself be split between its lines? Not a heading, not the
    // footer, and no cell other than a group label spanning it with others.
    auto splittable = [&](int row) {
        if (row < 0 || row >= n || isHeading(row) || (t.footerRows > 0 && row >= footerStart))
            return false;
        for (int ci : m.cellsOfRow[row]) {
            const Cell &c = t.cells[ci];
            if (c.rowSpan > 1 && !c.group)
                return false;
        }
        return true;
    };
    // Does every group label cut by a break before `row` keep room for its text
    // on both sides? `start` is the page's first row, `headings` its repeats.
    auto groupsFit = [&](int row, int start, const QList<int> &headings) {
        for (int ci : m.cellsOfRow[row]) {
            const Cell &c = t.cells[ci];
            if (!c.group || c.row >= row)
                continue;
            const int end = c.row + c.rowSpan;
            const qreal need = m.textHeight(ci) - LayoutEps;
            qreal before = 0;
            for (int r : headings)
                if (r >= c.row && r < end)
                    before += h[r];
            for (int r = std::max(start, c.row); r < row; ++r)
                before += h[r];
            qreal after = 0;
            for (int r : headingsFor(row))
                if (r >= c.row && r < end)
                    after += h[r];
            for (int r = row; r < end && after < need; ++r)
                after += h[r];
            if (before < need || after < need)
                return false;
        }
        return true;
    };
    auto partHeight = [&](int lines) { return 2 * pad + lines * lh; };
    // Lines of the row's identifying cells that a continuation repeats whole
    // (those already complete before `firstLine`).
    auto repeatedLines = [&](int row, int firstLine) {
        int lines = 0;
        for (int ci : m.cellsOfRow[row]) {
            const Cell &c = t.cells[ci];
            if (c.identifying && c.rowSpan == 1 && m.texts[ci].lines <= firstLine)
                lines = std::max(lines, m.texts[ci].lines);
        }
        return lines;
    };
    constexpr int MinPartLines = 2; // no part of a split row holds a single line

    QList<TablePage> pages;
    int pos = 0;
    int lineOffset = 0; // > 0: row `pos` continues from this line
    bool first = true;
    while (pos < n) {
        TablePage page;
        page.first = first;
        const qreal avail = first ? firstHeight : nextHeight;
        qreal used = 0;
        QList<int> headings;
        if (!first) {
            headings = headingsFor(pos);
            if (sumOf(headings) > avail / 2) // headings that fill the page are not repeated
                headings.clear();
            for (int r : headings) {
                page.rows.append({r, h[r], true});
                used += h[r];
            }
        }
        first = false;
        bool hasContent = false;

        if (lineOffset > 0) { // the rest of a row split across pages, under a （续） line
            const int remaining = m.rowLines(pos) - lineOffset;
            const int capacity = std::max(1, int(std::floor((avail - used - 2 * pad + LayoutEps) / lh)) - 1);
            int shown = std::min(remaining, capacity);
            if (shown < remaining && remaining - shown < MinPartLines && shown > MinPartLines)
                shown = std::max(MinPartLines, remaining - MinPartLines); // leave the next part two lines
            if (shown == remaining && remaining >= 2 * MinPartLines) {
                // The rows that may not be parted from this one (合计 and the
                // footer after the last detail) come along, or the row's last
                // lines go with them: 合计 is never left alone with the footer.
                qreal along = 0;
                for (int r = pos + 1; r < n && !mayBreakBefore(r); ++r)
                    along += h[r];
                const int lines = std::max(shown + 1, repeatedLines(pos, lineOffset));
                if (along > 0 && used + partHeight(lines) + along > avail + LayoutEps)
                    shown = remaining - MinPartLines;
            }
            const int lines = std::max(shown + 1, repeatedLines(pos, lineOffset));
            PlacedRow part {pos, partHeight(lines), false, lineOffset, shown, true};
            page.rows.append(part);
            used += part.height;
            hasContent = true;
            if (shown < remaining) {
                lineOffset += shown;
                pages.append(page);
                continue;
            }
            lineOffset = 0;
            ++pos;
        }

        const int start = pos;
        int best = -1, keep = -1, any = -1;
        qreal u = used;
        for (int r = pos; r < n && u + h[r] <= avail + LayoutEps;) {
            u += h[r];
            ++r;
            if (r == n) {
                best = keep = any = r;
                break;
            }
            any = r;
            if (mayBreakBefore(r)) {
                keep = r;
                if (groupsFit(r, start, headings))
                    best = r;
            }
        }
        int end = best >= 0 ? best : keep;
        if (end < 0 && !hasContent)
            end = any; // a block kept together that is taller than a page
        if (end >= 0) {
            for (int r = pos; r < end; ++r) {
                page.rows.append({r, h[r]});
                used += h[r];
            }
            pos = end;
            hasContent = true;
        } else if (!hasContent && pos < n) {
            // A single row taller than the page: split it between lines.
            const int lines = m.rowLines(pos);
            const int capacity = std::max(1, int(std::floor((avail - used - 2 * pad + LayoutEps) / lh)));
            if (lines <= capacity) { // tall for another reason (a spanning label): place it whole
                page.rows.append({pos, h[pos]});
                ++pos;
            } else {
                page.rows.append({pos, partHeight(capacity), false, 0, capacity, false});
                lineOffset = capacity;
            }
            pages.append(page);
            continue;
        }

        // What follows does not fit. Rather than leave much of the page blank
        // (or when no page could hold it), split the next row between its
        // lines; the rows that must stay with it (its section's headings, a
        // row heading it) come along whole.
        if (pos < n && lineOffset == 0) {
            int row = pos;
            qreal lead = 0;
            while (row + 1 < n && (isHeading(row) || t.keepsWithNext(row)) && row - pos < 4)
                lead += h[row++];
            const qreal room = avail - used - lead;
            const int lines = m.rowLines(row);
            const int capacity = int(std::floor((room - 2 * pad + LayoutEps) / lh));
            const bool tooTall = h[row] > nextHeight - sumOf(headingsFor(row)) + LayoutEps;
            const bool wasteful = avail - used > avail / 3;
            const int shown = std::min(capacity, lines - MinPartLines);
            if ((tooTall || wasteful) && splittable(row) && (row == pos || mayBreakBefore(pos)) && shown >= MinPartLines
                && (row == pos || groupsFit(pos, start, headings))) {
                for (int r = pos; r < row; ++r) {
                    page.rows.append({r, h[r]});
                    used += h[r];
                }
                page.rows.append({row, partHeight(shown), false, 0, shown, false});
                pos = row;
                lineOffset = shown;
            }
        }
        pages.append(page);
    }
    return pages;
}

} // namespace jixiao::print
