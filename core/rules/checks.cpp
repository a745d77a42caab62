// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks.h"

#include "rule.h"

#include "indicatorkind.h"

#include "textscan.h"

#include "form/form.h"
#include "model/fields.h"
#include "model/jsonpointer.h"
#include "model/location.h"

#include <QVarLengthArray>

#include <algorithm>

namespace jixiao {

namespace rules {

// Pointers are built for every finding: append, don't arg().
QString TableRef::base() const
{
    if (isOverview())
        return QStringLiteral("/overview");
    QString s;
    s.reserve(32);
    if (isProject()) {
        s += QLatin1String("/projects/");
        s += QString::number(project);
        return s;
    }
    s += QLatin1String("/funds/");
    s += QString::number(fund);
    s += QLatin1String("/directions/");
    s += QString::number(direction);
    return s;
}

QString TableRef::indicators() const
{
    return base() + QLatin1String("/indicators");
}

QString TableRef::indicator(int i, QLatin1String field) const
{
    QString s = indicators();
    s += QLatin1Char('/');
    s += QString::number(i);
    s += QLatin1Char('/');
    s += field;
    return s;
}

QString TextRef::pointer() const
{
    QString s;
    s.reserve(48);
    auto number = [&](int n) {
        s += QLatin1Char('/');
        s += QString::number(n);
    };
    switch (scope) {
    case Department:
        s += QLatin1String("/department");
        break;
    case Overview:
        s += QLatin1String("/overview");
        break;
    case WorkPlan:
        s += QLatin1String("/overview/workPlan");
        number(index);
        break;
    case OverviewIndicator:
        s += QLatin1String("/overview/indicators");
        number(index);
        break;
    case Fund:
        s += QLatin1String("/funds");
        number(fund);
        break;
    case Direction:
    case DirectionIndicator:
    case Detail:
        s += QLatin1String("/funds");
        number(fund);
        s += QLatin1String("/directions");
        number(direction);
        if (scope == DirectionIndicator)
            s += QLatin1String("/indicators");
        else if (scope == Detail)
            s += QLatin1String("/details");
        if (scope != Direction)
            number(index);
        break;
    case Project:
    case ProjectIndicator:
        s += QLatin1String("/projects");
        number(project);
        if (scope == ProjectIndicator) {
            s += QLatin1String("/indicators");
            number(index);
        }
        break;
    }
    s += QLatin1Char('/');
    s += field;
    return s;
}

CheckContext::CheckContext(const Filing &f, const CheckOptions &o)
    : filing(f)
    , options(o)
    , scheme(indicatorScheme(f.effectiveScheme()))
    , unitName(amountUnitName(f.amountUnit))
{
    int directions = 0;
    for (const Fund &fu : filing.funds) {
        m_fundOffset.push_back(directions);
        directions += int(fu.directions.size());
    }
    m_directionCount = directions;
}

int CheckContext::tableIndex(const TableRef &table) const
{
    if (table.isProject())
        return 1 + m_directionCount + table.project;
    return table.isOverview() ? 0 : 1 + m_fundOffset[size_t(table.fund)] + table.direction;
}

const QList<Indicator> &CheckContext::indicators(const TableRef &table) const
{
    if (table.isProject())
        return filing.projects[table.project].indicators;
    if (table.isOverview())
        return filing.overview.indicators;
    return filing.funds[table.fund].directions[table.direction].indicators;
}

Amount CheckContext::amount(const TableRef &table) const
{
    if (table.isProject())
        return projectAmount(filing.projects[table.project]);
    if (table.isOverview())
        return filing.overview.budget.total;
    return filing.funds[table.fund].directions[table.direction].amount;
}

QString CheckContext::amountPointer(const TableRef &table) const
{
    if (table.isOverview())
        return pointer::budget(u"total");
    if (!table.isProject())
        return table.base() + QStringLiteral("/amount");
    const Project &p = filing.projects[table.project];
    // Where the layout states only the sources, the first of them.
    return table.base()
        + (p.annualTotal || !p.annualFiscal ? QStringLiteral("/annualTotal") : QStringLiteral("/annualFiscal"));
}

const QString *CheckContext::period(const TableRef &table) const
{
    if (table.isProject())
        return &filing.projects[table.project].period;
    return table.isOverview() ? nullptr : &filing.funds[table.fund].directions[table.direction].period;
}

const QString *CheckContext::periodGoal(const TableRef &table) const
{
    if (table.isProject())
        return &filing.projects[table.project].periodGoal;
    return table.isOverview() ? nullptr : &filing.funds[table.fund].directions[table.direction].periodGoal;
}

const QString *CheckContext::annualGoal(const TableRef &table) const
{
    if (table.isProject())
        return &filing.projects[table.project].annualGoal;
    return table.isOverview() ? nullptr : &filing.funds[table.fund].directions[table.direction].annualGoal;
}

bool CheckContext::hasStandardColumn(const TableRef &table) const
{
    if (table.isProject())
        return hasLayout(filing, filing.projects[table.project], form::HunanLayout);
    return !table.isOverview();
}

bool hasLayout(const Filing &filing, const Project &project, const char *layout)
{
    return form::projectLayout(filing, project) == QLatin1String(layout);
}

Amount projectAmount(const Project &project)
{
    if (project.annualTotal)
        return project.annualTotal;
    Amount sum;
    for (const Amount &part : {project.annualFiscal, project.annualUpper, project.annualOther})
        if (part)
            sum = valueOrZero(sum) + *part;
    return sum;
}

const CheckContext::IndicatorFacts &CheckContext::facts(const TableRef &table, int row) const
{
    if (m_factsOffset.empty()) {
        size_t rows = filing.overview.indicators.size();
        for (const Fund &fu : filing.funds)
            for (const Direction &d : fu.directions)
                rows += size_t(d.indicators.size());
        for (const Project &p : filing.projects)
            rows += size_t(p.indicators.size());
        m_facts.reserve(rows);
        // Every table in tableIndex()'s order, the overview's too (the
        // rules' walk leaves it out when the filing has none).
        auto add = [&](const QList<Indicator> &indicators) {
            m_factsOffset.push_back(int(m_facts.size()));
            for (const Indicator &ind : indicators) {
                const Placement p = place(ind);
                m_facts.push_back({p, text::readIndicatorValue(ind.value), text::kindOf(p.def, ind.name)});
            }
        };
        add(filing.overview.indicators);
        for (const Fund &fu : filing.funds)
            for (const Direction &d : fu.directions)
                add(d.indicators);
        for (const Project &p : filing.projects)
            add(p.indicators);
    }
    return m_facts[size_t(m_factsOffset[size_t(tableIndex(table))] + row)];
}

const BasisCalculation &CheckContext::basis(int fund, int direction, int detail) const
{
    if (!m_basisParsed) {
        m_basisParsed = true;
        size_t lines = 0;
        for (const Fund &fu : filing.funds)
            for (const Direction &d : fu.directions)
                lines += size_t(d.details.size());
        m_basis.reserve(lines);
        for (const Fund &fu : filing.funds) {
            for (const Direction &d : fu.directions) {
                m_basisOffset.push_back(int(m_basis.size()));
                for (const DetailLine &l : d.details)
                    m_basis.push_back(parseBasis(l.basis, filing.amountUnit));
            }
        }
    }
    return m_basis[size_t(m_basisOffset[size_t(m_fundOffset[size_t(fund)] + direction)] + detail)];
}

const CheckContext::TextFacts &CheckContext::texts() const
{
    if (!m_texts) {
        TextFacts facts;
        const int year = filing.fiscalYear;
        forEachText(filing, [&](QStringView text, const TextRef &ref) {
            qsizetype i = 0;
            while (i < text.size() && text::isSpace(text[i]))
                ++i;
            if (i == text.size()) {
                facts.blank.push_back({text, ref});
                return;
            }
            if (i + 32 >= text.size() && text::isNonAnswer(text))
                facts.nonAnswer.push_back({text, ref});
            if (text::findLeftover(text).first >= 0)
                facts.leftover.push_back({text, ref});
            if (text.contains(u'年')) {
                bool other = false;
                text::forEachYear(text, [&](const text::YearHit &h) { other = other || h.year != year; });
                if (other)
                    facts.otherYear.push_back({text, ref});
            }
        });
        m_texts = std::move(facts);
    }
    return *m_texts;
}

Finding &Sink::add(const QString &pointer, const QString &message)
{
    Finding f;
    f.severity = m_rule.severity;
    f.rule = QLatin1String(m_rule.id);
    f.pointer = pointer;
    f.message = message;
    m_out->append(std::move(f));
    return m_out->last();
}

namespace {

// A scheme's labels, normalised once: normalising allocates, and the checks
// place every indicator row.
struct NormalisedScheme
{
    QStringList level1;
    QList<QStringList> level2;
};

const NormalisedScheme &normalised(IndicatorSchemeId id)
{
    auto build = [](IndicatorSchemeId which) {
        const IndicatorScheme &scheme = indicatorScheme(which);
        NormalisedScheme n;
        for (const Level1Def &l1 : scheme.level1) {
            n.level1 << normalizeIndicatorName(l1.name);
            QStringList l2;
            for (const Level2Def &def : l1.level2)
                l2 << normalizeIndicatorName(def.name);
            n.level2 << l2;
        }
        return n;
    };
    static const NormalisedScheme all[]
        = {build(IndicatorSchemeId::Hunan2023), build(IndicatorSchemeId::Mof2015), build(IndicatorSchemeId::Mof2021)};
    return all[int(id)];
}

} // namespace

// Mirrors IndicatorScheme::level1Index/level2Index/findLevel2 on the
// normalised labels.
CheckContext::Placement CheckContext::place(const Indicator &indicator) const
{
    const NormalisedScheme &names = normalised(scheme.id);
    auto l1 = m_level1.constFind(indicator.level1);
    if (l1 == m_level1.cend())
        l1 = m_level1.insert(indicator.level1, int(names.level1.indexOf(normalizeIndicatorName(indicator.level1))));
    auto l2 = m_level2.constFind(indicator.level2);
    if (l2 == m_level2.cend()) {
        const QString n = normalizeIndicatorName(indicator.level2);
        Level2Lookup lookup;
        for (int i = 0; i < scheme.level1.size(); ++i) {
            int found = -1;
            for (int j = 0; j < scheme.level1[i].level2.size() && found < 0; ++j)
                if (names.level2[i][j] == n
                    || (scheme.level1[i].level2[j].isSatisfaction && !n.isEmpty() && n.endsWith(u"满意度")))
                    found = j;
            lookup.underLevel1.append(found);
            if (found >= 0 && lookup.anywhere.first < 0)
                lookup.anywhere = {i, found};
        }
        l2 = m_level2.insert(indicator.level2, lookup);
    }
    Placement p;
    p.level1 = *l1;
    p.level2 = p.level1 >= 0 ? l2->underLevel1[p.level1] : -1;
    p.anywhere = l2->anywhere;
    if (p.level2 >= 0)
        p.def = &scheme.level1[p.level1].level2[p.level2];
    else if (p.anywhere.first >= 0)
        p.def = &scheme.level1[p.anywhere.first].level2[p.anywhere.second];
    return p;
}

} // namespace rules

namespace {

// Keys in the order the interchange format writes them. One global order
// works because every object's keys keep it (interchangeKeyOrder()).
int keyRank(QStringView key)
{
    const QStringList &order = interchangeKeyOrder();
    for (int i = 0; i < int(order.size()); ++i)
        if (key == order[i])
            return i;
    return int(order.size());
}

// One token's sort key: array indices by number, keys by schema rank.
struct TokenKey
{
    int rank = 0;
    qint64 index = 0;
    QStringView text;
};

TokenKey tokenKey(QStringView token)
{
    bool isIndex = !token.isEmpty();
    qint64 index = 0;
    for (QChar c : token) {
        if (c < u'0' || c > u'9' || index > (qint64(1) << 40)) {
            isIndex = false;
            break;
        }
        index = index * 10 + (c.unicode() - u'0');
    }
    if (isIndex)
        return {-1, index, token};
    return {keyRank(token), 0, token};
}

} // namespace

bool pointerLess(const QString &a, const QString &b)
{
    // Walk both pointers token by token without allocating.
    qsizetype i = 1, j = 1;
    const QStringView va(a), vb(b);
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && !b.isEmpty();
    for (;;) {
        const bool endA = i > va.size();
        const bool endB = j > vb.size();
        if (endA || endB)
            return endA && !endB; // a container before what it contains
        qsizetype ei = va.indexOf(u'/', i);
        qsizetype ej = vb.indexOf(u'/', j);
        if (ei < 0)
            ei = va.size();
        if (ej < 0)
            ej = vb.size();
        const TokenKey ka = tokenKey(va.sliced(i, ei - i));
        const TokenKey kb = tokenKey(vb.sliced(j, ej - j));
        if (ka.rank != kb.rank)
            return ka.rank < kb.rank;
        if (ka.index != kb.index)
            return ka.index < kb.index;
        if (ka.text != kb.text)
            return ka.text < kb.text;
        i = ei + 1;
        j = ej + 1;
    }
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return Checks::tr("error");
    case Severity::Warning:
        return Checks::tr("warning");
    case Severity::Info:
        return Checks::tr("info");
    }
    return QString();
}

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QList<RuleInfo> ruleCatalogue()
{
    QList<RuleInfo> list;
    for (const rules::Rule &r : rules::allRules())
        list.append({QLatin1String(r.id), r.severity, Checks::tr(r.why)});
    return list;
}

