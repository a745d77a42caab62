// SPDX-License-Identifier: GPL-3.0-or-later
// What only the project form (项目支出绩效目标申报表) has: its funding sources
// adding up, the medium-term funds and targets against the annual ones, its
// 项目属性, and the projects against the overview's 项目支出. Its indicators,
// cost cap, period and goals are the table rules' (forEachIndicatorTable and
// forEachPeriod walk the projects as they walk the directions).
#include "rule.h"

#include "indicatorkind.h"
#include "textscan.h"

#include "form/form.h"
#include "model/jsonpointer.h"

namespace jixiao::rules {

namespace {

QString projectPointer(int p, QLatin1String field)
{
    return pointer::project(p) + QLatin1Char('/') + field;
}

// One total and its sources, as the form states them.
struct Funding
{
    QLatin1String total;
    Amount Project::*totalField;
    std::initializer_list<std::pair<QLatin1String, Amount Project::*>> sources;
};

// 年度资金总额 = 财政拨款 + 上级资金 + 其他资金; 中期资金总额 = 财政拨款 + 其他资金.
// A total the layout does not state (the Hunan 申报表 has only its sources)
// is not checked: the sources are the project's amount then.
void checkFunding(const CheckContext &c, Sink &sink, int p, const Funding &funding, bool midTerm)
{
    const Project &project = c.filing.projects[p];
    const Amount &total = project.*funding.totalField;
    if (!total)
        return;
    Money parts;
    bool anyPart = false;
    QStringList related;
    for (const auto &[key, field] : funding.sources) {
        const Amount &part = project.*field;
        anyPart = anyPart || part.has_value();
        parts = parts + valueOrZero(part);
        related << projectPointer(p, key);
    }
    if (parts == *total)
        return;
    Finding &f = sink.add(projectPointer(p, funding.total),
        !anyPart ? (midTerm ? Checks::tr("The medium-term total funds are %1, but where they come from (fiscal "
                                         "appropriation, other funds) is not filled in.")
                            : Checks::tr("The annual total funds are %1, but where they come from (fiscal "
                                         "appropriation, higher-level funds, other funds) is not filled in."))
                       .arg(c.money(*total))
            : midTerm
            ? Checks::tr("The medium-term total funds are %1, but fiscal appropriation + other funds come to %2.")
                  .arg(c.money(*total), c.money(parts))
            : Checks::tr("The annual total funds are %1, but fiscal appropriation + higher-level funds + other "
                         "funds come to %2.")
                  .arg(c.money(*total), c.money(parts)));
    f.related = related;
    f.actual = amountToString(total);
    if (anyPart) {
        f.expected = parts.toString();
        f.applicable = true;
    }
}

void fundingSources(const CheckContext &c, Sink &sink)
{
    using L = QLatin1String;
    static const Funding annual {L("annualTotal"), &Project::annualTotal,
        {{L("annualFiscal"), &Project::annualFiscal}, {L("annualUpper"), &Project::annualUpper},
            {L("annualOther"), &Project::annualOther}}};
    static const Funding midTerm {L("midTermTotal"), &Project::midTermTotal,
        {{L("midTermFiscal"), &Project::midTermFiscal}, {L("midTermOther"), &Project::midTermOther}}};
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        checkFunding(c, sink, p, annual, false);
        checkFunding(c, sink, p, midTerm, true);
    }
}

// The medium-term funds cover the whole project period, this year included.
void midTermBelowAnnual(const CheckContext &c, Sink &sink)
{
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        const Project &project = c.filing.projects[p];
        const Amount annual = projectAmount(project);
        if (!project.midTermTotal || !annual || !(*project.midTermTotal < *annual))
            continue;
        Finding &f = sink.add(projectPointer(p, QLatin1String("midTermTotal")),
            Checks::tr("The medium-term total funds (%1) are less than this year's funds (%2), which are part of "
                       "them.")
                .arg(c.money(*project.midTermTotal), c.money(*annual)));
        f.related = {c.amountPointer(TableRef::ofProject(p))};
        f.expected = annual->toString();
        f.actual = project.midTermTotal->toString();
    }
}

void emptyProject(const CheckContext &c, Sink &sink)
{
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        const Project &project = c.filing.projects[p];
        if (!valueOrZero(projectAmount(project)).isZero() || !valueOrZero(project.midTermTotal).isZero())
            continue;
        sink.add(c.amountPointer(TableRef::ofProject(p)),
            Checks::tr("The project “%1” states no funds: fill in its annual funds and where they come from, or "
                       "delete the project.")
                .arg(project.name.simplified()));
    }
}

// 项目属性 is 新增 or 延续 (written with or without 项目).
void attribute(const CheckContext &c, Sink &sink)
{
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        const std::optional<QString> &value = c.filing.projects[p].attribute;
        if (!value || text::isBlank(*value))
            continue;
        QString core = value->simplified().remove(QLatin1Char(' '));
        if (core.endsWith(u"项目"))
            core.chop(2);
        if (core == u"新增" || core == u"延续")
            continue;
        Finding &f = sink.add(projectPointer(p, QLatin1String("attribute")),
            Checks::tr("“%1” is not a project attribute: write 新增 (a new project) or 延续 (one continued from "
                       "earlier years).")
                .arg(value->simplified()));
        f.actual = *value;
    }
}

