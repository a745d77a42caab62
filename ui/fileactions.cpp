// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "appsettings.h"
#include "carryforwarddialog.h"
#include "dialogs.h"
#include "document.h"
#include "import/officeimport.h"
#include "import/xlsxexport.h"
#include "mainwindow.h"
#include "model/jsonio.h"
#include "model/newfiling.h"
#include "sharedstoredialog.h"
#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/library.h"
#include "storage/sharedstore.h"
#include "storage/sharedsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QUndoStack>

namespace jixiao::ui {

namespace {
QString jsonFilter()
{
    return FileActions::tr("Filing interchange files (*.json)");
}
QString openFilter()
{
    return FileActions::tr("Filings (*.jixiao *.json);;Drafts (*.jixiao);;Interchange files (*.json)");
}
QString saveFilter()
{
    return FileActions::tr("Drafts (*.jixiao);;Interchange files (*.json)");
}
} // namespace

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

void FileActions::showMessage(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
}

bool FileActions::openFile(const QString &path, QString *error)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    Document *open = m_window->document();
    if (open && open->draft() && QFileInfo(open->draft()->path()) == QFileInfo(abs)) {
        m_window->leaveWelcome(); // already open here
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
        if (!m_window->setDocument(std::move(doc))) {
            *error = tr("The filing on screen was kept.");
            return false;
        }
        if (info.migrated)
            showMessage(tr("The draft was updated to this version; the original is kept at %1")
                            .arg(QDir::toNativeSeparators(info.backupPath)));
        m_window->recordInLibrary();
        return true;
    }
    Filing f;
    if (!loadFilingFile(abs, &f, error))
        return false;
    // An interchange file is imported: the edits go into a new draft.
    if (!m_window->setFiling(f, QString())) {
        *error = tr("The filing on screen was kept.");
        return false;
    }
    showMessage(tr("Imported %1; your changes are kept in a new draft.").arg(QDir::toNativeSeparators(abs)), 10000);
    return true;
}

void FileActions::openSample()
{
    if (m_window->setFiling(sampleFiling(), QString()))
        m_window->document()->setUntitledName(tr("Sample filing"));
    m_window->updateTitle();
}

void FileActions::newFiling()
{
    const AppSettings *s = m_window->settings();
    m_window->setFiling(
        jixiao::newFiling(QDate::currentDate().year() + 1, {s->preparerName(), s->preparerPhone()}), QString());
}

bool FileActions::newFromLastYear(const QString &path, const CarryForwardOptions &options, QString *error)
{
    Filing last;
    if (!loadFilingFile(path, &last, error))
        return false;
    return newFromFiling(last, options, error);
}

