// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "form/registry.h"
#include "print/officialtables.h"
#include "zippackage.h"

#include <QHash>
#include <QPoint>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>

namespace jixiao::office {

namespace {

using print::Table;

const QString MainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PkgRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// Style indices in styles.xml's cellXfs, below.
enum Style {
    Default = 0,
    BoxCentre = 1,
    BoxLeft = 2,
    BoxNumber = 3,
    Title = 4,
    PlainLeft = 5,
    PlainRight = 6,
    BoxHeading = 7
};

QString columnName(int c)
{
    QString s;
    for (++c; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(u'A' + (c - 1) % 26));
    return s;
}

QString ref(int row, int column) // 0-based → "B4"
{
    return columnName(column) + QString::number(row + 1);
}

struct Value
{
    enum Kind { Text, Number, Formula } kind = Text;
    QString formula;
};

// Which cells of a printed table hold amounts, and which are totals: as the
// form describes its cells (an amount's look; a Sum cell is the SUM of the
// amounts in its list's rows). `table` is print::tableOf(form).
QHash<int, Value> amountCells(const form::Form &form, const Table &table, int firstRow)
{
    const QList<print::PlacedCell> placed = print::placeCells(form, table);
    QHash<QString, QList<QPoint>> amountsOf; // list → its rows' amount cells (column, row)
    QHash<int, Value> out;
    for (int i = 0; i < placed.size(); ++i) {
        const form::Cell &c = *placed[i].cell;
        if (c.look != form::Look::Amount || c.text.isEmpty())
            continue;
        out.insert(i, {Value::Number, {}});
        const form::Row &row = form.rows[placed[i].formRow];
        if (c.type != form::Cell::Sum && row.index >= 0)
            amountsOf[row.list].append({placed[i].grid->column, firstRow + placed[i].grid->row});
    }
    for (int i = 0; i < placed.size(); ++i) {
        if (placed[i].cell->type != form::Cell::Sum || !out.contains(i))
            continue;
        const QList<QPoint> cells = amountsOf.value(placed[i].cell->pointer);
        if (cells.isEmpty())
            continue;
        bool range = true; // one column, row after row: SUM(C10:C12)
        for (qsizetype k = 1; k < cells.size(); ++k)
            range = range && cells[k].x() == cells[0].x() && cells[k].y() == cells[k - 1].y() + 1;
        if (range) {
            out.insert(i,
                {Value::Formula,
                    QStringLiteral("SUM(%1:%2)")
                        .arg(ref(cells.first().y(), cells.first().x()), ref(cells.last().y(), cells.last().x()))});
            continue;
        }
        QStringList refs;
        for (const QPoint &c : cells)
            refs.append(ref(c.y(), c.x()));
        // SUM takes at most 255 arguments: add sums of chunks.
        QStringList parts;
        for (qsizetype k = 0; k < refs.size(); k += 200)
            parts.append(QStringLiteral("SUM(%1)").arg(refs.mid(k, 200).join(QLatin1Char(','))));
        out.insert(i, {Value::Formula, parts.join(QLatin1Char('+'))});
    }
    return out;
}

// Neither Excel nor LibreOffice sizes rows to wrapped text when it opens a
// file: estimate each row's height from its text, the 11 pt body font
// (a CJK character about 3.9 mm wide, Latin about half) and the cell's width.
qreal linesNeeded(const QString &text, qreal widthMm)
{
    const qreal usable = qMax<qreal>(4.0, widthMm - 2.0) * 0.9;
    qreal lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        qreal w = 0;
        for (QChar c : line)
            w += c.unicode() >= 0x2E80 ? 3.9 : 1.95;
        lines += qMax<qreal>(1, std::ceil(w / usable));
    }
    return lines;
}

class Workbook
{
public:
    int string(const QString &s)
    {
        auto it = index.find(s);
        if (it != index.end())
            return it.value();
        strings.append(s);
        index.insert(s, int(strings.size() - 1));
        return int(strings.size() - 1);
    }
    QByteArray sheet(const form::Form &form);
    QByteArray sharedStrings() const;

private:
    QStringList strings;
    QHash<QString, int> index;
};

QByteArray Workbook::sheet(const form::Form &form)
{
    const int firstRow = 3; // attachment label, title, seal/unit captions
    const Table t = print::tableOf(form);
    const int columns = int(t.columnWidths.size());
    const QHash<int, Value> amounts = amountCells(form, t, firstRow);

    // Every position of the grid, so merged areas get their borders too.
    struct Out
    {
        int style = Default;
        int cell = -1; // index into t.cells, -1 for a covered position
    };
    QList<QList<Out>> grid(firstRow + t.rowCount, QList<Out>(columns));
    QStringList merges;
    QList<qreal> rowLines(grid.size(), 1); // for cells of one row; spanning labels fit their rows
    for (int i = 0; i < t.cells.size(); ++i) {
        const print::Cell &c = t.cells[i];
        const int style = amounts.contains(i) ? BoxNumber
            : c.bold                          ? BoxHeading
            : (c.alignment & Qt::AlignLeft)   ? BoxLeft
                                              : BoxCentre;
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            for (int k = c.column; k < c.column + c.columnSpan && k < columns; ++k)
                grid[firstRow + r][k].style = style;
        grid[firstRow + c.row][c.column].cell = i;
        if (c.rowSpan == 1) {
            qreal width = 0;
            for (int k = c.column; k < c.column + c.columnSpan && k < columns; ++k)
                width += t.columnWidths[k];
            const QString shown = QString(c.text).replace(QLatin1Char('\t'), QStringLiteral("　　　　"));
            rowLines[firstRow + c.row] = qMax(rowLines[firstRow + c.row], linesNeeded(shown, width));
        }
        if (c.rowSpan > 1 || c.columnSpan > 1)
            merges.append(ref(firstRow + c.row, c.column) + QLatin1Char(':')
                + ref(firstRow + c.row + c.rowSpan - 1, c.column + c.columnSpan - 1));
    }
    merges.prepend(ref(1, 0) + QLatin1Char(':') + ref(1, columns - 1));
    const int sealSpan = qMax(1, columns / 2);
    merges.prepend(ref(2, 0) + QLatin1Char(':') + ref(2, sealSpan - 1));
    if (columns - sealSpan > 1)
        merges.prepend(ref(2, sealSpan) + QLatin1Char(':') + ref(2, columns - 1));

    QByteArray data;
    QXmlStreamWriter x(&data);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("worksheet"));
    x.writeDefaultNamespace(MainNs);
    x.writeNamespace(RelNs, QStringLiteral("r"));
    x.writeStartElement(QStringLiteral("sheetPr"));
    x.writeEmptyElement(QStringLiteral("pageSetUpPr"));
    x.writeAttribute(QStringLiteral("fitToPage"), QStringLiteral("1"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c < columns; ++c) {
        x.writeEmptyElement(QStringLiteral("col"));
        x.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
        x.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
        // Excel's width unit is about 1.9 mm of the default font.
        x.writeAttribute(QStringLiteral("width"), QString::number(t.columnWidths[c] / 1.9, 'f', 2));
        x.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("sheetData"));
    auto textCell = [&](int row, int column, const QString &text, int style) {
        x.writeStartElement(QStringLiteral("c"));
        x.writeAttribute(QStringLiteral("r"), ref(row, column));
        x.writeAttribute(QStringLiteral("s"), QString::number(style));
        if (!text.isEmpty()) {
            x.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
            x.writeTextElement(QStringLiteral("v"), QString::number(string(text)));
        }
        x.writeEndElement();
    };
    for (int r = 0; r < grid.size(); ++r) {
        x.writeStartElement(QStringLiteral("row"));
        x.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        if (r == 1 || r >= firstRow) {
            const qreal points = r == 1 ? 30 : qMax<qreal>(20, rowLines[r] * 14.5 + 4);
            x.writeAttribute(QStringLiteral("ht"), QString::number(points, 'f', 1));
            x.writeAttribute(QStringLiteral("customHeight"), QStringLiteral("1"));
        }
        if (r == 0) {
            if (!t.attachmentLabel.isEmpty())
                textCell(0, 0, t.attachmentLabel, PlainLeft);
        } else if (r == 1) {
            textCell(1, 0, t.title, Title);
        } else if (r == 2) {
            textCell(2, 0, t.sealCaption, PlainLeft);
            textCell(2, sealSpan, t.unitCaption, PlainRight);
        } else {
            for (int c = 0; c < columns; ++c) {
                const Out &o = grid[r][c];
                if (o.cell < 0) {
                    x.writeEmptyElement(QStringLiteral("c"));
                    x.writeAttribute(QStringLiteral("r"), ref(r, c));
                    x.writeAttribute(QStringLiteral("s"), QString::number(o.style));
                    continue;
                }
                const print::Cell &cell = t.cells[o.cell];
                const Value v = amounts.value(o.cell);
                if (v.kind == Value::Text) {
                    // Excel cells have no tab stops: the signature's 联系电话 gets spaces.
                    textCell(r, c, QString(cell.text).replace(QLatin1Char('\t'), QStringLiteral("　　　　")), o.style);
                    continue;
                }
                x.writeStartElement(QStringLiteral("c"));
                x.writeAttribute(QStringLiteral("r"), ref(r, c));
                x.writeAttribute(QStringLiteral("s"), QString::number(o.style));
                if (v.kind == Value::Formula)
                    x.writeTextElement(QStringLiteral("f"), v.formula);
                x.writeTextElement(QStringLiteral("v"), cell.text); // exact decimal; the formula's cached result
                x.writeEndElement();
            }
        }
        x.writeEndElement();
    }
    x.writeEndElement(); // sheetData
    x.writeStartElement(QStringLiteral("mergeCells"));
    x.writeAttribute(QStringLiteral("count"), QString::number(merges.size()));
    for (const QString &m : merges) {
        x.writeEmptyElement(QStringLiteral("mergeCell"));
        x.writeAttribute(QStringLiteral("ref"), m);
    }
    x.writeEndElement();
    x.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto &[k, v] : {std::pair {"left", "0.6"}, {"right", "0.6"}, {"top", "0.7"}, {"bottom", "0.7"},
             {"header", "0.3"}, {"footer", "0.3"}})
        x.writeAttribute(QLatin1String(k), QLatin1String(v));
    x.writeEmptyElement(QStringLiteral("pageSetup"));
    x.writeAttribute(QStringLiteral("paperSize"), QStringLiteral("9")); // A4
    x.writeAttribute(QStringLiteral("orientation"), QStringLiteral("portrait"));
    x.writeAttribute(QStringLiteral("fitToWidth"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("fitToHeight"), QStringLiteral("0"));
    x.writeEndElement(); // worksheet
    x.writeEndDocument();
    return data;
}

QByteArray Workbook::sharedStrings() const
{
    QByteArray data;
    QXmlStreamWriter x(&data);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeStartElement(QStringLiteral("sst"));
    x.writeDefaultNamespace(MainNs);
    x.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
    for (const QString &s : strings) {
        x.writeStartElement(QStringLiteral("si"));
        x.writeStartElement(QStringLiteral("t"));
        x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(s);
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return data;
}

QByteArray stylesXml()
{
    // Fonts: body 宋体 11, bold, title 16 bold. Borders: none, thin all round.
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"3\">"
        "<font><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        "<font><b/><sz val=\"16\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        "</fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/>"
        "<diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"8\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
        "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
        "<alignment horizontal=\"left\" vertical=\"center\" wrapText=\"1\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
        "<alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
        "<alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        "<alignment horizontal=\"left\" vertical=\"center\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        "<alignment horizontal=\"right\" vertical=\"center\"/></xf>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" "
        "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        "</cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>\n");
}

QString sheetName(const QString &base, int n)
{
    QString s = base;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        s.replace(bad, u'_');
    const QString prefix = n > 0 ? QString::number(n) + QLatin1Char(' ') : QString();
    return (prefix + s).left(31);
}

} // namespace

bool XlsxExport::toXlsx(const Filing &filing, QByteArray *out, QString *error)
{
    // A sheet per table of the filing (form::instances): a form with one
    // table per filing named as its title without the year, one per row of a
    // list by the row's name, numbered.
    struct Sheet
    {
        QString name;
        form::Form form;
    };
    QList<Sheet> sheets;
    int n = 0;
    for (const form::Instance &i : form::instances(filing)) {
        Sheet s {{}, form::describe(filing, i, form::Media::Paper)};
        if (form::entry(i.kind).list) {
            const QString name = form::pointerOf(i) + QStringLiteral("/name");
            for (const form::Row &row : std::as_const(s.form.rows))
                for (const form::Cell &c : row.cells)
                    if (c.pointer == name && s.name.isEmpty())
                        s.name = sheetName(c.text, ++n);
        } else {
            static const QRegularExpression year(QStringLiteral("^\\d{4}年度?"));
            QString title = QString(s.form.title).remove(year);
            if (title.startsWith(filing.effectiveFundLevel()))
                title.remove(0, filing.effectiveFundLevel().size());
            s.name = sheetName(title, 0);
        }
        sheets.append(s);
    }

    Workbook book;
    QList<ZipPackage::Entry> parts;
    QByteArray types = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    QByteArray workbook;
    QByteArray rels;
    {
        QXmlStreamWriter w(&workbook), r(&rels);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(MainNs);
        w.writeNamespace(RelNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        r.writeStartDocument(QStringLiteral("1.0"), true);
        r.writeStartElement(QStringLiteral("Relationships"));
        r.writeDefaultNamespace(PkgRelNs);
        for (int i = 0; i < sheets.size(); ++i) {
            const QString id = QStringLiteral("rId%1").arg(i + 1);
            w.writeEmptyElement(QStringLiteral("sheet"));
            w.writeAttribute(QStringLiteral("name"), sheets[i].name);
            w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            w.writeAttribute(RelNs, QStringLiteral("id"), id);
            r.writeEmptyElement(QStringLiteral("Relationship"));
            r.writeAttribute(QStringLiteral("Id"), id);
            r.writeAttribute(QStringLiteral("Type"), RelNs + QStringLiteral("/worksheet"));
            r.writeAttribute(QStringLiteral("Target"), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1));
            types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" ContentType=\"application/"
                                    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                         .arg(i + 1)
                         .toUtf8();
            parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), book.sheet(sheets[i].form)});
        }
        w.writeEndElement();
        // Excel and WPS recalculate the 合计 formulas when the file is opened.
        w.writeEmptyElement(QStringLiteral("calcPr"));
        w.writeAttribute(QStringLiteral("fullCalcOnLoad"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeEndDocument();
        const int n2 = int(sheets.size());
        for (const auto &[id, type, target] :
            {std::tuple {n2 + 1, QStringLiteral("/styles"), QStringLiteral("styles.xml")},
                std::tuple {n2 + 2, QStringLiteral("/sharedStrings"), QStringLiteral("sharedStrings.xml")}}) {
            r.writeEmptyElement(QStringLiteral("Relationship"));
            r.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id));
            r.writeAttribute(QStringLiteral("Type"), RelNs + type);
            r.writeAttribute(QStringLiteral("Target"), target);
        }
        r.writeEndElement();
        r.writeEndDocument();
    }
    types += "</Types>";
    const QByteArray rootRels = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>");
    parts.prepend({QStringLiteral("xl/sharedStrings.xml"), book.sharedStrings()});
    parts.prepend({QStringLiteral("xl/styles.xml"), stylesXml()});
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    parts.prepend({QStringLiteral("_rels/.rels"), rootRels});
    parts.prepend({QStringLiteral("[Content_Types].xml"), types});
    return ZipPackage::write(parts, out, error);
}

bool XlsxExport::writeFile(
    const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options)
{
    QByteArray data;
    if (!toXlsx(filing, &data, error))
        return false;
    // A workbook is an export: it never replaces a filing.
    files::WriteOptions exportOptions = options;
    exportOptions.isExport = true;
    return files::SafeOutput::writeFile(path, data, exportOptions, error);
}

} // namespace jixiao::office
