// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "clipboard.h"

#include <QClipboard>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

TEST(UiTsv, QuotesCellsAsExcelDoes)
{
    const QList<QStringList> rows {{QStringLiteral("a"), QStringLiteral("two\nlines"), QStringLiteral("say \"hi\"")},
        {QStringLiteral(""), QStringLiteral("x\ty")}};
    const QString text = tsv::encode(rows);
    EXPECT_EQ(text, QStringLiteral("a\t\"two\nlines\"\t\"say \"\"hi\"\"\"\n\t\"x\ty\"\n"));
    EXPECT_EQ(tsv::decode(text), rows);
    // Windows line ends, and no line end after the last row.
    EXPECT_EQ(tsv::decode(QStringLiteral("1\t2\r\n3\t4")),
        (QList<QStringList> {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}));
    EXPECT_EQ(tsv::decode(QString()), QList<QStringList>());
}

TEST(UiClipboard, PasteFromASpreadsheetAddsRowsInOneStep)
{
    Window t;
    t.w.showDirection(1, 0);
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/2/content")));
    // Three rows from Excel onto the last two detail lines: one more is added.
    const QString block = QStringLiteral("检查\t安全检查\t０．６\t\"一年两次，\n每次0.3万元\"\r\n"
                                         "科技\t科技专项\t1\t合计1万元\r\n"
                                         "宣传\t宣传资料\t2000元\t印刷\r\n");
    QApplication::clipboard()->setText(block);
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_V, Qt::ControlModifier);
    const Filing &f = t.w.filing();
    ASSERT_EQ(f.funds[1].directions[0].details.size(), 5);
    EXPECT_EQ(f.funds[1].directions[0].details[2].amount, Money::fromMicros(600000));
    EXPECT_EQ(f.funds[1].directions[0].details[2].basis, QStringLiteral("一年两次，\n每次0.3万元"));
    EXPECT_EQ(f.funds[1].directions[0].details[4].content, QStringLiteral("宣传"));
    EXPECT_EQ(f.funds[1].directions[0].details[4].amount, Money::fromMicros(200000));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details")), QStringLiteral("3.3"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
}

// Word puts a vertical tab on the clipboard for a manual line break (Shift+Enter),
// and text from other programs can carry control characters: the cell keeps a
// line break and drops the rest, so the filing can always be written as JSON.
TEST(UiClipboard, WordsLineBreaksAndControlCharactersArePastedAsAFilingHoldsThem)
{
    Window t;
    t.w.showDirection(1, 0);
    const QString pointer = QStringLiteral("/funds/1/directions/0/details/0/basis");
    t.view()->setCurrentIndex(t.cell(pointer));
    QApplication::clipboard()->setText(QStringLiteral("一年四次，\u000b每次0.2万元\u001b[31m，共0.8万元\u0007"));
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(
        t.w.filing().funds[1].directions[0].details[0].basis, QStringLiteral("一年四次，\n每次0.2万元[31m，共0.8万元"));
    Filing expected = sampleFiling();
    expected.funds[1].directions[0].details[0].basis = QStringLiteral("一年四次，\n每次0.2万元[31m，共0.8万元");
    EXPECT_EQ(t.w.filing(), expected);
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(FilingJson::writeFile(dir.filePath(QStringLiteral("out.json")), t.w.filing(), &error))
        << error.toStdString();
}

