// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare.h"

#include "fields.h"
#include "jsonpointer.h"

#include <QHash>

#include <functional>

namespace jixiao {

namespace {

// Names and values in a description: one line, and short enough to read
// (Change::before/after keep the whole text).
QString quoted(const QString &s)
{
    QString t = s.simplified();
    if (t.size() > 40)
        t = t.left(39) + QStringLiteral("…");
    return QStringLiteral("“") + t + QStringLiteral("”");
}

// Matched index pairs of two lists, in order. Common rows are found by key
// (longest common subsequence); in each gap between them, rows left on both
// sides are paired in order as "changed" (an edited name), the rest are
// removed or added.
struct Alignment
{
    QList<QPair<int, int>> pairs; // (-1, j) added, (i, -1) removed
};

template<typename T, typename KeyFn> Alignment align(const QList<T> &a, const QList<T> &b, KeyFn key)
{
    const int n = int(a.size()), m = int(b.size());
    QList<QString> ka, kb;
    ka.reserve(n);
    kb.reserve(m);
    for (const T &x : a)
        ka.append(key(x));
    for (const T &y : b)
        kb.append(key(y));

    QList<QPair<int, int>> common;
    int prefix = 0;
    while (prefix < n && prefix < m && ka[prefix] == kb[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && ka[n - 1 - suffix] == kb[m - 1 - suffix])
        ++suffix;
    for (int i = 0; i < prefix; ++i)
        common.append({i, i});
    const int n2 = n - prefix - suffix, m2 = m - prefix - suffix;
    if (qint64(n2) * m2 <= 4'000'000) {
        // LCS table over the middle.
        QList<int> t((n2 + 1) * (m2 + 1), 0);
        auto at = [&](int i, int j) -> int & { return t[i * (m2 + 1) + j]; };
        for (int i = n2 - 1; i >= 0; --i)
            for (int j = m2 - 1; j >= 0; --j)
                at(i, j) = ka[prefix + i] == kb[prefix + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < n2 && j < m2) {
            if (ka[prefix + i] == kb[prefix + j]) {
                common.append({prefix + i, prefix + j});
                ++i, ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    } else {
        // Very long lists: match equal keys greedily in order.
        QHash<QString, QList<int>> where;
        for (int j = 0; j < m2; ++j)
            where[kb[prefix + j]].append(prefix + j);
        int lastJ = prefix - 1;
        for (int i = 0; i < n2; ++i) {
            auto it = where.find(ka[prefix + i]);
            if (it == where.end())
                continue;
            while (!it->isEmpty() && it->first() <= lastJ)
                it->removeFirst();
            if (it->isEmpty())
                continue;
            lastJ = it->takeFirst();
            common.append({prefix + i, lastJ});
        }
    }
    for (int s = suffix; s > 0; --s)
        common.append({n - s, m - s});

    Alignment result;
    int pi = 0, pj = 0;
    auto gap = [&](int toI, int toJ) {
        while (pi < toI && pj < toJ)
            result.pairs.append({pi++, pj++});
        while (pi < toI)
            result.pairs.append({pi++, -1});
        while (pj < toJ)
            result.pairs.append({-1, pj++});
    };
    for (const auto &[i, j] : common) {
        gap(i, j);
        result.pairs.append({i, j});
        pi = i + 1;
        pj = j + 1;
    }
    gap(n, m);
    return result;
}

class Comparer
{
public:
    QList<Change> changes;

    void text(
        const QString &place, const QString &field, const QString &ptr, const QString &before, const QString &after)
    {
        if (before == after)
            return;
        Change c;
        c.kind = Change::Changed;
        c.pointer = ptr;
        c.before = before;
        c.after = after;
        if (before.isEmpty())
            c.description = FilingComparison::tr("%1: %2 filled in: %3").arg(place, field, quoted(after));
        else if (after.isEmpty())
            c.description = FilingComparison::tr("%1: %2 emptied (was %3)").arg(place, field, quoted(before));
        else
            c.description
                = FilingComparison::tr("%1: %2 changed from %3 to %4").arg(place, field, quoted(before), quoted(after));
        changes.append(c);
    }

    void optionalText(const QString &place, const QString &field, const QString &ptr,
        const std::optional<QString> &before, const std::optional<QString> &after)
    {
        text(place, field, ptr, before.value_or(QString()), after.value_or(QString()));
    }

    void amount(const QString &place, const QString &field, const QString &ptr, const Amount &before,
        const Amount &after, const QString &unit)
    {
        if (before == after)
            return;
        Change c;
        c.kind = Change::Changed;
        c.pointer = ptr;
        c.before = amountToString(before);
        c.after = amountToString(after);
        if (!before)
            c.description = FilingComparison::tr("%1: %2 filled in: %3 %4").arg(place, field, c.after, unit);
        else if (!after)
            c.description = FilingComparison::tr("%1: %2 emptied (was %3 %4)").arg(place, field, c.before, unit);
        else {
            const Money delta = *after - *before;
            const QString signedDelta = (delta.isNegative() ? QString() : QStringLiteral("+")) + delta.toString();
            c.description = FilingComparison::tr("%1: %2 changed from %3 to %4 %5 (%6)")
                                .arg(place, field, c.before, c.after, unit, signedDelta);
        }
        changes.append(c);
    }

    void added(const QString &place, const QString &kind, const QString &ptr, const QString &summary)
    {
        changes.append({Change::Added, ptr, QString(), summary,
            FilingComparison::tr("%1: %2 %3 added").arg(place, kind, quoted(summary))});
    }

    void removed(const QString &place, const QString &kind, const QString &ptr, const QString &summary)
    {
        changes.append({Change::Removed, ptr, summary, QString(),
            FilingComparison::tr("%1: %2 %3 removed").arg(place, kind, quoted(summary))});
    }

    // Every field of two rows at `ptr`, each under its own label.
    template<typename Row>
    void fields(const QString &place, const QString &ptr, const Row &x, const Row &y, const QString &unit)
    {
        for (const Field<Row> &f : fieldsOf<Row>()) {
            const QString p = pointer::join(ptr, QLatin1String(f.key));
            switch (f.kind) {
            case ValueKind::Text:
                text(place, f.translatedLabel(), p, x.*f.text, y.*f.text);
                break;
            case ValueKind::OptionalText:
                optionalText(place, f.translatedLabel(), p, x.*f.optionalText, y.*f.optionalText);
                break;
            case ValueKind::Amount:
                amount(place, f.translatedLabel(), p, x.*f.amount, y.*f.amount, unit);
                break;
            }
        }
    }

    void indicators(const QString &place, const QList<Indicator> &a, const QList<Indicator> &b,
        const std::function<QString(int)> &ptrOf, const std::function<QString(int)> &oldPtrOf)
    {
        if (a == b)
            return;
        auto key = [](const Indicator &x) {
            return normalizeIndicatorName(x.level1) + QLatin1Char('\x1f') + normalizeIndicatorName(x.level2)
                + QLatin1Char('\x1f') + x.name.simplified();
        };
        auto summary = [](const Indicator &x) {
            return x.name + (x.value.isEmpty() ? QString() : QStringLiteral(" ") + x.value);
        };
        for (const auto &[i, j] : align(a, b, key).pairs) {
            if (i < 0) {
                added(place, FilingComparison::tr("indicator"), ptrOf(j), summary(b[j]));
                continue;
            }
            if (j < 0) {
                removed(place, FilingComparison::tr("indicator"), oldPtrOf(i), summary(a[i]));
                continue;
            }
            const Indicator &x = a[i];
            const Indicator &y = b[j];
            if (x == y)
                continue;
            const QString p = ptrOf(j);
            const QString where
                = FilingComparison::tr("%1, indicator %2").arg(place, quoted(y.name.isEmpty() ? x.name : y.name));
            fields(where, p, x, y, QString());
        }
    }
};

} // namespace

QList<Change> compareFilings(const Filing &older, const Filing &newer)
{
    Comparer c;
    const QString unit = amountUnitName(newer.amountUnit);
    const QString filing = FilingComparison::tr("Filing");
    if (older.fiscalYear != newer.fiscalYear)
        c.text(filing, topLevelLabel(u"fiscalYear"), QStringLiteral("/fiscalYear"), QString::number(older.fiscalYear),
            QString::number(newer.fiscalYear));
    c.optionalText(filing, topLevelLabel(u"fundLevel"), QStringLiteral("/fundLevel"), older.fundLevel, newer.fundLevel);
    c.text(filing, topLevelLabel(u"amountUnit"), QStringLiteral("/amountUnit"), amountUnitName(older.amountUnit),
        amountUnitName(newer.amountUnit));
    c.optionalText(filing, topLevelLabel(u"indicatorScheme"), QStringLiteral("/indicatorScheme"),
        older.indicatorScheme ? std::optional(indicatorSchemeKey(*older.indicatorScheme)) : std::nullopt,
        newer.indicatorScheme ? std::optional(indicatorSchemeKey(*newer.indicatorScheme)) : std::nullopt);

    const QString dept = FilingComparison::tr("Department");
    c.fields(dept, QStringLiteral("/department"), older.department, newer.department, unit);

    const QString overview = FilingComparison::tr("Department overview");
    const Overview &oa = older.overview;
    const Overview &ob = newer.overview;
    c.fields(overview, QStringLiteral("/overview"), oa, ob, unit);
    c.fields(overview, QStringLiteral("/overview/budget"), oa.budget, ob.budget, unit);

    if (oa.workPlan != ob.workPlan) {
        auto key = [](const WorkPlanItem &w) { return w.item.simplified(); };
        for (const auto &[i, j] : align(oa.workPlan, ob.workPlan, key).pairs) {
            if (i < 0) {
                c.added(overview, FilingComparison::tr("work plan item"), pointer::workPlan(j), ob.workPlan[j].item);
            } else if (j < 0) {
                c.removed(overview, FilingComparison::tr("work plan item"), pointer::workPlan(i), oa.workPlan[i].item);
            } else if (!(oa.workPlan[i] == ob.workPlan[j])) {
                const WorkPlanItem &x = oa.workPlan[i];
                const WorkPlanItem &y = ob.workPlan[j];
                const QString where = FilingComparison::tr("%1, work plan item %2").arg(overview, quoted(y.item));
                c.fields(where, pointer::workPlan(j), x, y, unit);
            }
        }
    }
    c.indicators(
        overview, oa.indicators, ob.indicators, [](int j) { return pointer::overviewIndicator(j); },
        [](int i) { return pointer::overviewIndicator(i); });

    if (older.funds == newer.funds)
        return c.changes;
    auto nameKey = [](const auto &x) { return x.name.simplified(); };
    for (const auto &[fi, fj] : align(older.funds, newer.funds, nameKey).pairs) {
        if (fi < 0) {
            const Fund &f = newer.funds[fj];
            c.added(filing, FilingComparison::tr("fund"), pointer::fund(fj),
                f.name + (f.amount ? QStringLiteral(" ") + f.amount->toString() + unit : QString()));
            continue;
        }
        if (fj < 0) {
            const Fund &f = older.funds[fi];
            c.removed(filing, FilingComparison::tr("fund"), pointer::fund(fi),
                f.name + (f.amount ? QStringLiteral(" ") + f.amount->toString() + unit : QString()));
            continue;
        }
        const Fund &fa = older.funds[fi];
        const Fund &fb = newer.funds[fj];
        if (fa == fb)
            continue;
        const QString fundPlace = FilingComparison::tr("Fund %1").arg(quoted(fb.name));
        c.fields(fundPlace, pointer::fund(fj), fa, fb, unit);
        for (const auto &[di, dj] : align(fa.directions, fb.directions, nameKey).pairs) {
            if (di < 0) {
                const Direction &d = fb.directions[dj];
                c.added(fundPlace, FilingComparison::tr("direction"), pointer::direction(fj, dj),
                    d.name + (d.amount ? QStringLiteral(" ") + d.amount->toString() + unit : QString()));
                continue;
            }
            if (dj < 0) {
                const Direction &d = fa.directions[di];
                c.removed(fundPlace, FilingComparison::tr("direction"), pointer::direction(fi, di),
                    d.name + (d.amount ? QStringLiteral(" ") + d.amount->toString() + unit : QString()));
                continue;
            }
            const Direction &x = fa.directions[di];
            const Direction &y = fb.directions[dj];
            if (x == y)
                continue;
            const QString place = FilingComparison::tr("Direction %1 of fund %2").arg(quoted(y.name), quoted(fb.name));
            c.fields(place, pointer::direction(fj, dj), x, y, unit);
            const int ofi = fi, odi = di, nfj = fj, ndj = dj;
            c.indicators(
                place, x.indicators, y.indicators, [=](int j) { return pointer::directionIndicator(nfj, ndj, j); },
                [=](int i) { return pointer::directionIndicator(ofi, odi, i); });
            if (x.details == y.details)
                continue;
            auto detailKey = [](const DetailLine &l) {
                return l.content.simplified() + QLatin1Char('\x1f') + l.item.simplified();
            };
            auto summary = [&](const DetailLine &l) {
                QString s = l.item.isEmpty() ? l.content : l.item;
                if (l.amount)
                    s += QStringLiteral(" ") + l.amount->toString() + unit;
                return s;
            };
            for (const auto &[li, lj] : align(x.details, y.details, detailKey).pairs) {
                if (li < 0) {
                    c.added(place, FilingComparison::tr("expenditure detail"), pointer::detail(fj, dj, lj),
                        summary(y.details[lj]));
                } else if (lj < 0) {
                    c.removed(place, FilingComparison::tr("expenditure detail"), pointer::detail(fi, di, li),
                        summary(x.details[li]));
                } else if (!(x.details[li] == y.details[lj])) {
                    const DetailLine &u = x.details[li];
                    const DetailLine &v = y.details[lj];
                    const QString where = FilingComparison::tr("%1, expenditure detail %2")
                                              .arg(place, quoted(v.item.isEmpty() ? v.content : v.item));
                    c.fields(where, pointer::detail(fj, dj, lj), u, v, unit);
                }
            }
        }
    }
    return c.changes;
}

} // namespace jixiao
