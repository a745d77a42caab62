// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers that contradict other cells of the same table: an indicator that
// promises more than the calculation texts fund ("≥100家" where the detail
// line pays for 50家), a goal's count against the indicator's ("2次" /
// "≥4次"), a per-unit cap below the rate budgeted ("≤0.2万元/次" against
// "每次0.25万元"), a goal quoting money the direction does not have ("18.54万元"
// on a 19.54万元 direction, 25万元 on a 19.54万元 fund, a work plan arranging
// 400万元 in a department of 368.9万元). Only the same measure is compared:
// the same measure word, and the indicator's name sharing a word with the
// clause the other number stands in.
#include "rule.h"

#include "indicatorkind.h"

#include "model/jsonpointer.h"

#include <QVarLengthArray>

namespace jixiao::rules {

namespace {

using namespace text;

// A count written in a text: "50家", "四次", "2期".
struct Quantity
{
    qint64 value = 0;
    QStringView unit;
    qsizetype begin = 0, end = 0;
};

// The measure word of a count at k ("家", "人次"), empty if none.
QStringView countUnitAt(QStringView s, qsizetype k)
{
    const qsizetype len = measureWordAt(s, k);
    if (len == 0)
        return {};
    const QStringView unit = s.sliced(k, len);
    return isCountUnit(unit) ? unit : QStringView();
}

template<typename Fn> void forEachQuantity(QStringView s, Fn fn)
{
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        qint64 value = 0;
        qsizetype end = i;
        if (isDigit(c)) {
            if (i > 0 && (isDigit(s[i - 1]) || fold(s[i - 1]) == u'.')) {
                ++i;
                continue;
            }
            const Number n = scanNumber(s, i);
            end = n.end;
            if (n.places != 0 || n.overflow || isDatePart(s, n)) {
                i = end;
                continue;
            }
            value = n.mantissa;
        } else if (const qsizetype l = parseChineseNumeral(s, i, &value); l > 0) {
            end = i + l;
        } else {
            ++i;
            continue;
        }
        const bool rate = i > 0 && (s[i - 1] == u'每' || s[i - 1] == u'第' || fold(s[i - 1]) == u'/');
        const qsizetype k = skipSpaces(s, end);
        const QStringView unit = countUnitAt(s, k);
        if (!rate && !unit.isEmpty() && value > 0)
            fn(Quantity {value, unit, i, k + unit.size()});
        i = unit.isEmpty() ? end : k + unit.size();
    }
}

// The indicator's name and the clause a number stands in share a word (two
// CJK characters that are not one of the words every text has).
bool shareWord(QStringView name, QStringView clause)
{
    static const Words generic {u"工作", u"专项", u"数量", u"经费", u"费用", u"资金", u"开展", u"完成", u"指标",
        u"项目", u"全年", u"年度", u"次数", u"人数", u"个数", u"情况", u"相关", u"服务", u"支出", u"预算", u"保障",
        u"合计", u"共计"};
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (!isCjk(name[i]) || !isCjk(name[i + 1]))
            continue;
        const QStringView word = name.sliced(i, 2);
        if (generic.in(word))
            continue;
        if (clause.contains(word))
            return true;
    }
    return false;
}

QStringView clauseOf(QStringView s, const Quantity &q)
{
    const auto [b, e] = clauseAround(s, q.begin, q.end);
    return s.sliced(b, e - b);
}

// An indicator valued as a whole count in a measure word: "≥100家", "4次".
bool countTarget(const IndicatorValue &v)
{
    return v.quantitative && v.simple && !v.number.overflow && v.number.places == 0 && isCountUnit(v.unit)
        && v.direction != IndicatorValue::AtMost && !v.approximate;
}

bool contradicts(const IndicatorValue &v, qint64 other)
{
    const qint64 n = v.number.mantissa;
    return v.direction == IndicatorValue::AtLeast ? other < n : other != n;
}

QString countText(qint64 n, QStringView unit)
{
    return QString::number(n) + unit.toString();
}

// A count in one of a direction's calculation texts, with its line.
struct Funded
{
    int line;
    Quantity quantity;
    QStringView clause;
};

