// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "delegates.h"
#include "storage/filingfile.h"

#include <QLineEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

TEST(UiEditing, TypingAnAmountUpdatesTheDirectionTotal)
{
    Window t;
    t.w.showDirection(1, 0);
    const QString detail = QStringLiteral("/funds/1/directions/0/details/1/amount");
    const QString sum = QStringLiteral("/funds/1/directions/0/details");
    EXPECT_EQ(t.text(sum), QStringLiteral("3"));
    t.type(detail, QStringLiteral("0.8万元"));
    EXPECT_EQ(t.text(detail), QStringLiteral("0.8"));
    EXPECT_EQ(t.text(sum), QStringLiteral("3.1"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1); // the keystrokes merged
    // Enter moved the cursor down, as in a spreadsheet.
    EXPECT_EQ(t.view()->currentIndex(), t.cell(QStringLiteral("/funds/1/directions/0/details/2/amount")));
    EXPECT_FALSE(t.w.isWindowModified()); // saved at once
}

TEST(UiEditing, NothingChangesUntilTheCellIsCommitted)
{
    Window t;
    t.w.showDirection(1, 0);
    const QString detail = QStringLiteral("/funds/1/directions/0/details/3/amount");
    const QString sum = QStringLiteral("/funds/1/directions/0/details");
    t.type(detail, QStringLiteral("25"), false);
    settle();
    EXPECT_EQ(t.text(sum), QStringLiteral("3"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 0);
    QWidget *editor = t.view()->indexWidget(t.cell(detail));
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor, Qt::Key_Tab);
    settle();
    EXPECT_EQ(t.text(sum), QStringLiteral("27")); // 3 - 1 + 25
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
}

// Esc gives the cell its old value back and writes nothing, in amount, text
// and multi-line cells alike.
TEST(UiEditing, EscCancelsTheEdit)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("1")); // the draft now exists
    t.w.showDirection(1, 0);
    const QString path = t.w.document()->filePath();
    ASSERT_FALSE(path.isEmpty());
    const Filing before = t.w.document()->filing();
    const QStringList cells {QStringLiteral("/funds/1/directions/0/details/1/amount"),
        QStringLiteral("/funds/1/directions/0/details/0/content"),
        QStringLiteral("/funds/1/directions/0/indicators/0/level1")};
    for (const QString &p : cells) {
        const QString old = t.text(p);
        t.type(p, QStringLiteral("5"), false);
        QWidget *editor = t.view()->indexWidget(t.cell(p));
        ASSERT_NE(editor, nullptr) << p.toStdString();
        QWidget *target = editor->focusProxy() ? editor->focusProxy() : editor;
        QTest::keyClick(target, Qt::Key_Escape);
        settle();
        EXPECT_EQ(t.view()->indexWidget(t.cell(p)), nullptr) << p.toStdString();
        EXPECT_EQ(t.text(p), old) << p.toStdString();
    }
    EXPECT_EQ(t.w.document()->filing(), before);
    Filing saved;
    QString error;
    ASSERT_TRUE(loadFilingFile(path, &saved, &error)) << error.toStdString();
    EXPECT_EQ(saved, before);
}

