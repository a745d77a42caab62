// SPDX-License-Identifier: GPL-3.0-or-later
// Same target, two values: a table that states one target in two places (work
// plan or goals, and an indicator) with two different numbers — the seed's
// 全社会研发投入强度 9.31% in the goal and 研发经费投入强度 9.30% in the indicator.
//
// Targets are matched by the words before their number, normalised (scope
// words such as 全区/全社会, filler such as 力争/同比/达到, brackets dropped), and
// two wordings name the same target when they end in the same measure word
// (强度, 增长, 满意度 …) and one is the other with words left out. Only numbers
// with the same unit are compared, dates never, and only within one table:
// different projects legitimately set different targets.
#include "rule.h"

#include "period.h"

#include "indicatorvalue.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

namespace jixiao::rules {

namespace {

using namespace text;

struct Mention
{
    QString key;
    Number number;
    QString unit;
    int place = 0; // index into the table's places
};

struct Place
{
    bool narrative = false; // goal or work-plan text (else an indicator cell)
    int row = -1; // indicator row, or work-plan row
    QLatin1String field;
    QStringView text;
};

bool removePrefix(QString &s, QStringView word)
{
    if (!s.isEmpty() && s.front() == word.front() && s.size() >= word.size() && QStringView(s).startsWith(word)) {
        s.remove(0, word.size());
        return true;
    }
    return false;
}

bool removeSuffix(QString &s, QStringView word)
{
    if (!s.isEmpty() && s.back() == word.back() && s.size() >= word.size() && QStringView(s).endsWith(word)) {
        s.chop(word.size());
        return true;
    }
    return false;
}

QString normaliseKey(QStringView raw)
{
    QString s;
    s.reserve(raw.size());
    int depth = 0;
    for (QChar c : raw) {
        const char16_t u = fold(c);
        if (u == u'(' || c == u'（') {
            ++depth;
            continue;
        }
        if (u == u')' || c == u'）') {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0 || isSpace(c) || c == u'“' || c == u'”' || u == u'"' || c == u'‘' || c == u'’')
            continue;
        s.append(QChar(u));
    }
    if (s.contains(u'同'))
        s.remove(QStringLiteral("同比"));
    static constexpr QStringView prefixes[] = {u"全社会", u"全区", u"全市", u"全县", u"全省", u"全国", u"力争", u"确保",
        u"全年", u"年度", u"我区", u"本区", u"其中", u"实现", u"和", u"及", u"与", u"并", u"且"};
    static constexpr QStringView suffixes[] = {u"提高到", u"提高至", u"提升到", u"提升至", u"保持在", u"控制在",
        u"不低于", u"不少于", u"不超过", u"不高于", u"达到", u"超过", u"高于", u"低于", u"大于", u"小于", u"达", u"为",
        u"约", u"在", u"至", u"到", u"≥", u"≤", u"=", u">", u"<", u"＞", u"＜"};
    for (bool changed = true; changed;) {
        changed = false;
        for (QStringView p : prefixes)
            changed = removePrefix(s, p) || changed;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (QStringView p : suffixes)
            changed = removeSuffix(s, p) || changed;
    }
    return s;
}

// The unit right after a number, as a comparable key, and where it ends.
QString unitAt(QStringView s, qsizetype pos, qsizetype *end)
{
    pos = skipSpaces(s, pos);
    *end = pos;
    if (pos >= s.size())
        return QString();
    const char16_t u = fold(s[pos]);
    if (u == u'%' || s[pos] == u'‰') {
        *end = pos + 1;
        return QString(QChar(u));
    }
    if (startsWithAt(s, pos, u"个百分点")) {
        *end = pos + 4;
        return QStringLiteral("个百分点");
    }
    const MoneyUnit mu = moneyUnitAt(s, pos);
    if (mu.length > 0) {
        *end = pos + mu.length;
        return s.sliced(pos, mu.length).toString();
    }
    if (s[pos] == u'倍' || s[pos] == u'分') {
        *end = pos + 1;
        return s.sliced(pos, 1).toString();
    }
    const qsizetype m = measureWordAt(s, pos);
    if (m > 0) {
        *end = pos + m;
        return s.sliced(pos, m).toString();
    }
    return QString();
}

bool isRangeNeighbour(QStringView s, const Number &n)
{
    auto dash = [](QChar c) {
        const char16_t u = fold(c);
        return u == u'-' || u == u'~' || c == u'—' || c == u'～' || c == u'至';
    };
    if (n.begin >= 2 && dash(s[n.begin - 1]) && isDigit(s[n.begin - 2]))
        return true;
    return n.end + 1 < s.size() && dash(s[n.end]) && isDigit(s[n.end + 1]);
}

// Every "words number unit" in a text.
template<typename Fn> void scanMentions(QStringView s, Fn emit)
{
    qsizetype clauseStart = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) { // ideographs: the bulk of the text
            ++i;
            continue;
        }
        if (isClauseBreak(c)) {
            clauseStart = ++i;
            continue;
        }
        if (!isDigit(c)) {
            ++i;
            continue;
        }
        const Number n = scanNumber(s, i);
        qsizetype end = n.end;
        if (isDatePart(s, n) || isRangeNeighbour(s, n) || n.overflow) {
            // Skip the date word too, so "2023年底前完成" starts the next key after it.
            qsizetype k = skipSpaces(s, end);
            if (k < s.size() && (s[k] == u'年' || s[k] == u'月' || s[k] == u'日'))
                end = k + 1;
            clauseStart = end;
            i = end;
            continue;
        }
        const QString unit = unitAt(s, n.end, &end);
        if (!unit.isEmpty() && n.begin > clauseStart)
            emit(s.sliced(clauseStart, n.begin - clauseStart), n, unit);
        // Past "以上"/"左右" to the next target.
        static constexpr QStringView after[] = {u"及以上", u"以上", u"以下", u"以内", u"左右"};
        for (QStringView w : after)
            if (startsWithAt(s, end, w)) {
                end += w.size();
                break;
            }
        clauseStart = end;
        i = end;
    }
}