// "≥100家" against the quantities the detail lines' calculations fund.
void basisQuantity(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const Direction &dir = filing.funds[f].directions[d];
            const TableRef table {f, d};
            QVarLengthArray<Funded, 16> counts;
            bool scanned = false;
            for (int i = 0; i < dir.indicators.size(); ++i) {
                const IndicatorValue &v = c.facts(table, i).value;
                if (!countTarget(v))
                    continue;
                if (!scanned) {
                    scanned = true;
                    // The measure words the direction's counts are in: only
                    // the lines that write one are read.
                    QVarLengthArray<QChar, 4> units;
                    for (int k = i; k < dir.indicators.size(); ++k) {
                        const IndicatorValue &w = c.facts(table, k).value;
                        if (countTarget(w) && !units.contains(w.unit.front()))
                            units.append(w.unit.front());
                    }
                    for (int l = 0; l < dir.details.size(); ++l) {
                        const QStringView basis(dir.details[l].basis);
                        bool names = false;
                        for (qsizetype k = 1; k < basis.size() && !names; ++k) {
                            if (!units.contains(basis[k]))
                                continue;
                            qint64 n = 0;
                            const QChar before = basis[k - 1];
                            names = isDigit(before) || parseChineseNumeral(basis, k - 1, &n) > 0;
                        }
                        if (names)
                            forEachQuantity(basis, [&](const Quantity &q) {
                                counts.append({l, q, clauseOf(basis, q)});
                            });
                    }
                }
                const QStringView name = nameCore(dir.indicators[i].name);
                // The largest matching count of each line, added up over the lines.
                qint64 funded = 0, lineMost = 0;
                int line = -1;
                QStringList related;
                QString quoted;
                for (const Funded &fu : counts) {
                    if (fu.quantity.unit != v.unit || !shareWord(name, fu.clause))
                        continue;
                    if (fu.line != line) {
                        funded += lineMost;
                        lineMost = 0;
                        line = fu.line;
                        related.append(pointer::detail(f, d, line) + QStringLiteral("/basis"));
                    }
                    lineMost = qMax(lineMost, fu.quantity.value);
                    if (quoted.isEmpty())
                        quoted = fu.clause.toString();
                }
                funded += lineMost;
                if (related.isEmpty() || !contradicts(v, funded))
                    continue;
                Finding &finding = sink.add(table.indicator(i, QLatin1String("value")),
                    Checks::tr("“%1” sets %2, but the calculation of the expenditure details funds %3 (“%4”): make "
                               "the indicator and the calculation agree.")
                        .arg(dir.indicators[i].value.simplified(), countText(v.number.mantissa, v.unit),
                            countText(funded, v.unit), quoted));
                finding.related = related;
                finding.expected = countText(funded, v.unit);
                finding.actual = dir.indicators[i].value;
            }
        }
}

// The goals of a table, with their pointers.
struct Goal
{
    QStringView text;
    QString pointer;
};

QVarLengthArray<Goal, 4> goalsOf(const CheckContext &c, const TableRef &table)
{
    QVarLengthArray<Goal, 4> goals;
    if (table.isOverview()) {
        const auto &plan = c.filing.overview.workPlan;
        for (int i = 0; i < plan.size(); ++i)
            goals.append({QStringView(plan[i].goal), QStringLiteral("/overview/workPlan/%1/goal").arg(i)});
        return goals;
    }
    goals.append({QStringView(*c.annualGoal(table)), table.base() + QStringLiteral("/annualGoal")});
    return goals;
}

// The goal's 2次 against the indicator's ≥4次.
void goalQuantity(const CheckContext &c, Sink &sink)
{
    struct Stated
    {
        int goal;
        Quantity quantity;
        QStringView clause;
    };
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        QVarLengthArray<Goal, 4> goals;
        QVarLengthArray<Stated, 16> stated;
        bool gathered = false;
        for (int i = 0; i < indicators.size(); ++i) {
            const IndicatorValue &v = c.facts(table, i).value;
            if (!countTarget(v))
                continue;
            if (!gathered) {
                gathered = true;
                goals = goalsOf(c, table);
                for (int g = 0; g < goals.size(); ++g)
                    forEachQuantity(goals[g].text, [&](const Quantity &q) {
                        stated.append({g, q, clauseOf(goals[g].text, q)});
                    });
            }
            const QStringView name = nameCore(indicators[i].name);
            for (const Stated &st : stated) {
                const Quantity &q = st.quantity;
                if (q.unit != v.unit || q.value == v.number.mantissa || !contradicts(v, q.value)
                    || !shareWord(name, st.clause))
                    continue;
                Finding &f = sink.add(table.indicator(i, QLatin1String("value")),
                    Checks::tr("“%1” sets %2, but the goal says %3 (“%4”): one target, one number.")
                        .arg(indicators[i].value.simplified(), countText(v.number.mantissa, v.unit),
                            countText(q.value, q.unit), st.clause.toString()));
                f.related = {goals[st.goal].pointer};
                f.actual = indicators[i].value;
                break;
            }
        }
    });
}

