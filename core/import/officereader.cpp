// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcegrid.h"

#include "model/money.h"
#include "xlsxformula.h"
#include "zippackage.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace jixiao::office {

bool SourceRow::isBlank() const
{
    return std::all_of(cells.begin(), cells.end(), [](const GridCell &c) { return c.continued || c.text.isEmpty(); });
}

const GridCell *SourceRow::cellAt(int column) const
{
    for (const GridCell &c : cells)
        if (column >= c.column && column < c.column + c.span)
            return &c;
    return nullptr;
}

QString SourceRow::textAt(int column) const
{
    const GridCell *c = cellAt(column);
    return c && !c->continued ? c->text : QString();
}

namespace {

// Any DTD is refused before a single entity could be declared, let alone
// expanded: OOXML parts never carry one.
bool refuseDtd(QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        *error = OfficeReader::tr("The part “%1” declares a DTD (entities); such files are refused.").arg(part);
        return true;
    }
    return false;
}

// w:val by its local name: the prefix is the writer's choice.
QString wordVal(const QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == u"val")
            return a.value().toString();
    return {};
}

bool xmlFailed(QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (!xml.hasError())
        return false;
    *error = OfficeReader::tr("The part “%1” is not well-formed XML (line %2: %3).")
                 .arg(part)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString());
    return true;
}

QString trimmed(QString s)
{
    // Word keeps empty trailing paragraphs; people never mean them.
    return s.trimmed();
}

bool openPackage(const QByteArray &file, ZipPackage *zip, QStringList *notes, QString *error)
{
    if (!zip->open(file, error))
        return false;
    for (const QString &name : zip->entryNames())
        if (name.endsWith(QLatin1String("vbaProject.bin"), Qt::CaseInsensitive)) {
            notes->append(OfficeReader::tr("The file contains macros; they were neither run nor imported."));
            break;
        }
    return true;
}

} // namespace

bool OfficeReader::readDocx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error)
{
    ZipPackage zip;
    if (!openPackage(file, &zip, notes, error))
        return false;
    const QString part = QStringLiteral("word/document.xml");
    if (!zip.contains(part)) {
        *error = tr("The file is not a Word document (it has no word/document.xml).");
        return false;
    }
    QByteArray xmlData;
    if (!zip.read(part, &xmlData, error))
        return false;

    QXmlStreamReader xml(xmlData);
    int tableDepth = 0; // nested tables are read as text of their cell
    int tableNo = 0, rowNo = 0, paraNo = 0;
    SourceRow row;
    GridCell cell;
    QString para;
    bool inCell = false, cellHasPara = false;
    int paraDepth = 0; // a text box's paragraphs sit inside a paragraph: their text joins it
    int column = 0;
    QString cellText;
    bool inRun = false, runHidden = false; // hidden text (w:vanish): template codes, not the form's words
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, part, error))
            return false;
        if (xml.isStartElement()) {
            const QStringView n = xml.name();
            if (n == u"Fallback") { // mc:AlternateContent's copy of what mc:Choice already said
                xml.skipCurrentElement();
                continue;
            }
            if (n == u"tbl") {
                if (++tableDepth == 1) {
                    ++tableNo;
                    rowNo = 0;
                }
            } else if (tableDepth == 1 && n == u"tr") {
                row = SourceRow();
                row.place = tr("Table %1, row %2").arg(tableNo).arg(++rowNo);
                column = 0;
            } else if (tableDepth == 1 && n == u"gridBefore") {
                column += qMax(0, wordVal(xml).toInt());
            } else if (tableDepth == 1 && n == u"tc") {
                cell = GridCell();
                cell.column = column;
                cellText.clear();
                cellHasPara = false;
                inCell = true;
            } else if (tableDepth == 1 && inCell && n == u"gridSpan") {
                cell.span = qBound(1, wordVal(xml).toInt(), 64);
            } else if (tableDepth == 1 && inCell && n == u"vMerge") {
                const QString v = wordVal(xml);
                cell.continued = v.isEmpty() || v == u"continue";
            } else if (n == u"p") {
                if (paraDepth++ == 0)
                    para.clear();
            } else if (n == u"r") {
                inRun = true;
                runHidden = false;
            } else if (inRun && n == u"vanish") {
                const QString v = wordVal(xml);
                runHidden = v != u"0" && v != u"false";
            } else if (paraDepth > 0 && n == u"t") {
                const QString t = xml.readElementText();
                if (!runHidden)
                    para += t;
            } else if (paraDepth > 0 && (n == u"br" || n == u"cr")) {
                para += QLatin1Char('\n');
            } else if (paraDepth > 0 && n == u"tab") {
                para += QLatin1Char('\t');
            }
        } else if (xml.isEndElement()) {
            const QStringView n = xml.name();
            if (n == u"r") {
                inRun = false;
                runHidden = false;
            } else if (n == u"p" && paraDepth > 0 && --paraDepth == 0) {
                if (inCell) {
                    if (cellHasPara)
                        cellText += QLatin1Char('\n');
                    cellText += para;
                    cellHasPara = true;
                } else if (tableDepth == 0) {
                    ++paraNo;
                    const QString text = trimmed(para);
                    if (!text.isEmpty()) {
                        SourceRow r;
                        r.place = tr("Paragraph %1").arg(paraNo);
                        r.paragraph = true;
                        r.cells.append(GridCell {0, 1, text, false});
                        rows->append(r);
                    }
                }
            } else if (n == u"tbl") {
                --tableDepth;
            } else if (tableDepth == 1 && n == u"tc") {
                cell.text = trimmed(cellText);
                row.cells.append(cell);
                column += cell.span;
                inCell = false;
            } else if (tableDepth == 1 && n == u"tr") {
                rows->append(row);
            }
        }
    }
    if (xmlFailed(xml, part, error))
        return false;
    return true;
}

