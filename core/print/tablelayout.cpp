// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablelayout.h"

#include "linebreak.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace jixiao::print {

namespace {

qreal pxPerMm()
{
    return TextMeasurer::referenceDpi() / 25.4;
}

// Metrics come from this image's resolution, not the screen's, so that a
// layout made for a PDF is the layout a printer or a preview gets.
const QImage &referenceDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        const int dpm = qRound(TextMeasurer::referenceDpi() / 0.0254);
        i.setDotsPerMeterX(dpm);
        i.setDotsPerMeterY(dpm);
        return i;
    }();
    return image;
}

} // namespace

TextMeasurer::TextMeasurer(const QFont &font)
    : m_font(font, &referenceDevice())
{
    m_font.setHintingPreference(QFont::PreferNoHinting);
    const QFontMetricsF fm(m_font, &referenceDevice());
    m_ascent = fm.ascent() / pxPerMm();
    m_descent = fm.descent() / pxPerMm();
    const qreal em = m_font.pointSizeF() * 25.4 / 72.0;
    // Word's "single" spacing for a song face is about 1.25 em; CJK fonts report less.
    m_lineHeight = std::max(fm.lineSpacing() / pxPerMm(), 1.25 * em);
    // poppler starts a new word at a gap of 0.1 em; stay well below it.
    m_maxSpacing = 0.08 * em;
}

qreal TextMeasurer::textWidth(const QString &text) const
{
    // The characters' advances summed, as lines are measured (no kerning):
    // each character is asked of the font once.
    qreal w = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            w += advance(QChar::surrogateToUcs4(c, text[++i]));
        else
            w += advance(c.unicode());
    }
    return w;
}

qreal TextMeasurer::advance(char32_t c) const
{
    if (const auto it = m_advances.constFind(c); it != m_advances.constEnd())
        return *it;
    const char32_t one[] = {c};
    const qreal w = QFontMetricsF(m_font, &referenceDevice()).horizontalAdvance(QString::fromUcs4(one, 1)) / pxPerMm();
    m_advances.insert(c, w);
    return w;
}

QList<qreal> TextMeasurer::prefixWidths(const QString &text) const
{
    QList<qreal> x(text.size() + 1, 0);
    for (int i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            x[i + 1] = x[i];
            x[i + 2] = x[i] + advance(QChar::surrogateToUcs4(c, text[i + 1]));
            i += 2;
        } else {
            x[i + 1] = x[i] + advance(c.unicode());
            ++i;
        }
    }
    return x;
}

QList<BreakUnit> paragraphUnits(const QString &paragraph, int offset, const QList<int> *words)
{
    if (!words)
        return breakUnits(paragraph);
    QList<int> inside;
    for (int b : *words)
        if (b > offset && b < offset + paragraph.size())
            inside.append(b - offset);
    return wordUnits(paragraph, inside);
}

QList<TextMeasurer::Line> TextMeasurer::wrap(const QString &paragraph, const QList<BreakUnit> &units, qreal width) const
{
    QList<Line> out;
    if (paragraph.isEmpty())
        return out;
    // Advances summed from the left: a line's width is a difference (no
    // kerning, so the shaped line is as wide as its characters).
    const QList<qreal> x = prefixWidths(paragraph);
    const QList<BrokenLine> lines = breakLines(paragraph, units, std::max<qreal>(width, 1),
        [&x](int start, int length) { return x[start + length] - x[start]; });
    out.reserve(lines.size());
    for (const BrokenLine &l : lines)
        out.append({paragraph.mid(l.start, l.length), l.width});
    return out;
}

CellText TextMeasurer::measure(const QString &text, qreal width, Qt::Alignment alignment, qreal tabStop) const
{
    return measure(text, width, alignment, tabStop, nullptr);
}

CellText TextMeasurer::measure(const Cell &cell, qreal width) const
{
    return measure(cell.text, width, cell.alignment, cell.tabStop, cell.wholeWords ? &cell.wordBreaks : nullptr);
}

