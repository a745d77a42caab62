// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/officeimport.h"
#include "import/zippackage.h"
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

// The sample with every amount in 元 (×10000), as an office working in 元 files it.
inline Filing inYuan(Filing f)
{
    auto conv = [](Amount &a) {
        if (a) {
            Money m;
            ASSERT_TRUE(a->multiply(10000, &m));
            a = m;
        }
    };
    f.amountUnit = AmountUnit::Yuan;
    Budget &b = f.overview.budget;
    for (Amount *a : {&b.total, &b.generalPublic, &b.governmentFund, &b.other, &b.basic, &b.project})
        conv(*a);
    for (Fund &fund : f.funds) {
        conv(fund.amount);
        for (Direction &d : fund.directions) {
            conv(d.amount);
            for (DetailLine &l : d.details)
                conv(l.amount);
        }
    }
    return f;
}

// A package of `entries` (a .docx or .xlsx made in the test).
inline QByteArray zip(const QList<office::ZipPackage::Entry> &entries)
{
    QByteArray out;
    QString error;
    EXPECT_TRUE(office::ZipPackage::write(entries, &out, &error)) << error.toStdString();
    return out;
}

} // namespace jixiao::testing
