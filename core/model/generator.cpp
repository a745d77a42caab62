// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include <QSet>
#include <QStringList>

namespace jixiao {

namespace {

// xorshift32: the same sequence on every platform and compiler, unlike the
// standard distributions.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed ? seed : 0x9E3779B9u)
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return int(next() % quint32(n)); }
    const QString &pick(const QStringList &list) { return list[below(int(list.size()))]; }

private:
    quint32 m_state;
};

QString cn(int n) // 一 … 十二
{
    return chineseOrdinal(n);
}

QString wan(qint64 cents) // 分 → "x.yy万元" value text in 万元 (cents of 万元 = 100元)
{
    return Money::fromMicros(cents * 10'000).toString();
}

const QStringList &subjects()
{
    static const QStringList s {
        QStringLiteral("工业运行监测"),
        QStringLiteral("中小企业服务"),
        QStringLiteral("科技成果转化"),
        QStringLiteral("高新技术企业培育"),
        QStringLiteral("安全生产检查"),
        QStringLiteral("产业链招商"),
        QStringLiteral("技术改造"),
        QStringLiteral("数字经济发展"),
        QStringLiteral("专精特新企业培育"),
        QStringLiteral("军民融合推进"),
        QStringLiteral("节能降耗监察"),
        QStringLiteral("人才引进培训"),
        QStringLiteral("知识产权保护"),
        QStringLiteral("工业园区建设"),
        QStringLiteral("信息化基础设施"),
        QStringLiteral("企业纾困增效"),
    };
    return s;
}

const QStringList &activities()
{
    static const QStringList s {
        QStringLiteral("调研走访"),
        QStringLiteral("专题培训"),
        QStringLiteral("督导检查"),
        QStringLiteral("专家评审"),
        QStringLiteral("宣传推介"),
        QStringLiteral("会议组织"),
        QStringLiteral("资料印刷"),
        QStringLiteral("数据监测"),
        QStringLiteral("项目申报辅导"),
        QStringLiteral("现场核查"),
    };
    return s;
}

const QStringList &benefitTexts()
{
    static const QStringList s {
        QStringLiteral("推动工业经济高质量发展，促进产业转型升级"),
        QStringLiteral("为企业排忧解难，促进工业经济良性运行"),
        QStringLiteral("支持推动企业加快绿色低碳转型，形成竞争新优势"),
        QStringLiteral("建立健全长效机制，提升工作水平"),
        QStringLiteral("优化创新创业生态，持续增强发展动力"),
        QStringLiteral("提升公共服务能力，增强群众获得感"),
    };
    return s;
}

Indicator makeIndicator(
    const QString &l1, const QString &l2, const QString &name, const QString &value, const QString &standard)
{
    return {l1, l2, name, value, standard};
}

} // namespace

