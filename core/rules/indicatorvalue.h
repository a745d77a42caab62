// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textscan.h"

#include <QString>
#include <QStringView>

// Reads an indicator value (指标值及单位) the way people write it: "≥95%",
// "95%以上", "不超过3万元", "368.9万元", "10辆", "8.5%左右", or qualitative text.
namespace jixiao::text {

struct IndicatorValue
{
    enum Comparator { NoComparator, Symbol, Words };
    // Which way the target points, however it was written (≥ / 以上 / 不低于 …).
    enum Direction { Unstated, AtLeast, AtMost, Exactly };

    bool quantitative = false; // holds a number that is not a date
    bool simple = false; // nothing but a comparator, one number, a unit
    Comparator comparator = NoComparator;
    QStringView suggestedSymbol; // Words: the symbol they mean ("以上" → "≥"), empty if none
    bool approximate = false; // 左右, 约
    Direction direction = Unstated;
    Number number;
    QStringView unit; // "%", "万元", "辆", … ("" = none)
    MoneyUnit moneyUnit; // when the unit is money
};

IndicatorValue readIndicatorValue(QStringView value);

// The value rewritten with a symbol: "95%以上" → "≥95%"; "" when unclear.
QString withSymbol(QStringView value, const IndicatorValue &read, QStringView symbol);

// What a value says, as a fingerprint, for telling whether two values are
// one: "≥95%", "95%以上" and "≥ 95.0％" give the same; other texts compare as
// textFingerprint does.
quint64 valueFingerprint(QStringView value, const IndicatorValue &read);

} // namespace jixiao::text
