// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftounicode.h"

#include <QList>

#include <algorithm>

namespace jixiao::print {

namespace {

// At most this many entries in one bfchar or bfrange block (the CMap format's limit).
constexpr int BlockLimit = 100;

struct Edit
{
    qsizetype at = 0;
    qsizetype length = 0; // replaced bytes
    QByteArray with;
};

bool hexToken(const QByteArray &s, qsizetype *pos, QByteArray *out)
{
    while (*pos < s.size() && s[*pos] == ' ')
        ++*pos;
    if (*pos >= s.size() || s[*pos] != '<')
        return false;
    const qsizetype end = s.indexOf('>', *pos);
    if (end < 0)
        return false;
    *out = s.mid(*pos + 1, end - *pos - 1);
    *pos = end + 1;
    return !out->isEmpty();
}

void appendBlocks(QByteArray *out, const char *kind, const QList<QByteArray> &entries)
{
    for (qsizetype i = 0; i < entries.size(); i += BlockLimit) {
        const qsizetype n = std::min<qsizetype>(BlockLimit, entries.size() - i);
        *out += QByteArray::number(n) + " begin" + kind + '\n';
        for (qsizetype k = i; k < i + n; ++k)
            *out += entries[k] + '\n';
        *out += "end" + QByteArray(kind) + '\n';
    }
}

// QPdfWriter reverses the font's character map, and a face that draws the
// tab and the space with one glyph gets that glyph mapped to the tab (the
// lower code): Ghostscript then reads every space as a TAB. A control
// character is never what a glyph shows: such a target becomes the space.
QByteArray spaceIfControl(const QByteArray &target)
{
    bool ok = false;
    const uint u = target.toUInt(&ok, 16);
    return ok && target.size() == 4 && u < 0x20 ? QByteArrayLiteral("0020") : target;
}

// One "N beginbfrange … endbfrange" block's lines → the same mapping with
// array ranges as single codes. False when a line is not understood.
bool rewriteRanges(const QByteArray &lines, QByteArray *out)
{
    QList<QByteArray> ranges, chars;
    for (const QByteArray &line : lines.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        qsizetype pos = 0;
        QByteArray lo, hi;
        if (!hexToken(line, &pos, &lo) || !hexToken(line, &pos, &hi))
            return false;
        bool ok = false;
        const uint first = lo.toUInt(&ok, 16);
        if (!ok)
            return false;
        const qsizetype open = line.indexOf('[', pos);
        if (open < 0) {
            QByteArray target;
            qsizetype at = pos;
            const uint last = hi.toUInt(&ok, 16);
            if (!ok || !hexToken(line, &at, &target) || target.size() != 4)
                return false;
            const uint to = target.toUInt(&ok, 16);
            if (!ok || last < first)
                return false;
            if (to + (last - first) >= 0x20) {
                ranges.append(line);
                continue;
            }
            for (uint code = first; code <= last; ++code) // a range onto control characters
                chars.append('<' + QByteArray::number(code, 16).toUpper().rightJustified(lo.size(), '0') + "> <"
                    + spaceIfControl(QByteArray::number(to + code - first, 16).toUpper().rightJustified(4, '0')) + '>');
            continue;
        }
        pos = open + 1;
        QByteArray target;
        uint code = first;
        while (hexToken(line, &pos, &target)) {
            chars.append('<' + QByteArray::number(code, 16).toUpper().rightJustified(lo.size(), '0') + "> <"
                + spaceIfControl(target) + '>');
            ++code;
        }
        if (line.indexOf(']', pos) < 0)
            return false;
    }
    appendBlocks(out, "bfrange", ranges);
    appendBlocks(out, "bfchar", chars);
    return true;
}

// A ToUnicode CMap with its array ranges spelled out and no glyph read as a
// control character, or empty when there was nothing to change.
QByteArray rewriteCMap(const QByteArray &cmap)
{
    QByteArray out;
    qsizetype from = 0;
    bool changed = false;
    for (;;) {
        const qsizetype begin = cmap.indexOf(" beginbfrange\n", from);
        if (begin < 0)
            break;
        const qsizetype lineStart = cmap.lastIndexOf('\n', begin) + 1;
        const qsizetype body = begin + qsizetype(sizeof(" beginbfrange\n")) - 1;
        const qsizetype end = cmap.indexOf("endbfrange\n", body);
        if (end < 0)
            return {};
        const QByteArray lines = cmap.mid(body, end - body);
        QByteArray block;
        if (!rewriteRanges(lines, &block))
            return {};
        const QByteArray before = cmap.mid(lineStart, end + 11 - lineStart);
        out += cmap.mid(from, lineStart - from);
        if (block == before) {
            out += before;
        } else {
            out += block;
            changed = true;
        }
        from = end + 11;
    }
    if (!changed)
        return {};
    out += cmap.mid(from);
    return out;
}

} // namespace

bool spellOutToUnicodeRanges(QByteArray *pdf)
{
    const QByteArray &in = *pdf;
    static const QByteArray lengthKey = "<< /Length ";
    static const QByteArray streamKey = " >>\nstream\n";
    QList<Edit> edits;
    for (qsizetype at = in.indexOf("/CIDInit /ProcSet findresource begin"); at >= 0;
         at = in.indexOf("/CIDInit /ProcSet findresource begin", at + 1)) {
        // QPdfWriter: "<< /Length N >>\nstream\n" right before the CMap.
        if (at < qsizetype(streamKey.size()) || in.mid(at - streamKey.size(), streamKey.size()) != streamKey)
            return false;
        const qsizetype dict = in.lastIndexOf(lengthKey, at);
        if (dict < 0)
            return false;
        const qsizetype numberAt = dict + lengthKey.size();
        const qsizetype numberEnd = at - streamKey.size();
        bool ok = false;
        const qsizetype length = in.mid(numberAt, numberEnd - numberAt).toLongLong(&ok);
        if (!ok || length <= 0 || at + length > in.size())
            return false;
        const QByteArray cmap = in.mid(at, length);
        const QByteArray rewritten = rewriteCMap(cmap);
        if (rewritten.isEmpty())
            continue;
        edits.append({numberAt, numberEnd - numberAt, QByteArray::number(rewritten.size())});
        edits.append({at, length, rewritten});
    }
    if (edits.isEmpty())
        return false;

    // The cross-reference table: "xref\n0 N\n" and N entries of 20 bytes.
    const qsizetype startxref = in.lastIndexOf("startxref\n");
    if (startxref < 0)
        return false;
    const qsizetype xrefNumberEnd = in.indexOf('\n', startxref + 10);
    bool ok = false;
    const qsizetype xref = in.mid(startxref + 10, xrefNumberEnd - startxref - 10).trimmed().toLongLong(&ok);
    if (!ok || xref <= edits.last().at || !in.mid(xref).startsWith("xref\n0 "))
        return false;
    const qsizetype countEnd = in.indexOf('\n', xref + 7);
    const int count = in.mid(xref + 7, countEnd - xref - 7).trimmed().toInt(&ok);
    const qsizetype entries = countEnd + 1;
    if (!ok || count <= 0 || entries + qsizetype(count) * 20 > startxref)
        return false;

    const auto moved = [&](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits)
            if (e.at < offset)
                delta += e.with.size() - e.length;
        return offset + delta;
    };
    QByteArray out;
    out.reserve(in.size() + in.size() / 8);
    qsizetype from = 0;
    for (const Edit &e : edits) {
        out += in.mid(from, e.at - from);
        out += e.with;
        from = e.at + e.length;
    }
    out += in.mid(from, entries - from);
    for (int i = 0; i < count; ++i) {
        QByteArray entry = in.mid(entries + qsizetype(i) * 20, 20);
        if (entry.size() != 20 || (entry[17] != 'n' && entry[17] != 'f'))
            return false;
        if (entry[17] == 'n') {
            const qsizetype offset = entry.left(10).toLongLong(&ok);
            if (!ok)
                return false;
            entry.replace(0, 10, QByteArray::number(moved(offset)).rightJustified(10, '0'));
        }
        out += entry;
    }
    const qsizetype afterEntries = entries + qsizetype(count) * 20;
    out += in.mid(afterEntries, startxref + 10 - afterEntries);
    out += QByteArray::number(moved(xref));
    out += in.mid(xrefNumberEnd);
    *pdf = std::move(out);
    return true;
}

} // namespace jixiao::print
