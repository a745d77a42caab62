// SPDX-License-Identifier: GPL-3.0-or-later
#include "structureactions.h"

#include "dialogs.h"
#include "document.h"
#include "formmodel.h"
#include "formview.h"
#include "mainwindow.h"
#include "model/jsonpointer.h"

#include "form/form.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace jixiao::ui {

StructureActions::StructureActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    insertAbove = action(
        tr("Insert Row &Above"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus), [this] { insertRow(false); });
    insertBelow = action(tr("Insert Row &Below"), QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { insertRow(true); });
    removeRow = action(tr("Re&move Row"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { removeCurrentRow(); });
    moveRowUp
        = action(tr("Mo&ve Row Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    moveRowDown
        = action(tr("Move Row Do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrentRow(1); });
    addFundAction = action(tr("Add Special &Fund"), QKeySequence(), [this] { addFund(); });
    addDirectionAction = action(tr("Add Expenditure &Direction"), QKeySequence(), [this] { addDirection(); });
    addProjectAction = action(tr("Add Pro&ject"), QKeySequence(), [this] { addProject(); });
    projectsCompleteAction = action(tr("Projects Are &All Project Expenditure"), QKeySequence(),
        [this] { setProjectsComplete(projectsCompleteAction->isChecked()); });
    projectsCompleteAction->setCheckable(true);
    projectsCompleteAction->setToolTip(tr("The project forms are all of the department's project expenditure: the "
                                          "checks then hold their annual funds against the overview's 项目支出."));
    projectLayoutMenu = new QMenu(tr("Project La&yout"), window);
    auto *layouts = new QActionGroup(projectLayoutMenu);
    for (const QString &id : form::projectLayouts()) {
        QAction *a = projectLayoutMenu->addAction(form::projectLayoutName(id));
        a->setData(id);
        a->setCheckable(true);
        layouts->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setProjectLayout(id); });
    }
    removeNode = action(
        tr("&Remove Fund, Direction or Project"), QKeySequence::Delete, [this] { removeCurrentFundOrDirection(); });
    moveNodeUp = action(
        tr("Move &Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrentFundOrDirection(-1); });
    moveNodeDown = action(
        tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrentFundOrDirection(1); });
    // The same keys move a row in the table and a fund or direction in the tree.
    for (QAction *rowAction : {insertAbove, insertBelow, removeRow, moveRowUp, moveRowDown})
        rowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *nodeAction : {moveNodeUp, moveNodeDown, removeNode})
        nodeAction->setShortcutContext(Qt::WidgetShortcut);
    QWidget *tree = window->navigationTree();
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addActions({addFundAction, addDirectionAction, addProjectAction, removeNode, moveNodeUp, moveNodeDown});
    QWidget *view = window->formView();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({insertAbove, insertBelow, removeRow, moveRowUp, moveRowDown});
}

void StructureActions::update()
{
    QString list;
    int index = -1;
    const bool inList = m_window->formView()->currentListRow(&list, &index);
    const FormModel *model = m_window->currentModel();
    const bool editable = model && !model->isReadOnly();
    insertAbove->setEnabled(editable && inList && index >= 0);
    insertBelow->setEnabled(editable && inList);
    removeRow->setEnabled(editable && inList && index >= 0);
    moveRowUp->setEnabled(editable && inList && index > 0);
    moveRowDown->setEnabled(editable && inList && index >= 0);
    const Filing &filing = m_window->document()->filing();
    addDirectionAction->setEnabled(editable && !filing.funds.isEmpty());
    addFundAction->setEnabled(editable);
    addProjectAction->setEnabled(editable);
    projectsCompleteAction->setEnabled(editable);
    projectsCompleteAction->setChecked(filing.projectsComplete);
    const int project = m_window->currentTable() == MainWindow::Table::Project ? m_window->currentProject() : -1;
    const bool onProject = project >= 0 && project < filing.projects.size();
    projectLayoutMenu->setEnabled(editable && onProject);
    const QString layout = onProject ? form::projectLayout(filing, filing.projects[project]) : QString();
    for (QAction *a : projectLayoutMenu->actions())
        a->setChecked(a->data().toString() == layout);
    removeNode->setEnabled(editable && (m_window->currentFund() >= 0 || m_window->currentProject() >= 0));
}

bool StructureActions::insertRow(bool below)
{
    MainWindow *w = m_window;
    FormView *view = w->formView();
    Document *doc = w->document();
    QString list;
    int index = -1;
    if (!view->currentListRow(&list, &index))
        return false;
    const int at = index < 0 ? 0 : index + (below ? 1 : 0);
    const int column = view->currentIndex().column();
    if (!doc->insertEmptyRow(list, at))
        return false;
    view->selectPointer(pointer::join(list, at));
    if (FormModel *m = w->currentModel()) {
        const QModelIndex i = m->indexForPointer(pointer::join(list, at));
        if (i.isValid()) {
            const QModelIndex same = m->index(i.row(), qMax(column, i.column()));
            view->setCurrentIndex(m->flags(same) & Qt::ItemIsSelectable ? same : i);
        }
    }
    return true;
}

bool StructureActions::removeCurrentRow()
{
    MainWindow *w = m_window;
    FormView *view = w->formView();
    Document *doc = w->document();
    QString list;
    int index = -1;
    if (!view->currentListRow(&list, &index) || index < 0 || !doc->removeRows(list, index, 1))
        return false;
    // The cursor stays on the row that took its place, or the last one left.
    const auto ref = parseListPointer(list);
    const int left = ref ? listSize(doc->filing(), *ref) : 0;
    view->selectPointer(left > 0 ? pointer::join(list, qMin(index, left - 1)) : list);
    return true;
}

bool StructureActions::moveCurrentRow(int delta)
{
    MainWindow *w = m_window;
    FormView *view = w->formView();
    Document *doc = w->document();
    QString list;
    int index = -1;
    if (!view->currentListRow(&list, &index) || index < 0)
        return false;
    const int column = view->currentIndex().column();
    if (!doc->moveRow(list, index, index + delta))
        return false;
    if (FormModel *m = w->currentModel()) {
        const QModelIndex i = m->indexForPointer(pointer::join(list, index + delta));
        if (i.isValid())
            view->setCurrentIndex(m->index(i.row(), qMax(column, i.column())));
    }
    return true;
}

bool StructureActions::addFund()
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    const int at = int(doc->filing().funds.size());
    Fund fund;
    fund.name = tr("New special fund");
    Direction d = std::get<Direction>(emptyRow(doc->filing(), ListRef {ListRef::Directions, 0}));
    d.name = fund.name;
    fund.directions.append(d);
    if (!doc->insertRows(QStringLiteral("/funds"), at, {fund}))
        return false;
    w->showDirection(at, 0);
    return true;
}

bool StructureActions::addDirection()
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    const Filing &f = doc->filing();
    if (f.funds.isEmpty())
        return false;
    const int fi = w->currentFund() >= 0 ? w->currentFund() : int(f.funds.size()) - 1;
    const ListRef list {ListRef::Directions, fi};
    Direction d = std::get<Direction>(emptyRow(f, list));
    d.name = tr("New expenditure direction");
    const int at = w->currentTable() == MainWindow::Table::Direction ? w->currentDirection() + 1
                                                                     : int(f.funds[fi].directions.size());
    if (!doc->insertRows(list.pointer(), at, {d}))
        return false;
    w->showDirection(fi, at);
    return true;
}