namespace {

QString resolveTarget(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

bool hiddenAttribute(const QXmlStreamReader &xml)
{
    const QStringView v = xml.attributes().value(QLatin1String("hidden"));
    return v == u"1" || v == u"true";
}

struct XCell
{
    QString text;
    QString formula; // only where no result is stored
    bool computing = false; // a formula being computed (a cycle otherwise)
};

struct Merge
{
    int r0, c0, r1, c1;
};

// One worksheet as the file holds it: only the cells present, keyed by row
// and column, never an array of the declared dimension.
struct Sheet
{
    QString name;
    QMap<int, QMap<int, XCell>> cells;
    QList<Merge> merges;
    int hiddenRows = 0, hiddenColumns = 0;
};

// The text budget of the whole workbook.
struct Budget
{
    qint64 cells = 0;
    qint64 text = 0;
};

// Reads one sheet's part into `sheet`.
bool readSheet(const QByteArray &data, const QString &part, const QStringList &shared, Sheet *sheet, Budget *budget,
    QString *error)
{
    QXmlStreamReader xml(data);
    QList<std::pair<int, int>> hiddenColumns; // [first, last], 0-based
    int curRow = -1, curCol = -1;
    bool rowHidden = false, cellHidden = false;
    QString type;
    XCell *cell = nullptr;
    auto store = [&](const QString &text) -> bool {
        if (text.size() > OfficeReader::MaxCellText) {
            *error = OfficeReader::tr("The sheet “%1” has a cell (%2) with more than %3 characters; Excel itself "
                                      "allows no more. The file was refused.")
                         .arg(sheet->name, columnName(curCol) + QString::number(curRow + 1))
                         .arg(OfficeReader::MaxCellText);
            return false;
        }
        budget->text += text.size();
        if (budget->text > OfficeReader::MaxTotalText) {
            *error = OfficeReader::tr("The workbook holds more than %1 million characters of text, far more than "
                                      "any form. The file was refused.")
                         .arg(OfficeReader::MaxTotalText / 1'000'000);
            return false;
        }
        if (!cellHidden && !rowHidden)
            cell->text = text.trimmed();
        return true;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, part, error))
            return false;
        if (xml.isEndElement() && xml.name() == u"c") {
            cell = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView n = xml.name();
        if (n == u"col") {
            if (hiddenAttribute(xml)) {
                const int first = xml.attributes().value(QLatin1String("min")).toInt();
                const int last = xml.attributes().value(QLatin1String("max")).toInt();
                if (first >= 1 && last >= first) {
                    hiddenColumns.append({first - 1, qMin(last, 16384) - 1});
                    sheet->hiddenColumns += qMin(last, 16384) - first + 1;
                }
            }
        } else if (n == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            curRow = r > 0 ? r - 1 : curRow + 1;
            curCol = -1;
            rowHidden = hiddenAttribute(xml);
            sheet->hiddenRows += rowHidden ? 1 : 0;
        } else if (n == u"c") {
            // The reference where the file gives one, else the next column:
            // a cell left out of the file is an empty cell, never a shift.
            const QString ref = xml.attributes().value(QLatin1String("r")).toString();
            int r = curRow, c = curCol + 1;
            if (!ref.isEmpty() && !parseCellReference(ref, &r, &c)) {
                *error = OfficeReader::tr("The sheet “%1” has a cell with an invalid reference “%2”.")
                             .arg(sheet->name, ref);
                return false;
            }
            curRow = r;
            curCol = c;
            type = xml.attributes().value(QLatin1String("t")).toString();
            cellHidden = std::any_of(hiddenColumns.begin(), hiddenColumns.end(),
                [c](const std::pair<int, int> &h) { return c >= h.first && c <= h.second; });
            if (++budget->cells > OfficeReader::MaxCells) {
                *error = OfficeReader::tr("The workbook has more than %1 cells, far more than any form. The file "
                                          "was refused.")
                             .arg(OfficeReader::MaxCells);
                return false;
            }
            cell = rowHidden || cellHidden ? nullptr : &sheet->cells[curRow][curCol];
        } else if (n == u"f" && cell) {
            const QString f = xml.readElementText();
            if (f.size() > OfficeReader::MaxCellText) {
                *error = OfficeReader::tr("The sheet “%1” has a formula longer than Excel allows. The file was "
                                          "refused.")
                             .arg(sheet->name);
                return false;
            }
            // Shared formulas' other cells have an empty <f>: Excel stores
            // their results, and where it does not they are reported.
            cell->formula = f.isEmpty() ? QStringLiteral("?") : f;
        } else if (n == u"v") {
            const QString v = xml.readElementText();
            if (!cell || (v.isEmpty() && !cell->formula.isEmpty()))
                continue; // an empty <v> under a formula (openpyxl's) stores no result
            cell->formula.clear(); // the stored result is the value
            QString text;
            if (type == u"s") {
                bool ok = false;
                const int i = v.toInt(&ok);
                text = ok && i >= 0 && i < shared.size() ? shared[i] : QString();
            } else if (type == u"str" || type == u"e") {
                text = v;
            } else if (type == u"b") {
                text = v == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                text = excelNumberText(v);
            }
            if (!store(text))
                return false;
        } else if (n == u"is") {
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"is")) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"t")
                    text += xml.readElementText();
                if (text.size() > OfficeReader::MaxCellText)
                    break;
            }
            if (cell && !store(text))
                return false;
        } else if (n == u"mergeCell") {
            const QStringList ends = xml.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
            Merge m {};
            if (ends.size() == 2 && parseCellReference(ends[0], &m.r0, &m.c0)
                && parseCellReference(ends[1], &m.r1, &m.c1) && m.r0 <= m.r1 && m.c0 <= m.c1)
                sheet->merges.append(m);
            if (sheet->merges.size() > OfficeReader::MaxCells) {
                *error = OfficeReader::tr("The sheet “%1” has too many merged cells to be a form.").arg(sheet->name);
                return false;
            }
        }
    }
    return !xmlFailed(xml, part, error);
}

