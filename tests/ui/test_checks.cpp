// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "checkspanel.h"
#include "model/generator.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {
int rowOf(const ChecksPanel &panel, const QString &rule)
{
    const QList<Finding> &f = panel.model()->findings();
    for (int i = 0; i < f.size(); ++i)
        if (f[i].rule == rule)
            return i;
    return -1;
}
} // namespace

TEST(UiChecks, TypingAnAmountUpdatesTotalAndChecksPanel)
{
    Window t;
    ChecksPanel *panel = t.w.checksPanel();
    t.w.checkRunner()->setDelay(1000); // long enough to see it wait, even on a busy machine
    EXPECT_EQ(rowOf(*panel, QStringLiteral("sum.direction-details")), -1);
    t.w.showDirection(1, 0);
    t.type(QStringLiteral("/funds/1/directions/0/details/1/amount"), QStringLiteral("0.8"));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details")), QStringLiteral("3.1"));
    // The checks wait for a pause in typing, then run.
    EXPECT_TRUE(t.w.checkRunner()->isPending());
    EXPECT_TRUE(QTest::qWaitFor([&] { return rowOf(*panel, QStringLiteral("sum.direction-details")) >= 0; }, 5000));
    const int row = rowOf(*panel, QStringLiteral("sum.direction-details"));
    EXPECT_EQ(
        panel->model()->index(row, FindingsModel::SeverityColumn).data().toString(), severityName(Severity::Error));
    EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("Errors: 1"))) << panel->summaryText().toStdString();
    EXPECT_TRUE(t.w.statusText().contains(QStringLiteral("Does not add up"))) << t.w.statusText().toStdString();
    // The cell the finding is about is marked, with the message as its tip.
    const Finding &f = panel->model()->findings()[row];
    EXPECT_EQ(t.cell(f.pointer).data(FormModel::MarkRole).toInt(), 2);
    EXPECT_TRUE(t.cell(f.pointer).data(Qt::ToolTipRole).toString().contains(f.message));
    // Undo, and the finding goes away again.
    t.w.document()->undoStack()->undo();
    t.w.checkRunner()->runNow();
    EXPECT_EQ(rowOf(*panel, QStringLiteral("sum.direction-details")), -1);
}

TEST(UiChecks, DoubleClickOnAFindingJumpsToItsCell)
{
    Window t;
    t.w.showOverview();
    ChecksPanel *panel = t.w.checksPanel();
    const int row = rowOf(*panel, QStringLiteral("basis.amount"));
    ASSERT_GE(row, 0);
    const Finding f = panel->model()->findings()[row];
    QTableView *v = panel->view();
    v->scrollTo(panel->model()->index(row, 2));
    const QPoint at = v->visualRect(panel->model()->index(row, 2)).center();
    ASSERT_TRUE(v->viewport()->rect().contains(at)) << at.x() << "," << at.y() << " in " << v->viewport()->height();
    QTest::mouseClick(v->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(v->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    settle();
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction) << f.pointer.toStdString();
    const QModelIndex current = t.view()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current, t.model()->indexForPointer(f.pointer));
    EXPECT_TRUE(t.view()->selectionModel()->isSelected(current));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction); // it was on the overview
}

TEST(UiChecks, ApplyingTheExpectedValueIsOneUndoableStep)
{
    Window t;
    t.w.showDirection(1, 0);
    t.w.document()->setAmountInput(
        QStringLiteral("/funds/1/directions/0/details/1/amount"), QStringLiteral("0.8"), nullptr);
    t.w.checkRunner()->runNow();
    ChecksPanel *panel = t.w.checksPanel();
    const int row = rowOf(*panel, QStringLiteral("sum.direction-details"));
    ASSERT_GE(row, 0);
    const Finding f = panel->model()->findings()[row];
    ASSERT_TRUE(f.applicable);
    panel->view()->selectRow(row);
    ASSERT_TRUE(panel->applyButton()->isEnabled());
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    EXPECT_EQ(t.w.document()->value(f.pointer), f.expected);
    t.w.checkRunner()->runNow();
    EXPECT_EQ(rowOf(*panel, QStringLiteral("sum.direction-details")), -1);
    t.w.document()->undoStack()->undo();
    EXPECT_NE(t.w.document()->value(f.pointer), f.expected);
}

TEST(UiChecks, FindingsModelPassesTheModelTester)
{
    FindingsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Filing f = sampleFiling();
    QList<Finding> findings = runChecks(f);
    QStringList where;
    for (const Finding &x : findings)
        where << describeLocation(f, x.pointer);
    m.setFindings(findings, where);
    EXPECT_EQ(m.rowCount(), findings.size());
    m.setFindings({}, {});
    EXPECT_EQ(m.rowCount(), 0);
}

TEST(UiChecks, CountsReadNaturally)
{
    EXPECT_EQ(countsText(FindingCounts {}), QStringLiteral("No findings: everything adds up."));
    EXPECT_EQ(countsText(FindingCounts {1, 2, 0}), QStringLiteral("Errors: 1 · Warnings: 2 · Hints: 0"));
}

TEST(UiChecks, SecondRoundFindingsAreShownAndMarkedLikeTheOthers)
{
    // A finding of each new family, typed into the editor: listed in the
    // panel, and jumping to it selects the very cell, which is marked.
    Window t;
    const struct
    {
        const char *pointer, *text, *rule;
    } cases[] = {
        {"/funds/1/directions/0/indicators/8/value", "105%以上", "value.over-100-percent"},
        {"/funds/1/directions/0/indicators/1/standard", "按计划", "indicators.standard-unknown"},
        {"/funds/1/directions/0/details/0/basis", "详见附件", "text.non-answer"},
        {"/overview/indicators/2/value", "2024年3月底前", "date.deadline-outside-period"},
        {"/funds/1/directions/0/period", "2023年12-1月", "date.period-reversed"},
    };
    for (const auto &c : cases)
        ASSERT_TRUE(t.w.document()->setValue(QString::fromLatin1(c.pointer), QString::fromUtf8(c.text), false));
    t.w.checkRunner()->runNow();
    ChecksPanel *panel = t.w.checksPanel();
    for (const auto &c : cases) {
        SCOPED_TRACE(c.rule);
        const int row = rowOf(*panel, QString::fromLatin1(c.rule));
        ASSERT_GE(row, 0);
        const Finding &f = panel->model()->findings()[row];
        EXPECT_EQ(f.pointer, QString::fromLatin1(c.pointer));
        ASSERT_TRUE(t.w.jumpTo(f.pointer));
        EXPECT_EQ(t.view()->currentIndex().data(FormModel::PointerRole).toString(), f.pointer);
        EXPECT_NE(t.cell(f.pointer).data(FormModel::MarkRole).toInt(), 0);
    }
}
