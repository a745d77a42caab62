// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "carryforwarddialog.h"
#include "checkspanel.h"
#include "dialogs.h"
#include "document.h"
#include "formmodel.h"
#include "formview.h"
#include "import/officeimport.h"
#include "import/xlsxexport.h"
#include "model/jsonio.h"
#include "model/jsonpointer.h"
#include "settingsdialog.h"
#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/library.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace jixiao::ui {

namespace {
enum TreeRole { KindRole = Qt::UserRole, FundRole, DirectionRole };
enum TreeKind { OverviewItem, SummaryItem, FundItem, DirectionItem };

QString jsonFilter()
{
    return MainWindow::tr("Filing interchange files (*.json)");
}
QString openFilter()
{
    return MainWindow::tr("Filings (*.jixiao *.json);;Drafts (*.jixiao);;Interchange files (*.json)");
}
QString saveFilter()
{
    return MainWindow::tr("Drafts (*.jixiao);;Interchange files (*.json)");
}
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>(settings))
    , m_library(std::make_unique<DraftLibrary>(m_settings->qsettings()))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_pages = new QStackedWidget(this);
    auto *editor = new QSplitter(m_pages);
    m_tree = new QTreeWidget(editor);
    m_tree->setObjectName(QStringLiteral("navigation"));
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
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
    // Ctrl+F: find in every text of the filing, across its tables.
    m_findBar = new QWidget(centre);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(new QLabel(tr("Find:"), m_findBar));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("text in any table (Enter: next, Shift+Enter: previous)"));
    m_findEdit->setClearButtonEnabled(true);
    findLayout->addWidget(m_findEdit, 1);
    m_findCount = new QLabel(m_findBar);
    findLayout->addWidget(m_findCount);
    auto *findPrev = new QPushButton(tr("Previous"), m_findBar);
    auto *findNext = new QPushButton(tr("Next"), m_findBar);
    auto *findClose = new QPushButton(tr("Close"), m_findBar);
    findLayout->addWidget(findPrev);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    connect(m_findEdit, &QLineEdit::returnPressed, this,
        [this] { findNextMatch(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        m_findAt = -1;
        m_findCount->clear();
    });
    connect(findNext, &QPushButton::clicked, this, [this] { findNextMatch(false); });
    connect(findPrev, &QPushButton::clicked, this, [this] { findNextMatch(true); });
    connect(findClose, &QPushButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QAction(m_findEdit);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_view->setFocus();
    });
    m_findEdit->addAction(escape);
    m_findBar->hide();
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
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFiling);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::carryForwardRequested, this, &MainWindow::carryForwardDialog);
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
    connect(m_checks, &ChecksPanel::jumpRequested, this, &MainWindow::jumpTo);

    m_checks->setTableTest([this](const QString &pointer) {
        FormModel *m = currentModel();
        return m && m->indexForPointer(pointer).isValid();
    });

    m_statusChecks = new QLabel(this);
    m_statusChecks->setObjectName(QStringLiteral("statusChecks"));
    m_statusChecks->setTextFormat(Qt::RichText);
    m_statusChecks->setToolTip(tr("Click a count to see those findings"));
    connect(m_statusChecks, &QLabel::linkActivated, this, [this](const QString &key) {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            if (severityKey(s) == key)
                showFindings(s);
    });
    statusBar()->addWidget(m_statusChecks, 1);
    // A message (an import, a refused cell) takes the counts' place while it
    // shows, also when it came before the window was shown: never both.
    connect(statusBar(), &QStatusBar::messageChanged, m_statusChecks,
        [this](const QString &message) { m_statusChecks->setVisible(message.isEmpty()); });
    m_statusTotals = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusTotals);
    connect(m_view, &FormView::message, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    // In the summary, a double-click opens the direction's own table.
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_table != Table::Summary)
            return;
        const QStringList t = pointer::split(index.data(FormModel::PointerRole).toString());
        if (t.size() >= 4 && t[0] == u"funds" && t[2] == u"directions")
            showDirection(t[1].toInt(), t[3].toInt());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MainWindow::onTreeSelection);
    connect(m_tree, &QTreeWidget::itemChanged, this, &MainWindow::onTreeItemRenamed);

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
    m_overview = nullptr; // the document's children
    m_summary = nullptr;
    m_directionModel = nullptr;
    m_doc.reset();
}