CellText TextMeasurer::measure(
    const QString &text, qreal width, Qt::Alignment alignment, qreal tabStop, const QList<int> *words) const
{
    // The text, then what else decides its lines packed as characters (no
    // number formatting: the same label is measured for every table).
    const qint32 microns = qint32(std::lround(width * 1000));
    QString key;
    key.reserve(text.size() + 6 + (words ? words->size() : 0));
    key += text;
    key += QChar(0xFFFF); // not a character: the end of the text
    key += QChar(char16_t(quint32(microns) >> 16));
    key += QChar(char16_t(microns & 0xFFFF));
    key += QChar(char16_t(int(alignment)));
    key += QChar(char16_t(std::lround(tabStop * 1000)));
    if (words) {
        key += QChar(0xFFFE); // the form's words, broken only between them
        for (int b : *words)
            key += QChar(char16_t(b + 1));
    }
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;

    const bool justify = !(alignment & (Qt::AlignHCenter | Qt::AlignRight));
    CellText out;
    if (!text.isEmpty()) {
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        int offset = 0;
        for (const QString &paragraph : paragraphs) {
            const int at = offset;
            offset += int(paragraph.size()) + 1;
            const qsizetype tab = paragraph.indexOf(QLatin1Char('\t'));
            if (tab >= 0) {
                const qreal tabX = width * tabStop;
                const QString l = paragraph.left(tab), r = paragraph.mid(tab + 1);
                const QList<Line> left = wrap(l, paragraphUnits(l, at, words), tabX - 2.0);
                const QList<Line> right = wrap(r, paragraphUnits(r, at + int(tab) + 1, words), width - tabX);
                for (int i = 0; i < left.size(); ++i)
                    out.runs.append({left[i].text, 0, out.lines + i});
                for (int i = 0; i < right.size(); ++i)
                    out.runs.append({right[i].text, tabX, out.lines + i});
                out.lines += std::max<int>(1, int(std::max(left.size(), right.size())));
                continue;
            }
            const QList<Line> lines = wrap(paragraph, paragraphUnits(paragraph, at, words), width);
            for (int i = 0; i < lines.size(); ++i) {
                const Line &l = lines[i];
                qreal x = 0;
                qreal spacing = 0;
                if (alignment & Qt::AlignHCenter)
                    x = std::max<qreal>(0, (width - l.width) / 2);
                else if (alignment & Qt::AlignRight)
                    x = std::max<qreal>(0, width - l.width);
                else if (justify && i + 1 < lines.size()) {
                    // To the edge, or ragged: a line that would need wider
                    // gaps than text extraction reads as one word (a number
                    // with its unit went down whole) is left as it is, not
                    // spread part of the way.
                    const int gaps = justificationGaps(l.text);
                    if (gaps > 0 && l.width < width && (width - l.width) / gaps <= m_maxSpacing)
                        spacing = (width - l.width) / gaps;
                }
                out.runs.append({l.text, x, out.lines++, spacing});
            }
            if (lines.isEmpty())
                ++out.lines; // a blank line (room to sign)
        }
    }
    if (m_cache.size() > 20000)
        m_cache.clear();
    m_cache.insert(key, out);
    return out;
}

int MeasuredTable::rowLines(int row) const
{
    int lines = 0;
    for (int ci : cellsOfRow[row])
        if (table.cells[ci].rowSpan == 1)
            lines = std::max(lines, texts[ci].lines);
    return lines;
}

void MeasuredTable::index()
{
    cellsOfRow = QList<QList<int>>(table.rowCount);
    for (int i = 0; i < table.cells.size(); ++i) {
        const Cell &c = table.cells[i];
        for (int r = c.row; r < c.row + c.rowSpan && r < table.rowCount; ++r)
            cellsOfRow[r].append(i);
    }
}

namespace {

// The cells spanning rows, shortest spans first, so that a group label
// enlarges the rows its inner labels have already settled as little as possible.
QList<int> spanningShortestFirst(const Table &table)
{
    QList<int> spanning;
    for (int i = 0; i < table.cells.size(); ++i)
        if (table.cells[i].rowSpan > 1)
            spanning.append(i);
    std::stable_sort(spanning.begin(), spanning.end(),
        [&](int a, int b) { return table.cells[a].rowSpan < table.cells[b].rowSpan; });
    return spanning;
}

// A cell's text ready to be broken at many widths: its paragraphs' units and
// character widths, and the line counts already tried.
struct Fitted
{
    struct Paragraph
    {
        QString text;
        QList<BreakUnit> units;
        QList<qreal> x;
    };
    QList<Paragraph> paragraphs;
    int first = 0, last = 0; // the cell runs from edge `first` to edge `last`
    qreal paperWidth = 0;
    // The last widths counted (a move tried and taken back costs nothing).
    struct Counted
    {
        qreal width = -1;
        int lines = 0;
        int forced = 0;
    };
    std::array<Counted, 6> counted;
    int next = 0;
    int lineCount = 0;
    int forced = 0;
    int paperLines = -1; // lines at the paper's width
    bool setsRow = false; // its text, on more than one line, sets its row's height
    qreal longest = 0; // the widest unit (a word of a label, a number with its unit), mm
    int extraLines() const { return std::max(0, lineCount - paperLines); }

