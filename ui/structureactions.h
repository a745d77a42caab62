// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace jixiao::ui {

class MainWindow;

// The commands that change the form's structure: rows of the list under
// the cursor (Edit menu, the table's context menu) and special funds,
// expenditure directions and projects (Filing menu, the navigation tree's
// context menu). Each is one undo step of the window's document.
class StructureActions : public QObject
{
    Q_OBJECT
public:
    explicit StructureActions(MainWindow *window);

    // Enables what the cursor and the table on screen allow.
    void update();

    bool insertRow(bool below);
    bool removeCurrentRow();
    bool moveCurrentRow(int delta);
    bool addFund();
    bool addDirection();
    // A new 项目支出绩效目标表 after the project on screen (else at the end),
    // in the scheme's default layout, with the scheme's indicator rows.
    bool addProject();
    // The fund, direction or project on screen (or marked in the tree).
    bool removeCurrentFundOrDirection();
    bool moveCurrentFundOrDirection(int delta);
    // "所列项目即全部项目支出": the filing's projects are all its project spending.
    bool setProjectsComplete(bool complete);
    // The layout the project on screen is printed in (Project::layout): one
    // undo step; the fields the new layout does not show keep their values.
    bool setProjectLayout(const QString &layout);

    QAction *insertAbove = nullptr;
    QAction *insertBelow = nullptr;
    QAction *removeRow = nullptr;
    QAction *moveRowUp = nullptr;
    QAction *moveRowDown = nullptr;
    QAction *addFundAction = nullptr;
    QAction *addDirectionAction = nullptr;
    QAction *addProjectAction = nullptr;
    QAction *projectsCompleteAction = nullptr; // checkable
    QMenu *projectLayoutMenu = nullptr; // one checkable action per layout (data: its id)
    QAction *removeNode = nullptr;
    QAction *moveNodeUp = nullptr;
    QAction *moveNodeDown = nullptr;

private:
    MainWindow *m_window;
};

} // namespace jixiao::ui
