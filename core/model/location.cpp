// SPDX-License-Identifier: GPL-3.0-or-later
#include "location.h"

#include "jsonpointer.h"

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

bool Location::exists(const jixiao::Filing &filing) const
{
    qsizetype rows = -1;
    if (area == Fund || area == Direction) {
        if (fund < 0 || fund >= filing.funds.size())
            return false;
        const jixiao::Fund &f = filing.funds[fund];
        if (area == Fund) {
            rows = f.directions.size();
        } else {
            if (direction < 0 || direction >= f.directions.size())
                return false;
            const jixiao::Direction &d = f.directions[direction];
            rows = list == &lists::Details ? d.details.size() : d.indicators.size();
        }
    } else if (area == Project) {
        if (project < 0 || project >= filing.projects.size())
            return false;
        rows = filing.projects[project].indicators.size();
    } else if (area == Overview) {
        rows = list == &lists::WorkPlan ? filing.overview.workPlan.size() : filing.overview.indicators.size();
    }
    return !list || row < 0 || row < rows;
}

QString Location::fieldLabel() const
{
    if (field.isEmpty())
        return {};
    if (list && row >= 0) {
        if (list == &lists::WorkPlan)
            return labelOf<WorkPlanItem>(field);
        if (list == &lists::Details)
            return labelOf<DetailLine>(field);
        return labelOf<Indicator>(field);
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
