// SPDX-License-Identifier: GPL-3.0-or-later
#include "location.h"

#include "jsonpointer.h"
#include "listtree.h"

namespace jixiao {

namespace {

// A list index as the interchange format writes it: digits, no sign or
// leading zero.
bool index(const QString &token, int *out)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token[0] == u'0'))
        return false;
    for (QChar c : token)
        if (c < u'0' || c > u'9')
            return false;
    *out = token.toInt();
    return true;
}

template<typename Row> bool isField(const QString &key)
{
    return findField<Row>(key) != nullptr;
}

template<typename Row> QString labelOf(const QString &key)
{
    const Field<Row> *f = findField<Row>(key);
    return f ? f->translatedLabel() : QString();
}

} // namespace

std::optional<Location> Location::parse(QStringView pointerText)
{
    const QStringList t = pointer::split(pointerText);
    Location l;
    if (t.isEmpty())
        return l;
    qsizetype k = 0;
    // A list at t[k], then optionally a row and a field of that row.
    auto listRows = [&](const ListInfo &list, auto isRowField) -> bool {
        l.list = &list;
        if (++k == t.size())
            return true;
        if (!index(t[k], &l.row))
            return false;
        if (++k == t.size())
            return true;
        if (k + 1 != t.size() || !isRowField(t[k]))
            return false;
        l.field = t[k];
        return true;
    };
    const QString &top = t[0];
    if (top == u"department") {
        l.area = Department;
        if (t.size() == 1)
            return l;
        if (t.size() != 2 || !isField<jixiao::Department>(t[1]))
            return std::nullopt;
        l.field = t[1];
        return l;
    }
    if (top == u"overview") {
        l.area = Overview;
        if (t.size() == 1)
            return l;
        if (t[1] == u"budget") {
            l.area = Budget;
            if (t.size() == 2)
                return l;
            if (t.size() != 3 || !isField<jixiao::Budget>(t[2]))
                return std::nullopt;
            l.field = t[2];
            return l;
        }
        k = 1;
        if (t[1] == QLatin1String(lists::WorkPlan.key))
            return listRows(lists::WorkPlan, isField<WorkPlanItem>) ? std::optional(l) : std::nullopt;
        if (t[1] == QLatin1String(lists::OverviewIndicators.key))
            return listRows(lists::OverviewIndicators, isField<Indicator>) ? std::optional(l) : std::nullopt;
        if (t.size() != 2 || !isField<jixiao::Overview>(t[1]))
            return std::nullopt;
        l.field = t[1];
        return l;
    }
    if (top == QLatin1String(lists::Funds.key)) {
        l.area = Funds;
        if (t.size() == 1)
            return l;
        if (!index(t[1], &l.fund))
            return std::nullopt;
        l.area = Fund;
        if (t.size() == 2)
            return l;
        if (t[2] != QLatin1String(lists::Directions.key)) {
            if (t.size() != 3 || !isField<jixiao::Fund>(t[2]))
                return std::nullopt;
            l.field = t[2];
            return l;
        }
        if (t.size() == 3) {
            l.list = &lists::Directions;
            return l;
        }
        if (!index(t[3], &l.direction))
            return std::nullopt;
        l.area = Direction;
        if (t.size() == 4)
            return l;
        k = 4;
        if (t[4] == QLatin1String(lists::DirectionIndicators.key))
            return listRows(lists::DirectionIndicators, isField<Indicator>) ? std::optional(l) : std::nullopt;
        if (t[4] == QLatin1String(lists::Details.key))
            return listRows(lists::Details, isField<DetailLine>) ? std::optional(l) : std::nullopt;
        if (t.size() != 5 || !isField<jixiao::Direction>(t[4]))
            return std::nullopt;
        l.field = t[4];
        return l;
    }
    if (top == QLatin1String(lists::Projects.key)) {
        l.area = Projects;
        if (t.size() == 1)
            return l;
        if (!index(t[1], &l.project))
            return std::nullopt;
        l.area = Project;
        if (t.size() == 2)
            return l;
        k = 2;
        if (t[2] == QLatin1String(lists::ProjectIndicators.key))
            return listRows(lists::ProjectIndicators, isField<Indicator>) ? std::optional(l) : std::nullopt;
        if (t.size() != 3 || !isField<jixiao::Project>(t[2]))
            return std::nullopt;
        l.field = t[2];
        return l;
    }
    if (t.size() == 1
        && (top == u"projectsComplete" || top == u"fiscalYear" || top == u"fundLevel" || top == u"amountUnit"
            || top == u"indicatorScheme")) {
        l.area = Filing;
        l.field = top;
        return l;
    }
    return std::nullopt;
}