const Filing &MainWindow::filing() const
{
    return m_doc->filing();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New"), this, &MainWindow::newFiling);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    a->setShortcut(QKeySequence::Open);
    file->addAction(tr("New from &Last Year's Filing…"), this, [this] { carryForwardDialog(QString()); });
    file->addAction(tr("Open the &Sample"), this, &MainWindow::openSample);
    file->addAction(tr("&Start Page"), this, &MainWindow::showWelcome);
    file->addSeparator();
    a = file->addAction(tr("Save &As…"), this, &MainWindow::saveAsDialog);
    a->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Import JSON…"), this, &MainWindow::importJsonDialog);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::exportJsonDialog);
    file->addSeparator();
    a = file->addAction(tr("Print Pre&view…"), this, [this] { printPreview(PrintSelection {}); });
    file->addAction(tr("Preview &This Table…"), this, [this] { printPreview(currentSelection()); });
    a = file->addAction(tr("&Print…"), this, [this] { print(PrintSelection {}); });
    a->setShortcut(QKeySequence::Print);
    file->addAction(tr("Export P&DF…"), this, &MainWindow::exportPdfDialog);
    // Last year's Word/Excel forms in, the tables out to Excel (core/import).
    file->addAction(tr("Import &Word/Excel…"), this, [this] {
        const QString path = dialogs::openFileName(this, tr("Import Word/Excel"), QDir::homePath(),
            tr("Word and Excel forms (*.docx *.xlsx *.doc *.xls *.wps *.et)"));
        office::ImportResult result;
        QString error;
        if (path.isEmpty())
            return;
        if (!office::OfficeImport::importFile(path, &result, &error)) {
            dialogs::warning(this, tr("Cannot import"), error);
            return;
        }
        if (!setFiling(result.filing, QString()))
            return;
        const QStringList told = result.notes + result.unmapped;
        if (!result.unmapped.isEmpty())
            dialogs::warning(this, tr("Import Word/Excel"),
                tr("Imported; these places of the source could not be placed in the filing:\n%1")
                    .arg(told.join(QLatin1Char('\n'))));
        statusBar()->showMessage(
            tr("Imported %1; your changes are kept in a new draft.").arg(QDir::toNativeSeparators(path)), 10000);
    });
    file->addAction(tr("Export E&xcel…"), this, [this] {
        if (!m_doc)
            return;
        const QString path
            = dialogs::saveFileName(this, tr("Export Excel"), QDir::homePath(), tr("Excel workbooks (*.xlsx)"));
        QString error;
        if (path.isEmpty())
            return;
        if (!office::XlsxExport::writeFile(path, m_doc->filing(), &error))
            dialogs::warning(this, tr("Cannot export"), error);
        else
            statusBar()->showMessage(tr("Workbook written: %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
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
    m_insertAbove = edit->addAction(tr("Insert Row &Above"), this, [this] { insertRow(false); });
    m_insertAbove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus));
    m_insertBelow = edit->addAction(tr("Insert Row &Below"), this, [this] { insertRow(true); });
    m_insertBelow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_removeRow = edit->addAction(tr("&Remove Row"), this, [this] { removeCurrentRow(); });
    m_removeRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_moveRowUp = edit->addAction(tr("Move Row U&p"), this, [this] { moveCurrentRow(-1); });
    m_moveRowUp->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_moveRowDown = edit->addAction(tr("Move Row Do&wn"), this, [this] { moveCurrentRow(1); });
    m_moveRowDown->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));

    QMenu *filing = menuBar()->addMenu(tr("F&iling"));
    filing->addAction(tr("&Properties…"), this, &MainWindow::propertiesDialog);
    filing->addSeparator();
    m_addFund = filing->addAction(tr("Add Special &Fund"), this, [this] { addFund(); });
    m_addDirection = filing->addAction(tr("Add Expenditure &Direction"), this, [this] { addDirection(); });
    m_removeNode = filing->addAction(tr("&Remove Fund or Direction"), this, [this] { removeCurrentFundOrDirection(); });
    m_moveNodeUp = filing->addAction(tr("Move &Up"), this, [this] { moveCurrentFundOrDirection(-1); });
    m_moveNodeDown = filing->addAction(tr("Move Do&wn"), this, [this] { moveCurrentFundOrDirection(1); });
    filing->addAction(tr("Re&name"), this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem(); item && (item->flags() & Qt::ItemIsEditable))
            m_tree->editItem(item);
    });
    // The same keys move a row in the table and a fund or direction in the tree.
    for (QAction *rowAction : {m_insertAbove, m_insertBelow, m_removeRow, m_moveRowUp, m_moveRowDown})
        rowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveNodeUp->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_moveNodeDown->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_removeNode->setShortcut(QKeySequence::Delete);
    for (QAction *nodeAction : {m_moveNodeUp, m_moveNodeDown, m_removeNode})
        nodeAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addFund, m_addDirection, m_removeNode, m_moveNodeUp, m_moveNodeDown});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_insertAbove, m_insertBelow, m_removeRow, m_moveRowUp, m_moveRowDown});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_checksDock->toggleViewAction());
    a = view->addAction(tr("Run Checks &Now"), m_runner, &CheckRunner::runNow);
    a->setShortcut(QKeySequence(Qt::Key_F9));

    view->addSeparator();
    a = view->addAction(tr("&Find…"), this, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
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
    tb->addAction(m_insertBelow);
    tb->addAction(m_removeRow);
}

bool MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    if (!leaveDocument())
        return false;
    m_view->setFormModel(nullptr);
    m_overview = nullptr;
    m_summary = nullptr;
    m_directionModel = nullptr;
    releaseDocument();
    m_doc = std::move(doc);
    Document *d = m_doc.get();
    m_overview = new OverviewModel(d, d);
    m_summary = new SummaryModel(d, d);
    m_directionModel = new DirectionModel(d, d);
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
    connect(m_view, &QAbstractItemView::clicked, this, &MainWindow::updateActions);
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
    updateReadOnly();
    m_pages->setCurrentIndex(0);
    leaveWelcome();
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_table = Table::None;
    rebuildTree();
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

bool MainWindow::openFile(const QString &path, QString *error)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (m_doc && m_doc->draft() && QFileInfo(m_doc->draft()->path()) == QFileInfo(abs)) {
        leaveWelcome(); // already open here
        return true;
    }
    if (FilingFile::kindOf(abs) == FilingFile::Draft || Draft::looksLikeDraft(abs)) {
        Filing f;
        Draft::OpenInfo info;
        std::unique_ptr<Draft> draft = Draft::open(abs, &f, &info, error);
        if (!draft)
            return false;
        auto doc = std::make_unique<Document>(f);
        doc->attachDraft(std::move(draft));
        if (!setDocument(std::move(doc))) {
            *error = tr("The filing on screen was kept.");
            return false;
        }
        if (info.migrated)
            statusBar()->showMessage(tr("The draft was updated to this version; the original is kept at %1")
                                         .arg(QDir::toNativeSeparators(info.backupPath)));
        recordInLibrary();
        return true;
    }
    Filing f;
    if (!loadFilingFile(abs, &f, error))
        return false;
    // An interchange file is imported: the edits go into a new draft.
    if (!setFiling(f, QString())) {
        *error = tr("The filing on screen was kept.");
        return false;
    }
    statusBar()->showMessage(
        tr("Imported %1; your changes are kept in a new draft.").arg(QDir::toNativeSeparators(abs)), 10000);
    return true;
}

