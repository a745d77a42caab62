// SPDX-License-Identifier: GPL-3.0-or-later
// Typesetting the official tables as a reader accepts them, checked on the
// layout model (DocumentLayout: measured cells, lines, pages) of the sample and
// of generated and stress filings: page breaks, widths, line breaking.
#include "print/filingprinter.h"
#include "print/linebreak.h"
#include "print/officialtables.h"
#include "print/tableprinter.h"

#include "pdftools.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

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
                const int sentences = (n + i) % 5 == 0 ? 60 : (n + i) % 5 == 2 ? 18 : 3 + (n + i) % 7;
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

// What the official builders are to mark (see the closing note): 汇总表 专项
// rows head their 支出方向 rows, 序号 and 名称 identify a row; a direction
// table's 合计 closes its details, 支出内容简介 and 支出明细 identify a detail row.
Table markedAsTheBuildersWill(Table t)
{
    static const QRegularExpression chineseNumeral(QStringLiteral("^[一二三四五六七八九十百]+$"));
    t.rowKeeps = QList<quint8>(t.rowCount, 0);
    const Section *details = t.sections.isEmpty() ? nullptr : &t.sections.last();
    for (Cell &c : t.cells) {
        if (t.kind == Table::Summary && c.row > 0 && c.column == 0 && chineseNumeral.match(c.text).hasMatch())
            t.rowKeeps[c.row] |= Table::KeepWithNext;
        if (t.kind == Table::Summary && c.row > 0 && c.column <= 1 && c.rowSpan == 1)
            c.identifying = true;
        if (t.kind == Table::Direction && c.text == QStringLiteral("合  计"))
            t.rowKeeps[c.row] |= Table::KeepWithPrevious;
        if (t.kind == Table::Direction && details && details->contains(c.row) && !details->isHeader(c.row)
            && c.rowSpan == 1 && c.column <= 2 && c.text != QStringLiteral("合  计"))
            c.identifying = true;
    }
    return t;
}

QList<Table> tablesOf(const Filing &f, bool marked)
{
    QList<Table> tables;
    QString error;
    EXPECT_TRUE(FilingPrinter::tables(f, {}, &tables, &error)) << error.toStdString();
    if (marked)
        for (Table &t : tables)
            t = markedAsTheBuildersWill(t);
    return tables;
}

// The page-break rules a reader checks, on every page of every table.
void expectPageBreaksAReaderAccepts(const DocumentLayout &d, const char *what)
{
    int splits = 0;
    for (int bi = 0; bi < d.blocks.size(); ++bi) {
        const DocumentLayout::Block &b = d.blocks[bi];
        const MeasuredTable &m = b.measured;
        const Table &t = m.table;
        const int footerStart = t.rowCount - t.footerRows;
        const qreal room = d.geometry.contentHeight(b.landscape);
        auto isHeading = [&](int row) {
            const Section *s = t.sectionOf(row);
            return s && s->isHeader(row);
        };
        QHash<int, QList<QPair<int, int>>> parts; // row → [firstLine, lineCount)
        for (int p = 0; p < b.pages.size(); ++p) {
            const TablePage &page = b.pages[p];
            const std::string where = std::string(what) + ", " + t.title.toStdString() + " #" + std::to_string(bi)
                + ", page " + std::to_string(p + 1) + " of " + std::to_string(b.pages.size());
            const qreal avail = room - (page.first ? b.firstHead : b.nextHead);
            qreal used = 0;
            QList<int> content;
            for (const PlacedRow &r : page.rows) {
                used += r.height;
                if (!r.repeated)
                    content.append(r.row);
                if (r.isPart()) {
                    parts[r.row].append({r.firstLine, r.lineCount});
                    if (r.continued) {
                        EXPECT_GE(r.height + 0.001, 2 * m.metrics.paddingV + (r.lineCount + 1) * m.lineHeight) << where;
                        for (int ci : m.cellsOfRow[r.row])
                            if (t.cells[ci].identifying && m.texts[ci].lines <= r.firstLine) {
                                EXPECT_GE(r.height + 0.001, m.textHeight(ci)) << "the repeated name fits: " << where;
                            }
                    }
                }
            }
            EXPECT_LE(used, avail + 0.01) << where;
            ASSERT_FALSE(content.isEmpty()) << where;
            bool onlyHeadings = true, onlyFooter = true;
            for (int r : content) {
                onlyHeadings = onlyHeadings && isHeading(r);
                onlyFooter = onlyFooter && (t.footerRows > 0 && r >= footerStart - 1);
            }
            EXPECT_FALSE(onlyHeadings) << "a page of headings only: " << where;
            EXPECT_FALSE(onlyFooter && !(content.first() == footerStart - 1 && page.rows.first().isPart())
                && b.pages.size() > 1 && t.footerRows > 0 && footerStart > 1)
                << "the footer (and the last row) alone: " << where << " rows " << [&] {
                       std::string s;
                       for (const PlacedRow &r : page.rows)
                           s += std::to_string(r.row) + (r.isPart() ? "p " : " ");
                       s += " prev: ";
                       if (p > 0)
                           for (const PlacedRow &r : b.pages[p - 1].rows)
                               s += std::to_string(r.row) + (r.isPart() ? "p " : " ");
                       return s + " footerStart " + std::to_string(footerStart) + " pad "
                           + std::to_string(m.metrics.paddingV);
                   }();
            if (p + 1 < b.pages.size()) {
                const PlacedRow &last = page.rows.last();
                EXPECT_FALSE(isHeading(last.row)) << "a heading ends the page: " << where;
                EXPECT_FALSE(t.keepsWithNext(last.row) && !last.isPart()) << "a 专项 row ends the page: " << where;
                EXPECT_GE(used, avail / 2) << "more than half empty: " << where;
            }
        }
        // Every line of a split row once, in order, across its parts.
        for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
            ++splits;
            int next = 0;
            for (const auto &[firstLine, count] : it.value()) {
                EXPECT_EQ(firstLine, next) << what << " row " << it.key();
                EXPECT_GE(count, 1);
                next = firstLine + count;
            }
            EXPECT_EQ(next, m.rowLines(it.key())) << what << " row " << it.key() << " lost lines";
        }
    }
    std::printf("%s: %d rows split\n", what, splits);
}

