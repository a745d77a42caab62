// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "commands.h"
#include "filingfields.h"

#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;

TEST(UiFilingFields, ReadsAndWritesByPointer)
{
    Filing f = sampleFiling();
    FieldValue v;
    ASSERT_TRUE(readField(f, QStringLiteral("/overview/budget/total"), &v));
    EXPECT_EQ(v.value(), QStringLiteral("368.9"));
    ASSERT_TRUE(readField(f, QStringLiteral("/overview/budget/governmentFund"), &v));
    EXPECT_FALSE(v.has_value()); // an empty amount
    ASSERT_TRUE(readField(f, QStringLiteral("/funds/1/directions/0/details/1/amount"), &v));
    EXPECT_EQ(v.value(), QStringLiteral("0.7"));
    EXPECT_FALSE(readField(f, QStringLiteral("/funds/9/name"), &v));
    EXPECT_FALSE(readField(f, QStringLiteral("/funds/01/name"), &v));
    EXPECT_EQ(fieldKind(f, QStringLiteral("/department/phone")), FieldKind::OptionalText);
    EXPECT_EQ(fieldKind(f, QStringLiteral("/funds/0/amount")), FieldKind::Amount);
    EXPECT_EQ(fieldKind(f, QStringLiteral("/funds/0")), FieldKind::Invalid);

    ASSERT_TRUE(writeField(&f, QStringLiteral("/funds/1/directions/0/details/1/amount"), QStringLiteral("0.8")));
    EXPECT_EQ(f.funds[1].directions[0].details[1].amount, Money::fromMicros(800000));
    EXPECT_FALSE(writeField(&f, QStringLiteral("/funds/0/amount"), QStringLiteral("abc")));
    ASSERT_TRUE(writeField(&f, QStringLiteral("/funds/0/amount"), std::nullopt));
    EXPECT_FALSE(f.funds[0].amount.has_value());
}

TEST(UiFilingFields, ListRowsInsertRemoveMove)
{
    Filing f = sampleFiling();
    const auto list = parseListPointer(QStringLiteral("/funds/1/directions/0/details"));
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->pointer(), QStringLiteral("/funds/1/directions/0/details"));
    EXPECT_EQ(listSize(f, *list), 4);
    const RowValue first = rowAt(f, *list, 0);
    ASSERT_TRUE(moveRow(&f, *list, 0, 3));
    EXPECT_EQ(std::get<DetailLine>(rowAt(f, *list, 3)), std::get<DetailLine>(first));
    ASSERT_TRUE(removeRow(&f, *list, 3));
    EXPECT_EQ(listSize(f, *list), 3);
    EXPECT_FALSE(insertRow(&f, *list, 0, Indicator {})); // wrong kind of row
    ASSERT_TRUE(insertRow(&f, *list, 0, first));
    EXPECT_EQ(listSize(f, *list), 4);
    EXPECT_FALSE(parseListPointer(QStringLiteral("/funds/1/name")).has_value());
}

TEST(UiDocument, UndoRedoAcrossSeveralEdits)
{
    Document doc(sampleFiling());
    const QString name = QStringLiteral("/department/name");
    const QString amount = QStringLiteral("/funds/1/directions/0/details/1/amount");
    ASSERT_TRUE(doc.setValue(name, QStringLiteral("甲局"), false));
    QString error;
    ASSERT_TRUE(doc.setAmountInput(amount, QStringLiteral("0.8万元"), &error)) << error.toStdString();
    ASSERT_TRUE(doc.insertEmptyRow(QStringLiteral("/overview/workPlan"), 0));
    EXPECT_EQ(doc.undoStack()->count(), 3);
    EXPECT_TRUE(doc.isModified());

    doc.undoStack()->undo();
    EXPECT_EQ(doc.filing().overview.workPlan.size(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.value(amount), QStringLiteral("0.7"));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.filing(), sampleFiling());
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    EXPECT_EQ(doc.value(name), QStringLiteral("甲局"));
    EXPECT_EQ(doc.value(amount), QStringLiteral("0.8"));
}

TEST(UiDocument, KeystrokesInOneCellMergeIntoOneStep)
{
    Document doc(sampleFiling());
    const QString p = QStringLiteral("/funds/0/directions/0/period");
    for (const char *s : {"2", "20", "202", "2024", "2024年"})
        ASSERT_TRUE(doc.setValue(p, QString::fromUtf8(s)));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    // Another cell starts a new step; coming back starts yet another.
    ASSERT_TRUE(doc.setValue(QStringLiteral("/department/phone"), QStringLiteral("1")));
    ASSERT_TRUE(doc.setValue(p, QStringLiteral("2025年")));
    EXPECT_EQ(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.value(p), QStringLiteral("2024年"));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.value(p), sampleFiling().funds[0].directions[0].period);
}

TEST(UiDocument, TypingBackToTheStartLeavesNothingToUndo)
{
    Document doc(sampleFiling());
    const QString p = QStringLiteral("/department/phone");
    ASSERT_TRUE(doc.setValue(p, QStringLiteral("226101521")));
    ASSERT_TRUE(doc.setValue(p, QStringLiteral("22610152")));
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_FALSE(doc.isModified());
}

TEST(UiDocument, BadAmountIsRejectedAndChangesNothing)
{
    Document doc(sampleFiling());
    QString error;
    EXPECT_FALSE(doc.setAmountInput(QStringLiteral("/overview/budget/total"), QStringLiteral("12..5"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_EQ(doc.value(QStringLiteral("/overview/budget/total")), QStringLiteral("368.9"));
    // Full-width digits and a unit are what people type.
    ASSERT_TRUE(doc.setAmountInput(QStringLiteral("/overview/budget/total"), QStringLiteral("３６８．９万元"), &error));
    EXPECT_EQ(doc.undoStack()->count(), 0); // the same value
    ASSERT_TRUE(doc.setAmountInput(QStringLiteral("/overview/budget/other"), QStringLiteral("2000元"), &error));
    EXPECT_EQ(doc.value(QStringLiteral("/overview/budget/other")), QStringLiteral("0.2"));
}

TEST(UiDocument, SignalsNameWhatChanged)
{
    Document doc(sampleFiling());
    QStringList values, lists;
    QObject::connect(&doc, &Document::valueChanged, [&](const QString &p) { values << p; });
    QObject::connect(&doc, &Document::rowsChanged, [&](const QString &p) { lists << p; });
    doc.setValue(QStringLiteral("/funds/0/name"), QStringLiteral("x"));
    doc.removeRows(QStringLiteral("/funds/1/directions/0/indicators"), 2, 3);
    EXPECT_EQ(values, QStringList {QStringLiteral("/funds/0/name")});
    EXPECT_EQ(lists.size(), 3);
    EXPECT_EQ(doc.filing().funds[1].directions[0].indicators.size(),
        sampleFiling().funds[1].directions[0].indicators.size() - 3);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.filing().funds[1].directions[0].indicators, sampleFiling().funds[1].directions[0].indicators);
}
