// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

// Reading and writing single values and list rows of a Filing by RFC 6901
// pointer: the one addressing scheme shared by the editor's undo commands,
// the checks' findings and the interchange format.
namespace jixiao::ui {

// A leaf value as the editor handles it: text, or an amount in its canonical
// form ("19.54"). std::nullopt is "absent" for optional texts and "empty" for
// amounts; required texts never hold it. A yes/no value (/projectsComplete)
// is "true" or "false".
using FieldValue = std::optional<QString>;

enum class FieldKind { Invalid, Text, OptionalText, Amount, Integer, Boolean };

FieldKind fieldKind(const Filing &filing, const QString &pointer);
bool readField(const Filing &filing, const QString &pointer, FieldValue *out);
// Writes a value already valid for the field (amounts canonical). False when
// the pointer names no leaf or the value does not fit.
bool writeField(Filing *filing, const QString &pointer, const FieldValue &value);

// Whether every list index in `pointer` names an existing row.
bool pointerExists(const Filing &filing, const QString &pointer);

// A list the editor adds rows to, removes them from and reorders.
struct ListRef
{
    enum Kind {
        WorkPlan,
        OverviewIndicators,
        Funds,
        Directions,
        DirectionIndicators,
        Details,
        Projects,
        ProjectIndicators
    };
    Kind kind = WorkPlan;
    int fund = -1;
    int direction = -1;
    int project = -1;
    QString pointer() const;
    bool operator==(const ListRef &) const = default;
};
std::optional<ListRef> parseListPointer(const QString &pointer);

using RowValue = std::variant<WorkPlanItem, Indicator, Fund, Direction, DetailLine, Project>;

int listSize(const Filing &filing, const ListRef &list); // -1 when the list does not exist
RowValue rowAt(const Filing &filing, const ListRef &list, int row);
RowValue emptyRow(const Filing &filing, const ListRef &list);
bool insertRow(Filing *filing, const ListRef &list, int row, const RowValue &value);
bool removeRow(Filing *filing, const ListRef &list, int row);
bool moveRow(Filing *filing, const ListRef &list, int from, int to);

} // namespace jixiao::ui