void MainWindow::openSample()
{
    if (setFiling(sampleFiling(), QString()))
        m_doc->setUntitledName(tr("Sample filing"));
    updateTitle();
}

bool MainWindow::newFromLastYear(const QString &path, const CarryForwardOptions &options, QString *error)
{
    Filing last;
    if (!loadFilingFile(path, &last, error))
        return false;
    return newFromFiling(last, options, error);
}

bool MainWindow::newFromFiling(const Filing &last, const CarryForwardOptions &options, QString *error)
{
    const Filing next = carryForward(last, options);
    // That year's draft of the department exists already: open it rather
    // than make a second one ("… (2).jixiao") beside it.
    const QString target = Document::draftPathFor(next, m_settings->draftFolder());
    if (QFileInfo::exists(target)) {
        const auto answer = dialogs::question(this, tr("New from Last Year's Filing"),
            tr("The %1 draft of %2 exists already:\n%3\n\nOpen it instead?")
                .arg(next.fiscalYear)
                .arg(next.department.name, QDir::toNativeSeparators(target)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        error->clear();
        return answer == QMessageBox::Open && openFile(target, error);
    }
    auto doc = std::make_unique<Document>(next);
    doc->setDraftFolder(m_settings->draftFolder());
    if (!setDocument(std::move(doc))) {
        *error = tr("The filing on screen was kept.");
        return false;
    }
    // A new year's filing is a draft from the start.
    if (!m_doc->saveNow(error))
        return false;
    // What the clerk has to look at now.
    const QList<YearMention> mentions = findYearMentions(next, last.fiscalYear);
    QString text = tr("The %1 filing was started from the %2 filing and saved as %3.")
                       .arg(next.fiscalYear)
                       .arg(last.fiscalYear)
                       .arg(QFileInfo(m_doc->filePath()).fileName())
        + QStringLiteral("\n\n")
        + (options.keepAmounts ? tr("The amounts are last year's: change them to this year's budget.")
                               : tr("The amounts were cleared: fill in this year's budget."));
    if (mentions.isEmpty()) {
        text += QStringLiteral("\n") + tr("No text names %1 any more.").arg(last.fiscalYear);
    } else {
        text
            += QStringLiteral("\n") + tr("These texts still name %1 (also listed in the checks):").arg(last.fiscalYear);
        for (int i = 0; i < mentions.size() && i < 12; ++i)
            text += QStringLiteral("\n• %1: %2")
                        .arg(describeLocation(next, mentions[i].pointer), mentions[i].text.left(60));
        if (mentions.size() > 12)
            text += QStringLiteral("\n") + tr("… and %1 more.").arg(mentions.size() - 12);
    }
    dialogs::information(this, tr("New from Last Year's Filing"), text);
    return true;
}

bool MainWindow::saveAs(const QString &path, QString *error)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (FilingFile::kindOf(abs) != FilingFile::Draft)
        return exportJson(abs, error);
    if (m_doc->draft() && QFileInfo(m_doc->draft()->path()) == QFileInfo(abs))
        return m_doc->saveNow(error);
    // Written whole beside the target and put in place in one step: a failure
    // leaves the file that was there as it was.
    if (!saveFilingFile(abs, m_doc->filing(), error))
        return false;
    Filing written;
    Draft::OpenInfo info;
    std::unique_ptr<Draft> draft = Draft::open(abs, &written, &info, error);
    if (!draft)
        return false;
    m_doc->attachDraft(std::move(draft));
    m_doc->undoStack()->setClean();
    updateReadOnly();
    updateTitle();
    recordInLibrary();
    return true;
}

bool MainWindow::exportJson(const QString &path, QString *error)
{
    return saveFilingFile(path, m_doc->filing(), error);
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
    m_statusChecks->clear();
    m_statusPlain.clear();
    m_statusTotals->clear();
}

void MainWindow::leaveWelcome()
{
    m_pages->setCurrentIndex(0);
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
    for (FormModel *m : {static_cast<FormModel *>(m_overview), static_cast<FormModel *>(m_summary),
             static_cast<FormModel *>(m_directionModel)})
        if (m && m != m_summary)
            m->setReadOnly(ro);
    m_banner->setVisible(ro);
    updateTitle();
    m_banner->setText(
        tr("Read-only: %1 Changes cannot be made or saved here; use Save As to work on a copy.")
            .arg(m_doc->readOnlyReason().isEmpty() ? tr("this draft is open read-only.") : m_doc->readOnlyReason()));
    m_tree->setEditTriggers(ro ? QAbstractItemView::NoEditTriggers
                               : QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_checks->applyButton()->setVisible(!ro);
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
    for (FormModel *m : {static_cast<FormModel *>(m_overview), static_cast<FormModel *>(m_summary),
             static_cast<FormModel *>(m_directionModel)})
        if (m)
            m->setMarks(marks);
    // The counts, each a link to its findings; what still does not add up, first.
    const FindingCounts c = countFindings(findings);
    QString plain = countsText(c);
    QString rich;
    if (c.errors == 0 && c.warnings == 0 && c.infos == 0) {
        rich = plain.toHtmlEscaped();
    } else {
        const auto link = [](Severity s, const QString &text) {
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(severityKey(s), text.toHtmlEscaped());
        };
        rich = link(Severity::Error, tr("Errors: %1").arg(c.errors)) + QStringLiteral(" · ")
            + link(Severity::Warning, tr("Warnings: %1").arg(c.warnings)) + QStringLiteral(" · ")
            + link(Severity::Info, tr("Hints: %1").arg(c.infos));
    }
    for (const Finding &f : findings) {
        if (f.rule.startsWith(QLatin1String("sum."))) {
            const QString more = QStringLiteral(" — ") + tr("Does not add up: %1").arg(f.message);
            plain += more;
            rich += more.toHtmlEscaped();
            break;
        }
    }
    m_statusPlain = plain;
    m_statusChecks->setText(rich);
}

QString MainWindow::statusText() const
{
    return m_statusPlain + QStringLiteral(" | ") + m_statusTotals->text();
}

void MainWindow::showFindings(Severity severity)
{
    m_checksDock->show();
    m_checksDock->raise();
    m_checks->showOnly(severity);
    m_checks->view()->setFocus();
}

bool MainWindow::confirmPrintDespiteErrors()
{
    m_runner->runNow();
    const FindingCounts c = countFindings(m_runner->findings());
    if (c.errors == 0)
        return true;
    const auto answer = dialogs::question(this, tr("Print"),
        tr("The checks found errors in this filing (%1): the printed tables would not agree with each other. "
           "Print anyway?")
            .arg(c.errors),
        QMessageBox::Yes | QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open,
        {{QMessageBox::Yes, tr("Print Anyway")}, {QMessageBox::Open, tr("View Errors")}});
    if (answer == QMessageBox::Open)
        showFindings(Severity::Error);
    return answer == QMessageBox::Yes;
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
    case Table::None:
        break;
    }
    return s;
}

void MainWindow::printPreview(const PrintSelection &selection)
{
    if (!confirmPrintDespiteErrors())
        return;
    const PrintSettings settings = resolveFonts(m_settings->printSettings());
    // Not QPrintPreviewDialog: its page setup and orientation buttons had no
    // effect (the form decides paper, orientation and margins), so the
    // preview offers only what works: looking, and printing.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview — %1").arg(FilingPrinter::documentTitle(m_doc->filing(), selection)));
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(dialog);
    auto *preview = new QPrintPreviewWidget(printer, dialog);
    const Filing filing = m_doc->filing();
    connect(preview, &QPrintPreviewWidget::paintRequested, preview, [this, filing, selection, settings](QPrinter *p) {
        QString error;
        if (FilingPrinter::paint(filing, selection, settings, p, &error) < 0)
            statusBar()->showMessage(tr("Cannot print: %1").arg(error));
    });
    bar->addAction(tr("Print…"), dialog, [this, dialog, selection] {
        dialog->close();
        printNow(selection);
    });
    bar->addSeparator();
    bar->addAction(tr("Fit Width"), preview, &QPrintPreviewWidget::fitToWidth);
    bar->addAction(tr("Whole Page"), preview, &QPrintPreviewWidget::fitInView);
    bar->addAction(tr("Zoom In"), preview, [preview] { preview->zoomIn(); });
    bar->addAction(tr("Zoom Out"), preview, [preview] { preview->zoomOut(); });
    bar->addSeparator();
    bar->addAction(tr("Previous Page"), preview, [preview] { preview->setCurrentPage(preview->currentPage() - 1); });
    bar->addAction(tr("Next Page"), preview, [preview] { preview->setCurrentPage(preview->currentPage() + 1); });
    auto *note = new QLabel(tr("Paper (A4), orientation and margins are the form's own: what is shown here is what "
                               "prints and what Export PDF writes."),
        dialog);
    note->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(bar);
    layout->addWidget(note);
    layout->addWidget(preview, 1);
    m_preview = dialog;
    dialog->resize(size() * 9 / 10);
    dialog->open(); // window-modal, without blocking the caller
}

QPrintPreviewWidget *MainWindow::lastPreview() const
{
    return m_preview ? m_preview->findChild<QPrintPreviewWidget *>() : nullptr;
}

void MainWindow::print(const PrintSelection &selection)
{
    if (!confirmPrintDespiteErrors())
        return;
    printNow(selection);
}

void MainWindow::printNow(const PrintSelection &selection)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(FilingPrinter::documentTitle(m_doc->filing(), selection));
    QPrintDialog dialog(&printer, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    QString error;
    if (FilingPrinter::paint(m_doc->filing(), selection, resolveFonts(m_settings->printSettings()), &printer, &error)
        < 0)
        dialogs::warning(this, tr("Cannot print"), error);
}

bool MainWindow::exportPdf(const QString &path, const PrintSelection &selection, QString *error)
{
    int pages = 0;
    if (!FilingPrinter::exportPdf(
            m_doc->filing(), path, selection, resolveFonts(m_settings->printSettings()), error, &pages))
        return false;
    statusBar()->showMessage(tr("PDF written: %1 (pages: %2)").arg(QDir::toNativeSeparators(path)).arg(pages), 10000);
    return true;
}

void MainWindow::exportPdfDialog()
{
    if (!confirmPrintDespiteErrors())
        return;
    // Named after the filing, as it is filed: "2024年民政局 预算绩效目标表.pdf".
    const Filing &f = m_doc->filing();
    QString name = QStringLiteral("%1年%2 预算绩效目标表.pdf").arg(f.fiscalYear).arg(f.department.name.trimmed());
    for (QChar &ch : name)
        if (QStringLiteral("\\/:*?\"<>|").contains(ch))
            ch = u'_';
    const QString path = dialogs::saveFileName(
        this, tr("Export PDF"), QDir(QDir::homePath()).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, PrintSelection {}, &error))
        dialogs::warning(this, tr("Cannot export the PDF"), error);
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
    const Filing &f = m_doc->filing();
    QDialog d(this);
    d.setWindowTitle(tr("Filing Properties"));
    auto *form = new QFormLayout(&d);
    auto *year = new QSpinBox(&d);
    year->setRange(2000, 2100);
    year->setValue(f.fiscalYear);
    form->addRow(tr("Fiscal year:"), year);
    auto *level = new QComboBox(&d);
    level->setEditable(true);
    level->addItems({QStringLiteral("区级"), QStringLiteral("县级"), QStringLiteral("市级"), QStringLiteral("省级")});
    level->setCurrentText(f.effectiveFundLevel());
    form->addRow(tr("Level of government:"), level);
    auto *scheme = new QComboBox(&d);
    for (IndicatorSchemeId id : allIndicatorSchemes())
        scheme->addItem(indicatorScheme(id).title, indicatorSchemeKey(id));
    scheme->setCurrentIndex(scheme->findData(indicatorSchemeKey(f.effectiveScheme())));
    form->addRow(tr("Indicator framework:"), scheme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (dialogs::exec(d) != QDialog::Accepted)
        return;
    setFilingProperties(year->value(), level->currentText(), scheme->currentData().toString());
}

void MainWindow::carryForwardDialog(const QString &given)
{
    // The filing to start from: the one chosen on the start page, else the
    // filing open in the window; any draft of the library by year and
    // department, or another file, can be picked instead.
    QList<CarryForwardDialog::Source> sources;
    int selected = 0;
    const bool openOne = m_doc && !isWelcomeShown();
    if (openOne) {
        const Filing &f = m_doc->filing();
        sources.append(
            {tr("The open filing: %1年 · %2").arg(f.fiscalYear).arg(f.department.name), QString(), f.fiscalYear});
    }
    const QString openPath
        = openOne && m_doc->draft() ? QFileInfo(m_doc->draft()->path()).absoluteFilePath() : QString();
    bool found = given.isEmpty() || (!openPath.isEmpty() && QFileInfo(given) == QFileInfo(openPath));
    for (const DraftLibrary::Entry &e : m_library->entries()) {
        if (!e.exists() || QFileInfo(e.path).absoluteFilePath() == openPath)
            continue;
        if (!given.isEmpty() && QFileInfo(e.path) == QFileInfo(given)) {
            selected = int(sources.size());
            found = true;
        }
        sources.append(
            {QStringLiteral("%1年 · %2 — %3").arg(e.fiscalYear).arg(e.department, QFileInfo(e.path).fileName()), e.path,
                e.fiscalYear});
    }
    Filing last;
    QString error;
    auto addFile = [&](const QString &path) {
        Filing f;
        if (!loadFilingFile(path, &f, &error)) {
            dialogs::warning(this, tr("Cannot open the filing"), error);
            return false;
        }
        selected = int(sources.size());
        sources.append(
            {QStringLiteral("%1年 · %2 — %3").arg(f.fiscalYear).arg(f.department.name, QDir::toNativeSeparators(path)),
                path, f.fiscalYear});
        return true;
    };
    if (!found && !addFile(given))
        return;
    if (sources.isEmpty()) {
        const QString path
            = dialogs::openFileName(this, tr("Last year's filing"), m_settings->draftFolder(), openFilter());
        if (path.isEmpty() || !addFile(path))
            return;
    }
    CarryForwardDialog d(sources, selected, this);
    connect(&d, &CarryForwardDialog::browseRequested, &d, [&] {
        const QString path
            = dialogs::openFileName(&d, tr("Last year's filing"), m_settings->draftFolder(), openFilter());
        if (!path.isEmpty() && addFile(path)) {
            d.sourceBox()->addItem(sources.last().label);
            d.sourceBox()->setCurrentIndex(d.sourceBox()->count() - 1);
        }
    });
    if (dialogs::exec(d) != QDialog::Accepted)
        return;
    const auto chosen = sources.value(d.sourceBox()->currentIndex());
    if (chosen.path.isEmpty())
        last = m_doc->filing();
    else if (!loadFilingFile(chosen.path, &last, &error)) {
        dialogs::warning(this, tr("Cannot open the filing"), error);
        return;
    }
    m_lastCarryForwardLabel = d.yearsBox()->text();
    if (!newFromFiling(last, d.options(), &error) && !error.isEmpty())
        dialogs::warning(this, tr("Cannot start the new filing"), error);
}

FormModel *MainWindow::currentModel() const
{
    return m_view->formModel();
}

void MainWindow::updateTitle()
{
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
    const QString unit = amountUnitName(m_doc->filing().amountUnit);
    const QString right
        = m_table == Table::Overview ? QStringLiteral("金额：%1").arg(unit) : QStringLiteral("金额单位：%1").arg(unit);
    m_unitLine->setText(
        QStringLiteral("填报单位：（盖章）%1").arg(m_doc->filing().department.name) + QStringLiteral("    ") + right);
}

void MainWindow::showModel(FormModel *model)
{
    m_view->setFormModel(model);
    // The row commands follow the cursor (a new model brings a new selection model).
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions,
            Qt::UniqueConnection);
    updateHeader();
    updateActions();
    selectTreeItem();
    m_checks->tableChanged();
}

