// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

// Chinese line breaking as a typesetter of official documents does it
// (GB/T 15834 punctuation, the usual kinsoku rules), independent of fonts:
// the text is cut into units a line may not break inside, then lines are
// filled greedily and a lone character on a paragraph's last line is avoided.
namespace jixiao::print {

// No line starts with these (，。、；：？！”’）》】… and their ASCII forms).
bool isClosingMark(char32_t c);
// No line ends with these (“‘（《【…).
bool isOpeningMark(char32_t c);

// An indivisible piece of a paragraph: one ideograph with the marks glued to
// it, a Latin word, a number with its sign and unit (≥95%, 0.5万元, 2023年,
// 1-12月), a Chinese numeral (三十五), or a breakable space.
struct BreakUnit
{
    int start = 0;
    int length = 0;
    bool space = false; // dropped where a line breaks
};
QList<BreakUnit> breakUnits(const QString &paragraph);
// The units of one of the form's own labels: its words, which a line breaks
// only between (`breaks`: the offsets into the paragraph where words meet,
// ascending). A label's words are whole, however narrow its column.
QList<BreakUnit> wordUnits(const QString &paragraph, const QList<int> &breaks);

struct BrokenLine
{
    int start = 0; // into the paragraph
    int length = 0;
    qreal width = 0; // natural width, without trailing spaces
    bool forced = false; // a unit wider than the line had to be cut
};

// Width of paragraph.mid(start, length) on one line.
using WidthOf = std::function<qreal(int start, int length)>;

// Lines of `paragraph` in `width`: greedy by units; a unit wider than the
// line is cut between characters (the only way a number may break); a
// paragraph whose last line would hold one character alone takes one unit
// down from the line above when that line keeps most of its fill.
QList<BrokenLine> breakLines(const QString &paragraph, qreal width, const WidthOf &widthOf);
// The same with the units already cut (breakUnits(paragraph)), for trying many widths.
QList<BrokenLine> breakLines(
    const QString &paragraph, const QList<BreakUnit> &units, qreal width, const WidthOf &widthOf);

// How many lines breakLines would give, without making them: `x` holds the
// widths of paragraph.left(i) for every i. *forced counts the lines cut out
// of a unit wider than the line.
int countLines(
    const QString &paragraph, const QList<BreakUnit> &units, const QList<qreal> &x, qreal width, int *forced);

// Characters between which a justified line spreads its slack: one less
// than the line's characters (a surrogate pair counts once).
int justificationGaps(QStringView line);

} // namespace jixiao::print
