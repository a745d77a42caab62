// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese line breaking: GB/T 15834 punctuation, numbers with their units,
// numerals whole, justification and the lone last character. First on fixed
// widths (every ideograph 1, every Latin character or digit 0.5), then with
// the printing font.
#include "print/linebreak.h"
#include "print/tablelayout.h"

#include <gtest/gtest.h>

#include <QFont>

using namespace jixiao::print;

namespace {

qreal fixedWidth(const QString &s, int start, int length)
{
    qreal w = 0;
    for (int i = start; i < start + length; ++i)
        w += s[i].unicode() < 0x2000 ? 0.5 : 1.0;
    return w;
}

QStringList linesOf(const QString &p, qreal width)
{
    QStringList out;
    for (const BrokenLine &l : breakLines(p, width, [&p](int s, int n) { return fixedWidth(p, s, n); }))
        out.append(p.mid(l.start, l.length));
    return out;
}

QStringList unitsOf(const QString &p)
{
    QStringList out;
    for (const BreakUnit &u : breakUnits(p))
        out.append(p.mid(u.start, u.length));
    return out;
}

// The rules every line of every paragraph must keep, whatever the width.
void expectKinsoku(const QStringList &lines, const QString &context)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        ASSERT_FALSE(l.isEmpty()) << context.toStdString();
        if (i > 0) {
            EXPECT_FALSE(isClosingMark(l.front().unicode()))
                << "line starts with a closing mark: " << l.toStdString() << " in " << context.toStdString();
        }
        if (i + 1 < lines.size()) {
            EXPECT_FALSE(isOpeningMark(l.back().unicode()))
                << "line ends with an opening mark: " << l.toStdString() << " in " << context.toStdString();
            // A digit never ends a line when the next starts with a digit or a unit.
            const QChar next = lines[i + 1].front();
            EXPECT_FALSE(l.back().isDigit()
                && (next.isDigit() || next == QLatin1Char('%') || next == QChar(u'万') || next == QChar(u'年')
                    || next == QChar(u'元') || next == QLatin1Char('.')))
                << "number broken: " << l.toStdString() << " / " << lines[i + 1].toStdString();
        }
    }
}

} // namespace

TEST(LineBreak, NumbersStayWithTheirSignsAndUnits)
{
    const QStringList units = unitsOf(QStringLiteral("资金0.5万元，满意度≥95%，2023年1-12月完成19.54万元"));
    for (const QString &whole : {QStringLiteral("0.5万元，"), QStringLiteral("≥95%，"), QStringLiteral("2023年"),
             QStringLiteral("1-12月"), QStringLiteral("19.54万元")})
        EXPECT_TRUE(units.contains(whole)) << whole.toStdString() << " in " << units.join(u'|').toStdString();
    EXPECT_TRUE(unitsOf(QStringLiteral("三十五")).size() == 1) << "a 序号 numeral is one unit";
    EXPECT_EQ(unitsOf(QStringLiteral("GDP比重")),
        (QStringList {QStringLiteral("GDP"), QStringLiteral("比"), QStringLiteral("重")}));
}

TEST(LineBreak, MarksAreGluedToTheirNeighbours)
{
    // The issue's example: 深入实施“三高四新” must not leave “ at a line's end.
    EXPECT_EQ(unitsOf(QStringLiteral("实施“三高四新”战略。")),
        (QStringList {QStringLiteral("实"), QStringLiteral("施"), QStringLiteral("“三"), QStringLiteral("高"),
            QStringLiteral("四"), QStringLiteral("新”"), QStringLiteral("战"), QStringLiteral("略。")}));
    EXPECT_EQ(unitsOf(QStringLiteral("（一）总体目标")).first(), QStringLiteral("（一）"));
    EXPECT_EQ(unitsOf(QStringLiteral("完成。”）")), (QStringList {QStringLiteral("完"), QStringLiteral("成。”）")}));
    EXPECT_EQ(unitsOf(QStringLiteral("等——即")), (QStringList {QStringLiteral("等——"), QStringLiteral("即")}));
}