void MainWindow::showOverview()
{
    m_table = Table::Overview;
    m_fund = m_direction = -1;
    showModel(m_overview);
}

void MainWindow::showSummary()
{
    m_table = Table::Summary;
    m_fund = m_direction = -1;
    showModel(m_summary);
}

void MainWindow::showDirection(int fund, int direction)
{
    const Filing &f = m_doc->filing();
    if (fund < 0 || fund >= f.funds.size() || direction < 0 || direction >= f.funds[fund].directions.size())
        return;
    m_table = Table::Direction;
    m_fund = fund;
    m_direction = direction;
    if (m_directionModel->fund() != fund || m_directionModel->direction() != direction)
        m_directionModel->setDirection(fund, direction);
    showModel(m_directionModel);
}

bool MainWindow::jumpTo(const QString &pointer)
{
    const QStringList t = pointer::split(pointer);
    const Filing &f = m_doc->filing();
    if (!pointerExists(f, pointer))
        return false;
    if (t.size() >= 4 && t[0] == u"funds" && t[2] == u"directions") {
        showDirection(t[1].toInt(), t[3].toInt());
    } else if (t.size() >= 2 && t[0] == u"funds") {
        const int fi = t[1].toInt();
        // A fund's name and amount are on its directions' tables.
        if (t.size() == 3 && fi >= 0 && fi < f.funds.size() && !f.funds[fi].directions.isEmpty())
            showDirection(fi, 0);
        else
            showSummary();
    } else if (!t.isEmpty() && t[0] == u"funds") {
        showSummary();
    } else {
        showOverview();
    }
    FormModel *m = currentModel();
    if (!m || !m->indexForPointer(pointer).isValid())
        return false;
    m_view->selectPointer(pointer);
    m_view->setFocus();
    return true;
}

