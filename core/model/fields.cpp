// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

namespace jixiao {

namespace {

const Field<Department> DepartmentFields[] = {
    textField("name", "department_name", QT_TRANSLATE_NOOP("jixiao::Fields", "name"), &Department::name),
    optionalField("head", "department_head", QT_TRANSLATE_NOOP("jixiao::Fields", "head of unit"), &Department::head),
    optionalField("preparers", "preparers", QT_TRANSLATE_NOOP("jixiao::Fields", "preparer"), &Department::preparers),
    optionalField("phone", "phone", QT_TRANSLATE_NOOP("jixiao::Fields", "phone"), &Department::phone),
};

// The overview's own values; its budget, work plan and indicators come after
// attachmentLabel in the interchange format, duties before the lists.
const Field<Overview> OverviewFields[] = {
    optionalField("attachmentLabel", "attachment_label", QT_TRANSLATE_NOOP("jixiao::Fields", "attachment label"),
        &Overview::attachmentLabel),
    textField("duties", "duties", QT_TRANSLATE_NOOP("jixiao::Fields", "duties"), &Overview::duties).with(CarriesYears),
};

const Field<Budget> BudgetFields[] = {
    amountField("total", "budget_total", QT_TRANSLATE_NOOP("jixiao::Fields", "total funds"), &Budget::total),
    amountField("generalPublic", "budget_general_public", QT_TRANSLATE_NOOP("jixiao::Fields", "general public budget"),
        &Budget::generalPublic),
    amountField("governmentFund", "budget_government_fund",
        QT_TRANSLATE_NOOP("jixiao::Fields", "government fund budget"), &Budget::governmentFund),
    amountField("other", "budget_other", QT_TRANSLATE_NOOP("jixiao::Fields", "other funds"), &Budget::other),
    amountField("basic", "budget_basic", QT_TRANSLATE_NOOP("jixiao::Fields", "basic expenditure"), &Budget::basic),
    amountField(
        "project", "budget_project", QT_TRANSLATE_NOOP("jixiao::Fields", "project expenditure"), &Budget::project),
};

const Field<WorkPlanItem> WorkPlanFields[] = {
    textField("item", "item", QT_TRANSLATE_NOOP("jixiao::Fields", "item"), &WorkPlanItem::item).with(CarriesYears),
    textField("owner", "owner", QT_TRANSLATE_NOOP("jixiao::Fields", "responsible unit"), &WorkPlanItem::owner),
    textField("goal", "goal", QT_TRANSLATE_NOOP("jixiao::Fields", "work goal"), &WorkPlanItem::goal).with(CarriesYears),
};

const Field<Indicator> IndicatorFields[] = {
    textField("level1", "level1", QT_TRANSLATE_NOOP("jixiao::Fields", "level-1 indicator"), &Indicator::level1),
    textField("level2", "level2", QT_TRANSLATE_NOOP("jixiao::Fields", "level-2 indicator"), &Indicator::level2),
    textField("name", "name", QT_TRANSLATE_NOOP("jixiao::Fields", "level-3 indicator"), &Indicator::name)
        .with(CarriesYears),
    textField("value", "value", QT_TRANSLATE_NOOP("jixiao::Fields", "indicator value"), &Indicator::value)
        .with(CarriesYears | MayBeNone),
    optionalField(
        "standard", "standard", QT_TRANSLATE_NOOP("jixiao::Fields", "performance standard"), &Indicator::standard)
        .with(CarriesYears),
    optionalField("midTermValue", "mid_term_value", QT_TRANSLATE_NOOP("jixiao::Fields", "medium-term indicator value"),
        &Indicator::midTermValue)
        .with(CarriesYears | MayBeNone)
        .sinceFormat(2),
};

const Field<Fund> FundFields[] = {
    textField("name", "name", QT_TRANSLATE_NOOP("jixiao::Fields", "name"), &Fund::name).with(CarriesYears),
    amountField("amount", "amount", QT_TRANSLATE_NOOP("jixiao::Fields", "amount"), &Fund::amount),
};

const Field<Direction> DirectionFields[] = {
    textField("name", "name", QT_TRANSLATE_NOOP("jixiao::Fields", "name"), &Direction::name).with(CarriesYears),
    amountField("amount", "amount", QT_TRANSLATE_NOOP("jixiao::Fields", "project amount"), &Direction::amount),
    textField("period", "period", QT_TRANSLATE_NOOP("jixiao::Fields", "implementation period"), &Direction::period)
        .with(CarriesYears),
    textField("periodGoal", "period_goal", QT_TRANSLATE_NOOP("jixiao::Fields", "implementation-period goal"),
        &Direction::periodGoal)
        .with(CarriesYears),
    textField("annualGoal", "annual_goal", QT_TRANSLATE_NOOP("jixiao::Fields", "annual goal"), &Direction::annualGoal)
        .with(CarriesYears),
};

const Field<DetailLine> DetailFields[] = {
    textField("content", "content", QT_TRANSLATE_NOOP("jixiao::Fields", "expenditure content"), &DetailLine::content)
        .with(CarriesYears),
    textField("item", "item", QT_TRANSLATE_NOOP("jixiao::Fields", "expenditure item"), &DetailLine::item)
        .with(CarriesYears),
    amountField("amount", "amount", QT_TRANSLATE_NOOP("jixiao::Fields", "amount"), &DetailLine::amount),
    textField("basis", "basis", QT_TRANSLATE_NOOP("jixiao::Fields", "calculation basis"), &DetailLine::basis)
        .with(CarriesYears),
};

const Field<Project> ProjectFields[] = {
    textField("name", "name", QT_TRANSLATE_NOOP("jixiao::Fields", "project name"), &Project::name).with(CarriesYears),
    optionalField("layout", "layout", QT_TRANSLATE_NOOP("jixiao::Fields", "form layout"), &Project::layout)
        .without(Typed),
    optionalField(
        "authority", "authority", QT_TRANSLATE_NOOP("jixiao::Fields", "competent department"), &Project::authority),
    optionalField("authorityCode", "authority_code", QT_TRANSLATE_NOOP("jixiao::Fields", "competent department code"),
        &Project::authorityCode),
    optionalField(
        "implementer", "implementer", QT_TRANSLATE_NOOP("jixiao::Fields", "implementing unit"), &Project::implementer),
    optionalField(
        "attribute", "attribute", QT_TRANSLATE_NOOP("jixiao::Fields", "project attribute"), &Project::attribute),
    optionalField("lead", "lead", QT_TRANSLATE_NOOP("jixiao::Fields", "project lead"), &Project::lead),
    textField("period", "period", QT_TRANSLATE_NOOP("jixiao::Fields", "implementation period"), &Project::period)
        .with(CarriesYears),
    amountField("annualTotal", "annual_total", QT_TRANSLATE_NOOP("jixiao::Fields", "annual total funds"),
        &Project::annualTotal),
    amountField("annualFiscal", "annual_fiscal", QT_TRANSLATE_NOOP("jixiao::Fields", "annual fiscal appropriation"),
        &Project::annualFiscal),
    amountField("annualUpper", "annual_upper", QT_TRANSLATE_NOOP("jixiao::Fields", "annual higher-level funds"),
        &Project::annualUpper),
    amountField("annualOther", "annual_other", QT_TRANSLATE_NOOP("jixiao::Fields", "annual other funds"),
        &Project::annualOther),
    amountField("midTermTotal", "mid_term_total", QT_TRANSLATE_NOOP("jixiao::Fields", "medium-term total funds"),
        &Project::midTermTotal),
    amountField("midTermFiscal", "mid_term_fiscal",
        QT_TRANSLATE_NOOP("jixiao::Fields", "medium-term fiscal appropriation"), &Project::midTermFiscal),
    amountField("midTermOther", "mid_term_other", QT_TRANSLATE_NOOP("jixiao::Fields", "medium-term other funds"),
        &Project::midTermOther),
    optionalField("summary", "summary", QT_TRANSLATE_NOOP("jixiao::Fields", "project overview"), &Project::summary)
        .with(CarriesYears),
    optionalField(
        "schedule", "schedule", QT_TRANSLATE_NOOP("jixiao::Fields", "implementation schedule"), &Project::schedule)
        .with(CarriesYears),
    textField("periodGoal", "period_goal", QT_TRANSLATE_NOOP("jixiao::Fields", "implementation-period goal"),
        &Project::periodGoal)
        .with(CarriesYears),
    textField("annualGoal", "annual_goal", QT_TRANSLATE_NOOP("jixiao::Fields", "annual goal"), &Project::annualGoal)
        .with(CarriesYears),
    optionalField("financeOpinion", "finance_opinion",
        QT_TRANSLATE_NOOP("jixiao::Fields", "finance department's review opinion"), &Project::financeOpinion)
        .without(Typed),
    optionalField("filedOn", "filed_on", QT_TRANSLATE_NOOP("jixiao::Fields", "date filed"), &Project::filedOn)
        .with(CarriesYears),
};

} // namespace

template<> std::span<const Field<Department>> fieldsOf<Department>()
{
    return DepartmentFields;
}
template<> std::span<const Field<Overview>> fieldsOf<Overview>()
{
    return OverviewFields;
}
template<> std::span<const Field<Budget>> fieldsOf<Budget>()
{
    return BudgetFields;
}
template<> std::span<const Field<WorkPlanItem>> fieldsOf<WorkPlanItem>()
{
    return WorkPlanFields;
}
template<> std::span<const Field<Indicator>> fieldsOf<Indicator>()
{
    return IndicatorFields;
}
template<> std::span<const Field<Fund>> fieldsOf<Fund>()
{
    return FundFields;
}
template<> std::span<const Field<Direction>> fieldsOf<Direction>()
{
    return DirectionFields;
}
template<> std::span<const Field<DetailLine>> fieldsOf<DetailLine>()
{
    return DetailFields;
}
template<> std::span<const Field<Project>> fieldsOf<Project>()
{
    return ProjectFields;
}

namespace lists {

const ListInfo WorkPlan {"workPlan", "work_plan_item", QT_TRANSLATE_NOOP("jixiao::Fields", "Work plan"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "work plan"), 0, nullptr, nullptr, 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "work plan item")};
const ListInfo OverviewIndicators {"indicators", "overview_indicator",
    QT_TRANSLATE_NOOP("jixiao::Fields", "Performance indicators"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "performance indicators"), 0, nullptr, nullptr, 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "indicator")};
