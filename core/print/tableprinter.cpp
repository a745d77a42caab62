// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableprinter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRawFont>
#include <QTransform>

#include <algorithm>
#include <vector>

namespace jixiao::print {

namespace {

constexpr qreal InnerLine = 0.2; // mm
constexpr qreal OuterLine = 0.45; // mm
constexpr qreal LabelLine = 8; // 附表1
constexpr qreal CaptionLine = 9; // 填报单位：（盖章） … 金额单位：万元, with room for the seal
constexpr qreal TitleGap = 2;

// Bold only from a face's real bold style: Qt synthesizes a missing one by
// drawing the text twice, which MuPDF and Ghostscript then extract twice.
QFont makeFont(const QString &family, const QStringList &fallbacks, qreal pointSize, bool bold)
{
    QFont f;
    QStringList families {family};
    for (const QString &fb : fallbacks)
        if (!families.contains(fb))
            families.append(fb);
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(bold && hasBoldStyle(family));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

FontSpec makeSpec(const QFont &font)
{
    const TextMeasurer m(font);
    return {font, m.lineHeight(), m.ascent(), m.descent()};
}

// Device units from millimetres on the paper, whatever the device's
// resolution and unprintable margins.
struct Mapper
{
    qreal scale = 1; // device units per mm
    QPointF origin; // mm of the paper at the device's (0, 0)
    QPointF pt(qreal x, qreal y) const { return QPointF((x - origin.x()) * scale, (y - origin.y()) * scale); }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return QRectF(pt(x, y), QSizeF(w * scale, h * scale)); }
};

struct PageNumbering
{
    int page, pages; // in the table
    int documentPage, documentPages;
};

// The footer's page number, as the forms write it.
QString pageNumberText(PageNumbers kind, const PageNumbering &n)
{
    if (kind == PageNumbers::TableAndDocument && n.pages == n.documentPages)
        kind = PageNumbers::Table; // one table: the printout's count would say the same again
    const auto of = [](int page, int pages) { return QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages); };
    switch (kind) {
    case PageNumbers::Table:
        return of(n.page, n.pages);
    case PageNumbers::TableAndDocument:
        return of(n.page, n.pages) + QStringLiteral("（总第 %1 页 共 %2 页）").arg(n.documentPage).arg(n.documentPages);
    case PageNumbers::Document:
        break;
    }
    return of(n.documentPage, n.documentPages);
}

// What every page asks again, found once for the document: the captions'
// and the footer's widths, and what a unit of letter spacing adds per font.
struct PaintCache
{
    TextMeasurer body, small;
    QHash<const FontSpec *, qreal> spacingUnit; // device units, per font of the layout
};

struct PagePainter
{
    QPainter &p;
    const DocumentLayout &doc;
    PaintCache &measure;
    Mapper map;

    void text(const FontSpec &f, qreal x, qreal lineTop, const QString &s)
    {
        if (s.isEmpty())
            return;
        const qreal baseline = lineTop + (f.lineHeight - (f.ascent + f.descent)) / 2 + f.ascent;
        p.drawText(map.pt(x, baseline), s);
    }

    // Drawn as outlines, not text: a mark on the page that copying or text
    // extraction does not take for part of the cell.
    void mark(const FontSpec &f, qreal x, qreal lineTop, const QString &s)
    {
        constexpr int Size = 100; // px of the outline, scaled to the font's em below
        QFont outline = f.font;
        outline.setPixelSize(Size);
        QPainterPath path;
        path.addText(0, 0, outline, s);
        const qreal em = f.font.pointSizeF() * 25.4 / 72;
        const qreal baseline = lineTop + (f.lineHeight - (f.ascent + f.descent)) / 2 + f.ascent;
        const QPointF at = map.pt(x, baseline);
        QTransform toPage;
        toPage.translate(at.x(), at.y());
        toPage.scale(em * map.scale / Size, em * map.scale / Size);
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::black);
        p.drawPath(toPage.map(path));
        p.restore();
    }