// A refused amount changes nothing: not the cell, not the totals, not the
// draft on disk. It stays in the editor, marked with the reason.
TEST(UiEditing, ARefusedAmountChangesNothingAndStaysInTheEditor)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("1"));
    t.w.showDirection(1, 0);
    const QString path = t.w.document()->filePath();
    const Filing before = t.w.document()->filing();
    const QString p = QStringLiteral("/funds/1/directions/0/details/1/amount");
    const QString sum = QStringLiteral("/funds/1/directions/0/details");
    const QString oldValue = t.text(p);
    const QString oldSum = t.text(sum);
    const int steps = t.w.document()->undoStack()->count();
    for (const QString &bad : {QStringLiteral("2e5"), QStringLiteral("1e3"), QStringLiteral("0.75x")}) {
        SCOPED_TRACE(bad.toStdString());
        t.type(p, bad); // ends with Enter
        QWidget *editor = t.view()->indexWidget(t.cell(p));
        ASSERT_NE(editor, nullptr); // still open, with what was typed
        EXPECT_EQ(FormDelegate::editorText(editor), bad);
        EXPECT_FALSE(FormDelegate::refusal(editor).isEmpty());
        EXPECT_EQ(editor->toolTip(), FormDelegate::refusal(editor));
        EXPECT_EQ(t.view()->lastMessage(), FormDelegate::refusal(editor));
        EXPECT_EQ(t.view()->currentIndex(), t.cell(p)); // Enter did not move on
        // Tab and clicking elsewhere do not store it either.
        QTest::keyClick(editor, Qt::Key_Tab);
        settle();
        t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/2/amount")));
        settle();
        EXPECT_EQ(t.view()->indexWidget(t.cell(p)), editor);
        EXPECT_EQ(t.view()->currentIndex(), t.cell(p));
        EXPECT_EQ(t.text(p), oldValue);
        EXPECT_EQ(t.text(sum), oldSum);
        EXPECT_EQ(t.w.document()->undoStack()->count(), steps);
        Filing saved;
        QString error;
        ASSERT_TRUE(loadFilingFile(path, &saved, &error)) << error.toStdString();
        EXPECT_EQ(saved, before);
        QTest::keyClick(editor, Qt::Key_Escape);
        settle();
        EXPECT_EQ(t.view()->indexWidget(t.cell(p)), nullptr);
    }
    EXPECT_EQ(t.w.document()->filing(), before);
    // Fixed in the editor, it is taken.
    t.type(p, QStringLiteral("2e5"));
    QWidget *editor = t.view()->indexWidget(t.cell(p));
    ASSERT_NE(editor, nullptr);
    QTest::keyClick(editor, Qt::Key_End); // the refused text comes back selected
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    EXPECT_TRUE(FormDelegate::refusal(editor).isEmpty()); // typing takes the mark away
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    EXPECT_EQ(t.text(p), QStringLiteral("2"));
}

TEST(UiEditing, FullWidthDigitsAreAmounts)
{
    Window t;
    t.type(QStringLiteral("/overview/budget/other"), QStringLiteral("１２．５"));
    EXPECT_EQ(t.w.document()->value(QStringLiteral("/overview/budget/other")), QStringLiteral("12.5"));
}

TEST(UiEditing, ABadAmountIsRefusedWithTheReasonAndTheOldValueStays)
{
    Window t;
    t.w.showDirection(1, 0);
    const QString p = QStringLiteral("/funds/1/directions/0/amount");
    t.type(p, QStringLiteral("3..5"));
    EXPECT_EQ(t.text(p), QStringLiteral("3"));
    EXPECT_FALSE(t.view()->lastMessage().isEmpty());
    ASSERT_NE(t.view()->indexWidget(t.cell(p)), nullptr);
    EXPECT_EQ(t.w.document()->undoStack()->count(), 0);
}

TEST(UiEditing, UndoAndRedoWithTheKeyboard)
{
    Window t;
    t.type(QStringLiteral("/department/name"), QStringLiteral("Alpha"));
    t.type(QStringLiteral("/overview/budget/total"), QStringLiteral("400"));
    t.type(QStringLiteral("/department/phone"), QStringLiteral("12345"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 3);
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(t.text(QStringLiteral("/overview/budget/total")), QStringLiteral("368.9"));
    EXPECT_EQ(t.text(QStringLiteral("/department/name")), QStringLiteral("Alpha"));
    QTest::keyClick(t.view(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(t.text(QStringLiteral("/overview/budget/total")), QStringLiteral("400"));
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(t.w.document()->filing(), sampleFiling());
    EXPECT_FALSE(t.w.isWindowModified());
}

TEST(UiEditing, DeleteClearsTheSelectedCellsInOneStep)
{
    Window t;
    t.w.showDirection(1, 0);
    const QModelIndex a = t.cell(QStringLiteral("/funds/1/directions/0/details/0/content"));
    const QModelIndex b = t.cell(QStringLiteral("/funds/1/directions/0/details/1/amount"));
    t.view()->setFocus();
    t.view()->setCurrentIndex(a);
    t.view()->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(t.view(), Qt::Key_Delete);
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details/0/content")), QString());
    EXPECT_EQ(t.w.document()->value(QStringLiteral("/funds/1/directions/0/details/1/amount")), std::nullopt);
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details")), QStringLiteral("1.5"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.document()->filing(), sampleFiling());
}

TEST(UiEditing, F2EditsTabMovesAcross)
{
    Window t;
    const QModelIndex name = t.cell(QStringLiteral("/department/name"));
    t.view()->setFocus();
    t.view()->setCurrentIndex(name);
    QTest::keyClick(t.view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(t.view()->indexWidget(name));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("株洲市石峰区科技和工业信息化局")); // F2 keeps the text
    editor->end(false);
    Window::sendText(editor, QStringLiteral("X"));
    QTest::keyClick(editor, Qt::Key_Tab);
    settle();
    EXPECT_EQ(t.text(QStringLiteral("/department/name")), QStringLiteral("株洲市石峰区科技和工业信息化局X"));
    EXPECT_NE(t.view()->currentIndex(), name);
}

TEST(UiEditing, RowsAreAddedRemovedAndMovedUndoably)
{
    Window t;
    t.w.showDirection(1, 0);
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/1/content")));
    ASSERT_TRUE(t.w.insertRow(true));
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details.size(), 5);
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details[2], DetailLine {});
    t.type(QStringLiteral("/funds/1/directions/0/details/2/amount"), QStringLiteral("1"));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details")), QStringLiteral("4"));
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/2/amount")));
    ASSERT_TRUE(t.w.moveCurrentRow(-1));
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details[1].amount, Money::fromUnits(1));
    ASSERT_TRUE(t.w.removeCurrentRow());
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details.size(), 4);
    while (t.w.document()->undoStack()->canUndo())
        t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
}