Filing generateFiling(const GeneratorOptions &o)
{
    Random rng(o.seed);
    const int year = o.fiscalYear;
    const QString y = QString::number(year);
    const IndicatorScheme &scheme = indicatorScheme(o.scheme);

    Filing f;
    f.fiscalYear = year;
    f.fundLevel = QStringLiteral("区级");
    f.amountUnit = AmountUnit::Wan;
    f.indicatorScheme = o.scheme;
    f.department.name = QStringLiteral("示范市示范区科技和工业信息化局");
    f.department.head = QString();
    f.department.preparers = QStringLiteral("张晓明、李红");
    f.department.phone = QStringLiteral("0731-22610152");
    f.overview.attachmentLabel = QStringLiteral("附表1");
    f.overview.duties = QStringLiteral("组织拟订科技、工业和信息化领域发展规划、年度计划及相关政策并组织实施；负责全区"
                                       "科学技术进步工作和工业和信息化工作；"
                                       "监测、分析全区工业信息化领域经济运行态势；负责中小企业工作。");

    const int fundCount = o.funds > 0 ? o.funds : qMax(1, (o.directions + 4) / 5);
    f.funds.resize(fundCount);
    for (int fi = 0; fi < fundCount; ++fi)
        f.funds[fi].name = subjects()[fi % subjects().size()] + QStringLiteral("专项")
            + (fi >= subjects().size() ? cn(fi / int(subjects().size()) + 1) : QString());

    qint64 projectCents = 0;
    QList<qint64> fundCents(fundCount, 0);
    QSet<QString> goals, lines; // across the filing: no direction copies another
    for (int di = 0; di < o.directions; ++di) {
        const int fi = di % fundCount;
        Direction d;
        const QString subject = rng.pick(subjects());
        d.name = subject + QStringLiteral("工作经费（") + QString::number(di + 1) + QStringLiteral("）");
        d.period = y + QStringLiteral("年1-12月");
        const int satisfaction = 85 + rng.below(11);
        int count = 5 + rng.below(40);
        d.periodGoal = QStringLiteral("围绕") + subject + QStringLiteral("，全面落实年度工作任务，")
            + rng.pick(benefitTexts()) + QStringLiteral("。");
        // Two directions with one goal word for word would be a real defect
        // (a copied direction): make the rare coincidence one more item.
        for (;; ++count) {
            d.annualGoal = y + QStringLiteral("年，完成") + subject + QStringLiteral("相关工作")
                + QString::number(count) + QStringLiteral("项以上，服务对象满意度达到") + QString::number(satisfaction)
                + QStringLiteral("%以上。");
            if (!goals.contains(d.annualGoal))
                break;
        }
        goals.insert(d.annualGoal);

        qint64 dirCents = 0;
        for (int li = 0; li < o.detailsPerDirection; ++li) {
            const QString act = rng.pick(activities());
            const int times = 1 + rng.below(12);
            qint64 each = 5 + rng.below(200); // 分 of 万元: 0.05 … 2.04 万元
            // A line identical to an earlier one would be a real defect (the
            // money counted twice): make the rare coincidence cost a little more.
            for (bool again = true; again;) {
                again = false;
                const Money amount = Money::fromMicros(times * each * 10'000);
                for (const DetailLine &earlier : std::as_const(d.details))
                    if (*earlier.amount == amount && earlier.item == act + QStringLiteral("费用"))
                        again = true;
                // The same line in another direction counts the money twice too.
                again = again || lines.contains(subject + act + amount.toString());
                if (again)
                    ++each;
            }
            const qint64 cents = times * each;
            DetailLine l;
            l.content = subject + act;
            l.item = act + QStringLiteral("费用");
            l.amount = Money::fromMicros(cents * 10'000);
            l.basis = act + QStringLiteral("工作专项，一年") + cn(times) + QStringLiteral("次，每次") + wan(each)
                + QStringLiteral("万元，共") + wan(cents) + QStringLiteral("万元");
            lines.insert(l.content + l.amount->toString());
            d.details.append(l);
            dirCents += cents;
        }
        d.amount = Money::fromMicros(dirCents * 10'000);

        // Indicators: every 二级 of the scheme once, then more 数量 rows.
        QList<std::pair<QString, Level2Def>> cells;
        qsizetype quantity = 0; // where the extra rows go: more 数量, never a second cost cap
        for (const Level1Def &l1 : scheme.level1)
            for (const Level2Def &l2 : l1.level2) {
                if (normalizeIndicatorName(l2.name) == u"数量")
                    quantity = cells.size();
                cells.append({l1.name, l2});
            }
        for (int k = 0; k < o.indicatorsPerDirection; ++k) {
            const auto &[l1, l2] = cells[k < cells.size() ? k : quantity];
            const QString std1 = QStringLiteral("计划标准");
            const QString n2 = normalizeIndicatorName(l2.name);
            if (l2.isCost)
                d.indicators.append(makeIndicator(l1, l2.name, QStringLiteral("控制总成本不超预算"),
                    QStringLiteral("≤") + wan(dirCents) + QStringLiteral("万元"), std1));
            else if (l2.isSatisfaction)
                d.indicators.append(makeIndicator(l1, l2.name, QStringLiteral("服务对象满意度"),
                    QStringLiteral("≥") + QString::number(satisfaction) + QStringLiteral("%"),
                    QStringLiteral("其他标准")));
            else if (n2 == u"时效")
                d.indicators.append(
                    makeIndicator(l1, l2.name, QStringLiteral("完成时间"), y + QStringLiteral("年12月底前"), std1));
            else if (n2 == u"质量")
                d.indicators.append(makeIndicator(l1, l2.name, subject + QStringLiteral("工作验收合格率"),
                    QStringLiteral("≥") + QString::number(90 + rng.below(11)) + QStringLiteral("%"), std1));
            else if (n2 == u"数量" && k < cells.size())
                d.indicators.append(
                    makeIndicator(l1, l2.name, QStringLiteral("完成") + subject + QStringLiteral("相关工作"),
                        QStringLiteral("≥") + QString::number(count) + QStringLiteral("项"), std1));
            else if (k >= cells.size()) {
                rng.next(); // keeps the sequence of earlier releases for everything else
                // One name per extra row: two rows with one name and two values would be a real defect.
                const QString &act = activities()[(k - cells.size()) % activities().size()];
                d.indicators.append(makeIndicator(l1, l2.name, act + QStringLiteral("覆盖企业数"),
                    QStringLiteral("≥") + QString::number(10 + k) + QStringLiteral("家"), std1));
            } else
                d.indicators.append(makeIndicator(
                    l1, l2.name, rng.pick(benefitTexts()), QStringLiteral("有所提升"), QStringLiteral("其他标准")));
        }
        fundCents[fi] += dirCents;
        projectCents += dirCents;
        f.funds[fi].directions.append(d);
    }
    for (int fi = 0; fi < fundCount; ++fi)
        f.funds[fi].amount = Money::fromMicros(fundCents[fi] * 10'000);

    const qint64 basicCents = 30000 + qint64(rng.below(20000)) * 10;
    const Money basic = Money::fromMicros(basicCents * 10'000);
    const Money project = Money::fromMicros(projectCents * 10'000);
    Budget &b = f.overview.budget;
    b.basic = basic;
    b.project = project;
    b.total = basic + project;
    b.generalPublic = basic + project;
    b.governmentFund = std::nullopt;
    b.other = std::nullopt;

    f.overview.workPlan = {
        {QStringLiteral("工业信息化"), QStringLiteral("综合业务股"),
            QStringLiteral("全区规模工业增加值增长8.5%左右，工业投资增长13%以上。")},
        {QStringLiteral("科技创新"), QStringLiteral("科技创新服务中心"),
            QStringLiteral("高新技术产业增加值增速达15%以上。")},
    };
    for (const Level1Def &l1 : scheme.level1) {
        for (const Level2Def &l2 : l1.level2) {
            if (l2.isCost)
                f.overview.indicators.append({l1.name, l2.name, QStringLiteral("控制总成本不超预算"),
                    QStringLiteral("≤") + b.total->toString() + QStringLiteral("万元"), std::nullopt});
            else if (l2.isSatisfaction)
                f.overview.indicators.append(
                    {l1.name, l2.name, QStringLiteral("服务对象满意度"), QStringLiteral("≥95%"), std::nullopt});
            else
                f.overview.indicators.append(
                    {l1.name, l2.name, rng.pick(benefitTexts()), QStringLiteral("达到年度目标值"), std::nullopt});
        }
    }

    // Projects from a sequence of their own, so the rest is what it was
    // before filings had projects.
    Random prng(o.seed ^ 0x50524A54u);
    for (int pi = 0; pi < o.projects; ++pi) {
        const bool hunan = pi % 2 == 0;
        const QString subject = prng.pick(subjects());
        Project p;
        p.name = subject + QStringLiteral("项目（") + QString::number(pi + 1) + QStringLiteral("）");
        p.layout = hunan ? QStringLiteral("hunan") : QStringLiteral("national-2021");
        p.authority = f.department.name;
        p.implementer = f.department.name;
        p.attribute = prng.below(2) ? QStringLiteral("新增") : QStringLiteral("延续");
        p.period = hunan ? y + QStringLiteral("年1-12月")
                         : y + QStringLiteral("年—") + QString::number(year + 2) + QStringLiteral("年");
        const qint64 fiscal = 500 + prng.below(50000); // 分 of 万元
        const qint64 other = prng.below(3) ? 0 : 100 + prng.below(5000);
        p.annualFiscal = Money::fromMicros(fiscal * 10'000);
        p.annualTotal = Money::fromMicros((fiscal + other) * 10'000);
        if (hunan) {
            if (other)
                p.annualUpper = Money::fromMicros(other * 10'000);
            p.financeOpinion = QString();
            p.filedOn = y + QStringLiteral("年1月10日");
        } else {
            if (other)
                p.annualOther = Money::fromMicros(other * 10'000);
            p.authorityCode = QString::number(301001 + pi);
            p.lead = QStringLiteral("张晓明");
            p.midTermFiscal = Money::fromMicros(fiscal * 3 * 10'000);
            p.midTermOther = other ? Amount(Money::fromMicros(other * 3 * 10'000)) : std::nullopt;
            p.midTermTotal = Money::fromMicros((fiscal + other) * 3 * 10'000);
            p.summary = QStringLiteral("围绕") + subject + QStringLiteral("开展建设，") + prng.pick(benefitTexts())
                + QStringLiteral("。");
            p.schedule = y + QStringLiteral("年启动，") + QString::number(year + 2) + QStringLiteral("年完成验收。");
        }
        const int count = 5 + prng.below(40);
        p.periodGoal = QStringLiteral("实施期内完成") + subject + QStringLiteral("建设任务，")
            + prng.pick(benefitTexts()) + QStringLiteral("。");
        p.annualGoal = y + QStringLiteral("年完成") + subject + QStringLiteral("相关工作") + QString::number(count)
            + QStringLiteral("项以上。");
        for (const Level1Def &l1 : scheme.level1)
            for (const Level2Def &l2 : l1.level2) {
                QString name = prng.pick(benefitTexts()), value = QStringLiteral("有所提升");
                if (l2.isCost) {
                    name = QStringLiteral("控制项目成本");
                    value = QStringLiteral("≤") + wan(fiscal + other) + QStringLiteral("万元");
                } else if (l2.isSatisfaction) {
                    name = QStringLiteral("服务对象满意度");
                    value = QStringLiteral("≥90%");
                } else if (normalizeIndicatorName(l2.name) == u"数量") {
                    name = QStringLiteral("完成") + subject + QStringLiteral("相关工作");
                    value = QStringLiteral("≥") + QString::number(count) + QStringLiteral("项");
                }
                Indicator i {l1.name, l2.name, name, value, std::nullopt};
                if (hunan)
                    i.standard = QStringLiteral("计划标准");
                else
                    i.midTermValue = i.value;
                p.indicators.append(i);
            }
        f.projects.append(p);
    }

    if (!f.funds.isEmpty() && !f.funds[0].directions.isEmpty() && !f.funds[0].directions[0].details.isEmpty()) {
        Direction &d0 = f.funds[0].directions[0];
        if (o.plantDetailSumMismatch) {
            // One detail changes together with its own basis, so only the
            // direction's total disagrees.
            DetailLine &l = d0.details[0];
            const Money newAmount = *l.amount + Money::fromMicros(10'000);
            l.amount = newAmount;
            l.basis = QStringLiteral("会议组织工作专项，一年一次，每次") + newAmount.toString()
                + QStringLiteral("万元，共") + newAmount.toString() + QStringLiteral("万元");
        }
        if (o.plantBasisMismatch && d0.details.size() > 1) {
            DetailLine &l = d0.details.last();
            l.basis = QStringLiteral("专题培训工作专项，一年四次，每次0.2万元，共0.8万元");
            if (*l.amount == Money::fromMicros(800'000)) // keep it a mismatch
                l.basis = QStringLiteral("专题培训工作专项，一年四次，每次0.3万元，共1.2万元");
        }
        if (o.plantStaleYear) {
            for (Indicator &i : d0.indicators)
                if (normalizeIndicatorName(i.level2) == u"时效") {
                    i.value = QString::number(year - 1) + QStringLiteral("年全年");
                    break;
                }
        }
        if (o.plantTargetConflict) {
            d0.annualGoal += QStringLiteral("全区全社会研发投入强度达到9.31%以上。");
            d0.indicators.append({scheme.level1.value(scheme.level1Index(u"产出")).name, QStringLiteral("数量指标"),
                QStringLiteral("研发经费投入强度达到9.30%以上"), QStringLiteral("达到市定年度目标值"),
                QStringLiteral("计划标准")});
        }
    }
    return f;
}

} // namespace jixiao
