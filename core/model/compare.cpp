// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare.h"

#include "jsonpointer.h"
#include "listtree.h"

#include <QHash>

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

    // The rows of list L in two filings (under `oldBase` and `newBase`, the
    // pointers of the rows holding them), matched by what they are; a
    // matched row's fields, then its own lists.
    template<typename L>
    void list(const QString &place, const QString &oldBase, const QString &newBase, const QList<typename L::Row> &a,
        const QList<typename L::Row> &b, const QString &unit)
    {
        using Row = typename L::Row;
        if (a == b)
            return;
        const ListInfo &info = L::info();
        const QString word = info.translatedRowLabel();
        const QString oldList = pointer::join(oldBase, QLatin1String(info.key));
        const QString newList = pointer::join(newBase, QLatin1String(info.key));
        auto key = [](const Row &r) { return tree::rowKey(r); };
        const QString at = place.isEmpty() ? FilingComparison::tr("Filing") : place; // where rows come and go
        for (const auto &[i, j] : align(a, b, key).pairs) {
            if (i < 0) {
                added(at, word, pointer::join(newList, j), summary(b[j], unit));
                continue;
            }
            if (j < 0) {
                removed(at, word, pointer::join(oldList, i), summary(a[i], unit));
                continue;
            }
            const Row &x = a[i];
            const Row &y = b[j];
            if (x == y)
                continue;
            const QString title = tree::rowTitle(y).isEmpty() ? tree::rowTitle(x) : tree::rowTitle(y);
            // "Fund “A”", "Fund “A”, direction “B”", "Department overview, indicator “C”"
            QString where = place.isEmpty() ? FilingComparison::tr("%1 %2").arg(word, quoted(title))
                                            : FilingComparison::tr("%1, %2 %3").arg(place, word, quoted(title));
            if (place.isEmpty() && !where.isEmpty())
                where[0] = where[0].toUpper();
            const QString oldRow = pointer::join(oldList, i), newRow = pointer::join(newList, j);
            fields(where, newRow, x, y, unit);
            tree::forEach(typename L::Children {}, [&](auto child) {
                using C = decltype(child);
                list<C>(where, oldRow, newRow, C::rows(x), C::rows(y), unit);
            });
        }
    }

private:
    // A row in a few words: its title, an indicator's value, the first amount.
    template<typename Row> static QString summary(const Row &r, const QString &unit)
    {
        QString s = tree::rowTitle(r);
        if constexpr (std::is_same_v<Row, Indicator>)
            if (!r.value.isEmpty())
                s += QStringLiteral(" ") + r.value;
        for (const Field<Row> &f : fieldsOf<Row>())
            if (f.kind == ValueKind::Amount) {
                if (const Amount &a = r.*f.amount)
                    s += QStringLiteral(" ") + a->toString() + unit;
                break;
            }
        return s;
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
    c.fields(overview, QStringLiteral("/overview"), older.overview, newer.overview, unit);
    c.fields(overview, QStringLiteral("/overview/budget"), older.overview.budget, newer.overview.budget, unit);

    if (older.projectsComplete != newer.projectsComplete)
        c.text(filing, topLevelLabel(u"projectsComplete"), QStringLiteral("/projectsComplete"),
            older.projectsComplete ? FilingComparison::tr("yes") : FilingComparison::tr("no"),
            newer.projectsComplete ? FilingComparison::tr("yes") : FilingComparison::tr("no"));

    // The lists: the overview's under its name, the funds and projects as
    // the filing's own, named by themselves.
    tree::forEach(tree::FilingLists {}, [&](auto l) {
        using L = decltype(l);
        const QString base = tree::inOverview<L> ? QStringLiteral("/overview") : QString();
        c.list<L>(tree::inOverview<L> ? overview : QString(), base, base, L::rows(older), L::rows(newer), unit);
    });
    return c.changes;
}

} // namespace jixiao
