// SPDX-License-Identifier: GPL-3.0-or-later
// Typesetting the official tables as a reader accepts them, checked on the
// layout model (DocumentLayout: measured cells, lines, pages) of the sample and
// of generated and stress filings: page breaks, widths, line breaking.
#include "print/filingprinter.h"
#include "print/linebreak.h"
#include "print/officialtables.h"
#include "print/tableprinter.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace jixiao;
using namespace jixiao::print;

namespace {

DocumentLayout layoutOf(const QList<Table> &tables)
{
    DocumentLayout layout;
    QString error;
    EXPECT_TRUE(TablePrinter::layout(tables, QStringLiteral("TEST-CODE"), {}, &layout, &error)) << error.toStdString();
    return layout;
}

DocumentLayout layoutOf(const Filing &f)
{
    QList<Table> tables;
    QString error;
    EXPECT_TRUE(FilingPrinter::tables(f, {}, &tables, &error)) << error.toStdString();
    return layoutOf(tables);
}

} // namespace

const TextMeasurer &bodyMeasurer()
{
    static const TextMeasurer m(layoutOf(QList<Table> {}).body.font);
    return m;
}

const TextMeasurer &boldMeasurer()
{
    static const TextMeasurer m(layoutOf(QList<Table> {}).bold.font);
    return m;
}

// Every cell keeps between 2/3 and 3/2 of its width on the paper form.
void expectWithinTheFormsProportions(const Table &paper, const Table &fitted)
{
    ASSERT_EQ(paper.columnWidths.size(), fitted.columnWidths.size());
    EXPECT_NEAR(paper.width(), fitted.width(), 0.001);
    for (const Cell &c : paper.cells) {
        qreal before = 0, after = 0;
        for (int k = c.column; k < c.column + c.columnSpan; ++k) {
            before += paper.columnWidths[k];
            after += fitted.columnWidths[k];
        }
        EXPECT_GE(after, before * 2 / 3 - 0.01) << c.text.toStdString();
        EXPECT_LE(after, before * 3 / 2 + 0.01) << c.text.toStdString();
    }
}

// The lines of every cell of a measured table, for the line-breaking rules.
QStringList cellLines(const MeasuredTable &m, int ci)
{
    QStringList lines(m.texts[ci].lines);
    for (const TextRun &r : m.texts[ci].runs)
        lines[r.line] += r.text;
    return lines;
}

TEST(Typesetting, ANarrowColumnTakesRoomFromItsNeighbour)
{
    // 三级 (40 mm) with a long text beside 指标值 (60 mm) holding two characters.
    TableBuilder b(100);
    b.beginRow();
    b.cell(40, QStringLiteral("坚持稳中求进，深入实施“三高四新”战略，围绕“聚焦、裂变、创新、升级、品牌”十字方针抓落实"),
        TableBuilder::left());
    b.cell(100, QStringLiteral("提升"));
    const Table paper = b.finish(Table());
    const Table fitted = fitColumns(paper, bodyMeasurer(), boldMeasurer());
    expectWithinTheFormsProportions(paper, fitted);
    EXPECT_GT(fitted.columnWidths[0], paper.columnWidths[0] + 10);
    const MeasuredTable before = measureTable(
        [&] {
            Table t = paper;
            t.fitColumns = false;
            return t;
        }(),
        bodyMeasurer(), boldMeasurer());
    const MeasuredTable after = measureTable(paper, bodyMeasurer(), boldMeasurer());
    EXPECT_LT(after.rowHeights[0], before.rowHeights[0] - 4);
    // The same content, the same widths.
    EXPECT_EQ(fitColumns(paper, bodyMeasurer(), boldMeasurer()).columnWidths, fitted.columnWidths);
    // Nothing to gain: the paper's widths stay.
    TableBuilder even(100);
    even.beginRow();
    even.cell(40, QStringLiteral("完成时间"));
    even.cell(100, QStringLiteral("2023年全年"));
    const Table plain = even.finish(Table());
    EXPECT_EQ(fitColumns(plain, bodyMeasurer(), boldMeasurer()).columnWidths, plain.columnWidths);
}

