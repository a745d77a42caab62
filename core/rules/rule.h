// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the checks: what a rule is, what it sees, how it reports.

#include "checks.h"

#include "basisparser.h"
#include "indicatorkind.h"
#include "indicatorvalue.h"

#include "model/listtree.h"

#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>

#include <memory>
#include <vector>

namespace jixiao {

// Translation context of every check message and label: Checks::tr("…").
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::Checks)
};

namespace rules {

// One table of indicators: the overview, one direction (fund, direction) or
// one project (project).
struct TableRef
{
    int fund = -1;
    int direction = -1;
    int project = -1;
    static TableRef ofProject(int p) { return TableRef {-1, -1, p}; }
    bool isOverview() const { return fund < 0 && project < 0; }
    bool isProject() const { return project >= 0; }
    QString base() const; // "/overview", "/funds/f/directions/d" or "/projects/p"
    QString indicators() const; // base + "/indicators"
    QString indicator(int i, QLatin1String field) const; // base + "/indicators/i/field"
};

// A text cell, named lazily: building pointer strings for every cell would
// cost more than checking them.
struct TextRef
{
    enum Scope : quint8 {
        Department,
        Overview,
        WorkPlan,
        OverviewIndicator,
        Fund,
        Direction,
        DirectionIndicator,
        Detail,
        Project,
        ProjectIndicator
    };
    Scope scope = Overview;
    int fund = -1, direction = -1, index = -1;
    QLatin1String field;
    int project = -1;
    QString pointer() const;
};

class CheckContext
{
public:
    CheckContext(const Filing &filing, const CheckOptions &options);

    const Filing &filing;
    const CheckOptions &options;
    const IndicatorScheme &scheme;
    QString unitName; // "万元" / "元"

    // The parsed 测算说明 of a detail line, parsed once per run for all the
    // basis rules.
    const BasisCalculation &basis(int fund, int direction, int detail) const;

    // "19.54万元"
    QString money(Money m) const { return m.toString() + unitName; }

    // What a table's form says around its indicators. A direction and a
    // project table have the same keys for their period and goals
    // ("period", "periodGoal", "annualGoal"); the overview has none.
    const QList<Indicator> &indicators(const TableRef &table) const;
    // The money the table's indicators cover (the cost cap's): the overview's
    // 资金总额, a direction's 项目金额, a project's annual funds.
    Amount amount(const TableRef &table) const;
    QString amountPointer(const TableRef &table) const;
    const QString *period(const TableRef &table) const; // nullptr for the overview
    const QString *periodGoal(const TableRef &table) const; // nullptr for the overview
    const QString *annualGoal(const TableRef &table) const; // nullptr for the overview
    // Whether the table's paper form has a 绩效标准 column: directions do, the
    // overview does not, a project as its layout says.
    bool hasStandardColumn(const TableRef &table) const;

    // Where an indicator row sits in the scheme. Memoised: the same few
    // labels repeat on every row, and normalising them allocates.
    struct Placement
    {
        int level1 = -1; // index of its 一级, -1 = unknown
        int level2 = -1; // index of its 二级 under that 一级, -1 = not there
        std::pair<int, int> anywhere {-1, -1}; // where its 二级 lives in the scheme
        // The 二级 definition the row counts for: under its own 一级, else
        // wherever its 二级 belongs; nullptr when the 二级 is unknown.
        const Level2Def *def = nullptr;
    };
    Placement place(const Indicator &indicator) const;

    // An indicator row's placement and its value read (指标值), computed once
    // per run for the rules that need them.
    struct IndicatorFacts
    {
        Placement placement;
        text::IndicatorValue value;
        text::IndicatorKind kind; // indicatorkind.h
    };
    const IndicatorFacts &facts(const TableRef &table, int row) const;

    // One pass over every text cell, shared by the text rules: which cells
    // are blank, which hold a Word leftover, which name a year other than
    // the fiscal year, which are no answer ("略", "详见附件"). Each list in
    // document order.
    struct TextHit
    {
        QStringView text;
        TextRef ref;
    };
    struct TextFacts
    {
        std::vector<TextHit> blank, leftover, otherYear, nonAnswer;
    };
    const TextFacts &texts() const;

    // The numbers each table states in its goals and indicators, scanned once
    // per run for the target rules (rule_targets.cpp defines it).
    struct TargetScan;
    mutable std::shared_ptr<TargetScan> targetScan;

private:
    int tableIndex(const TableRef &table) const; // overview 0, then directions in order
    mutable std::optional<TextFacts> m_texts;
    mutable std::vector<IndicatorFacts> m_facts;
    mutable std::vector<int> m_factsOffset; // per table

    struct Level2Lookup
    {
        QList<int> underLevel1; // per 一级 of the scheme
        std::pair<int, int> anywhere {-1, -1};
    };
    mutable QHash<QString, int> m_level1;
    mutable QHash<QString, Level2Lookup> m_level2;

