// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator completeness per the filing's indicatorScheme: every 二级 the
// scheme asks for is there, and nothing outside the scheme.
#include "rule.h"

#include "indicatorkind.h"
#include "textscan.h"

#include <QVarLengthArray>

namespace jixiao::rules {

namespace {

// Which 二级 of the scheme a table's rows cover (an empty row still counts:
// its empty 三级 is required.empty's).
QVarLengthArray<bool, 16> covered(const CheckContext &c, const TableRef &table, const QList<Indicator> &indicators)
{
    int total = 0;
    for (const Level1Def &l1 : c.scheme.level1)
        total += int(l1.level2.size());
    QVarLengthArray<bool, 16> seen(total, false);
    for (int row = 0; row < indicators.size(); ++row) {
        const CheckContext::Placement &p = c.facts(table, row).placement;
        if (!p.def)
            continue;
        int flat = 0;
        for (int i = 0; i < c.scheme.level1.size(); ++i)
            for (int j = 0; j < c.scheme.level1[i].level2.size(); ++j, ++flat)
                if (&c.scheme.level1[i].level2[j] == p.def)
                    seen[flat] = true;
    }
    return seen;
}

// 财预〔2021〕101号: the 效益 二级 (经济, 社会, 生态, 可持续影响) are set as the
// project warrants. A missing one is worth a warning only where the table's
// own goals name that effect ("全市空气质量达到优良" and no 生态效益 row).
bool isEffect(const Level1Def &l1, const Level2Def &l2)
{
    return l1.name.contains(u"效益") && !l2.isSatisfaction;
}

// The words by which a goal names an effect, for the 二级 it belongs to.
const text::Words *effectWords(const Level2Def &l2)
{
    static const text::Words economic {u"经济效益", u"增收", u"收入", u"产值", u"增加值", u"节约资金", u"降低成本"};
    static const text::Words social {u"社会效益", u"就业", u"民生", u"社会稳定", u"公共服务"};
    static const text::Words ecological {u"生态", u"环境", u"空气", u"水质", u"污染", u"排放", u"绿色", u"低碳",
        u"节能", u"减排", u"扬尘", u"降尘", u"绿化", u"森林"};
    static const text::Words lasting {u"可持续", u"长效"};
    if (l2.name.startsWith(u"经济"))
        return &economic;
    if (l2.name.startsWith(u"社会"))
        return &social;
    if (l2.name.startsWith(u"生态"))
        return &ecological;
    if (l2.name.startsWith(u"可持续"))
        return &lasting;
    return nullptr;
}

// The goal of a table that names the effect, or nullptr.
const QString *goalNaming(const CheckContext &c, const TableRef &table, const Level2Def &l2)
{
    const text::Words *words = effectWords(l2);
    if (!words)
        return nullptr;
    if (table.isOverview()) {
        for (const WorkPlanItem &w : c.filing.overview.workPlan)
            if (words->in(w.goal))
                return &w.goal;
        return nullptr;
    }
    for (const QString *goal : {c.annualGoal(table), c.periodGoal(table)})
        if (words->in(*goal))
            return goal;
    return nullptr;
}

QString goalPointer(const CheckContext &c, const TableRef &table, const QString *goal)
{
    if (table.isOverview()) {
        const auto &plan = c.filing.overview.workPlan;
        for (int i = 0; i < plan.size(); ++i)
            if (&plan[i].goal == goal)
                return QStringLiteral("/overview/workPlan/%1/goal").arg(i);
        return QString();
    }
    return table.base() + (goal == c.annualGoal(table) ? QStringLiteral("/annualGoal") : QStringLiteral("/periodGoal"));
}

// What reportMissing reports: the required 二级, the recommended ones (the
// satisfaction row, and an effect the goals name), or the effects nobody named.
enum class Missing { Required, Recommended, UnnamedEffect };

void reportMissing(const CheckContext &c, Sink &sink, Missing which)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (indicators.isEmpty())
            return; // indicators.none: one finding for the table, not one per 二级
        const QVarLengthArray<bool, 16> seen = covered(c, table, indicators);
        int flat = 0;
        for (const Level1Def &l1 : c.scheme.level1)
            for (const Level2Def &l2 : l1.level2) {
                if (seen[flat++])
                    continue;
                if (l2.requirement == Requirement::Required) {
                    if (which == Missing::Required)
                        sink.add(table.indicators(),
                            Checks::tr("The required indicator “%1 › %2” is missing (%3).")
                                .arg(l1.name, l2.name, c.scheme.title));
                    continue;
                }
                if (l2.requirement != Requirement::Recommended)
                    continue;
                const QString *goal = isEffect(l1, l2) ? goalNaming(c, table, l2) : nullptr;
                if (isEffect(l1, l2) && !goal) {
                    if (which == Missing::UnnamedEffect)
                        sink.add(table.indicators(),
                            Checks::tr("There is no indicator for “%1 › %2” (%3); set one if the project has such "
                                       "an effect.")
                                .arg(l1.name, l2.name, c.scheme.title));
                    continue;
                }
                if (which != Missing::Recommended)
                    continue;
                if (goal) {
                    Finding &f = sink.add(table.indicators(),
                        Checks::tr("There is no indicator for “%1 › %2” (%3), yet the goal names that effect: "
                                   "“%4”. Set an indicator that measures it.")
                            .arg(l1.name, l2.name, c.scheme.title, goal->simplified().left(60)));
                    f.related = {goalPointer(c, table, goal)};
                } else {
                    sink.add(table.indicators(),
                        Checks::tr("There is no indicator for “%1 › %2” (%3).").arg(l1.name, l2.name, c.scheme.title));
                }
            }
    });
}

