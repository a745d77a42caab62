// SPDX-License-Identifier: GPL-3.0-or-later
// The window around one document: its frame and docks, taking a document in
// and letting it go (the one place that asks before unsaved work is left),
// which table is on screen, and what follows the document's changes. The
// file, print and structure commands, the navigation tree, the find bar,
// the status line, the dialogs and the menus each live in their own file.
#include "mainwindow.h"

#include "appsettings.h"
#include "checkspanel.h"
#include "dialogs.h"
#include "document.h"
#include "fileactions.h"
#include "filingdialogs.h"
#include "findbar.h"
#include "formmodel.h"
#include "formview.h"
#include "model/jsonpointer.h"
#include "model/location.h"
#include "navigationtree.h"
#include "printactions.h"
#include "settingsdialog.h"
#include "statusline.h"
#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/library.h"
#include "welcomepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jixiao::ui {

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>(settings))
    , m_library(std::make_unique<DraftLibrary>(m_settings->qsettings()))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_files = new FileActions(this);
    m_pages = new QStackedWidget(this);
    auto *editor = new QSplitter(m_pages);
    m_tree = new NavigationTree(editor);
    auto *centre = new QWidget(editor);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(8, 8, 8, 0);
    m_title = new QLabel(centre);
    m_title->setObjectName(QStringLiteral("tableTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_title->setFont(tf);
    m_unitLine = new QLabel(centre);
    m_unitLine->setTextFormat(Qt::PlainText);
    m_banner = new QLabel(centre);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; border: 1px solid #e0b000; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    connect(m_banner, &QLabel::linkActivated, this, [this] {
        QString error;
        if (!reloadDraft(&error))
            dialogs::warning(this, tr("Cannot reload the draft"), error);
    });
    m_watcher = new QFileSystemWatcher(this);
    m_ownerCheck = new QTimer(this);
    m_ownerCheck->setSingleShot(true);
    m_ownerCheck->setInterval(300);
    connect(m_ownerCheck, &QTimer::timeout, this, &MainWindow::checkOwnerSaved);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_ownerCheck, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_ownerCheck, qOverload<>(&QTimer::start));
    m_findBar = new FindBar([this] { return m_doc ? &m_doc->filing() : nullptr; },
        [this](const QString &pointer) { return jumpTo(pointer); }, centre);
    connect(m_findBar, &FindBar::closed, this, [this] { m_view->setFocus(); });
    layout->addWidget(m_findBar);
    m_view = new FormView(centre);
    m_view->setObjectName(QStringLiteral("formView"));
    layout->addWidget(m_title);
    layout->addWidget(m_unitLine);
    layout->addWidget(m_view, 1);
    editor->addWidget(m_tree);
    editor->addWidget(centre);
    editor->setStretchFactor(1, 4);
    editor->setSizes({260, 1000});
    m_pages->addWidget(editor);
    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::newRequested, m_files, &FileActions::newFiling);
    connect(m_welcome, &WelcomePage::sampleRequested, m_files, &FileActions::openSample);
    connect(m_welcome, &WelcomePage::openFileRequested, m_files, &FileActions::openDialog);
    connect(m_welcome, &WelcomePage::carryForwardRequested, m_files, &FileActions::carryForwardDialog);
    connect(m_welcome, &WelcomePage::forgetRequested, this, [this](const QString &path) {
        m_library->forget(path);
        m_welcome->refresh(*m_library);
    });
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString &path) {
        QString error;
        if (!openFile(path, &error))
            dialogs::warning(this, tr("Cannot open the filing"), error);
    });

    m_checks = new ChecksPanel(this);
    m_checksDock = new QDockWidget(tr("Checks"), this);
    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_checksDock->setWidget(m_checks);
    m_checksDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_checksDock);
    resizeDocks({m_checksDock}, {200}, Qt::Vertical);
    m_runner = new CheckRunner(this);
    connect(m_runner, &CheckRunner::finished, this, &MainWindow::onFindings);
    m_print
        = new PrintActions(this, m_settings.get(), m_runner, [this]() -> const Filing & { return m_doc->filing(); });
    connect(m_print, &PrintActions::errorsWanted, this, [this] { showFindings(Severity::Error); });
    connect(m_print, &PrintActions::message, this,
        [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_checks, &ChecksPanel::jumpRequested, this, &MainWindow::jumpTo);

    m_checks->setTableTest([this](const QString &pointer) {
        FormModel *m = currentModel();
        return m && m->indexForPointer(pointer).isValid();
    });

    m_status = new StatusLine(statusBar());
    connect(m_status, &StatusLine::countClicked, this, &MainWindow::showFindings);
    connect(m_view, &FormView::message, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    // In the summary, a double-click opens the direction's own table.
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_table != Table::Summary)
            return;
        const auto at = Location::parse(index.data(FormModel::PointerRole).toString());
        if (at && at->area == Location::Direction)
            showDirection(at->fund, at->direction);
    });
    connect(m_tree, &NavigationTree::overviewChosen, this, &MainWindow::showOverview);
    connect(m_tree, &NavigationTree::summaryChosen, this, &MainWindow::showSummary);
    connect(m_tree, &NavigationTree::fundChosen, this, &MainWindow::showFund);
    connect(m_tree, &NavigationTree::directionChosen, this, &MainWindow::showDirection);
    connect(m_tree, &NavigationTree::projectChosen, this, &MainWindow::showProject);
    connect(m_tree, &NavigationTree::renamed, this,
        [this](const QString &pointer, const QString &name) { m_doc->setValue(pointer, name, false); });

    m_structure = new StructureActions(this);
    createActions();
    resize(1280, 860);
    // Where the user left the window, docks and tool bar last time.
    restoreGeometry(m_settings->qsettings()->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->qsettings()->value(QStringLiteral("window/state")).toByteArray());
    setDocument(std::make_unique<Document>(Filing()));
}