void MainWindow::rebuildTree()
{
    m_rebuildingTree = true;
    m_tree->clear();
    const Filing &f = m_doc->filing();
    auto *overview = new QTreeWidgetItem(m_tree, {QStringLiteral("部门整体支出绩效目标表")});
    overview->setData(0, KindRole, OverviewItem);
    auto *summary = new QTreeWidgetItem(m_tree, {QStringLiteral("专项资金绩效目标汇总表")});
    summary->setData(0, KindRole, SummaryItem);
    for (int fi = 0; fi < f.funds.size(); ++fi) {
        auto *fund = new QTreeWidgetItem(summary, {f.funds[fi].name});
        fund->setData(0, KindRole, FundItem);
        fund->setData(0, FundRole, fi);
        fund->setFlags(fund->flags() | Qt::ItemIsEditable);
        for (int di = 0; di < f.funds[fi].directions.size(); ++di) {
            auto *dir = new QTreeWidgetItem(fund, {f.funds[fi].directions[di].name});
            dir->setData(0, KindRole, DirectionItem);
            dir->setData(0, FundRole, fi);
            dir->setData(0, DirectionRole, di);
            dir->setFlags(dir->flags() | Qt::ItemIsEditable);
        }
    }
    m_tree->expandAll();
    m_rebuildingTree = false;
    selectTreeItem();
}

