// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks and documents made in the test, cell for cell: where each cell
// lands, formulas without stored results, and files that declare far more
// than they hold.
#include "importtestutil.h"

#include "import/sourcegrid.h"
#include "import/xlsxformula.h"
#include "import/zippackage.h"

#include <QElapsedTimer>

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

const QByteArray Main = QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

// A workbook of `sheets` (name, <sheetData> and after), shared strings optional.
QByteArray workbook(const QList<std::pair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings = {})
{
    QByteArray wb = "<workbook xmlns=\"" + Main
        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<ZipPackage::Entry> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        wb += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            "<worksheet xmlns=\"" + Main + "\">" + sheets[i].second + "</worksheet>"});
    }
    entries.append({QStringLiteral("xl/workbook.xml"), wb + "</sheets></workbook>"});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>"});
    if (!sharedStrings.isEmpty())
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    return zip(entries);
}

QList<SourceRow> readXlsx(const QByteArray &file, QStringList *notes = nullptr)
{
    QList<SourceRow> rows;
    QStringList n;
    QString error;
    EXPECT_TRUE(OfficeReader::readXlsx(file, &rows, notes ? notes : &n, &error)) << error.toStdString();
    return rows;
}

QString refusal(const QByteArray &file)
{
    QList<SourceRow> rows;
    QStringList notes;
    QString error;
    EXPECT_FALSE(OfficeReader::readXlsx(file, &rows, &notes, &error));
    return error;
}

QByteArray text(const char *ref, const char *t)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + t + "</t></is></c>";
}

// Each row's cells as "column:text".
QStringList cellsOf(const SourceRow &row)
{
    QStringList out;
    for (const GridCell &c : row.cells)
        out << QStringLiteral("%1:%2").arg(c.column).arg(c.text);
    return out;
}

TEST(XlsxReader, ACellLeftOutOfTheFileIsAnEmptyCellNotAShift)
{
    // B2 missing (a blank 政府性基金拨款); row 3's cells without references
    // run on from the last column; row 4 has no r at all.
    const QByteArray data = "<sheetData><row r=\"2\">" + text("A2", "政府性基金拨款") + text("C2", "项目支出")
        + "<c r=\"D2\"><v>22.54</v></c></row>"
          "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c><v>2</v></c></row>"
          "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>";
    const QList<SourceRow> rows = readXlsx(workbook({{QStringLiteral("表"), data}}));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(cellsOf(rows[0]),
        (QStringList {QStringLiteral("0:政府性基金拨款"), QStringLiteral("2:项目支出"), QStringLiteral("3:22.54")}));
    EXPECT_EQ(cellsOf(rows[1]), (QStringList {QStringLiteral("1:1"), QStringLiteral("2:2")}));
    EXPECT_EQ(cellsOf(rows[2]), (QStringList {QStringLiteral("0:x")}));
    EXPECT_EQ(rows[2].place, QStringLiteral("Sheet “表”, row 4"));
}

TEST(XlsxReader, HiddenRowsColumnsAndSheetsAreLeftOutWithANote)
{
    const QByteArray data = "<cols><col min=\"1\" max=\"1\" hidden=\"1\"/></cols><sheetData>"
                            "<row r=\"1\">"
        + text("A1", "ZB001") + text("B1", "部门名称") + "</row><row r=\"2\" hidden=\"1\">" + text("B2", "模板代码")
        + "</row></sheetData>";
    QByteArray file = workbook({{QStringLiteral("表"), data}, {QStringLiteral("代码"), "<sheetData/>"}});
    // The second sheet hidden.
    QStringList notes;
    {
        ZipPackage package;
        QString error;
        ASSERT_TRUE(package.open(file, &error));
        QList<ZipPackage::Entry> entries;
        for (const QString &n : package.entryNames()) {
            QByteArray d;
            ASSERT_TRUE(package.read(n, &d, &error));
            if (n == u"xl/workbook.xml")
                d.replace("name=\"代码\"", "name=\"代码\" state=\"hidden\"");
            entries.append({n, d});
        }
        file = zip(entries);
    }
    const QList<SourceRow> rows = readXlsx(file, &notes);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(cellsOf(rows[0]), QStringList {QStringLiteral("1:部门名称")});
    EXPECT_TRUE(notes.join(u'\n').contains(QStringLiteral("1 hidden row(s) and 1 hidden column(s)")))
        << notes.join(u'\n').toStdString();
    EXPECT_TRUE(notes.join(u'\n').contains(QStringLiteral("hidden sheet “代码”")));
}

