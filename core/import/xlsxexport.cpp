// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "print/officialtables.h"
#include "zippackage.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <cmath>

namespace jixiao::office {

namespace {

using print::Cell;
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

// Which cells of a printed table hold amounts, and which are 合计.
QHash<int, Value> amountCells(const Table &t, const Filing &filing, int fund, int direction, int firstRow)
{
    QList<QList<int>> byRow(t.rowCount);
    for (int i = 0; i < t.cells.size(); ++i)
        byRow[t.cells[i].row].append(i);
    QHash<int, Value> out;
    auto mark = [&](int row, int index, Value v = {Value::Number, {}}) {
        if (row >= 0 && row < byRow.size() && index < byRow[row].size() && !t.cells[byRow[row][index]].text.isEmpty())
            out.insert(byRow[row][index], v);
    };
    auto cellRef = [&](int row, int index) {
        const Cell &c = t.cells[byRow[row][index]];
        return ref(firstRow + c.row, c.column);
    };
    if (t.kind == Table::Overview) {
        mark(3, 1), mark(3, 3), mark(4, 1), mark(4, 3), mark(5, 1);
    } else if (t.kind == Table::Summary) {
        const QList<SummaryRow> rows = summaryTable(filing);
        QStringList fundRefs;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].kind == SummaryRow::Total)
                continue;
            mark(1 + i, 2);
            if (rows[i].kind == SummaryRow::FundRow)
                fundRefs.append(cellRef(1 + i, 2));
        }
        // SUM takes at most 255 arguments: add sums of chunks.
        QStringList parts;
        for (qsizetype i = 0; i < fundRefs.size(); i += 200)
            parts.append(QStringLiteral("SUM(%1)").arg(fundRefs.mid(i, 200).join(QLatin1Char(','))));
        if (!parts.isEmpty())
            mark(1, 2, {Value::Formula, parts.join(QLatin1Char('+'))});
    } else if (t.kind == Table::Direction) {
        mark(1, 1), mark(1, 3);
        const Direction &d = filing.funds[fund].directions[direction];
        for (int r = 0; r < byRow.size(); ++r) {
            if (byRow[r].isEmpty() || !t.cells[byRow[r][0]].text.startsWith(QStringLiteral("支出明细")))
                continue;
            const int lines = qMax(1, int(d.details.size()));
            for (int k = 1; k <= lines; ++k)
                mark(r + k, 2);
            const int total = r + lines + 1;
            if (!d.details.isEmpty())
                mark(total, 1,
                    {Value::Formula, QStringLiteral("SUM(%1:%2)").arg(cellRef(r + 1, 2), cellRef(r + lines, 2))});
            break;
        }
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
    QByteArray sheet(const Table &t, const Filing &filing, int fund, int direction);
    QByteArray sharedStrings() const;

private:
    QStringList strings;
    QHash<QString, int> index;
};

QByteArray Workbook::sheet(const Table &t, const Filing &filing, int fund, int direction)
{
    const int firstRow = 3; // attachment label, title, seal/unit captions
    const int columns = int(t.columnWidths.size());
    const QHash<int, Value> amounts = amountCells(t, filing, fund, direction, firstRow);

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
        const Cell &c = t.cells[i];
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
                const Cell &cell = t.cells[o.cell];
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
    struct Sheet
    {
        QString name;
        Table table;
        int fund = -1, direction = -1;
    };
    QList<Sheet> sheets;
    sheets.append({QStringLiteral("部门整体支出绩效目标表"), print::buildOverviewTable(filing)});
    sheets.append({QStringLiteral("专项资金绩效目标汇总表"), print::buildSummaryTable(filing)});
    int n = 0;
    for (int fi = 0; fi < filing.funds.size(); ++fi)
        for (int di = 0; di < filing.funds[fi].directions.size(); ++di)
            sheets.append({sheetName(filing.funds[fi].directions[di].name, ++n),
                print::buildDirectionTable(filing, fi, di), fi, di});

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
            parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                book.sheet(sheets[i].table, filing, sheets[i].fund, sheets[i].direction)});
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
