// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the basis parser (basisparser.cpp): the words and signs of a
// calculation basis it acts on — Chinese numerals, multiplication signs,
// result words ("合计", "共"), breaks and filler words. Inline, since the
// parser asks them for every character of every basis.
#include "textscan.h"

#include <QChar>
#include <QStringView>

namespace jixiao::basiswords {

using namespace text;

inline int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
    case u'壹':
        return 1;
    case u'二':
    case u'两':
    case u'贰':
        return 2;
    case u'三':
    case u'叁':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

inline qint64 chineseUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
    case u'拾':
        return 10;
    case u'百':
    case u'佰':
        return 100;
    case u'千':
    case u'仟':
        return 1000;
    case u'万':
        return 10'000;
    case u'亿':
        return 100'000'000;
    default:
        return 0;
    }
}

inline bool isMultiply(QStringView s, qsizetype i, qsizetype *length)
{
    const QChar c = s[i];
    const char16_t u = fold(c);
    *length = 1;
    if (u == u'*' || c == u'×' || c == u'✕' || c == u'✖' || c == u'╳')
        return true;
    if (c == u'乘') {
        if (startsWithAt(s, i, u"乘以"))
            *length = 2;
        return true;
    }
    // "0.2万元x4次": a Latin x only between numbers.
    if (u == u'x' || u == u'X') {
        const qsizetype next = skipSpaces(s, i + 1);
        qsizetype prev = i - 1;
        while (prev >= 0 && isSpace(s[prev]))
            --prev;
        return next < s.size() && prev >= 0 && (isDigit(s[next]) || chineseDigit(s[next]) >= 0)
            && !(fold(s[prev]) >= u'A' && fold(s[prev]) <= u'z');
    }
    return false;
}

inline bool isStrongBreak(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'；':
    case u';':
    case u'\n':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Words people put between "共"/"合计" and the amount.
inline qsizetype fillerAt(QStringView s, qsizetype i)
{
    static constexpr QStringView words[] = {u"需要", u"资金", u"经费", u"费用", u"金额", u"人民币", u"需", u"约", u"为",
        u"是", u"：", u":", u"达", u"支出"};
    for (QStringView w : words)
        if (startsWithAt(s, i, w))
            return w.size();
    return 0;
}

// Ideographs the parser acts on; every other one is skipped at once.
inline bool isActiveIdeograph(char16_t u)
{
    switch (u) {
    case u'每':
    case u'乘':
    case u'加':
    case u'合':
    case u'累':
    case u'总':
    case u'等':
    case u'小':
    case u'共':
    case u'计':
    case u'十':
    case u'拾':
    case u'零':
    case u'一':
    case u'二':
    case u'两':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'壹':
    case u'贰':
    case u'叁':
    case u'肆':
    case u'伍':
    case u'陆':
    case u'柒':
    case u'捌':
    case u'玖':
        return true;
    default:
        return false;
    }
}

enum class Marker { None, Result, Subtotal };

// "=", "共", "合计", … at i: which kind, and its length.
inline Marker resultMarkerAt(QStringView s, qsizetype i, qsizetype *length)
{
    const QChar c = s[i];
    *length = 1;
    // Dispatch on the first character: this runs for every character of every basis.
    switch (c.unicode()) {
    case u'=':
    case u'＝':
        return Marker::Result;
    case u'合':
    case u'累':
    case u'总':
    case u'一':
    case u'等':
    case u'小':
        break;
    case u'共':
    case u'计':
        break;
    default:
        return Marker::None;
    }
    static constexpr QStringView words[]
        = {u"合计", u"共计", u"总计", u"累计", u"总共", u"一共", u"总额", u"总金额", u"等于"};
    for (QStringView w : words)
        if (w.front() == c && startsWithAt(s, i, w)) {
            *length = w.size();
            return Marker::Result;
        }
    if (startsWithAt(s, i, u"小计")) {
        *length = 2;
        return Marker::Subtotal;
    }
    if (c == u'共' || c == u'计') {
        // Not inside a word (公共, 统计, 设计, 审计): after punctuation, a
        // number, a unit or a measure word only.
        if (i == 0)
            return Marker::Result;
        const QChar p = s[i - 1];
        if (!isCjk(p) || p == u'元' || measureWordAt(s, i - 1) > 0)
            return Marker::Result;
    }
    return Marker::None;
}

} // namespace jixiao::basiswords
