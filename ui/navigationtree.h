// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace jixiao {
struct Filing;
}

namespace jixiao::ui {

// The window's list of the filing's tables: the overview, the summary with
// its special funds, each fund's expenditure directions, and the project
// forms. Choosing an entry asks for its table; renaming a fund, direction or
// project asks for the change (the document makes it, as an undo step).
class NavigationTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit NavigationTree(QWidget *parent = nullptr);

    // Lists the filing's tables anew; the caller then marks the one on screen.
    void rebuild(const Filing &filing);
    // Follows a changed value: a fund's or direction's name relabels its entry.
    void followValue(const Filing &filing, const QString &pointer);
    // Marks the table on screen, without asking for it again.
    void showOverview();
    void showSummary();
    void showDirection(int fund, int direction);
    void showFund(int fund);
    void showProject(int project);
    void setEditable(bool editable);
    // Starts renaming the current fund, direction or project.
    void renameCurrent();

Q_SIGNALS:
    void overviewChosen();
    void summaryChosen();
    void fundChosen(int fund);
    void directionChosen(int fund, int direction);
    void projectChosen(int project);
    // A fund, direction or project renamed here: `pointer` is its name's.
    void renamed(const QString &pointer, const QString &name);

private:
    void select(QTreeWidgetItem *item);
    void onSelection();
    void onItemChanged(QTreeWidgetItem *item, int column);
    QTreeWidgetItem *fundItem(int fund) const;
    QTreeWidgetItem *projectItem(int project) const;

    bool m_quiet = false; // our own changes are not the user's
};

} // namespace jixiao::ui