QString Location::toPointer() const
{
    QString p;
    switch (area) {
    case Whole:
        return p;
    case Filing:
        break;
    case Department:
        p = QStringLiteral("/department");
        break;
    case Overview:
        p = QStringLiteral("/overview");
        break;
    case Budget:
        p = QStringLiteral("/overview/budget");
        break;
    case Funds:
        p = QStringLiteral("/funds");
        break;
    case Fund:
        p = pointer::fund(fund);
        break;
    case Direction:
        p = pointer::direction(fund, direction);
        break;
    case Projects:
        p = QStringLiteral("/projects");
        break;
    case Project:
        p = pointer::project(project);
        break;
    }
    if (list) {
        p = pointer::join(p, QLatin1String(list->key));
        if (row >= 0)
            p = pointer::join(p, row);
    }
    if (!field.isEmpty())
        p = pointer::join(p, field);
    return p;
}

// The positions of the rows enclosing `list` in a location: {fund,
// direction} for a direction's indicators, {project} for a project's.
static QList<int> enclosing(const Location &l)
{
    QList<int> parents;
    if (l.list && l.list->depth >= 1)
        parents << (l.area == Location::Project ? l.project : l.fund);
    if (l.list && l.list->depth >= 2)
        parents << l.direction;
    return parents;
}

bool Location::exists(const jixiao::Filing &filing) const
{
    // Whether list `which` has a row at `path` (the enclosing rows'
    // positions, then its own).
    auto rowExists = [&](const ListInfo *which, const QList<int> &path) {
        bool found = false;
        tree::forEachList([&](auto l) {
            using L = decltype(l);
            if (&L::info() == which) {
                const auto *rows = tree::rowsAt<L>(filing, path.constData());
                found = rows && path.last() >= 0 && path.last() < rows->size();
            }
        });
        return found;
    };
    // The area's own row (a fund, a direction, a project), then the row of
    // the list inside it.
    if ((area == Fund && !rowExists(&lists::Funds, {fund}))
        || (area == Direction && !rowExists(&lists::Directions, {fund, direction}))
        || (area == Project && !rowExists(&lists::Projects, {project})))
        return false;
    return !list || row < 0 || rowExists(list, enclosing(*this) << row);
}

QString Location::fieldLabel() const
{
    if (field.isEmpty())
        return {};
    if (list && row >= 0) {
        QString label;
        tree::forEachList([&](auto l) {
            using L = decltype(l);
            if (&L::info() == list)
                label = labelOf<typename L::Row>(field);
        });
        return label;
    }
    switch (area) {
    case Whole:
        return {};
    case Filing:
        return topLevelLabel(field);
    case Department:
        return labelOf<jixiao::Department>(field);
    case Overview:
        return labelOf<jixiao::Overview>(field);
    case Budget:
        return labelOf<jixiao::Budget>(field);
    case Funds:
        return {};
    case Fund:
        return labelOf<jixiao::Fund>(field);
    case Direction:
        return labelOf<jixiao::Direction>(field);
    case Projects:
        return {};
    case Project:
        return labelOf<jixiao::Project>(field);
    }
    return {};
}

} // namespace jixiao