TEST(UiEditing, NavigationTreeShowsEveryTableAndRenames)
{
    Window t;
    QTreeWidget *tree = t.w.navigationTree();
    ASSERT_EQ(tree->topLevelItemCount(), 3); // the overview, the summary with its funds, the project forms
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("部门整体支出绩效目标表"));
    QTreeWidgetItem *summary = tree->topLevelItem(1);
    ASSERT_EQ(summary->childCount(), 2);
    QTreeWidgetItem *dir = summary->child(1)->child(0);
    EXPECT_EQ(dir->text(0), QStringLiteral("业务性专项"));
    tree->setCurrentItem(dir);
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction);
    EXPECT_EQ(t.w.currentDirection(), 0);
    EXPECT_EQ(t.w.currentFund(), 1);
    dir->setText(0, QStringLiteral("业务经费"));
    EXPECT_EQ(t.w.filing().funds[1].directions[0].name, QStringLiteral("业务经费"));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/name")), QStringLiteral("业务经费"));
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(tree->topLevelItem(1)->child(1)->child(0)->text(0), QStringLiteral("业务性专项"));
}

TEST(UiEditing, FundsAndDirectionsAreAddedMovedAndRemoved)
{
    Window t;
    ASSERT_TRUE(t.w.addFund());
    EXPECT_EQ(t.w.filing().funds.size(), 3);
    EXPECT_EQ(t.w.currentFund(), 2);
    ASSERT_TRUE(t.w.addDirection());
    EXPECT_EQ(t.w.filing().funds[2].directions.size(), 2);
    EXPECT_EQ(t.w.filing().funds[2].directions[1].period, QStringLiteral("2023年1-12月"));
    ASSERT_TRUE(t.w.moveCurrentFundOrDirection(-1));
    EXPECT_EQ(t.w.currentDirection(), 0);
    dialogs::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(t.w.removeCurrentFundOrDirection());
    dialogs::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(t.w.removeCurrentFundOrDirection());
    EXPECT_EQ(t.w.filing().funds[2].directions.size(), 1);
    EXPECT_EQ(t.w.navigationTree()->topLevelItem(1)->child(2)->childCount(), 1);
    while (t.w.document()->undoStack()->canUndo())
        t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
    EXPECT_EQ(t.w.navigationTree()->topLevelItem(1)->childCount(), 2);
}

TEST(UiEditing, JumpToAPointerShowsItsTableAndSelectsTheCell)
{
    Window t;
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/funds/1/directions/0/details/1/amount")));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction);
    EXPECT_EQ(t.view()->currentIndex().data(FormModel::PointerRole).toString(),
        QStringLiteral("/funds/1/directions/0/details/1/amount"));
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/overview/indicators/3/value")));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Overview);
    EXPECT_TRUE(t.view()->selectionModel()->isSelected(t.cell(QStringLiteral("/overview/indicators/3/value"))));
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/funds/0/amount")));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction);
    EXPECT_FALSE(t.w.jumpTo(QStringLiteral("/funds/7/amount")));
}

