// SPDX-License-Identifier: GPL-3.0-or-later
// The official grids, cell for cell as in the seed form.
#include "print/officialtables.h"
#include "print/tablelayout.h"

#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QFont>
#include <QRegularExpression>

using namespace jixiao;
using namespace jixiao::print;

namespace {

// The cell whose text is `text` (whitespace as written), or nullptr.
const Cell *find(const Table &t, const QString &text)
{
    for (const Cell &c : t.cells)
        if (c.text == text)
            return &c;
    return nullptr;
}

QStringList rowTexts(const Table &t, int row)
{
    QStringList out;
    for (const Cell &c : t.cells)
        if (c.row == row)
            out.append(c.text);
    return out;
}

// No two cells cover the same grid position, and every position is covered.
void expectGridIsTiled(const Table &t)
{
    QList<int> owner(t.rowCount * t.columnWidths.size(), -1);
    for (int i = 0; i < t.cells.size(); ++i) {
        const Cell &c = t.cells[i];
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            for (int k = c.column; k < c.column + c.columnSpan; ++k) {
                const qsizetype at = r * t.columnWidths.size() + k;
                ASSERT_LT(at, owner.size());
                EXPECT_EQ(owner[at], -1) << "row " << r << " column " << k << " covered twice";
                owner[at] = i;
            }
    }
    for (qsizetype at = 0; at < owner.size(); ++at)
        EXPECT_NE(owner[at], -1) << "row " << at / t.columnWidths.size() << " column " << at % t.columnWidths.size()
                                 << " not covered";
}

Indicator ind(const QString &l1, const QString &l2, const QString &name, const QString &value)
{
    Indicator i;
    i.level1 = l1;
    i.level2 = l2;
    i.name = name;
    i.value = value;
    return i;
}

} // namespace