const ListInfo Funds {"funds", "fund", QT_TRANSLATE_NOOP("jixiao::Fields", "Funds"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "funds"), 0, nullptr, "fund_position", 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "fund")};
const ListInfo Directions {"directions", "direction", QT_TRANSLATE_NOOP("jixiao::Fields", "Expenditure directions"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "expenditure directions"), 1, &Funds, "direction_position", 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "direction")};
const ListInfo DirectionIndicators {"indicators", "direction_indicator",
    QT_TRANSLATE_NOOP("jixiao::Fields", "Performance indicators"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "performance indicators"), 2, &Directions, nullptr, 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "indicator")};
const ListInfo Details {"details", "detail_line", QT_TRANSLATE_NOOP("jixiao::Fields", "Expenditure details"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "expenditure details"), 2, &Directions, nullptr, 1,
    QT_TRANSLATE_NOOP("jixiao::Fields", "expenditure detail")};

const ListInfo Projects {"projects", "project", QT_TRANSLATE_NOOP("jixiao::Fields", "Projects"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "projects"), 0, nullptr, "project_position", 2,
    QT_TRANSLATE_NOOP("jixiao::Fields", "project")};
const ListInfo ProjectIndicators {"indicators", "project_indicator",
    QT_TRANSLATE_NOOP("jixiao::Fields", "Performance indicators"),
    QT_TRANSLATE_NOOP("jixiao::Fields", "performance indicators"), 1, &Projects, nullptr, 2,
    QT_TRANSLATE_NOOP("jixiao::Fields", "indicator")};