MainWindow::~MainWindow()
{
    m_view->setFormModel(nullptr);
    releaseDocument();
}

bool MainWindow::leaveDocument()
{
    if (!m_doc || m_doc->isReadOnly())
        return true;
    // Work already in a draft is safe; only unsaved work is asked about.
    QString error;
    if (m_doc->isModified() && !m_doc->saveNow(&error)
        && dialogs::question(this, tr("Close"),
               tr("Your latest changes could not be saved: %1\nClose and lose them?").arg(error),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    // A closed draft is one complete file, ready to copy or mail. When it
    // cannot be made so, the user hears it here, not only on stderr.
    if (m_doc->draft() && !m_doc->draft()->checkpoint(&error)) {
        const QString file = QFileInfo(m_doc->filePath()).fileName();
        return dialogs::question(this, tr("Close"),
                   tr("“%1” could not be written into one complete file: %2\n"
                      "Nothing is lost: the latest changes are in “%1-wal” beside it and are taken in the next "
                      "time it is opened. Until then, a copy of “%1” alone does not have them: copy both files, "
                      "or close the other window or program reading it and close this one again.\n\n"
                      "Close now?")
                       .arg(file, error),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    return true;
}

void MainWindow::releaseDocument()
{
    if (!m_doc)
        return;
    disconnect(m_doc.get(), nullptr, this, nullptr);
    disconnect(m_doc->undoStack(), nullptr, this, nullptr);
    disconnect(m_doc->undoStack(), nullptr, m_undo, nullptr);
    disconnect(m_doc->undoStack(), nullptr, m_redo, nullptr);
    m_runner->setDocument(nullptr);
    m_checks->setDocument(nullptr);
    m_models.clear(); // the document's children
    m_doc.reset();
}

const Filing &MainWindow::filing() const
{
    return m_doc->filing();
}

bool MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    if (!leaveDocument())
        return false;
    m_view->setFormModel(nullptr);
    m_models.clear();
    releaseDocument();
    m_doc = std::move(doc);
    Document *d = m_doc.get();
    // One model per form; a form with a table per direction or project shows
    // the one on screen.
    for (const form::FormEntry &e : form::registry())
        m_models.append(new FormModel(d, form::Instance {e.kind, -1, -1, -1}, d));
    connect(d->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(d->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(d->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(d->undoStack(), &QUndoStack::undoTextChanged, this,
        [this](const QString &t) { m_undo->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t)); });
    connect(d->undoStack(), &QUndoStack::redoTextChanged, this,
        [this](const QString &t) { m_redo->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t)); });
    connect(d, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(d, &Document::rowsChanged, this, &MainWindow::onRowsChanged);
    connect(d, &Document::valueChanged, this, &MainWindow::onValueChanged);
    // An undo or redo of a cell on another table shows that cell.
    connect(d, &Document::valueChanged, this, [this](const QString &p) { m_lastChanged = p; });
    connect(d->undoStack(), &QUndoStack::indexChanged, this, [this] {
        updateTitle(); // the year or the department may have changed
        const QString p = std::exchange(m_lastChanged, QString());
        if (!p.isEmpty() && currentModel() && !currentModel()->indexForPointer(p).isValid() && !isWelcomeShown())
            jumpTo(p);
    });
    connect(m_view, &QAbstractItemView::clicked, m_structure, &StructureActions::update);
    // The start page's list needs a save only when the draft's place, year or
    // department changed, not at every committed cell.
    connect(d, &Document::saved, this, [this] {
        if (libraryKey() != m_recordedKey)
            recordInLibrary();
    });
    connect(d, &Document::saveFailed, this,
        [this](const QString &why) { statusBar()->showMessage(tr("Not saved: %1").arg(why)); });
    if (!d->draft())
        d->setDraftFolder(m_settings->draftFolder());
    m_checks->setDocument(d);
    m_runner->setDocument(d);
    m_ownerSaved = false;
    updateReadOnly();
    m_pages->setCurrentIndex(0);
    leaveWelcome();
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_table = Table::None;
    m_tree->rebuild(m_doc->filing());
    showOverview();
    updateTitle();
    onValueChanged(QString());
    return true;
}

bool MainWindow::setFiling(const Filing &filing, const QString &path)
{
    auto doc = std::make_unique<Document>(filing);
    doc->setFilePath(path);
    return setDocument(std::move(doc));
}

void MainWindow::showWelcome()
{
    m_library->forgetMissing();
    m_welcome->refresh(*m_library);
    m_pages->setCurrentIndex(1);
    // The start page is not a filing: no checks, no editing tools (until a
    // filing is open again, as the user had them).
    if (!m_welcomeHid) {
        m_welcomeHid = true;
        m_checksWereShown = !m_checksDock->isHidden();
        m_toolBarWasShown = !m_toolBar->isHidden();
    }
    m_checksDock->hide();
    m_toolBar->hide();
    m_status->clear();
    updateTitle();
}

void MainWindow::leaveWelcome()
{
    m_pages->setCurrentIndex(0);
    updateTitle();
    if (!m_welcomeHid)
        return;
    m_welcomeHid = false;
    m_checksDock->setVisible(m_checksWereShown);
    m_toolBar->setVisible(m_toolBarWasShown);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentIndex() == 1;
}

void MainWindow::recordInLibrary()
{
    if (m_doc && m_doc->draft()) {
        m_library->record(m_doc->draft()->path(), m_doc->filing());
        m_recordedKey = libraryKey();
    }
}

QString MainWindow::libraryKey() const
{
    const Filing &f = m_doc->filing();
    return QStringLiteral("%1\n%2\n%3").arg(m_doc->filePath()).arg(f.fiscalYear).arg(f.department.name);
}

void MainWindow::updateReadOnly()
{
    const bool ro = m_doc->isReadOnly();
    for (FormModel *m : std::as_const(m_models))
        m->setReadOnly(ro);
    m_banner->setVisible(ro);
    updateTitle();
    QString notice
        = tr("Read-only: %1 Changes cannot be made or saved here; use Save As to work on a copy.")
              .arg(m_doc->readOnlyReason().isEmpty() ? tr("this draft is open read-only.") : m_doc->readOnlyReason())
              .toHtmlEscaped();
    if (m_ownerSaved)
        notice += QStringLiteral(" <b>%1</b> <a href=\"reload\">%2</a>")
                      .arg(tr("It has been saved since it was opened here.").toHtmlEscaped(),
                          tr("Reload").toHtmlEscaped());
    m_banner->setText(notice);
    watchDraft();
    m_tree->setEditable(!ro);
    m_checks->applyButton()->setVisible(!ro);
}

void MainWindow::watchDraft()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_doc || !m_doc->isReadOnly() || !m_doc->draft())
        return;
    // The owner's saves go to the write-ahead log beside the draft, and into
    // the draft itself when it is checkpointed or closed.
    const QString path = m_doc->draft()->path();
    QStringList paths {QFileInfo(path).absolutePath()};
    for (const QString &p : {path, path + QStringLiteral("-wal")})
        if (QFileInfo::exists(p))
            paths.append(p);
    m_watcher->addPaths(paths);
}

void MainWindow::checkOwnerSaved()
{
    if (!m_doc || !m_doc->isReadOnly() || !m_doc->draft())
        return;
    watchDraft(); // a replaced or new log file is watched again
    Filing onDisk;
    QString error;
    const bool changed = loadFilingFile(m_doc->draft()->path(), &onDisk, &error) && !(onDisk == m_doc->filing());
    if (changed != m_ownerSaved) {
        m_ownerSaved = changed;
        updateReadOnly();
    }
}

bool MainWindow::reloadDraft(QString *error)
{
    if (!m_doc || !m_doc->draft())
        return false;
    const QString path = m_doc->draft()->path();
    const form::Instance table = currentModel() ? currentModel()->instance() : form::Instance();
    Filing f;
    Draft::OpenInfo info;
    std::unique_ptr<Draft> draft = Draft::open(path, &f, &info, error);
    if (!draft)
        return false;
    auto doc = std::make_unique<Document>(f);
    doc->attachDraft(std::move(draft));
    m_ownerSaved = false;
    if (!setDocument(std::move(doc)))
        return false;
    showTable(table); // the same table, if it is still there
    return true;
}

void MainWindow::onFindings()
{
    const QList<Finding> &findings = m_runner->findings();
    m_checks->showFindings(findings);
    QHash<QString, CellMark> marks;
    for (const Finding &f : findings) {
        const int sev = f.severity == Severity::Error ? 2 : f.severity == Severity::Warning ? 1 : 0;
        CellMark &m = marks[f.pointer];
        if (m.text.isEmpty() || sev > m.severity)
            m.severity = sev;
        m.text += (m.text.isEmpty() ? QString() : QStringLiteral("\n")) + severityName(f.severity)
            + QStringLiteral("：") + f.message;
    }
    for (FormModel *m : std::as_const(m_models))
        m->setMarks(marks);
    m_status->showCounts(findings);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showFindings(Severity severity)
{
    m_checksDock->show();
    m_checksDock->raise();
    m_checks->showOnly(severity);
    m_checks->view()->setFocus();
}

PrintSelection MainWindow::currentSelection() const
{
    PrintSelection s;
    switch (m_table) {
    case Table::Overview:
        s.kind = PrintSelection::Overview;
        break;
    case Table::Summary:
        s.kind = PrintSelection::Summary;
        break;
    case Table::Direction:
        s.kind = PrintSelection::Direction;
        s.fund = m_fund;
        s.direction = m_direction;
        break;
    case Table::Project:
        s.kind = PrintSelection::Project;
        s.project = m_project;
        break;
    case Table::None:
        break;
    }
    return s;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings.get(), this);
    dialogs::exec(dialog);
}

bool MainWindow::setFilingProperties(int fiscalYear, const QString &fundLevel, const QString &schemeKey)
{
    if (m_doc->isReadOnly() || !indicatorSchemeFromKey(schemeKey) || fiscalYear < 2000 || fiscalYear > 2100)
        return false;
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(tr("Change filing properties"));
    m_doc->setValue(QStringLiteral("/fiscalYear"), QString::number(fiscalYear), false);
    m_doc->setValue(
        QStringLiteral("/fundLevel"), fundLevel.trimmed().isEmpty() ? FieldValue() : fundLevel.trimmed(), false);
    m_doc->setValue(QStringLiteral("/indicatorScheme"), schemeKey, false);
    stack->endMacro();
    return true;
}

void MainWindow::propertiesDialog()
{
    PropertiesDialog d(m_doc->filing(), this);
    if (dialogs::exec(d) == QDialog::Accepted)
        setFilingProperties(d.yearBox()->value(), d.levelBox()->currentText(), d.schemeKey());
}

FormModel *MainWindow::currentModel() const
{
    return m_view->formModel();
}

void MainWindow::updateTitle()
{
    if (isWelcomeShown()) { // the start page is the program's, not the last draft's
        setWindowTitle(tr("Jixiao"));
        setWindowModified(false);
        return;
    }
    if (!m_doc)
        return;
    // Which draft, which year, which department: a clerk has several open.
    const Filing &f = m_doc->filing();
    const QString what = QStringLiteral("%1年 %2").arg(f.fiscalYear).arg(f.department.name.trimmed()).trimmed();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1 (read-only) — %2 — Jixiao").arg(m_doc->displayName(), what)
                                       : tr("%1[*] — %2 — Jixiao").arg(m_doc->displayName(), what));
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateHeader()
{
    FormModel *m = currentModel();
    m_title->setText(m ? m->title() : QString());
    // The form's own lines: "填报单位：（盖章）…  金额单位：万元" (the Hunan 申报表: "单位：万元").
    m_unitLine->setText(
        m ? m->sealCaption() + m_doc->filing().department.name + QStringLiteral("    ") + m->unitCaption() : QString());
}

void MainWindow::showModel(FormModel *model)
{
    m_view->setFormModel(model);
    // The row commands follow the cursor (a new model brings a new selection model).
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_structure, &StructureActions::update,
            Qt::UniqueConnection);
    updateHeader();
    m_structure->update();
    selectTreeItem();
    m_checks->tableChanged();
}

