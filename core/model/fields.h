// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing.h"

#include <QCoreApplication>
#include <QString>

#include <span>

// Each field of the filing described once: its key in the interchange format,
// its column in the database, its label (the words the form, the checks and
// the comparison use for it) and where it lives in the model. The JSON reader
// and writer, the SQL mapping, the checks' location words and the comparison
// all read these tables, so a new column of a row is one line here plus its
// place in the form and a migration step.
namespace jixiao {

enum class ValueKind {
    Text, // QString, required (may be empty)
    OptionalText, // std::optional<QString>: absent is not the same as ""
    Amount, // Amount: empty is not the same as 0
};

// What the walks of the filing need to know of a field beyond its kind.
enum FieldTrait : unsigned {
    // A person types it: the text checks and the find bar read it (not an
    // id such as a layout, nor the finance bureau's opinion). Every text is,
    // unless its table says otherwise.
    Typed = 1u << 0,
    // It names years that move with the fiscal year ("2023年全年"): a new
    // year's filing shifts them and the year checks read them.
    CarriesYears = 1u << 1,
    // "无" is a real answer there (an indicator's target for what must not
    // happen: 安全事故 — 无), not "nothing to say".
    MayBeNone = 1u << 2,
};

template<typename Row> struct Field
{
    const char *key; // interchange key: "periodGoal"
    const char *column; // SQL column: "period_goal"
    const char *label; // English source text, translated in the jixiao::Fields context
    ValueKind kind;
    QString Row::*text = nullptr;
    std::optional<QString> Row::*optionalText = nullptr;
    Amount Row::*amount = nullptr;
    // The interchange format version that introduced the field: a filing
    // holding it (an optional text present, a text or amount not empty) needs
    // a program that reads that version (formatVersionNeeded()).
    int since = 1;
    unsigned traits = 0; // FieldTrait

    constexpr Field sinceFormat(int version) const
    {
        Field f = *this;
        f.since = version;
        return f;
    }
    constexpr Field with(unsigned t) const
    {
        Field f = *this;
        f.traits |= t;
        return f;
    }
    constexpr Field without(unsigned t) const
    {
        Field f = *this;
        f.traits &= ~t;
        return f;
    }
    constexpr bool has(FieldTrait t) const { return (traits & t) != 0; }
    // Whether the row holds a value in this field (a text not empty, an
    // optional text present, an amount filled in).
    bool isSet(const Row &row) const
    {
        switch (kind) {
        case ValueKind::Text:
            return !(row.*text).isEmpty();
        case ValueKind::OptionalText:
            return (row.*optionalText).has_value();
        case ValueKind::Amount:
            return (row.*amount).has_value();
        }
        return false;
    }

    QString translatedLabel() const { return QCoreApplication::translate("jixiao::Fields", label); }
    bool isKey(QStringView k) const { return k == QLatin1String(key); }
    bool equal(const Row &a, const Row &b) const
    {
        switch (kind) {
        case ValueKind::Text:
            return a.*text == b.*text;
        case ValueKind::OptionalText:
            return a.*optionalText == b.*optionalText;
        case ValueKind::Amount:
            return a.*amount == b.*amount;
        }
        return false;
    }
};

template<typename Row>
constexpr Field<Row> textField(const char *key, const char *column, const char *label, QString Row::*m)
{
    return {key, column, label, ValueKind::Text, m, nullptr, nullptr, 1, Typed};
}
template<typename Row>
constexpr Field<Row> optionalField(
    const char *key, const char *column, const char *label, std::optional<QString> Row::*m)
{
    return {key, column, label, ValueKind::OptionalText, nullptr, m, nullptr, 1, Typed};
}
template<typename Row>
constexpr Field<Row> amountField(const char *key, const char *column, const char *label, Amount Row::*m)
{
    return {key, column, label, ValueKind::Amount, nullptr, nullptr, m};
}

// The fields of each kind of row, in the interchange format's key order.
// Lists inside a row (a fund's directions, a direction's indicators and
// details) are not fields: they are described by the lists below.
template<typename Row> std::span<const Field<Row>> fieldsOf();
template<> std::span<const Field<Department>> fieldsOf<Department>();
template<> std::span<const Field<Overview>> fieldsOf<Overview>();
template<> std::span<const Field<Budget>> fieldsOf<Budget>();
template<> std::span<const Field<WorkPlanItem>> fieldsOf<WorkPlanItem>();
template<> std::span<const Field<Indicator>> fieldsOf<Indicator>();
template<> std::span<const Field<Fund>> fieldsOf<Fund>();
template<> std::span<const Field<Direction>> fieldsOf<Direction>();
template<> std::span<const Field<DetailLine>> fieldsOf<DetailLine>();
template<> std::span<const Field<Project>> fieldsOf<Project>();

template<typename Row> const Field<Row> *findField(QStringView key)
{
    for (const Field<Row> &f : fieldsOf<Row>())
        if (f.isKey(key))
            return &f;
    return nullptr;
}

// Whether two rows hold the same field values (their lists not compared).
template<typename Row> bool sameFields(const Row &a, const Row &b)
{
    for (const Field<Row> &f : fieldsOf<Row>())
        if (!f.equal(a, b))
            return false;
    return true;
}

// The value of a field as text: amounts in canonical form ("19.54"), empty
// amounts and absent texts as "".
template<typename Row> QString fieldText(const Row &row, const Field<Row> &f)
{
    switch (f.kind) {
    case ValueKind::Text:
        return row.*f.text;
    case ValueKind::OptionalText:
        return (row.*f.optionalText).value_or(QString());
    case ValueKind::Amount:
        return amountToString(row.*f.amount);
    }
    return {};
}

// The lists of the filing: their key, their label, the SQL table holding
// their rows and how many enclosing positions key a row (0: the filing's own
// lists; 1: a fund's directions; 2: a direction's indicators and details).
struct ListInfo
{
    const char *key; // "details"
    const char *table; // "detail_line"
    const char *label; // "Expenditure details" (jixiao::Fields)
    const char *rowsLabel; // "expenditure details": the list as a field of its owner
    int depth;
    const ListInfo *parent; // the list whose rows hold this list, or nullptr
    // The column naming a row of this list in the tables of its own lists
    // ("fund_position"); nullptr for a list whose rows hold no lists.
    const char *keyColumn = nullptr;
    // The interchange format version that introduced the list: absent from a
    // file is empty, and a filing with rows in it needs that version.
    int since = 1;
    const char *rowLabel = nullptr; // "expenditure detail": one of its rows (jixiao::Fields)
    QString translatedLabel() const { return QCoreApplication::translate("jixiao::Fields", label); }
    QString translatedRowsLabel() const { return QCoreApplication::translate("jixiao::Fields", rowsLabel); }
    QString translatedRowLabel() const { return QCoreApplication::translate("jixiao::Fields", rowLabel); }
};

namespace lists {
extern const ListInfo WorkPlan;
extern const ListInfo OverviewIndicators;
extern const ListInfo Funds;
extern const ListInfo Directions;
extern const ListInfo DirectionIndicators;
extern const ListInfo Details;
extern const ListInfo Projects;
extern const ListInfo ProjectIndicators;
// Every list, each after the list its rows belong to (so deleting runs in reverse).
std::span<const ListInfo *const> all();
} // namespace lists

// Every key of the interchange format, in the order its objects write them
// (one order serves all objects: each object's keys keep it).
const QStringList &interchangeKeyOrder();

// Labels of the filing's own values that are not rows (year, unit, scheme…)
// and of the parts of the form, by key.
QString topLevelLabel(QStringView key);

// Text as a filing holds it, from what was typed or pasted: line breaks as
// "\n" (Word puts a vertical tab on the clipboard for a manual line break,
// Windows "\r\n", U+2028/U+2029), other control characters dropped, since
// the interchange format refuses them (tab stays).
QString filingText(QString text);

} // namespace jixiao