bool StructureActions::addProject()
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    const Filing &f = doc->filing();
    const int at = w->currentTable() == MainWindow::Table::Project ? w->currentProject() + 1 : int(f.projects.size());
    // The scheme's default layout with its indicator rows (emptyRow).
    Project p = std::get<Project>(emptyRow(f, ListRef {ListRef::Projects}));
    p.name = tr("New project");
    if (!doc->insertRows(ListRef {ListRef::Projects}.pointer(), at, {p}))
        return false;
    w->showProject(at);
    return true;
}

bool StructureActions::setProjectsComplete(bool complete)
{
    Document *doc = m_window->document();
    if (doc->filing().projectsComplete == complete)
        return false;
    return doc->setValue(
        QStringLiteral("/projectsComplete"), complete ? QStringLiteral("true") : QStringLiteral("false"), false);
}

bool StructureActions::setProjectLayout(const QString &layout)
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    const int p = w->currentTable() == MainWindow::Table::Project ? w->currentProject() : -1;
    if (p < 0 || p >= doc->filing().projects.size() || !form::projectLayoutKnown(layout)
        || doc->filing().projects[p].layout == layout)
        return false;
    const bool changed = doc->setValue(pointer::join(pointer::project(p), QStringLiteral("layout")), layout, false);
    w->showProject(p); // the grid of the new layout
    return changed;
}

bool StructureActions::removeCurrentFundOrDirection()
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    const Filing &f = doc->filing();
    if (w->currentTable() == MainWindow::Table::Project) {
        const int p = w->currentProject();
        if (dialogs::question(w, tr("Remove project"),
                tr("Remove the project “%1” with its indicators? You can undo this.").arg(f.projects[p].name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return false;
        return doc->removeRows(ListRef {ListRef::Projects}.pointer(), p, 1);
    }
    if (w->currentFund() < 0)
        return false;
    if (w->currentTable() == MainWindow::Table::Direction) {
        const QString name = f.funds[w->currentFund()].directions[w->currentDirection()].name;
        if (dialogs::question(w, tr("Remove expenditure direction"),
                tr("Remove the expenditure direction “%1” with its indicators and detail lines? "
                   "You can undo this.")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return false;
        return doc->removeRows(ListRef {ListRef::Directions, w->currentFund()}.pointer(), w->currentDirection(), 1);
    }
    const QString name = f.funds[w->currentFund()].name;
    if (dialogs::question(w, tr("Remove special fund"),
            tr("Remove the special fund “%1” with all its expenditure directions? You can undo this.").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    const int fi = w->currentFund();
    if (!doc->removeRows(QStringLiteral("/funds"), fi, 1))
        return false;
    w->showSummary();
    return true;
}

bool StructureActions::moveCurrentFundOrDirection(int delta)
{
    MainWindow *w = m_window;
    Document *doc = w->document();
    if (w->currentTable() == MainWindow::Table::Project) {
        const int to = w->currentProject() + delta;
        if (!doc->moveRow(ListRef {ListRef::Projects}.pointer(), w->currentProject(), to))
            return false;
        w->showProject(to);
        return true;
    }
    if (w->currentFund() < 0)
        return false;
    if (w->currentTable() == MainWindow::Table::Direction) {
        const int fi = w->currentFund();
        const int to = w->currentDirection() + delta;
        if (!doc->moveRow(ListRef {ListRef::Directions, fi}.pointer(), w->currentDirection(), to))
            return false;
        w->showDirection(fi, to);
        return true;
    }
    const int to = w->currentFund() + delta;
    if (!doc->moveRow(QStringLiteral("/funds"), w->currentFund(), to))
        return false;
    // The fund stays marked where it went, ready to move on.
    w->showFund(to);
    return true;
}

} // namespace jixiao::ui