// The workbook's cells as formulas see them; computes formulas on demand.
class WorkbookCells : public FormulaCells
{
public:
    explicit WorkbookCells(QList<Sheet> &sheets)
        : m_sheets(sheets)
    { }

    // Computes the formula of `cell` (on sheet `s`); its text becomes the
    // result, or `why` says why not.
    bool compute(int s, XCell &cell, QString *why)
    {
        if (cell.computing) {
            *why = XlsxFormula::tr("it refers to itself");
            return false;
        }
        if (cell.formula == u"?") {
            *why = XlsxFormula::tr("it is a shared formula without a stored result");
            return false;
        }
        if (++m_depth > 200) {
            --m_depth;
            *why = XlsxFormula::tr("its references are nested too deeply");
            return false;
        }
        cell.computing = true;
        const int saved = m_current;
        m_current = s;
        Money m;
        const bool ok = XlsxFormula::evaluate(cell.formula, *this, &m, why);
        m_current = saved;
        cell.computing = false;
        --m_depth;
        if (ok) {
            cell.text = m.toString();
            cell.formula.clear();
        }
        return ok;
    }

    bool number(const QString &sheet, int row, int column, std::optional<Money> *out, QString *why) override
    {
        const int s = sheetIndex(sheet, why);
        if (s < 0)
            return false;
        auto r = m_sheets[s].cells.find(row);
        if (r == m_sheets[s].cells.end() || !r->contains(column)) {
            out->reset();
            return true;
        }
        XCell &c = (*r)[column];
        const QString place
            = (s == m_current ? QString() : m_sheets[s].name + u'!') + columnName(column) + QString::number(row + 1);
        if (!c.formula.isEmpty()) {
            QString inner;
            if (!compute(s, c, &inner)) {
                *why = XlsxFormula::tr("%1 is not computed (%2)").arg(place, inner);
                return false;
            }
        }
        if (c.text.isEmpty()) {
            out->reset();
            return true;
        }
        Money m;
        if (!Money::parseCanonical(c.text, &m)) {
            *why = XlsxFormula::tr("%1 holds “%2”, not a number").arg(place, c.text);
            return false;
        }
        *out = m;
        return true;
    }