    // A cell's line; a justified one spreads its characters to the right edge.
    void run(const FontSpec &f, qreal x, qreal lineTop, const TextRun &r)
    {
        if (r.spacing <= 0) {
            text(f, x, lineTop, r.text);
            return;
        }
        // Qt scales absolute letter spacing by the device's resolution in its
        // own way: ask the device's metrics how far one unit moves a character.
        auto known = measure.spacingUnit.constFind(&f);
        if (known == measure.spacingUnit.constEnd()) {
            QFont probe = f.font;
            probe.setLetterSpacing(QFont::AbsoluteSpacing, 100);
            const QString two = QStringLiteral("一一");
            known = measure.spacingUnit.insert(&f,
                (QFontMetricsF(probe, p.device()).horizontalAdvance(two)
                    - QFontMetricsF(f.font, p.device()).horizontalAdvance(two))
                    / 200);
        }
        const qreal perUnit = *known;
        if (perUnit <= 0) {
            text(f, x, lineTop, r.text);
            return;
        }
        QFont spread = f.font;
        spread.setLetterSpacing(QFont::AbsoluteSpacing, r.spacing * map.scale / perUnit);
        p.setFont(spread);
        text(f, x, lineTop, r.text);
        p.setFont(f.font);
    }

    void pen(qreal widthMm)
    {
        QPen pen(Qt::black);
        pen.setWidthF(widthMm * map.scale);
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
    }

    void cellText(const MeasuredTable &m, int ci, const QRectF &band, const PlacedRow *part)
    {
        const Cell &c = m.table.cells[ci];
        const CellText &ct = m.texts[ci];
        if (ct.runs.isEmpty())
            return;
        const FontSpec &f = c.bold ? doc.bold : doc.body;
        p.setFont(f.font);
        const qreal pitch = m.lineHeight; // as measured: the table may be set tighter than the face
        const qreal padH = m.metrics.paddingH;
        const qreal padV = m.metrics.paddingV;
        const qreal left = band.left() + padH;
        if (part && c.rowSpan == 1) {
            // One part of a row split across pages: its share of the lines, from the top.
            int shift = 0;
            if (part->continued) {
                if (ct.lines <= part->firstLine) {
                    if (c.identifying) // the row's name, again in full
                        for (const TextRun &r : ct.runs)
                            run(f, left + r.x, band.top() + padV + r.line * pitch, r);
                    return;
                }
                mark(f, left, band.top() + padV, QStringLiteral("（续）"));
                shift = 1;
            }
            for (const TextRun &r : ct.runs)
                if (r.line >= part->firstLine && r.line < part->firstLine + part->lineCount)
                    run(f, left + r.x, band.top() + padV + (r.line - part->firstLine + shift) * pitch, r);
            return;
        }
        const qreal block = ct.lines * pitch;
        qreal top = band.top() + padV;
        const bool overflows = block > band.height() - 2 * padV + 0.01;
        if (!overflows && !(c.alignment & Qt::AlignTop))
            top = band.top() + (band.height() - block) / 2;
        if (overflows) // only a repeated group label on a short page part
            p.setClipRect(map.rect(band.left(), band.top(), band.width(), band.height()));
        for (const TextRun &r : ct.runs)
            run(f, left + r.x, top + r.line * pitch, r);
        if (overflows)
            p.setClipping(false);
    }

