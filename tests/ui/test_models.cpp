// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "model/generator.h"
#include "projectsample.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;

namespace {

// Runs the tester through edits and row changes of every kind.
void exercise(Document &doc, FormModel &model)
{
    const Filing start = doc.filing();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    doc.setValue(QStringLiteral("/department/name"), QStringLiteral("甲"));
    doc.setAmountInput(QStringLiteral("/funds/1/directions/0/details/0/amount"), QStringLiteral("0.9"), nullptr);
    doc.insertEmptyRow(QStringLiteral("/overview/workPlan"), 1);
    doc.insertEmptyRow(QStringLiteral("/funds/1/directions/0/details"), 4);
    doc.removeRows(QStringLiteral("/overview/indicators"), 0, 2);
    doc.moveRow(QStringLiteral("/funds/1/directions/0/indicators"), 0, 5);
    doc.insertEmptyRow(QStringLiteral("/funds/0/directions"), 1);
    doc.removeRows(QStringLiteral("/funds"), 0, 1);
    if (!start.projects.isEmpty()) {
        doc.setAmountInput(QStringLiteral("/projects/0/annualFiscal"), QStringLiteral("200"), nullptr);
        doc.insertEmptyRow(QStringLiteral("/projects/0/indicators"), 1);
        doc.moveRow(QStringLiteral("/projects/0/indicators"), 0, 2);
        doc.moveRow(QStringLiteral("/projects"), 0, 1);
        doc.removeRows(QStringLiteral("/projects"), 0, 1);
    }
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(doc.filing(), start);
}

} // namespace

TEST(UiModels, OverviewPassesTheModelTester)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Overview, -1, -1, -1});
    exercise(doc, m);
}

TEST(UiModels, SummaryPassesTheModelTester)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Summary, -1, -1, -1});
    exercise(doc, m);
}

TEST(UiModels, DirectionPassesTheModelTester)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Direction, 1, 0, -1});
    exercise(doc, m);
}

// One model for every form: a project's table, in each layout.
TEST(UiModels, ProjectPassesTheModelTester)
{
    for (int p = 0; p < 3; ++p) {
        Document doc(jixiao::testing::sampleFilingWithProjects());
        FormModel m(&doc, {form::Kind::Project, -1, -1, p});
        exercise(doc, m);
    }
}

TEST(UiModels, OverviewIsLaidOutLikeThePaperForm)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Overview, -1, -1, -1});
    EXPECT_EQ(m.title(), QStringLiteral("2023年部门整体支出绩效目标表"));
    EXPECT_EQ(m.index(0, 0).data().toString(), QStringLiteral("部门名称"));
    EXPECT_EQ(m.index(0, 1).data().toString(), QStringLiteral("株洲市石峰区科技和工业信息化局"));
    const QModelIndex total = m.indexForPointer(QStringLiteral("/overview/budget/total"));
    ASSERT_TRUE(total.isValid());
    EXPECT_EQ(total.data().toString(), QStringLiteral("368.9"));
    // As on paper, the words and the amount share one cell.
    EXPECT_EQ(total.column(), 1);
    EXPECT_EQ(total.data(FormModel::PrefixRole).toString(), QStringLiteral("资金总额："));
    EXPECT_TRUE(m.flags(total) & Qt::ItemIsEditable);
    EXPECT_FALSE(m.flags(m.index(0, 0)) & Qt::ItemIsEditable);
    // The budget label spans its five rows, as on paper.
    bool spanned = false;
    for (const FormModel::Span &s : m.spans())
        spanned |= s.row == total.row() && s.column == 0 && s.rowSpan == 5;
    EXPECT_TRUE(spanned);
    const QModelIndex l2 = m.indexForPointer(QStringLiteral("/overview/indicators/0/level2"));
    EXPECT_EQ(l2.data().toString(), QStringLiteral("数量指标"));
    EXPECT_TRUE(l2.data(FormModel::ChoicesRole).toStringList().contains(QStringLiteral("质量指标")));
    EXPECT_FALSE(l2.data(FormModel::ChoicesRole).toStringList().contains(QStringLiteral("社会效益指标")));
}

