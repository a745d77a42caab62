// SPDX-License-Identifier: GPL-3.0-or-later
#include "linebreak.h"

#include <QStringView>

#include <algorithm>

namespace jixiao::print {

namespace {

constexpr char32_t ClosingMarks[] = {U'，', U'。', U'、', U'；', U'：', U'？', U'！', U'”', U'’', U'）', U'》', U'】',
    U'〕', U'］', U'｝', U'〉', U'」', U'』', U'〗', U'〙', U'…', U'·', U'・', U'％', U'‰', U'℃', U'．', U'｡', U'ー',
    U'々', U'〜', U',', U'.', U';', U':', U'?', U'!', U')', U']', U'}', U'%'};
constexpr char32_t OpeningMarks[]
    = {U'“', U'‘', U'（', U'《', U'【', U'〔', U'［', U'｛', U'〈', U'「', U'『', U'〖', U'〘', U'(', U'[', U'{'};
// Glued to the number after them: ≥95%, ±5%, ￥300.
constexpr char32_t NumberPrefixes[]
    = {U'≥', U'≤', U'＞', U'＜', U'>', U'<', U'±', U'＋', U'+', U'－', U'-', U'￥', U'¥', U'$', U'~', U'～', U'≈'};
// What a number is written with, including its inner separators (19.54, 1-12, 3:00, 1/2).
bool isDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}
bool isLatin(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'Ａ' && c <= U'Ｚ')
        || (c >= U'ａ' && c <= U'ｚ') || (c >= 0xC0 && c <= 0x24F) || c == U'_';
}
bool isInnerSeparator(char32_t c)
{
    return c == U'.' || c == U',' || c == U'-' || c == U':' || c == U'/' || c == U'．' || c == U'／' || c == U'－'
        || c == U'~' || c == U'～' || c == U'—' || c == U'–';
}
// A run of these is one numeral (序号 三十五, 十四五).
bool isChineseNumeral(char32_t c)
{
    static constexpr char32_t n[]
        = {U'〇', U'零', U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'百', U'千'};
    return std::find(std::begin(n), std::end(n), c) != std::end(n);
}
constexpr int MaxChineseNumeral = 5;