TEST(LineBreak, EveryWidthKeepsTheRules)
{
    const QStringList texts {
        QStringLiteral("深入实施“三高四新”战略，全力打好“发展六仗”，推动工业高质量发展。"),
        QStringLiteral(
            "全区规模工业增加值增长8.5%左右，制造业增加值占GDP比重达34%以上，工业投资增长13%、技改投资增长15%以上。"),
        QStringLiteral("提前退休人员工资及人员经费19.54万元（含2023年1-12月），满意度≥95%。"),
        QStringLiteral("《关于印发〈株洲市专项资金管理办法〉的通知》（株财发〔2022〕12号）：0.5万元/人×6人=3万元。"),
    };
    for (const QString &t : texts)
        for (qreal w = 4; w <= 30; w += 0.5) {
            const QStringList lines = linesOf(t, w);
            expectKinsoku(lines, t + QStringLiteral(" @") + QString::number(w));
            EXPECT_EQ(lines.join(QString()).remove(u' '), QString(t).remove(u' ')) << "nothing lost or doubled";
            QList<qreal> x {0};
            for (int i = 0; i < t.size(); ++i)
                x.append(x.last() + fixedWidth(t, i, 1));
            EXPECT_EQ(countLines(t, breakUnits(t), x, w, nullptr), lines.size()) << "counting agrees with breaking";
            for (QString l : lines) {
                while (l.size() > 1 && isClosingMark(l.back().unicode()))
                    l.chop(1); // a closing mark may hang past the edge of a cut number
                EXPECT_LE(fixedWidth(l, 0, int(l.size())), w + 1e-9) << l.toStdString();
            }
        }
}

TEST(LineBreak, TheIssuesExampleBreaksBeforeTheQuoteWithItsWord)
{
    // 8 wide: "深入实施“三高四新”" cannot end with “, so “三 goes down together.
    const QStringList lines = linesOf(QStringLiteral("要深入实施“三高四新”战略"), 5);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("要深入实施"));
    EXPECT_EQ(lines[1].left(2), QStringLiteral("“三"));
}

TEST(LineBreak, ANumeralWiderThanTheLineIsTheOnlyThingCut)
{
    const QList<BrokenLine> lines = breakLines(QStringLiteral("三十五"), 2, [](int, int n) { return qreal(n); });
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].forced);
    const QList<BrokenLine> fits = breakLines(QStringLiteral("三十五"), 3, [](int, int n) { return qreal(n); });
    ASSERT_EQ(fits.size(), 1);
    EXPECT_FALSE(fits[0].forced);
}

TEST(LineBreak, NoLoneCharacterOnTheLastLine)
{
    // 11 ideographs and a full stop in 10: greedy leaves "展。" alone; one character comes down.
    const QStringList lines = linesOf(QStringLiteral("快建设制造强区推动发展。"), 10);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_GE(lines.last().size(), 3) << lines.join(u'/').toStdString();
    // Where the line above would lose too much (a wide number), it stays.
    const QStringList wide = linesOf(QStringLiteral("合计金额为12345678.90万元整。"), 14);
    ASSERT_EQ(wide.size(), 2);
    EXPECT_EQ(wide.last(), QStringLiteral("整。"));
}

TEST(LineBreak, LeftAlignedTextIsJustifiedButNotItsLastLine)
{
    QFont font(QStringLiteral("AR PL UMing CN"));
    font.setPointSizeF(10.5);
    const TextMeasurer m(font);
    const QString text
        = QStringLiteral("全区规模工业增加值增长8.5%左右，制造业增加值占GDP比重达34%以上，工业投资增长13%。");
    const qreal width = 50;
    const CellText ct = m.measure(text, width, Qt::AlignLeft | Qt::AlignVCenter);
    ASSERT_GE(ct.runs.size(), 3);
    for (int i = 0; i < ct.runs.size(); ++i) {
        const TextRun &r = ct.runs[i];
        const qreal natural = m.textWidth(r.text);
        EXPECT_LE(natural, width + 0.01) << r.text.toStdString();
        if (i + 1 == ct.runs.size()) {
            EXPECT_EQ(r.spacing, 0) << "the last line stays left-aligned";
            continue;
        }
        EXPECT_LE(r.spacing, m.maxSpacing() + 1e-9);
        const qreal spread = natural + r.spacing * justificationGaps(r.text);
        // Full to the edge, or ragged on purpose where the gaps would read as
        // spaces: never spread part of the way.
        if (r.spacing > 0) {
            EXPECT_NEAR(spread, width, 0.01) << r.text.toStdString();
        } else {
            EXPECT_GT((width - natural) / justificationGaps(r.text), m.maxSpacing()) << r.text.toStdString();
        }
    }
    // Centred text is never spread.
    for (const TextRun &r : m.measure(text, width, Qt::AlignCenter).runs)
        EXPECT_EQ(r.spacing, 0);
}