TEST(UiModels, DirectionShowsTheDetailTotalLive)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Direction, 1, 0, -1});
    EXPECT_EQ(m.title(), QStringLiteral("2023年区级专项资金支出方向绩效目标表"));
    const QModelIndex sum = m.indexForPointer(QStringLiteral("/funds/1/directions/0/details"));
    ASSERT_TRUE(sum.isValid());
    EXPECT_EQ(sum.data().toString(), QStringLiteral("3"));
    EXPECT_EQ(m.index(sum.row(), 1).data().toString(), QStringLiteral("合  计"));
    EXPECT_FALSE(m.flags(sum) & Qt::ItemIsEditable);
    int changed = 0;
    QObject::connect(
        &m, &QAbstractItemModel::dataChanged, [&](const QModelIndex &a, const QModelIndex &) { changed += a == sum; });
    ASSERT_TRUE(m.setData(
        m.indexForPointer(QStringLiteral("/funds/1/directions/0/details/1/amount")), QStringLiteral("０.８万元")));
    EXPECT_EQ(sum.data().toString(), QStringLiteral("3.1"));
    EXPECT_EQ(changed, 1);
    const QModelIndex std = m.indexForPointer(QStringLiteral("/funds/1/directions/0/indicators/0/standard"));
    EXPECT_EQ(std.data(FormModel::ChoicesRole).toStringList().first(), QStringLiteral("计划标准"));
}

TEST(UiModels, SetDataWithABadAmountKeepsTheValueAndSaysWhy)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Direction, 1, 0, -1});
    QString said;
    QObject::connect(&m, &FormModel::inputRejected, [&](const QModelIndex &, const QString &t) { said = t; });
    const QModelIndex cell = m.indexForPointer(QStringLiteral("/funds/1/directions/0/amount"));
    EXPECT_FALSE(m.setData(cell, QStringLiteral("三万")));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_EQ(cell.data().toString(), QStringLiteral("3"));
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(UiModels, SummaryIsReadOnlyAndDerivedLive)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Summary, -1, -1, -1});
    EXPECT_EQ(m.index(0, 1).data().toString(), QStringLiteral("名  称"));
    EXPECT_EQ(m.index(1, 1).data().toString(), QStringLiteral("合  计"));
    EXPECT_EQ(m.index(1, 2).data().toString(), QStringLiteral("22.54"));
    EXPECT_EQ(m.index(2, 0).data().toString(), QStringLiteral("一"));
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            EXPECT_FALSE(m.flags(m.index(r, c)) & Qt::ItemIsEditable);
    doc.setAmountInput(QStringLiteral("/funds/1/amount"), QStringLiteral("4"), nullptr);
    EXPECT_EQ(m.index(1, 2).data().toString(), QStringLiteral("23.54"));
    const int rows = m.rowCount();
    doc.insertEmptyRow(QStringLiteral("/funds/1/directions"), 1);
    EXPECT_EQ(m.rowCount(), rows + 1);
}

TEST(UiModels, FindingMarksColourCellsAndExplain)
{
    Document doc(sampleFiling());
    FormModel m(&doc, {form::Kind::Direction, 1, 0, -1});
    const QString p = QStringLiteral("/funds/1/directions/0/details/1/amount");
    const QModelIndex cell = m.indexForPointer(p);
    EXPECT_EQ(cell.data(FormModel::MarkRole).toInt(), -1);
    m.setMarks({{p, CellMark {2, QStringLiteral("测算 0.8 ≠ 0.7")}}});
    EXPECT_EQ(cell.data(FormModel::MarkRole).toInt(), 2);
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("测算 0.8 ≠ 0.7"));
    m.setMarks({});
    EXPECT_EQ(cell.data(FormModel::MarkRole).toInt(), -1);
}

TEST(UiModels, LargeFilingBuildsEveryTable)
{
    GeneratorOptions o;
    o.directions = 500;
    Document doc(generateFiling(o));
    FormModel s(&doc, {form::Kind::Summary, -1, -1, -1});
    // heading, 合计, the funds, the directions, and the three signature fields
    EXPECT_EQ(s.rowCount(), 2 + doc.filing().funds.size() + 500 + 3);
    FormModel d(&doc, {form::Kind::Direction, int(doc.filing().funds.size()) - 1, 0, -1});
    EXPECT_GT(d.rowCount(), 12 + 10);
}