// `shorter` is `longer` with some characters left out.
bool isSubsequence(QStringView shorter, QStringView longer)
{
    qsizetype j = 0;
    for (QChar c : shorter) {
        while (j < longer.size() && longer[j] != c)
            ++j;
        if (j == longer.size())
            return false;
        ++j;
    }
    return true;
}

bool sameTarget(const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2 || QStringView(a).right(2) != QStringView(b).right(2))
        return false;
    if (a == b)
        return a.size() >= 3;
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= 4 && shorter.size() * 2 >= longer.size() && isSubsequence(shorter, longer);
}

QString valueText(const Mention &m, QStringView text)
{
    return text.sliced(m.number.begin, m.number.end - m.number.begin).toString() + m.unit;
}

QString placeLabel(const Place &p)
{
    if (p.narrative && p.row >= 0)
        return Checks::tr("work plan row %1").arg(p.row + 1);
    if (p.field == QLatin1String("annualGoal"))
        return Checks::tr("the annual goal");
    if (p.field == QLatin1String("periodGoal"))
        return Checks::tr("the implementation-period goal");
    return Checks::tr("indicator row %1").arg(p.row + 1);
}

// The period ends within the fiscal year ("2023年1-12月", "2023.01-2023.12"),
// or states no end that is later.
bool periodWithinYear(const QString &period, int fiscalYear)
{
    const text::Period p = text::readPeriod(period, fiscalYear);
    return !p.valid || p.end.year <= fiscalYear;
}

// Every "words number unit" of a table's places, with an indicator named in
// words whose number is in its value cell counted as one mention.
QList<Mention> gatherMentions(const CheckContext &c, const TableRef &table, const QList<Place> &places)
{
    QList<Mention> mentions;
    for (int p = 0; p < places.size(); ++p) {
        const Place &place = places[p];
        bool any = false;
        scanMentions(place.text, [&](QStringView words, const Number &n, const QString &unit) {
            QString key = normaliseKey(words);
            if (key.size() < 2)
                return;
            mentions.append({std::move(key), n, unit, p});
            any = true;
        });
        // An indicator named in words with its number in the value cell.
        if (!place.narrative && place.field == QLatin1String("value")) {
            const Place &namePlace = places[p - 1];
            const IndicatorValue &v = c.facts(table, place.row).value;
            bool nameHasMention = false;
            for (const Mention &m : mentions)
                nameHasMention = nameHasMention || m.place == p - 1;
            if (any || nameHasMention || !v.quantitative || v.unit.isEmpty())
                continue;
            QStringView name = namePlace.text;
            for (qsizetype k = name.size() - 1; k >= 0; --k)
                if (isClauseBreak(name[k])) {
                    name = name.sliced(k + 1);
                    break;
                }
            QString key = normaliseKey(name);
            if (key.size() < 2)
                continue;
            QString unit = v.unit.toString();
            if (unit == u"％")
                unit = QStringLiteral("%");
            // Positions of the number are in the value text; remember that.
            Mention m {std::move(key), v.number, unit, p};
            const QStringView trimmedValue = QStringView(place.text).trimmed();
            m.number.begin += trimmedValue.data() - place.text.data();
            m.number.end += trimmedValue.data() - place.text.data();
            mentions.append(m);
        }
    }
    return mentions;
}

