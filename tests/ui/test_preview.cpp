// SPDX-License-Identifier: GPL-3.0-or-later
// The print preview is the print: a page of the window's preview, drawn by
// the preview widget's own page items, against the same page of the PDF
// that File › Export PDF writes, rendered by poppler. And the print and
// properties dialogs, answered through the dialogs seam as a person would.
#include "uitestsupport.h"

#include "appsettings.h"
#include "filingdialogs.h"
#include "pdftools.h"
#include "print/filingprinter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSpinBox>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {

constexpr int Dpi = 200;
// Grey levels per pixel, on the pages halved to 100 dpi (the two renderers
// antialias differently). Measured: 3.0–3.8 for the preview, 6.3–8.9 when
// the preview draws with another Chinese face (AR PL UKai instead of UMing).
constexpr double MaxMeanDifference = 5.0;

// Page `page` (from 1) of an open preview at `size`, drawn by the preview's
// own page items (the recorded page and the paper around it).
QImage previewPage(QPrintPreviewWidget *preview, int page, QSize size)
{
    auto *view = preview->findChild<QGraphicsView *>();
    if (!view || !view->scene())
        return {};
    QList<QGraphicsItem *> pages;
    for (QGraphicsItem *item : view->scene()->items())
        if (!item->parentItem())
            pages.append(item);
    std::sort(pages.begin(), pages.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
        return a->pos().y() < b->pos().y() || (a->pos().y() == b->pos().y() && a->pos().x() < b->pos().x());
    });
    if (page < 1 || page > pages.size())
        return {};
    QGraphicsItem *item = pages[page - 1];
    // A page item's bounds are the paper with a border (for its shadow) all round.
    const QRectF bounds = item->boundingRect();
    const QRectF paper(0, 0, bounds.width() + 2 * bounds.left(), bounds.height() + 2 * bounds.top());
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    view->scene()->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), item->mapRectToScene(paper));
    p.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage pdfPage(const QString &pdf, int page)
{
    const QString stem = pdf + QStringLiteral("-page");
    bool ok = false;
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(Dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, stem},
        &ok);
    EXPECT_TRUE(ok) << "pdftoppm failed (poppler-utils: scripts/install-deps.sh)";
    return QImage(stem + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
}

double meanDifference(const QImage &x, const QImage &y)
{
    if (x.size() != y.size() || x.isNull())
        return 255;
    const QImage a = x.scaled(x.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = y.scaled(y.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 sum = 0;
    for (int r = 0; r < a.height(); ++r)
        for (int c = 0; c < a.width(); ++c)
            sum += std::abs(int(a.constScanLine(r)[c]) - int(b.constScanLine(r)[c]));
    return sum / (double(a.width()) * a.height());
}

// Opens the window's preview of `selection` and draws its page `page` at `size`.
QImage previewOf(Window &t, const PrintSelection &selection, int page, QSize size)
{
    t.w.printPreview(selection);
    QPrintPreviewWidget *preview = t.w.lastPreview();
    if (!preview || !QTest::qWaitFor([&] { return preview->pageCount() >= page; }, 5000))
        return {};
    const QImage image = previewPage(preview, page, size);
    preview->window()->close();
    return image;
}

QStringList s_printerWarnings;
void collectPrinterWarnings(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QStringLiteral("printer is active"), Qt::CaseInsensitive))
        s_printerWarnings.append(message);
}

// Answers the next print dialog as a clerk would: print to the PDF file `out`,
// in `orientation`. The dialog never offers the page setup (paper,
// orientation and margins are the form's).
void answerPrintDialog(const QString &out, QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    dialogs::setNextDialogAnswer([out, orientation](QDialog &d) {
        auto *printDialog = qobject_cast<QPrintDialog *>(&d);
        if (!printDialog)
            return int(QDialog::Rejected);
        EXPECT_FALSE(printDialog->testOption(QAbstractPrintDialog::PrintShowPageSize));
        printDialog->printer()->setOutputFileName(out);
        printDialog->printer()->setPageOrientation(orientation);
        return int(QDialog::Accepted);
    });
}

} // namespace