    bool sum(const QString &sheet, int row0, int column0, int row1, int column1, Money *out, QString *why) override
    {
        const int s = sheetIndex(sheet, why);
        if (s < 0)
            return false;
        Money total;
        auto &rows = m_sheets[s].cells;
        // Only the cells present: a range over a whole column costs what it holds.
        for (auto r = rows.lowerBound(row0); r != rows.end() && r.key() <= row1; ++r)
            for (auto c = r->lowerBound(column0); c != r->end() && c.key() <= column1; ++c) {
                if (!c->formula.isEmpty()) {
                    std::optional<Money> v;
                    if (!number(sheet, r.key(), c.key(), &v, why))
                        return false;
                }
                Money m;
                if (!c->text.isEmpty() && Money::parseCanonical(c->text, &m) && !total.add(m, &total)) {
                    *why = XlsxFormula::tr("the sum is too large to be an amount");
                    return false;
                }
            }
        *out = total;
        return true;
    }

private:
    int sheetIndex(const QString &name, QString *why) const
    {
        if (name.isEmpty())
            return m_current;
        for (int s = 0; s < m_sheets.size(); ++s)
            if (m_sheets[s].name.compare(name, Qt::CaseInsensitive) == 0)
                return s;
        *why = XlsxFormula::tr("there is no sheet “%1”").arg(name);
        return -1;
    }

    QList<Sheet> &m_sheets;
    int m_current = 0;
    int m_depth = 0;
};

} // namespace