    void count(qreal w)
    {
        for (const Counted &c : counted)
            if (std::abs(c.width - w) < 1e-9) {
                lineCount = c.lines;
                forced = c.forced;
                return;
            }
        lineCount = 0;
        forced = 0;
        for (const Paragraph &p : paragraphs)
            lineCount += std::max(1, countLines(p.text, p.units, p.x, std::max<qreal>(w, 1), &forced));
        counted[next] = {w, lineCount, forced};
        next = (next + 1) % int(counted.size());
    }
};

quint64 spanKey(int first, int last)
{
    return (quint64(quint32(first)) << 32) | quint32(last);
}

QList<qreal> fitEdges(const Table &table, const TextMeasurer &body, const TextMeasurer &bold,
    const CellMetrics &metrics, const QHash<quint64, qreal> *floors)
{
    const int columns = int(table.columnWidths.size());
    if (!table.fitColumns || columns < 2 || table.rowCount == 0)
        return table.columnWidths;
    QList<qreal> paper {0};
    for (qreal w : table.columnWidths)
        paper.append(paper.last() + w);
    QList<Fitted> cells(table.cells.size());
    QList<QList<int>> atEdge(columns + 1); // the cells with an edge there
    for (int i = 0; i < table.cells.size(); ++i) {
        const Cell &c = table.cells[i];
        Fitted &f = cells[i];
        f.first = std::clamp(c.column, 0, columns);
        f.last = std::clamp(c.column + c.columnSpan, f.first, columns);
        f.paperWidth = paper[f.last] - paper[f.first];
        const TextMeasurer &m = c.bold ? bold : body;
        if (!c.text.isEmpty()) {
            int offset = 0;
            for (const QString &p : c.text.split(QLatin1Char('\n'))) {
                const QString line = p.section(QLatin1Char('\t'), 0, 0);
                f.paragraphs.append(
                    {line, paragraphUnits(line, offset, c.wholeWords ? &c.wordBreaks : nullptr), m.prefixWidths(line)});
                offset += int(p.size()) + 1;
                const Fitted::Paragraph &added = f.paragraphs.last();
                for (const BreakUnit &u : added.units)
                    if (!u.space)
                        f.longest = std::max(f.longest, added.x[u.start + u.length] - added.x[u.start]);
            }
        }
        if (floors)
            f.longest = std::max(f.longest, floors->value(spanKey(f.first, f.last)));
        atEdge[f.first].append(i);
        atEdge[f.last].append(i);
    }
    const qreal lh = body.lineHeight() * metrics.lineSpacing;
    const QList<int> spanning = spanningShortestFirst(table);

    QList<qreal> edges = paper;
    std::vector<qreal> heights(table.rowCount);
    std::vector<qreal> rowFloor(table.rowCount);
    for (int r = 0; r < table.rowCount; ++r)
        rowFloor[r] = std::max(table.minRowHeight, r < table.rowMinHeights.size() ? table.rowMinHeights[r] : 0.0);
    std::vector<int> rowOf(cells.size()), spanOf(cells.size());
    for (int i = 0; i < cells.size(); ++i) {
        rowOf[i] = table.cells[i].row;
        spanOf[i] = std::min(table.cells[i].rowSpan, table.rowCount - table.cells[i].row);
    }
    std::vector<QList<int>> singleOfRow(table.rowCount);
    for (int i = 0; i < int(cells.size()); ++i)
        if (spanOf[i] == 1)
            singleOfRow[rowOf[i]].append(i);
    auto need = [&](int i) { return 2 * metrics.paddingV + cells[i].lineCount * lh; };
    auto width = [&](int i) { return edges[cells[i].last] - edges[cells[i].first] - 2 * metrics.paddingH; };
    auto rowBase = [&](int r) {
        qreal h = rowFloor[r];
        for (int i : singleOfRow[r])
            h = std::max(h, need(i));
        return h;
    };
    // The table's height from rows' own cells (`heights` filled with them):
    // spanning cells, shortest first, enlarge the last row they cover.
    auto total = [&]() {
        for (int i : std::as_const(spanning)) {
            const int end = rowOf[i] + spanOf[i];
            qreal have = 0;
            for (int r = rowOf[i]; r < end; ++r)
                have += heights[r];
            if (need(i) > have + LayoutEps)
                heights[end - 1] += need(i) - have;
        }
        qreal sum = 0;
        for (qreal h : heights)
            sum += h;
        qreal moved = 0;
        for (int k = 0; k <= columns; ++k)
            moved += std::abs(edges[k] - paper[k]);
        return sum + 0.05 * moved;
    };
    // The cost of the edges: the table's height as measureTable makes it, a
    // cut number counting as much as a page, and a hair for every mm away
    // from the paper so that ties keep the form's widths. commit() counts
    // every cell; tryShift() only the cells a move changes.
    std::vector<qreal> base(table.rowCount);
    int forcedTotal = 0;
    // Every line a cell gains over the paper costs a little: labels are not
    // wrapped for nothing.
    constexpr qreal ExtraLine = 1.0;
    int extraTotal = 0;
    auto commit = [&]() {
        forcedTotal = 0;
        extraTotal = 0;
        for (int i = 0; i < int(cells.size()); ++i) {
            cells[i].count(width(i));
            if (cells[i].paperLines < 0)
                cells[i].paperLines = cells[i].lineCount;
            forcedTotal += cells[i].forced;
            extraTotal += cells[i].extraLines();
        }
        for (int r = 0; r < table.rowCount; ++r)
            base[r] = rowBase(r);
        heights = base;
        return total() + 300.0 * forcedTotal + ExtraLine * extraTotal;
    };
    std::vector<int> changed;
    auto changedBy = [&](int k1, int k2) { // cells with one edge inside [k1, k2]
        changed.clear();
        for (int k = k1; k <= k2; ++k)
            for (int i : atEdge[k]) {
                const bool a = cells[i].first >= k1 && cells[i].first <= k2;
                const bool b = cells[i].last >= k1 && cells[i].last <= k2;
                if (a != b)
                    changed.push_back(i);
            }
    };
    auto tryCost = [&]() {
        int forced = forcedTotal;
        int extra = extraTotal;
        for (int i : changed) {
            forced -= cells[i].forced;
            extra -= cells[i].extraLines();
            cells[i].count(width(i));
            forced += cells[i].forced;
            extra += cells[i].extraLines();
        }
        heights = base;
        for (int i : changed)
            if (spanOf[i] == 1)
                heights[rowOf[i]] = rowBase(rowOf[i]);
        return total() + 300.0 * forced + ExtraLine * extra;
    };
    auto takeBack = [&]() {
        for (int i : changed)
            cells[i].count(width(i));
    };
    // Edges [k1, k2] moving together: column k1 - 1 gives to (or takes
    // from) column k2 and the columns between slide.
    // After edges [k1, k2] moved by `by`: no cell narrower than its longest
    // word or 2/3 of the paper (unless it grows), none wider than 3/2 of the
    // paper (unless a word needs it).
    auto allowed = [&](int k1, int k2, qreal by) {
        if (edges[k1] - edges[k1 - 1] < 2 - LayoutEps || edges[k2 + 1] - edges[k2] < 2 - LayoutEps)
            return false;
        for (int k : {k1, k2})
            for (int i : atEdge[k]) {
                const Fitted &f = cells[i];
                const qreal w = edges[f.last] - edges[f.first];
                const bool left = f.first >= k1 && f.first <= k2, right = f.last >= k1 && f.last <= k2;
                const qreal before = w - (right ? by : 0) + (left ? by : 0);
                const qreal word = f.longest + 2 * metrics.paddingH;
                if (w < before - LayoutEps && (w < f.paperWidth * 2 / 3 - LayoutEps || w < word - LayoutEps))
                    return false;
                // Room is taken only from text with room to spare: never
                // below the paper's width from the text that sets its row.
                if (w < before - LayoutEps && f.setsRow && w < f.paperWidth - LayoutEps)
                    return false;
                if (w > before + LayoutEps && w > f.paperWidth * 3 / 2 + LayoutEps && w > word + LayoutEps)
                    return false;
            }
        return true;
    };
    auto shift = [&](int k1, int k2, qreal by) {
        for (int k = k1; k <= k2; ++k)
            edges[k] += by;
    };
    // Columns worth giving room to: those of a cell that sets its row's
    // height with more than one line, or that cuts a number.
    QList<bool> hungry(columns);
    auto findHungry = [&]() {
        std::fill(hungry.begin(), hungry.end(), false);
        for (int i = 0; i < cells.size(); ++i) {
            const Cell &c = table.cells[i];
            Fitted &f = cells[i];
            const qreal wanted = 2 * metrics.paddingV + f.lineCount * lh;
            f.setsRow = c.rowSpan == 1 && f.lineCount > 1 && wanted > heights[c.row] - LayoutEps;
            bool sets = f.forced > 0;
            if (c.rowSpan == 1)
                sets = sets || f.setsRow;
            else
                sets = sets || f.lineCount > 1; // spanning: cheap enough to try
            if (sets)
                for (int k = f.first; k < f.last; ++k)
                    hungry[k] = true;
        }
    };
    qreal current = commit();
    constexpr qreal Steps[] = {2, 6, 16};
    for (int round = 0; round < 16; ++round) {
        findHungry();
        int bestFrom = -1, bestTo = -1;
        qreal bestStep = 0, bestCost = current - lh / 2; // a move must save half a line
        for (int k1 = 1; k1 < columns; ++k1)
            for (int k2 = k1; k2 < columns; ++k2) {
                changedBy(k1, k2);
                for (qreal sign : {-1.0, 1.0}) {
                    if (!hungry[sign > 0 ? k1 - 1 : k2])
                        continue;
                    for (qreal step : Steps) {
                        shift(k1, k2, sign * step);
                        if (allowed(k1, k2, sign * step)) {
                            const qreal c = tryCost();
                            if (c < bestCost - LayoutEps) {
                                bestCost = c;
                                bestFrom = k1;
                                bestTo = k2;
                                bestStep = sign * step;
                            }
                        }
                        shift(k1, k2, -sign * step);
                        takeBack();
                    }
                }
            }
        if (bestFrom < 0)
            break;
        shift(bestFrom, bestTo, bestStep);
        current = commit();
    }
    QList<qreal> widths(columns);
    for (int k = 0; k < columns; ++k)
        widths[k] = edges[k + 1] - edges[k];
    return widths;
}

} // namespace

