// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingprinter.h"

#include "form/registry.h"

#include "officialtables.h"
#include "pdftounicode.h"
#include "tableprinter.h"
#include "verification.h"

#include "files/safefile.h"

#include <QBuffer>
#include <QPdfWriter>

namespace jixiao {

namespace {

// The fund and direction a selection names, or false.
bool locateDirection(const Filing &filing, const PrintSelection &s, int *fund, int *direction)
{
    if (s.fund >= 0) {
        if (s.fund >= filing.funds.size() || s.direction < 0 || s.direction >= filing.funds[s.fund].directions.size())
            return false;
        *fund = s.fund;
        *direction = s.direction;
        return true;
    }
    int n = s.direction;
    if (n < 0)
        return false;
    for (int f = 0; f < filing.funds.size(); ++f) {
        if (n < filing.funds[f].directions.size()) {
            *fund = f;
            *direction = n;
            return true;
        }
        n -= int(filing.funds[f].directions.size());
    }
    return false;
}

// The tables a selection names, or false.
bool chosenTables(const Filing &filing, const PrintSelection &s, QList<form::Instance> *out)
{
    out->clear();
    switch (s.kind) {
    case PrintSelection::All:
        *out = form::instances(filing);
        return true;
    case PrintSelection::Overview:
        *out = form::instances(filing, form::Kind::Overview);
        return true;
    case PrintSelection::Summary:
        *out = form::instances(filing, form::Kind::Summary);
        return true;
    case PrintSelection::Direction: {
        int f = -1, d = -1;
        if (!locateDirection(filing, s, &f, &d))
            return false;
        out->append({form::Kind::Direction, f, d, -1});
        return true;
    }
    case PrintSelection::Project: {
        const form::Instance p {form::Kind::Project, -1, -1, s.project};
        if (!form::exists(filing, p))
            return false;
        out->append(p);
        return true;
    }
    }
    return false;
}

} // namespace

bool FilingPrinter::tables(const Filing &filing, const PrintSelection &selection, QList<print::Table> *out,
    QString *error, bool amountsWithUnit)
{
    out->clear();
    QList<form::Instance> chosen;
    if (!chosenTables(filing, selection, &chosen)) {
        if (error)
            *error = selection.kind == PrintSelection::Project
                ? tr("The filing has no such project (it has %1).").arg(filing.projects.size())
                : tr("The filing has no such expenditure direction (it has %1).").arg(filing.directionCount());
        return false;
    }
    for (const form::Instance &i : std::as_const(chosen))
        out->append(print::tableOf(form::describe(filing, i, form::Media::Paper, amountsWithUnit)));
    return true;
}

QString FilingPrinter::documentTitle(const Filing &filing, const PrintSelection &selection)
{
    QList<form::Instance> chosen;
    // The filing as a whole, not its first table.
    const QString what
        = selection.kind != PrintSelection::All && chosenTables(filing, selection, &chosen) && chosen.size() == 1
        ? form::title(filing, chosen.first())
        : QStringLiteral("%1年预算绩效目标表").arg(filing.fiscalYear);
    return filing.department.name.isEmpty() ? what : filing.department.name + QStringLiteral(" ") + what;
}

int FilingPrinter::paint(const Filing &filing, const PrintSelection &selection, const PrintSettings &settings,
    QPagedPaintDevice *device, QString *error)
{
    QList<print::Table> list;
    if (!tables(filing, selection, &list, error, settings.amountsWithUnit))
        return -1;
    print::DocumentLayout layout;
    if (!print::TablePrinter::layout(list, verificationCode(filing), settings, &layout, error))
        return -1;
    return print::TablePrinter::paint(layout, device, error);
}

int FilingPrinter::pageCount(const Filing &filing, const PrintSelection &selection, const PrintSettings &settings)
{
    QList<print::Table> list;
    if (!tables(filing, selection, &list, nullptr, settings.amountsWithUnit))
        return -1;
    print::DocumentLayout layout;
    if (!print::TablePrinter::layout(list, verificationCode(filing), settings, &layout, nullptr))
        return -1;
    return int(layout.pages.size());
}

QStringList FilingPrinter::missingGlyphs(
    const Filing &filing, const PrintSelection &selection, const PrintSettings &settings)
{
    QList<print::Table> list;
    print::DocumentLayout layout;
    if (!tables(filing, selection, &list, nullptr, settings.amountsWithUnit)
        || !print::TablePrinter::layout(list, verificationCode(filing), settings, &layout, nullptr))
        return {};
    return layout.missingGlyphs;
}

bool FilingPrinter::exportPdf(const Filing &filing, const QString &path, const PrintSelection &selection,
    const PrintSettings &settings, QString *error, int *pagesWritten, const files::WriteOptions &options,
    QStringList *notices, QString *code)
{
    // Lay out first: a bad selection or missing fonts must not touch the file.
    QList<print::Table> list;
    if (!tables(filing, selection, &list, error, settings.amountsWithUnit))
        return false;
    print::DocumentLayout layout;
    if (!print::TablePrinter::layout(list, verificationCode(filing), settings, &layout, error))
        return false;

    QString ignored;
    if (!error)
        error = &ignored;
    // A PDF is an export: it never replaces a filing.
    files::WriteOptions exportOptions = options;
    exportOptions.isExport = true;
    files::SafeOutput file(path, exportOptions);
    if (!file.prepare(error))
        return false;
    int pages = -1;
    QBuffer pdf; // rewritten below before it reaches the file
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(int(print::TextMeasurer::referenceDpi()));
        writer.setCreator(QStringLiteral("Jixiao ") + QStringLiteral(JIXIAO_VERSION));
        writer.setTitle(documentTitle(filing, selection));
        if (settings.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pages = print::TablePrinter::paint(layout, &writer, error);
    }
    if (pages < 0)
        return false; // the temporary file goes with `file`
    pdf.close();
    print::spellOutToUnicodeRanges(&pdf.buffer()); // so that Ghostscript extracts the text too
    if (!file.write(pdf.data(), error) || !file.commit(error))
        return false;
    if (pagesWritten)
        *pagesWritten = pages;
    if (notices)
        *notices = layout.missingGlyphs;
    if (code)
        *code = layout.verificationCode;
    return true;
}

} // namespace jixiao