bool OfficeReader::readXlsx(const QByteArray &file, QList<SourceRow> *rows, QStringList *notes, QString *error)
{
    ZipPackage zip;
    if (!openPackage(file, &zip, notes, error))
        return false;
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart)) {
        *error = tr("The file is not an Excel workbook (it has no xl/workbook.xml).");
        return false;
    }
    // Sheets in workbook order, and where each one's part is.
    QByteArray data;
    if (!zip.read(workbookPart, &data, error))
        return false;
    struct SheetEntry
    {
        QString name, rid;
        bool hidden;
    };
    QList<SheetEntry> entries;
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, workbookPart, error))
                return false;
            if (xml.isStartElement() && xml.name() == u"sheet") {
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        rid = a.value().toString();
                const QStringView state = xml.attributes().value(QLatin1String("state"));
                entries.append({xml.attributes().value(QLatin1String("name")).toString(), rid,
                    state == u"hidden" || state == u"veryHidden"});
            }
        }
        if (xmlFailed(xml, workbookPart, error))
            return false;
    }
    QHash<QString, QString> targets;
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (zip.contains(relsPart)) {
        if (!zip.read(relsPart, &data, error))
            return false;
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, relsPart, error))
                return false;
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                    resolveTarget(QStringLiteral("xl"), xml.attributes().value(QLatin1String("Target")).toString()));
        }
        if (xmlFailed(xml, relsPart, error))
            return false;
    }

    Budget budget;
    QStringList shared;
    const QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (zip.contains(sharedPart)) {
        if (!zip.read(sharedPart, &data, error))
            return false;
        QXmlStreamReader xml(data);
        QString current;
        int skip = 0; // inside <rPh> (phonetic guides): not the cell's text
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, sharedPart, error))
                return false;
            if (xml.isStartElement()) {
                if (xml.name() == u"si")
                    current.clear();
                else if (xml.name() == u"rPh")
                    ++skip;
                else if (xml.name() == u"t" && skip == 0)
                    current += xml.readElementText();
                if (current.size() > MaxCellText) {
                    *error = tr("The workbook has a text of more than %1 characters; Excel itself allows no more "
                                "in a cell. The file was refused.")
                                 .arg(MaxCellText);
                    return false;
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si") {
                    shared.append(current);
                    if (shared.size() > MaxSharedStrings) {
                        *error = tr("The workbook has more than %1 texts, far more than any form. The file was "
                                    "refused.")
                                     .arg(MaxSharedStrings);
                        return false;
                    }
                } else if (xml.name() == u"rPh") {
                    --skip;
                }
            }
        }
        if (xmlFailed(xml, sharedPart, error))
            return false;
        data.clear();
    }

    QList<Sheet> sheets;
    QSet<QString> partsRead;
    for (int s = 0; s < entries.size(); ++s) {
        QString part = targets.value(entries[s].rid);
        if (part.isEmpty())
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1);
        if (!zip.contains(part))
            continue;
        if (partsRead.contains(part)) { // a sheet named twice is one sheet
            notes->append(
                tr("The workbook names the sheet “%1” more than once; it was read once.").arg(entries[s].name));
            continue;
        }
        partsRead.insert(part);
        if (entries[s].hidden) {
            notes->append(tr("The hidden sheet “%1” was not imported.").arg(entries[s].name));
            continue;
        }
        if (!zip.read(part, &data, error))
            return false;
        Sheet sheet;
        sheet.name = entries[s].name;
        if (!readSheet(data, part, shared, &sheet, &budget, error))
            return false;
        if (sheet.hiddenRows > 0 || sheet.hiddenColumns > 0)
            notes->append(tr("Sheet “%1”: %2 hidden row(s) and %3 hidden column(s) were not imported.")
                              .arg(sheet.name)
                              .arg(sheet.hiddenRows)
                              .arg(sheet.hiddenColumns));
        sheets.append(std::move(sheet));
    }
    data.clear();
    shared.clear();

    WorkbookCells formulas(sheets);
    for (int s = 0; s < sheets.size(); ++s) {
        Sheet &sheet = sheets[s];
        // Rows as the grid shows them: a merge is one cell at its top-left,
        // "continued" in the rows it covers below. Only rows that hold a
        // value are made: rows of merges alone are blank to the mapper.
        QHash<int, QList<int>> mergesByRow;
        qint64 work = 0;
        for (int k = 0; k < sheet.merges.size(); ++k) {
            const Merge &m = sheet.merges[k];
            for (auto r = sheet.cells.lowerBound(m.r0); r != sheet.cells.end() && r.key() <= m.r1; ++r) {
                mergesByRow[r.key()].append(k);
                if (++work > 5'000'000) {
                    *error = tr("The sheet “%1” has too many merged cells to be a form.").arg(sheet.name);
                    return false;
                }
            }
        }
        for (auto r = sheet.cells.begin(); r != sheet.cells.end(); ++r) {
            SourceRow row;
            row.place = tr("Sheet “%1”, row %2").arg(sheet.name).arg(r.key() + 1);
            row.part = s + 1;
            for (auto c = r->begin(); c != r->end(); ++c) {
                if (c->formula.isEmpty())
                    continue;
                QString why;
                if (!formulas.compute(s, *c, &why))
                    row.problems.append(tr("%1: the formula =%2 was not computed (%3), so its cell is empty")
                                            .arg(columnName(c.key()) + QString::number(r.key() + 1), c->formula, why));
            }
            QMap<int, GridCell> cells;
            QList<std::pair<int, int>> covered; // [c0, c1]
            for (int k : mergesByRow.value(r.key())) {
                const Merge &m = sheet.merges[k];
                GridCell c;
                c.column = m.c0;
                c.span = m.c1 - m.c0 + 1;
                c.continued = r.key() > m.r0;
                if (!c.continued)
                    c.text = r->value(m.c0).text;
                cells.insert(m.c0, c);
                covered.append({m.c0, m.c1});
            }
            for (auto it = r->begin(); it != r->end(); ++it) {
                const bool inMerge = std::any_of(covered.begin(), covered.end(),
                    [&](const std::pair<int, int> &p) { return it.key() >= p.first && it.key() <= p.second; });
                if (!inMerge)
                    cells.insert(it.key(), GridCell {it.key(), 1, it->text, false});
            }
            row.cells = cells.values();
            rows->append(row);
        }
    }
    return true;
}

