// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"
#include "sourcegrid.h"

#include <QCoreApplication>
#include <QStringList>

namespace jixiao::office {

struct ImportResult
{
    Filing filing;
    // Each thing of the source that could not be placed in the filing, with
    // its place: "表3 第12行: 未识别的指标行：…". Never dropped silently.
    QStringList unmapped;
    // What the user should know but need not act on (macros ignored, …).
    QStringList notes;
};

// Finds the three kinds of table (部门整体支出绩效目标表, 专项资金绩效目标汇总表,
// 支出方向绩效目标表) by their titles and labels, wherever they are, and fills
// a filing from them.
class FormMapper
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::FormMapper)

public:
    // False (with a message) when the rows hold none of the tables.
    static bool map(const QList<SourceRow> &rows, ImportResult *result, QString *error);
};

} // namespace jixiao::office