FormModel *MainWindow::modelFor(form::Kind kind) const
{
    const auto forms = form::registry();
    for (size_t i = 0; i < forms.size() && i < size_t(m_models.size()); ++i)
        if (forms[i].kind == kind)
            return m_models[qsizetype(i)];
    return nullptr;
}

bool MainWindow::showTable(const form::Instance &instance)
{
    FormModel *model = modelFor(instance.kind);
    if (!model || !form::exists(m_doc->filing(), instance))
        return false;
    switch (instance.kind) {
    case form::Kind::Overview:
        m_table = Table::Overview;
        break;
    case form::Kind::Summary:
        m_table = Table::Summary;
        break;
    case form::Kind::Direction:
        m_table = Table::Direction;
        break;
    case form::Kind::Project:
        m_table = Table::Project;
        break;
    }
    m_fund = instance.fund;
    m_direction = instance.direction;
    m_project = instance.project;
    if (!(model->instance() == instance))
        model->setInstance(instance);
    showModel(model);
    return true;
}

void MainWindow::showOverview()
{
    showTable({form::Kind::Overview, -1, -1, -1});
}

void MainWindow::showSummary()
{
    showTable({form::Kind::Summary, -1, -1, -1});
}

void MainWindow::showDirection(int fund, int direction)
{
    showTable({form::Kind::Direction, fund, direction, -1});
}

