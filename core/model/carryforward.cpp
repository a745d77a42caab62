// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryforward.h"

#include "jsonpointer.h"

#include <QRegularExpression>

namespace jixiao {

void forEachText(Filing &f, const std::function<void(QString &text, const QString &pointer)> &visit)
{
    visit(f.overview.duties, QStringLiteral("/overview/duties"));
    for (int i = 0; i < f.overview.workPlan.size(); ++i) {
        WorkPlanItem &w = f.overview.workPlan[i];
        const QString p = pointer::workPlan(i);
        visit(w.item, p + QStringLiteral("/item"));
        visit(w.goal, p + QStringLiteral("/goal"));
    }
    auto indicator = [&](Indicator &ind, const QString &p) {
        visit(ind.name, p + QStringLiteral("/name"));
        visit(ind.value, p + QStringLiteral("/value"));
        if (ind.standard)
            visit(*ind.standard, p + QStringLiteral("/standard"));
    };
    for (int i = 0; i < f.overview.indicators.size(); ++i)
        indicator(f.overview.indicators[i], pointer::overviewIndicator(i));
    for (int fi = 0; fi < f.funds.size(); ++fi) {
        Fund &fund = f.funds[fi];
        visit(fund.name, pointer::fund(fi) + QStringLiteral("/name"));
        for (int di = 0; di < fund.directions.size(); ++di) {
            Direction &d = fund.directions[di];
            const QString p = pointer::direction(fi, di);
            visit(d.name, p + QStringLiteral("/name"));
            visit(d.period, p + QStringLiteral("/period"));
            visit(d.periodGoal, p + QStringLiteral("/periodGoal"));
            visit(d.annualGoal, p + QStringLiteral("/annualGoal"));
            for (int i = 0; i < d.indicators.size(); ++i)
                indicator(d.indicators[i], pointer::directionIndicator(fi, di, i));
            for (int i = 0; i < d.details.size(); ++i) {
                DetailLine &line = d.details[i];
                const QString lp = pointer::detail(fi, di, i);
                visit(line.content, lp + QStringLiteral("/content"));
                visit(line.item, lp + QStringLiteral("/item"));
                visit(line.basis, lp + QStringLiteral("/basis"));
            }
        }
    }
}

namespace {

// A four-digit year standing alone (not part of a longer number or amount).
QRegularExpression yearPattern(const QList<int> &years)
{
    QStringList alternatives;
    for (int y : years)
        alternatives.append(QString::number(y));
    return QRegularExpression(
        QStringLiteral("(?<![0-9.])(") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")(?![0-9])"));
}

// Visiting a text would detach every list; touch only those that change.
bool mentions(const QString &text, const QRegularExpression &re)
{
    return text.contains(re);
}

} // namespace

Filing carryForward(const Filing &lastYear, const CarryForwardOptions &options)
{
    Filing f = lastYear;
    const int oldYear = lastYear.fiscalYear;
    const int newYear = options.newYear > 0 ? options.newYear : oldYear + 1;
    f.fiscalYear = newYear;
    if (!options.keepAmounts) {
        f.overview.budget = Budget();
        for (Fund &fund : f.funds) {
            fund.amount.reset();
            for (Direction &d : fund.directions) {
                d.amount.reset();
                for (DetailLine &line : d.details)
                    line.amount.reset();
            }
        }
    }
    if (options.replaceYears && newYear != oldYear) {
        // The filing's year and the one before it ("较2022年") move together.
        const int delta = newYear - oldYear;
        const QRegularExpression re = yearPattern({oldYear, oldYear - 1});
        forEachText(f, [&](QString &text, const QString &) {
            if (!mentions(text, re))
                return;
            QString out;
            qsizetype last = 0;
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                out += QStringView(text).mid(last, m.capturedStart() - last);
                out += QString::number(m.captured(1).toInt() + delta);
                last = m.capturedEnd();
            }
            out += QStringView(text).mid(last);
            text = out;
        });
    }
    return f;
}

QList<YearMention> findYearMentions(const Filing &filing, int year)
{
    QList<YearMention> list;
    Filing copy = filing;
    const QRegularExpression re = yearPattern({year});
    forEachText(copy, [&](QString &text, const QString &p) {
        if (mentions(text, re))
            list.append({p, text});
    });
    return list;
}

} // namespace jixiao
