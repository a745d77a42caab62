// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form.h"
#include "model/fields.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

// Every form Jixiao knows, one entry each: its kind, the tables a filing has
// of it (one overview, one summary, one per direction, one per project), its
// description (forms.cpp), its title. Printing, the PDF and Excel exports,
// the editor's navigation and grids, and the importer's layouts
// (importlayouts.cpp names the entry by its kind) read this list; adding a
// form is its description and one entry here.
namespace jixiao::form {

// One table of a filing: a form and, for a form with one table per row of a
// list, which row.
struct Instance
{
    Kind kind = Kind::Overview;
    int fund = -1; // Direction
    int direction = -1; // Direction
    int project = -1; // Project
    bool operator==(const Instance &) const = default;
};

struct FormEntry
{
    Kind kind;
    // The form's name in the command line's words (export-pdf --table
    // overview, direction:N, project:N) and in drafts' settings.
    const char *id;
    // What the editor's navigation calls it (QT_TRANSLATE_NOOP in context
    // "jixiao::form::Registry"): "Department overview", "Projects", …
    const char *name;
    // The list each of whose rows has a table of this form (lists::Directions,
    // lists::Projects); nullptr: one table per filing.
    const ListInfo *list;
    // The filing's tables of this form, in print order.
    QList<Instance> (*instances)(const Filing &filing);
    // The table's cells; empty (no rows) when the filing has no such table.
    // `amountsWithUnit`: the paper writes detail amounts with the unit (the
    // direction table; the other forms ignore it).
    Form (*describe)(const Filing &filing, const Instance &instance, Media media, bool amountsWithUnit);
    QString (*title)(const Filing &filing, const Instance &instance);
    // The pointer of what the table shows ("/overview", "/funds",
    // "/funds/0/directions/1", "/projects/2").
    QString (*pointer)(const Instance &instance);
};

// Every form, in the order a whole filing is printed.
std::span<const FormEntry> registry();
const FormEntry &entry(Kind kind);
const FormEntry *entryById(QStringView id);

// Every table of the filing in print order: the overview, the summary, the
// direction tables, the project tables.
QList<Instance> instances(const Filing &filing);
// The filing's tables of one form.
QList<Instance> instances(const Filing &filing, Kind kind);
Form describe(const Filing &filing, const Instance &instance, Media media, bool amountsWithUnit = false);
QString title(const Filing &filing, const Instance &instance);
QString pointerOf(const Instance &instance);
// Whether the filing has this table.
bool exists(const Filing &filing, const Instance &instance);
// The table that shows the field, row or list at `pointer` ("/projects/1/
// indicators/0/value" → project 1); nullopt for what no table shows.
std::optional<Instance> instanceAt(const Filing &filing, QStringView pointer);

} // namespace jixiao::form