QString excelNumberText(const QString &stored)
{
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,3}))?$"));
    const QRegularExpressionMatch m = number.match(stored);
    if (!m.hasMatch())
        return stored;
    // The digits with the decimal point at `point`, the exponent applied.
    QString digits = m.captured(2) + m.captured(3);
    qsizetype point = m.captured(2).size() + m.captured(4).toInt();
    if (point < 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    QString whole = digits.left(point);
    QString fraction = digits.mid(point);
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (whole.size() > 13) // beyond any amount: left to the mapper to refuse
        return stored;
    // Round at Money's 6 decimals, half to even, in decimal.
    QString kept = fraction.left(Money::Decimals).leftJustified(Money::Decimals, QLatin1Char('0'));
    const QString rest = fraction.mid(Money::Decimals);
    qint64 micros = whole.toLongLong() * Money::Scale + kept.toLongLong();
    if (!rest.isEmpty()) {
        const bool aboveHalf = rest.front() > QLatin1Char('5')
            || (rest.front() == QLatin1Char('5') && rest.mid(1).contains(QRegularExpression(QStringLiteral("[1-9]"))));
        const bool half = rest.front() == QLatin1Char('5') && !aboveHalf;
        if (aboveHalf || (half && micros % 2 == 1))
            ++micros;
    }
    const QString text = Money::fromMicros(micros).toString();
    return !m.captured(1).isEmpty() && micros != 0 ? QLatin1Char('-') + text : text;
}

} // namespace jixiao::office