TEST(Typesetting, PageBreaksOnGeneratedAndStressFilings)
{
    GeneratorOptions o;
    o.directions = 60;
    const Filing generated = generateFiling(o);
    const Filing stress = stressFiling();
    for (bool marked : {false, true}) {
        expectPageBreaksAReaderAccepts(
            layoutOf(tablesOf(generated, marked)), marked ? "generated, marked" : "generated");
        expectPageBreaksAReaderAccepts(layoutOf(tablesOf(stress, marked)), marked ? "stress, marked" : "stress");
    }
}

TEST(Typesetting, ALongBasisIsSplitInsteadOfLeavingAPageBlank)
{
    // The issue's case: one long basis moved whole left a page about 80 %
    // blank, then a page holding only 合计 and the footer.
    struct Case
    {
        int sentences, pages;
    };
    for (const auto [sentences, pages] : {Case {20, 2}, Case {28, 2}, Case {44, 3}}) {
        Filing f = sampleFiling();
        Direction &d = f.funds[0].directions[0];
        QString basis;
        for (int s = 1; s <= sentences; ++s)
            basis += QStringLiteral("第%1项按照《株洲市提前退休人员经费管理办法》核定标准执行，全年合计%2万元；")
                         .arg(s)
                         .arg(s * 0.5);
        d.details.first().basis = basis;
        QList<Table> tables;
        ASSERT_TRUE(FilingPrinter::tables(f, {PrintSelection::Direction, 0, 0}, &tables, nullptr));
        for (bool marked : {false, true}) {
            if (marked)
                tables.first() = markedAsTheBuildersWill(tables.first());
            const DocumentLayout layout = layoutOf(tables);
            const std::string what = std::to_string(sentences) + " sentences" + (marked ? ", marked" : "");
            expectPageBreaksAReaderAccepts(layout, what.c_str());
            // Moved whole, the basis took a page of its own and the last rows a third.
            EXPECT_EQ(layout.blocks.first().pages.size(), pages) << what;
        }
    }
}