namespace {

// A pointer as numbers: array indices as they are, keys by schema rank
// (offset past any index), so document order is a plain comparison.
QVarLengthArray<qint64, 8> sortKey(const QString &pointerText)
{
    QVarLengthArray<qint64, 8> key;
    const QStringView v(pointerText);
    qsizetype i = 1;
    while (i <= v.size() && !v.isEmpty()) {
        qsizetype e = v.indexOf(u'/', i);
        if (e < 0)
            e = v.size();
        const TokenKey t = tokenKey(v.sliced(i, e - i));
        key.append(t.rank < 0 ? t.index : (qint64(1) << 50) + t.rank);
        i = e + 1;
    }
    return key;
}

} // namespace

QList<Finding> runChecks(const Filing &filing, const CheckOptions &options)
{
    const rules::CheckContext context(filing, options);
    QList<Finding> findings;
    for (const rules::Rule &rule : rules::allRules()) {
        rules::Sink sink(&findings, rule);
        rule.check(context, sink);
    }
    struct Sorted
    {
        QVarLengthArray<qint64, 8> key;
        qsizetype index;
    };
    std::vector<Sorted> order;
    order.reserve(size_t(findings.size()));
    for (qsizetype i = 0; i < findings.size(); ++i)
        order.push_back({sortKey(findings[i].pointer), i});
    std::stable_sort(order.begin(), order.end(), [&](const Sorted &a, const Sorted &b) {
        if (a.key != b.key)
            return std::lexicographical_compare(a.key.begin(), a.key.end(), b.key.begin(), b.key.end());
        return findings[a.index].rule < findings[b.index].rule;
    });
    QList<Finding> sorted;
    sorted.reserve(findings.size());
    for (const Sorted &s : order)
        sorted.append(std::move(findings[s.index]));
    return sorted;
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++c.errors;
            break;
        case Severity::Warning:
            ++c.warnings;
            break;
        case Severity::Info:
            ++c.infos;
            break;
        }
    }
    return c;
}

