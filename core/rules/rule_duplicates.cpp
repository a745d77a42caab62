// SPDX-License-Identifier: GPL-3.0-or-later
// The same thing twice inside one table: an indicator row repeated, a detail
// line repeated (even when the totals were adjusted to still add up), a work
// plan row repeated. Texts are compared without spaces, so a reflowed copy is
// still a copy. Different tables may repeat each other: every direction has
// its own 满意度 row.
#include "rule.h"

#include <QHash>

#include <algorithm>
#include <tuple>

#include "indicatorvalue.h"
#include "textscan.h"

#include "model/jsonpointer.h"

#include <QVarLengthArray>

namespace jixiao::rules {

namespace {

using text::textFingerprint;

// Copies are found by fingerprint (text::textFingerprint: spaces, full-width
// forms and a trailing full stop do not make a text different), pairwise:
// tables and lists are short, and nothing is allocated for the rows that
// differ, which are nearly all of them.
template<typename Report> void findRepeats(const QVarLengthArray<quint64, 32> &prints, Report report)
{
    for (int i = 1; i < prints.size(); ++i)
        for (int first = 0; first < i; ++first)
            if (prints[first] == prints[i]) {
                report(first, i);
                break;
            }
}

quint64 mix(quint64 h, quint64 v)
{
    return (h ^ v) * 1099511628211ULL;
}

void indicatorRow(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (indicators.size() < 2)
            return;
        QVarLengthArray<quint64, 32> prints(indicators.size());
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::Placement &p = c.facts(table, i).placement;
            // Rows count as one when they sit in the same place of the scheme
            // (or carry the same unknown labels) and say the same.
            quint64 h = p.def ? mix(quint64(p.level1) << 32 | quint32(p.level2), 1)
                              : mix(textFingerprint(ind.level1), textFingerprint(ind.level2));
            h = mix(h, textFingerprint(ind.name));
            h = mix(h, text::valueFingerprint(ind.value, c.facts(table, i).value));
            // An empty row is required.empty's: never a copy of another.
            prints[i] = text::isBlank(ind.name) ? quint64(i) : h;
        }
        findRepeats(prints, [&](int first, int i) {
            const Indicator &ind = indicators[i];
            Finding &f = sink.add(table.indicator(i, QLatin1String("name")),
                Checks::tr("This indicator row repeats row %1 (“%2”, %3): delete it, or make it measure something "
                           "else.")
                    .arg(first + 1)
                    .arg(ind.name.simplified(), ind.value.simplified()));
            f.related = {table.indicator(first, QLatin1String("name"))};
        });
    });
}

// 支出内容简介 may be left to 支出明细: whichever says what the money is for.
QLatin1String detailWhat(const DetailLine &l)
{
    return QLatin1String(text::isBlank(l.content) ? "item" : "content");
}

void detailLine(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const QList<DetailLine> &details = filing.funds[f].directions[d].details;
            if (details.size() < 2)
                continue;
            // Only lines whose amount another line has can be copies: hash
            // the texts of those alone.
            QVarLengthArray<quint64, 32> prints(details.size());
            for (int i = 0; i < details.size(); ++i) {
                const DetailLine &l = details[i];
                bool twin = false;
                for (int j = 0; j < details.size() && !twin; ++j)
                    twin = j != i && details[j].amount == l.amount;
                if (!twin) {
                    prints[i] = quint64(i);
                    continue;
                }
                const bool blank = text::isBlank(l.basis) && text::isBlank(l.content);
                quint64 h = textFingerprint(detailWhat(l) == QLatin1String("item") ? l.item : l.content);
                h = mix(h, l.amount ? quint64(l.amount->micros()) : 0x9E3779B97F4A7C15ULL);
                h = mix(h, textFingerprint(l.basis));
                prints[i] = blank ? quint64(i) : h; // nothing to compare: required.empty's
            }
            findRepeats(prints, [&](int first, int i) {
                const DetailLine &l = details[i];
                const QLatin1String field = detailWhat(l);
                Finding &finding = sink.add(pointer::detail(f, d, i) + QLatin1Char('/') + field,
                    Checks::tr("This expenditure line repeats line %1 (same content, %2, same calculation): the "
                               "money would be counted twice. Delete it, or say what else it pays for.")
                        .arg(first + 1)
                        .arg(c.money(valueOrZero(l.amount))));
                finding.related = {pointer::detail(f, d, first) + QLatin1Char('/') + detailWhat(details[first])};
            });
        }
}

void workPlanRow(const CheckContext &c, Sink &sink)
{
    const QList<WorkPlanItem> &plan = c.filing.overview.workPlan;
    QVarLengthArray<quint64, 32> prints(plan.size());
    for (int i = 0; i < plan.size(); ++i)
        prints[i] = text::isBlank(plan[i].goal) ? quint64(i)
                                                : mix(textFingerprint(plan[i].item), textFingerprint(plan[i].goal));
    findRepeats(prints, [&](int first, int i) {
        Finding &f = sink.add(pointer::workPlan(i) + QStringLiteral("/goal"),
            Checks::tr("This work plan row repeats row %1 (“%2”): delete it, or state the other task.")
                .arg(first + 1)
                .arg(plan[i].item.simplified()));
        f.related = {pointer::workPlan(first) + QStringLiteral("/goal")};
    });
}