TEST(Typesetting, ThePdfReadsBackWithoutAClosingMarkAtALineStart)
{
    // As a reviewer reads it: pdftotext -layout puts each printed line of each
    // cell after a gap; no such piece may start with a closing mark, and no
    // number may be parted from its unit.
    const Filing f = stressFiling();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("stress.pdf"));
    QString error;
    int pages = 0;
    ASSERT_TRUE(FilingPrinter::exportPdf(f, pdf, {}, {}, &error, &pages)) << error.toStdString();
    const QString text = pdftotext(pdf, {QStringLiteral("-layout")});
    ASSERT_GT(text.size(), 10000);
    static const QRegularExpression closingFirst(
        QStringLiteral("(^|\\s{2,})[，。、；：？！”’）》】]"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch bad = closingFirst.match(text);
    EXPECT_FALSE(bad.hasMatch()) << "a line starts with a closing mark near: "
                                 << text.mid(std::max<qsizetype>(0, bad.capturedStart() - 40), 80).toStdString();
    // The stress text's numbers come back whole.
    for (const QString &s : {QStringLiteral("0.5万元/人×"), QStringLiteral("≥95%"), QStringLiteral("8.5%左右"),
             QStringLiteral("“三高四新”")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
}

TEST(Typesetting, ASmallEditKeepsTheTablesLook)
{
    // The same tables with a word more here and there are fitted the same way.
    const DocumentLayout before = layoutOf(sampleFiling());
    Filing edited = sampleFiling();
    edited.funds[1].directions[0].indicators[2].name += QStringLiteral("等");
    edited.funds[1].directions[0].details[0].basis += QStringLiteral("。");
    edited.overview.duties += QStringLiteral("（详见三定方案）");
    const DocumentLayout after = layoutOf(edited);
    ASSERT_EQ(before.blocks.size(), after.blocks.size());
    for (int i = 0; i < before.blocks.size(); ++i)
        EXPECT_EQ(before.blocks[i].measured.table.columnWidths, after.blocks[i].measured.table.columnWidths)
            << before.blocks[i].measured.table.title.toStdString() << " #" << i;
}

namespace {

// The sample with the issue's long texts: an overview whose duties run to a
// page, an 80-character direction name, rate units in the bases.
Filing longTextFiling()
{
    Filing f = sampleFiling();
    QString duties;
    for (int i = 0; i < 12; ++i)
        duties += f.overview.duties;
    f.overview.duties = duties;
    Direction &d = f.funds[1].directions[0];
    d.name
        = QStringLiteral("推进工业经济高质量发展及“专精特新”中小企业培育、数字化转型、智能制造示范、绿色制造体系建设、"
                         "安全生产检查与科技成果转化专项工作经费");
    d.details[0].basis = QStringLiteral("印制宣传资料2000份，每份0.0005万元/份，共1万元；专家咨询每人次0.02万元/人次，"
                                        "检查12次/年，场地租金300元/平方米");
    return f;
}

// Every place where a line of a label of the form ends inside one of its words.
QStringList labelsBrokenInsideAWord(const DocumentLayout &d)
{
    QStringList broken;
    for (const DocumentLayout::Block &b : d.blocks)
        for (int ci = 0; ci < b.measured.table.cells.size(); ++ci) {
            const Cell &c = b.measured.table.cells[ci];
            if (!c.wholeWords)
                continue;
            const QStringList lines = cellLines(b.measured, ci);
            int at = 0;
            for (const QString &l : lines) {
                at = int(c.text.indexOf(l, at)) + int(l.size());
                if (at < c.text.size() && c.text[at] != u'\n' && !c.wordBreaks.contains(at))
                    broken.append(lines.join(u'/'));
            }
        }
    return broken;
}

// Every place where a number is parted from its unit or a compound unit from its slash.
QStringList unitsSplit(const DocumentLayout &d)
{
    QStringList split;
    for (const DocumentLayout::Block &b : d.blocks)
        for (int ci = 0; ci < b.measured.table.cells.size(); ++ci) {
            const QStringList lines = cellLines(b.measured, ci);
            for (int i = 1; i < lines.size(); ++i)
                if (!lines[i - 1].isEmpty() && !lines[i].isEmpty()
                    && (lines[i].startsWith(u'/') || lines[i - 1].endsWith(u'/')
                        || (lines[i - 1].back().isDigit() && lines[i].front().unicode() >= 0x3400)))
                    split.append(lines[i - 1] + QStringLiteral(" | ") + lines[i]);
        }
    return split;
}

} // namespace

TEST(Typesetting, TheSamplesNamesAndLabelsBreakAsTheSeedDoes)
{
    const DocumentLayout d = layoutOf(sampleFiling());
    QHash<QString, QStringList> seen;
    for (const DocumentLayout::Block &b : d.blocks)
        for (int ci = 0; ci < b.measured.table.cells.size(); ++ci)
            seen[b.measured.table.cells[ci].text].append(cellLines(b.measured, ci).join(u'/'));
    EXPECT_EQ(seen.value(QStringLiteral("工业经济运行")), QStringList {QStringLiteral("工业经济/运行")});
    EXPECT_EQ(seen.value(QStringLiteral("安全生产检查")), QStringList {QStringLiteral("安全生产/检查")});
    EXPECT_EQ(seen.value(QStringLiteral("支出内容简介")),
        (QStringList {QStringLiteral("支出内容/简介"), QStringLiteral("支出内容/简介")}));
    EXPECT_EQ(labelsBrokenInsideAWord(d), QStringList());
}

TEST(Typesetting, NoLabelBrokenInsideAWordAndNoUnitSplit)
{
    GeneratorOptions o;
    o.directions = 60;
    for (const auto &[what, filing] : {std::pair {"generated", generateFiling(o)}, std::pair {"stress", stressFiling()},
             std::pair {"long texts", longTextFiling()}}) {
        const DocumentLayout d = layoutOf(filing);
        EXPECT_EQ(labelsBrokenInsideAWord(d), QStringList()) << what;
        EXPECT_EQ(unitsSplit(d), QStringList()) << what;
        EXPECT_EQ(d.missingGlyphs, QStringList()) << what << ": an empty box";
    }
    // The overview's labels keep their words beside a page of duties: 年度预算/申请/（万元）, 部门名称.
    const DocumentLayout d = layoutOf(longTextFiling());
    const MeasuredTable &overview = d.blocks.first().measured;
    for (int ci = 0; ci < overview.table.cells.size(); ++ci) {
        const QString text = overview.table.cells[ci].text;
        if (text == QStringLiteral("部门名称")) {
            EXPECT_EQ(overview.texts[ci].lines, 1);
        }
        if (text.startsWith(QStringLiteral("年度预算申请"))) {
            EXPECT_EQ(cellLines(overview, ci).join(u'/'), QStringLiteral("年度预算/申请/（万元）"));
        }
    }
}

TEST(Typesetting, AllDirectionTablesOfAFilingLookAlike)
{
    GeneratorOptions o;
    o.directions = 60;
    for (const auto &[what, filing] : {std::pair {"sample", sampleFiling()}, std::pair {"generated", generateFiling(o)},
             std::pair {"stress", stressFiling()}, std::pair {"long texts", longTextFiling()}}) {
        const DocumentLayout d = layoutOf(filing);
        const MeasuredTable *first = nullptr;
        int directions = 0;
        for (const DocumentLayout::Block &b : d.blocks) {
            if (b.measured.table.kind != Table::Direction)
                continue;
            ++directions;
            if (!first) {
                first = &b.measured;
                continue;
            }
            EXPECT_EQ(b.measured.table.columnWidths, first->table.columnWidths) << what;
            EXPECT_EQ(b.measured.metrics.paddingV, first->metrics.paddingV) << what;
            EXPECT_EQ(b.measured.metrics.lineSpacing, first->metrics.lineSpacing) << what;
            EXPECT_EQ(b.measured.table.minRowHeight, first->table.minRowHeight) << what;
        }
        EXPECT_GE(directions, 2) << what;
    }
}

TEST(Typesetting, ALongNameIsNotSqueezedWhereItSetsItsRow)
{
    // The issue: an 80-character name wrapped to 9 lines in a narrow cell
    // while the cells beside it were empty. A name may wrap more only within
    // the height its neighbours give the row anyway.
    Filing f = longTextFiling();
    f.funds[1].name = f.funds[1].directions[0].name;
    const DocumentLayout d = layoutOf(f);
    int checked = 0;
    for (const DocumentLayout::Block &b : d.blocks) {
        const MeasuredTable &m = b.measured;
        for (int ci = 0; ci < m.table.cells.size(); ++ci) {
            const Cell &c = m.table.cells[ci];
            if (!c.text.startsWith(QStringLiteral("推进工业经济高质量发展")) || c.rowSpan != 1)
                continue;
            ++checked;
            // The form's width of the cell (the same cell of the unfitted table).
            const Table form = m.table.kind == Table::Direction ? buildDirectionTable(f, 1, 0) : buildSummaryTable(f);
            qreal paper = 0;
            for (int k = c.column; k < c.column + c.columnSpan; ++k)
                paper += form.columnWidths[k];
            ASSERT_GT(paper, 0);
            qreal others = 0;
            for (int oi : m.cellsOfRow[c.row])
                if (oi != ci && m.table.cells[oi].rowSpan == 1)
                    others = std::max(others, m.textHeight(oi));
            const qreal atPaper = 2 * m.metrics.paddingV
                + bodyMeasurer().measure(c, paper - 2 * m.metrics.paddingH).lines * m.lineHeight;
            EXPECT_LE(m.textHeight(ci), std::max(others, atPaper) + 0.01)
                << m.table.title.toStdString() << ": " << m.texts[ci].lines << " lines";
        }
    }
    EXPECT_GE(checked, 3); // the direction's own table, and the fund and the direction in the summary
}

TEST(Typesetting, ACharacterWithoutAGlyphIsReportedWithItsPlace)
{
    Filing f = sampleFiling();
    f.funds[0].directions[0].details[0].item = QStringLiteral("𠀀𡈽工资");
    const DocumentLayout d = layoutOf(f);
    ASSERT_EQ(d.missingGlyphs.size(), 1) << d.missingGlyphs.join(u'\n').toStdString();
    const QString notice = d.missingGlyphs.first();
    EXPECT_TRUE(notice.contains(QStringLiteral("“𠀀𡈽”"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Page 3"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("row "))) << notice.toStdString();
    EXPECT_EQ(layoutOf(sampleFiling()).missingGlyphs, QStringList());
}
