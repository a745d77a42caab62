// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/compare.h"
#include "model/filing.h"
#include "model/generator.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>

namespace jixiao::test {

// "" when equal, else the differences in words (what compareFilings finds).
inline std::string differences(const Filing &a, const Filing &b)
{
    if (a == b)
        return {};
    QStringList lines;
    for (const Change &c : compareFilings(a, b))
        lines.append(c.pointer + QStringLiteral(": ") + c.description);
    if (lines.isEmpty())
        lines.append(QStringLiteral("(differ in something compareFilings does not name)"));
    return lines.join(QLatin1Char('\n')).toStdString();
}

#define EXPECT_SAME_FILING(a, b) EXPECT_EQ(::jixiao::test::differences((a), (b)), std::string())
#define ASSERT_SAME_FILING(a, b) ASSERT_EQ(::jixiao::test::differences((a), (b)), std::string())

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// xorshift32: the same sequence everywhere.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed ? seed : 1)
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }

private:
    quint32 m_state;
};

inline Amount randomAmount(Random &r)
{
    switch (r.below(4)) {
    case 0:
        return std::nullopt;
    case 1:
        return Money::fromMicros(qint64(r.below(1'000'000)) * 10'000);
    case 2:
        return Money::fromMicros(-qint64(r.below(1000)));
    default:
        return Money::fromUnits(r.below(1000));
    }
}

inline QString randomText(Random &r, int step)
{
    static const QStringList words {QStringLiteral("≥95%"), QStringLiteral("企业走访"), QStringLiteral("0.8万元"),
        QStringLiteral("2023年全年"), QStringLiteral("a'b\"c"), QStringLiteral("\\n"), QStringLiteral("😀"),
        QStringLiteral(""), QStringLiteral("提升")};
    return words[r.below(int(words.size()))] + QString::number(step);
}

// One random edit of any part of a filing: cells, rows inserted or removed
// anywhere (the front shifts every row after it), funds added and removed.
inline void mutate(Filing &f, Random &r, int step)
{
    auto anyDirection = [&]() -> Direction * {
        if (f.funds.isEmpty())
            return nullptr;
        Fund &fund = f.funds[r.below(int(f.funds.size()))];
        if (fund.directions.isEmpty())
            return nullptr;
        return &fund.directions[r.below(int(fund.directions.size()))];
    };
    switch (r.below(19)) {
    case 0:
        f.overview.duties = randomText(r, step);
        break;
    case 1:
        f.overview.budget.total = randomAmount(r);
        break;
    case 2:
        f.department.phone = r.below(2) ? std::optional(randomText(r, step)) : std::nullopt;
        break;
    case 3:
        f.overview.workPlan.insert(r.below(int(f.overview.workPlan.size()) + 1),
            WorkPlanItem {randomText(r, step), randomText(r, step), randomText(r, step)});
        break;
    case 4:
        if (!f.overview.workPlan.isEmpty())
            f.overview.workPlan.removeAt(r.below(int(f.overview.workPlan.size())));
        break;
    case 5:
        if (!f.overview.indicators.isEmpty())
            f.overview.indicators[r.below(int(f.overview.indicators.size()))].value = randomText(r, step);
        break;
    case 6:
        if (Direction *d = anyDirection(); d && !d->details.isEmpty())
            d->details[r.below(int(d->details.size()))].amount = randomAmount(r);
        break;
    case 7:
        if (Direction *d = anyDirection())
            d->details.insert(r.below(int(d->details.size()) + 1),
                DetailLine {randomText(r, step), randomText(r, step), randomAmount(r), randomText(r, step)});
        break;
    case 8:
        if (Direction *d = anyDirection(); d && !d->details.isEmpty())
            d->details.removeAt(r.below(int(d->details.size())));
        break;
    case 9:
        if (Direction *d = anyDirection(); d && !d->indicators.isEmpty()) {
            Indicator &ind = d->indicators[r.below(int(d->indicators.size()))];
            ind.standard = r.below(2) ? std::optional(randomText(r, step)) : std::nullopt;
        }
        break;
    case 10:
        if (Direction *d = anyDirection(); d && !d->indicators.isEmpty())
            d->indicators.removeAt(r.below(int(d->indicators.size())));
        break;
    case 11:
        if (!f.funds.isEmpty()) {
            Fund &fund = f.funds[r.below(int(f.funds.size()))];
            Direction d;
            d.name = randomText(r, step);
            d.amount = randomAmount(r);
            d.indicators.append(Indicator {QStringLiteral("产出指标"), QStringLiteral("数量指标"), randomText(r, step),
                QStringLiteral("≥1次"), std::nullopt});
            d.details.append(DetailLine {randomText(r, step), QString(), randomAmount(r), QString()});
            fund.directions.insert(r.below(int(fund.directions.size()) + 1), d);
        }
        break;
    case 12:
        if (!f.funds.isEmpty()) {
            Fund &fund = f.funds[r.below(int(f.funds.size()))];
            if (!fund.directions.isEmpty())
                fund.directions.removeAt(r.below(int(fund.directions.size())));
        }
        break;
    case 13: {
        Fund fund;
        fund.name = randomText(r, step);
        fund.amount = randomAmount(r);
        if (!f.funds.isEmpty() && !f.funds.first().directions.isEmpty())
            fund.directions.append(f.funds.first().directions.first());
        f.funds.insert(r.below(int(f.funds.size()) + 1), fund);
        break;
    }
    case 14:
        if (f.funds.size() > 1)
            f.funds.removeAt(r.below(int(f.funds.size())));
        break;
    case 16: {
        Project p;
        p.name = randomText(r, step);
        p.layout = r.below(2) ? std::optional(QStringLiteral("hunan")) : std::nullopt;
        p.annualTotal = randomAmount(r);
        p.indicators.append(Indicator {QStringLiteral("产出指标"), QStringLiteral("数量指标"), randomText(r, step),
            QStringLiteral("≥1次"), std::nullopt, randomText(r, step)});
        f.projects.insert(r.below(int(f.projects.size()) + 1), p);
        break;
    }
    case 17:
        if (!f.projects.isEmpty()) {
            Project &p = f.projects[r.below(int(f.projects.size()))];
            p.financeOpinion = r.below(2) ? std::optional(randomText(r, step)) : std::nullopt;
            p.midTermTotal = randomAmount(r);
            if (!p.indicators.isEmpty())
                p.indicators[r.below(int(p.indicators.size()))].midTermValue
                    = r.below(2) ? std::optional(randomText(r, step)) : std::nullopt;
            f.projectsComplete = !f.projectsComplete;
        }
        break;
    case 18:
        if (!f.projects.isEmpty())
            f.projects.removeAt(r.below(int(f.projects.size())));
        break;
    default:
        if (Direction *d = anyDirection()) {
            d->annualGoal = randomText(r, step);
            d->amount = randomAmount(r);
        }
        break;
    }
}

// Values at the edges of what a filing holds.
inline Filing edgeFiling()
{
    Filing f;
    f.fiscalYear = 2100;
    f.amountUnit = AmountUnit::Yuan;
    f.indicatorScheme = IndicatorSchemeId::Mof2021;
    f.fundLevel = QString(QStringLiteral("")); // present but empty, not absent
    f.department.name = QStringLiteral("单位 'quoted' \"double\" \\ back; DROP TABLE filing; --");
    f.department.head = std::nullopt;
    f.department.preparers = QStringLiteral("");
    f.department.phone = QStringLiteral("0731-1234567");
    f.overview.attachmentLabel = std::nullopt;
    f.overview.budget.total = Money::fromMicros(Money::MaxMicros);
    f.overview.budget.generalPublic = Money::fromMicros(-Money::MaxMicros);
    f.overview.budget.governmentFund = Money::fromMicros(1);
    f.overview.budget.other = Money();
    f.overview.duties = QString(20000, QChar(u'职')) + QStringLiteral("😀\n\t\r");
    f.overview.workPlan.append(WorkPlanItem {QString(), QStringLiteral(" "), QStringLiteral("多行\n文本")});
    f.overview.indicators.append(Indicator {QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("x"),
        QStringLiteral("≥95%"), QStringLiteral("")});
    Fund empty;
    empty.name = QStringLiteral("没有支出方向的专项");
    f.funds.append(empty);
    Fund full;
    full.name = QStringLiteral("专项");
    full.amount = std::nullopt;
    Direction bare;
    bare.name = QStringLiteral("空的支出方向");
    full.directions.append(bare);
    Direction d;
    d.name = QStringLiteral("方向");
    d.amount = Money::fromMicros(123456789);
    d.indicators.append(Indicator {QStringLiteral("效益指标"), QStringLiteral("可持续影响  指标"),
        QStringLiteral("提升"), QStringLiteral("提升"), std::nullopt});
    d.details.append(DetailLine {QStringLiteral("内容"), QStringLiteral("明细"), std::nullopt, QStringLiteral("")});
    full.directions.append(d);
    f.funds.append(full);
    return f;
}

} // namespace jixiao::test