void missingRequired(const CheckContext &c, Sink &sink)
{
    reportMissing(c, sink, Missing::Required);
}

void missingRecommended(const CheckContext &c, Sink &sink)
{
    reportMissing(c, sink, Missing::Recommended);
}

void missingEffect(const CheckContext &c, Sink &sink)
{
    reportMissing(c, sink, Missing::UnnamedEffect);
}

void noIndicators(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (indicators.isEmpty())
            sink.add(table.indicators(),
                Checks::tr("This table has no performance indicators: add at least one level-3 indicator under "
                           "each output and cost level-2 indicator of %1.")
                    .arg(c.scheme.title));
    });
}

// 绩效标准 as the direction table's column names them: written with or
// without 标准, with spaces or a full stop, two joined by 、 or /, and with a
// level before them (国家/省/市/年度).
bool isStandardName(QStringView s)
{
    // As the form's own choices are written, on nearly every row.
    if (s == u"计划标准" || s == u"其他标准" || s == u"行业标准" || s == u"历史标准")
        return true;
    static constexpr QStringView names[] = {u"计划", u"行业", u"历史", u"其他", u"其它", u"预算支出", u"预算"};
    static constexpr QStringView levels[]
        = {u"国家", u"省级", u"市级", u"县级", u"区级", u"省", u"市", u"年度", u"地方", u""};
    // Spaces and a bracketed explanation ("历史标准（2022年）") aside.
    QString n;
    n.reserve(s.size());
    int depth = 0;
    for (QChar ch : s) {
        if (ch == u'（' || ch == u'(')
            ++depth;
        else if (ch == u'）' || ch == u')')
            depth = qMax(0, depth - 1);
        else if (depth == 0 && !text::isSpace(ch))
            n.append(ch);
    }
    while (!n.isEmpty() && text::isPunctuation(n.back()))
        n.chop(1);
    if (n.isEmpty())
        return false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= n.size(); ++i) {
        if (i < n.size() && n[i] != u'、' && n[i] != u'/' && n[i] != u'／' && n[i] != u'，' && n[i] != u','
            && n[i] != u'和' && n[i] != u'及')
            continue;
        QStringView part = QStringView(n).sliced(start, i - start);
        start = i + 1;
        if (part.endsWith(u"标准"))
            part.chop(2);
        bool known = part == u"国家" || part == u"地方"; // 国家标准, 地方标准 are 行业标准 by another name
        for (QStringView level : levels)
            for (QStringView name : names)
                known = known
                    || (part.size() == level.size() + name.size() && part.startsWith(level) && part.endsWith(name));
        if (!known)
            return false;
    }
    return true;
}

