// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingfields.h"

#include "form/form.h"
#include "model/fields.h"
#include "model/jsonpointer.h"
#include "model/listtree.h"
#include "model/location.h"

namespace jixiao::ui {

namespace {

struct FieldRef
{
    QString *text = nullptr;
    std::optional<QString> *optionalText = nullptr;
    Amount *amount = nullptr;
    int *integer = nullptr;
    std::optional<IndicatorSchemeId> *scheme = nullptr;
    bool *boolean = nullptr;
};

template<typename Row> FieldRef fieldOf(Row &row, const QString &key)
{
    const Field<Row> *f = findField<Row>(key);
    if (!f)
        return {};
    switch (f->kind) {
    case ValueKind::Text:
        return {&(row.*f->text)};
    case ValueKind::OptionalText:
        return {nullptr, &(row.*f->optionalText)};
    case ValueKind::Amount:
        return {nullptr, nullptr, &(row.*f->amount)};
    }
    return {};
}

FieldRef resolve(Filing &f, const QString &pointer)
{
    const std::optional<Location> loc = Location::parse(pointer);
    if (!loc || loc->field.isEmpty() || !loc->exists(f))
        return {};
    const QString &key = loc->field;
    switch (loc->area) {
    case Location::Whole:
    case Location::Funds:
    case Location::Projects:
        return {};
    case Location::Filing:
        if (key == u"fiscalYear")
            return {nullptr, nullptr, nullptr, &f.fiscalYear};
        if (key == u"fundLevel")
            return {nullptr, &f.fundLevel};
        if (key == u"indicatorScheme")
            return {nullptr, nullptr, nullptr, nullptr, &f.indicatorScheme};
        if (key == u"projectsComplete")
            return {nullptr, nullptr, nullptr, nullptr, nullptr, &f.projectsComplete};
        return {}; // the amount unit is changed with every amount, never alone
    case Location::Department:
        return fieldOf(f.department, key);
    case Location::Budget:
        return fieldOf(f.overview.budget, key);
    case Location::Overview:
        if (loc->list == &lists::WorkPlan)
            return fieldOf(f.overview.workPlan[loc->row], key);
        if (loc->list == &lists::OverviewIndicators)
            // The overview's table has no 绩效标准 column.
            return key == u"standard" || key == u"midTermValue" ? FieldRef()
                                                                : fieldOf(f.overview.indicators[loc->row], key);
        return fieldOf(f.overview, key);
    case Location::Fund:
        return fieldOf(f.funds[loc->fund], key);
    case Location::Direction: {
        Direction &d = f.funds[loc->fund].directions[loc->direction];
        if (loc->list == &lists::Details)
            return fieldOf(d.details[loc->row], key);
        if (loc->list == &lists::DirectionIndicators)
            return fieldOf(d.indicators[loc->row], key);
        return fieldOf(d, key);
    }
    case Location::Project: {
        Project &p = f.projects[loc->project];
        if (loc->list == &lists::ProjectIndicators)
            return fieldOf(p.indicators[loc->row], key);
        return fieldOf(p, key);
    }
    }
    return {};
}

// Calls fn(rows) on the list `l` names (its rows in the list tree), or
// returns false when an enclosing row does not exist.
template<class Fn> bool withList(Filing &f, const ListRef &l, Fn fn)
{
    auto at = [&](auto list, std::initializer_list<int> parents) {
        auto *rows = tree::rowsAt<decltype(list)>(f, std::data(parents));
        if (rows)
            fn(*rows);
        return rows != nullptr;
    };
    switch (l.kind) {
    case ListRef::WorkPlan:
        return at(tree::WorkPlanList {}, {});
    case ListRef::OverviewIndicators:
        return at(tree::OverviewIndicatorsList {}, {});
    case ListRef::Funds:
        return at(tree::FundsList {}, {});
    case ListRef::Directions:
        return at(tree::DirectionsList {}, {l.fund});
    case ListRef::DirectionIndicators:
        return at(tree::DirectionIndicatorsList {}, {l.fund, l.direction});
    case ListRef::Details:
        return at(tree::DetailsList {}, {l.fund, l.direction});
    case ListRef::Projects:
        return at(tree::ProjectsList {}, {});
    case ListRef::ProjectIndicators:
        return at(tree::ProjectIndicatorsList {}, {l.project});
    }
    return false;
}

} // namespace

FieldKind fieldKind(const Filing &filing, const QString &pointer)
{
    const FieldRef r = resolve(const_cast<Filing &>(filing), pointer);
    if (r.text)
        return FieldKind::Text;
    if (r.optionalText || r.scheme)
        return FieldKind::OptionalText;
    if (r.amount)
        return FieldKind::Amount;
    if (r.integer)
        return FieldKind::Integer;
    if (r.boolean)
        return FieldKind::Boolean;
    return FieldKind::Invalid;
}

bool readField(const Filing &filing, const QString &pointer, FieldValue *out)
{
    const FieldRef r = resolve(const_cast<Filing &>(filing), pointer);
    if (r.text)
        *out = *r.text;
    else if (r.optionalText)
        *out = *r.optionalText;
    else if (r.amount)
        *out = r.amount->has_value() ? FieldValue(r.amount->value().toString()) : std::nullopt;
    else if (r.integer)
        *out = QString::number(*r.integer);
    else if (r.scheme)
        *out = r.scheme->has_value() ? FieldValue(indicatorSchemeKey(**r.scheme)) : std::nullopt;
    else if (r.boolean)
        *out = *r.boolean ? QStringLiteral("true") : QStringLiteral("false");
    else
        return false;
    return true;
}

bool writeField(Filing *filing, const QString &pointer, const FieldValue &value)
{
    const FieldRef r = resolve(*filing, pointer);
    if (r.text) {
        *r.text = value.value_or(QString());
        return true;
    }
    if (r.optionalText) {
        *r.optionalText = value;
        return true;
    }
    if (r.amount) {
        if (!value || value->isEmpty()) {
            r.amount->reset();
            return true;
        }
        Money m;
        if (!Money::parseCanonical(*value, &m))
            return false;
        *r.amount = m;
        return true;
    }
    if (r.scheme) {
        if (!value) {
            r.scheme->reset();
            return true;
        }
        const auto id = indicatorSchemeFromKey(*value);
        if (!id)
            return false;
        *r.scheme = *id;
        return true;
    }
    if (r.boolean) {
        if (value != QStringLiteral("true") && value != QStringLiteral("false"))
            return false;
        *r.boolean = value == QStringLiteral("true");
        return true;
    }
    if (r.integer) {
        bool ok = false;
        const int v = value.value_or(QString()).toInt(&ok);
        if (!ok)
            return false;
        *r.integer = v;
        return true;
    }
    return false;
}

bool pointerExists(const Filing &filing, const QString &p)
{
    if (const std::optional<Location> loc = Location::parse(p))
        return loc->exists(filing);
    // A key the format does not name: the place exists where the longest
    // part of the pointer that is a place does, unless the rest holds an
    // index, which nothing can check.
    std::optional<Location> known = Location();
    bool uncheckedIndex = false;
    QString prefix;
    for (const QString &token : pointer::split(p)) {
        prefix = pointer::join(prefix, token);
        if (std::optional<Location> loc = Location::parse(prefix)) {
            known = loc;
            uncheckedIndex = false;
        } else {
            bool numeric = false;
            token.toInt(&numeric);
            uncheckedIndex = uncheckedIndex || numeric;
        }
    }
    return !uncheckedIndex && known->exists(filing);
}

QString ListRef::pointer() const
{
    switch (kind) {
    case WorkPlan:
        return QStringLiteral("/overview/workPlan");
    case OverviewIndicators:
        return QStringLiteral("/overview/indicators");
    case Funds:
        return QStringLiteral("/funds");
    case Directions:
        return pointer::fund(fund) + QStringLiteral("/directions");
    case DirectionIndicators:
        return pointer::direction(fund, direction) + QStringLiteral("/indicators");
    case Details:
        return pointer::direction(fund, direction) + QStringLiteral("/details");
    case Projects:
        return QStringLiteral("/projects");
    case ProjectIndicators:
        return pointer::project(project) + QStringLiteral("/indicators");
    }
    return QString();
}

std::optional<ListRef> parseListPointer(const QString &p)
{
    const std::optional<Location> loc = Location::parse(p);
    if (!loc || !loc->field.isEmpty() || loc->row >= 0)
        return std::nullopt;
    if (loc->area == Location::Funds)
        return ListRef {ListRef::Funds};
    if (loc->area == Location::Projects)
        return ListRef {ListRef::Projects};
    if (loc->list == &lists::ProjectIndicators)
        return ListRef {ListRef::ProjectIndicators, -1, -1, loc->project};
    if (loc->list == &lists::WorkPlan)
        return ListRef {ListRef::WorkPlan};
    if (loc->list == &lists::OverviewIndicators)
        return ListRef {ListRef::OverviewIndicators};
    if (loc->list == &lists::Directions)
        return ListRef {ListRef::Directions, loc->fund};
    if (loc->list == &lists::DirectionIndicators)
        return ListRef {ListRef::DirectionIndicators, loc->fund, loc->direction};
    if (loc->list == &lists::Details)
        return ListRef {ListRef::Details, loc->fund, loc->direction};
    return std::nullopt;
}

int listSize(const Filing &filing, const ListRef &list)
{
    int n = -1;
    withList(const_cast<Filing &>(filing), list, [&](auto &l) { n = int(l.size()); });
    return n;
}

RowValue rowAt(const Filing &filing, const ListRef &list, int row)
{
    RowValue v;
    withList(const_cast<Filing &>(filing), list, [&](auto &l) {
        if (row >= 0 && row < l.size())
            v = l[row];
    });
    return v;
}

namespace {

// An indicator row of a project's table: the columns its layout has, 绩效标准
// (the Hunan 申报表) or 中期指标值 (the national template).
Indicator projectIndicatorRow(Indicator row, const QString &layout)
{
    if (layout == QLatin1String(form::HunanLayout))
        row.standard = QString();
    if (layout == QLatin1String(form::NationalLayout))
        row.midTermValue = QString();
    return row;
}

} // namespace

RowValue emptyRow(const Filing &filing, const ListRef &list)
{
    switch (list.kind) {
    case ListRef::WorkPlan:
        return WorkPlanItem {};
    case ListRef::OverviewIndicators:
        return Indicator {};
    case ListRef::DirectionIndicators: {
        Indicator i;
        i.standard = QString();
        return i;
    }
    case ListRef::Funds:
        return Fund {};
    case ListRef::Directions: {
        Direction d;
        d.period = QStringLiteral("%1年1-12月").arg(filing.fiscalYear);
        // The scheme's indicator rows, as on the paper form.
        d.indicators = standardIndicatorRows(filing.effectiveScheme(), true);
        return d;
    }
    case ListRef::Details:
        return DetailLine {};
    case ListRef::Projects: {
        // In the scheme's default layout, named, so that it stays the form it
        // was started in; the filing department as 主管部门/预算部门.
        Project p;
        const QString layout = form::projectLayout(filing, p);
        p.layout = layout;
        if (!filing.department.name.trimmed().isEmpty())
            p.authority = filing.department.name;
        p.period = QStringLiteral("%1年1-12月").arg(filing.fiscalYear);
        // The scheme's indicator rows, one per 二级, as on the paper form.
        for (const Indicator &row : standardIndicatorRows(filing.effectiveScheme(), false))
            p.indicators.append(projectIndicatorRow(row, layout));
        return p;
    }
    case ListRef::ProjectIndicators: {
        const bool known = list.project >= 0 && list.project < filing.projects.size();
        return projectIndicatorRow(Indicator {},
            known ? form::projectLayout(filing, filing.projects[list.project])
                  : QString::fromLatin1(form::HunanLayout));
    }
    }
    return WorkPlanItem {};
}

bool insertRow(Filing *filing, const ListRef &list, int row, const RowValue &value)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        using T = typename std::decay_t<decltype(l)>::value_type;
        if (row < 0 || row > l.size() || !std::holds_alternative<T>(value))
            return;
        l.insert(row, std::get<T>(value));
        ok = true;
    });
    return ok;
}

bool removeRow(Filing *filing, const ListRef &list, int row)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        if (row < 0 || row >= l.size())
            return;
        l.removeAt(row);
        ok = true;
    });
    return ok;
}

bool moveRow(Filing *filing, const ListRef &list, int from, int to)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        if (from < 0 || from >= l.size() || to < 0 || to >= l.size())
            return;
        l.move(from, to);
        ok = true;
    });
    return ok;
}

} // namespace jixiao::ui
