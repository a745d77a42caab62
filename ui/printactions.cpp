// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "appsettings.h"
#include "checkspanel.h"
#include "dialogs.h"

#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

namespace jixiao::ui {

PrintActions::PrintActions(
    QWidget *window, AppSettings *settings, CheckRunner *runner, std::function<const Filing &()> filing)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_runner(runner)
    , m_filing(std::move(filing))
{ }

PrintSettings PrintActions::printSettings() const
{
    return resolveFonts(m_settings->printSettings());
}

bool PrintActions::confirmPrintDespiteErrors()
{
    m_runner->runNow();
    const FindingCounts c = countFindings(m_runner->findings());
    if (c.errors == 0)
        return true;
    const auto answer = dialogs::question(m_window, tr("Print"),
        tr("The checks found errors in this filing (%1): the printed tables would not agree with each other. "
           "Print anyway?")
            .arg(c.errors),
        QMessageBox::Yes | QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open,
        {{QMessageBox::Yes, tr("Print Anyway")}, {QMessageBox::Open, tr("View Errors")}});
    if (answer == QMessageBox::Open)
        Q_EMIT errorsWanted();
    return answer == QMessageBox::Yes;
}

void PrintActions::printPreview(const PrintSelection &selection)
{
    if (!confirmPrintDespiteErrors())
        return;
    const PrintSettings settings = printSettings();
    // Not QPrintPreviewDialog: its page setup and orientation buttons had no
    // effect (the form decides paper, orientation and margins), so the
    // preview offers only what works: looking, and printing.
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Filing filing = m_filing();
    dialog->setWindowTitle(tr("Print Preview — %1").arg(FilingPrinter::documentTitle(filing, selection)));
    // Recorded at the screen's resolution: text drawn at printer resolution
    // and scaled down for the screen loses the emboldening of bold headings
    // that the PDF and the paper have. The layout is the same at any
    // resolution (it is measured in millimetres).
    auto *printer = new QPrinter(QPrinter::ScreenResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(dialog);
    auto *preview = new QPrintPreviewWidget(printer, dialog);
    connect(preview, &QPrintPreviewWidget::paintRequested, preview, [this, filing, selection, settings](QPrinter *p) {
        QString error;
        if (FilingPrinter::paint(filing, selection, settings, p, &error) < 0)
            Q_EMIT message(tr("Cannot print: %1").arg(error), 0);
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
    // Characters without a glyph in the fonts used print as empty boxes: said here with their places.
    note->setText((QStringList {note->text()} + FilingPrinter::missingGlyphs(filing, selection, settings)).join(u'\n'));
    note->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(bar);
    layout->addWidget(note);
    layout->addWidget(preview, 1);
    m_preview = dialog;
    dialog->resize(m_window->size() * 9 / 10);
    dialog->open(); // window-modal, without blocking the caller
}

QPrintPreviewWidget *PrintActions::lastPreview() const
{
    return m_preview ? m_preview->findChild<QPrintPreviewWidget *>() : nullptr;
}

void PrintActions::print(const PrintSelection &selection)
{
    if (!confirmPrintDespiteErrors())
        return;
    printNow(selection);
}

void PrintActions::printNow(const PrintSelection &selection)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(FilingPrinter::documentTitle(m_filing(), selection));
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintDialog dialog(&printer, m_window);
    // The form sets its own paper, orientation and margins: the page setup
    // (where Qt's own dialog offers them) is not offered at all.
    dialog.setOption(QAbstractPrintDialog::PrintShowPageSize, false);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    // The system's dialog offers orientation and paper; the official forms
    // are A4 portrait (a table wider than the page turns on its own): say so
    // rather than ignore the choice silently.
    const QPageLayout chosen = printer.pageLayout();
    if (chosen.orientation() != QPageLayout::Portrait || chosen.pageSize().id() != QPageSize::A4) {
        dialogs::information(m_window, tr("Printed on A4 portrait"),
            tr("The official forms are printed on A4 paper, portrait, as the form prescribes; the orientation and "
               "paper size chosen in the print dialog are not used."));
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
    }
    QString error;
    if (FilingPrinter::paint(m_filing(), selection, printSettings(), &printer, &error) < 0)
        dialogs::warning(m_window, tr("Cannot print"), error);
}

bool PrintActions::exportPdf(const QString &path, const PrintSelection &selection, QString *error)
{
    int pages = 0;
    if (!FilingPrinter::exportPdf(m_filing(), path, selection, printSettings(), error, &pages))
        return false;
    Q_EMIT message(tr("PDF written: %1 (pages: %2)").arg(QDir::toNativeSeparators(path)).arg(pages), 10000);
    return true;
}

void PrintActions::exportPdfDialog()
{
    if (!confirmPrintDespiteErrors())
        return;
    // Named after the filing, as it is filed: "2024年民政局 预算绩效目标表.pdf".
    const Filing &f = m_filing();
    QString name = QStringLiteral("%1年%2 预算绩效目标表.pdf").arg(f.fiscalYear).arg(f.department.name.trimmed());
    for (QChar &ch : name)
        if (QStringLiteral("\\/:*?\"<>|").contains(ch))
            ch = u'_';
    const QString path = dialogs::saveFileName(
        m_window, tr("Export PDF"), QDir(QDir::homePath()).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, PrintSelection {}, &error))
        dialogs::warning(m_window, tr("Cannot export the PDF"), error);
}

} // namespace jixiao::ui