TEST(OfficialTables, OverviewHasTheSeedsGrid)
{
    const Table t = buildOverviewTable(sampleFiling());
    EXPECT_EQ(t.title, QStringLiteral("2023年部门整体支出绩效目标表"));
    EXPECT_EQ(t.attachmentLabel, QStringLiteral("附表1"));
    EXPECT_EQ(t.sealCaption, QStringLiteral("填报单位：（盖章）"));
    EXPECT_EQ(t.unitCaption, QStringLiteral("金额：万元"));
    EXPECT_DOUBLE_EQ(t.width(), OfficialTableWidth);
    expectGridIsTiled(t);

    EXPECT_EQ(
        rowTexts(t, 0), (QStringList {QStringLiteral("部门名称"), QStringLiteral("株洲市石峰区科技和工业信息化局")}));
    // 年度预算申请 spans 资金总额, the two headings and three lines of the two-way split.
    const Cell *budget = find(t, QStringLiteral("年度预算申请\n（万元）"));
    ASSERT_TRUE(budget);
    EXPECT_EQ(budget->rowSpan, 5);
    EXPECT_FALSE(budget->group) << "the budget block is kept together";
    EXPECT_EQ(rowTexts(t, 1).last(), QStringLiteral("资金总额：368.9"));
    EXPECT_EQ(find(t, QStringLiteral("资金总额：368.9"))->columnSpan, int(t.columnWidths.size()) - 1);
    EXPECT_EQ(rowTexts(t, 2), (QStringList {QStringLiteral("按收入性质分"), QStringLiteral("按支出性质分")}));
    EXPECT_EQ(rowTexts(t, 3),
        (QStringList {QStringLiteral("其中：一般公共预算拨款"), QStringLiteral("368.9"),
            QStringLiteral("其中：基本支出"), QStringLiteral("346.36")}));
    EXPECT_EQ(rowTexts(t, 4),
        (QStringList {QStringLiteral("　　　政府性基金拨款"), QString(), QStringLiteral("　　　项目支出"),
            QStringLiteral("22.54")}));
    EXPECT_EQ(rowTexts(t, 5).first(), QStringLiteral("　　　其他资金"));
    EXPECT_EQ(rowTexts(t, 6).first(), QStringLiteral("部门职责概述"));

    const Cell *plan = find(t, QStringLiteral("年度重点工作计划"));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->rowSpan, 3); // heading + 2 items
    EXPECT_TRUE(plan->group);
    EXPECT_EQ(rowTexts(t, 7),
        (QStringList {QStringLiteral("年度重点工作计划"), QStringLiteral("事项"), QStringLiteral("责任单位/科室"),
            QStringLiteral("工作目标")}));
    EXPECT_EQ(rowTexts(t, 9).mid(0, 2), (QStringList {QStringLiteral("科技创新"), QStringLiteral("科技创新服务中心")}));

    const Cell *indicators = find(t, QStringLiteral("年度绩效\n指标"));
    ASSERT_TRUE(indicators);
    EXPECT_EQ(indicators->row, 10);
    EXPECT_EQ(indicators->rowSpan, 10); // heading + 9 indicators
    EXPECT_EQ(rowTexts(t, 10).mid(1),
        (QStringList {QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
            QStringLiteral("指标值及单位")}));
    const Cell *output = find(t, QStringLiteral("产出指标"));
    ASSERT_TRUE(output);
    EXPECT_EQ(output->rowSpan, 4);
    EXPECT_TRUE(output->group);
    const Cell *benefit = find(t, QStringLiteral("效益指标"));
    ASSERT_TRUE(benefit);
    EXPECT_EQ(benefit->rowSpan, 5) << "hunan-2023: the satisfaction row is the fifth 二级 under 效益";
    EXPECT_EQ(rowTexts(t, 19),
        (QStringList {QStringLiteral("社会公众及服务对象满意度指标"), QStringLiteral("服务对象满意度"),
            QStringLiteral("95%以上")}));
    // The footer: one signature row across the table.
    EXPECT_EQ(t.footerRows, 1);
    const QStringList footer = rowTexts(t, t.rowCount - 1);
    ASSERT_EQ(footer.size(), 1);
    EXPECT_EQ(footer.first(), QStringLiteral("单位负责人签字：\n\n\n填表人：谭丽红、方宏宇\t联系电话：22610152"));
    // The work plan and the indicators repeat their heading row on a new page.
    ASSERT_EQ(t.sections.size(), 2);
    EXPECT_EQ(t.sections[0].firstRow, 7);
    EXPECT_EQ(t.sections[1].firstRow, 10);
    EXPECT_EQ(t.sections[1].headerRows, 1);
}

TEST(OfficialTables, SummaryNumbersFundsAndDirections)
{
    const Table t = buildSummaryTable(sampleFiling());
    EXPECT_EQ(t.title, QStringLiteral("2023年区级专项资金绩效目标汇总表"));
    EXPECT_EQ(t.unitCaption, QStringLiteral("金额单位：万元"));
    EXPECT_TRUE(t.attachmentLabel.isEmpty());
    expectGridIsTiled(t);
    EXPECT_EQ(rowTexts(t, 0),
        (QStringList {QStringLiteral("序号"), QStringLiteral("名  称"), QStringLiteral("金  额"),
            QStringLiteral("实施期绩效目标"), QStringLiteral("年度绩效目标")}));
    EXPECT_EQ(rowTexts(t, 1).mid(0, 3), (QStringList {QString(), QStringLiteral("合  计"), QStringLiteral("22.54")}));
    EXPECT_EQ(rowTexts(t, 2).mid(0, 3),
        (QStringList {QStringLiteral("一"), QStringLiteral("提退人员经费"), QStringLiteral("19.54")}));
    EXPECT_EQ(rowTexts(t, 3).mid(0, 4),
        (QStringList {QStringLiteral("1"), QStringLiteral("提退人员经费"), QStringLiteral("19.54"),
            QStringLiteral("提前退休人员工资及人员经费19.54万元")}));
    EXPECT_EQ(rowTexts(t, 4).mid(0, 3),
        (QStringList {QStringLiteral("二"), QStringLiteral("业务性专项"), QStringLiteral("3")}));
    EXPECT_EQ(rowTexts(t, 5).mid(0, 3),
        (QStringList {QStringLiteral("1"), QStringLiteral("业务性专项"), QStringLiteral("3")}));
    // Two footer rows, as on the form.
    EXPECT_EQ(t.footerRows, 2);
    EXPECT_EQ(rowTexts(t, 6), QStringList {QStringLiteral("单位负责人签字：")});
    EXPECT_EQ(rowTexts(t, 7), QStringList {QStringLiteral("填表人：谭丽红、方宏宇\t联系电话：22610152")});
    // The title follows the filing's level of government.
    Filing county = sampleFiling();
    county.fundLevel = QStringLiteral("县级");
    EXPECT_EQ(buildSummaryTable(county).title, QStringLiteral("2023年县级专项资金绩效目标汇总表"));
}

