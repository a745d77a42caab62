// SPDX-License-Identifier: GPL-3.0-or-later
#include "officialtables.h"

#include <algorithm>

namespace jixiao::print {

namespace {

using S = TableBuilder;

QString unitName(const Filing &f)
{
    return amountUnitName(f.amountUnit);
}

QString sealCaption()
{
    return QStringLiteral("填报单位：（盖章）");
}

void addSignatureRow(TableBuilder &b, const Department &department)
{
    b.markFooterFromHere();
    b.beginRow();
    b.cell(OfficialTableWidth, signatureText(department), S::left());
}

// 年度绩效指标: the label spanning the heading and every indicator row. Labels
// break where the form breaks them, not wherever the column ends.
// `edges` are the right edges of 一级, 二级, 三级, 指标值 (and 绩效标准).
void addIndicatorSection(TableBuilder &b, const Filing &filing, const QList<Indicator> &indicators, qreal labelRight,
    const QList<qreal> &edges, bool withStandard)
{
    const QList<IndicatorLine> lines = indicatorLines(indicators, filing.effectiveScheme());
    const int rows = std::max<int>(1, int(lines.size()));
    b.beginSection(1);
    b.beginRow();
    b.cell(labelRight, QStringLiteral("年度绩效\n指标"), S::groupLabel(), 1 + rows);
    b.cell(edges[0], QStringLiteral("一级指标"), S::heading());
    b.cell(edges[1], QStringLiteral("二级指标"), S::heading());
    b.cell(edges[2], QStringLiteral("三级指标"), S::heading());
    b.cell(edges[3], QStringLiteral("指标值及单位"), S::heading());
    if (withStandard)
        b.cell(edges[4], QStringLiteral("绩效标准"), S::heading());
    for (const IndicatorLine &line : lines) {
        b.beginRow();
        if (line.level1Span > 0)
            b.cell(edges[0], line.level1Text, S::groupLabel(), line.level1Span);
        if (line.level2Span > 0)
            b.cell(edges[1], line.indicator->level2, S::groupLabel(), line.level2Span);
        b.cell(edges[2], line.indicator->name, S::left());
        b.cell(edges[3], line.indicator->value, S::centre());
        if (withStandard)
            b.cell(edges[4], line.indicator->standard.value_or(QString()), S::centre());
    }
    if (lines.isEmpty()) { // an empty form still shows a row to fill in
        b.beginRow();
        for (qreal e : edges.mid(0, withStandard ? 5 : 4))
            b.cell(e, QString());
    }
    b.endSection();
}

} // namespace

QString signatureText(const Department &department)
{
    return QStringLiteral("单位负责人签字：") + department.head.value_or(QString()) + QStringLiteral("\n\n\n填表人：")
        + department.preparers.value_or(QString()) + QStringLiteral("\t联系电话：")
        + department.phone.value_or(QString());
}

QList<IndicatorLine> indicatorLines(const QList<Indicator> &indicators, IndicatorSchemeId schemeId)
{
    const IndicatorScheme &scheme = indicatorScheme(schemeId);
    struct Keyed
    {
        int l1, l2;
        QString l1Norm, l2Norm, l1Text;
        const Indicator *ind;
    };
    QList<Keyed> keyed;
    keyed.reserve(indicators.size());
    QStringList unknownL1; // first-appearance order of 一级 the scheme does not know
    for (const Indicator &ind : indicators) {
        Keyed k {-1, -1, normalizeIndicatorName(ind.level1), normalizeIndicatorName(ind.level2), ind.level1, &ind};
        k.l1 = scheme.level1Index(ind.level1);
        if (k.l1 < 0 && k.l1Norm.isEmpty()) {
            // A blank 一级 goes where the scheme puts its 二级.
            const auto [l1, l2] = scheme.findLevel2(ind.level2);
            if (l1 >= 0) {
                k.l1 = l1;
                k.l1Norm = normalizeIndicatorName(scheme.level1[l1].name);
                k.l1Text = scheme.level1[l1].name;
                k.l2 = l2;
            }
        }
        if (k.l1 < 0) {
            if (!unknownL1.contains(k.l1Norm))
                unknownL1.append(k.l1Norm);
            k.l1 = int(scheme.level1.size()) + int(unknownL1.indexOf(k.l1Norm));
        } else if (k.l2 < 0) {
            k.l2 = scheme.level2Index(k.l1, ind.level2);
        }
        if (k.l2 < 0)
            k.l2 = 1000; // unknown 二级 after the known ones, in written order
        keyed.append(k);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
        [](const Keyed &a, const Keyed &b) { return a.l1 != b.l1 ? a.l1 < b.l1 : a.l2 < b.l2; });

    QList<IndicatorLine> out;
    out.reserve(keyed.size());
    for (int i = 0; i < keyed.size(); ++i) {
        IndicatorLine line;
        line.indicator = keyed[i].ind;
        line.level1Text = keyed[i].l1Text;
        const bool newL1 = i == 0 || keyed[i].l1Norm != keyed[i - 1].l1Norm || keyed[i].l1 != keyed[i - 1].l1;
        if (newL1) {
            int j = i + 1;
            while (j < keyed.size() && keyed[j].l1 == keyed[i].l1 && keyed[j].l1Norm == keyed[i].l1Norm)
                ++j;
            line.level1Span = j - i;
        }
        const bool newL2 = newL1 || keyed[i].l2Norm != keyed[i - 1].l2Norm;
        if (newL2) {
            int j = i + 1;
            while (j < keyed.size() && keyed[j].l1 == keyed[i].l1 && keyed[j].l1Norm == keyed[i].l1Norm
                && keyed[j].l2Norm == keyed[i].l2Norm)
                ++j;
            line.level2Span = j - i;
        }
        out.append(line);
    }
    return out;
}

Table buildOverviewTable(const Filing &filing)
{
    const Overview &o = filing.overview;
    const Budget &bu = o.budget;
    TableBuilder b(OfficialTableWidth);
    // Edges (mm): label 20 | 一级 40 | 事项 44 | 二级 70 | 责任单位 78 | 按收入 100 | 三级 142 | 180.
    b.beginRow();
    b.cell(20, QStringLiteral("部门名称"));
    b.cell(180, filing.department.name, S::left());

    b.beginRow();
    b.cell(20, QStringLiteral("年度预算申请\n（%1）").arg(unitName(filing)), S::centre(), 5);
    b.cell(180, QStringLiteral("资金总额：") + amountToString(bu.total), S::left());
    b.beginRow();
    b.cell(100, QStringLiteral("按收入性质分"));
    b.cell(180, QStringLiteral("按支出性质分"));
    b.beginRow();
    b.cell(66, QStringLiteral("其中：一般公共预算拨款"), S::left());
    b.cell(100, amountToString(bu.generalPublic));
    b.cell(142, QStringLiteral("其中：基本支出"), S::left());
    b.cell(180, amountToString(bu.basic));
    // Full-width spaces line the names up after "其中：", as on the form.
    b.beginRow();
    b.cell(66, QStringLiteral("　　　政府性基金拨款"), S::left());
    b.cell(100, amountToString(bu.governmentFund));
    b.cell(142, QStringLiteral("　　　项目支出"), S::left());
    b.cell(180, amountToString(bu.project));
    b.beginRow();
    b.cell(66, QStringLiteral("　　　其他资金"), S::left());
    b.cell(100, amountToString(bu.other));
    b.cell(142, QString());
    b.cell(180, QString());

    b.beginRow();
    b.cell(20, QStringLiteral("部门职责概述"));
    b.cell(180, o.duties, S::left());

    const int planRows = std::max<int>(1, int(o.workPlan.size()));
    b.beginSection(1);
    b.beginRow();
    b.cell(20, QStringLiteral("年度重点工作计划"), S::groupLabel(), 1 + planRows);
    b.cell(44, QStringLiteral("事项"), S::heading());
    b.cell(78, QStringLiteral("责任单位/科室"), S::heading());
    b.cell(180, QStringLiteral("工作目标"), S::heading());
    for (const WorkPlanItem &w : o.workPlan) {
        b.beginRow();
        b.cell(44, w.item);
        b.cell(78, w.owner);
        b.cell(180, w.goal, S::left());
    }
    if (o.workPlan.isEmpty()) {
        b.beginRow();
        b.cell(44, QString());
        b.cell(78, QString());
        b.cell(180, QString());
    }
    b.endSection();

    addIndicatorSection(b, filing, o.indicators, 20, {40, 70, 142, 180}, false);
    addSignatureRow(b, filing.department);

    Table t;
    t.kind = Table::Overview;
    t.attachmentLabel = o.attachmentLabel.value_or(QString());
    t.title = QStringLiteral("%1年部门整体支出绩效目标表").arg(filing.fiscalYear);
    t.sealCaption = sealCaption();
    t.unitCaption = QStringLiteral("金额：") + unitName(filing);
    return b.finish(t);
}

Table buildSummaryTable(const Filing &filing)
{
    TableBuilder b(OfficialTableWidth);
    b.beginSection(1);
    b.beginRow();
    b.cell(14, QStringLiteral("序号"), S::heading());
    b.cell(50, QStringLiteral("名  称"), S::heading());
    b.cell(72, QStringLiteral("金  额"), S::heading());
    b.cell(126, QStringLiteral("实施期绩效目标"), S::heading());
    b.cell(180, QStringLiteral("年度绩效目标"), S::heading());
    for (const SummaryRow &r : summaryTable(filing)) {
        b.beginRow();
        b.cell(14, r.number);
        b.cell(50, r.name);
        b.cell(72, amountToString(r.amount));
        b.cell(126, r.periodGoal, S::left());
        b.cell(180, r.annualGoal, S::left());
    }
    b.endSection();
    // The form has two footer rows here: the head's signature, then the preparer.
    b.markFooterFromHere();
    b.beginRow(16);
    b.cell(180, QStringLiteral("单位负责人签字：") + filing.department.head.value_or(QString()),
        {Qt::AlignLeft | Qt::AlignTop, false, false});
    b.beginRow();
    b.cell(180,
        QStringLiteral("填表人：") + filing.department.preparers.value_or(QString()) + QStringLiteral("\t联系电话：")
            + filing.department.phone.value_or(QString()),
        S::left());

    Table t;
    t.kind = Table::Summary;
    t.title = QStringLiteral("%1年%2专项资金绩效目标汇总表").arg(filing.fiscalYear).arg(filing.effectiveFundLevel());
    t.sealCaption = sealCaption();
    t.unitCaption = QStringLiteral("金额单位：") + unitName(filing);
    return b.finish(t);
}

Table buildDirectionTable(const Filing &filing, int fundIndex, int directionIndex)
{
    const Fund &fund = filing.funds.at(fundIndex);
    const Direction &d = fund.directions.at(directionIndex);
    TableBuilder b(OfficialTableWidth);
    // Edges (mm): label 22 | 一级/内容简介 42 | 二级 72 | 所属专项 92 | 金额 114 | 三级 122 | 指标值 160 | 180.
    b.beginRow();
    b.cell(22, QStringLiteral("支出方向\n（子项）"));
    b.cell(72, d.name);
    b.cell(92, QStringLiteral("所属专项"), S::centre(), 2);
    b.cell(114, QStringLiteral("名称"));
    b.cell(180, fund.name);
    b.beginRow();
    b.cell(22, QStringLiteral("项目金额"));
    b.cell(72, amountToString(d.amount));
    b.cell(114, QStringLiteral("金额"));
    b.cell(180, amountToString(fund.amount));

    b.beginRow();
    b.cell(22, QStringLiteral("项目实施期"));
    b.cell(180, d.period, S::left());
    b.beginRow();
    b.cell(22, QStringLiteral("实施期绩效\n目标"));
    b.cell(180, d.periodGoal, S::left());
    b.beginRow();
    b.cell(22, QStringLiteral("年度绩效\n目标"));
    b.cell(180, d.annualGoal, S::left());

    addIndicatorSection(b, filing, d.indicators, 22, {42, 72, 122, 160, 180}, true);

    const int detailRows = std::max<int>(1, int(d.details.size()));
    b.beginSection(1);
    b.beginRow();
    b.cell(22, QStringLiteral("支出明细\n及测算说明"), S::groupLabel(), 1 + detailRows + 1);
    b.cell(42, QStringLiteral("支出内容简介"), S::heading());
    b.cell(92, QStringLiteral("支出明细"), S::heading());
    b.cell(114, QStringLiteral("金额"), S::heading());
    b.cell(180, QStringLiteral("支出测算依据及过程说明"), S::heading());
    Money sum;
    bool any = false;
    for (const DetailLine &line : d.details) {
        b.beginRow();
        b.cell(42, line.content);
        b.cell(92, line.item);
        b.cell(114, amountToString(line.amount));
        b.cell(180, line.basis, S::left());
        if (line.amount) {
            sum += *line.amount;
            any = true;
        }
    }
    if (d.details.isEmpty()) {
        b.beginRow();
        for (qreal e : {42.0, 92.0, 114.0, 180.0})
            b.cell(e, QString());
    }
    b.beginRow();
    b.cell(92, QStringLiteral("合  计"));
    b.cell(114, any ? sum.toString() : QString());
    b.cell(180, QString());
    b.endSection();
    addSignatureRow(b, filing.department);

    Table t;
    t.kind = Table::Direction;
    t.title
        = QStringLiteral("%1年%2专项资金支出方向绩效目标表").arg(filing.fiscalYear).arg(filing.effectiveFundLevel());
    t.sealCaption = sealCaption();
    t.unitCaption = QStringLiteral("金额单位：") + unitName(filing);
    return b.finish(t);
}

} // namespace jixiao::print