// Formulas as generators write them: <f> with no <v>.
TEST(XlsxReader, FormulasWithoutStoredResultsAreComputedInDecimal)
{
    const QByteArray other = "<sheetData><row r=\"1\"><c r=\"A1\"><v>0.1</v></c><c r=\"B1\"><v>0.2</v></c>"
                             "<c r=\"C1\" t=\"str\"><f>A1+B1</f></c></row></sheetData>";
    const QByteArray data = "<sheetData><row r=\"1\"><c r=\"A1\"><v>19.54</v></c><c r=\"B1\"><v>3</v></c>"
                            "<c r=\"C1\"><f>SUM(A1:B1)</f></c>"
                            "<c r=\"D1\"><f>(A1 + B1) * 2 - B1 / 4</f></c>"
                            "<c r=\"E1\"><f>'其他 表'!C1*3</f></c>"
                            "<c r=\"F1\"><f>SUM(A1:A9,10,$B$1)-ROUND(1/3,2)</f></c>"
                            "<c r=\"G1\"><f>-C1%</f></c></row></sheetData>";
    const QList<SourceRow> rows
        = readXlsx(workbook({{QStringLiteral("表"), data}, {QStringLiteral("其他 表"), other}}));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(cellsOf(rows[0]),
        (QStringList {QStringLiteral("0:19.54"), QStringLiteral("1:3"), QStringLiteral("2:22.54"),
            QStringLiteral("3:44.33"), QStringLiteral("4:0.9"), QStringLiteral("5:32.21"),
            QStringLiteral("6:-0.2254")}));
    EXPECT_TRUE(rows[0].problems.isEmpty()) << rows[0].problems.join(u'\n').toStdString();
    EXPECT_EQ(cellsOf(rows[1]).value(2), QStringLiteral("2:0.3")); // not 0.30000000000000004
}

TEST(XlsxReader, FormulasThatCannotBeComputedAreReportedByPlace)
{
    const QByteArray data = "<sheetData><row r=\"3\">" + text("A3", "项目金额")
        + "<c r=\"B3\"><f>VLOOKUP(A1,D1:E9,2)</f></c><c r=\"C3\"><f>C3+1</f></c>"
          "<c r=\"D3\"><f>缺少!A1</f></c><c r=\"E3\"><f>A3*2</f></c></row></sheetData>";
    const QList<SourceRow> rows = readXlsx(workbook({{QStringLiteral("表"), data}}));
    ASSERT_EQ(rows.size(), 1);
    const QString p = rows[0].problems.join(u'\n');
    EXPECT_EQ(rows[0].problems.size(), 4) << p.toStdString();
    EXPECT_TRUE(p.contains(QStringLiteral("B3: the formula =VLOOKUP(A1,D1:E9,2) was not computed"))) << p.toStdString();
    EXPECT_TRUE(p.contains(QStringLiteral("C3: the formula =C3+1"))) << p.toStdString();
    EXPECT_TRUE(p.contains(QStringLiteral("no sheet “缺少”"))) << p.toStdString();
    EXPECT_TRUE(p.contains(QStringLiteral("A3 holds “项目金额”, not a number"))) << p.toStdString();
    for (const GridCell &c : rows[0].cells) {
        if (c.column > 0) {
            EXPECT_TRUE(c.text.isEmpty()) << c.text.toStdString();
        }
    }
}

