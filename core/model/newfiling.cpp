// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/newfiling.h"

namespace jixiao {

Filing newFiling(int fiscalYear, const Preparer &preparer)
{
    Filing f;
    f.fiscalYear = fiscalYear;
    f.indicatorScheme = IndicatorSchemeId::Hunan2023;
    if (!preparer.name.isEmpty())
        f.department.preparers = preparer.name;
    if (!preparer.phone.isEmpty())
        f.department.phone = preparer.phone;
    f.overview.indicators = standardIndicatorRows(f.effectiveScheme(), false);
    return f;
}

} // namespace jixiao