TEST(OfficialTables, DirectionHasTheSeedsGrid)
{
    const Filing f = sampleFiling();
    const Table t = buildDirectionTable(f, 1, 0);
    EXPECT_EQ(t.title, QStringLiteral("2023年区级专项资金支出方向绩效目标表"));
    expectGridIsTiled(t);
    EXPECT_EQ(rowTexts(t, 0),
        (QStringList {QStringLiteral("支出方向\n（子项）"), QStringLiteral("业务性专项"), QStringLiteral("所属专项"),
            QStringLiteral("名称"), QStringLiteral("业务性专项")}));
    EXPECT_EQ(rowTexts(t, 1),
        (QStringList {QStringLiteral("项目金额"), QStringLiteral("3"), QStringLiteral("金额"), QStringLiteral("3")}));
    EXPECT_EQ(find(t, QStringLiteral("所属专项"))->rowSpan, 2);
    EXPECT_EQ(rowTexts(t, 2), (QStringList {QStringLiteral("项目实施期"), QStringLiteral("2023年1-12月")}));
    EXPECT_EQ(rowTexts(t, 5).mid(1),
        (QStringList {QStringLiteral("一级指标"), QStringLiteral("二级指标"), QStringLiteral("三级指标"),
            QStringLiteral("指标值及单位"), QStringLiteral("绩效标准")}));
    const Cell *details = find(t, QStringLiteral("支出明细\n及测算说明"));
    ASSERT_TRUE(details);
    EXPECT_EQ(details->rowSpan, 1 + 4 + 1); // heading, four lines, 合计
    EXPECT_EQ(rowTexts(t, details->row).mid(1),
        (QStringList {QStringLiteral("支出内容简介"), QStringLiteral("支出明细"), QStringLiteral("金额"),
            QStringLiteral("支出测算依据及过程说明")}));
    EXPECT_EQ(rowTexts(t, details->row + 1).mid(0, 3),
        (QStringList {QStringLiteral("工业经济运行"), QStringLiteral("工业运行协调等专项"), QStringLiteral("0.8")}));
    EXPECT_EQ(rowTexts(t, details->row + 5), (QStringList {QStringLiteral("合  计"), QStringLiteral("3"), QString()}));
    EXPECT_EQ(t.footerRows, 1);
}