TEST(UiEditing, FilingPropertiesChangeTitlesAndChoicesInOneStep)
{
    Window t;
    ASSERT_TRUE(t.w.setFilingProperties(2024, QStringLiteral("县级"), QStringLiteral("mof-2021")));
    EXPECT_EQ(t.w.filing().fiscalYear, 2024);
    EXPECT_EQ(t.w.filing().fundLevel, QStringLiteral("县级"));
    EXPECT_EQ(t.w.filing().indicatorScheme, IndicatorSchemeId::Mof2021);
    t.w.showSummary();
    EXPECT_EQ(t.model()->title(), QStringLiteral("2024年县级专项资金绩效目标汇总表"));
    t.w.showOverview();
    const QModelIndex l1 = t.cell(QStringLiteral("/overview/indicators/0/level1"));
    EXPECT_TRUE(l1.data(FormModel::ChoicesRole).toStringList().contains(QStringLiteral("成本指标")));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
    EXPECT_FALSE(t.w.setFilingProperties(2024, QString(), QStringLiteral("no-such-scheme")));
}

TEST(UiEditing, DoubleClickInTheSummaryOpensTheDirection)
{
    Window t;
    t.w.showSummary();
    const QModelIndex cell = t.cell(QStringLiteral("/funds/1/directions/0/name"));
    ASSERT_TRUE(cell.isValid());
    const QPoint at = t.view()->visualRect(cell).center();
    QTest::mouseClick(t.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(t.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction);
    EXPECT_EQ(t.w.currentFund(), 1);
}

TEST(UiEditing, FindingsOnAWholeListLeadToItsHeading)
{
    Window t;
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/funds/1/directions/0/indicators")));
    EXPECT_EQ(t.view()->currentIndex().data().toString(), QStringLiteral("一级指标"));
}

TEST(UiEditing, UndoShowsTheCellItChangesOnAnotherTable)
{
    Window t;
    t.w.showDirection(1, 0);
    t.type(QStringLiteral("/funds/1/directions/0/details/2/amount"), QStringLiteral("0.6"));
    t.w.showOverview();
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Direction);
    EXPECT_EQ(t.view()->currentIndex().data(FormModel::PointerRole).toString(),
        QStringLiteral("/funds/1/directions/0/details/2/amount"));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details/2/amount")), QStringLiteral("0.5"));
}

TEST(UiEditing, TypingOnACalculatedCellSaysWhereToChangeIt)
{
    Window t;
    t.w.showSummary();
    t.view()->setFocus();
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/amount")));
    Window::sendText(t.view(), QStringLiteral("5"));
    EXPECT_TRUE(t.view()->lastMessage().contains(QStringLiteral("calculated")))
        << t.view()->lastMessage().toStdString();
    EXPECT_EQ(t.w.document()->undoStack()->count(), 0);
}

