// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/filingprinter.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPrintPreviewWidget;
class QWidget;

namespace jixiao::ui {

class AppSettings;
class CheckRunner;

// File › Print Preview, Print and Export PDF. All three paint with
// FilingPrinter and the fonts of the settings: what the preview shows is
// what prints and what the PDF holds.
class PrintActions : public QObject
{
    Q_OBJECT
public:
    // `filing`: the filing on screen; `runner`: its checks.
    PrintActions(QWidget *window, AppSettings *settings, CheckRunner *runner, std::function<const Filing &()> filing);

    // Where the filing has check errors, asks first (dialogs seam); false
    // when the user declines.
    bool confirmPrintDespiteErrors();
    // Opens the print preview, window-modal without blocking (see lastPreview()).
    void printPreview(const PrintSelection &selection);
    QPrintPreviewWidget *lastPreview() const;
    void print(const PrintSelection &selection);
    bool exportPdf(const QString &path, const PrintSelection &selection, QString *error);
    // Asks first where the filing has errors, proposes a file name from the
    // year and department.
    void exportPdfDialog();

Q_SIGNALS:
    void errorsWanted(); // the user chose to see the errors instead
    void message(const QString &text, int timeout);

private:
    void printNow(const PrintSelection &selection); // print() once the errors were asked about
    PrintSettings printSettings() const;

    QWidget *m_window;
    AppSettings *m_settings;
    CheckRunner *m_runner;
    std::function<const Filing &()> m_filing;
    QPointer<QWidget> m_preview;
};

} // namespace jixiao::ui