// The measure a money value is per: "万元/次" → 次; a name with 每次/单次/人均/户均 → 次/人/户.
QStringView perUnit(QStringView unit, QStringView name)
{
    const qsizetype slash = unit.indexOf(u'/');
    if (slash >= 0 && slash + 1 < unit.size())
        return unit.sliced(slash + 1);
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'每' || c == u'单') {
            const qsizetype len = measureWordAt(name, i + 1);
            if (len > 0)
                return name.sliced(i + 1, len);
        }
        if (name[i + 1] == u'均' && (c == u'人' || c == u'户' || c == u'次' || c == u'家'))
            return name.sliced(i, 1);
    }
    return {};
}

// Every amount of money in a text ("0.25万元", "3000元"), in the filing's
// unit: fn(amount, begin, end of its unit).
template<typename Fn> void forEachAmount(QStringView s, AmountUnit unit, Fn fn)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isDigit(s[i]) || (i > 0 && (isDigit(s[i - 1]) || fold(s[i - 1]) == u'.')))
            continue;
        const Number n = scanNumber(s, i);
        const qsizetype k = skipSpaces(s, n.end);
        const MoneyUnit mu = moneyUnitAt(s, k);
        Money m;
        if (mu.length == 0 || n.overflow || !toMoney(n.mantissa, n.places, mu.exponent, unit, &m)) {
            i = n.end - 1;
            continue;
        }
        fn(m, i, k + mu.length);
        i = k + mu.length - 1;
    }
}

// A rate in a calculation: "每次0.25万元", "0.25万元/次".
struct Rate
{
    Money amount;
    QStringView per;
    qsizetype begin = 0, end = 0;
};

template<typename Fn> void forEachRate(QStringView s, AmountUnit unit, Fn fn)
{
    forEachAmount(s, unit, [&](Money m, qsizetype begin, qsizetype after) {
        QStringView per;
        if (after + 1 < s.size() && fold(s[after]) == u'/')
            per = s.sliced(after + 1, measureWordAt(s, after + 1));
        else
            for (qsizetype b = begin - 1; b >= 0 && b >= begin - 4; --b)
                if (s[b] == u'每') {
                    per = s.sliced(b + 1, measureWordAt(s, b + 1));
                    break;
                }
        if (!per.isEmpty())
            fn(Rate {m, per, begin, after});
    });
}

// "≤0.2万元/次" against "每次0.25万元" budgeted.
void unitRate(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    for (int f = 0; f < filing.funds.size(); ++f)
        for (int d = 0; d < filing.funds[f].directions.size(); ++d) {
            const Direction &dir = filing.funds[f].directions[d];
            const TableRef table {f, d};
            for (int i = 0; i < dir.indicators.size(); ++i) {
                const IndicatorValue &v = c.facts(table, i).value;
                if (!v.quantitative || v.number.overflow || v.direction != IndicatorValue::AtMost)
                    continue;
                const MoneyUnit mu = moneyUnitAt(v.unit, 0);
                if (mu.length == 0)
                    continue;
                const QStringView per = perUnit(v.unit, dir.indicators[i].name);
                Money cap;
                if (per.isEmpty()
                    || !toMoney(v.number.mantissa, v.number.places, mu.exponent, c.filing.amountUnit, &cap))
                    continue;
                for (int l = 0; l < dir.details.size(); ++l) {
                    const QStringView basis(dir.details[l].basis);
                    bool reported = false;
                    forEachRate(basis, c.filing.amountUnit, [&](const Rate &r) {
                        if (reported || r.per != per || r.amount <= cap)
                            return;
                        reported = true;
                        const auto [b, e] = clauseAround(basis, r.begin, r.end);
                        Finding &finding = sink.add(table.indicator(i, QLatin1String("value")),
                            Checks::tr("“%1” caps the cost per %2 at %3, but the calculation budgets %4 per %2 "
                                       "(“%5”): raise the cap or lower the rate.")
                                .arg(dir.indicators[i].value.simplified(), per.toString(), c.money(cap),
                                    c.money(r.amount), basis.sliced(b, e - b).toString()));
                        finding.related = {pointer::detail(f, d, l) + QStringLiteral("/basis")};
                        finding.actual = dir.indicators[i].value;
                    });
                    if (reported)
                        break;
                }
            }
        }
}