    void paint(const DocumentLayout::Block &b, const TablePage &page, const PageNumbering &n)
    {
        const PageGeometry &g = doc.geometry;
        const QSizeF paper = g.paperFor(b.landscape);
        const Table &t = b.measured.table;
        const qreal contentWidth = g.contentWidth(b.landscape);
        const qreal tableLeft = g.marginLeft + std::max<qreal>(0, (contentWidth - t.width()) / 2);
        const qreal tableRight = tableLeft + t.width();
        qreal y = g.marginTop;

        if (page.first) {
            if (!t.attachmentLabel.isEmpty()) {
                p.setFont(doc.bold.font);
                text(doc.bold, tableLeft, y, t.attachmentLabel);
                y += LabelLine;
            }
            p.setFont(doc.title.font);
            for (const TextRun &r : b.title.runs)
                text(doc.title, g.marginLeft + r.x, y + r.line * doc.title.lineHeight, r.text);
            y += b.title.lines * doc.title.lineHeight + TitleGap;
        } else { // the title again, at its size, marked as continued
            p.setFont(doc.title.font);
            for (const TextRun &r : b.continuedTitle.runs)
                text(doc.title, g.marginLeft + r.x, y + r.line * doc.title.lineHeight, r.text);
            y += b.continuedTitle.lines * doc.title.lineHeight + TitleGap;
        }
        p.setFont(doc.body.font);
        const qreal captionTop = y + (CaptionLine - doc.body.lineHeight) / 2;
        if (page.first)
            text(doc.body, tableLeft, captionTop, t.sealCaption);
        if (!t.unitCaption.isEmpty()) {
            text(doc.body, tableRight - measure.body.textWidth(t.unitCaption), captionTop, t.unitCaption);
        }
        y += CaptionLine;

        // Rows, then each cell over the rows it covers on this page.
        const MeasuredTable &m = b.measured;
        QList<qreal> ys;
        ys.reserve(page.rows.size());
        for (const PlacedRow &r : page.rows) {
            ys.append(y);
            y += r.height;
        }
        const qreal tableTop = ys.isEmpty() ? y : ys.first();
        QList<int> cells;
        for (const PlacedRow &r : page.rows)
            for (int ci : m.cellsOfRow[r.row])
                cells.append(ci);
        std::sort(cells.begin(), cells.end());
        cells.erase(std::unique(cells.begin(), cells.end()), cells.end());

        struct Box
        {
            QRectF rect;
        };
        QList<Box> boxes;
        for (int ci : cells) {
            const Cell &c = t.cells[ci];
            const qreal x = tableLeft + t.columnX(c.column);
            qreal w = 0;
            for (int k = c.column; k < c.column + c.columnSpan && k < t.columnWidths.size(); ++k)
                w += t.columnWidths[k];
            // Contiguous runs of this page's rows inside the cell's span.
            for (int i = 0; i < page.rows.size();) {
                const int r = page.rows[i].row;
                if (r < c.row || r >= c.row + c.rowSpan) {
                    ++i;
                    continue;
                }
                int j = i;
                while (j + 1 < page.rows.size() && page.rows[j + 1].row >= c.row
                    && page.rows[j + 1].row < c.row + c.rowSpan)
                    ++j;
                const QRectF band(x, ys[i], w, ys[j] + page.rows[j].height - ys[i]);
                cellText(m, ci, band, i == j && page.rows[i].isPart() ? &page.rows[i] : nullptr);
                boxes.append({band});
                i = j + 1;
            }
        }
        pen(InnerLine);
        p.setBrush(Qt::NoBrush);
        for (const Box &box : boxes)
            p.drawRect(map.rect(box.rect.x(), box.rect.y(), box.rect.width(), box.rect.height()));
        if (!page.rows.isEmpty()) {
            pen(OuterLine);
            p.drawRect(map.rect(tableLeft, tableTop, t.width(), y - tableTop));
        }

        // 第 N 页 共 M 页, centred; 校验码 at the right.
        p.setFont(doc.small.font);
        const TextMeasurer &sm = measure.small;
        const qreal footerTop = paper.height() - g.footerBaseline - doc.small.ascent
            - (doc.small.lineHeight - doc.small.ascent - doc.small.descent) / 2;
        const QString pageText = pageNumberText(doc.settings.pageNumbers, n);
        text(doc.small, (paper.width() - sm.textWidth(pageText)) / 2, footerTop, pageText);
        if (!doc.verificationCode.isEmpty()) {
            const QString code = QStringLiteral("校验码 ") + doc.verificationCode;
            text(doc.small, tableRight - sm.textWidth(code), footerTop, code);
        }
    }
};

// Which characters a font's faces (its family, then its fallbacks) draw:
// any other prints as an empty box.
class GlyphCheck
{
public:
    explicit GlyphCheck(const QFont &font)
    {
        for (const QString &family : font.families()) {
            QFont f(family);
            f.setBold(font.bold());
            const QRawFont raw = QRawFont::fromFont(f);
            if (raw.isValid())
                m_faces.append(raw);
        }
    }
    bool has(char32_t c)
    {
        if (c < 0x20 || c == 0x3000 || QChar::isSpace(c))
            return true;
        if (c < 0x10000 && m_plane[c] != 0)
            return m_plane[c] == 1;
        if (const auto it = m_other.constFind(c); it != m_other.constEnd())
            return *it;
        const bool found = std::any_of(
            m_faces.begin(), m_faces.end(), [c](const QRawFont &raw) { return raw.supportsCharacter(uint(c)); });
        if (c < 0x10000)
            m_plane[c] = found ? 1 : 2;
        else
            m_other.insert(c, found);
        return found;
    }
    // The characters of `text` without a glyph, each once, in order.
    QString missing(const QString &text)
    {
        QString out;
        for (const char32_t c : text.toUcs4()) // UTF-16 is decoded, surrogate pairs whole
            if (!has(c) && !out.contains(QString::fromUcs4(&c, 1)))
                out += QString::fromUcs4(&c, 1);
        return out;
    }

private:
    QList<QRawFont> m_faces;
    std::vector<quint8> m_plane = std::vector<quint8>(0x10000, 0); // 0 unknown, 1 drawn, 2 missing
    QHash<char32_t, bool> m_other;
};

