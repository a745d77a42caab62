// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form.h"

#include <QList>
#include <QString>
#include <QStringList>

// The layouts a form is found in when last year's Word or Excel file is
// imported: the words that identify each field in a file (labels, column
// headings, their synonyms) and where its value stands. One table per layout,
// each naming the form it belongs to; the form's own words (its labels and
// headings in forms.cpp) are read from the form's description, so a layout
// lists only what it says differently. The importer (core/import/formmapper)
// reads these tables and nothing else; adding a province's layout is one
// table in importlayouts.cpp and its fixture.
namespace jixiao::form {

// Where a field's value stands relative to its words.
enum class Relation {
    Right, // in the cell right of the label ("部门名称 | 株洲市…")
    Inside, // after the label in its own cell ("资金总额：368.9"), else right of it
    Column, // in the rows under the heading, in the heading's column (a list's column)
    RowNumber, // a list's column numbering its rows (序号: 一、 a fund, 1 a direction)
    Below, // in the cell under the label, in the next row (总体目标: 中期目标 | 年度目标 over their texts)
};

struct LayoutField
{
    // The field as a pointer into the filing, list positions as "-":
    // "/department/name", "/overview/budget/total",
    // "/overview/workPlan/-/item", "/funds/-/directions/-/details/-/amount".
    // Its last part is the interchange key of core/model/fields.h; for
    // RowNumber the pointer is the list's.
    QString pointer;
    QStringList words; // normalised (normalizedLabel)
    Relation relation = Relation::Right;
    // A line of the signature block under the table ("填表人：…　联系电话：…").
    bool signature = false;
    // Right: the value is this many cells further right than the label's
    // first value ("主管部门及代码 | 局名 | 401001": the code is step 1).
    int step = 0;

    // "/overview/workPlan" for a list's field, "" for a single field.
    QString list() const;
    // The interchange key: "item".
    QString key() const;
};

struct ImportLayout
{
    Kind form = Kind::Overview;
    // A project form's layout (NationalLayout, HunanLayout): whose own words
    // count (withFormWords) and what an imported project's layout becomes.
    QString formLayout;
    QString name; // who uses it: "湖北 部门整体支出绩效目标申报表"
    // Title endings that identify the table ("部门整体支出绩效目标申报表");
    // a year and a level (区级, 省级…) may stand before them.
    QStringList titles;
    // The form's own labels and headings count too (false for a layout
    // whose words are all its own).
    bool withFormWords = true;
    QList<LayoutField> fields; // besides the form's own words
    // The layout's own words that hold no value (group labels, headings of
    // label columns): recognised, nothing to import.
    QStringList structure;
    // Labels and headings the form has no field for: their rows, cells or
    // columns are reported with their place and text, never imported.
    QStringList withoutField;

    // Every field's words: the form's own (when withFormWords) and the table's.
    QList<LayoutField> allFields() const;
    QStringList allStructure() const;
};

// Every layout of every form, the form's own first.
const QList<ImportLayout> &importLayouts();

// A label or heading as layouts compare it: no whitespace (offices break
// labels across lines and pad them: "合  计"), full-width brackets and colon,
// no leading "其中：".
QString normalizedLabel(QStringView text);

// Whether a normalised cell text is `word`, perhaps followed by a unit in
// brackets ("金额（万元）") or by a colon and a value ("资金总额：368.9"),
// which `rest` receives (the colon removed).
bool labelMatches(const QString &normalizedCell, const QString &word, QString *rest = nullptr);

} // namespace jixiao::form
