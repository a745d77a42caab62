// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QString>
#include <QStringView>

#include <optional>

// A place in a filing, parsed once from a JSON Pointer
// ("/funds/1/directions/0/details/2/basis"): which part of the form, which
// fund and direction, which list and row, which field. The checks, the
// editor and the comparison name cells by pointer; they take them apart here
// instead of cutting strings.
namespace jixiao {

struct Location
{
    enum Area {
        Whole, // ""
        Filing, // "/fiscalYear", "/amountUnit", …
        Department, // "/department[/field]"
        Overview, // "/overview[/field]", "/overview/workPlan/…", "/overview/indicators/…"
        Budget, // "/overview/budget[/field]"
        Funds, // "/funds"
        Fund, // "/funds/F[/field]", "/funds/F/directions"
        Direction, // "/funds/F/directions/D[/field]", "…/indicators/…", "…/details/…"
        Projects, // "/projects"
        Project, // "/projects/P[/field]", "/projects/P/indicators/…"
    };
    Area area = Whole;
    int fund = -1;
    int direction = -1;
    int project = -1;
    const ListInfo *list = nullptr; // a list inside the area, or nullptr
    int row = -1; // a row of `list`, or -1 for the list itself
    QString field; // a field's key, or "" for the area, list or row itself

    // Only pointers of the interchange format's shape parse; indices are
    // not checked against a filing (see exists()).
    static std::optional<Location> parse(QStringView pointer);
    QString toPointer() const;
    // Whether the fund, direction and row named exist in `filing`.
    bool exists(const jixiao::Filing &filing) const;

    // The field's label in the words of the form ("calculation basis"), or
    // "" when the location names no known field.
    QString fieldLabel() const;

    bool operator==(const Location &) const = default;
};

} // namespace jixiao