void MainWindow::showProject(int project)
{
    showTable({form::Kind::Project, -1, -1, project});
}

bool MainWindow::jumpTo(const QString &pointer)
{
    const Filing &f = m_doc->filing();
    const std::optional<Location> at = Location::parse(pointer);
    if (!at || !pointerExists(f, pointer))
        return false;
    switch (at->area) {
    case Location::Fund:
        // A fund's name and amount (and its list of directions) are on its
        // directions' tables; the fund itself is a row of the summary.
        if ((!at->field.isEmpty() || at->list) && !f.funds[at->fund].directions.isEmpty())
            showDirection(at->fund, 0);
        else
            showSummary();
        break;
    default:
        // The table showing it, as the registry says; the header and the
        // filing's own values are the overview's.
        if (!showTable(form::instanceAt(f, pointer).value_or(form::Instance {})))
            showOverview();
        break;
    }
    FormModel *m = currentModel();
    if (!m || !m->indexForPointer(pointer).isValid())
        return false;
    m_view->selectPointer(pointer);
    m_view->setFocus();
    return true;
}

void MainWindow::selectTreeItem()
{
    if (m_table == Table::Overview)
        m_tree->showOverview();
    else if (m_table == Table::Summary)
        m_tree->showSummary();
    else if (m_table == Table::Direction)
        m_tree->showDirection(m_fund, m_direction);
    else if (m_table == Table::Project)
        m_tree->showProject(m_project);
}

