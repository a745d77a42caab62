// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks.h"

#include "rule.h"

#include "textscan.h"

#include "model/jsonpointer.h"

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
}

int CheckContext::tableIndex(const TableRef &table) const
{
    return table.isOverview() ? 0 : 1 + m_fundOffset[size_t(table.fund)] + table.direction;
}

const CheckContext::IndicatorFacts &CheckContext::facts(const TableRef &table, int row) const
{
    if (m_factsOffset.empty()) {
        size_t rows = filing.overview.indicators.size();
        for (const Fund &fu : filing.funds)
            for (const Direction &d : fu.directions)
                rows += size_t(d.indicators.size());
        m_facts.reserve(rows);
        forEachIndicatorTable(filing, [&](const TableRef &, const QList<Indicator> &indicators) {
            m_factsOffset.push_back(int(m_facts.size()));
            for (const Indicator &ind : indicators)
                m_facts.push_back({place(ind), text::readIndicatorValue(ind.value)});
        });
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
// works because every object's keys keep it (see the schema).
int keyRank(QStringView key)
{
    static constexpr QStringView order[] = {
        u"format",
        u"formatVersion",
        u"fiscalYear",
        u"fundLevel",
        u"amountUnit",
        u"indicatorScheme",
        u"department",
        u"overview",
        u"funds",
        u"attachmentLabel",
        u"budget",
        u"total",
        u"generalPublic",
        u"governmentFund",
        u"other",
        u"basic",
        u"project",
        u"duties",
        u"workPlan",
        u"content",
        u"item",
        u"owner",
        u"goal",
        u"level1",
        u"level2",
        u"name",
        u"head",
        u"preparers",
        u"phone",
        u"value",
        u"standard",
        u"amount",
        u"directions",
        u"period",
        u"periodGoal",
        u"annualGoal",
        u"indicators",
        u"details",
        u"basis",
    };
    for (int i = 0; i < int(std::size(order)); ++i)
        if (key == order[i])
            return i;
    return int(std::size(order));
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

QString fieldLabel(QStringView key)
{
    if (key == u"name")
        return Checks::tr("name");
    if (key == u"head")
        return Checks::tr("head of unit");
    if (key == u"preparers")
        return Checks::tr("preparer");
    if (key == u"phone")
        return Checks::tr("phone");
    if (key == u"attachmentLabel")
        return Checks::tr("attachment label");
    if (key == u"budget")
        return Checks::tr("annual budget");
    if (key == u"total")
        return Checks::tr("total funds");
    if (key == u"generalPublic")
        return Checks::tr("general public budget");
    if (key == u"governmentFund")
        return Checks::tr("government fund budget");
    if (key == u"other")
        return Checks::tr("other funds");
    if (key == u"basic")
        return Checks::tr("basic expenditure");
    if (key == u"project")
        return Checks::tr("project expenditure");
    if (key == u"duties")
        return Checks::tr("duties");
    if (key == u"workPlan")
        return Checks::tr("work plan");
    if (key == u"item")
        return Checks::tr("item");
    if (key == u"owner")
        return Checks::tr("responsible unit");
    if (key == u"goal")
        return Checks::tr("work goal");
    if (key == u"indicators")
        return Checks::tr("performance indicators");
    if (key == u"level1")
        return Checks::tr("level-1 indicator");
    if (key == u"level2")
        return Checks::tr("level-2 indicator");
    if (key == u"value")
        return Checks::tr("indicator value");
    if (key == u"standard")
        return Checks::tr("performance standard");
    if (key == u"amount")
        return Checks::tr("amount");
    if (key == u"period")
        return Checks::tr("implementation period");
    if (key == u"periodGoal")
        return Checks::tr("implementation-period goal");
    if (key == u"annualGoal")
        return Checks::tr("annual goal");
    if (key == u"details")
        return Checks::tr("expenditure details");
    if (key == u"content")
        return Checks::tr("content");
    if (key == u"basis")
        return Checks::tr("calculation basis");
    if (key == u"fiscalYear")
        return Checks::tr("fiscal year");
    if (key == u"directions")
        return Checks::tr("expenditure directions");
    return key.toString();
}

QString named(const QString &name, int index)
{
    return name.trimmed().isEmpty() ? Checks::tr("#%1 (no name)").arg(index + 1) : name.simplified();
}

} // namespace

QString describeLocation(const Filing &filing, const QString &pointerText)
{
    const QStringList t = pointer::split(pointerText);
    if (t.isEmpty())
        return Checks::tr("the whole filing");
    static const QString sep = QStringLiteral(" › ");
    QStringList parts;
    qsizetype k = 0;
    auto indexAt = [&](qsizetype i, bool *ok) { return i < t.size() ? t[i].toInt(ok) : (*ok = false, 0); };
    auto rows = [&](qsizetype at, const QString &listLabel) {
        // "年度绩效指标 第3行 › 三级指标"
        bool ok = false;
        const int row = indexAt(at, &ok);
        if (!ok) {
            parts << listLabel;
            return at;
        }
        parts << Checks::tr("%1 row %2").arg(listLabel).arg(row + 1);
        return at + 1;
    };
    auto indicatorLabel = [&](QStringView key) {
        if (key == u"name")
            return Checks::tr("level-3 indicator");
        return fieldLabel(key);
    };
    if (t[0] == u"department") {
        parts << Checks::tr("Header");
        k = 1;
    } else if (t[0] == u"overview") {
        parts << Checks::tr("Department overview");
        k = 1;
        if (k < t.size() && t[k] == u"workPlan") {
            k = rows(k + 1, Checks::tr("Work plan"));
        } else if (k < t.size() && t[k] == u"indicators") {
            k = rows(k + 1, Checks::tr("Performance indicators"));
            if (k < t.size()) {
                parts << indicatorLabel(t[k]);
                return parts.join(sep);
            }
            return parts.join(sep);
        } else if (k < t.size() && t[k] == u"budget") {
            ++k;
        }
    } else if (t[0] == u"funds") {
        bool ok = false;
        const int f = indexAt(1, &ok);
        if (!ok || f < 0 || f >= filing.funds.size())
            return pointerText;
        const Fund &fund = filing.funds[f];
        k = 2;
        if (k < t.size() && t[k] == u"directions") {
            const int d = indexAt(3, &ok);
            if (!ok || d < 0 || d >= fund.directions.size()) {
                parts << Checks::tr("Fund %1").arg(named(fund.name, f)) << fieldLabel(u"directions");
                return parts.join(sep);
            }
            const Direction &dir = fund.directions[d];
            parts << Checks::tr("Direction %1").arg(named(dir.name, d));
            k = 4;
            if (k < t.size() && t[k] == u"indicators") {
                k = rows(k + 1, Checks::tr("Performance indicators"));
                if (k < t.size())
                    parts << indicatorLabel(t[k]);
                return parts.join(sep);
            }
            if (k < t.size() && t[k] == u"details") {
                k = rows(k + 1, Checks::tr("Expenditure details"));
                if (k < t.size())
                    parts << (t[k] == u"item"    ? Checks::tr("expenditure item")
                            : t[k] == u"content" ? Checks::tr("expenditure content")
                                                 : fieldLabel(t[k]));
                return parts.join(sep);
            }
            if (k < t.size() && t[k] == u"amount") {
                parts << Checks::tr("project amount");
                return parts.join(sep);
            }
        } else {
            parts << Checks::tr("Fund %1").arg(named(fund.name, f));
        }
    }
    for (; k < t.size(); ++k)
        parts << fieldLabel(t[k]);
    return parts.join(sep);
}

} // namespace jixiao