TEST(UiEditing, TabAndEnterGoFromOneCellToFillInToTheNext)
{
    Window t;
    const QModelIndex total = t.cell(QStringLiteral("/overview/budget/total"));
    t.view()->setFocus();
    t.view()->setCurrentIndex(total);
    // Below 资金总额 are the 按收入性质分 headings; Enter skips them.
    QTest::keyClick(t.view(), Qt::Key_Return);
    EXPECT_EQ(t.view()->currentIndex(), t.cell(QStringLiteral("/overview/budget/generalPublic")));
    // Tab skips the label 其中：基本支出.
    QTest::keyClick(t.view(), Qt::Key_Tab);
    EXPECT_EQ(t.view()->currentIndex(), t.cell(QStringLiteral("/overview/budget/basic")));
    QTest::keyClick(t.view(), Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(t.view()->currentIndex(), t.cell(QStringLiteral("/overview/budget/generalPublic")));
    // The arrow keys visit every cell, labels included.
    QTest::keyClick(t.view(), Qt::Key_Right);
    EXPECT_EQ(t.view()->currentIndex().data().toString(), QStringLiteral("其中：基本支出"));
}

TEST(UiEditing, KeysMoveAndRemoveDirectionsInTheTree)
{
    Window t;
    ASSERT_TRUE(t.w.addDirection()); // 业务性专项 gets a second direction, shown
    QTreeWidget *tree = t.w.navigationTree();
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(1)->child(1)->child(1));
    ASSERT_EQ(t.w.currentDirection(), 1);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(t.w.filing().funds[1].directions[0].name, QStringLiteral("New expenditure direction"));
    EXPECT_EQ(t.w.currentDirection(), 0);
    dialogs::setNextAnswer(QMessageBox::Yes);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    EXPECT_EQ(t.w.filing().funds[1].directions.size(), 1);
    EXPECT_EQ(t.w.filing().funds[1].directions[0].name, QStringLiteral("业务性专项"));
    // The same keys in the table move rows, not directions.
    t.w.showDirection(1, 0);
    t.view()->setFocus();
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/1/content")));
    QTest::keyClick(t.view(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details[0].content, QStringLiteral("工业投资"));
    EXPECT_EQ(t.w.filing().funds[1].directions.size(), 1);
}

// A new 支出方向 starts with its scheme's indicator rows, as the paper form
// does, and its 一级/二级 cells say what belongs there.
TEST(UiEditing, ANewDirectionHasTheSchemesIndicatorRowsWithHints)
{
    Window t;
    t.w.showDirection(1, 0);
    ASSERT_TRUE(t.w.addDirection());
    const Direction &d = t.w.filing().funds[1].directions[1];
    const IndicatorScheme &scheme = indicatorScheme(t.w.filing().effectiveScheme());
    QList<std::pair<QString, QString>> expected;
    for (const Level1Def &l1 : scheme.level1)
        for (const Level2Def &l2 : l1.level2)
            expected.append({l1.name, l2.name});
    ASSERT_EQ(d.indicators.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(d.indicators[i].level1, expected[i].first);
        EXPECT_EQ(d.indicators[i].level2, expected[i].second);
        EXPECT_EQ(d.indicators[i].standard, QString()); // the direction form's 绩效标准 column
    }
    // Hovering: 一级 lists the scheme's 一级 and this one's 二级; 二级 says where it belongs.
    const QString l1
        = t.cell(QStringLiteral("/funds/1/directions/1/indicators/0/level1")).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(l1.contains(scheme.level1[0].name)) << l1.toStdString();
    EXPECT_TRUE(l1.contains(scheme.level1[0].level2[0].name)) << l1.toStdString();
    const QString l2
        = t.cell(QStringLiteral("/funds/1/directions/1/indicators/0/level2")).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(l2.contains(scheme.level1[0].name)) << l2.toStdString();
    EXPECT_TRUE(l2.contains(QStringLiteral("Required"))) << l2.toStdString();
    // One undo step takes the direction and its rows away.
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
}

// Ctrl+F finds a text in any table: Enter shows the next match, switching
// tables as needed.
TEST(UiEditing, FindGoesFromMatchToMatchAcrossTheTables)
{
    Window t;
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *find = t.w.findEdit();
    ASSERT_TRUE(find->isVisible());
    ASSERT_TRUE(find->hasFocus());
    const QStringList matches = t.w.findMatches(QStringLiteral("满意度"));
    ASSERT_GE(matches.size(), 2);
    Window::sendText(find, QStringLiteral("满意度"));
    QSet<int> tables;
    for (int i = 0; i < matches.size(); ++i) {
        QTest::keyClick(find, Qt::Key_Return);
        const QModelIndex current = t.view()->currentIndex();
        ASSERT_TRUE(current.isValid());
        EXPECT_EQ(current, t.model()->indexForPointer(matches[i]));
        EXPECT_TRUE(current.data(Qt::EditRole).toString().contains(QStringLiteral("满意度")));
        tables.insert(int(t.w.currentTable()) * 1000 + t.w.currentFund() * 100 + t.w.currentDirection());
    }
    EXPECT_GE(tables.size(), 2); // it went from table to table
    QTest::keyClick(find, Qt::Key_Return); // round again
    EXPECT_EQ(t.view()->currentIndex(), t.model()->indexForPointer(matches.first()));
    QTest::keyClick(find, Qt::Key_Escape);
    EXPECT_FALSE(find->isVisible());
}

TEST(UiEditing, CtrlWheelAndKeysZoomTheTable)
{
    Window t;
    const qreal base = t.view()->font().pointSizeF();
    QWheelEvent up(QPointF(10, 10), t.view()->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(t.view()->viewport(), &up);
    EXPECT_EQ(t.view()->zoom(), 110);
    EXPECT_GT(t.view()->font().pointSizeF(), base);
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_EQ(t.view()->zoom(), 120);
    QTest::keyClick(t.view(), Qt::Key_Minus, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_EQ(t.view()->zoom(), 110);
    QTest::keyClick(t.view(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(t.view()->zoom(), 100);
    EXPECT_EQ(t.view()->font().pointSizeF(), base);
}

TEST(UiEditing, TheWindowTitleNamesTheDraftYearAndDepartment)
{
    Window t;
    t.type(QStringLiteral("/department/name"), QStringLiteral("民政局"));
    const QString title = t.w.windowTitle();
    EXPECT_TRUE(title.startsWith(QFileInfo(t.w.document()->filePath()).fileName())) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("2023年 民政局"))) << title.toStdString();
}
