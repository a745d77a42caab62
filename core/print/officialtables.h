// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"
#include "model/filing.h"
#include "tablemodel.h"

// The official tables as printed grids: the forms' one description
// (core/form) placed on the grid of a Table.
namespace jixiao::print {

// Width of the tables in millimetres: A4 portrait less 15 mm margins.
constexpr qreal OfficialTableWidth = 180.0;

// A form placed on a grid: columns at every distinct edge of its rows,
// cells in the form's order (table.cells[i] is the i-th cell of the form,
// counted row by row).
Table tableOf(const form::Form &form);

// Each cell of `form` with its place in `table` (= tableOf(form)), in the
// form's order: what the editor's grid and the tests read the grid through.
struct PlacedCell
{
    int formRow; // index into form.rows
    const form::Cell *cell;
    const Cell *grid;
};
QList<PlacedCell> placeCells(const form::Form &form, const Table &table);

Table buildOverviewTable(const Filing &filing); // 部门整体支出绩效目标表 (附表1)
Table buildSummaryTable(const Filing &filing); // 区级专项资金绩效目标汇总表
Table buildDirectionTable(
    const Filing &filing, int fund, int direction, bool amountsWithUnit = false); // 支出方向绩效目标表

using form::IndicatorLine;
using form::indicatorLines;

} // namespace jixiao::print