Table fitColumns(const Table &table, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics)
{
    Table out = table;
    out.columnWidths = fitEdges(table, body, bold, metrics, nullptr);
    return out;
}

QList<qreal> fitSharedColumns(
    const QList<Table> &tables, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics)
{
    if (tables.isEmpty())
        return {};
    if (!tables.first().fitColumns)
        return tables.first().columnWidths;
    // The tables whose text asks the most of the columns (the most
    // characters) stand for all: fitting every one of 500 tables would cost
    // more than the whole export. Every table's amounts and labels still set
    // the narrowest each column may get.
    constexpr int Stand = 8;
    QList<QPair<qsizetype, int>> demand;
    QHash<quint64, qreal> floors;
    const int columns = int(tables.first().columnWidths.size());
    for (int t = 0; t < tables.size(); ++t) {
        qsizetype chars = 0;
        for (const Cell &c : tables[t].cells) {
            chars += c.text.size();
            if (!c.figure || c.text.isEmpty())
                continue;
            const qreal w = (c.bold ? bold : body).textWidth(c.text);
            const quint64 key
                = spanKey(std::clamp(c.column, 0, columns), std::clamp(c.column + c.columnSpan, 0, columns));
            floors[key] = std::max(floors.value(key), w);
        }
        demand.append({-chars, t});
    }
    std::sort(demand.begin(), demand.end());
    QList<int> chosen;
    for (int i = 0; i < demand.size() && i < Stand; ++i)
        chosen.append(demand[i].second);
    std::sort(chosen.begin(), chosen.end());
    // One table of their rows, one under the other.
    Table all = tables[chosen.first()];
    all.cells.clear();
    all.rowMinHeights.clear();
    all.rowCount = 0;
    for (int t : std::as_const(chosen)) {
        const Table &one = tables[t];
        for (Cell c : one.cells) {
            c.row += all.rowCount;
            all.cells.append(c);
        }
        QList<qreal> mins = one.rowMinHeights;
        mins.resize(one.rowCount, 0);
        all.rowMinHeights += mins;
        all.rowCount += one.rowCount;
    }
    return fitEdges(all, body, bold, metrics, &floors);
}

