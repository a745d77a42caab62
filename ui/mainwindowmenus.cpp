// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and tool bar: which command sits where, under which
// keys. The commands themselves are FileActions, PrintActions,
// StructureActions and the window's own.
#include "checkspanel.h"
#include "document.h"
#include "findbar.h"
#include "formview.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace jixiao::ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New"), m_files, &FileActions::newFiling);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open…"), m_files, &FileActions::openDialog);
    a->setShortcut(QKeySequence::Open);
    file->addAction(tr("New from &Last Year's Filing…"), m_files, [this] { m_files->carryForwardDialog(QString()); });
    file->addAction(tr("Open the &Sample"), m_files, &FileActions::openSample);
    file->addAction(tr("Sta&rt Page"), this, &MainWindow::showWelcome);
    file->addSeparator();
    a = file->addAction(tr("Save &As…"), m_files, &FileActions::saveAsDialog);
    a->setShortcut(QKeySequence::SaveAs);
    // An interchange file is opened as an import (into a new draft).
    file->addAction(tr("&Import JSON…"), m_files, &FileActions::openDialog);
    file->addAction(tr("&Export JSON…"), m_files, &FileActions::exportJsonDialog);
    file->addSeparator();
    file->addAction(tr("Print Pre&view…"), m_print, [this] { m_print->printPreview(PrintSelection {}); });
    file->addAction(tr("Preview &This Table…"), m_print, [this] { m_print->printPreview(currentSelection()); });
    a = file->addAction(tr("&Print…"), m_print, [this] { m_print->print(PrintSelection {}); });
    a->setShortcut(QKeySequence::Print);
    file->addAction(tr("Export P&DF…"), m_print, &PrintActions::exportPdfDialog);
    // Last year's Word/Excel forms in, the tables out to Excel (core/import).
    file->addAction(tr("Import &Word/Excel…"), m_files, &FileActions::importOfficeDialog);
    file->addAction(tr("Export E&xcel…"), m_files, &FileActions::exportExcelDialog);
    file->addSeparator();
    // The team's PostgreSQL store (core/storage/sharedsync.h).
    file->addAction(tr("Open &from Shared Store…"), m_files, &FileActions::openFromSharedStoreDialog);
    file->addAction(tr("Send to S&hared Store…"), m_files, &FileActions::sendToSharedStoreDialog);
    file->addSeparator();
    file->addAction(tr("Settin&gs…"), this, &MainWindow::openSettings);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] { m_doc->undoStack()->undo(); });
    m_redo = edit->addAction(tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, this, [this] { m_doc->undoStack()->redo(); });
    edit->addSeparator();
    // The table handles these keys itself; the menu shows and offers them.
    a = edit->addAction(tr("Cu&t"), m_view, &FormView::cut);
    a->setShortcut(QKeySequence::Cut);
    a->setShortcutContext(Qt::WidgetShortcut);
    a = edit->addAction(tr("&Copy"), m_view, &FormView::copy);
    a->setShortcut(QKeySequence::Copy);
    a->setShortcutContext(Qt::WidgetShortcut);
    a = edit->addAction(tr("&Paste"), m_view, &FormView::paste);
    a->setShortcut(QKeySequence::Paste);
    a->setShortcutContext(Qt::WidgetShortcut);
    a = edit->addAction(tr("C&lear Cells"), m_view, &FormView::clearSelectedCells);
    a->setShortcut(QKeySequence::Delete);
    a->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    edit->addActions({m_structure->insertAbove, m_structure->insertBelow, m_structure->removeRow,
        m_structure->moveRowUp, m_structure->moveRowDown});
    QMenu *filing = menuBar()->addMenu(tr("F&iling"));
    filing->addAction(tr("&Properties…"), this, &MainWindow::propertiesDialog);
    filing->addSeparator();
    filing->addActions({m_structure->addFundAction, m_structure->addDirectionAction, m_structure->addProjectAction,
        m_structure->removeNode, m_structure->moveNodeUp, m_structure->moveNodeDown});
    filing->addAction(tr("Re&name"), m_tree, &NavigationTree::renameCurrent);
    filing->addSeparator();
    filing->addAction(m_structure->projectsCompleteAction);
    filing->addMenu(m_structure->projectLayoutMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The dock cannot be closed by its title bar, so its own toggle action is
    // always greyed out; this one shows and hides it.
    a = view->addAction(tr("&Checks"));
    a->setCheckable(true);
    a->setChecked(!m_checksDock->isHidden());
    connect(a, &QAction::triggered, m_checksDock, [this](bool on) {
        m_checksDock->setVisible(on);
        if (on)
            m_checksDock->raise();
    });
    connect(m_checksDock, &QDockWidget::visibilityChanged, a, [this, a] { a->setChecked(!m_checksDock->isHidden()); });
    a = view->addAction(tr("Run Checks &Now"), m_runner, &CheckRunner::runNow);
    a->setShortcut(QKeySequence(Qt::Key_F9));

    view->addSeparator();
    a = view->addAction(tr("&Find…"), m_findBar, &FindBar::open);
    a->setShortcut(QKeySequence::Find);
    // Ctrl+- stays "remove row" (as in Excel); zooming out is Ctrl+Alt+- and Ctrl+wheel.
    a = view->addAction(tr("Zoom &In"), this, [this] { m_view->setZoom(m_view->zoom() + 10); });
    a->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal)});
    a = view->addAction(tr("Zoom &Out"), this, [this] { m_view->setZoom(m_view->zoom() - 10); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    a = view->addAction(tr("&Actual Size"), this, [this] { m_view->setZoom(100); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&User Guide"), this, &MainWindow::showGuide);
    a->setShortcut(QKeySequence::HelpContents);
    a->setShortcutContext(Qt::ApplicationShortcut);

    QToolBar *tb = m_toolBar = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(m_undo);
    tb->addAction(m_redo);
    tb->addSeparator();
    tb->addAction(m_structure->insertBelow);
    tb->addAction(m_structure->removeRow);
}

} // namespace jixiao::ui
