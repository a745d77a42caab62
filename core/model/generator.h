// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing.h"

#include <QtGlobal>

// Deterministic generator of large, realistic filings (Chinese text of the
// seed's kind, amounts that add up) for tests and benchmarks.
namespace jixiao {

struct GeneratorOptions
{
    quint32 seed = 2023;
    int fiscalYear = 2023;
    int funds = 0; // 0 = about one fund per 5 directions
    int directions = 500;
    int indicatorsPerDirection = 12;
    int detailsPerDirection = 10;
    int projects = 0; // 项目支出绩效目标申报表, alternately in the Hunan and the national layout
    IndicatorSchemeId scheme = IndicatorSchemeId::Hunan2023;

    // Planted defects, each exactly once, for tests of the checks.
    bool plantDetailSumMismatch = false; // a direction's amount ≠ Σ details
    bool plantBasisMismatch = false; // a basis "4 × 0.2 = 0.8" on a 0.7 row
    bool plantStaleYear = false; // "<year-1>年全年" in a 时效 value
    bool plantTargetConflict = false; // 9.31% in a goal, 9.30% in an indicator
};

Filing generateFiling(const GeneratorOptions &options = {});

} // namespace jixiao