namespace {

// Figures (amounts) in a column end at the same place and their decimal points
// stand under each other: each one-line figure moves left by what the widest
// tail after the integer digits (".54", ".8万元", "万元") has over its own.
void alignFigures(MeasuredTable &m, const TextMeasurer &body, const TextMeasurer &bold)
{
    auto tailOf = [](const QString &text) {
        qsizetype i = 0;
        while (i < text.size() && (text[i].isDigit() || text[i] == QLatin1Char('-')))
            ++i;
        return text.mid(i);
    };
    QHash<quint64, qreal> widest; // column and span → widest tail
    auto key = [](const Cell &c) { return (quint64(c.column) << 32) | quint32(c.columnSpan); };
    for (qsizetype i = 0; i < m.table.cells.size(); ++i) {
        const Cell &c = m.table.cells[i];
        if (!c.figure || m.texts[i].lines != 1 || m.texts[i].runs.size() != 1)
            continue;
        const qreal w = (c.bold ? bold : body).textWidth(tailOf(c.text));
        widest[key(c)] = std::max(widest.value(key(c)), w);
    }
    for (qsizetype i = 0; i < m.table.cells.size(); ++i) {
        const Cell &c = m.table.cells[i];
        if (!c.figure || m.texts[i].lines != 1 || m.texts[i].runs.size() != 1)
            continue;
        TextRun &r = m.texts[i].runs.first();
        const qreal shift = widest.value(key(c)) - (c.bold ? bold : body).textWidth(tailOf(c.text));
        r.x = std::max<qreal>(0, r.x - shift);
    }
}

// Row heights hold the tallest of their cells; a cell spanning rows that
// needs more than they have together enlarges the last of them.
void setRowHeights(MeasuredTable &m)
{
    const Table &table = m.table;
    m.rowHeights = QList<qreal>(table.rowCount, table.minRowHeight);
    for (int r = 0; r < table.rowCount && r < table.rowMinHeights.size(); ++r)
        m.rowHeights[r] = std::max(m.rowHeights[r], table.rowMinHeights[r]);
    for (int i = 0; i < table.cells.size(); ++i)
        if (table.cells[i].rowSpan == 1)
            m.rowHeights[table.cells[i].row] = std::max(m.rowHeights[table.cells[i].row], m.textHeight(i));
    for (int i : spanningShortestFirst(table)) {
        const Cell &c = table.cells[i];
        qreal have = 0;
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            have += m.rowHeights[r];
        const qreal need = m.textHeight(i);
        if (need > have + LayoutEps)
            m.rowHeights[c.row + c.rowSpan - 1] += need - have;
    }
}

} // namespace

