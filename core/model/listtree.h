// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QList>

#include <type_traits>
#include <utility>
#include <vector>

// The lists of the filing as one tree, each list described once: its
// ListInfo (key, table, labels), its row type (whose fields are in
// fieldsOf<Row>()), the list its rows live in, how to reach its rows from the
// row that holds them, and its own lists. Everything that walks the filing —
// JSON read and write, SQL load, update and CREATE TABLE, the comparison,
// the text walks — iterates over this tree, so a new list is one entry here
// (and its ListInfo), not an edit in each walk.
namespace jixiao::tree {

template<typename... L> struct Lists
{
};

struct WorkPlanList;
struct OverviewIndicatorsList;
struct FundsList;
struct DirectionsList;
struct DirectionIndicatorsList;
struct DetailsList;
struct ProjectsList;
struct ProjectIndicatorsList;

// The filing's own lists, in the interchange format's order.
using FilingLists = Lists<WorkPlanList, OverviewIndicatorsList, FundsList, ProjectsList>;

// Each list: Row, Parent (the list whose rows hold it; void for the filing's
// own), info(), rows(owner) where owner is the Parent's row (or the Filing)
// and Children.
struct WorkPlanList
{
    static constexpr bool InOverview = true; // in the interchange format, under "overview"
    using Row = WorkPlanItem;
    using Parent = void;
    using Children = Lists<>;
    static const ListInfo &info() { return lists::WorkPlan; }
    template<typename F> static auto &rows(F &f) { return f.overview.workPlan; }
};

struct OverviewIndicatorsList
{
    static constexpr bool InOverview = true; // in the interchange format, under "overview"
    using Row = Indicator;
    using Parent = void;
    using Children = Lists<>;
    static const ListInfo &info() { return lists::OverviewIndicators; }
    template<typename F> static auto &rows(F &f) { return f.overview.indicators; }
};

struct DirectionIndicatorsList
{
    using Row = Indicator;
    using Parent = DirectionsList;
    using Children = Lists<>;
    static const ListInfo &info() { return lists::DirectionIndicators; }
    template<typename D> static auto &rows(D &d) { return d.indicators; }
};

struct DetailsList
{
    using Row = DetailLine;
    using Parent = DirectionsList;
    using Children = Lists<>;
    static const ListInfo &info() { return lists::Details; }
    template<typename D> static auto &rows(D &d) { return d.details; }
};

struct DirectionsList
{
    using Row = Direction;
    using Parent = FundsList;
    using Children = Lists<DirectionIndicatorsList, DetailsList>;
    static const ListInfo &info() { return lists::Directions; }
    template<typename F> static auto &rows(F &f) { return f.directions; }
};

struct FundsList
{
    using Row = Fund;
    using Parent = void;
    using Children = Lists<DirectionsList>;
    static const ListInfo &info() { return lists::Funds; }
    template<typename F> static auto &rows(F &f) { return f.funds; }
};

struct ProjectIndicatorsList
{
    using Row = Indicator;
    using Parent = ProjectsList;
    using Children = Lists<>;
    static const ListInfo &info() { return lists::ProjectIndicators; }
    template<typename P> static auto &rows(P &p) { return p.indicators; }
};

struct ProjectsList
{
    using Row = Project;
    using Parent = void;
    using Children = Lists<ProjectIndicatorsList>;
    static const ListInfo &info() { return lists::Projects; }
    template<typename F> static auto &rows(F &f) { return f.projects; }
};

// Whether list L is one of the overview's (the interchange format writes it
// in the "overview" object, not the filing's).
template<typename L> constexpr bool inOverview = requires
{
    L::InOverview;
};

// ---- how a row is recognised and named ------------------------------------
// The comparison matches rows of two years by what they are (a fund by its
// name, an indicator by its levels and name), not by position, and names
// them in its descriptions.

inline QString rowKey(const Indicator &x)
{
    return normalizeIndicatorName(x.level1) + QLatin1Char('\x1f') + normalizeIndicatorName(x.level2)
        + QLatin1Char('\x1f') + x.name.simplified();
}
inline QString rowKey(const WorkPlanItem &w)
{
    return w.item.simplified();
}
inline QString rowKey(const DetailLine &l)
{
    return l.content.simplified() + QLatin1Char('\x1f') + l.item.simplified();
}
template<typename Row> QString rowKey(const Row &r) // a fund, a direction, a project: by name
{
    return r.name.simplified();
}

inline QString rowTitle(const WorkPlanItem &w)
{
    return w.item;
}
inline QString rowTitle(const DetailLine &l)
{
    return l.item.isEmpty() ? l.content : l.item;
}
template<typename Row> QString rowTitle(const Row &r)
{
    return r.name;
}

// ---- walking the tree of lists --------------------------------------------

// Calls f(L{}) for each list of `Lists<L...>`.
template<typename... L, typename Fn> void forEach(Lists<L...>, Fn &&f)
{
    (f(L {}), ...);
}

// Calls f(L{}) for every list of the tree, each before its own lists.
template<typename Fn> void forEachList(Fn &&f);

namespace detail {
template<typename L, typename Fn> void preorder(Fn &f)
{
    f(L {});
    forEach(typename L::Children {}, [&f](auto c) { preorder<decltype(c)>(f); });
}
} // namespace detail

template<typename Fn> void forEachList(Fn &&f)
{
    forEach(FilingLists {}, [&f](auto l) { detail::preorder<decltype(l)>(f); });
}

// The keys of a row's own lists ("indicators", "details"), in order.
template<typename L> std::vector<const char *> childKeys()
{
    std::vector<const char *> keys;
    forEach(typename L::Children {}, [&keys](auto c) { keys.push_back(decltype(c)::info().key); });
    return keys;
}

// Calls f(L{}, row, path) for every row of every list in `filing`, each row
// before its own lists' rows; path holds the positions of the rows that
// enclose it and then its own (a direction's: {fund, direction}).
template<typename FilingT, typename Fn> void forEachRow(FilingT &filing, Fn &&f);

namespace detail {
template<typename L, typename Owner, typename Fn> void rowsOf(Owner &owner, QList<int> &path, Fn &f)
{
    auto &rows = L::rows(owner);
    for (int i = 0; i < rows.size(); ++i) {
        path.append(i);
        auto &row = rows[i];
        f(L {}, row, std::as_const(path));
        forEach(typename L::Children {}, [&](auto c) { rowsOf<decltype(c)>(row, path, f); });
        path.removeLast();
    }
}
} // namespace detail

template<typename FilingT, typename Fn> void forEachRow(FilingT &filing, Fn &&f)
{
    QList<int> path;
    forEach(FilingLists {}, [&](auto l) { detail::rowsOf<decltype(l)>(filing, path, f); });
}

// The rows of list L under the enclosing positions `parents` (a direction's
// indicators under {fund, direction}), or nullptr when no such row exists.
// The JSON Pointer of the row of list L at `path` (the positions of the rows
// enclosing it, then its own): "/funds/1/directions/0/details/2".
template<typename L> QString rowPointer(const QList<int> &path)
{
    const ListInfo &info = L::info();
    QString base;
    if constexpr (!std::is_void_v<typename L::Parent>)
        base = rowPointer<typename L::Parent>(path.first(info.depth));
    else if constexpr (inOverview<L>)
        base = QStringLiteral("/overview");
    return base + QLatin1Char('/') + QLatin1String(info.key) + QLatin1Char('/') + QString::number(path[info.depth]);
}

// Calls fn(text, pointer) for every text of the filing whose field has
// `trait` (FieldTrait: Typed, CarriesYears…) — texts, and optional texts
// that are present —, in the order of the interchange format: the
// department's, the overview's, then every row's, each before its own lists'.
// `text` is a QString & or a const QString & as FilingT is const or not.
template<typename FilingT, typename Fn> void forEachTextWith(FilingT &filing, FieldTrait trait, Fn &&fn)
{
    auto fields = [&](auto &row, const QString &ptr) {
        using Row = std::remove_const_t<std::remove_reference_t<decltype(row)>>;
        for (const Field<Row> &f : fieldsOf<Row>()) {
            if (!f.has(trait))
                continue;
            if (f.kind == ValueKind::Text)
                fn(row.*f.text, ptr + QLatin1Char('/') + QLatin1String(f.key));
            else if (f.kind == ValueKind::OptionalText && (row.*f.optionalText))
                fn(*(row.*f.optionalText), ptr + QLatin1Char('/') + QLatin1String(f.key));
        }
    };
    fields(filing.department, QStringLiteral("/department"));
    fields(filing.overview, QStringLiteral("/overview"));
    forEachRow(
        filing, [&](auto list, auto &row, const QList<int> &path) { fields(row, rowPointer<decltype(list)>(path)); });
}

namespace detail {
// The row holding list L (the Filing for the filing's own lists), const as FilingT is.
template<typename L, typename FilingT, typename Parent = typename L::Parent> struct OwnerOf
{
    using type = std::conditional_t<std::is_const_v<FilingT>, const typename Parent::Row, typename Parent::Row>;
};
template<typename L, typename FilingT> struct OwnerOf<L, FilingT, void>
{
    using type = FilingT;
};
} // namespace detail

template<typename L, typename FilingT>
using RowsOf = std::remove_reference_t<decltype(L::rows(std::declval<typename detail::OwnerOf<L, FilingT>::type &>()))>;

template<typename L, typename FilingT, typename Index> RowsOf<L, FilingT> *rowsAt(FilingT &filing, const Index *parents)
{
    if constexpr (std::is_void_v<typename L::Parent>) {
        return &L::rows(filing);
    } else {
        using P = typename L::Parent;
        auto *owners = rowsAt<P>(filing, parents);
        const Index at = parents[P::info().depth];
        if (!owners || at < 0 || at >= owners->size())
            return nullptr;
        return &L::rows((*owners)[at]);
    }
}

} // namespace jixiao::tree

namespace jixiao {

// The lowest interchange format version (and so the oldest program) that
// reads everything `filing` holds: 1 unless it uses what a later version
// introduced (a list, a field, a value; see Field::since, ListInfo::since).
// The JSON writer writes it as formatVersion and drafts and the shared store
// record it with each filing, so an additive change does not lock older
// programs out of data that does not use it (as KeePassXC writes KDBX 4.0
// unless a 4.1 feature is used).
int formatVersionNeeded(const Filing &filing);

} // namespace jixiao
