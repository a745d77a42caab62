// SPDX-License-Identifier: GPL-3.0-or-later
// The 支出测算依据及过程说明 is a calculation: its own arithmetic must hold, and
// what it arrives at must be the row's 金额.
#include "rule.h"

#include "textscan.h"

#include "model/jsonpointer.h"

namespace jixiao::rules {

namespace {

template<typename Fn> void forEachDetail(const CheckContext &c, Fn fn)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const Direction &dir = filing.funds[f].directions[d];
            for (int i = 0; i < dir.details.size(); ++i)
                fn(f, d, i, dir.details[i], c.basis(f, d, i));
        }
}

QString basisPointer(int f, int d, int i)
{
    return pointer::detail(f, d, i) + QStringLiteral("/basis");
}

QString amountPointer(int f, int d, int i)
{
    return pointer::detail(f, d, i) + QStringLiteral("/amount");
}

void basisAmount(const CheckContext &c, Sink &sink)
{
    forEachDetail(c, [&](int f, int d, int i, const DetailLine &line, const BasisCalculation &calc) {
        const std::optional<Money> result = calc.result();
        if (!result || calc.overflow)
            return;
        const Money amount = valueOrZero(line.amount);
        if (amountsAgree(*result, amount))
            return;
        // "4 × 0.2 = 0.9" on a 0.8 row: the stated result is the slip, and
        // basis.product / basis.itemised already say so.
        const std::optional<Money> own = calc.recomputed();
        if (!calc.consistent() && own && amountsAgree(*own, amount))
            return;
        Finding &finding = sink.add(basisPointer(f, d, i),
            Checks::tr("The calculation comes to %1, but the line's amount is %2.")
                .arg(c.money(*result), line.amount ? c.money(amount) : Checks::tr("empty")));
        finding.related = {amountPointer(f, d, i)};
        finding.expected = amountToString(line.amount);
        finding.actual = result->toString();
    });
}

void basisProduct(const CheckContext &c, Sink &sink)
{
    forEachDetail(c, [&](int f, int d, int i, const DetailLine &, const BasisCalculation &calc) {
        for (const BasisItem &item : calc.items) {
            if (!item.inconsistent())
                continue;
            Finding &finding = sink.add(basisPointer(f, d, i),
                Checks::tr("The calculation states %1, but its own product is %2.")
                    .arg(c.money(*item.stated), c.money(*item.computed)));
            finding.related = {amountPointer(f, d, i)};
            finding.expected = item.computed->toString();
            finding.actual = item.stated->toString();
            return; // one finding per cell
        }
    });
}

void basisItemised(const CheckContext &c, Sink &sink)
{
    forEachDetail(c, [&](int f, int d, int i, const DetailLine &, const BasisCalculation &calc) {
        for (const BasisTotal &total : calc.totals) {
            if (total.agrees())
                continue;
            Finding &finding = sink.add(basisPointer(f, d, i),
                Checks::tr("The calculation states a total of %1, but its items add up to %2.")
                    .arg(c.money(total.stated), c.money(*total.itemsSum)));
            finding.related = {amountPointer(f, d, i)};
            finding.expected = total.itemsSum->toString();
            finding.actual = total.stated.toString();
            return;
        }
    });
}

void basisNoCalculation(const CheckContext &c, Sink &sink)
{
    forEachDetail(c, [&](int f, int d, int i, const DetailLine &line, const BasisCalculation &calc) {
        // An empty basis is required.empty's; here: text that names no amount.
        if (calc.hasAmount || line.basis.trimmed().isEmpty() || text::isNonAnswer(line.basis))
            return; // an empty basis is required.empty's, "略" text.non-answer's
        Finding &finding = sink.add(basisPointer(f, d, i),
            Checks::tr("“%1” states no calculation: give the quantities and rates that make up %2.")
                .arg(line.basis.simplified(), c.money(valueOrZero(line.amount))));
        finding.related = {amountPointer(f, d, i)};
    });
}

} // namespace

const QList<Rule> &basisRules()
{
    static const QList<Rule> rules {
        {"basis.amount", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "What the calculation basis arrives at must be the amount of its detail line."),
            basisAmount},
        {"basis.product", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A calculation such as “four times, 0.2 each, 0.8 in all” must multiply out."),
            basisProduct},
        {"basis.itemised", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "The items a calculation lists must add up to the total it states."),
            basisItemised},
        {"basis.no-calculation", Severity::Info,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A calculation basis should show how the amount was calculated, not only name a standard."),
            basisNoCalculation},
    };
    return rules;
}

} // namespace jixiao::rules
