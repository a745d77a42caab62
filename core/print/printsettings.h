// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace jixiao {

// Which pages the footer's "第 N 页 共 M 页" counts.
enum class PageNumbers {
    Document, // the whole printout
    Table, // each table on its own, from 1
    TableAndDocument, // the table's, then the printout's: 第 1 页 共 2 页（总第 3 页 共 5 页）
};

// How the official tables are printed. The font families are always named
// explicitly: Qt's own fallback depends on the locale, and QPdfWriter builds a
// PDF's ToUnicode map by reversing the font's character map, which with
// Noto/Source Han CJK (OpenType CFF) turns 门 支 目 金 into Kangxi radicals and
// drops digits: the page looks right but its text cannot be searched or copied.
struct PrintSettings
{
    // Empty = automatic: the first installed of the candidates below.
    QString titleFamily;
    QString headingFamily; // column headings, group labels, 附表N: a heavy face
    QString bodyFamily;
    qreal titlePointSize = 18;
    qreal bodyPointSize = 10.5;
    PageNumbers pageNumbers = PageNumbers::Document;
    // Detail lines' amounts and their 合计 with the unit ("0.8万元"), as some
    // offices write them; otherwise bare under the table's 金额单位.
    bool amountsWithUnit = false;
    bool pdfA = false; // PDF/A-1b, for archiving
};

// The families resolveFonts() picks from, best first, in groups of names of
// the same face (the first group is the form's own face):
// titles   方正小标宋简体 → 黑体/SimHei → WenQuanYi Zen Hei → the body faces;
// headings 黑体/SimHei → WenQuanYi Zen Hei → the body faces;
// body     仿宋/FangSong → 宋体/SimSun → AR PL UMing CN → WenQuanYi Zen Hei.
// On Windows SimHei, FangSong and SimSun are TrueType and always there; on
// Debian fonts-wqy-zenhei and fonts-arphic-uming extract exactly from Qt's PDFs.
QList<QStringList> titleFamilyGroups();
QList<QStringList> headingFamilyGroups();
QList<QStringList> bodyFamilyGroups();
QStringList titleFamilyCandidates(); // the groups, flattened
QStringList headingFamilyCandidates();
QStringList bodyFamilyCandidates();

// Fills in (or replaces, where not installed or a Noto CJK face) the families
// with installed ones; sizes are clamped to 6–36 pt. A family left empty means
// no usable Chinese font is installed. Needs a QGuiApplication.
PrintSettings resolveFonts(const PrintSettings &wanted);

// Whether a family's text survives QPdfWriter's ToUnicode map (Noto CJK does not).
bool isUsablePrintFamily(const QString &family);
// Whether an installed family has a real bold style (never Qt's synthesized
// one: that draws the text twice, and MuPDF and Ghostscript extract it twice).
bool hasBoldStyle(const QString &family);
// Whether titles and headings in `family` stand out from the body: a heavy
// face (小标宋, 黑体) or one with a real bold style.
bool isHeavyFamily(const QString &family);

// In words for the user, one sentence each: where resolveFonts(wanted) prints
// with another face than the one asked for or the form's own (方正小标宋简体,
// 黑体, 仿宋), and where titles or headings get no heavy face. Empty when every
// face is the intended one. Needs a QGuiApplication.
QStringList fontFallbackNotices(const PrintSettings &wanted);

} // namespace jixiao
