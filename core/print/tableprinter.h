// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printsettings.h"
#include "tablelayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// Tables laid out on A4 pages as one document, and painted on any paged
// device (QPdfWriter, QPrinter, a print preview's QPrinter).
namespace jixiao::print {

struct PageGeometry // millimetres
{
    QSizeF paper {210, 297}; // portrait; swapped for a landscape table
    qreal marginLeft = 15;
    qreal marginRight = 15;
    qreal marginTop = 12;
    qreal marginBottom = 15;
    qreal footerBaseline = 8; // page number and 校验码, from the paper's bottom edge

    QSizeF paperFor(bool landscape) const { return landscape ? paper.transposed() : paper; }
    qreal contentWidth(bool landscape) const { return paperFor(landscape).width() - marginLeft - marginRight; }
    qreal contentHeight(bool landscape) const { return paperFor(landscape).height() - marginTop - marginBottom; }
};

struct FontSpec
{
    QFont font;
    qreal lineHeight = 0; // mm
    qreal ascent = 0;
    qreal descent = 0;
};

struct DocumentLayout
{
    struct Block
    {
        MeasuredTable measured;
        QList<TablePage> pages;
        bool landscape = false;
        CellText title; // wrapped into the page width
        CellText continuedTitle; // "…表（续）" on its continuation pages
        qreal firstHead = 0; // mm above the rows on the table's first page
        qreal nextHead = 0; // and on its continuation pages
    };
    struct PageRef
    {
        int block = 0;
        int page = 0;
    };
    QList<Block> blocks;
    QList<PageRef> pages; // the whole document, in order
    PageGeometry geometry;
    PrintSettings settings; // with the fonts resolved
    QString verificationCode;
    FontSpec title, body, bold, small;
    // Each place where a character has no glyph in the fonts used (it would
    // print as an empty box), in words for the user.
    QStringList missingGlyphs;
};

class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::TablePrinter)

public:
    // Lays out `tables`, each starting on a new page, landscape where a table
    // is wider than a portrait page. Needs a QGuiApplication (fonts).
    static bool layout(const QList<Table> &tables, const QString &verificationCode, const PrintSettings &settings,
        DocumentLayout *out, QString *error);
    // Paints every page; returns the number painted, or -1 with *error.
    static int paint(const DocumentLayout &layout, QPagedPaintDevice *device, QString *error);
    // Whether printing can happen in this process (a QGuiApplication exists).
    static bool haveGui(QString *error);
};

} // namespace jixiao::print