bool FileActions::newFromFiling(const Filing &last, const CarryForwardOptions &options, QString *error)
{
    const Filing next = carryForward(last, options);
    // That year's draft of the department exists already: open it rather
    // than make a second one ("… (2).jixiao") beside it.
    const QString folder = m_window->settings()->draftFolder();
    const QString target = Document::draftPathFor(next, folder);
    if (QFileInfo::exists(target)) {
        const auto answer = dialogs::question(m_window, tr("New from Last Year's Filing"),
            tr("The %1 draft of %2 exists already:\n%3\n\nOpen it instead?")
                .arg(next.fiscalYear)
                .arg(next.department.name, QDir::toNativeSeparators(target)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        error->clear();
        return answer == QMessageBox::Open && openFile(target, error);
    }
    auto doc = std::make_unique<Document>(next);
    doc->setDraftFolder(folder);
    if (!m_window->setDocument(std::move(doc))) {
        *error = tr("The filing on screen was kept.");
        return false;
    }
    // A new year's filing is a draft from the start.
    if (!m_window->document()->saveNow(error))
        return false;
    // What the clerk has to look at now.
    const QList<YearMention> mentions = findYearMentions(next, last.fiscalYear);
    QString text = tr("The %1 filing was started from the %2 filing and saved as %3.")
                       .arg(next.fiscalYear)
                       .arg(last.fiscalYear)
                       .arg(QFileInfo(m_window->document()->filePath()).fileName())
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
    dialogs::information(m_window, tr("New from Last Year's Filing"), text);
    return true;
}

void FileActions::carryForwardDialog(const QString &given)
{
    // The filing to start from: the one chosen on the start page, else the
    // filing open in the window; any draft of the library by year and
    // department, or another file, can be picked instead.
    QList<CarryForwardDialog::Source> sources;
    Document *doc = m_window->document();
    const bool openOne = doc && !m_window->isWelcomeShown();
    // From the start page with no draft chosen, the clerk chooses (-1).
    int selected = openOne ? 0 : -1;
    if (openOne) {
        const Filing &f = doc->filing();
        sources.append(
            {tr("The open filing: %1年 · %2").arg(f.fiscalYear).arg(f.department.name), QString(), f.fiscalYear});
    }
    const QString openPath = openOne && doc->draft() ? QFileInfo(doc->draft()->path()).absoluteFilePath() : QString();
    bool found = given.isEmpty() || (!openPath.isEmpty() && QFileInfo(given) == QFileInfo(openPath));
    for (const DraftLibrary::Entry &e : m_window->library()->entries()) {
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
            dialogs::warning(m_window, tr("Cannot open the filing"), error);
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
    const QString folder = m_window->settings()->draftFolder();
    if (sources.isEmpty()) {
        const QString path = dialogs::openFileName(m_window, tr("Last year's filing"), folder, openFilter());
        if (path.isEmpty() || !addFile(path))
            return;
    }
    CarryForwardDialog d(sources, selected, m_window);
    connect(&d, &CarryForwardDialog::browseRequested, &d, [&] {
        const QString path = dialogs::openFileName(&d, tr("Last year's filing"), folder, openFilter());
        if (!path.isEmpty() && addFile(path)) {
            d.sourceBox()->addItem(sources.last().label);
            d.sourceBox()->setCurrentIndex(d.sourceBox()->count() - 1);
        }
    });
    if (dialogs::exec(d) != QDialog::Accepted)
        return;
    const auto chosen = sources.value(d.sourceBox()->currentIndex());
    if (chosen.path.isEmpty())
        last = doc->filing();
    else if (!loadFilingFile(chosen.path, &last, &error)) {
        dialogs::warning(m_window, tr("Cannot open the filing"), error);
        return;
    }
    m_lastCarryForwardLabel = d.yearsBox()->text();
    if (!newFromFiling(last, d.options(), &error) && !error.isEmpty())
        dialogs::warning(m_window, tr("Cannot start the new filing"), error);
}

bool FileActions::saveAs(const QString &path, QString *error)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (FilingFile::kindOf(abs) != FilingFile::Draft)
        return exportJson(abs, error);
    Document *doc = m_window->document();
    if (doc->draft() && QFileInfo(doc->draft()->path()) == QFileInfo(abs))
        return doc->saveNow(error);
    // Written whole beside the target and put in place in one step: a failure
    // leaves the file that was there as it was.
    if (!saveFilingFile(abs, doc->filing(), error))
        return false;
    Filing written;
    Draft::OpenInfo info;
    std::unique_ptr<Draft> draft = Draft::open(abs, &written, &info, error);
    if (!draft)
        return false;
    doc->attachDraft(std::move(draft));
    doc->undoStack()->setClean();
    m_window->updateReadOnly();
    m_window->updateTitle();
    m_window->recordInLibrary();
    return true;
}

bool FileActions::exportJson(const QString &path, QString *error)
{
    return saveFilingFile(path, m_window->document()->filing(), error);
}

void FileActions::openDialog()
{
    const QString path
        = dialogs::openFileName(m_window, tr("Open filing"), m_window->settings()->draftFolder(), openFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        dialogs::warning(m_window, tr("Cannot open the filing"), error);
}

void FileActions::saveAsDialog()
{
    const QString path
        = dialogs::saveFileName(m_window, tr("Save As"), m_window->settings()->draftFolder(), saveFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(path, &error))
        dialogs::warning(m_window, tr("Cannot save"), error);
}

void FileActions::exportJsonDialog()
{
    const QString path = dialogs::saveFileName(m_window, tr("Export JSON"), QDir::homePath(), jsonFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJson(path, &error)) {
        dialogs::warning(m_window, tr("Cannot write the file"), error);
        return;
    }
    showMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void FileActions::importOfficeDialog()
{
    const QString path = dialogs::openFileName(m_window, tr("Import Word/Excel"), QDir::homePath(),
        tr("Word and Excel forms (*.docx *.xlsx *.doc *.xls *.wps *.et)"));
    if (path.isEmpty())
        return;
    office::ImportResult result;
    QString error;
    if (!office::OfficeImport::importFile(path, &result, &error)) {
        dialogs::warning(m_window, tr("Cannot import"), error);
        return;
    }
    if (!m_window->setFiling(result.filing, QString()))
        return;
    const QStringList told = result.notes + result.unmapped;
    if (!result.unmapped.isEmpty())
        dialogs::warning(m_window, tr("Import Word/Excel"),
            tr("Imported; these places of the source could not be placed in the filing:\n%1")
                .arg(told.join(QLatin1Char('\n'))));
    showMessage(tr("Imported %1; your changes are kept in a new draft.").arg(QDir::toNativeSeparators(path)), 10000);
}

void FileActions::exportExcelDialog()
{
    Document *doc = m_window->document();
    if (!doc)
        return;
    const QString path
        = dialogs::saveFileName(m_window, tr("Export Excel"), QDir::homePath(), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!office::XlsxExport::writeFile(path, doc->filing(), &error))
        dialogs::warning(m_window, tr("Cannot export"), error);
    else
        showMessage(tr("Workbook written: %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void FileActions::openFromSharedStoreDialog()
{
    AppSettings *settings = m_window->settings();
    SharedStoreDialog dialog(SharedStoreDialog::Open, settings->sharedStoreAddress(), m_window);
    const int result = dialogs::exec(dialog);
    if (dialog.isConnected()) // an address that worked, even if nothing was opened
        settings->setSharedStoreAddress(dialog.address());
    if (result != QDialog::Accepted)
        return;
    std::unique_ptr<SharedStore> store = dialog.takeStore();
    const SharedStore::Entry chosen = *dialog.chosen();
    // The new draft is named like any draft of that year and department,
    // beside the user's own, never replacing one.
    Filing named;
    named.fiscalYear = chosen.fiscalYear;
    named.department.name = chosen.department;
    const QString folder = settings->draftFolder();
    QDir().mkpath(folder);
    const QString target = Document::newDraftPathFor(named, folder);
    QString error;
    qint64 revision = 0;
    if (!pullFiling(*store, chosen.id, target, &revision, &error)) {
        dialogs::warning(m_window, tr("Open from the Shared Store"), error);
        return;
    }
    if (!openFile(target, &error)) {
        dialogs::warning(m_window, tr("Open from the Shared Store"),
            tr("Filing %1 was copied to %2, but it could not be opened: %3")
                .arg(chosen.id)
                .arg(QDir::toNativeSeparators(target), error));
        return;
    }
    showMessage(tr("Filing %1 of %2 (revision %3) is now the draft %4; File › Send to Shared Store sends your changes "
                   "back.")
                    .arg(chosen.id)
                    .arg(store->uri())
                    .arg(revision)
                    .arg(QFileInfo(target).fileName()));
}

void FileActions::sendToSharedStoreDialog()
{
    Document *doc = m_window->document();
    const QString title = tr("Send to the Shared Store");
    if (!doc)
        return;
    if (doc->isReadOnly()) {
        dialogs::warning(m_window, title,
            tr("This filing is open read-only here, so it cannot be sent from this window: %1")
                .arg(doc->readOnlyReason()));
        return;
    }
    // What is sent is the draft: what is on screen is written first.
    QString error;
    if (!doc->saveNow(&error) || !doc->draft()) {
        dialogs::warning(m_window, title, tr("The filing could not be saved, so nothing was sent: %1").arg(error));
        return;
    }
    const std::optional<Draft::Origin> origin = doc->draft()->origin();
    SharedStoreDialog dialog(
        SharedStoreDialog::Send, origin ? origin->uri : m_window->settings()->sharedStoreAddress(), m_window);
    const int result = dialogs::exec(dialog);
    if (dialog.isConnected())
        m_window->settings()->setSharedStoreAddress(dialog.address());
    if (result != QDialog::Accepted)
        return;
    std::unique_ptr<SharedStore> store = dialog.takeStore();
    PushResult r = pushFiling(*store, doc->draft(), doc->filing(), false);
    if (r.kind == PushResult::NotFromThisStore) {
        // A second copy only when the user says so: a mistyped address must
        // not quietly make one.
        const QString question = origin
            ? tr("This draft came from filing %1 of another store (%2), not %3. Store it in %3 as a new filing?")
                  .arg(origin->filingId)
                  .arg(SharedStore::redactedUri(origin->uri), store->uri())
            : tr("This draft was never stored in %1. Store it there as a new filing?").arg(store->uri());
        const auto answer = dialogs::question(
            m_window, title, question, QMessageBox::Yes | QMessageBox::No, origin ? QMessageBox::No : QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        r = pushFiling(*store, doc->draft(), doc->filing(), true);
    }
    switch (r.kind) {
    case PushResult::Stored:
        break;
    case PushResult::ChangedMeanwhile:
        dialogs::warning(m_window, title,
            tr("Filing %1 in %2 was changed by somebody else after this draft was opened from the store or sent "
               "(revision %3, now %4). Nothing was sent: open the filing from the shared store again and apply "
               "your changes there.")
                .arg(r.origin->filingId)
                .arg(store->uri())
                .arg(r.origin->revision)
                .arg(r.revision));
        return;
    case PushResult::Conflict:
    case PushResult::Failed:
    case PushResult::NotFromThisStore:
        dialogs::warning(m_window, title, tr("Nothing was sent: %1").arg(r.error));
        return;
    }
    showMessage(tr("Sent to %1 as filing %2 (revision %3).").arg(store->uri()).arg(r.id).arg(r.revision));
    if (!r.notRecorded.isEmpty())
        dialogs::warning(m_window, title,
            tr("The filing was stored as filing %1, but this draft could not record it (%2). Open filing %1 from "
               "the shared store again before you go on working.")
                .arg(r.id)
                .arg(r.notRecorded));
}

} // namespace jixiao::ui