std::span<const ListInfo *const> all()
{
    static const ListInfo *const All[] = {&WorkPlan, &OverviewIndicators, &Funds, &Directions, &DirectionIndicators,
        &Details, &Projects, &ProjectIndicators};
    return All;
}

} // namespace lists

namespace {

template<typename Row> QStringList keysOf(std::initializer_list<const char *> lists = {})
{
    QStringList k;
    for (const Field<Row> &f : fieldsOf<Row>())
        k << QLatin1String(f.key);
    for (const char *l : lists)
        k << QLatin1String(l);
    return k;
}

} // namespace

const QStringList &interchangeKeyOrder()
{
    // Each object's keys in writing order; merged into one order that keeps
    // every object's (a topological sort, ties in order of first mention).
    static const QStringList order = [] {
        const QList<QStringList> objects {
            {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("fiscalYear"),
                QStringLiteral("fundLevel"), QStringLiteral("amountUnit"), QStringLiteral("indicatorScheme"),
                QStringLiteral("department"), QStringLiteral("overview"), QLatin1String(lists::Funds.key),
                QLatin1String(lists::Projects.key), QStringLiteral("projectsComplete")},
            keysOf<Department>(),
            {QLatin1String(fieldsOf<Overview>()[0].key), QStringLiteral("budget"),
                QLatin1String(fieldsOf<Overview>()[1].key), QLatin1String(lists::WorkPlan.key),
                QLatin1String(lists::OverviewIndicators.key)},
            keysOf<Budget>(),
            keysOf<WorkPlanItem>(),
            keysOf<Indicator>(),
            keysOf<Fund>({lists::Directions.key}),
            keysOf<Direction>({lists::DirectionIndicators.key, lists::Details.key}),
            keysOf<DetailLine>(),
            keysOf<Project>({lists::ProjectIndicators.key}),
        };
        QStringList all;
        for (const QStringList &o : objects)
            for (const QString &k : o)
                if (!all.contains(k))
                    all << k;
        QStringList sorted;
        for (bool placed = true; placed && sorted.size() < all.size();) {
            // The first key not yet placed that no unplaced key must precede.
            placed = false;
            for (const QString &k : all) {
                if (sorted.contains(k))
                    continue;
                bool free = true;
                for (const QStringList &o : objects) {
                    const qsizetype at = o.indexOf(k);
                    for (qsizetype i = 0; free && i < at; ++i)
                        free = sorted.contains(o[i]);
                }
                if (free) {
                    sorted << k;
                    placed = true;
                    break;
                }
            }
        }
        Q_ASSERT(sorted.size() == all.size()); // no two objects order two keys differently
        return sorted;
    }();
    return order;
}