void MainWindow::showFund(int fund)
{
    // A fund's name and amount are in the summary.
    showSummary();
    m_fund = fund;
    m_view->selectPointer(pointer::fund(fund) + QStringLiteral("/name"));
    m_tree->showFund(fund);
    m_structure->update();
}

void MainWindow::onRowsChanged(const QString &listPointer)
{
    const bool projects = listPointer == ListRef {ListRef::Projects}.pointer();
    if (listPointer != u"/funds" && !listPointer.endsWith(QLatin1String("/directions")) && !projects)
        return;
    const Filing &f = m_doc->filing();
    if (m_table == Table::Direction) {
        // Keep a table on screen: the same place, or the nearest direction left.
        if (m_fund >= f.funds.size())
            m_fund = int(f.funds.size()) - 1;
        if (m_fund >= 0 && m_direction >= f.funds[m_fund].directions.size())
            m_direction = int(f.funds[m_fund].directions.size()) - 1;
        if (m_fund < 0 || m_direction < 0 || !showTable({form::Kind::Direction, m_fund, m_direction, -1}))
            showSummary();
    } else if (m_table == Table::Project && projects) {
        // The same place, or the last project left; the overview when none is.
        if (!showTable({form::Kind::Project, -1, -1, qMin(m_project, int(f.projects.size()) - 1)}))
            showOverview();
    }
    m_tree->rebuild(f);
    selectTreeItem();
    onValueChanged(QString());
}