TEST(OfficialTables, TheSatisfactionRowFollowsTheScheme)
{
    // MOF 2015: 满意度指标 is its own 一级 and comes last, whatever the written order.
    QList<Indicator> list {
        ind(QStringLiteral("满意度指标"), QStringLiteral("服务对象满意度指标"), QStringLiteral("满意度"),
            QStringLiteral("≥95%")),
        ind(QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("a"), QStringLiteral("1")),
        ind(QStringLiteral("效益指标"), QStringLiteral("社会效益指标"), QStringLiteral("b"), QStringLiteral("2")),
        ind(QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("c"), QStringLiteral("3")),
    };
    const QList<IndicatorLine> lines = indicatorLines(list, IndicatorSchemeId::Mof2015);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].indicator->name, QStringLiteral("a"));
    EXPECT_EQ(lines[0].level1Span, 2);
    EXPECT_EQ(lines[0].level2Span, 2) << "two 数量指标 share one 二级 cell";
    EXPECT_EQ(lines[1].indicator->name, QStringLiteral("c"));
    EXPECT_EQ(lines[1].level1Span, 0);
    EXPECT_EQ(lines[2].indicator->name, QStringLiteral("b"));
    EXPECT_EQ(lines[3].indicator->name, QStringLiteral("满意度"));
    EXPECT_EQ(lines[3].level1Span, 1);
    EXPECT_EQ(lines[3].level1Text, QStringLiteral("满意度指标"));
    // A blank 一级 goes where the scheme puts its 二级, and shows the scheme's name.
    QList<Indicator> blank {
        ind(QString(), QStringLiteral("社会公众及服务对象满意度指标"), QStringLiteral("s"), QStringLiteral("v")),
        ind(QStringLiteral("效益指标"), QStringLiteral("经济效益指标"), QStringLiteral("e"), QStringLiteral("v"))};
    const QList<IndicatorLine> hunan = indicatorLines(blank, IndicatorSchemeId::Hunan2023);
    EXPECT_EQ(hunan[0].indicator->name, QStringLiteral("e"));
    EXPECT_EQ(hunan[0].level1Span, 2);
    EXPECT_EQ(hunan[1].indicator->name, QStringLiteral("s"));
}

TEST(OfficialTables, EmptyListsStillPrintARowToFillIn)
{
    Filing f = sampleFiling();
    f.overview.workPlan.clear();
    f.overview.indicators.clear();
    const Table t = buildOverviewTable(f);
    expectGridIsTiled(t);
    EXPECT_EQ(find(t, QStringLiteral("年度重点工作计划"))->rowSpan, 2);
    EXPECT_EQ(find(t, QStringLiteral("年度绩效\n指标"))->rowSpan, 2);
}

TEST(TableBuilder, RowsDivideTheWidthIndependently)
{
    TableBuilder b(100);
    b.beginRow();
    b.cell(30, QStringLiteral("a"), {}, 2);
    b.cell(100, QStringLiteral("b"));
    b.beginRow();
    b.cell(60, QStringLiteral("c")); // starts after the spanning "a"
    b.cell(100, QStringLiteral("d"));
    const Table t = b.finish({});
    EXPECT_EQ(t.columnWidths, (QList<qreal> {30, 30, 40}));
    expectGridIsTiled(t);
    EXPECT_EQ(find(t, QStringLiteral("b"))->columnSpan, 2);
    EXPECT_EQ(find(t, QStringLiteral("c"))->column, 1);
}

// What only the form knows, told to the page breaker: which rows head or close
// others, and which cells name a row on its continuation (never an amount).
TEST(OfficialTables, TheFormsMarkHeadingRowsTotalsAndNames)
{
    const Filing f = sampleFiling();
    const Table summary = buildSummaryTable(f);
    for (const Cell &c : summary.cells) {
        if (c.text == QStringLiteral("一") || c.text == QStringLiteral("二")) {
            EXPECT_TRUE(summary.keepsWithNext(c.row)) << c.text.toStdString();
        }
        if (c.text == QStringLiteral("1")) {
            EXPECT_FALSE(summary.keepsWithNext(c.row));
        }
        if (c.column == 0 && c.row > 1 && c.row < summary.rowCount - summary.footerRows) {
            EXPECT_TRUE(c.identifying) << c.text.toStdString();
        }
        if (c.text == QStringLiteral("19.54") || c.text == QStringLiteral("3")) {
            EXPECT_FALSE(c.identifying);
        }
    }
    const Table direction = buildDirectionTable(f, 1, 0);
    const Cell *total = find(direction, QStringLiteral("合  计"));
    ASSERT_TRUE(total);
    EXPECT_TRUE(direction.keepsWithPrevious(total->row));
    EXPECT_FALSE(direction.keepsWithNext(total->row));
    EXPECT_TRUE(find(direction, QStringLiteral("工业经济运行"))->identifying);
    EXPECT_TRUE(find(direction, QStringLiteral("工业运行协调等专项"))->identifying);
    EXPECT_FALSE(find(direction, QStringLiteral("0.8"))->identifying);
    EXPECT_TRUE(find(direction, QStringLiteral("项目实施期"))->identifying);
    const Table overview = buildOverviewTable(f);
    EXPECT_TRUE(find(overview, QStringLiteral("工业信息化"))->identifying);
    EXPECT_TRUE(find(overview, QStringLiteral("综合业务股"))->identifying);
    EXPECT_TRUE(find(overview, QStringLiteral("部门职责概述"))->identifying);
}