QString pointerOf(const TableRef &table, const Place &p)
{
    return p.narrative && p.row < 0 ? table.base() + QLatin1Char('/') + p.field
        : p.narrative               ? QStringLiteral("/overview/workPlan/%1/").arg(p.row) + p.field
                                    : table.indicator(p.row, p.field);
}

// A table's places and the numbers they state, scanned once per run for both
// rules of this file.
struct TableScan
{
    TableRef table;
    QList<Place> places;
    QList<Mention> mentions;
};

} // namespace

struct CheckContext::TargetScan
{
    std::vector<TableScan> tables; // the overview, then every direction and project
};

namespace {

const CheckContext::TargetScan &targetScan(const CheckContext &c)
{
    if (c.targetScan)
        return *c.targetScan;
    auto scan = std::make_shared<CheckContext::TargetScan>();
    const Filing &filing = c.filing;
    using L = QLatin1String;
    auto addIndicators = [](QList<Place> &places, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            places.append({false, i, L("name"), QStringView(indicators[i].name)});
            places.append({false, i, L("value"), QStringView(indicators[i].value)});
        }
    };
    auto add = [&](const TableRef &table, QList<Place> places) {
        QList<Mention> mentions = gatherMentions(c, table, places);
        scan->tables.push_back({table, std::move(places), std::move(mentions)});
    };
    QList<Place> places;
    for (int i = 0; i < filing.overview.workPlan.size(); ++i)
        places.append({true, i, L("goal"), QStringView(filing.overview.workPlan[i].goal)});
    addIndicators(places, filing.overview.indicators);
    add(TableRef {}, std::move(places));
    forEachPeriod(filing, [&](const TableRef &table, const QString &period) {
        places.clear();
        // A multi-year period's goal may state a later, larger target.
        if (periodWithinYear(period, filing.fiscalYear))
            places.append({true, -1, L("periodGoal"), QStringView(*c.periodGoal(table))});
        places.append({true, -1, L("annualGoal"), QStringView(*c.annualGoal(table))});
        addIndicators(places, c.indicators(table));
        add(table, std::move(places));
    });
    c.targetScan = std::move(scan);
    return *c.targetScan;
}

void checkTable(Sink &sink, const TableScan &scan)
{
    const TableRef &table = scan.table;
    const QList<Place> &places = scan.places;
    const QList<Mention> &mentions = scan.mentions;
    // Only mentions with the same unit and the same last two characters can
    // name the same target: compare within those groups, in document order,
    // so a table with many numbers costs no quadratic pass.
    auto tail = [&](const Mention &m) { return QStringView(m.key).right(2); };
    QVarLengthArray<int, 64> order(mentions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const Mention &mx = mentions[x], &my = mentions[y];
        if (mx.unit != my.unit)
            return mx.unit < my.unit;
        return tail(mx) < tail(my);
    });
    qsizetype groupStart = 0;
    for (qsizetype ob = 0; ob < order.size(); ++ob) {
        const Mention &mb = mentions[order[ob]];
        if (ob > 0) {
            const Mention &prev = mentions[order[ob - 1]];
            if (prev.unit != mb.unit || tail(prev) != tail(mb))
                groupStart = ob;
        }
        const Place &pb = places[mb.place];
        QStringList related;
        QString other, otherPlace;
        for (qsizetype oa = groupStart; oa < ob; ++oa) {
            const Mention &ma = mentions[order[oa]];
            const Place &pa = places[ma.place];
            if (pa.row == pb.row && pa.narrative == pb.narrative && pa.field == pb.field)
                continue; // one cell
            if (!pa.narrative && !pb.narrative)
                continue; // two indicators: different rows may share a wording
            if (ma.number.sameValue(mb.number) || !sameTarget(ma.key, mb.key))
                continue;
            const QString where = pointerOf(table, pa);
            if (!related.contains(where))
                related << where;
            if (other.isEmpty()) {
                other = valueText(ma, pa.text);
                otherPlace = placeLabel(pa);
            }
        }
        if (related.isEmpty())
            continue;
        const QString here = pointerOf(table, pb);
        Finding &f = sink.add(here,
            Checks::tr("“%1” is %2 here but %3 in %4 of the same table: one target, "
                       "one value.")
                .arg(mb.key, valueText(mb, pb.text), other, otherPlace));
        f.related = related;
        f.expected = other;
        f.actual = valueText(mb, pb.text);
    }
}

