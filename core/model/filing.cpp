// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing.h"

namespace jixiao {

QString Filing::effectiveFundLevel() const
{
    return fundLevel.value_or(QStringLiteral("区级"));
}

int Filing::directionCount() const
{
    int n = 0;
    for (const Fund &f : funds)
        n += int(f.directions.size());
    return n;
}

QString chineseOrdinal(int n)
{
    static const char16_t digits[] = u"零一二三四五六七八九";
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return QString(QChar(digits[n]));
    if (n < 100) {
        QString s;
        if (n / 10 > 1)
            s += QChar(digits[n / 10]);
        s += u'十';
        if (n % 10)
            s += QChar(digits[n % 10]);
        return s;
    }
    return QString::number(n); // the form never has a hundred funds
}

bool Filing::hasOverview() const
{
    if (projects.isEmpty() || !overview.duties.trimmed().isEmpty() || !overview.workPlan.isEmpty())
        return true;
    const Budget &b = overview.budget;
    for (const Amount &a : {b.total, b.generalPublic, b.governmentFund, b.other, b.basic, b.project})
        if (a)
            return true;
    for (const Indicator &i : overview.indicators)
        if (!i.name.trimmed().isEmpty() || !i.value.trimmed().isEmpty())
            return true;
    return false;
}

namespace {
template<typename T> Amount sumOf(const QList<T> &rows, Amount T::*amount = &T::amount)
{
    Amount sum;
    for (const T &row : rows)
        if (row.*amount)
            sum = valueOrZero(sum) + *(row.*amount);
    return sum;
}
} // namespace

Amount sumOfAmounts(const QList<Fund> &funds)
{
    return sumOf(funds);
}
Amount sumOfAmounts(const QList<Direction> &directions)
{
    return sumOf(directions);
}
Amount sumOfAmounts(const QList<DetailLine> &details)
{
    return sumOf(details);
}
Amount sumOfAmounts(const QList<Project> &projects)
{
    return sumOf(projects, &Project::annualTotal);
}

QList<SummaryRow> summaryTable(const Filing &filing)
{
    QList<SummaryRow> rows;
    rows.reserve(1 + filing.funds.size() + filing.directionCount());
    SummaryRow total;
    total.kind = SummaryRow::Total;
    total.name = QStringLiteral("合  计");
    total.amount = sumOfAmounts(filing.funds);
    rows.append(total);
    for (int fi = 0; fi < filing.funds.size(); ++fi) {
        const Fund &f = filing.funds[fi];
        SummaryRow fr;
        fr.kind = SummaryRow::FundRow;
        fr.number = chineseOrdinal(fi + 1);
        fr.name = f.name;
        fr.amount = f.amount;
        fr.fundIndex = fi;
        rows.append(fr);
        for (int di = 0; di < f.directions.size(); ++di) {
            const Direction &d = f.directions[di];
            SummaryRow dr;
            dr.kind = SummaryRow::DirectionRow;
            dr.number = QString::number(di + 1);
            dr.name = d.name;
            dr.amount = d.amount;
            dr.periodGoal = d.periodGoal;
            dr.annualGoal = d.annualGoal;
            dr.fundIndex = fi;
            dr.directionIndex = di;
            rows.append(dr);
        }
    }
    return rows;
}

QList<Indicator> standardIndicatorRows(IndicatorSchemeId scheme, bool direction)
{
    QList<Indicator> rows;
    for (const Level1Def &l1 : indicatorScheme(scheme).level1) {
        for (const Level2Def &l2 : l1.level2) {
            Indicator i {l1.name, l2.name, QString(), QString(), std::nullopt};
            if (direction)
                i.standard = QString();
            rows.append(i);
        }
    }
    return rows;
}

} // namespace jixiao
