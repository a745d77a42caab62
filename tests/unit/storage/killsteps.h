// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"
#include "model/generator.h"

// The writer of the kill test and the test itself agree on the filing after
// every step: step k is f(k) = edit(f(k-1), k), and department.phone says k.
namespace jixiao::test {

inline Filing killBase()
{
    GeneratorOptions o;
    o.directions = 20;
    o.indicatorsPerDirection = 6;
    o.detailsPerDirection = 5;
    o.seed = 99;
    Filing f = generateFiling(o);
    f.department.phone = QStringLiteral("0");
    return f;
}

inline int killStepOf(const Filing &f)
{
    return f.department.phone.value_or(QString()).toInt();
}

inline Filing killStep(Filing f, int k)
{
    f.department.phone = QString::number(k);
    Fund &first = f.funds.first();
    Direction &d = first.directions[k % first.directions.size()];
    if (!d.details.isEmpty())
        d.details[k % d.details.size()].amount = Money::fromMicros(qint64(k) * 10'000);
    if (k % 3 == 0)
        f.overview.workPlan.append(
            WorkPlanItem {QStringLiteral("事项%1").arg(k), QStringLiteral("科室"), QStringLiteral("目标%1").arg(k)});
    if (k % 5 == 0 && !f.overview.workPlan.isEmpty())
        f.overview.workPlan.removeFirst();
    if (k % 7 == 0)
        d.details.append(DetailLine {QStringLiteral("新增%1").arg(k), QString(), Money::fromUnits(k % 13), QString()});
    if (k % 11 == 0 && d.details.size() > 1)
        d.details.removeLast();
    if (k % 13 == 0) {
        // A direction at the front: every row after it is rewritten.
        Direction copy = first.directions.last();
        copy.name = QStringLiteral("插入的方向%1").arg(k);
        first.directions.prepend(copy);
    }
    if (k % 17 == 0 && first.directions.size() > 3)
        first.directions.removeLast();
    if (k % 19 == 0)
        for (Indicator &ind : f.funds.last().directions.first().indicators)
            ind.value = QStringLiteral("≥%1%").arg(k % 100);
    if (k % 29 == 0) {
        Fund fund;
        fund.name = QStringLiteral("专项%1").arg(k);
        fund.directions = f.funds.last().directions.mid(0, 2);
        f.funds.append(fund);
    }
    if (k % 31 == 0 && f.funds.size() > 2)
        f.funds.removeLast();
    return f;
}

} // namespace jixiao::test
