// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "i18n.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {
QStringList menuTitles(MainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}
} // namespace

TEST(UiLanguage, TheEditorSpeaksChineseWhenAskedAndEnglishOtherwise)
{
    {
        Window t;
        EXPECT_EQ(menuTitles(t.w).first(), QStringLiteral("&File"));
    }
    ASSERT_EQ(i18n::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        Window t;
        const QStringList titles = menuTitles(t.w);
        EXPECT_EQ(titles.first(), QStringLiteral("文件(&F)"));
        EXPECT_TRUE(titles.contains(QStringLiteral("填报(&I)")));
        EXPECT_EQ(
            t.w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->windowTitle(), QStringLiteral("检查结果"));
    }
    // Back to English for the other tests.
    for (QTranslator *tr : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(tr);
        delete tr;
    }
    Window t;
    EXPECT_EQ(menuTitles(t.w).first(), QStringLiteral("&File"));
}

namespace {

// Each menu's mnemonics (the &-letters), in English and in Chinese: every
// menu of the menu bar, and the menus they hold, must give each entry its own.
void expectUniqueMnemonics(QMenu *menu, const QString &where)
{
    QHash<QKeySequence, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        EXPECT_FALSE(key.isEmpty()) << where.toStdString() << " › " << a->text().toStdString() << " has no mnemonic";
        if (!key.isEmpty()) {
            EXPECT_FALSE(seen.contains(key)) << where.toStdString() << ": " << a->text().toStdString() << " and "
                                             << seen.value(key).toStdString() << " share a mnemonic";
            seen.insert(key, a->text());
        }
        if (a->menu())
            expectUniqueMnemonics(a->menu(), where + QStringLiteral(" › ") + a->text());
    }
}

void expectUniqueMnemonics(MainWindow &w)
{
    QHash<QKeySequence, QString> titles;
    for (QAction *a : w.menuBar()->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        EXPECT_FALSE(titles.contains(key)) << a->text().toStdString();
        titles.insert(key, a->text());
        if (a->menu())
            expectUniqueMnemonics(a->menu(), a->text());
    }
}

} // namespace

TEST(UiLanguage, EveryMenuHasUniqueMnemonicsInEnglishAndChinese)
{
    {
        Window t;
        expectUniqueMnemonics(t.w);
    }
    ASSERT_EQ(i18n::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        Window t;
        expectUniqueMnemonics(t.w);
    }
    for (QTranslator *tr : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(tr);
        delete tr;
    }
}

// 视图 › 检查结果 shows and hides the checks.
TEST(UiLanguage, TheChecksEntryOfTheViewMenuWorks)
{
    Window t;
    auto *dock = t.w.findChild<QDockWidget *>(QStringLiteral("checksDock"));
    ASSERT_TRUE(dock);
    QAction *entry = nullptr;
    for (QAction *m : t.w.menuBar()->actions())
        if (m->text() == QStringLiteral("&View"))
            for (QAction *a : m->menu()->actions())
                if (a->text() == QStringLiteral("&Checks"))
                    entry = a;
    ASSERT_TRUE(entry);
    EXPECT_TRUE(entry->isEnabled());
    EXPECT_TRUE(entry->isChecked());
    entry->trigger();
    EXPECT_TRUE(dock->isHidden());
    EXPECT_FALSE(entry->isChecked());
    entry->trigger();
    EXPECT_FALSE(dock->isHidden());
    EXPECT_TRUE(entry->isChecked());
}

// The start page's window title is the program's, not the last draft's.
TEST(UiLanguage, TheStartPageIsTitledAfterTheProgram)
{
    Window t;
    t.w.showWelcome();
    EXPECT_EQ(t.w.windowTitle(), QStringLiteral("Jixiao"));
    t.w.setFiling(sampleFiling(), QString());
    EXPECT_NE(t.w.windowTitle(), QStringLiteral("Jixiao"));
}
