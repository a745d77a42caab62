// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include <QMenu>

#include "checkspanel.h"
#include "model/generator.h"

#include "storage/filingfile.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
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
    v->scrollTo(panel->viewIndex(row, 2));
    const QPoint at = v->visualRect(panel->viewIndex(row, 2)).center();
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
    const QString detail = QStringLiteral("/funds/1/directions/0/details/1/amount");
    const QString old = t.text(detail);
    t.w.document()->setAmountInput(detail, QStringLiteral("0.8"), nullptr);
    t.w.checkRunner()->runNow();
    ChecksPanel *panel = t.w.checksPanel();
    const int row = rowOf(*panel, QStringLiteral("sum.direction-details"));
    ASSERT_GE(row, 0);
    panel->view()->selectRow(panel->viewIndex(row).row());
    ASSERT_TRUE(panel->applyButton()->isEnabled());
    const int steps = t.w.document()->undoStack()->count();
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QMenu *menu = panel->correctionsMenu();
    ASSERT_TRUE(menu->isVisible());
    QAction *first = menu->actions().value(0);
    ASSERT_TRUE(first && first->isEnabled());
    first->trigger();
    menu->hide();
    t.w.checkRunner()->runNow();
    EXPECT_EQ(rowOf(*panel, QStringLiteral("sum.direction-details")), -1);
    EXPECT_EQ(t.w.document()->undoStack()->count(), steps + 1);
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.text(detail), QStringLiteral("0.8"));
    EXPECT_NE(old, QStringLiteral("0.8"));
}

// 资金总额 368.9 with 一般公共预算拨款 mistyped as 386.9: setting the total to
// 386.9 would only move the disagreement to the expenditure side, so it is
// not offered; 一般公共预算拨款 → 368.9 is, with its effect. Applying it puts
// the keyboard back in the grid on that cell: the next number typed goes there.
TEST(UiChecks, ApplyOffersTheFixNotAFlipAndReturnsToTheGrid)
{
    Window t;
    const QString total = QStringLiteral("/overview/budget/total");
    const QString general = QStringLiteral("/overview/budget/generalPublic");
    ASSERT_EQ(t.text(total), QStringLiteral("368.9"));
    t.w.document()->setAmountInput(general, QStringLiteral("386.9"), nullptr);
    t.w.checkRunner()->runNow();
    ChecksPanel *panel = t.w.checksPanel();
    const int row = rowOf(*panel, QStringLiteral("sum.budget-income"));
    ASSERT_GE(row, 0);
    const QList<Correction> offers = panel->corrections(row);
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers[0].pointer, general);
    EXPECT_EQ(offers[0].value, QStringLiteral("368.9"));
    EXPECT_TRUE(offers[0].text.contains(QStringLiteral("368.9"))) << offers[0].text.toStdString();
    for (const Correction &c : offers)
        EXPECT_NE(c.pointer, total) << "a flip of the total was offered";

    panel->view()->setFocus();
    panel->view()->selectRow(panel->viewIndex(row).row());
    QTest::keyClick(panel->applyButton(), Qt::Key_Space);
    QMenu *menu = panel->correctionsMenu();
    ASSERT_TRUE(menu->isVisible());
    ASSERT_EQ(menu->actions().size(), 1);
    EXPECT_EQ(menu->actions()[0]->text(), offers[0].text);
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    settle();
    EXPECT_FALSE(menu->isVisible());
    EXPECT_EQ(t.text(general), QStringLiteral("368.9"));
    EXPECT_EQ(t.w.focusWidget(), t.view());
    QApplication::setActiveWindow(&t.w); // as the window manager does when the menu closes
    EXPECT_EQ(QApplication::focusWidget(), t.view());
    EXPECT_EQ(t.view()->currentIndex(), t.cell(general));
    for (char ch : {'3', '0', '0'}) // the keyboard is in the grid
        QTest::keyClick(QApplication::focusWidget(), ch);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    settle();
    EXPECT_EQ(t.text(general), QStringLiteral("300"));
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

namespace {
// The findings the panel shows, top to bottom, as (severity, pointer).
QList<std::pair<int, QString>> shown(const ChecksPanel &panel)
{
    QList<std::pair<int, QString>> out;
    const QAbstractItemModel *m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        out.append({i.data(FindingsModel::SeverityRole).toInt(), i.data(FindingsModel::PointerRole).toString()});
    }
    return out;
}
} // namespace