TEST(LineBreak, AShortLabelOnTwoLinesIsBalanced)
{
    EXPECT_EQ(linesOf(QStringLiteral("产出指标"), 3), (QStringList {QStringLiteral("产出"), QStringLiteral("指标")}));
    EXPECT_EQ(
        linesOf(QStringLiteral("项目实施期"), 4), (QStringList {QStringLiteral("项目实"), QStringLiteral("施期")}));
    // Long text is filled, not balanced.
    EXPECT_EQ(linesOf(QStringLiteral("加快建设制造强区推动工业高质量发展"), 12).first().size(), 12);
}

TEST(LineBreak, CompoundUnitsAreWordsByARule)
{
    // The issue's splits (0.0005万元/ | 份, 0.0005万元 | /份) and units no list names.
    const QStringList units
        = unitsOf(QStringLiteral("单价0.0005万元/份，补助300元/人次，检查4次/年，租金12元/平方米，出动5艘"));
    for (const QString &whole : {QStringLiteral("0.0005万元/份，"), QStringLiteral("300元/人次，"),
             QStringLiteral("4次/年，"), QStringLiteral("12元/平方米，"), QStringLiteral("5艘")})
        EXPECT_TRUE(units.contains(whole)) << whole.toStdString() << " in " << units.join(u'|').toStdString();
    // At every width, no line starts with a slash or ends between a number and its unit.
    const QString p = QStringLiteral("每份0.0005万元/份，每人次0.02万元/人次，全年12次/年，单价300元/平方米");
    for (qreal width = 8; width <= 24; width += 0.5) { // from the widest unit up: nothing is cut
        const QStringList lines = linesOf(p, width);
        for (int i = 1; i < lines.size(); ++i) {
            EXPECT_FALSE(lines[i].startsWith(u'/')) << width << ": " << lines.join(u'|').toStdString();
            EXPECT_FALSE(lines[i - 1].endsWith(u'/')) << width << ": " << lines.join(u'|').toStdString();
            EXPECT_FALSE(lines[i - 1].back().isDigit() && lines[i].front().unicode() >= 0x3400)
                << width << ": " << lines.join(u'|').toStdString();
        }
    }
    // A slash between words still lets the line break after it.
    EXPECT_EQ(linesOf(QStringLiteral("责任单位/科室"), 5),
        (QStringList {QStringLiteral("责任单位/"), QStringLiteral("科室")}));
}

TEST(LineBreak, AShortNameIsBalancedBetweenPairsOfCharacters)
{
    // The seed: 工业经济/运行, 安全生产/检查 in a column of four characters.
    EXPECT_EQ(
        linesOf(QStringLiteral("工业经济运行"), 4), (QStringList {QStringLiteral("工业经济"), QStringLiteral("运行")}));
    EXPECT_EQ(
        linesOf(QStringLiteral("安全生产检查"), 5), (QStringList {QStringLiteral("安全生产"), QStringLiteral("检查")}));
    EXPECT_EQ(linesOf(QStringLiteral("产出指标"), 3.5), (QStringList {QStringLiteral("产出"), QStringLiteral("指标")}));
}

TEST(LineBreak, ALabelBreaksOnlyBetweenItsWords)
{
    const QString label = QStringLiteral("支出内容简介");
    QStringList words;
    for (const BreakUnit &u : wordUnits(label, {4}))
        words.append(label.mid(u.start, u.length));
    EXPECT_EQ(words, (QStringList {QStringLiteral("支出内容"), QStringLiteral("简介")}));
    auto fixed = [&label](int s, int n) { return fixedWidth(label, s, n); };
    QStringList lines;
    for (const BrokenLine &l : breakLines(label, wordUnits(label, {4}), 5, fixed))
        lines.append(label.mid(l.start, l.length));
    EXPECT_EQ(lines, (QStringList {QStringLiteral("支出内容"), QStringLiteral("简介")}));
    // The measurer keeps a table's label whole however narrow the column: a
    // word wider than the line is the one thing cut, and fitting never lets that happen.
    Cell c;
    c.text = QStringLiteral("年度预算申请\n（万元）");
    c.wholeWords = true;
    c.wordBreaks = {4};
    QFont font(QStringLiteral("AR PL UMing CN"));
    font.setPointSizeF(10.5);
    const TextMeasurer m(font);
    QStringList measured;
    for (const TextRun &r : m.measure(c, m.textWidth(QStringLiteral("年度预算")) + 0.5).runs)
        measured.append(r.text);
    EXPECT_EQ(measured, (QStringList {QStringLiteral("年度预算"), QStringLiteral("申请"), QStringLiteral("（万元）")}));
}