    mutable std::vector<BasisCalculation> m_basis;
    mutable std::vector<int> m_basisOffset; // per direction (flattened), first index into m_basis
    std::vector<int> m_fundOffset; // per fund, its first direction's flattened index
    int m_directionCount = 0;
    mutable bool m_basisParsed = false;
};

struct Rule;

// Collects one rule's findings.
class Sink
{
public:
    Sink(QList<Finding> *out, const Rule &rule)
        : m_out(out)
        , m_rule(rule)
    { }
    Finding &add(const QString &pointer, const QString &message);

private:
    QList<Finding> *m_out;
    const Rule &m_rule;
};

struct Rule
{
    const char *id;
    Severity severity;
    const char *why; // QT_TRANSLATE_NOOP("jixiao::Checks", "…")
    void (*check)(const CheckContext &context, Sink &sink);
};

// The rule families, one file each (rule_<family>.cpp); ruletable.cpp lists them.
const QList<Rule> &sumRules();
const QList<Rule> &basisRules();
const QList<Rule> &costRules();
const QList<Rule> &indicatorRules();
const QList<Rule> &qualityRules();
const QList<Rule> &targetRules();
const QList<Rule> &yearRules();
const QList<Rule> &headerRules();
const QList<Rule> &requiredRules();
const QList<Rule> &textRules();
const QList<Rule> &valueRules();
const QList<Rule> &duplicateRules();
const QList<Rule> &dateRules();
const QList<Rule> &kindRules();
const QList<Rule> &crossRules();
const QList<Rule> &projectRules();
const QList<Rule> &allRules();

// A 时效 (timeliness) 二级.
inline bool isTimeliness(const Level2Def *def)
{
    return def && !def->isCost && !def->isSatisfaction && def->name.startsWith(u"时效");
}

// Whether the project is printed in this layout (form::projectLayout: its
// own, else the filing's scheme's default).
bool hasLayout(const Filing &filing, const Project &project, const char *layout);

// A project's annual funds: 年度资金总额, or where the layout states only its
// sources (the Hunan 申报表: 本级预算 and 上级资金) their sum.
Amount projectAmount(const Project &project);

// Calls fn(table, indicators) for the overview (when the filing has one:
// Filing::hasOverview), every direction, then every project.
template<typename Fn> void forEachIndicatorTable(const Filing &filing, Fn fn)
{
    if (filing.hasOverview())
        fn(TableRef {}, filing.overview.indicators);
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d)
            fn(TableRef {f, d}, filing.funds[f].directions[d].indicators);
    for (int p = 0; p < filing.projects.size(); ++p)
        fn(TableRef::ofProject(p), filing.projects[p].indicators);
}

// Calls fn(table, period) for every table with an implementation period: the
// directions, then the projects.
template<typename Fn> void forEachPeriod(const Filing &filing, Fn fn)
{
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d)
            fn(TableRef {f, d}, filing.funds[f].directions[d].period);
    for (int p = 0; p < filing.projects.size(); ++p)
        fn(TableRef::ofProject(p), filing.projects[p].period);
}

// Calls fn(text, ref) for every free-text cell a person types (the fields
// the field tables mark Typed), in document order.
template<typename Fn> void forEachText(const Filing &filing, Fn fn)
{
    auto fields = [&](const auto &row, TextRef ref) {
        using Row = std::remove_cvref_t<decltype(row)>;
        for (const Field<Row> &f : fieldsOf<Row>()) {
            if (!f.has(Typed))
                continue;
            ref.field = QLatin1String(f.key);
            if (f.kind == ValueKind::Text)
                fn(QStringView(row.*f.text), ref);
            else if (f.kind == ValueKind::OptionalText && (row.*f.optionalText))
                fn(QStringView(*(row.*f.optionalText)), ref);
        }
    };
    TextRef own;
    own.scope = TextRef::Department;
    fields(filing.department, own);
    own.scope = TextRef::Overview;
    fields(filing.overview, own);
    tree::forEachRow(filing, [&](auto list, const auto &row, const QList<int> &path) {
        using L = decltype(list);
        TextRef ref;
        const ListInfo *top = &L::info();
        while (top->parent)
            top = top->parent;
        if (top == &lists::Funds) { // a fund, its directions, their indicators and details
            ref.fund = path[0];
            ref.direction = path.value(1, -1);
            ref.index = path.value(2, -1);
        } else if (top == &lists::Projects) { // a project, its indicators
            ref.project = path[0];
            ref.index = path.value(1, -1);
        } else { // the overview's rows
            ref.index = path[0];
        }
        const ListInfo &info = L::info();
        ref.scope = &info == &lists::WorkPlan      ? TextRef::WorkPlan
            : &info == &lists::OverviewIndicators  ? TextRef::OverviewIndicator
            : &info == &lists::Funds               ? TextRef::Fund
            : &info == &lists::Directions          ? TextRef::Direction
            : &info == &lists::DirectionIndicators ? TextRef::DirectionIndicator
            : &info == &lists::Details             ? TextRef::Detail
            : &info == &lists::Projects            ? TextRef::Project
                                                   : TextRef::ProjectIndicator;
        fields(row, ref);
    });
}

} // namespace rules
} // namespace jixiao