void targetConflict(const CheckContext &c, Sink &sink)
{
    for (const TableScan &scan : targetScan(c).tables)
        checkTable(sink, scan);
}

// One measure, two values, in two indicator rows of one table: the same
// wording with the same unit ("研发经费投入强度 9.30%" / "研发经费投入强度 ≥9.31%"),
// or the same 三级 name with two different values. One finding per row.
void measureTwice(const CheckContext &c, Sink &sink, const TableScan &scan, const QList<Indicator> &indicators)
{
    if (indicators.size() < 2)
        return;
    const TableRef &table = scan.table;
    const QList<Place> &places = scan.places;
    QVarLengthArray<bool, 32> reported(indicators.size(), false);
    // The indicators' mentions, by unit and wording, then document order:
    // equal mentions are adjacent.
    QVarLengthArray<int, 64> order;
    for (int k = 0; k < scan.mentions.size(); ++k)
        if (!places[scan.mentions[k].place].narrative && scan.mentions[k].key.size() >= 3)
            order.append(k);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const Mention &mx = scan.mentions[x], &my = scan.mentions[y];
        if (mx.unit != my.unit)
            return mx.unit < my.unit;
        return mx.key < my.key;
    });
    qsizetype groupStart = 0;
    for (qsizetype ob = 1; ob < order.size(); ++ob) {
        const Mention &mb = scan.mentions[order[ob]];
        const Mention &prev = scan.mentions[order[ob - 1]];
        if (prev.unit != mb.unit || prev.key != mb.key) {
            groupStart = ob;
            continue;
        }
        const Place &pb = places[mb.place];
        if (reported[pb.row])
            continue;
        for (qsizetype oa = groupStart; oa < ob; ++oa) {
            const Mention &ma = scan.mentions[order[oa]];
            const Place &pa = places[ma.place];
            if (pa.row == pb.row || ma.number.sameValue(mb.number))
                continue;
            Finding &f = sink.add(pointerOf(table, pb),
                Checks::tr("“%1” is %2 in indicator row %3 but %4 in row %5: one measure, one value. Keep the "
                           "right one and delete or rename the other row.")
                    .arg(mb.key, valueText(mb, pb.text))
                    .arg(pb.row + 1)
                    .arg(valueText(ma, pa.text))
                    .arg(pa.row + 1));
            f.related = {pointerOf(table, pa)};
            f.expected = valueText(ma, pa.text);
            f.actual = valueText(mb, pb.text);
            reported[pb.row] = true;
            break;
        }
    }
    // The same 三级 name with two values, however they are written. Tables
    // are short: compare fingerprints pairwise rather than build a hash.
    QVarLengthArray<quint64, 32> names(indicators.size());
    for (int i = 0; i < indicators.size(); ++i)
        names[i] = textFingerprint(indicators[i].name);
    const quint64 empty = textFingerprint(QStringView());
    for (int i = 1; i < indicators.size(); ++i) {
        if (reported[i] || names[i] == empty || isBlank(indicators[i].value))
            continue;
        for (int first = 0; first < i; ++first) {
            if (names[first] != names[i] || isBlank(indicators[first].value))
                continue;
            if (valueFingerprint(indicators[first].value, c.facts(table, first).value)
                == valueFingerprint(indicators[i].value, c.facts(table, i).value))
                break; // a repeated row (dup.indicator-row)
            reported[i] = true;
            const QLatin1String value("value");
            Finding &f = sink.add(table.indicator(i, value),
                Checks::tr("“%1” is “%2” in indicator row %3 but “%4” in row %5: one measure, one value. Keep the "
                           "right one and delete or rename the other row.")
                    .arg(indicators[i].name.simplified(), indicators[i].value.simplified())
                    .arg(i + 1)
                    .arg(indicators[first].value.simplified())
                    .arg(first + 1));
            f.related = {table.indicator(first, value)};
            f.expected = indicators[first].value;
            f.actual = indicators[i].value;
            break;
        }
    }
}

void measureValues(const CheckContext &c, Sink &sink)
{
    for (const TableScan &scan : targetScan(c).tables) {
        measureTwice(c, sink, scan, c.indicators(scan.table));
    }
}

} // namespace

const QList<Rule> &targetRules()
{
    static const QList<Rule> rules {
        {"target.conflict", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "A target stated in the goals and in an indicator must have the same value in both."),
            targetConflict},
        {"dup.measure-values", Severity::Warning,
            QT_TRANSLATE_NOOP(
                "jixiao::Checks", "One measure has one value: two indicator rows of a table must not give it two."),
            measureValues},
    };
    return rules;
}

} // namespace jixiao::rules