// Every character the document prints without a glyph, with its place:
// the page, the table, and the cell's row and column.
QStringList missingGlyphs(const DocumentLayout &doc)
{
    GlyphCheck title(doc.title.font), body(doc.body.font), bold(doc.bold.font);
    QStringList out;
    int firstPage = 0;
    for (const DocumentLayout::Block &b : doc.blocks) {
        const Table &t = b.measured.table;
        const QString inTitle = title.missing(t.title + t.attachmentLabel);
        if (!inTitle.isEmpty())
            out.append(TablePrinter::tr("Page %1, the title of “%2”: “%3” has no glyph in the fonts used and prints "
                                        "as an empty box.")
                           .arg(firstPage + 1)
                           .arg(t.title, inTitle));
        for (const Cell &c : t.cells) {
            const QString gone = (c.bold ? bold : body).missing(c.text);
            if (gone.isEmpty())
                continue;
            int page = 0;
            for (int p = 0; p < b.pages.size() && page == 0; ++p)
                for (const PlacedRow &r : b.pages[p].rows)
                    if (r.row >= c.row && r.row < c.row + c.rowSpan) {
                        page = p + 1;
                        break;
                    }
            out.append(TablePrinter::tr("Page %1, “%2”, row %3, column %4: “%5” has no glyph in the fonts used and "
                                        "prints as an empty box.")
                           .arg(firstPage + std::max(page, 1))
                           .arg(t.title)
                           .arg(c.row + 1)
                           .arg(c.column + 1)
                           .arg(gone));
        }
        firstPage += int(b.pages.size());
    }
    return out;
}

