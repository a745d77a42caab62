// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace jixiao::ui {

class Document;
class DirectionModel;
class FormModel;
class FormView;
class OverviewModel;
class SummaryModel;

// The editor: a navigation tree of the filing's tables, the selected table in
// the centre laid out like the paper form, undo/redo, and the file commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Table { None, Overview, Summary, Direction };

    // Opens a filing file (.json interchange). On failure *error says why.
    bool openFile(const QString &path, QString *error);
    // Shows `filing` as a new, unsaved document (path "" = untitled).
    void setFiling(const Filing &filing, const QString &path);
    const Filing &filing() const;

    Document *document() const { return m_doc.get(); }
    FormView *formView() const { return m_view; }
    QTreeWidget *navigationTree() const { return m_tree; }
    FormModel *currentModel() const;
    Table currentTable() const { return m_table; }
    int currentFund() const { return m_fund; }
    int currentDirection() const { return m_direction; }

    void showOverview();
    void showSummary();
    void showDirection(int fund, int direction);
    // Shows the table holding `pointer` and selects its cell. False when no
    // table shows it.
    bool jumpTo(const QString &pointer);

    // Row commands on the list under the cursor.
    bool insertRow(bool below);
    bool removeCurrentRow();
    bool moveCurrentRow(int delta);
    // Funds and directions.
    bool addFund();
    bool addDirection();
    bool removeCurrentFundOrDirection();
    bool moveCurrentFundOrDirection(int delta);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setDocument(std::unique_ptr<Document> doc);
    void createActions();
    void rebuildTree();
    void selectTreeItem();
    void onTreeSelection();
    void onTreeItemRenamed(QTreeWidgetItem *item, int column);
    void onRowsChanged(const QString &listPointer);
    void onValueChanged(const QString &pointer);
    void updateTitle();
    void updateHeader();
    void updateActions();
    void showModel(FormModel *model);

    void newFiling();
    void openDialog();
    void saveAsDialog();
    void exportJsonDialog();
    void importJsonDialog();

    std::unique_ptr<Document> m_doc;
    OverviewModel *m_overview = nullptr;
    SummaryModel *m_summary = nullptr;
    DirectionModel *m_directionModel = nullptr;
    Table m_table = Table::None;
    int m_fund = -1;
    int m_direction = -1;
    bool m_rebuildingTree = false;

    QStackedWidget *m_pages = nullptr;
    QTreeWidget *m_tree = nullptr;
    FormView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_unitLine = nullptr;
    QLabel *m_statusTotals = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_insertAbove = nullptr;
    QAction *m_insertBelow = nullptr;
    QAction *m_removeRow = nullptr;
    QAction *m_moveRowUp = nullptr;
    QAction *m_moveRowDown = nullptr;
    QAction *m_addFund = nullptr;
    QAction *m_addDirection = nullptr;
    QAction *m_removeNode = nullptr;
    QAction *m_moveNodeUp = nullptr;
    QAction *m_moveNodeDown = nullptr;
};

} // namespace jixiao::ui
