// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace jixiao::ui {

class MainWindow;

// The commands that change the form's structure: rows of the list under
// the cursor (Edit menu, the table's context menu) and special funds and
// expenditure directions (Filing menu, the navigation tree's context menu).
// Each is one undo step of the window's document.
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
    bool removeCurrentFundOrDirection();
    bool moveCurrentFundOrDirection(int delta);

    QAction *insertAbove = nullptr;
    QAction *insertBelow = nullptr;
    QAction *removeRow = nullptr;
    QAction *moveRowUp = nullptr;
    QAction *moveRowDown = nullptr;
    QAction *addFundAction = nullptr;
    QAction *addDirectionAction = nullptr;
    QAction *removeNode = nullptr;
    QAction *moveNodeUp = nullptr;
    QAction *moveNodeDown = nullptr;

private:
    MainWindow *m_window;
};

} // namespace jixiao::ui
