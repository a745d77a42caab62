// SPDX-License-Identifier: GPL-3.0-or-later
// What must add up: the budget both ways, 项目支出 against the funds, each
// fund against its directions, each direction against its detail lines.
// Empty cells count as 0.
#include "rule.h"

#include "model/jsonpointer.h"

namespace jixiao::rules {

namespace {

void reportSum(Sink &sink, const QString &pointer, const Amount &actual, Money expected, const QStringList &related,
    const QString &message)
{
    Finding &f = sink.add(pointer, message);
    f.related = related;
    f.expected = expected.toString();
    f.actual = amountToString(actual);
    f.applicable = true;
}

void budgetIncome(const CheckContext &c, Sink &sink)
{
    const Budget &b = c.filing.overview.budget;
    const Money parts = valueOrZero(b.generalPublic) + valueOrZero(b.governmentFund) + valueOrZero(b.other);
    if (parts == valueOrZero(b.total))
        return;
    reportSum(sink, pointer::budget(u"total"), b.total, parts,
        {pointer::budget(u"generalPublic"), pointer::budget(u"governmentFund"), pointer::budget(u"other")},
        Checks::tr("Total funds are %1, but general public budget + government funds + other funds come to %2.")
            .arg(c.money(valueOrZero(b.total)), c.money(parts)));
}

void budgetExpenditure(const CheckContext &c, Sink &sink)
{
    const Budget &b = c.filing.overview.budget;
    const Money parts = valueOrZero(b.basic) + valueOrZero(b.project);
    if (parts == valueOrZero(b.total))
        return;
    reportSum(sink, pointer::budget(u"total"), b.total, parts, {pointer::budget(u"basic"), pointer::budget(u"project")},
        Checks::tr("Total funds are %1, but basic + project expenditure come to %2.")
            .arg(c.money(valueOrZero(b.total)), c.money(parts)));
}

void projectFunds(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    if (filing.funds.isEmpty())
        return; // no special-fund tables: nothing to hold 项目支出 against
    const Money sum = valueOrZero(sumOfAmounts(filing.funds));
    const Amount &project = filing.overview.budget.project;
    if (sum == valueOrZero(project))
        return;
    QStringList related;
    for (int f = 0; f < filing.funds.size(); ++f)
        related << pointer::fund(f) + QStringLiteral("/amount");
    reportSum(sink, pointer::budget(u"project"), project, sum, related,
        Checks::tr("Project expenditure is %1, but the special funds (the summary table's total) come to %2.")
            .arg(c.money(valueOrZero(project)), c.money(sum)));
}

void fundDirections(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f) {
        const Fund &fund = filing.funds[f];
        if (fund.directions.isEmpty())
            continue; // structure.fund-without-directions says so
        const Money sum = valueOrZero(sumOfAmounts(fund.directions));
        if (sum == valueOrZero(fund.amount))
            continue;
        QStringList related;
        for (int d = 0; d < fund.directions.size(); ++d)
            related << pointer::direction(f, d) + QStringLiteral("/amount");
        reportSum(sink, pointer::fund(f) + QStringLiteral("/amount"), fund.amount, sum, related,
            Checks::tr("The fund “%1” is %2, but its expenditure directions come to %3.")
                .arg(fund.name.simplified(), c.money(valueOrZero(fund.amount)), c.money(sum)));
    }
}

void directionDetails(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f) {
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const Direction &dir = filing.funds[f].directions[d];
            if (dir.details.isEmpty())
                continue; // structure.direction-without-details says so
            const Money sum = valueOrZero(sumOfAmounts(dir.details));
            if (sum == valueOrZero(dir.amount))
                continue;
            QStringList related;
            for (int i = 0; i < dir.details.size(); ++i)
                related << pointer::detail(f, d, i) + QStringLiteral("/amount");
            reportSum(sink, pointer::direction(f, d) + QStringLiteral("/amount"), dir.amount, sum, related,
                Checks::tr("The project amount is %1, but the expenditure details total %2.")
                    .arg(c.money(valueOrZero(dir.amount)), c.money(sum)));
        }
    }
}

