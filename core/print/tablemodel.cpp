// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodel.h"

#include <algorithm>
#include <cmath>

namespace jixiao::print {

namespace {
constexpr qreal Eps = 0.01; // mm: edges closer than this are the same edge
}

qreal Table::width() const
{
    qreal w = 0;
    for (qreal c : columnWidths)
        w += c;
    return w;
}

qreal Table::columnX(int column) const
{
    qreal x = 0;
    for (int i = 0; i < column && i < columnWidths.size(); ++i)
        x += columnWidths[i];
    return x;
}

const Section *Table::sectionOf(int row) const
{
    for (const Section &s : sections)
        if (s.contains(row))
            return &s;
    return nullptr;
}

TableBuilder::TableBuilder(qreal widthMm)
    : m_width(widthMm)
{ }

int TableBuilder::beginRow(qreal minHeightMm)
{
    ++m_row;
    m_x = 0;
    m_rowMin.append(minHeightMm);
    return m_row;
}

qreal TableBuilder::occupiedUntil(qreal x) const
{
    // A cell from an earlier row reaching down into this one at x.
    for (int i : m_spanning) {
        const Pending &p = m_cells[i];
        if (p.row < m_row && p.row + p.rowSpan > m_row && p.left <= x + Eps && p.right > x + Eps)
            return p.right;
    }
    return x;
}

int TableBuilder::cell(qreal rightMm, const QString &text, Style style, int rowSpan)
{
    for (qreal next = occupiedUntil(m_x); next > m_x; next = occupiedUntil(m_x))
        m_x = next;
    Pending p {m_row, m_x, std::min(rightMm, m_width), std::max(1, rowSpan), text, style, false, false, {}};
    m_cells.append(p);
    m_x = p.right;
    if (p.rowSpan > 1)
        m_spanning.append(int(m_cells.size()) - 1);
    return int(m_cells.size()) - 1;
}

void TableBuilder::setRowSpan(int cellIndex, int rowSpan)
{
    m_cells[cellIndex].rowSpan = std::max(1, rowSpan);
    if (m_cells[cellIndex].rowSpan > 1 && !m_spanning.contains(cellIndex))
        m_spanning.append(cellIndex);
}

void TableBuilder::beginSection(int headerRows)
{
    m_sectionStart = m_row + 1;
    m_sectionHeaders = headerRows;
}

void TableBuilder::endSection()
{
    if (m_sectionStart >= 0 && m_row >= m_sectionStart)
        m_sections.append({m_sectionStart, m_sectionHeaders, m_row - m_sectionStart + 1});
    m_sectionStart = -1;
}

void TableBuilder::markFooterFromHere()
{
    m_footerStart = m_row + 1;
}

void TableBuilder::keepWithNext()
{
    if (m_row < 0)
        return;
    m_rowKeeps.resize(m_row + 1, 0);
    m_rowKeeps[m_row] |= Table::KeepWithNext;
}

void TableBuilder::keepWithPrevious()
{
    if (m_row < 0)
        return;
    m_rowKeeps.resize(m_row + 1, 0);
    m_rowKeeps[m_row] |= Table::KeepWithPrevious;
}

void TableBuilder::markIdentifying(int cellIndex)
{
    if (cellIndex >= 0 && cellIndex < m_cells.size())
        m_cells[cellIndex].identifying = true;
}

void TableBuilder::markWords(int cellIndex, const QList<int> &breaks)
{
    if (cellIndex >= 0 && cellIndex < m_cells.size()) {
        m_cells[cellIndex].wholeWords = true;
        m_cells[cellIndex].wordBreaks = breaks;
    }
}

Table TableBuilder::finish(Table t)
{
    // The grid: every distinct edge of every row.
    QList<qreal> edges {0, m_width};
    for (const Pending &p : m_cells) {
        edges.append(p.left);
        edges.append(p.right);
    }
    std::sort(edges.begin(), edges.end());
    QList<qreal> unique;
    for (qreal e : edges)
        if (unique.isEmpty() || e - unique.last() > Eps)
            unique.append(e);
    auto columnOf = [&unique](qreal x) {
        int best = 0;
        for (int i = 0; i < unique.size(); ++i)
            if (std::abs(unique[i] - x) < std::abs(unique[best] - x))
                best = i;
        return best;
    };
    t.columnWidths.clear();
    for (int i = 1; i < unique.size(); ++i)
        t.columnWidths.append(unique[i] - unique[i - 1]);
    t.rowCount = m_row + 1;
    t.cells.clear();
    t.cells.reserve(m_cells.size());
    for (const Pending &p : m_cells) {
        Cell c;
        c.row = p.row;
        c.column = columnOf(p.left);
        c.columnSpan = std::max(1, columnOf(p.right) - c.column);
        c.rowSpan = std::min(p.rowSpan, t.rowCount - p.row);
        c.text = p.text;
        c.alignment = p.style.alignment;
        c.bold = p.style.bold;
        c.group = p.style.group && c.rowSpan > 1;
        c.identifying = p.identifying;
        c.figure = p.style.figure;
        c.wholeWords = p.wholeWords;
        c.wordBreaks = p.wordBreaks;
        t.cells.append(c);
    }
    std::stable_sort(t.cells.begin(), t.cells.end(),
        [](const Cell &a, const Cell &b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    t.sections = m_sections;
    t.footerRows = m_footerStart >= 0 ? t.rowCount - m_footerStart : 0;
    t.rowMinHeights = m_rowMin;
    t.rowKeeps = m_rowKeeps;
    return t;
}

} // namespace jixiao::print