TEST(Typesetting, SerialNumbersAreNeverBroken)
{
    // 35 funds: 序号 runs to 三十五 in the summary's 14 mm column.
    GeneratorOptions o;
    o.directions = 40;
    o.funds = 35;
    o.indicatorsPerDirection = 2;
    o.detailsPerDirection = 1;
    const Filing f = generateFiling(o);
    const Table summary = buildSummaryTable(f);
    const DocumentLayout d = layoutOf({summary});
    const MeasuredTable &m = d.blocks[0].measured;
    expectWithinTheFormsProportions(summary, m.table);
    int numerals = 0;
    for (int ci = 0; ci < m.table.cells.size(); ++ci) {
        const Cell &c = m.table.cells[ci];
        if (c.column != 0 || c.row == 0 || c.text.isEmpty())
            continue;
        ++numerals;
        EXPECT_EQ(m.texts[ci].lines, 1) << c.text.toStdString()
                                        << " broken: " << cellLines(m, ci).join(u'/').toStdString();
    }
    EXPECT_GT(numerals, 70);
    // The paper width alone would break 三十五: the fitting made the room.
    Table paper = summary;
    paper.fitColumns = false;
    const MeasuredTable unfitted = measureTable(paper, bodyMeasurer(), boldMeasurer());
    bool anyBroken = false;
    for (int ci = 0; ci < unfitted.table.cells.size(); ++ci)
        if (unfitted.table.cells[ci].column == 0 && unfitted.texts[ci].lines > 1)
            anyBroken = true;
    EXPECT_TRUE(anyBroken) << "the test no longer tests anything: 序号 fits on paper";
}

// A filing made to stress the typesetting: long bases with numbers and units,
// quotes and brackets, long names, many funds.
Filing stressFiling()
{
    GeneratorOptions o;
    o.directions = 24;
    o.funds = 12;
    o.indicatorsPerDirection = 14;
    o.detailsPerDirection = 8;
    Filing f = generateFiling(o);
    int n = 0;
    for (Fund &fund : f.funds) {
        fund.name += QStringLiteral("（含“专精特新”中小企业培育及数字化转型专项）");
        for (Direction &d : fund.directions) {
            ++n;
            d.annualGoal += QStringLiteral("深入实施“三高四新”战略，全区规模工业增加值增长8.5%左右，满意度≥95%，"
                                           "2023年1-12月完成投资0.5万元。");
            for (int i = 0; i < d.details.size(); ++i) {
                DetailLine &l = d.details[i];
                QString basis;
                const int sentences = (n + i) % 5 == 0 ? 60 : 3 + (n + i) % 7;
                for (int s = 1; s <= sentences; ++s)
                    basis += QStringLiteral("第%1批次《株洲市专项资金管理办法》规定标准0.5万元/人×%2人=%3万元；")
                                 .arg(s)
                                 .arg(s + 1)
                                 .arg((s + 1) * 0.5);
                l.basis = basis;
            }
        }
    }
    return f;
}

// Every line of every cell keeps the breaking rules: no closing mark first, no
// opening mark last, no number parted from its digits or unit.
void expectLinesKeepTheRules(const DocumentLayout &d)
{
    static const QRegularExpression numberEnd(QStringLiteral("[0-9.%≥≤]$"));
    static const QRegularExpression numberStart(QStringLiteral("^[0-9.%]|^万元|^元"));
    int checked = 0;
    for (const DocumentLayout::Block &b : d.blocks)
        for (int ci = 0; ci < b.measured.table.cells.size(); ++ci) {
            if (b.measured.table.cells[ci].text.contains(u'\t'))
                continue; // the two halves of the signature line
            const QStringList lines = cellLines(b.measured, ci);
            for (int i = 0; i < lines.size(); ++i) {
                const QString &l = lines[i];
                if (l.isEmpty())
                    continue;
                ++checked;
                if (i > 0 && !lines[i - 1].isEmpty()) {
                    EXPECT_FALSE(isClosingMark(l.front().unicode()))
                        << "starts with a closing mark: " << l.toStdString();
                    EXPECT_FALSE(numberEnd.match(lines[i - 1]).hasMatch() && numberStart.match(l).hasMatch())
                        << "a number broken: " << lines[i - 1].toStdString() << " / " << l.toStdString();
                }
                if (i + 1 < lines.size() && !lines[i + 1].isEmpty()) {
                    EXPECT_FALSE(isOpeningMark(l.back().unicode())) << "ends with an opening mark: " << l.toStdString();
                }
            }
        }
    EXPECT_GT(checked, 100);
}

TEST(Typesetting, EveryLineKeepsTheBreakingRules)
{
    expectLinesKeepTheRules(layoutOf(sampleFiling()));
    expectLinesKeepTheRules(layoutOf(stressFiling()));
}
