// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcegrid.h"

#include "model/money.h"
#include "zippackage.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
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
            } else if (paraDepth > 0 && n == u"t") {
                para += xml.readElementText();
            } else if (paraDepth > 0 && (n == u"br" || n == u"cr")) {
                para += QLatin1Char('\n');
            } else if (paraDepth > 0 && n == u"tab") {
                para += QLatin1Char('\t');
            }
        } else if (xml.isEndElement()) {
            const QStringView n = xml.name();
            if (n == u"p" && paraDepth > 0 && --paraDepth == 0) {
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

// "BC12" → column 54 (0-based), row 11 (0-based).
bool parseCellRef(QStringView ref, int *row, int *column)
{
    int c = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > 1048576)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

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

bool readPart(ZipPackage &zip, const QString &part, QByteArray *out, QString *error)
{
    return zip.read(part, out, error);
}

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
    if (!readPart(zip, workbookPart, &data, error))
        return false;
    QList<std::pair<QString, QString>> sheets; // name, relationship id
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
                sheets.append({xml.attributes().value(QLatin1String("name")).toString(), rid});
            }
        }
        if (xmlFailed(xml, workbookPart, error))
            return false;
    }
    QHash<QString, QString> targets;
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (zip.contains(relsPart)) {
        if (!readPart(zip, relsPart, &data, error))
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

    QStringList shared;
    const QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (zip.contains(sharedPart)) {
        if (!readPart(zip, sharedPart, &data, error))
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
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si")
                    shared.append(current);
                else if (xml.name() == u"rPh")
                    --skip;
            }
        }
        if (xmlFailed(xml, sharedPart, error))
            return false;
    }

    for (int s = 0; s < sheets.size(); ++s) {
        const QString &sheetName = sheets[s].first;
        QString part = targets.value(sheets[s].second);
        if (part.isEmpty())
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1);
        if (!zip.contains(part))
            continue;
        if (!readPart(zip, part, &data, error))
            return false;
        QMap<int, QMap<int, QString>> values; // row → column → text
        struct Range
        {
            int r0, c0, r1, c1;
        };
        QList<Range> merges;
        QXmlStreamReader xml(data);
        int curRow = -1, curCol = -1;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, part, error))
                return false;
            if (!xml.isStartElement())
                continue;
            const QStringView n = xml.name();
            if (n == u"row") {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                curRow = r > 0 ? r - 1 : curRow + 1;
                curCol = -1;
            } else if (n == u"c") {
                const QString ref = xml.attributes().value(QLatin1String("r")).toString();
                int r = curRow, c = curCol + 1;
                if (!ref.isEmpty() && !parseCellRef(ref, &r, &c)) {
                    *error = tr("The sheet “%1” has a cell with an invalid reference “%2”.").arg(sheetName, ref);
                    return false;
                }
                curRow = r;
                curCol = c;
                type = xml.attributes().value(QLatin1String("t")).toString();
            } else if (n == u"v") {
                const QString v = xml.readElementText();
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
                values[curRow][curCol] = text.trimmed();
            } else if (n == u"is") {
                QString text;
                while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"is")) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"t")
                        text += xml.readElementText();
                }
                values[curRow][curCol] = text.trimmed();
            } else if (n == u"mergeCell") {
                const QStringList ends
                    = xml.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
                Range m {};
                if (ends.size() == 2 && parseCellRef(ends[0], &m.r0, &m.c0) && parseCellRef(ends[1], &m.r1, &m.c1)
                    && m.r0 <= m.r1 && m.c0 <= m.c1)
                    merges.append(m);
            }
        }
        if (xmlFailed(xml, part, error))
            return false;
        // Rows as the grid shows them: a merge is one cell at its top-left,
        // "continued" in the rows it covers below. Rows after the last value
        // hold nothing; the work per sheet is bounded all the same.
        const int lastRow = values.isEmpty() ? -1 : values.lastKey();
        QHash<int, QList<int>> mergesByRow;
        qint64 work = 0;
        for (int k = 0; k < merges.size(); ++k) {
            for (int r = merges[k].r0; r <= qMin(merges[k].r1, lastRow); ++r)
                mergesByRow[r].append(k);
            work += qMax(0, qMin(merges[k].r1, lastRow) - merges[k].r0 + 1);
            if (work > 5'000'000) {
                *error = tr("The sheet “%1” has too many merged cells to be a form.").arg(sheetName);
                return false;
            }
        }
        for (int r = 0; r <= lastRow; ++r) {
            SourceRow row;
            row.place = tr("Sheet “%1”, row %2").arg(sheetName).arg(r + 1);
            const QMap<int, QString> rowValues = values.value(r);
            QMap<int, GridCell> cells;
            QList<std::pair<int, int>> covered; // [c0, c1]
            for (int k : mergesByRow.value(r)) {
                const Range &m = merges[k];
                GridCell c;
                c.column = m.c0;
                c.span = m.c1 - m.c0 + 1;
                c.continued = r > m.r0;
                if (!c.continued)
                    c.text = values.value(m.r0).value(m.c0);
                cells.insert(m.c0, c);
                covered.append({m.c0, m.c1});
            }
            for (auto it = rowValues.begin(); it != rowValues.end(); ++it) {
                const bool inMerge = std::any_of(covered.begin(), covered.end(),
                    [&](const std::pair<int, int> &p) { return it.key() >= p.first && it.key() <= p.second; });
                if (!inMerge)
                    cells.insert(it.key(), GridCell {it.key(), 1, it.value(), false});
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
