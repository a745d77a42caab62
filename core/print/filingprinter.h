// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"
#include "model/filing.h"
#include "printsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace jixiao {

namespace print {
struct Table;
}

// What to print: the whole filing in the official order (form::instances:
// overview, summary, one table per direction, one per project), or one table.
// A direction is `direction` (0-based) of fund `fund`; with fund = -1,
// `direction` counts all directions in order. A project is `project` (0-based).
struct PrintSelection
{
    enum Kind { All, Overview, Summary, Direction, Project };
    Kind kind = All;
    int fund = -1;
    int direction = -1;
    int project = -1;
};

class FilingPrinter
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::FilingPrinter)

public:
    // Lays out and paints on any paged device: QPdfWriter, QPrinter, a print
    // preview's QPrinter. Returns the number of pages painted, -1 with *error.
    // Needs a QGuiApplication.
    static int paint(const Filing &filing, const PrintSelection &selection, const PrintSettings &settings,
        QPagedPaintDevice *device, QString *error);
    // The same layout, no output; -1 when the selection or the fonts are unusable.
    static int pageCount(const Filing &filing, const PrintSelection &selection, const PrintSettings &settings);
    // A PDF (PDF/A-1b with settings.pdfA), written atomically
    // (files::SafeOutput: replacing only what `options` allow); *pagesWritten,
    // when given, receives the number of pages, *notices each place where a
    // character has no glyph in the fonts used (an empty box on paper), and
    // *code the verification code printed on every page (computed once: it
    // costs as much as a tenth of a large export).
    static bool exportPdf(const Filing &filing, const QString &path, const PrintSelection &selection,
        const PrintSettings &settings, QString *error, int *pagesWritten = nullptr,
        const files::WriteOptions &options = {}, QStringList *notices = nullptr, QString *code = nullptr);
    // Each place where the selection prints a character without a glyph in
    // the fonts used (the print preview says so); empty when all are there.
    static QStringList missingGlyphs(
        const Filing &filing, const PrintSelection &selection, const PrintSettings &settings);

    // The tables a selection prints, in order; false with *error when it names
    // a table the filing does not have.
    static bool tables(const Filing &filing, const PrintSelection &selection, QList<print::Table> *out, QString *error,
        bool amountsWithUnit = false);
    // A title for the document (PDF metadata, print job name).
    static QString documentTitle(const Filing &filing, const PrintSelection &selection);
};

} // namespace jixiao
