// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace jixiao::print {

// QPdfWriter writes each font's ToUnicode map with ranges whose targets are
// arrays ("<0001> <00FF> [<9644> <8868> …]"). That is valid PDF, but
// Ghostscript 10.0's PDF interpreter (Debian 12's) misreads it and extracts
// the text as Latin-1 garbage. This spells those ranges out one code each
// (bfchar), which every reader understands, maps a glyph the map sends to a
// control character (the space glyph of a face that draws the tab with it,
// read as TAB) to the space, and corrects the stream lengths,
// the cross-reference table and startxref. A PDF laid out otherwise than
// QPdfWriter lays it out is left as it is; returns whether anything changed.
bool spellOutToUnicodeRanges(QByteArray *pdf);

} // namespace jixiao::print