void MainWindow::selectTreeItem()
{
    QTreeWidgetItem *want = nullptr;
    if (m_table == Table::Overview) {
        want = m_tree->topLevelItem(0);
    } else if (m_table == Table::Summary) {
        want = m_tree->topLevelItem(1);
    } else if (m_table == Table::Direction) {
        QTreeWidgetItem *fund = m_tree->topLevelItem(1) ? m_tree->topLevelItem(1)->child(m_fund) : nullptr;
        want = fund ? fund->child(m_direction) : nullptr;
    }
    if (want && m_tree->currentItem() != want) {
        m_rebuildingTree = true;
        m_tree->setCurrentItem(want);
        m_rebuildingTree = false;
    }
}

void MainWindow::onTreeSelection()
{
    if (m_rebuildingTree)
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    switch (item->data(0, KindRole).toInt()) {
    case OverviewItem:
        showOverview();
        break;
    case SummaryItem:
        showSummary();
        break;
    case FundItem: {
        const int fi = item->data(0, FundRole).toInt();
        showSummary();
        m_table = Table::Summary;
        m_fund = fi;
        m_view->selectPointer(pointer::fund(fi) + QStringLiteral("/name"));
        m_rebuildingTree = true;
        m_tree->setCurrentItem(item);
        m_rebuildingTree = false;
        updateActions();
        break;
    }
    case DirectionItem:
        showDirection(item->data(0, FundRole).toInt(), item->data(0, DirectionRole).toInt());
        break;
    }
}

