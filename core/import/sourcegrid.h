// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What a Word document or a workbook holds, reduced to rows of cells: the
// same shape for both, so one mapper reads the forms out of either.
namespace jixiao::office {

struct GridCell
{
    int column = 0; // first grid column (0-based)
    int span = 1; // grid columns covered (gridSpan, merged range)
    QString text; // paragraphs and soft breaks as "\n", trimmed
    bool continued = false; // covered by a cell merged down from above (vMerge)
};

struct SourceRow
{
    QString place; // "表3 第12行", "工作表“汇总表” 第4行": where a person finds it
    QList<GridCell> cells;
    bool isBlank() const;
    // The text in `column`'s cell, "" where no cell or a continued one covers it.
    QString textAt(int column) const;
    const GridCell *cellAt(int column) const;
};

class OfficeReader
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::OfficeReader)

public:
    // word/document.xml of a .docx: every top-level paragraph and table row,
    // in document order.
    static bool readDocx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error);
    // Every sheet of a .xlsx, in workbook order, with merged ranges.
    static bool readXlsx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error);
};

// A number as a workbook stores it — the shortest text of a binary double,
// sometimes with an exponent ("0.70000000000000007", "1.5E-2") — as the
// amount it stands for: rounded to 6 decimals (half to even) in decimal,
// never through a double. Other text is returned as it is.
QString excelNumberText(const QString &stored);

} // namespace jixiao::office