QString topLevelLabel(QStringView key)
{
    static constexpr struct
    {
        QStringView key;
        const char *label;
    } Labels[] = {
        {u"fiscalYear", QT_TRANSLATE_NOOP("jixiao::Fields", "fiscal year")},
        {u"fundLevel", QT_TRANSLATE_NOOP("jixiao::Fields", "fund level")},
        {u"amountUnit", QT_TRANSLATE_NOOP("jixiao::Fields", "amount unit")},
        {u"indicatorScheme", QT_TRANSLATE_NOOP("jixiao::Fields", "indicator scheme")},
        {u"budget", QT_TRANSLATE_NOOP("jixiao::Fields", "annual budget")},
        {u"projectsComplete", QT_TRANSLATE_NOOP("jixiao::Fields", "all projects listed")},
    };
    for (const auto &l : Labels)
        if (l.key == key)
            return QCoreApplication::translate("jixiao::Fields", l.label);
    return key.toString();
}

QString filingText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\v' || u == u'\f' || u == 0x2028 || u == 0x2029)
            out.append(QLatin1Char('\n'));
        else if (u == u'\t' || u == u'\n' || !((u < 0x20) || (u >= 0x7f && u < 0xa0)))
            out.append(c);
    }
    return out;
}

} // namespace jixiao