// 12.6 KB that declared a million rows and named one sheet 64 times took
// over 6 GB: memory follows the cells the file holds, and a part is read once.
TEST(XlsxBombs, OneCellAtTheLastAddressNamedByManySheets)
{
    QByteArray wb = "<workbook xmlns=\"" + Main
        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    for (int i = 0; i < 64; ++i)
        wb += "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"" + QByteArray::number(i + 1)
            + "\" r:id=\"rId1\"/>";
    wb += "</sheets></workbook>";
    const QByteArray sheet = "<worksheet xmlns=\"" + Main
        + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1048576\">" + text("XFD1048576", "x")
        + "</row></sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>";
    const QByteArray file = zip({{QStringLiteral("xl/workbook.xml"), wb},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
    QStringList notes;
    const QList<SourceRow> rows = readXlsx(file, &notes);
    ASSERT_EQ(rows.size(), 1); // one row, read once
    EXPECT_EQ(rows[0].cells.size(), 1);
    EXPECT_EQ(notes.size(), 63);
}

TEST(XlsxBombs, AHugeSharedStringUsedInManyCellsIsRefused)
{
    const QByteArray huge(20 * 1024 * 1024, 'a');
    const QByteArray shared = "<sst xmlns=\"" + Main + "\"><si><t>" + huge + "</t></si></sst>";
    QByteArray data = "<sheetData>";
    for (int r = 1; r <= 500; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
            + "\" t=\"s\"><v>0</v></c></row>";
    data += "</sheetData>";
    const QString error = refusal(workbook({{QStringLiteral("表"), data}}, shared));
    EXPECT_TRUE(error.contains(QStringLiteral("more than 32767 characters"))) << error.toStdString();

    // Under Excel's limit per cell, but used so often the text adds up.
    const QByteArray big(30000, 'b');
    data = "<sheetData>";
    for (int r = 1; r <= 1100; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
            + "\" t=\"s\"><v>0</v></c></row>";
    data += "</sheetData>";
    const QString total = refusal(
        workbook({{QStringLiteral("表"), data}}, "<sst xmlns=\"" + Main + "\"><si><t>" + big + "</t></si></sst>"));
    EXPECT_TRUE(total.contains(QStringLiteral("million characters"))) << total.toStdString();
}

TEST(XlsxBombs, TooManyCellsAreRefused)
{
    // Empty styled cells cost nothing in the file and a cell each in memory.
    QByteArray data = "<sheetData>";
    for (int r = 1; r <= 1001; ++r) {
        data += "<row r=\"" + QByteArray::number(r) + "\">";
        for (int c = 0; c < 1000; ++c)
            data += "<c s=\"1\"/>";
        data += "</row>";
    }
    data += "</sheetData>";
    const QString error = refusal(workbook({{QStringLiteral("表"), data}}));
    EXPECT_TRUE(error.contains(QStringLiteral("more than 1000000 cells"))) << error.toStdString();
}

TEST(DocxReader, EveryCellKeepsItsGridColumnAndHiddenTextIsLeftOut)
{
    const QByteArray body = QByteArrayLiteral(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>项目支出</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ZB-07</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>22.54</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc>"
        "<w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl></w:body></w:document>");
    const QByteArray file = zip({{QStringLiteral("word/document.xml"), body}});
    QList<SourceRow> rows;
    QStringList notes;
    QString error;
    ASSERT_TRUE(OfficeReader::readDocx(file, &rows, &notes, &error)) << error.toStdString();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].textAt(1), QStringLiteral("项目支出"));
    EXPECT_EQ(rows[0].textAt(2), QStringLiteral("项目支出"));
    EXPECT_EQ(rows[0].textAt(3), QStringLiteral("22.54"));
    EXPECT_EQ(rows[1].textAt(3), QStringLiteral("b"));
    EXPECT_TRUE(rows[2].cellAt(0)->continued);
    EXPECT_EQ(rows[2].textAt(3), QStringLiteral("c"));
}

} // namespace
