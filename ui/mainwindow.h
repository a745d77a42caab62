// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileactions.h"
#include "form/registry.h"
#include "model/carryforward.h"
#include "model/filing.h"
#include "navigationtree.h"
#include "print/filingprinter.h"
#include "printactions.h"
#include "rules/checks.h"
#include "structureactions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QLineEdit;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QPrintPreviewWidget;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace jixiao {
class DraftLibrary;
}

namespace jixiao::ui {

class AppSettings;
class CheckRunner;
class ChecksPanel;
class Document;
class WelcomePage;
class FindBar;
class FormModel;
class FormView;
class StatusLine;

// The editor: a navigation tree of the filing's tables, the selected table in
// the centre laid out like the paper form, undo/redo, and the file commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: nullptr = the application's QSettings (tests pass a temporary one).
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Table { None, Overview, Summary, Direction, Project };

    // The File menu's commands (see FileActions, which does them).
    FileActions *fileActions() const { return m_files; }
    bool openFile(const QString &path, QString *error) { return m_files->openFile(path, error); }
    void openSample() { m_files->openSample(); }
    void newFiling() { m_files->newFiling(); }
    bool newFromLastYear(const QString &path, const CarryForwardOptions &options, QString *error)
    {
        return m_files->newFromLastYear(path, options, error);
    }
    bool newFromFiling(const Filing &last, const CarryForwardOptions &options, QString *error)
    {
        return m_files->newFromFiling(last, options, error);
    }
    void carryForwardDialog(const QString &given) { m_files->carryForwardDialog(given); }
    QString lastCarryForwardLabel() const { return m_files->lastCarryForwardLabel(); }
    bool saveAs(const QString &path, QString *error) { return m_files->saveAs(path, error); }
    bool exportJson(const QString &path, QString *error) { return m_files->exportJson(path, error); }
    void showWelcome();
    bool isWelcomeShown() const;

    // Printing (see PrintActions, which does it).
    PrintActions *printActions() const { return m_print; }
    bool confirmPrintDespiteErrors() { return m_print->confirmPrintDespiteErrors(); }
    PrintSelection currentSelection() const; // the table on screen
    void printPreview(const PrintSelection &selection) { m_print->printPreview(selection); }
    QPrintPreviewWidget *lastPreview() const { return m_print->lastPreview(); }
    bool exportPdf(const QString &path, const PrintSelection &selection, QString *error)
    {
        return m_print->exportPdf(path, selection, error);
    }
    void exportPdfDialog() { m_print->exportPdfDialog(); }
    void print(const PrintSelection &selection) { m_print->print(selection); }
    void openSettings();
    // F1: the user guide (Chinese), in a window of its own; returns it.
    QWidget *showGuide();
    // Find (Ctrl+F): the pointers of the filing's texts containing `text`,
    // in the tables' order; findNextMatch shows the next (or previous) one
    // and returns how many there are.
    QStringList findMatches(const QString &text) const;
    int findNextMatch(bool backwards = false);
    QLineEdit *findEdit() const;
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
    NavigationTree *navigationTree() const { return m_tree; }
    FormModel *currentModel() const;
    Table currentTable() const { return m_table; }
    int currentFund() const { return m_fund; }
    int currentDirection() const { return m_direction; }
    int currentProject() const { return m_project; }

    // A read-only window watches its draft: when the owner has saved, the
    // notice offers to reload (ownerSaved()); reloadDraft() shows what is on
    // disk now, on the same table.
    bool ownerSaved() const { return m_ownerSaved; }
    bool reloadDraft(QString *error);

    void showOverview();
    void showSummary();
    void showDirection(int fund, int direction);
    void showFund(int fund); // the summary, at the fund's row
    void showProject(int project);
    // Shows one table of the filing (form::registry()'s); false when the filing has no such table.
    bool showTable(const form::Instance &instance);
    // Shows the table holding `pointer` and selects its cell. False when no
    // table shows it.
    bool jumpTo(const QString &pointer);

    // Row commands on the list under the cursor; funds and directions (see
    // StructureActions, which does them).
    StructureActions *structureActions() const { return m_structure; }
    bool insertRow(bool below) { return m_structure->insertRow(below); }
    bool removeCurrentRow() { return m_structure->removeCurrentRow(); }
    bool moveCurrentRow(int delta) { return m_structure->moveCurrentRow(delta); }
    bool addFund() { return m_structure->addFund(); }
    bool addDirection() { return m_structure->addDirection(); }
    bool addProject() { return m_structure->addProject(); }
    bool removeCurrentFundOrDirection() { return m_structure->removeCurrentFundOrDirection(); }
    bool moveCurrentFundOrDirection(int delta) { return m_structure->moveCurrentFundOrDirection(delta); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class FileActions; // opens and saves through the window's document

    // Shows `doc` in the window instead of the current one. False when the
    // current filing has unsaved changes the user keeps.
    bool setDocument(std::unique_ptr<Document> doc);
    // Before the filing is closed or replaced: saves what is not saved yet
    // and leaves the draft one complete file; asks when either fails. False
    // when the user keeps the filing open. The one place that asks.
    bool leaveDocument();
    void releaseDocument(); // disconnects and deletes the document
    void leaveWelcome();
    void createActions();
    void selectTreeItem();
    void onRowsChanged(const QString &listPointer);
    void onValueChanged(const QString &pointer);
    void updateTitle();
    void updateHeader();
    void showModel(FormModel *model);
    FormModel *modelFor(form::Kind kind) const; // the one model showing that form's tables
    void onFindings();
    void updateReadOnly();
    void recordInLibrary();
    QString libraryKey() const; // what the library keeps of the draft: place, year, department

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DraftLibrary> m_library;
    std::unique_ptr<Document> m_doc;
    CheckRunner *m_runner = nullptr;
    ChecksPanel *m_checks = nullptr;
    QDockWidget *m_checksDock = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_banner = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_ownerCheck = nullptr; // debounces the watcher's bursts
    bool m_ownerSaved = false;
    void watchDraft();
    void checkOwnerSaved();
    StatusLine *m_status = nullptr;
    QToolBar *m_toolBar = nullptr;
    FileActions *m_files = nullptr;
    StructureActions *m_structure = nullptr;
    PrintActions *m_print = nullptr;
    QPointer<QWidget> m_guide;
    FindBar *m_findBar = nullptr;
    QList<FormModel *> m_models; // one per form of the registry, in its order; the document's children
    Table m_table = Table::None;
    int m_fund = -1;
    int m_direction = -1;
    int m_project = -1;
    QString m_lastChanged;
    QString m_recordedKey; // what the library last heard of this draft
    bool m_welcomeHid = false; // the start page hid the checks and the tool bar
    bool m_checksWereShown = true;
    bool m_toolBarWasShown = true;

    QStackedWidget *m_pages = nullptr;
    NavigationTree *m_tree = nullptr;
    FormView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_unitLine = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace jixiao::ui