// Two special funds, or two directions of one fund, with one name: the
// summary table lists them as two rows a reviewer cannot tell apart.
// Copies across directions: the same annual goal word for word, the same
// detail line budgeted twice. A direction copied from another and not
// rewritten states someone else's goal, or pays for the same thing twice.
void goalAcrossDirections(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    QHash<quint64, std::pair<int, int>> seen;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const QString &goal = filing.funds[f].directions[d].annualGoal;
            if (goal.size() < 12 || text::isNonAnswer(goal))
                continue; // short goals ("同上") are text.non-answer's or may coincide
            const quint64 h = textFingerprint(goal);
            const auto it = seen.constFind(h);
            if (it == seen.cend()) {
                seen.insert(h, {f, d});
                continue;
            }
            const int f0 = it->first, d0 = it->second;
            Finding &finding = sink.add(TableRef {f, d}.base() + QStringLiteral("/annualGoal"),
                Checks::tr("This annual goal repeats that of direction “%1” word for word: state what this "
                           "direction's own money achieves.")
                    .arg(filing.funds[f0].directions[d0].name.simplified()));
            finding.related = QStringList {TableRef {f0, d0}.base() + QStringLiteral("/annualGoal")};
        }
}

void detailAcrossDirections(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    struct Place
    {
        int f, d, i;
        quint64 what = 0; // fingerprint of its content (or item)
    };
    // Only lines with the same amount can be copies: bucket them by amount,
    // then compare the short content texts, and the calculations only of the
    // lines whose content matches.
    QHash<qint64, QVarLengthArray<Place, 4>> byAmount;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const QList<DetailLine> &details = filing.funds[f].directions[d].details;
            for (int i = 0; i < details.size(); ++i)
                if (details[i].amount && details[i].amount->micros() != 0 && !text::isBlank(details[i].basis))
                    byAmount[details[i].amount->micros()].append({f, d, i});
        }
    auto line = [&](const Place &p) -> const DetailLine & { return filing.funds[p.f].directions[p.d].details[p.i]; };
    QList<std::pair<Place, Place>> copies; // (first, copy)
    for (auto it = byAmount.begin(); it != byAmount.end(); ++it) {
        QVarLengthArray<Place, 4> &places = it.value();
        if (places.size() < 2)
            continue;
        for (Place &p : places)
            p.what = textFingerprint(detailWhat(line(p)) == QLatin1String("item") ? line(p).item : line(p).content);
        for (int k = 1; k < places.size(); ++k)
            for (int first = 0; first < k; ++first) {
                const Place &a = places[first], &b = places[k];
                if (a.what != b.what || (a.f == b.f && a.d == b.d))
                    continue; // within one direction: dup.detail-line's
                if (textFingerprint(line(a).basis) != textFingerprint(line(b).basis))
                    continue;
                copies.append({a, b});
                break;
            }
    }
    // In document order, whatever order the buckets came in.
    std::sort(copies.begin(), copies.end(), [](const auto &x, const auto &y) {
        return std::tie(x.second.f, x.second.d, x.second.i) < std::tie(y.second.f, y.second.d, y.second.i);
    });
    for (const auto &[first, copy] : copies) {
        const DetailLine &l = line(copy);
        Finding &finding = sink.add(pointer::detail(copy.f, copy.d, copy.i) + QLatin1Char('/') + detailWhat(l),
            Checks::tr("This expenditure line is budgeted in direction “%1” too (same content, %2, same "
                       "calculation): the money would be counted twice.")
                .arg(filing.funds[first.f].directions[first.d].name.simplified(), c.money(valueOrZero(l.amount))));
        finding.related = {pointer::detail(first.f, first.d, first.i) + QLatin1Char('/') + detailWhat(line(first))};
    }
}

void sameName(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    QVarLengthArray<quint64, 32> funds(filing.funds.size());
    for (int f = 0; f < filing.funds.size(); ++f)
        funds[f] = text::isBlank(filing.funds[f].name) ? quint64(f) : textFingerprint(filing.funds[f].name);
    findRepeats(funds, [&](int first, int f) {
        Finding &finding = sink.add(pointer::fund(f) + QStringLiteral("/name"),
            Checks::tr("Special fund %1 is also called “%2”: give each fund its own name, or merge them.")
                .arg(first + 1)
                .arg(filing.funds[f].name.simplified()));
        finding.related = {pointer::fund(first) + QStringLiteral("/name")};
    });
    // Directions within one fund: under two funds, the summary table tells them apart.
    for (int f = 0; f < filing.funds.size(); ++f) {
        const QList<Direction> &dirs = filing.funds[f].directions;
        QVarLengthArray<quint64, 32> names(dirs.size());
        for (int d = 0; d < dirs.size(); ++d)
            names[d] = text::isBlank(dirs[d].name) ? quint64(d) : textFingerprint(dirs[d].name);
        findRepeats(names, [&](int first, int d) {
            Finding &finding = sink.add(pointer::direction(f, d) + QStringLiteral("/name"),
                Checks::tr("Direction %1 of this fund is also called “%2”: give each direction its own name, or "
                           "merge the two tables.")
                    .arg(first + 1)
                    .arg(dirs[d].name.simplified()));
            finding.related = {pointer::direction(f, first) + QStringLiteral("/name")};
        });
    }
}

} // namespace

const QList<Rule> &duplicateRules()
{
    static const QList<Rule> rules {
        {"dup.goal-across-directions", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Each direction states its own annual goal; one copied word for word from another direction was "
                "not rewritten."),
            goalAcrossDirections},
        {"dup.detail-across-directions", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "The same expenditure line (content, amount, calculation) in two directions counts the money twice."),
            detailAcrossDirections},
        {"dup.indicator-row", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "An indicator row must not be repeated in the same table."),
            indicatorRow},
        {"dup.detail-line", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "An expenditure line repeated (same content, amount and calculation) counts the money twice."),
            detailLine},
        {"dup.work-plan-row", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A work plan row must not be repeated."), workPlanRow},
        {"dup.name", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Special funds, and the directions of one fund, have names of their own: the summary table must "
                "tell them apart."),
            sameName},
    };
    return rules;
}

} // namespace jixiao::rules