// Amounts as the form writes them: right-aligned, bare under 金额单位 or, on
// request, with their unit as the seed's second direction table has them.
TEST(OfficialTables, DetailAmountsWithTheirUnitOnRequest)
{
    const Filing f = sampleFiling();
    const Table bare = buildDirectionTable(f, 1, 0);
    const Cell *amount = find(bare, QStringLiteral("0.8"));
    ASSERT_TRUE(amount);
    EXPECT_TRUE(amount->figure);
    EXPECT_TRUE(amount->alignment & Qt::AlignRight);
    const Table withUnit = buildDirectionTable(f, 1, 0, true);
    for (const QString &text :
        {QStringLiteral("0.8万元"), QStringLiteral("0.7万元"), QStringLiteral("0.5万元"), QStringLiteral("1万元")})
        EXPECT_TRUE(find(withUnit, text)) << text.toStdString();
    const Cell *total = find(withUnit, QStringLiteral("合  计"));
    ASSERT_TRUE(total);
    EXPECT_EQ(
        rowTexts(withUnit, total->row), (QStringList {QStringLiteral("合  计"), QStringLiteral("3万元"), QString()}));
    // The direction's own 项目金额 stays as the form's header has it.
    EXPECT_EQ(rowTexts(withUnit, 1).at(1), QStringLiteral("3"));
}

// A ledger's figures: the integer digits of every amount in a column end at
// the same place, so the decimal points stand under each other.
TEST(OfficialTables, FiguresLineUpOnTheirDecimalPoint)
{
    const QFont font(QStringLiteral("AR PL UMing CN"), 10);
    const TextMeasurer body(font);
    for (bool withUnit : {false, true}) {
        const MeasuredTable m = measureTable(buildDirectionTable(sampleFiling(), 0, 0, withUnit), body, body);
        const Cell *wages = nullptr;
        for (const Cell &c : m.table.cells)
            if (c.text.startsWith(QStringLiteral("17.84")))
                wages = &c;
        ASSERT_TRUE(wages);
        QList<qreal> ends;
        for (qsizetype i = 0; i < m.table.cells.size(); ++i) {
            const Cell &c = m.table.cells[i];
            if (!c.figure || c.text.isEmpty() || c.column != wages->column || c.columnSpan != wages->columnSpan)
                continue;
            const qsizetype end = c.text.indexOf(QRegularExpression(QStringLiteral("[^0-9]")));
            ends.append(m.texts[i].runs.first().x + body.textWidth(end < 0 ? c.text : c.text.left(end)));
        }
        ASSERT_GE(ends.size(), 3) << "17.84, 1.7 and the total 19.54";
        for (qreal e : ends)
            EXPECT_NEAR(e, ends.first(), 0.01);
    }
}

TEST(OfficialTables, TheFormsWordsCarryTheirBreaksAndDataIsLeftAsTyped)
{
    // The form's labels say where a line may break (支出内容|简介); what a
    // clerk typed is printed as typed, a "|" included.
    Filing f = sampleFiling();
    f.department.preparers = QStringLiteral("谭丽红|方宏宇");
    const Table t = buildDirectionTable(f, 1, 0);
    bool label = false, signature = false;
    for (const Cell &c : t.cells) {
        if (c.text == QStringLiteral("支出内容简介")) {
            label = true;
            EXPECT_TRUE(c.wholeWords);
            EXPECT_EQ(c.wordBreaks, QList<int> {4});
        }
        if (c.text.contains(QStringLiteral("谭丽红|方宏宇"))) {
            signature = true;
            EXPECT_FALSE(c.wholeWords);
        }
    }
    EXPECT_TRUE(label);
    EXPECT_TRUE(signature);
}
