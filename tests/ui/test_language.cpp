// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "i18n.h"

#include <QDockWidget>
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
