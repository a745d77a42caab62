// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing.h"

#include <QList>
#include <QString>

#include <functional>

// Starting next year's filing from last year's: the structure and the texts
// are kept, the fiscal year advances, the amounts are kept or cleared.
namespace jixiao {

struct CarryForwardOptions
{
    int newYear = 0; // 0 = the year after last year's
    bool keepAmounts = true; // false: every amount cell is emptied
    bool replaceYears = false; // shift "2023年" (and the year before it) in the texts
};

Filing carryForward(const Filing &lastYear, const CarryForwardOptions &options);

// A text of the filing that names a given year, e.g. "2023年全年" in a 2024
// filing: what a carried-forward filing should be checked for.
struct YearMention
{
    QString pointer; // RFC 6901
    QString text;
};
QList<YearMention> findYearMentions(const Filing &filing, int year);

// Every text of a filing whose field has `trait` (FieldTrait in fields.h:
// Typed — what a person types, CarriesYears — what a carry forward looks
// at), with its JSON Pointer, in document order.
void forEachText(
    Filing &filing, unsigned trait, const std::function<void(QString &text, const QString &pointer)> &visit);

} // namespace jixiao