void MainWindow::onTreeItemRenamed(QTreeWidgetItem *item, int)
{
    if (m_rebuildingTree || !item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    const int fi = item->data(0, FundRole).toInt();
    if (kind == FundItem)
        m_doc->setValue(pointer::fund(fi) + QStringLiteral("/name"), item->text(0), false);
    else if (kind == DirectionItem)
        m_doc->setValue(pointer::direction(fi, item->data(0, DirectionRole).toInt()) + QStringLiteral("/name"),
            item->text(0), false);
}

void MainWindow::onRowsChanged(const QString &listPointer)
{
    if (listPointer != u"/funds" && !listPointer.endsWith(QLatin1String("/directions")))
        return;
    const Filing &f = m_doc->filing();
    if (m_table == Table::Direction) {
        // Keep a table on screen: the same place, or the nearest direction left.
        if (m_fund >= f.funds.size())
            m_fund = int(f.funds.size()) - 1;
        if (m_fund >= 0 && m_direction >= f.funds[m_fund].directions.size())
            m_direction = int(f.funds[m_fund].directions.size()) - 1;
        if (m_fund >= 0 && m_direction >= 0) {
            m_directionModel->setDirection(m_fund, m_direction);
            showModel(m_directionModel);
        } else {
            showSummary();
        }
    }
    rebuildTree();
    onValueChanged(QString());
}

void MainWindow::onValueChanged(const QString &p)
{
    // Tree labels follow the names.
    const QStringList t = pointer::split(p);
    if (t.size() == 3 && t[0] == u"funds" && t[2] == u"name") {
        if (QTreeWidgetItem *fund = m_tree->topLevelItem(1)->child(t[1].toInt())) {
            m_rebuildingTree = true;
            fund->setText(0, m_doc->filing().funds.value(t[1].toInt()).name);
            m_rebuildingTree = false;
        }
    } else if (t.size() == 5 && t[0] == u"funds" && t[4] == u"name") {
        QTreeWidgetItem *fund = m_tree->topLevelItem(1)->child(t[1].toInt());
        if (QTreeWidgetItem *dir = fund ? fund->child(t[3].toInt()) : nullptr) {
            m_rebuildingTree = true;
            dir->setText(0, m_doc->filing().funds[t[1].toInt()].directions[t[3].toInt()].name);
            m_rebuildingTree = false;
        }
    }
    if (p == u"/department/name" || p == u"/fiscalYear" || p == u"/fundLevel" || p.isEmpty())
        updateHeader();
    const Filing &f = m_doc->filing();
    const Money funds = valueOrZero(sumOfAmounts(f.funds));
    m_statusTotals->setText(QStringLiteral("资金总额 %1 · 项目支出 %2 · 专项合计 %3 %4")
                                .arg(amountToString(f.overview.budget.total), amountToString(f.overview.budget.project),
                                    funds.toString(), amountUnitName(f.amountUnit)));
}

void MainWindow::updateActions()
{
    QString list;
    int index = -1;
    const bool inList = m_view->currentListRow(&list, &index);
    const bool editable = currentModel() && !currentModel()->isReadOnly();
    m_insertAbove->setEnabled(editable && inList && index >= 0);
    m_insertBelow->setEnabled(editable && inList);
    m_removeRow->setEnabled(editable && inList && index >= 0);
    m_moveRowUp->setEnabled(editable && inList && index > 0);
    m_moveRowDown->setEnabled(editable && inList && index >= 0);
    m_addDirection->setEnabled(editable && !m_doc->filing().funds.isEmpty());
    m_removeNode->setEnabled(editable && m_fund >= 0);
}

bool MainWindow::insertRow(bool below)
{
    QString list;
    int index = -1;
    if (!m_view->currentListRow(&list, &index))
        return false;
    const int at = index < 0 ? 0 : index + (below ? 1 : 0);
    const int column = m_view->currentIndex().column();
    if (!m_doc->insertEmptyRow(list, at))
        return false;
    m_view->selectPointer(pointer::join(list, at));
    if (FormModel *m = currentModel()) {
        const QModelIndex i = m->indexForPointer(pointer::join(list, at));
        if (i.isValid()) {
            const QModelIndex same = m->index(i.row(), qMax(column, i.column()));
            m_view->setCurrentIndex(m->flags(same) & Qt::ItemIsSelectable ? same : i);
        }
    }
    return true;
}

bool MainWindow::removeCurrentRow()
{
    QString list;
    int index = -1;
    if (!m_view->currentListRow(&list, &index) || index < 0)
        return false;
    const int column = m_view->currentIndex().column();
    if (!m_doc->removeRows(list, index, 1))
        return false;
    const auto ref = parseListPointer(list);
    const int left = ref ? listSize(m_doc->filing(), *ref) : 0;
    m_view->selectPointer(left > 0 ? pointer::join(list, qMin(index, left - 1)) : list);
    Q_UNUSED(column)
    return true;
}

bool MainWindow::moveCurrentRow(int delta)
{
    QString list;
    int index = -1;
    if (!m_view->currentListRow(&list, &index) || index < 0)
        return false;
    const int column = m_view->currentIndex().column();
    if (!m_doc->moveRow(list, index, index + delta))
        return false;
    if (FormModel *m = currentModel()) {
        const QModelIndex i = m->indexForPointer(pointer::join(list, index + delta));
        if (i.isValid())
            m_view->setCurrentIndex(m->index(i.row(), qMax(column, i.column())));
    }
    return true;
}

bool MainWindow::addFund()
{
    const int at = int(m_doc->filing().funds.size());
    Fund fund;
    fund.name = tr("New special fund");
    Direction d = std::get<Direction>(emptyRow(m_doc->filing(), ListRef {ListRef::Directions, 0}));
    d.name = fund.name;
    fund.directions.append(d);
    if (!m_doc->insertRows(QStringLiteral("/funds"), at, {fund}))
        return false;
    showDirection(at, 0);
    return true;
}

bool MainWindow::addDirection()
{
    const Filing &f = m_doc->filing();
    if (f.funds.isEmpty())
        return false;
    const int fi = m_fund >= 0 ? m_fund : int(f.funds.size()) - 1;
    const ListRef list {ListRef::Directions, fi};
    Direction d = std::get<Direction>(emptyRow(f, list));
    d.name = tr("New expenditure direction");
    const int at = m_table == Table::Direction ? m_direction + 1 : int(f.funds[fi].directions.size());
    if (!m_doc->insertRows(list.pointer(), at, {d}))
        return false;
    showDirection(fi, at);
    return true;
}

bool MainWindow::removeCurrentFundOrDirection()
{
    if (m_fund < 0)
        return false;
    const Filing &f = m_doc->filing();
    if (m_table == Table::Direction) {
        const QString name = f.funds[m_fund].directions[m_direction].name;
        if (dialogs::question(this, tr("Remove expenditure direction"),
                tr("Remove the expenditure direction “%1” with its indicators and detail lines? "
                   "You can undo this.")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
            return false;
        return m_doc->removeRows(ListRef {ListRef::Directions, m_fund}.pointer(), m_direction, 1);
    }
    const QString name = f.funds[m_fund].name;
    if (dialogs::question(this, tr("Remove special fund"),
            tr("Remove the special fund “%1” with all its expenditure directions? You can undo this.").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    const int fi = m_fund;
    if (!m_doc->removeRows(QStringLiteral("/funds"), fi, 1))
        return false;
    showSummary();
    return true;
}

bool MainWindow::moveCurrentFundOrDirection(int delta)
{
    if (m_fund < 0)
        return false;
    if (m_table == Table::Direction) {
        const int fi = m_fund;
        const int to = m_direction + delta;
        if (!m_doc->moveRow(ListRef {ListRef::Directions, fi}.pointer(), m_direction, to))
            return false;
        showDirection(fi, to);
        return true;
    }
    const int to = m_fund + delta;
    if (!m_doc->moveRow(QStringLiteral("/funds"), m_fund, to))
        return false;
    showSummary();
    m_fund = to;
    return true;
}

void MainWindow::newFiling()
{
    Filing f;
    f.fiscalYear = QDate::currentDate().year() + 1;
    f.indicatorScheme = IndicatorSchemeId::Hunan2023;
    if (!m_settings->preparerName().isEmpty())
        f.department.preparers = m_settings->preparerName();
    if (!m_settings->preparerPhone().isEmpty())
        f.department.phone = m_settings->preparerPhone();
    // The paper form's indicator rows, ready to fill in.
    f.overview.indicators = standardIndicatorRows(f.effectiveScheme(), false);
    setFiling(f, QString());
}

void MainWindow::openDialog()
{
    const QString path = dialogs::openFileName(this, tr("Open filing"), m_settings->draftFolder(), openFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        dialogs::warning(this, tr("Cannot open the filing"), error);
}

void MainWindow::saveAsDialog()
{
    const QString path = dialogs::saveFileName(this, tr("Save As"), m_settings->draftFolder(), saveFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(path, &error))
        dialogs::warning(this, tr("Cannot save"), error);
}

void MainWindow::exportJsonDialog()
{
    const QString path = dialogs::saveFileName(this, tr("Export JSON"), QDir::homePath(), jsonFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJson(path, &error)) {
        dialogs::warning(this, tr("Cannot write the file"), error);
        return;
    }
    statusBar()->showMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importJsonDialog()
{
    openDialog();
}

QStringList MainWindow::findMatches(const QString &text) const
{
    QStringList pointers;
    if (!m_doc || text.isEmpty())
        return pointers;
    Filing copy = m_doc->filing(); // forEachText visits a mutable filing
    forEachText(copy, [&](QString &t, const QString &pointer) {
        if (t.contains(text, Qt::CaseInsensitive))
            pointers.append(pointer);
    });
    // In the order the tables show them.
    std::stable_sort(pointers.begin(), pointers.end(), pointerLess);
    return pointers;
}

int MainWindow::findNextMatch(bool backwards)
{
    const QStringList matches = findMatches(m_findEdit->text());
    if (matches.isEmpty()) {
        m_findAt = -1;
        m_findCount->setText(m_findEdit->text().isEmpty() ? QString() : tr("Not found"));
        return 0;
    }
    const int n = int(matches.size());
    m_findAt = m_findAt < 0 ? (backwards ? n - 1 : 0) : (m_findAt + (backwards ? n - 1 : 1)) % n;
    // A match on no table (it should not happen) is skipped, not shown as found.
    for (int tries = 0; tries < n && !jumpTo(matches[m_findAt]); ++tries)
        m_findAt = (m_findAt + (backwards ? n - 1 : 1)) % n;
    m_findCount->setText(tr("%1 of %2").arg(m_findAt + 1).arg(n));
    m_findEdit->setFocus(); // Enter again finds the next
    return n;
}

QWidget *MainWindow::showGuide()
{
    if (!m_guide) {
        auto *d = new QDialog(this);
        d->setObjectName(QStringLiteral("userGuide"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setWindowTitle(tr("Jixiao User Guide"));
        auto *layout = new QVBoxLayout(d);
        auto *browser = new QTextBrowser(d);
        browser->setSource(QUrl(QStringLiteral("qrc:/jixiao/guide/guide_zh_CN.html")));
        layout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
        connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
        layout->addWidget(buttons);
        d->resize(720, 640);
        m_guide = d;
    }
    m_guide->show();
    m_guide->raise();
    return m_guide;
}

QDialog *MainWindow::askForPreparer()
{
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("preparerDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Welcome to Jixiao"));
    auto *form = new QFormLayout(d);
    auto *intro
        = new QLabel(tr("Who fills in the forms? New filings start with this name and phone (填报人, 联系电话); "
                        "you can change them later in Settings."),
            d);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *name = new QLineEdit(m_settings->preparerName(), d);
    name->setObjectName(QStringLiteral("preparerName"));
    form->addRow(tr("Preparer:"), name);
    auto *phone = new QLineEdit(m_settings->preparerPhone(), d);
    phone->setObjectName(QStringLiteral("preparerPhone"));
    form->addRow(tr("Phone:"), phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    form->addRow(buttons);
    connect(d, &QDialog::accepted, this, [this, name, phone] {
        m_settings->setPreparerName(name->text().trimmed());
        m_settings->setPreparerPhone(phone->text().trimmed());
    });
    // Asked once, whatever the answer: Settings has the same fields.
    m_settings->setPreparerAsked(true);
    d->setMinimumWidth(440);
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