void fundWithoutDirections(const CheckContext &c, Sink &sink)
{
    for (int f = 0; f < c.filing.funds.size(); ++f)
        if (c.filing.funds[f].directions.isEmpty())
            sink.add(pointer::fund(f) + QStringLiteral("/directions"),
                Checks::tr("The fund “%1” has no expenditure direction, so its amount is not broken down: add its "
                           "direction tables, or delete the fund.")
                    .arg(c.filing.funds[f].name.simplified()));
}

void directionWithoutDetails(const CheckContext &c, Sink &sink)
{
    for (int f = 0; f < c.filing.funds.size(); ++f)
        for (int d = 0; d < c.filing.funds[f].directions.size(); ++d) {
            const Direction &dir = c.filing.funds[f].directions[d];
            if (dir.details.isEmpty() && !valueOrZero(dir.amount).isZero()) {
                Finding &finding = sink.add(pointer::direction(f, d) + QStringLiteral("/details"),
                    Checks::tr("The project amount is %1, but there are no expenditure detail lines to make it up: "
                               "add the lines with their amounts and calculations.")
                        .arg(c.money(valueOrZero(dir.amount))));
                finding.related = {pointer::direction(f, d) + QStringLiteral("/amount")};
            }
        }
}

void emptyDirection(const CheckContext &c, Sink &sink)
{
    for (int f = 0; f < c.filing.funds.size(); ++f)
        for (int d = 0; d < c.filing.funds[f].directions.size(); ++d) {
            const Direction &dir = c.filing.funds[f].directions[d];
            if (dir.details.isEmpty() && valueOrZero(dir.amount).isZero())
                sink.add(pointer::direction(f, d) + QStringLiteral("/details"),
                    Checks::tr("The direction has neither an amount nor expenditure detail lines: fill in what it "
                               "spends, or delete the direction."));
        }
}

void projectWithoutFunds(const CheckContext &c, Sink &sink)
{
    const Amount &project = c.filing.overview.budget.project;
    if (!c.filing.funds.isEmpty() || !c.filing.projects.isEmpty() || valueOrZero(project).isZero())
        return; // project forms account for it: sum.projects-complete
    Finding &f = sink.add(pointer::budget(u"project"),
        Checks::tr("Project expenditure is %1, but the filing has no special fund to account for it: add the "
                   "special funds and their direction tables.")
            .arg(c.money(valueOrZero(project))));
    f.actual = amountToString(project);
}

void workPlanEmpty(const CheckContext &c, Sink &sink)
{
    if (c.filing.overview.workPlan.isEmpty() && c.filing.hasOverview())
        sink.add(QStringLiteral("/overview/workPlan"),
            Checks::tr("The annual work plan has no rows: list the year's key tasks with the responsible unit and "
                       "the work goal."));
}

} // namespace

const QList<Rule> &sumRules()
{
    static const QList<Rule> rules {
        {"sum.budget-income", Severity::Error,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Total funds must equal general public budget + government funds + other funds."),
            budgetIncome},
        {"sum.budget-expenditure", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Total funds must equal basic plus project expenditure."),
            budgetExpenditure},
        {"sum.project-funds", Severity::Error,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Project expenditure must equal the special funds' total in the summary table."),
            projectFunds},
        {"sum.fund-directions", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Each special fund must equal the sum of its expenditure directions."),
            fundDirections},
        {"sum.direction-details", Severity::Error,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Each direction's project amount must equal the total of its expenditure details."),
            directionDetails},
        {"structure.fund-without-directions", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A special fund needs at least one expenditure direction table, or its amount adds up to nothing."),
            fundWithoutDirections},
        {"structure.direction-without-details", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A direction's amount must be made up of expenditure detail lines; none cannot add up."),
            directionWithoutDetails},
        {"structure.empty-direction", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A direction table with neither amount nor detail lines is an unfinished table."),
            emptyDirection},
        {"structure.project-without-funds", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Project expenditure must be accounted for by special funds or project forms; with neither, the "
                "summary total cannot match."),
            projectWithoutFunds},
        {"structure.work-plan-empty", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "The department overview's annual work plan is a required part of the form and needs at least one "
                "row."),
            workPlanEmpty},
    };
    return rules;
}

} // namespace jixiao::rules