// a < b for two non-negative numbers as written.
bool lessThan(const text::Number &a, const text::Number &b)
{
    qint64 x = a.mantissa, y = b.mantissa;
    for (int i = a.places; i < b.places; ++i)
        if (qMulOverflow(x, qint64(10), &x))
            return false; // x is the larger
    for (int i = b.places; i < a.places; ++i)
        if (qMulOverflow(y, qint64(10), &y))
            return true;
    return x < y;
}

// The medium-term target of a count covers this year's: "≥10个" for the
// period and "≥12个" for the year cannot both be meant.
void midTermValueBelowAnnual(const CheckContext &c, Sink &sink)
{
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        const TableRef table = TableRef::ofProject(p);
        const QList<Indicator> &indicators = c.filing.projects[p].indicators;
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::IndicatorFacts &facts = c.facts(table, i);
            if (!ind.midTermValue || facts.kind != text::IndicatorKind::Count)
                continue;
            const text::IndicatorValue &annual = facts.value;
            const text::IndicatorValue mid = text::readIndicatorValue(*ind.midTermValue);
            if (!annual.simple || !mid.simple || annual.number.overflow || mid.number.overflow
                || annual.direction != text::IndicatorValue::AtLeast || mid.direction != annual.direction
                || annual.unit != mid.unit || !lessThan(mid.number, annual.number))
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("midTermValue")),
                Checks::tr("The medium-term target “%1” is below this year's “%2”, though the period includes this "
                           "year.")
                    .arg(ind.midTermValue->simplified(), ind.value.simplified()));
            f.related = {table.indicator(i, QLatin1String("value"))};
            f.actual = *ind.midTermValue;
        }
    }
}

// The national template has a 中期指标值 beside each 年度指标值.
void midTermValueMissing(const CheckContext &c, Sink &sink)
{
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        const Project &project = c.filing.projects[p];
        if (!hasLayout(c.filing, project, form::NationalLayout))
            continue;
        const TableRef table = TableRef::ofProject(p);
        for (int i = 0; i < project.indicators.size(); ++i) {
            const Indicator &ind = project.indicators[i];
            if (text::isBlank(ind.name) || text::isBlank(ind.value)
                || (ind.midTermValue && !text::isBlank(*ind.midTermValue)))
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("midTermValue")),
                Checks::tr("The medium-term value is empty: write the target for the whole project period (the same "
                           "as this year's for a one-year project)."));
            f.related = {table.indicator(i, QLatin1String("value"))};
        }
    }
}

QStringList projectAmountPointers(const CheckContext &c)
{
    QStringList related;
    for (int p = 0; p < c.filing.projects.size(); ++p)
        related << c.amountPointer(TableRef::ofProject(p));
    return related;
}

Money projectsTotal(const CheckContext &c)
{
    Money sum;
    for (const Project &project : c.filing.projects)
        sum = sum + valueOrZero(projectAmount(project));
    return sum;
}

// The filing says its projects are all of the department's project spending.
void projectsComplete(const CheckContext &c, Sink &sink)
{
    if (!c.filing.projectsComplete)
        return;
    const Amount &project = c.filing.overview.budget.project;
    const Money sum = projectsTotal(c);
    if (sum == valueOrZero(project))
        return;
    Finding &f = sink.add(pointer::budget(u"project"),
        Checks::tr("Project expenditure is %1, but the filing's project forms, which it says are all its projects, "
                   "come to %2.")
            .arg(c.money(valueOrZero(project)), c.money(sum)));
    f.related = projectAmountPointers(c);
    f.expected = sum.toString();
    f.actual = amountToString(project);
    f.applicable = true;
}

// Even when the filing lists only some, its projects cannot cost more than
// the department's whole project spending.
void projectsExceed(const CheckContext &c, Sink &sink)
{
    const Amount &project = c.filing.overview.budget.project;
    if (c.filing.projectsComplete || !project)
        return;
    const Money sum = projectsTotal(c);
    if (!(*project < sum))
        return;
    Finding &f = sink.add(pointer::budget(u"project"),
        Checks::tr("Project expenditure is %1, but the project forms alone come to %2.")
            .arg(c.money(*project), c.money(sum)));
    f.related = projectAmountPointers(c);
    f.actual = amountToString(project);
}

} // namespace

const QList<Rule> &projectRules()
{
    static const QList<Rule> rules {
        {"sum.project-funding", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A project's annual (and medium-term) total funds must equal the sum of their sources."),
            fundingSources},
        {"sum.projects-complete", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "When the filing says its project forms are all its projects, their annual funds must add up to "
                "the overview's project expenditure."),
            projectsComplete},
        {"sum.projects-exceed", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "The project forms' annual funds cannot exceed the overview's project expenditure."),
            projectsExceed},
        {"project.mid-term-funds", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A project's medium-term funds include this year's and cannot be less."),
            midTermBelowAnnual},
        {"structure.empty-project", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A project form without any funds is an unfinished form."),
            emptyProject},
        {"project.attribute", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "A project's attribute (项目属性) is 新增 or 延续."), attribute},
        {"project.mid-term-value", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A count's medium-term target covers this year's and cannot be smaller."),
            midTermValueBelowAnnual},
        {"project.mid-term-value-missing", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Under the national template each indicator states its medium-term value beside this year's."),
            midTermValueMissing},
    };
    return rules;
}

} // namespace jixiao::rules