TEST(UiClipboard, ABadCellRefusesThePasteAndSaysWhere)
{
    Window t;
    t.w.showDirection(1, 0);
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/0/content")));
    QString error;
    EXPECT_FALSE(t.view()->pasteText(QStringLiteral("a\tb\t１．５\tc\nd\te\t约两万\tf\n"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Row 2, column 3"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("约两万")));
    EXPECT_EQ(t.w.filing(), sampleFiling());
    EXPECT_EQ(t.w.document()->undoStack()->count(), 0);
    // The cursor is on the cell to fix.
    EXPECT_EQ(t.view()->currentIndex(), t.cell(QStringLiteral("/funds/1/directions/0/details/1/amount")));
}

TEST(UiClipboard, CopyGivesTabSeparatedTextThatPastesBack)
{
    Window t;
    t.w.showDirection(1, 0);
    const QModelIndex a = t.cell(QStringLiteral("/funds/1/directions/0/details/0/content"));
    const QModelIndex b = t.cell(QStringLiteral("/funds/1/directions/0/details/1/basis"));
    t.view()->setFocus();
    t.view()->setCurrentIndex(a);
    t.view()->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(t.view(), Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    EXPECT_EQ(text,
        QStringLiteral("工业经济运行\t工业运行协调等专项\t0.8\t工业运行工作专项，一年四次，每次0.2万元，共0.8万元\n"
                       "工业投资\t工业投资协调工作专项\t0.7\t工业投资工作专项，一年四次，每次0.2万元，共0.8万元\n"));
    // Pasted onto the last detail line, the two rows land there and one is added.
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/3/content")));
    QTest::keyClick(t.view(), Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(t.w.filing().funds[1].directions[0].details.size(), 5);
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details[4], sampleFiling().funds[1].directions[0].details[1]);
}

TEST(UiClipboard, OneValueFillsTheSelection)
{
    Window t;
    t.w.showDirection(1, 0);
    const QModelIndex a = t.cell(QStringLiteral("/funds/1/directions/0/indicators/0/standard"));
    const QModelIndex b = t.cell(QStringLiteral("/funds/1/directions/0/indicators/3/standard"));
    t.view()->setCurrentIndex(a);
    t.view()->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
    QString error;
    ASSERT_TRUE(t.view()->pasteText(QStringLiteral("行业标准\n"), &error));
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(t.w.filing().funds[1].directions[0].indicators[i].standard, QStringLiteral("行业标准"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
}

TEST(UiClipboard, CutCopiesAndClearsInOneStep)
{
    Window t;
    t.w.showDirection(1, 0);
    const QModelIndex a = t.cell(QStringLiteral("/funds/1/directions/0/details/0/content"));
    const QModelIndex b = t.cell(QStringLiteral("/funds/1/directions/0/details/0/amount"));
    t.view()->setFocus();
    t.view()->setCurrentIndex(a);
    t.view()->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(t.view(), Qt::Key_X, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("工业经济运行\t工业运行协调等专项\t0.8\n"));
    EXPECT_EQ(t.w.filing().funds[1].directions[0].details[0].content, QString());
    EXPECT_FALSE(t.w.filing().funds[1].directions[0].details[0].amount.has_value());
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
}

// A new direction has no detail lines yet: its blank row takes last year's
// lines pasted from Excel, as rows of the list.
TEST(UiClipboard, PasteOntoAnEmptyListsBlankRowAddsItsRows)
{
    Window t;
    t.w.document()->removeRows(QStringLiteral("/funds/1/directions/0/details"), 0, 4);
    t.w.document()->undoStack()->clear();
    t.w.showDirection(1, 0);
    const auto *model = qobject_cast<const FormModel *>(t.view()->model());
    ASSERT_TRUE(model);
    int blank = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->formRow(r)->placeholder
            && model->formRow(r)->listPointer == QStringLiteral("/funds/1/directions/0/details"))
            blank = r;
    ASSERT_GE(blank, 0);
    // The blank row's first cell under 支出内容简介.
    int column = -1;
    for (int c = 0; c < model->columnCount() && column < 0; ++c)
        if (!model->cell(model->index(blank, c))->covered && model->cell(model->index(blank, c))->startsList)
            column = c;
    ASSERT_GE(column, 0);
    t.view()->setCurrentIndex(model->index(blank, column));
    QApplication::clipboard()->setText(QStringLiteral("检查\t安全检查\t0.6\t一年两次，每次0.3万元\r\n"
                                                      "科技\t科技专项\t1万元\t合计1万元\r\n"));
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_V, Qt::ControlModifier);
    const Filing &f = t.w.filing();
    ASSERT_EQ(f.funds[1].directions[0].details.size(), 2);
    EXPECT_EQ(f.funds[1].directions[0].details[0].content, QStringLiteral("检查"));
    EXPECT_EQ(f.funds[1].directions[0].details[0].basis, QStringLiteral("一年两次，每次0.3万元"));
    EXPECT_EQ(f.funds[1].directions[0].details[1].amount, Money::fromMicros(1000000));
    EXPECT_EQ(t.text(QStringLiteral("/funds/1/directions/0/details")), QStringLiteral("1.6"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 1);
    t.w.document()->undoStack()->undo();
    EXPECT_TRUE(t.w.filing().funds[1].directions[0].details.isEmpty());
}