TEST(UiChecks, FindingsSortErrorsFirstOrByPlaceAndFilterBySeverityAndTable)
{
    Window t;
    t.w.showDirection(1, 0);
    // An error beside the sample's warnings and hints.
    t.type(QStringLiteral("/funds/1/directions/0/details/1/amount"), QStringLiteral("0.8"));
    t.w.checkRunner()->runNow();
    ChecksPanel *panel = t.w.checksPanel();
    QList<std::pair<int, QString>> rows = shown(*panel);
    ASSERT_GE(rows.size(), 3);
    // By severity (the default): errors, then warnings, then hints; each in the filing's order.
    for (int i = 1; i < rows.size(); ++i) {
        EXPECT_LE(rows[i - 1].first, rows[i].first);
        if (rows[i - 1].first == rows[i].first) {
            EXPECT_FALSE(pointerLess(rows[i].second, rows[i - 1].second)) << rows[i].second.toStdString();
        }
    }
    EXPECT_EQ(rows.first().first, int(Severity::Error));
    // A click on the 位置 header: the filing's order.
    QHeaderView *header = panel->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
        QPoint(header->sectionViewportPosition(FindingsModel::LocationColumn) + 5, header->height() / 2));
    rows = shown(*panel);
    for (int i = 1; i < rows.size(); ++i)
        EXPECT_FALSE(pointerLess(rows[i].second, rows[i - 1].second)) << rows[i].second.toStdString();
    // The counts are buttons: "errors" off hides the errors.
    const int all = int(rows.size());
    QToolButton *errors = panel->severityButton(Severity::Error);
    EXPECT_TRUE(errors->text().contains(QStringLiteral("1"))) << errors->text().toStdString();
    QTest::mouseClick(errors, Qt::LeftButton);
    rows = shown(*panel);
    EXPECT_EQ(rows.size(), all - 1);
    for (const auto &r : rows)
        EXPECT_NE(r.first, int(Severity::Error));
    QTest::mouseClick(errors, Qt::LeftButton);
    // Only this table: the findings whose cell is on the direction's table.
    panel->onlyThisTableBox()->setChecked(true);
    rows = shown(*panel);
    EXPECT_LT(rows.size(), all);
    ASSERT_FALSE(rows.isEmpty());
    for (const auto &r : rows)
        EXPECT_TRUE(t.model()->indexForPointer(r.second).isValid()) << r.second.toStdString();
    // … and it follows the table on screen.
    t.w.showOverview();
    for (const auto &r : shown(*panel))
        EXPECT_TRUE(t.model()->indexForPointer(r.second).isValid()) << r.second.toStdString();
}

TEST(UiChecks, TheStatusBarCountsAndThePrintQuestionLeadToTheErrors)
{
    Window t;
    t.w.showDirection(1, 0);
    t.type(QStringLiteral("/funds/1/directions/0/details/1/amount"), QStringLiteral("0.8"));
    t.w.checkRunner()->runNow();
    auto *status = t.w.findChild<QLabel *>(QStringLiteral("statusChecks"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("href=\"error\"")));
    Q_EMIT status->linkActivated(QStringLiteral("error")); // what a click on the link does
    ChecksPanel *panel = t.w.checksPanel();
    EXPECT_TRUE(panel->isVisible());
    QList<std::pair<int, QString>> rows = shown(*panel);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().first, int(Severity::Error));
    // The print question's third answer, 查看错误, shows them and prints nothing.
    panel->showOnly(Severity::Info);
    dialogs::setNextAnswer(QMessageBox::Open);
    EXPECT_FALSE(t.w.confirmPrintDespiteErrors());
    EXPECT_EQ(shown(*panel).size(), 1);
    EXPECT_EQ(shown(*panel).first().first, int(Severity::Error));
}

// A message (here: an import, before the window is shown) and the counts
// never share the bottom left.
TEST(UiChecks, TheStatusBarShowsAMessageOrTheCountsNeverBoth)
{
    TempSettings temp;
    dialogs::setAnswerer(dialogs::unattended());
    const QString json = temp.dir.filePath(QStringLiteral("a.json"));
    QString error;
    ASSERT_TRUE(saveFilingFile(json, sampleFiling(), &error)) << error.toStdString();
    MainWindow w(&temp.settings);
    ASSERT_TRUE(w.openFile(json, &error)) << error.toStdString();
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *status = w.findChild<QLabel *>(QStringLiteral("statusChecks"));
    ASSERT_FALSE(w.statusBar()->currentMessage().isEmpty());
    EXPECT_FALSE(status->isVisible());
    w.statusBar()->clearMessage();
    EXPECT_TRUE(status->isVisible());
}

// The panel's filters belong to the filing on screen: opening another filing
// shows all its findings, whatever the last one's panel was set to.
TEST(UiChecks, FiltersDoNotCarryOverToTheNextFiling)
{
    Window t;
    ChecksPanel *panel = t.w.checksPanel();
    panel->showOnly(Severity::Info);
    panel->onlyThisTableBox()->setChecked(true);
    Filing other = sampleFiling();
    other.department.name = QStringLiteral("民政局");
    t.w.setFiling(other, QString());
    t.w.checkRunner()->runNow();
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        EXPECT_TRUE(panel->severityButton(s)->isChecked());
    EXPECT_FALSE(panel->onlyThisTableBox()->isChecked());
    EXPECT_EQ(panel->view()->model()->rowCount(), panel->model()->rowCount());
    EXPECT_GT(panel->model()->rowCount(), 0);
}
