// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/money.h"

#include <QList>
#include <QStringView>

#include <optional>

// Reads the arithmetic people write in 支出测算依据及过程说明:
//   "一年四次，每次0.2万元，共0.8万元"            → 4 × 0.2, stated 0.8
//   "3人×12个月×0.5万元/人/月=18万元"             → 3 × 12 × 0.5, stated 18
//   "A0.5万元，B0.3万元，C0.2万元"                → itemised, sum 1
//   "培训2次×0.5万元=1万元；资料费0.3万元；合计1.3万元"
// Counts in Arabic or Chinese numerals (一 二 两 三 … 十 百 千 万), ×/*/乘,
// rates (每次/每人/每月…, "/次"), results (=/共/合计/计/小计/总计),
// units 元/千元/万元/亿元 converted into the filing's unit. Text in brackets is
// commentary and is read only when nothing else states an amount.
namespace jixiao {

struct BasisItem
{
    enum Kind { Plain, Product };
    Kind kind = Plain;
    Money rate; // Product: the per-unit amount; Plain: the amount
    int factors = 0; // Product: how many counts multiply the rate
    std::optional<Money> computed; // Product with factors: rate × counts
    std::optional<Money> stated; // Product: its "= …" / "共…"
    qsizetype begin = 0, end = 0; // span in the text

    // What the item contributes: its stated result, else its computation.
    std::optional<Money> value() const;
    // Its own arithmetic disagrees with its stated result.
    bool inconsistent() const;
};

// A stated total (合计/共计/小计 …) after several items, and the sum of the
// items it covers.
struct BasisTotal
{
    Money stated;
    std::optional<Money> itemsSum; // unknown when an item has no value
    bool grand = false; // covers every item so far (not a 小计 of a group)
    qsizetype itemsEnd = 0; // how many items came before it
    bool agrees() const;
};

struct BasisCalculation
{
    bool hasAmount = false; // the text names an amount of money at all
    bool overflow = false; // numbers too large to check
    QList<BasisItem> items;
    QList<BasisTotal> totals;

    // The amount the text arrives at, as it states it: its last total when
    // nothing follows it, else the sum of its items' values. Unknown when the
    // text does not determine it (a rate with no count and no result).
    std::optional<Money> result() const;
    // The same, recomputed from the text's own arithmetic (products and sums
    // instead of the numbers it states). Equals result() when consistent.
    std::optional<Money> recomputed() const;
    bool consistent() const; // every product and total agrees with itself
};

BasisCalculation parseBasis(QStringView text, AmountUnit unit);

// Two amounts agree: exactly, or when the more precise one, rounded half up
// to the other's places (at least 2: people round to 分 of 万元, never
// coarser), equals it. 17.84 × 12% = 2.1408 agrees with a stated 2.14.
bool amountsAgree(Money a, Money b);
int decimalsOf(Money m); // 0.8 → 1, 3 → 0, 0.000001 → 6

// Chinese numerals: "四" → 4, "十二" → 12, "两千" → 2000, "一百零五" → 105,
// "二〇二三" → 2023. Reads from `pos` as far as the numeral goes; stops before a
// trailing 千/万/亿 that is really part of a unit (千元, 万元). Returns the
// number of characters read (0 = none).
qsizetype parseChineseNumeral(QStringView text, qsizetype pos, qint64 *value);

} // namespace jixiao