QPageLayout pageLayoutFor(const DocumentLayout &doc, bool landscape)
{
    return QPageLayout(QPageSize(doc.geometry.paper, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
        landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

bool TablePrinter::haveGui(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = tr("Printing needs the graphical part of the program (fonts); it was started without it.");
    return false;
}

bool TablePrinter::layout(const QList<Table> &tables, const QString &verificationCode, const PrintSettings &wanted,
    DocumentLayout *out, QString *error)
{
    if (!haveGui(error))
        return false;
    const PrintSettings s = resolveFonts(wanted);
    if (s.titleFamily.isEmpty() || s.headingFamily.isEmpty() || s.bodyFamily.isEmpty()) {
        if (error)
            *error = tr("No Chinese font for printing is installed. Install SimSun or FangSong, or on Linux "
                        "the package fonts-arphic-uming.");
        return false;
    }
    DocumentLayout doc;
    doc.settings = s;
    doc.verificationCode = verificationCode;
    const QStringList fallbacks {s.bodyFamily, QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei")};
    // Titles and headings in their heavy faces (小标宋, 黑体), or bold where the face has a bold style.
    doc.title = makeSpec(makeFont(s.titleFamily, fallbacks, s.titlePointSize, true));
    doc.body = makeSpec(makeFont(s.bodyFamily, fallbacks, s.bodyPointSize, false));
    doc.bold = makeSpec(makeFont(s.headingFamily, fallbacks, s.bodyPointSize, true));
    doc.small = makeSpec(makeFont(s.bodyFamily, fallbacks, std::max<qreal>(6, s.bodyPointSize - 1.5), false));
    const TextMeasurer title(doc.title.font), body(doc.body.font), bold(doc.bold.font);

    const PageGeometry &g = doc.geometry;
    // Tables on one grid (the direction tables of a filing, its project tables
    // of one layout) look alike: the same column widths and the same spacing;
    // any other table is fitted alone.
    QList<int> groupOf(tables.size(), -1);
    QList<QList<int>> groups;
    for (int i = 0; i < tables.size(); ++i) {
        if (tables[i].kind == Table::Direction || tables[i].kind == Table::Project)
            for (int k = 0; k < groups.size() && groupOf[i] < 0; ++k) {
                const Table &first = tables[groups[k].first()];
                if (first.kind == tables[i].kind && first.columnWidths == tables[i].columnWidths
                    && first.fitColumns == tables[i].fitColumns) {
                    groupOf[i] = k;
                    groups[k].append(i);
                }
            }
        if (groupOf[i] < 0) {
            groupOf[i] = int(groups.size());
            groups.append(QList<int> {i});
        }
    }
    QList<DocumentLayout::Block> blocks(tables.size());
    for (const QList<int> &group : std::as_const(groups)) {
        QList<qreal> shared;
        if (group.size() > 1) {
            QList<Table> members;
            for (int i : group)
                members.append(tables[i]);
            shared = fitSharedColumns(members, body, bold);
        }
        int pages = 0;
        bool nearlyEmptyLast = false;
        for (int i : group) {
            const Table &t = tables[i];
            DocumentLayout::Block &b = blocks[i];
            b.landscape = t.width() > g.contentWidth(false) + 0.01;
            if (shared.isEmpty()) {
                b.measured = measureTable(t, body, bold);
            } else {
                Table fitted = t;
                fitted.columnWidths = shared;
                fitted.fitColumns = false;
                b.measured = measureTable(fitted, body, bold);
            }
            b.title = title.measure(t.title, g.contentWidth(b.landscape), Qt::AlignHCenter);
            b.continuedTitle
                = title.measure(t.title + QStringLiteral("（续）"), g.contentWidth(b.landscape), Qt::AlignHCenter);
            b.firstHead = (t.attachmentLabel.isEmpty() ? 0 : LabelLine) + b.title.lines * doc.title.lineHeight
                + TitleGap + CaptionLine;
            b.nextHead = b.continuedTitle.lines * doc.title.lineHeight + TitleGap + CaptionLine;
            const qreal room = g.contentHeight(b.landscape);
            b.pages = paginate(b.measured, room - b.firstHead, room - b.nextHead);
            pages += int(b.pages.size());
            qreal lastPage = 0;
            for (const PlacedRow &r : b.pages.last().rows)
                lastPage += r.height;
            // Only a nearly empty last page (under a third) is worth setting a
            // table tighter for: a fuller one ends the table naturally.
            nearlyEmptyLast = nearlyEmptyLast || (b.pages.size() > 1 && lastPage < (room - b.nextHead) / 3);
        }
        if (!nearlyEmptyLast)
            continue;
        // A typesetter's last resort before a nearly empty page: set the
        // tables a little tighter (lines at 0.9 of the face's spacing, less
        // padding, lower one-line rows), all of the group alike, and only
        // when that saves pages. The lines stay as they were broken.
        const CellMetrics tight {1.5, 0.6, 0.9};
        QList<DocumentLayout::Block> tighter;
        int tightPages = 0;
        for (int i : group) {
            DocumentLayout::Block b = blocks[i];
            b.measured = withMetrics(std::move(b.measured), tight, std::min(b.measured.table.minRowHeight, 6.5), body);
            const qreal room = g.contentHeight(b.landscape);
            b.pages = paginate(b.measured, room - b.firstHead, room - b.nextHead);
            tightPages += int(b.pages.size());
            tighter.append(std::move(b));
        }
        if (tightPages < pages)
            for (int k = 0; k < group.size(); ++k)
                blocks[group[k]] = std::move(tighter[k]);
    }
    for (DocumentLayout::Block &b : blocks) {
        for (int i = 0; i < b.pages.size(); ++i)
            doc.pages.append({int(doc.blocks.size()), i});
        doc.blocks.append(std::move(b));
    }
    doc.missingGlyphs = missingGlyphs(doc);
    *out = std::move(doc);
    return true;
}

int TablePrinter::paint(const DocumentLayout &doc, QPagedPaintDevice *device, QString *error)
{
    if (!device) {
        if (error)
            *error = tr("There is nothing to print on.");
        return -1;
    }
    if (doc.pages.isEmpty()) {
        if (error)
            *error = tr("There is nothing to print: the selection has no tables.");
        return -1;
    }
    device->setPageLayout(pageLayoutFor(doc, doc.blocks[doc.pages.first().block].landscape));
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer or the file could not be opened for printing.");
        return -1;
    }
    const int total = int(doc.pages.size());
    PaintCache captions {TextMeasurer(doc.body.font), TextMeasurer(doc.small.font), {}};
    for (int i = 0; i < total; ++i) {
        const DocumentLayout::PageRef ref = doc.pages[i];
        const DocumentLayout::Block &b = doc.blocks[ref.block];
        if (i > 0) {
            // A printer refuses a new layout while it prints ("Cannot be
            // changed while printer is active"): ask only for a change.
            const QPageLayout layout = pageLayoutFor(doc, b.landscape);
            if (!device->pageLayout().isEquivalentTo(layout))
                device->setPageLayout(layout);
            if (!device->newPage()) {
                painter.end();
                if (error)
                    *error = tr("The printer did not accept page %1.").arg(i + 1);
                return -1;
            }
        }
        Mapper map;
        map.scale = device->logicalDpiX() / 25.4;
        map.origin = device->pageLayout().paintRect(QPageLayout::Millimeter).topLeft();
        PagePainter pp {painter, doc, captions, map};
        pp.paint(b, b.pages[ref.page], {ref.page + 1, int(b.pages.size()), i + 1, total});
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The printout could not be finished.");
        return -1;
    }
    return total;
}

} // namespace jixiao::print
