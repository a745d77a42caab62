// SPDX-License-Identifier: GPL-3.0-or-later
// What the clerk types is exactly what is stored, as in Excel/WPS: typing on a
// cell that is not being edited replaces it, for every kind of cell, at any
// pace after Tab, by key or through an input method; nothing typed is lost or
// lands in another cell. Keys go where a keyboard's go: to the focus widget.
#include "uitestsupport.h"

#include "delegates.h"
#include "filingfields.h"

#include <QInputMethodEvent>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {

enum class How {
    Keys, // one key press per character (Chinese ones as a keyboard layout sends them)
    InputMethod, // an input method's commit, as Chinese is typed
    Composing, // an input method's composition (pinyin shown), then its commit
};

const char *howName(How how)
{
    switch (how) {
    case How::Keys:
        return "keys";
    case How::InputMethod:
        return "input method";
    case How::Composing:
        return "composing";
    }
    return "";
}

QWidget *focus()
{
    QWidget *w = QApplication::focusWidget();
    EXPECT_NE(w, nullptr);
    return w;
}

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(focus(), k, mods);
}

// One character typed on the keyboard, to whatever has the focus now.
void typeChar(QChar ch)
{
    if (ch.unicode() < 0x80) {
        QTest::keyClick(focus(), char(ch.unicode()));
        return;
    }
    QWidget *w = focus();
    QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, focus(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void sendInputMethod(const QString &preedit, const QString &commit)
{
    QInputMethodEvent e(preedit, {});
    if (!commit.isEmpty())
        e.setCommitString(commit);
    QObject *target = QApplication::focusObject();
    ASSERT_NE(target, nullptr);
    QApplication::sendEvent(target, &e);
}

// Types `text` in two parts, waiting `pause` ms between them when not 0 (the
// checks run meanwhile, a quarter second after the last change).
void typeText(const QString &text, How how, int pause)
{
    const QString first = how == How::Keys ? text.left(1) : text.left(text.size() / 2);
    const QString rest = text.mid(first.size());
    for (const QString &part : {first, rest}) {
        if (part.isEmpty())
            continue;
        switch (how) {
        case How::Keys:
            for (QChar ch : part)
                typeChar(ch);
            break;
        case How::InputMethod:
            sendInputMethod(QString(), part);
            break;
        case How::Composing:
            sendInputMethod(QStringLiteral("q"), QString());
            sendInputMethod(QStringLiteral("qi y"), QString());
            sendInputMethod(QString(), part);
            break;
        }
        if (pause > 0 && part == first)
            QTest::qWait(300);
    }
}

struct CellCase
{
    const char *what;
    int fund, direction; // -1: the overview
    const char *pointer;
};

// Every kind of cell the forms have.
const CellCase Cells[] = {
    {"单位名称 (single-line)", -1, -1, "/department/name"},
    {"资金总额 (amount)", -1, -1, "/overview/budget/total"},
    {"一般公共预算拨款 (amount)", -1, -1, "/overview/budget/generalPublic"},
    {"部门职能 (multi-line)", -1, -1, "/overview/duties"},
    {"工作任务 (multi-line)", -1, -1, "/overview/workPlan/1/item"},
    {"一级指标 (choice)", -1, -1, "/overview/indicators/3/level1"},
    {"二级指标 (choice)", -1, -1, "/overview/indicators/1/level2"},
    {"三级指标 (multi-line)", -1, -1, "/overview/indicators/1/name"},
    {"指标值 (multi-line)", -1, -1, "/overview/indicators/1/value"},
    {"实施期限 (single-line)", 1, 0, "/funds/1/directions/0/period"},
    {"支出内容简介 (multi-line)", 1, 0, "/funds/1/directions/0/details/1/content"},
    {"金额 (amount)", 1, 0, "/funds/1/directions/0/details/1/amount"},
    {"测算说明 (multi-line)", 1, 0, "/funds/1/directions/0/details/1/basis"},
    {"绩效标准 (choice)", 1, 0, "/funds/1/directions/0/indicators/1/standard"},
    {"二级指标 of a direction (choice)", 1, 0, "/funds/1/directions/0/indicators/2/level2"},
};

// What to type into a cell of `editor` kind, and what the filing then holds.
std::pair<QString, QString> textFor(EditorKind editor, How how)
{
    if (editor == EditorKind::Money) {
        if (how == How::Keys)
            return {QStringLiteral("12.5"), QStringLiteral("12.5")};
        return {QStringLiteral("３．５"), QStringLiteral("3.5")}; // full width, as an input method gives it
    }
    if (how == How::Keys)
        return {QStringLiteral("p4企业x"), QStringLiteral("p4企业x")};
    return {QStringLiteral("企业走访调研"), QStringLiteral("企业走访调研")};
}

class TypingReplaces : public ::testing::TestWithParam<std::tuple<int, How>>
{
};

} // namespace

// Tab out of the cell before (opened with F2, as while filling in), wait 0,
// 100 or 700 ms, type: the next cell holds exactly what was typed and nothing
// else in the filing changed.
TEST_P(TypingReplaces, EveryKindOfCellAfterTab)
{
    const auto [pause, how] = GetParam();
    for (const CellCase &c : Cells) {
        SCOPED_TRACE(std::string(c.what) + ", " + howName(how) + ", " + std::to_string(pause) + " ms");
        Window t;
        if (c.fund >= 0)
            t.w.showDirection(c.fund, c.direction);
        const QString p = QString::fromUtf8(c.pointer);
        const QModelIndex target = t.cell(p);
        ASSERT_TRUE(target.isValid());
        ASSERT_FALSE(t.text(p).isEmpty()); // something to replace
        const auto editor = EditorKind(target.data(FormModel::EditorRole).toInt());
        const auto [typed, stored] = textFor(editor, how);
        t.view()->setFocus();
        t.view()->setCurrentIndex(target);
        QTest::keyClick(t.view(), Qt::Key_Backtab, Qt::ShiftModifier);
        const QModelIndex before = t.view()->currentIndex();
        ASSERT_NE(before, target);
        const Filing original = t.w.filing();
        const int steps = t.w.document()->undoStack()->count();

        key(Qt::Key_F2);
        ASSERT_NE(QApplication::focusWidget(), t.view()); // an editor on the cell before
        key(Qt::Key_Tab);
        ASSERT_EQ(t.view()->currentIndex(), target);
        if (pause > 0)
            QTest::qWait(pause);
        typeText(typed, how, pause);
        key(Qt::Key_Tab);
        settle();

        EXPECT_EQ(t.text(p), stored);
        Filing expected = original;
        ASSERT_TRUE(writeField(&expected, p, stored));
        EXPECT_TRUE(t.w.filing() == expected) << "another cell changed too";
        EXPECT_EQ(t.w.document()->undoStack()->count(), steps + 1);
        EXPECT_NE(t.view()->currentIndex(), target); // Tab went on
        EXPECT_EQ(QApplication::focusWidget(), t.view());
    }
}

std::string typingCaseName(const ::testing::TestParamInfo<std::tuple<int, How>> &info)
{
    const How how = std::get<1>(info.param);
    const std::string name = how == How::Keys ? "Keys" : how == How::InputMethod ? "InputMethod" : "Composing";
    return name + "After" + std::to_string(std::get<0>(info.param)) + "ms";
}

INSTANTIATE_TEST_SUITE_P(UiTyping, TypingReplaces,
    ::testing::Combine(::testing::Values(0, 100, 700), ::testing::Values(How::Keys, How::InputMethod, How::Composing)),
    typingCaseName);

// F2 and double-click keep the cell's text with the cursor at its end: what is
// typed is added to it, for every kind of cell.
TEST(UiTyping, F2AndDoubleClickEditInPlaceAtTheEnd)
{
    for (const CellCase &c : Cells) {
        for (const bool doubleClick : {false, true}) {
            SCOPED_TRACE(std::string(c.what) + (doubleClick ? ", double-click" : ", F2"));
            Window t;
            if (c.fund >= 0)
                t.w.showDirection(c.fund, c.direction);
            const QString p = QString::fromUtf8(c.pointer);
            const QModelIndex target = t.cell(p);
            const QString old = t.text(p);
            t.view()->setFocus();
            t.view()->setCurrentIndex(target);
            if (doubleClick) {
                const QPoint at = t.view()->visualRect(target).center();
                QTest::mouseClick(t.view()->viewport(), Qt::LeftButton, {}, at);
                QTest::mouseDClick(t.view()->viewport(), Qt::LeftButton, {}, at);
            } else {
                key(Qt::Key_F2);
            }
            ASSERT_NE(t.view()->indexWidget(target), nullptr);
            const bool amount = EditorKind(target.data(FormModel::EditorRole).toInt()) == EditorKind::Money;
            typeChar(QLatin1Char('7'));
            if (!amount)
                sendInputMethod(QString(), QStringLiteral("万"));
            key(Qt::Key_Tab);
            settle();
            EXPECT_EQ(t.text(p), old + (amount ? QStringLiteral("7") : QStringLiteral("7万")));
        }
    }
}

// Keys typed in a burst right after Tab, with no event processing between
// them (a fast typist, a busy machine): every one reaches the new cell.
TEST(UiTyping, NoKeyIsLostRightAfterTab)
{
    Window t;
    t.w.showDirection(1, 0);
    const QString p = QStringLiteral("/funds/1/directions/0/details/1/basis");
    t.view()->setFocus();
    t.view()->setCurrentIndex(t.cell(QStringLiteral("/funds/1/directions/0/details/1/amount")));
    key(Qt::Key_F2);
    key(Qt::Key_Tab);
    for (QChar ch : QStringLiteral("abc123"))
        typeChar(ch);
    key(Qt::Key_Return);
    settle();
    EXPECT_EQ(t.text(p), QStringLiteral("abc123"));
}

namespace {

struct ListCase
{
    const char *what;
    int fund, direction;
    const char *list;
};

const ListCase Lists[] = {
    {"年度重点工作计划", -1, -1, "/overview/workPlan"},
    {"部门整体 年度绩效指标", -1, -1, "/overview/indicators"},
    {"支出方向 年度绩效指标", 1, 0, "/funds/1/directions/0/indicators"},
    {"支出明细", 1, 0, "/funds/1/directions/0/details"},
};

} // namespace

// Typing on an empty list's blank row starts the list: its first row holds
// what was typed in the column typed into, and nothing else changes; one undo
// step takes it away again. Every column of every kind of list.
TEST(UiTyping, TypingOnAnEmptyListsBlankRowStartsTheList)
{
    for (const ListCase &l : Lists) {
        const QString list = QString::fromUtf8(l.list);
        const auto ref = parseListPointer(list);
        ASSERT_TRUE(ref);
        Filing empty = sampleFiling();
        while (listSize(empty, *ref) > 0)
            ASSERT_TRUE(removeRow(&empty, *ref, 0));
        for (const How how : {How::Keys, How::InputMethod}) {
            int columns = 0;
            for (int column = 0;; ++column) {
                Window t;
                t.w.setFiling(empty, QString());
                if (l.fund >= 0)
                    t.w.showDirection(l.fund, l.direction);
                int blank = -1;
                for (int r = 0; r < t.model()->rowCount(); ++r)
                    if (t.model()->formRow(r)->placeholder && t.model()->formRow(r)->listPointer == list)
                        blank = r;
                ASSERT_GE(blank, 0) << l.what;
                // The column-th field of the list's first row, on the blank row.
                const QList<FormModel::NewCell> fields = t.model()->firstRowOf(list);
                if (column >= fields.size())
                    break;
                ++columns;
                const QModelIndex at = t.model()->index(blank, fields[column].column);
                const QString field = fields[column].pointer;
                SCOPED_TRACE(std::string(l.what) + ", " + field.toStdString() + ", " + howName(how));
                const auto [typed, stored] = textFor(fields[column].editor, how);
                t.view()->setFocus();
                t.view()->setCurrentIndex(at);
                const int steps = t.w.document()->undoStack()->count();
                typeText(typed, how, 0);
                key(Qt::Key_Tab);
                settle();
                Filing expected = empty;
                ASSERT_TRUE(insertRow(&expected, *ref, 0, emptyRow(expected, *ref)));
                ASSERT_TRUE(writeField(&expected, field, stored));
                EXPECT_TRUE(t.w.filing() == expected) << "not just the new row changed";
                EXPECT_EQ(t.text(field), stored);
                EXPECT_EQ(t.w.document()->undoStack()->count(), steps + 1);
                EXPECT_EQ(QApplication::focusWidget(), t.view());
                // Tab went on along the new row (from its last field, to the table's next cell to fill in).
                const QModelIndex now = t.view()->currentIndex();
                if (column + 1 < fields.size()) {
                    EXPECT_EQ(now, t.cell(fields[column + 1].pointer));
                } else {
                    EXPECT_GT(now.row(), t.cell(field).row());
                }
                t.w.document()->undoStack()->undo();
                EXPECT_TRUE(t.w.filing() == empty);
            }
            EXPECT_GE(columns, 3) << l.what;
        }
    }
}

// Esc on the blank row's editor adds no row.
TEST(UiTyping, EscOnTheBlankRowAddsNothing)
{
    Window t;
    const QString list = QStringLiteral("/funds/1/directions/0/details");
    t.w.document()->removeRows(list, 0, 4);
    t.w.showDirection(1, 0);
    const Filing before = t.w.filing();
    int blank = -1;
    for (int r = 0; r < t.model()->rowCount(); ++r)
        if (t.model()->formRow(r)->placeholder && t.model()->formRow(r)->listPointer == list)
            blank = r;
    ASSERT_GE(blank, 0);
    t.view()->setCurrentIndex(t.model()->index(blank, t.model()->firstRowOf(list).value(0).column));
    t.view()->setFocus();
    typeChar(QChar(u'企'));
    key(Qt::Key_Escape);
    settle();
    EXPECT_TRUE(t.w.filing() == before);
}

// The grid has no keyboard search: a key typed where nothing can be typed
// (a label in the department name's column) goes nowhere; it does
// not jump to the cell that starts with it.
TEST(UiTyping, NoKeyboardSearchJumpsBetweenCells)
{
    Window t;
    const QModelIndex name = t.cell(QStringLiteral("/department/name"));
    QModelIndex label;
    for (int r = 0; r < t.model()->rowCount() && !label.isValid(); ++r) {
        const QModelIndex i = t.model()->index(r, name.column());
        if (t.model()->cell(i) && !t.model()->cell(i)->covered && !(t.model()->flags(i) & Qt::ItemIsEditable))
            label = i;
    }
    ASSERT_TRUE(label.isValid());
    t.view()->setFocus();
    t.view()->setCurrentIndex(label);
    const Filing before = t.w.filing();
    typeChar(t.text(QStringLiteral("/department/name")).at(0)); // 株
    sendInputMethod(QString(), QStringLiteral("株洲"));
    settle();
    EXPECT_EQ(t.view()->currentIndex(), label);
    EXPECT_TRUE(t.w.filing() == before);
}