// Units written after a number, longest first within each leading character.
const QStringList &unitWords()
{
    static const QStringList words = [] {
        QStringList w {QStringLiteral("平方公里"), QStringLiteral("平方米"), QStringLiteral("立方米"),
            QStringLiteral("万平方米"), QStringLiteral("万元"), QStringLiteral("亿元"), QStringLiteral("千元"),
            QStringLiteral("百元"), QStringLiteral("万人次"), QStringLiteral("万人"), QStringLiteral("万户"),
            QStringLiteral("万吨"), QStringLiteral("万亩"), QStringLiteral("万台"), QStringLiteral("万件"),
            QStringLiteral("万册"), QStringLiteral("万个"), QStringLiteral("人次"), QStringLiteral("个月"),
            QStringLiteral("季度"), QStringLiteral("年度"), QStringLiteral("小时"), QStringLiteral("分钟"),
            QStringLiteral("公里"), QStringLiteral("千米"), QStringLiteral("公斤"), QStringLiteral("千克"),
            QStringLiteral("工作日"), QStringLiteral("个工作日"), QStringLiteral("元"), QStringLiteral("万"),
            QStringLiteral("亿"), QStringLiteral("年"), QStringLiteral("月"), QStringLiteral("日"),
            QStringLiteral("号"), QStringLiteral("天"), QStringLiteral("周"), QStringLiteral("岁"),
            QStringLiteral("个"), QStringLiteral("人"), QStringLiteral("次"), QStringLiteral("家"),
            QStringLiteral("项"), QStringLiteral("台"), QStringLiteral("套"), QStringLiteral("件"),
            QStringLiteral("户"), QStringLiteral("份"), QStringLiteral("篇"), QStringLiteral("场"),
            QStringLiteral("所"), QStringLiteral("条"), QStringLiteral("名"), QStringLiteral("位"),
            QStringLiteral("间"), QStringLiteral("座"), QStringLiteral("辆"), QStringLiteral("吨"),
            QStringLiteral("米"), QStringLiteral("亩"), QStringLiteral("册"), QStringLiteral("本"),
            QStringLiteral("期"), QStringLiteral("批"), QStringLiteral("处"), QStringLiteral("种"),
            QStringLiteral("类"), QStringLiteral("倍"), QStringLiteral("级"), QStringLiteral("度"),
            QStringLiteral("分"), QStringLiteral("万"), QStringLiteral("点"), QStringLiteral("秒"),
            QStringLiteral("克"), QStringLiteral("张"), QStringLiteral("部"), QStringLiteral("支"),
            QStringLiteral("株"), QStringLiteral("栋"), QStringLiteral("块"), QStringLiteral("片")};
        std::stable_sort(w.begin(), w.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

bool isSlash(char32_t c)
{
    return c == U'/' || c == U'／';
}

bool isIdeograph(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == U'〇';
}

struct Decoded
{
    QList<char32_t> chars;
    QList<int> offsets; // chars[i] starts at offsets[i] in the QString; offsets[n] = length
};

Decoded decode(QStringView s)
{
    Decoded d;
    d.chars.reserve(s.size());
    d.offsets.reserve(s.size() + 1);
    for (int i = 0; i < s.size();) {
        d.offsets.append(i);
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            d.chars.append(QChar::surrogateToUcs4(c, s[i + 1]));
            i += 2;
        } else {
            d.chars.append(c.unicode());
            ++i;
        }
    }
    d.offsets.append(int(s.size()));
    return d;
}

// The end of the unit starting at code point i (an ideograph): the longest
// unit word there, else the one character (a measure word the list lacks).
int afterUnit(const QString &paragraph, const Decoded &d, int i)
{
    const QStringView rest = QStringView(paragraph).mid(d.offsets[i]);
    for (const QString &w : unitWords())
        if (rest.startsWith(w))
            return i + int(w.size()); // unit words are in the basic plane
    return i + 1;
}

bool in(const char32_t *begin, const char32_t *end, char32_t c)
{
    return std::find(begin, end, c) != end;
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == 0xA0;
}

// A unit wider than the line cut between characters, as little as possible.
QList<BrokenLine> cutUnit(const QString &paragraph, int start, int end, qreal width, const WidthOf &widthOf)
{
    constexpr qreal Eps = 1e-6;
    QList<BrokenLine> lines;
    const Decoded d = decode(QStringView(paragraph).mid(start, end - start));
    int from = 0;
    const int chars = int(d.chars.size());
    while (from < chars) {
        int to = from + 1;
        while (to < chars && widthOf(start + d.offsets[from], d.offsets[to + 1] - d.offsets[from]) <= width + Eps)
            ++to;
        // Even here no line starts with a closing mark (it hangs past the
        // edge) or ends with an opening one.
        while (to - from > 1 && to < chars && isOpeningMark(d.chars[to - 1]))
            --to;
        while (to < chars && isClosingMark(d.chars[to]))
            ++to;
        const int s = start + d.offsets[from];
        const int len = d.offsets[to] - d.offsets[from];
        lines.append({s, len, widthOf(s, len), true});
        from = to;
    }
    return lines;
}

} // namespace

bool isClosingMark(char32_t c)
{
    return in(std::begin(ClosingMarks), std::end(ClosingMarks), c) || c == U'—';
}

bool isOpeningMark(char32_t c)
{
    return in(std::begin(OpeningMarks), std::end(OpeningMarks), c);
}

QList<BreakUnit> breakUnits(const QString &paragraph)
{
    const Decoded d = decode(paragraph);
    const QList<char32_t> &c = d.chars;
    const int n = int(c.size());
    // Units as [first, last) in code points first; offsets at the end.
    struct U
    {
        int first, last;
        bool space;
    };
    QList<U> units;
    int i = 0;
    bool openPending = false; // the last unit holds only opening marks and prefixes
    while (i < n) {
        const int first = i;
        if (isSpace(c[i])) {
            while (i < n && isSpace(c[i]))
                ++i;
            units.append({first, i, true});
            openPending = false;
            continue;
        }
        // Closing marks (and a dash, an ellipsis or a slash) never start a line: glued to what is before.
        if ((isClosingMark(c[i]) || c[i] == U'—' || isSlash(c[i])) && !units.isEmpty() && !units.last().space) {
            while (i < n && (isClosingMark(c[i]) || c[i] == U'—' || isSlash(c[i])))
                ++i;
            units.last().last = i;
            continue;
        }
        // Opening marks and a number's sign never end a line: glued to what follows.
        const bool prefix = in(std::begin(NumberPrefixes), std::end(NumberPrefixes), c[i]) && i + 1 < n
            && (isDigit(c[i + 1]) || in(std::begin(NumberPrefixes), std::end(NumberPrefixes), c[i + 1]));
        if (isOpeningMark(c[i]) || prefix) {
            ++i;
            if (openPending)
                units.last().last = i;
            else
                units.append({first, i, false});
            openPending = i < n;
            continue;
        }
        if (isDigit(c[i]) || isLatin(c[i])) {
            bool number = isDigit(c[i]);
            while (i < n) {
                if (isDigit(c[i]) || isLatin(c[i])) {
                    number = number || isDigit(c[i]);
                    ++i;
                } else if (isInnerSeparator(c[i]) && i + 1 < n && (isDigit(c[i + 1]) || isLatin(c[i + 1]))) {
                    ++i;
                } else {
                    break;
                }
            }
            if (number && isDigit(c[i - 1])) {
                if (i < n && (c[i] == U'%' || c[i] == U'％' || c[i] == U'‰' || c[i] == U'℃')) {
                    ++i;
                } else if (i < n && isIdeograph(c[i])) {
                    // A number is never parted from the unit or measure word after it.
                    i = afterUnit(paragraph, d, i);
                    // A compound unit is one word with its slashes: 万元/份, 元/人次, 次/年, 元/平方米.
                    while (i + 1 < n && isSlash(c[i]) && isIdeograph(c[i + 1]))
                        i = afterUnit(paragraph, d, i + 1);
                }
            }
        } else if (isChineseNumeral(c[i])) {
            while (i < n && isChineseNumeral(c[i]) && i - first < MaxChineseNumeral)
                ++i;
        } else {
            ++i;
        }
        if (openPending)
            units.last().last = i;
        else
            units.append({first, i, false});
        openPending = false;
    }
    QList<BreakUnit> out;
    out.reserve(units.size());
    for (const U &u : units)
        out.append({d.offsets[u.first], d.offsets[u.last] - d.offsets[u.first], u.space});
    return out;
}

int countLines(const QString &paragraph, const QList<BreakUnit> &units, const QList<qreal> &x, qreal width, int *forced)
{
    constexpr qreal Eps = 1e-6;
    const int n = int(units.size());
    int lines = 0;
    int u = 0;
    while (u < n) {
        while (u < n && units[u].space && lines > 0)
            ++u;
        if (u >= n)
            break;
        const int first = u;
        const qreal left = x[units[u].start];
        int last = u;
        while (last < n) {
            const qreal right = x[units[last].start + units[last].length];
            if (!units[last].space && right - left > width + Eps && last > first)
                break;
            ++last;
        }
        const BreakUnit &only = units[first];
        if (last - first == 1 && x[only.start + only.length] - left > width + Eps) {
            const int pieces
                = int(cutUnit(paragraph, only.start, only.start + only.length, width, [&x](int start, int length) {
                      return x[start + length] - x[start];
                  }).size());
            lines += pieces;
            if (forced)
                *forced += pieces;
        } else {
            ++lines;
        }
        u = last;
    }
    return lines;
}

QList<BreakUnit> wordUnits(const QString &paragraph, const QList<int> &breaks)
{
    QList<BreakUnit> out;
    int from = 0;
    for (int b : breaks)
        if (b > from && b < paragraph.size()) {
            out.append({from, b - from, false});
            from = b;
        }
    if (from < paragraph.size())
        out.append({from, int(paragraph.size()) - from, false});
    return out;
}

int justificationGaps(QStringView line)
{
    int chars = 0;
    for (QChar c : line)
        if (!c.isLowSurrogate())
            ++chars;
    return std::max(0, chars - 1);
}

QList<BrokenLine> breakLines(const QString &paragraph, qreal width, const WidthOf &widthOf)
{
    if (paragraph.isEmpty())
        return {};
    return breakLines(paragraph, breakUnits(paragraph), width, widthOf);
}

QList<BrokenLine> breakLines(
    const QString &paragraph, const QList<BreakUnit> &units, qreal width, const WidthOf &widthOf)
{
    QList<BrokenLine> lines;
    if (paragraph.isEmpty() || units.isEmpty())
        return lines;
    constexpr qreal Eps = 1e-6;
    // Lines as ranges of units [first, last).
    struct L
    {
        int first, last;
    };
    QList<L> ranges;
    int u = 0;
    const int n = int(units.size());
    while (u < n) {
        while (u < n && units[u].space && !ranges.isEmpty())
            ++u; // no line starts with the space a break ate
        if (u >= n)
            break;
        const int first = u;
        const int start = units[u].start;
        int last = u;
        while (last < n) {
            const int end = units[last].start + units[last].length;
            if (!units[last].space && widthOf(start, end - start) > width + Eps && last > first)
                break;
            ++last;
        }
        ranges.append({first, last});
        u = last;
    }
    auto contentEnd = [&](const L &l) { // the line's end without trailing spaces
        int last = l.last;
        while (last > l.first + 1 && units[last - 1].space)
            --last;
        return units[last - 1].start + units[last - 1].length;
    };
    // A lone character on the last line: take one unit down from the line above
    // when both still fit and the line above loses little.
    if (ranges.size() >= 2) {
        L &last = ranges.last();
        L &prev = ranges[ranges.size() - 2];
        const BreakUnit &only = units[last.first];
        const QStringView text = QStringView(paragraph).mid(only.start, only.length);
        int letters = 0;
        for (QChar ch : text)
            if (!ch.isLowSurrogate() && !isClosingMark(ch.unicode()) && !isOpeningMark(ch.unicode()))
                ++letters;
        int donor = prev.last - 1;
        while (donor > prev.first && units[donor].space)
            --donor;
        if (last.last - last.first == 1 && letters <= 1 && donor - prev.first >= 3) {
            const int prevStart = units[prev.first].start;
            const qreal prevWidth = widthOf(prevStart, contentEnd(prev) - prevStart);
            const qreal shorter = widthOf(prevStart, units[donor - 1].start + units[donor - 1].length - prevStart);
            const qreal moved = widthOf(units[donor].start, contentEnd(last) - units[donor].start);
            if (moved <= width + Eps && shorter >= 0.8 * prevWidth) {
                prev.last = donor;
                last.first = donor;
            }
        }
    }
    // A short label on two lines (产出指标 in a narrow column) is balanced:
    // 产出 / 指标, not 产出指 / 标. Without a dictionary the words are taken
    // to be pairs of characters, so a balanced break never leaves an odd
    // number of single characters above it: 工业经济 / 运行, not 工业经 / 济运行.
    if (ranges.size() == 2 && units.size() <= 8) {
        L &top = ranges[0];
        L &bottom = ranges[1];
        auto widthOfRange = [&](int first, int last) {
            return widthOf(units[first].start, units[last - 1].start + units[last - 1].length - units[first].start);
        };
        auto single = [&](int u) { return !units[u].space && units[u].length == 1; };
        auto insidePair = [&](int at) { // a break before unit `at` parts two single characters
            if (at <= 0 || at >= n || !single(at - 1) || !single(at))
                return false;
            int run = 0;
            for (int u = at - 1; u >= 0 && single(u); --u)
                ++run;
            return run % 2 == 1;
        };
        int best = top.last, balanced = top.last;
        for (int at = top.last - 1; at - top.first >= 1 && !units[at].space
             && widthOfRange(top.first, at) >= widthOfRange(at, bottom.last) - Eps;
             --at) {
            balanced = at;
            if (!insidePair(at))
                best = at;
        }
        // Better a pair parted than one character alone (项目实/施期, not 项目实施/期).
        if (best == top.last && bottom.last - bottom.first == 1 && single(bottom.first))
            best = balanced;
        top.last = best;
        bottom.first = best;
    }
    lines.reserve(ranges.size());
    for (const L &l : ranges) {
        const int start = units[l.first].start;
        const int end = contentEnd(l);
        const qreal w = widthOf(start, end - start);
        if (w <= width + Eps || l.last - l.first > 1) {
            lines.append({start, end - start, w, false});
            continue;
        }
        lines.append(cutUnit(paragraph, start, end, width, widthOf)); // one unit wider than the line
    }
    return lines;
}

} // namespace jixiao::print