MeasuredTable measureTable(
    const Table &table, const TextMeasurer &body, const TextMeasurer &bold, const CellMetrics &metrics)
{
    MeasuredTable m;
    m.table = fitColumns(table, body, bold, metrics);
    m.metrics = metrics;
    m.lineHeight = body.lineHeight() * metrics.lineSpacing;
    m.texts.reserve(table.cells.size());
    for (const Cell &c : m.table.cells) {
        qreal width = 0;
        for (int k = c.column; k < c.column + c.columnSpan && k < m.table.columnWidths.size(); ++k)
            width += m.table.columnWidths[k];
        const TextMeasurer &measurer = c.bold ? bold : body;
        m.texts.append(measurer.measure(c, width - 2 * metrics.paddingH));
    }
    alignFigures(m, body, bold);
    setRowHeights(m);
    m.index();
    return m;
}

MeasuredTable withMetrics(MeasuredTable m, const CellMetrics &metrics, qreal minRowHeight, const TextMeasurer &body)
{
    Q_ASSERT(qFuzzyCompare(m.metrics.paddingH, metrics.paddingH)); // the lines stay as they were broken
    m.metrics = metrics;
    m.lineHeight = body.lineHeight() * metrics.lineSpacing;
    m.table.minRowHeight = minRowHeight;
    setRowHeights(m);
    return m;
}

} // namespace jixiao::print