// Money a goal arranges ("安排资金25万元", "人员经费18.54万元"), not economic
// figures of the region ("工业投资100亿元").
template<typename Fn> void forEachBudgetAmount(QStringView s, AmountUnit unit, Fn fn)
{
    static const Words budget {u"安排", u"投入", u"预算", u"经费", u"资金", u"拨付", u"支出", u"补助", u"列支"};
    static const Words economy {u"产值", u"营收", u"增加值", u"招商", u"引资", u"融资", u"销售", u"收入", u"税收",
        u"贷款", u"投资", u"GDP", u"规模"};
    forEachAmount(s, unit, [&](Money m, qsizetype begin, qsizetype after) {
        const auto [b, e] = clauseAround(s, begin, after);
        const QStringView before = s.sliced(b, begin - b);
        const bool perUnitAmount = after < s.size() && fold(s[after]) == u'/';
        // "2022年实际支出1.68万元": a past year's actual, cited.
        static const Words cited {u"实际", u"决算", u"执行数", u"上年", u"去年"};
        if (budget.in(before) && !economy.in(s.sliced(b, e - b)) && !cited.in(s.sliced(b, e - b)) && !perUnitAmount
            && !before.contains(u'每'))
            fn(m, s.sliced(b, e - b), before);
    });
}

void goalAmount(const CheckContext &c, Sink &sink)
{
    const Filing &filing = c.filing;
    const AmountUnit unit = filing.amountUnit;
    // The overview's work plan: no row arranges more than the department has.
    if (filing.overview.budget.total && filing.overview.budget.total->micros() > 0) {
        const Money total = *filing.overview.budget.total;
        const auto &plan = filing.overview.workPlan;
        for (int i = 0; i < plan.size(); ++i) {
            bool reported = false;
            forEachBudgetAmount(plan[i].goal, unit, [&](Money m, QStringView clause, QStringView) {
                if (reported || m <= total)
                    return;
                reported = true;
                Finding &f = sink.add(QStringLiteral("/overview/workPlan/%1/goal").arg(i),
                    Checks::tr("The work plan arranges %1 (“%2”), more than the department's whole budget of %3.")
                        .arg(c.money(m), clause.toString(), c.money(total)));
                f.related = {QStringLiteral("/overview/budget/total")};
            });
        }
    }
    for (int fi = 0; fi < filing.funds.size(); ++fi)
        for (int d = 0; d < filing.funds[fi].directions.size(); ++d) {
            const Direction &dir = filing.funds[fi].directions[d];
            if (!dir.amount || dir.amount->micros() == 0)
                continue;
            const Money amount = *dir.amount;
            const Money fund = valueOrZero(filing.funds[fi].amount);
            const TableRef table {fi, d};
            bool periodRight = false;
            forEachBudgetAmount(dir.periodGoal, unit,
                [&](Money m, QStringView, QStringView) { periodRight = periodRight || m == amount; });
            bool reported = false;
            forEachBudgetAmount(dir.annualGoal, unit, [&](Money m, QStringView clause, QStringView before) {
                if (reported || m == amount || m == fund)
                    return;
                // The period goal says the same words with the right amount:
                // the two goals disagree, and target.conflict says so.
                if (periodRight && before.size() >= 4 && dir.periodGoal.contains(before))
                    return;
                for (const DetailLine &l : dir.details)
                    if (l.amount && *l.amount == m)
                        return; // the goal names one line's money
                // More than the money there is; or close to the direction's
                // amount, as if quoting it with a slip (18.54 for 19.54).
                const bool more = m > amount && m > fund;
                const bool close = m + m >= amount && m < amount;
                if (!more && !close)
                    return;
                reported = true;
                Finding &f = sink.add(table.base() + QStringLiteral("/annualGoal"),
                    more ? Checks::tr("The goal arranges %1 (“%2”), more than the direction's %3 and its fund's %4.")
                               .arg(c.money(m), clause.toString(), c.money(amount), c.money(fund))
                         : Checks::tr("The goal quotes %1 (“%2”), but the direction's amount is %3.")
                               .arg(c.money(m), clause.toString(), c.money(amount)));
                f.related = {table.base() + QStringLiteral("/amount")};
                f.expected = amount.toString();
                f.actual = m.toString();
            });
        }
}

} // namespace

const QList<Rule> &crossRules()
{
    static const QList<Rule> rules {
        {"cross.basis-quantity", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "An indicator does not promise more of a thing (100家) than the calculation texts fund (50家)."),
            basisQuantity},
        {"cross.goal-quantity", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "The goal and the indicator give one number for one measure (not 2次 and ≥4次)."),
            goalQuantity},
        {"cross.unit-rate", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "A cap per unit (≤0.2万元/次) is not below the rate the calculation budgets (每次0.25万元)."),
            unitRate},
        {"cross.goal-amount", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Money a goal or work plan arranges fits the direction's amount and the department's budget."),
            goalAmount},
    };
    return rules;
}

} // namespace jixiao::rules
