// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs.h"
#include "document.h"
#include "formmodel.h"
#include "formview.h"
#include "mainwindow.h"
#include "model/jsonio.h"

#include "testsupport.h"
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace jixiao::ui::test {

// Between two keys the tests type: a clerk's pace, not setData's.
inline constexpr int KeyPause = 15; // ms

inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// A menu bar entry, found as the user finds it: by its text ("Export E&xcel…").
inline QAction *menuAction(MainWindow &w, const QString &text)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

// A shown, active main window on the sample.
// The tests' temporary settings (testsupport.h), with the drafts in a
// temporary folder too and the first start's question already answered.
struct TempSettings : jixiao::testing::TempSettings
{
    TempSettings()
    {
        settings.setValue(QStringLiteral("drafts/folder"), draftFolder());
        settings.setValue(QStringLiteral("preparer/asked"), true); // not a first start
    }
    QString draftFolder() const { return dir.filePath(QStringLiteral("drafts")); }
};

struct Window
{
    TempSettings temp;
    MainWindow w {&temp.settings};
    Window()
    {
        dialogs::setAnswerer(dialogs::unattended());
        w.setFiling(sampleFiling(), QString());
        w.show();
        QApplication::setActiveWindow(&w);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    }
    FormView *view() { return w.formView(); }
    FormModel *model() { return w.currentModel(); }
    QModelIndex cell(const QString &pointer) { return model()->indexForPointer(pointer); }
    QString text(const QString &pointer) { return cell(pointer).data().toString(); }

    // Types into a cell as a person does: select it, type (which opens the
    // editor and replaces the text), and press Enter. Any characters,
    // full-width ones included.
    void type(const QString &pointer, const QString &keys, bool enter = true)
    {
        const QModelIndex i = cell(pointer);
        ASSERT_TRUE(i.isValid()) << pointer.toStdString();
        view()->setFocus();
        view()->setCurrentIndex(i);
        sendText(view(), keys.left(1));
        QWidget *editor = view()->indexWidget(i);
        ASSERT_NE(editor, nullptr) << pointer.toStdString();
        sendText(editor, keys.mid(1));
        if (enter) {
            QTest::keyClick(editor, Qt::Key_Return);
            settle();
        }
    }
    static void sendText(QWidget *w, const QString &text)
    {
        for (QChar ch : text) {
            const Qt::Key key
                = ch.unicode() < 0x80 && ch.isLetterOrNumber() ? Qt::Key(ch.toUpper().unicode()) : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Press, w, key, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, key, QString(ch), Qt::NoModifier);
        }
    }
};

} // namespace jixiao::ui::test
