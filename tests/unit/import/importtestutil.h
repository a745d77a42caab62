// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/officeimport.h"
#include "model/jsonio.h"
#include "print/officialtables.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace jixiao::testing {

// Field by field: the interchange JSON of both, so a difference shows as a
// line diff naming the field.
inline void expectSameFiling(const Filing &expected, const Filing &actual)
{
    EXPECT_EQ(FilingJson::toJson(expected).toStdString(), FilingJson::toJson(actual).toStdString());
    EXPECT_TRUE(expected == actual);
}

// The forms print indicators grouped by the scheme's 一级/二级; a filing read
// back from them has them in that order.
inline Filing inPrintOrder(Filing f)
{
    auto reorder = [&](QList<Indicator> &list) {
        QList<Indicator> out;
        for (const print::IndicatorLine &l : print::indicatorLines(list, f.effectiveScheme()))
            out.append(*l.indicator);
        list = out;
    };
    reorder(f.overview.indicators);
    for (Fund &fund : f.funds)
        for (Direction &d : fund.directions)
            reorder(d.indicators);
    return f;
}

} // namespace jixiao::testing