void standardMissing(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (!c.hasStandardColumn(table))
            return; // the overview and the national project template have no 绩效标准 column
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            if (ind.standard && !ind.standard->trimmed().isEmpty())
                continue;
            if (ind.name.trimmed().isEmpty() && ind.value.trimmed().isEmpty())
                continue; // an empty row: required.empty says so
            sink.add(table.indicator(i, QLatin1String("standard")),
                Checks::tr("The performance standard is empty: write what the target is set against — 计划标准, "
                           "行业标准, 历史标准 or 其他标准."));
        }
    });
}

void standardUnknown(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        if (!c.hasStandardColumn(table))
            return;
        for (int i = 0; i < indicators.size(); ++i) {
            const std::optional<QString> &standard = indicators[i].standard;
            if (!standard || standard->trimmed().isEmpty() || isStandardName(*standard))
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("standard")),
                Checks::tr("“%1” is not a performance standard: write 计划标准, 行业标准, 历史标准 or 其他标准 "
                           "(and put any explanation into the indicator).")
                    .arg(standard->simplified()));
            f.actual = *standard;
        }
    });
}

void unknownLevel1(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::Placement &p = c.facts(table, i).placement;
            if (p.level1 >= 0 || ind.level1.trimmed().isEmpty())
                continue; // known, or empty (required.empty's)
            QString message
                = Checks::tr("“%1” is not a level-1 indicator of %2.").arg(ind.level1.simplified(), c.scheme.title);
            if (p.anywhere.first >= 0)
                message += QLatin1Char(' ')
                    + Checks::tr("Its level-2 “%1” belongs under “%2”.")
                          .arg(ind.level2.simplified(), c.scheme.level1[p.anywhere.first].name);
            Finding &f = sink.add(table.indicator(i, QLatin1String("level1")), message);
            if (p.anywhere.first >= 0)
                f.expected = c.scheme.level1[p.anywhere.first].name;
            f.actual = ind.level1;
        }
    });
}

void unknownLevel2(const CheckContext &c, Sink &sink)
{
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            const CheckContext::Placement &p = c.facts(table, i).placement;
            if (p.level2 >= 0 || ind.level2.trimmed().isEmpty())
                continue; // known, or empty (required.empty's)
            if (p.level1 < 0 && p.anywhere.first >= 0)
                continue; // the 一级 is what is wrong: unknown-level1 says so
            Finding &f = sink.add(table.indicator(i, QLatin1String("level2")),
                p.anywhere.first >= 0
                    ? Checks::tr("“%1” belongs under the level-1 indicator “%2”, not “%3”.")
                          .arg(ind.level2.simplified(), c.scheme.level1[p.anywhere.first].name, ind.level1.simplified())
                    : Checks::tr("“%1” is not a level-2 indicator of %2.")
                          .arg(ind.level2.simplified(), c.scheme.title));
            f.actual = ind.level2;
        }
    });
}

} // namespace

const QList<Rule> &indicatorRules()
{
    static const QList<Rule> rules {
        {"indicators.missing-required", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Every output and cost level-2 indicator of the scheme needs at least one level-3 row."),
            missingRequired},
        {"indicators.missing-recommended", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "The satisfaction level-2 indicator is expected, and so is a benefit level-2 indicator whose effect "
                "the goals name."),
            missingRecommended},
        {"indicators.missing-effect", Severity::Info,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Under 财预〔2021〕101号 the benefit level-2 indicators (economic, social, ecological, lasting) are "
                "set as the project warrants: a missing one is a hint, unless the goals name that effect."),
            missingEffect},
        {"indicators.none", Severity::Error,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Every table sets performance indicators; a table without any is reported once, not per level-2."),
            noIndicators},
        {"indicators.standard-missing", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Each indicator of a direction table names its performance standard (计划/行业/历史/其他标准)."),
            standardMissing},
        {"indicators.standard-unknown", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "The performance standard is one of 计划标准, 行业标准, 历史标准, 其他标准 (预算支出标准 where used)."),
            standardUnknown},
        {"indicators.unknown-level1", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Level-1 indicators must be those of the filing's indicator scheme."),
            unknownLevel1},
        {"indicators.unknown-level2", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "Level-2 indicators must be those of the scheme, under their own level-1 indicator."),
            unknownLevel2},
    };
    return rules;
}

} // namespace jixiao::rules
