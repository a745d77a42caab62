// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"
#include "model/filing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jixiao::office {

// The official tables as an Excel workbook: one sheet per table with the
// printout's grid (merged cells, borders, column widths), the title and
// caption lines, amounts as numbers (the unit is in the caption) and the 合计
// cells as formulas Excel and WPS recalculate.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::XlsxExport)

public:
    static bool toXlsx(const Filing &filing, QByteArray *out, QString *error);
    // Through files::SafeOutput, as every file Jixiao writes: a failed write
    // leaves an existing file as it was; a filing (draft, interchange file)
    // is never replaced by a workbook; a read-only file only with `force`.
    static bool writeFile(
        const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options = {});
};

} // namespace jixiao::office
