// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"
#include "tablemodel.h"

// The three official tables as grids, cell for cell as in the seed form
// (shared/seeds/000_6808878cfb96c349.txt). The Chinese words are the form's
// own (data, not UI text).
namespace jixiao::print {

// Width of the tables in millimetres: A4 portrait less 15 mm margins.
constexpr qreal OfficialTableWidth = 180.0;

Table buildOverviewTable(const Filing &filing); // 部门整体支出绩效目标表 (附表1)
Table buildSummaryTable(const Filing &filing); // 区级专项资金绩效目标汇总表
Table buildDirectionTable(const Filing &filing, int fund, int direction); // 支出方向绩效目标表

// Indicators in print order with their merged 一级/二级 cells: grouped by the
// scheme's order (the satisfaction row under 效益 for hunan-2023, under its own
// 满意度指标 for the MOF schemes), otherwise in the order they were written.
struct IndicatorLine
{
    const Indicator *indicator = nullptr;
    QString level1Text; // what the 一级 cell shows (from the data; the scheme's name if blank)
    int level1Span = 0; // rows the 一级 cell spans from here, 0 = covered from above
    int level2Span = 0;
};
QList<IndicatorLine> indicatorLines(const QList<Indicator> &indicators, IndicatorSchemeId scheme);

// "单位负责人签字：…\n\n\n填表人：…\t联系电话：…"
QString signatureText(const Department &department);

} // namespace jixiao::print
