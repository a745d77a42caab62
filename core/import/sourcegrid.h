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
    int part = 0; // the sheet (1, 2, …) the row is on; 0 in a document
    bool paragraph = false; // a document's paragraph, not a table row
    // What the reader could not read in this row, each with its cell
    // ("C7: the formula … was not computed"); the mapper reports them all.
    QStringList problems;
    bool isBlank() const;
    // The text in `column`'s cell, "" where no cell or a continued one covers it.
    QString textAt(int column) const;
    const GridCell *cellAt(int column) const;
};

class OfficeReader
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::OfficeReader)

public:
    // Far above any form (the 500-direction export holds 60,000 cells), far
    // below what would exhaust an office PC.
    static constexpr qint64 MaxCells = 1'000'000; // in all sheets
    static constexpr qint64 MaxCellText = 32'767; // characters: Excel's own limit per cell
    static constexpr qint64 MaxSharedStrings = 1'000'000;
    static constexpr qint64 MaxTotalText = 32'000'000; // characters in all cells, shared strings counted per use

    // word/document.xml of a .docx: every top-level paragraph and table row,
    // in document order.
    static bool readDocx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error);
    // Every visible sheet of a .xlsx, in workbook order (a part named twice
    // is read once), with merged ranges; hidden rows, columns and sheets are
    // left out (with a note). Formulas without a stored result are computed
    // (xlsxformula.h) or reported in their row. Memory follows what the file
    // holds, never the dimensions or references it declares; the limits
    // below refuse the rest.
    static bool readXlsx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error);
};

// A number as a workbook stores it — the shortest text of a binary double,
// sometimes with an exponent ("0.70000000000000007", "1.5E-2") — as the
// amount it stands for: rounded to 6 decimals (half to even) in decimal,
// never through a double. Other text is returned as it is.
QString excelNumberText(const QString &stored);

} // namespace jixiao::office
