// SPDX-License-Identifier: GPL-3.0-or-later
// The same thing twice inside one table: an indicator row repeated, a detail
// line repeated (even when the totals were adjusted to still add up), a work
// plan row repeated. Texts are compared without spaces, so a reflowed copy is
// still a copy. Different tables may repeat each other: every direction has
// its own 满意度 row.
#include "rule.h"

#include "indicatorvalue.h"
#include "textscan.h"

#include "model/jsonpointer.h"

#include <QHash>

namespace jixiao::rules {

namespace {

// Spaces, full-width forms and trailing punctuation do not make a text different.
QString same(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!text::isSpace(c))
            out.append(QChar(text::fold(c)));
    while (!out.isEmpty() && (out.back() == u'。' || out.back() == u'.' || out.back() == u'；' || out.back() == u';'))
        out.chop(1);
    return out;
}

void indicatorRow(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (indicators.size() < 2)
            return;
        QHash<QString, int> seen;
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            if (ind.name.trimmed().isEmpty())
                continue; // an empty row: required.empty's
            const CheckContext::Placement &p = c.facts(table, i).placement;
            // Rows count as one when they sit in the same place of the scheme
            // (or carry the same unknown labels) and say the same.
            QString key = p.def ? QString::number(p.level1) + QLatin1Char('/') + QString::number(p.level2)
                                : same(ind.level1) + QLatin1Char('/') + same(ind.level2);
            key += QChar(0x1F);
            key += same(ind.name);
            key += QChar(0x1F);
            key += text::canonicalValue(ind.value, c.facts(table, i).value);
            const auto it = seen.constFind(key);
            if (it == seen.cend()) {
                seen.insert(key, i);
                continue;
            }
            Finding &f = sink.add(table.indicator(i, QLatin1String("name")),
                Checks::tr("This indicator row repeats row %1 (“%2”, %3): delete it, or make it measure something "
                           "else.")
                    .arg(*it + 1)
                    .arg(ind.name.simplified(), ind.value.simplified()));
            f.related = {table.indicator(*it, QLatin1String("name"))};
        }
    });
}

void detailLine(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const QList<DetailLine> &details = filing.funds[f].directions[d].details;
            if (details.size() < 2)
                continue;
            QHash<QString, int> seen;
            for (int i = 0; i < details.size(); ++i) {
                const DetailLine &l = details[i];
                if (l.basis.trimmed().isEmpty() && l.content.trimmed().isEmpty())
                    continue; // nothing to compare: required.empty's
                // 支出内容简介 may be left to 支出明细: whichever says what the money is for.
                QString key = same(l.content.trimmed().isEmpty() ? l.item : l.content);
                key += QChar(0x1F);
                key += amountToString(l.amount);
                key += QChar(0x1F);
                key += same(l.basis);
                const auto it = seen.constFind(key);
                if (it == seen.cend()) {
                    seen.insert(key, i);
                    continue;
                }
                const QLatin1String field(l.content.trimmed().isEmpty() ? "item" : "content");
                Finding &finding = sink.add(pointer::detail(f, d, i) + QLatin1Char('/') + field,
                    Checks::tr("This expenditure line repeats line %1 (same content, %2, same calculation): the "
                               "money would be counted twice. Delete it, or say what else it pays for.")
                        .arg(*it + 1)
                        .arg(c.money(valueOrZero(l.amount))));
                finding.related = {pointer::detail(f, d, *it) + QLatin1Char('/') + field};
            }
        }
}

void workPlanRow(const CheckContext &c, Sink &sink)
{
    const QList<WorkPlanItem> &plan = c.filing.overview.workPlan;
    QHash<QString, int> seen;
    for (int i = 0; i < plan.size(); ++i) {
        const WorkPlanItem &w = plan[i];
        if (w.goal.trimmed().isEmpty())
            continue;
        const QString key = same(w.item) + QChar(0x1F) + same(w.goal);
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, i);
            continue;
        }
        Finding &f = sink.add(pointer::workPlan(i) + QStringLiteral("/goal"),
            Checks::tr("This work plan row repeats row %1 (“%2”): delete it, or state the other task.")
                .arg(*it + 1)
                .arg(w.item.simplified()));
        f.related = {pointer::workPlan(*it) + QStringLiteral("/goal")};
    }
}

// Two special funds, or two expenditure directions, with one name: the
// summary table lists them as two rows a reviewer cannot tell apart.
void sameName(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    QHash<QString, int> funds;
    for (int f = 0; f < filing.funds.size(); ++f) {
        const QString key = same(filing.funds[f].name);
        if (key.isEmpty())
            continue;
        const auto it = funds.constFind(key);
        if (it == funds.cend()) {
            funds.insert(key, f);
            continue;
        }
        Finding &finding = sink.add(pointer::fund(f) + QStringLiteral("/name"),
            Checks::tr("Special fund %1 is also called “%2”: give each fund its own name, or merge them.")
                .arg(*it + 1)
                .arg(filing.funds[f].name.simplified()));
        finding.related = {pointer::fund(*it) + QStringLiteral("/name")};
    }
    for (int f = 0; f < filing.funds.size(); ++f) {
        // Within one fund: under two funds, the summary table tells them apart.
        QHash<QString, int> directions;
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const QString key = same(filing.funds[f].directions[d].name);
            if (key.isEmpty())
                continue;
            const auto it = directions.constFind(key);
            if (it == directions.cend()) {
                directions.insert(key, d);
                continue;
            }
            Finding &finding = sink.add(pointer::direction(f, d) + QStringLiteral("/name"),
                Checks::tr("Direction %1 of this fund is also called “%2”: give each direction its own name, or "
                           "merge the two tables.")
                    .arg(*it + 1)
                    .arg(filing.funds[f].directions[d].name.simplified()));
            finding.related = {pointer::direction(f, *it) + QStringLiteral("/name")};
        }
    }
}

} // namespace

const QList<Rule> &duplicateRules()
{
    static const QList<Rule> rules {
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