namespace {

QString named(const QString &name, int index)
{
    return name.trimmed().isEmpty() ? Checks::tr("#%1 (no name)").arg(index + 1) : name.simplified();
}

} // namespace

QString describeLocation(const Filing &filing, const QString &pointerText)
{
    const std::optional<Location> loc = Location::parse(pointerText);
    if (!loc)
        return pointerText;
    static const QString sep = QStringLiteral(" › ");
    QStringList parts;
    auto rows = [&] {
        // "年度绩效指标 第3行"
        if (loc->row >= 0)
            parts << Checks::tr("%1 row %2").arg(loc->list->translatedLabel()).arg(loc->row + 1);
        else
            parts << loc->list->translatedLabel();
    };
    switch (loc->area) {
    case Location::Whole:
        return Checks::tr("the whole filing");
    case Location::Filing:
        break;
    case Location::Department:
        parts << Checks::tr("Header");
        break;
    case Location::Overview:
    case Location::Budget:
        parts << Checks::tr("Department overview");
        if (loc->list)
            rows();
        break;
    case Location::Funds:
        return pointerText;
    case Location::Fund:
    case Location::Direction: {
        if (loc->fund >= filing.funds.size())
            return pointerText;
        const Fund &fund = filing.funds[loc->fund];
        if (loc->area == Location::Direction && loc->direction < fund.directions.size()) {
            parts << Checks::tr("Direction %1").arg(named(fund.directions[loc->direction].name, loc->direction));
            if (loc->list)
                rows();
        } else {
            parts << Checks::tr("Fund %1").arg(named(fund.name, loc->fund));
            if (loc->area == Location::Direction || loc->list)
                return (parts << lists::Directions.translatedRowsLabel()).join(sep);
        }
        break;
    }
    case Location::Projects:
        return lists::Projects.translatedLabel();
    case Location::Project:
        if (loc->project >= filing.projects.size())
            return pointerText;
        parts << Checks::tr("Project %1").arg(named(filing.projects[loc->project].name, loc->project));
        if (loc->list)
            rows();
        break;
    }
    if (!loc->field.isEmpty()) {
        const QString label = loc->fieldLabel();
        parts << (label.isEmpty() ? loc->field : label);
    }
    return parts.join(sep);
}

} // namespace jixiao
