// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace jixiao {

// How the official tables are printed. The font families are always named
// explicitly: Qt's own fallback depends on the locale and, with Noto CJK,
// produces PDFs whose text cannot be searched (see shared/toolchain.md).
struct PrintSettings
{
    QString titleFamily; // empty = the defaults chosen by resolveFonts()
    QString bodyFamily;
    qreal titlePointSize = 18;
    qreal bodyPointSize = 10.5;
    bool pdfA = false; // PDF/A-1b, for archiving
};

// The installed families, best first, that resolveFonts() picks from.
QStringList titleFamilyCandidates(); // 方正小标宋简体 → SimSun/宋体 → AR PL UMing CN
QStringList bodyFamilyCandidates(); // FangSong/仿宋 → SimSun/宋体 → AR PL UMing CN

// Fills in (or replaces, where not installed or a Noto CJK face) the families
// with installed ones; sizes are clamped to 6–36 pt. A family left empty means
// no usable Chinese font is installed. Needs a QGuiApplication.
PrintSettings resolveFonts(const PrintSettings &wanted);

// Whether a family's text survives QPdfWriter's ToUnicode map (Noto CJK does not).
bool isUsablePrintFamily(const QString &family);

} // namespace jixiao