TEST(UiPreview, APreviewPageIsThePdfPage)
{
    Window t;
    const QString pdf = QDir(t.temp.dir.path()).filePath(QStringLiteral("preview.pdf"));
    const QString otherFace = QStringLiteral("AR PL UKai CN");
    const bool control = QFontDatabase::hasFamily(otherFace);
    QString error;
    for (const PrintSelection &selection :
        {PrintSelection {PrintSelection::Overview}, PrintSelection {PrintSelection::Direction, 0, 0}}) {
        ASSERT_TRUE(t.w.exportPdf(pdf, selection, &error)) << error.toStdString();
        const QImage printed = pdfPage(pdf, 1);
        ASSERT_FALSE(printed.isNull());
        const QImage shown = previewOf(t, selection, 1, printed.size());
        ASSERT_FALSE(shown.isNull());
        const double difference = meanDifference(shown, printed);
        std::printf("preview vs PDF, %s: %.2f grey levels per pixel\n",
            qPrintable(FilingPrinter::documentTitle(t.w.filing(), selection)), difference);
        EXPECT_LT(difference, MaxMeanDifference);
        // The comparison sees a face: the same preview in another face
        // (as the preview once drew in a bold sans) fails it.
        if (!control)
            continue;
        const PrintSettings kept = t.w.settings()->printSettings();
        PrintSettings other = kept;
        other.titleFamily = other.bodyFamily = otherFace;
        t.w.settings()->setPrintSettings(other);
        const double otherDifference = meanDifference(previewOf(t, selection, 1, printed.size()), printed);
        t.w.settings()->setPrintSettings(kept);
        std::printf("  the same preview in %s: %.2f\n", qPrintable(otherFace), otherDifference);
        EXPECT_GT(otherDifference, MaxMeanDifference);
    }
    if (!control)
        std::printf("%s is not installed: the face control was not run\n", qPrintable(otherFace));
}

// File › Print to the end, through the print dialog (answered: print to a PDF
// file), asks no active printer to change its page layout: Qt refuses that
// with "Cannot be changed while printer is active".
TEST(UiPrint, PrintingAsksNoActivePrinterToChange)
{
    Window t;
    const QString out = QDir(t.temp.dir.path()).filePath(QStringLiteral("printed.pdf"));
    answerPrintDialog(out);
    s_printerWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectPrinterWarnings);
    t.w.print(PrintSelection {});
    qInstallMessageHandler(previous);
    EXPECT_TRUE(s_printerWarnings.isEmpty()) << s_printerWarnings.join(QLatin1Char('\n')).toStdString();
    const PrintSettings settings = resolveFonts(t.w.settings()->printSettings());
    EXPECT_EQ(pdfPageCount(out), FilingPrinter::pageCount(t.w.filing(), PrintSelection {}, settings));
}

// Filing › Properties, answered as a clerk would: one undo step.
TEST(UiDialogs, ThePropertiesDialogChangesYearAndLevelInOneStep)
{
    Window t;
    dialogs::setNextDialogAnswer([](QDialog &d) {
        auto &properties = static_cast<PropertiesDialog &>(d);
        EXPECT_EQ(properties.yearBox()->value(), 2023);
        properties.yearBox()->setValue(2025);
        properties.levelBox()->setCurrentText(QStringLiteral("县级"));
        return int(QDialog::Accepted);
    });
    t.w.propertiesDialog();
    EXPECT_EQ(t.w.filing().fiscalYear, 2025);
    EXPECT_EQ(t.w.filing().effectiveFundLevel(), QStringLiteral("县级"));
    t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
    // Cancelled: nothing changes.
    dialogs::setNextDialogAnswer([](QDialog &d) {
        static_cast<PropertiesDialog &>(d).yearBox()->setValue(2030);
        return int(QDialog::Rejected);
    });
    t.w.propertiesDialog();
    EXPECT_EQ(t.w.filing(), sampleFiling());
}

// The official forms are A4 portrait: a landscape or other paper chosen in the
// print dialog is not silently ignored; the clerk is told, and the pages stay
// A4 portrait.
TEST(UiPrint, ThePrintDialogsLandscapeIsRefusedWithTheReason)
{
    Window t;
    const QString out = QDir(t.temp.dir.path()).filePath(QStringLiteral("landscape.pdf"));
    answerPrintDialog(out, QPageLayout::Landscape);
    t.w.print(PrintSelection {});
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("A4"))) << dialogs::lastText().toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    const int box = bytes.indexOf("/MediaBox");
    ASSERT_GE(box, 0);
    const QList<QByteArray> numbers
        = bytes.mid(box, 60).split('[').value(1).split(']').value(0).simplified().split(' ');
    ASSERT_EQ(numbers.size(), 4);
    EXPECT_LT(numbers[2].toDouble(), numbers[3].toDouble()) << bytes.mid(box, 60).constData(); // portrait
}
