// SPDX-License-Identifier: GPL-3.0-or-later
// The editor as a second process, for the kill tests (test_durability.cpp):
//   ui_test_child commit DRAFT   opens DRAFT in the editor window and commits
//                                one cell after another (typed, then Enter),
//                                printing "committed K" after each commit
//   ui_test_child type DRAFT     the same at a person's pace: one key every
//                                few milliseconds, Tab after each cell
// It runs until killed. Cells and values: durabilitysteps.h.
#include "dialogs.h"
#include "document.h"
#include "durabilitysteps.h"
#include "formmodel.h"
#include "formview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace jixiao;
using namespace jixiao::ui;

namespace {

void sendText(QWidget *w, const QString &text, int pauseMs)
{
    for (QChar ch : text) {
        const Qt::Key key = ch.isDigit() ? Qt::Key(ch.unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, w, key, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, key, QString(ch), Qt::NoModifier);
        if (pauseMs > 0)
            QTest::qWait(pauseMs);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const bool steady = args[1] == QLatin1String("type");
    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preparer/asked"), true); // not a first start
    dialogs::setAnswerer(dialogs::unattended());
    MainWindow w(&settings);
    QString error;
    if (!w.openFile(args[2], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    w.show();
    w.showDirection(test::DurabilityFund, test::DurabilityDirection);
    QApplication::setActiveWindow(&w);
    FormView *view = w.formView();
    view->setFocus();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int k = 1;; ++k) {
        const QModelIndex cell = w.currentModel()->indexForPointer(test::durabilityPointer(k));
        if (!cell.isValid())
            return 3;
        view->setCurrentIndex(cell);
        const QString value = test::durabilityValue(k);
        sendText(view, value.left(1), 0); // opens the editor, replacing the cell
        QWidget *editor = view->indexWidget(cell);
        if (!editor)
            return 4;
        sendText(editor, value.mid(1), steady ? 3 : 0);
        QTest::keyClick(editor, steady ? Qt::Key_Tab : Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits from a queued call
        if (view->indexWidget(cell))
            return 5; // not committed
        std::printf("committed %d\n", k);
        std::fflush(stdout);
    }
}
