// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Year-over-year comparison: what changed between two filings (amounts,
// indicators added or removed, values changed), for the editor and
// `jixiao diff`. Rows of lists are matched by what they are (a fund and a
// direction by name, an indicator by its levels and name, a detail line by
// its content and item), so inserting one row reports one addition.
namespace jixiao {

struct Change
{
    enum Kind { Added, Removed, Changed };
    Kind kind = Changed;
    QString pointer; // in `newer` (Added, Changed) or `older` (Removed)
    QString before; // Removed, Changed
    QString after; // Added, Changed
    QString description; // translated, names the place in words
};

class FilingComparison
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::Compare)
};

QList<Change> compareFilings(const Filing &older, const Filing &newer);

} // namespace jixiao
