// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/money.h"

#include <QCoreApplication>
#include <QString>

// The formulas a clerk's sheet uses for its totals, computed when a workbook
// stores no result for them (files written by generators and some tools):
// numbers, references to cells of this and other sheets, SUM over ranges and
// lists, + − × ÷, unary minus, percent, parentheses, ROUND. Exact decimals
// (Money's millionths) throughout, never a double; a quotient is rounded at
// 6 decimals, half to even, as a stored number would be.
namespace jixiao::office {

class FormulaCells
{
public:
    virtual ~FormulaCells() = default;
    // The number in a cell (`sheet` empty: the formula's own sheet); an empty
    // cell is nullopt. False with the reason for text or a cell that cannot
    // be computed itself.
    virtual bool number(const QString &sheet, int row, int column, std::optional<Money> *out, QString *why) = 0;
    // The sum of the numbers in a range; text and empty cells count as
    // nothing, as in Excel.
    virtual bool sum(const QString &sheet, int row0, int column0, int row1, int column1, Money *out, QString *why) = 0;
};

class XlsxFormula
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::XlsxFormula)

public:
    // `formula` as stored in <f>, without "=".
    static bool evaluate(QStringView formula, FormulaCells &cells, Money *out, QString *why);
};

// "BC12" (or "$BC$12") → row 11, column 54 (0-based); false for anything else.
bool parseCellReference(QStringView ref, int *row, int *column);
// Column 54 → "BC".
QString columnName(int column);

} // namespace jixiao::office
