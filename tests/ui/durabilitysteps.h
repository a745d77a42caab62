// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"
#include "model/jsonpointer.h"

#include <QString>

// The edits the kill tests' child makes, commit by commit: amounts and texts
// in turn, in the sample's first direction of its second fund.
namespace jixiao::test {

inline constexpr int DurabilityFund = 1;
inline constexpr int DurabilityDirection = 0;
inline constexpr int DurabilityCells = 4;

inline QString durabilityPointer(int k)
{
    const int i = k % DurabilityCells;
    const QString detail
        = QStringLiteral("/funds/%1/directions/%2/details/%3/").arg(DurabilityFund).arg(DurabilityDirection).arg(i / 2);
    return detail + (i % 2 == 0 ? QStringLiteral("amount") : QStringLiteral("item"));
}

// What commit k writes, as typed and as stored (both plain digits).
inline QString durabilityValue(int k)
{
    return k % 2 == 0 ? QString::number(k) + QStringLiteral(".5") : QString::number(k * 7919);
}

} // namespace jixiao::test