void MainWindow::onValueChanged(const QString &p)
{
    m_tree->followValue(m_doc->filing(), p); // the tree's labels follow the names
    if (p == u"/projectsComplete" || p.isEmpty())
        m_structure->update(); // the menu's check mark follows an undo
    if (p == u"/department/name" || p == u"/fiscalYear" || p == u"/fundLevel" || p.isEmpty())
        updateHeader();
    m_status->showTotals(m_doc->filing());
}

QStringList MainWindow::findMatches(const QString &text) const
{
    return m_doc ? FindBar::matches(m_doc->filing(), text) : QStringList();
}

int MainWindow::findNextMatch(bool backwards)
{
    return m_findBar->findNext(backwards);
}

QLineEdit *MainWindow::findEdit() const
{
    return m_findBar->edit();
}

QWidget *MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->show();
    m_guide->raise();
    return m_guide;
}

QDialog *MainWindow::askForPreparer()
{
    auto *d = new PreparerDialog(m_settings->preparerName(), m_settings->preparerPhone(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        m_settings->setPreparerName(d->name());
        m_settings->setPreparerPhone(d->phone());
    });
    // Asked once, whatever the answer: Settings has the same fields.
    m_settings->setPreparerAsked(true);
    d->open(); // window-modal, without blocking the caller
    return d;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_settings->preparerAsked() && m_settings->preparerName().isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_settings->preparerAsked())
                askForPreparer();
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!leaveDocument()) {
        event->ignore();
        return;
    }
    // The start page hides the checks and the tool bar for itself only: the
    // next start shows them as the user had them on a filing.
    if (m_welcomeHid) {
        m_checksDock->setVisible(m_checksWereShown);
        m_toolBar->setVisible(m_toolBarWasShown);
    }
    QSettings *s = m_settings->qsettings();
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace jixiao::ui
