// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/carryforward.h"
#include "model/filing.h"
#include "print/filingprinter.h"
#include "rules/checks.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QLineEdit;
class QDockWidget;
class QLabel;
class QPrintPreviewWidget;
class QSettings;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace jixiao {
class DraftLibrary;
}

namespace jixiao::ui {

class AppSettings;
class CheckRunner;
class ChecksPanel;
class Document;
class WelcomePage;
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
    // settings: nullptr = the application's QSettings (tests pass a temporary one).
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Table { None, Overview, Summary, Direction };

    // Opens a draft (.jixiao, autosaved; read-only when locked elsewhere) or
    // imports an interchange file (.json, into a new draft at the first
    // change). On failure *error says why.
    bool openFile(const QString &path, QString *error);
    void openSample();
    void newFiling();
    // Starts next year's filing from the draft or file at `path`, as a new draft.
    bool newFromLastYear(const QString &path, const CarryForwardOptions &options, QString *error);
    // The same from a filing in memory. When that year's draft of the
    // department exists, offers to open it instead (never a second draft);
    // afterwards tells what changed and what still names last year.
    bool newFromFiling(const Filing &last, const CarryForwardOptions &options, QString *error);
    // 由上年度填报新建 as the menu and the start page start it ("" = no file
    // chosen yet).
    void carryForwardDialog(const QString &given);
    QString lastCarryForwardLabel() const { return m_lastCarryForwardLabel; }
    // Saves the filing under a new name: .jixiao becomes the draft edited from
    // now on, .json is an export.
    bool saveAs(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);
    void showWelcome();
    bool isWelcomeShown() const;

    // Printing. Where the filing has check errors, asks first (dialogs seam);
    // false when the user declines.
    bool confirmPrintDespiteErrors();
    PrintSelection currentSelection() const; // the table on screen
    // Opens the print preview, window-modal without blocking (see lastPreview()).
    void printPreview(const PrintSelection &selection);
    QPrintPreviewWidget *lastPreview() const;
    bool exportPdf(const QString &path, const PrintSelection &selection, QString *error);
    // File › Export PDF: asks first where the filing has errors, proposes a
    // file name from the year and department.
    void exportPdfDialog();
    void print(const PrintSelection &selection);
    void openSettings();
    // F1: the user guide (Chinese), in a window of its own; returns it.
    QWidget *showGuide();
    // Find (Ctrl+F): the pointers of the filing's texts containing `text`,
    // in the tables' order; findNextMatch shows the next (or previous) one
    // and returns how many there are.
    QStringList findMatches(const QString &text) const;
    int findNextMatch(bool backwards = false);
    QLineEdit *findEdit() const { return m_findEdit; }
    // The first start's question for the preparer's name and phone (asked
    // once, when the window is first shown); returns the dialog, open.
    QDialog *askForPreparer();
    // 年度, 级次 (区级/县级/…), indicator scheme key ("hunan-2023"): one undo step.
    bool setFilingProperties(int fiscalYear, const QString &fundLevel, const QString &schemeKey);
    void propertiesDialog();

    AppSettings *settings() const { return m_settings.get(); }
    DraftLibrary *library() const { return m_library.get(); }
    ChecksPanel *checksPanel() const { return m_checks; }
    CheckRunner *checkRunner() const { return m_runner; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QString statusText() const; // the status bar's counts and totals, as plain text
    // Shows the checks panel with only the findings of `severity`.
    void showFindings(Severity severity);
    // Shows `filing` as a new, unsaved document (path "" = untitled).
    bool setFiling(const Filing &filing, const QString &path);
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
    void showEvent(QShowEvent *event) override;

private:
    // False when the current filing has unsaved changes the user keeps.
    bool setDocument(std::unique_ptr<Document> doc);
    // Before the filing is closed or replaced: saves what is not saved yet
    // and leaves the draft one complete file; asks when either fails. False
    // when the user keeps the filing open.
    bool leaveDocument();
    void releaseDocument(); // disconnects and deletes the document
    void leaveWelcome();
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

    void openDialog();
    void printNow(const PrintSelection &selection); // print() once the errors were asked about
    void onFindings();
    void updateReadOnly();
    void recordInLibrary();
    QString libraryKey() const; // what the library keeps of the draft: place, year, department
    void saveAsDialog();
    void exportJsonDialog();
    void importJsonDialog();

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftLibrary> m_library;
    std::unique_ptr<Document> m_doc;
    CheckRunner *m_runner = nullptr;
    ChecksPanel *m_checks = nullptr;
    QDockWidget *m_checksDock = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_statusChecks = nullptr;
    QString m_statusPlain;
    QToolBar *m_toolBar = nullptr;
    QPointer<QWidget> m_preview;
    QPointer<QWidget> m_guide;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findCount = nullptr;
    int m_findAt = -1;
    OverviewModel *m_overview = nullptr;
    SummaryModel *m_summary = nullptr;
    DirectionModel *m_directionModel = nullptr;
    Table m_table = Table::None;
    int m_fund = -1;
    int m_direction = -1;
    bool m_rebuildingTree = false;
    QString m_lastChanged;
    QString m_recordedKey;
    QString m_lastCarryForwardLabel; // what the library last heard of this draft
    bool m_welcomeHid = false; // the start page hid the checks and the tool bar
    bool m_checksWereShown = true;
    bool m_toolBarWasShown = true;

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
