// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "model/jsonpointer.h"
#include "model/location.h"

#include <QCoreApplication>

namespace jixiao::form {

namespace {

QList<Instance> one(Kind kind)
{
    return {Instance {kind, -1, -1, -1}};
}

QList<Instance> directionInstances(const Filing &filing)
{
    QList<Instance> out;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d)
            out.append({Kind::Direction, f, d, -1});
    return out;
}

QList<Instance> projectInstances(const Filing &filing)
{
    QList<Instance> out;
    for (int p = 0; p < filing.projects.size(); ++p)
        out.append({Kind::Project, -1, -1, p});
    return out;
}

const FormEntry Forms[] = {
    {Kind::Overview, "overview", QT_TRANSLATE_NOOP("jixiao::form::Registry", "Department overview"), nullptr,
        [](const Filing &) { return one(Kind::Overview); },
        [](const Filing &f, const Instance &, Media m, bool) { return overview(f, m); },
        [](const Filing &f, const Instance &) { return title(f, Kind::Overview); },
        [](const Instance &) { return QStringLiteral("/overview"); }},
    {Kind::Summary, "summary", QT_TRANSLATE_NOOP("jixiao::form::Registry", "Special-fund summary"), nullptr,
        [](const Filing &) { return one(Kind::Summary); },
        [](const Filing &f, const Instance &, Media m, bool) { return summary(f, m); },
        [](const Filing &f, const Instance &) { return title(f, Kind::Summary); },
        [](const Instance &) { return QStringLiteral("/funds"); }},
    {Kind::Direction, "direction", QT_TRANSLATE_NOOP("jixiao::form::Registry", "Expenditure directions"),
        &lists::Directions, directionInstances,
        [](const Filing &f, const Instance &i, Media m, bool withUnit) {
            return direction(f, i.fund, i.direction, m, withUnit);
        },
        [](const Filing &f, const Instance &) { return title(f, Kind::Direction); },
        [](const Instance &i) { return pointer::direction(i.fund, i.direction); }},
    {Kind::Project, "project", QT_TRANSLATE_NOOP("jixiao::form::Registry", "Projects"), &lists::Projects,
        projectInstances, [](const Filing &f, const Instance &i, Media m, bool) { return project(f, i.project, m); },
        [](const Filing &f, const Instance &i) {
            return i.project >= 0 && i.project < f.projects.size()
                ? projectTitle(f, projectLayout(f, f.projects[i.project]))
                : title(f, Kind::Project);
        },
        [](const Instance &i) { return pointer::project(i.project); }},
};

} // namespace

std::span<const FormEntry> registry()
{
    return Forms;
}

const FormEntry &entry(Kind kind)
{
    for (const FormEntry &e : Forms)
        if (e.kind == kind)
            return e;
    Q_UNREACHABLE();
}

const FormEntry *entryById(QStringView id)
{
    for (const FormEntry &e : Forms)
        if (id == QLatin1String(e.id))
            return &e;
    return nullptr;
}

QList<Instance> instances(const Filing &filing)
{
    QList<Instance> out;
    for (const FormEntry &e : Forms)
        out += e.instances(filing);
    return out;
}

QList<Instance> instances(const Filing &filing, Kind kind)
{
    return entry(kind).instances(filing);
}

Form describe(const Filing &filing, const Instance &instance, Media media, bool amountsWithUnit)
{
    return entry(instance.kind).describe(filing, instance, media, amountsWithUnit);
}

QString title(const Filing &filing, const Instance &instance)
{
    return entry(instance.kind).title(filing, instance);
}

QString pointerOf(const Instance &instance)
{
    return entry(instance.kind).pointer(instance);
}

bool exists(const Filing &filing, const Instance &instance)
{
    return entry(instance.kind).instances(filing).contains(instance);
}

std::optional<Instance> instanceAt(const Filing &filing, QStringView pointer)
{
    const std::optional<Location> at = Location::parse(pointer);
    if (!at)
        return std::nullopt;
    std::optional<Instance> found;
    switch (at->area) {
    case Location::Whole:
    case Location::Filing:
    case Location::Projects:
        return std::nullopt;
    case Location::Department:
    case Location::Overview:
    case Location::Budget:
        found = Instance {Kind::Overview, -1, -1, -1};
        break;
    case Location::Funds:
    case Location::Fund:
        found = Instance {Kind::Summary, -1, -1, -1};
        break;
    case Location::Direction:
        found = Instance {Kind::Direction, at->fund, at->direction, -1};
        break;
    case Location::Project:
        found = Instance {Kind::Project, -1, -1, at->project};
        break;
    }
    if (found && !exists(filing, *found))
        return std::nullopt;
    return found;
}

} // namespace jixiao::form
