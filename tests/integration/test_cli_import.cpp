// SPDX-License-Identifier: GPL-3.0-or-later
// jixiao import / export-xlsx on the command line.
#include "clirunner.h"
#include "projectsample.h"
#include "testsupport.h"

#include "import/officeimport.h"
#include "import/sourcegrid.h"
#include "import/zippackage.h"
#include "model/generator.h"
#include "model/jsonio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace jixiao;
using namespace jixiao::office;

namespace {

TEST(CliImport, TheSeedDocumentBecomesTheSampleAndItsSlipsAreReported)
{
    QTemporaryDir dir;
    for (const QString &out :
        {dir.filePath(QStringLiteral("seed.json")), dir.filePath(QStringLiteral("seed.jixiao"))}) {
        const CliResult r = runJixiao({QStringLiteral("import"),
            jixiao::testing::importFixture(QStringLiteral("seed.docx")), QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        // The seed's own slips: the 0.7 line whose calculation says 0.8.
        EXPECT_TRUE(r.out.contains(QStringLiteral("0.8万元"))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("0 errors, 6 warnings, 8 hints; 0 place(s) not imported")))
            << r.out.toStdString();
        ASSERT_TRUE(QFileInfo::exists(out));
    }
    Filing f;
    ImportError error;
    ASSERT_TRUE(FilingJson::readFile(dir.filePath(QStringLiteral("seed.json")), &f, &error));
    EXPECT_TRUE(f == sampleFiling());
}

// Files made as offices make them (tests/fixtures/import, make-import-fixtures.sh):
// a clean one imports with exit 0 and nothing left out. clerk.xlsx leaves the
// usual blank 政府性基金拨款 out of the sheet and stores no formula results.
TEST(CliImport, CleanClerkFilesExitWith0AndNothingLeftOut)
{
    QTemporaryDir dir;
    for (const char *name : {"clerk.docx", "clerk.xlsx", "clerk-lo.docx", "clerk-lo.xlsx", "typed.xlsx"}) {
        SCOPED_TRACE(name);
        const CliResult r
            = runJixiao({QStringLiteral("import"), jixiao::testing::importFixture(QString::fromLatin1(name)),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("out.json"))});
        EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("0 errors"))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("0 place(s) not imported"))) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("is not an amount"))) << r.out.toStdString();
    }
}

namespace {

void writeZip(const QString &path, const QList<ZipPackage::Entry> &entries)
{
    QByteArray data;
    QString error;
    ASSERT_TRUE(ZipPackage::write(entries, &data, &error)) << error.toStdString();
    ASSERT_TRUE(jixiao::testing::writeFile(path, data));
}

const QByteArray SheetNs = QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QByteArray RelNs = QByteArrayLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

} // namespace

// The two workbooks that took gigabytes: refused (exit 2, nothing written)
// or read for what they hold. Peak memory: see the closing report
// (/usr/bin/time -v jixiao import bomb.xlsx).
TEST(CliImport, WorkbookBombsAreRefusedWith2)
{
    QTemporaryDir dir;
    // 12.6 KB: one cell at XFD1048576, its sheet named by 64 <sheet> entries.
    QByteArray wb = "<workbook xmlns=\"" + SheetNs + "\" xmlns:r=\"" + RelNs + "\"><sheets>";
    for (int i = 0; i < 64; ++i)
        wb += "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"" + QByteArray::number(i + 1)
            + "\" r:id=\"rId1\"/>";
    wb += "</sheets></workbook>";
    const QString cells = dir.filePath(QStringLiteral("cells.xlsx"));
    writeZip(cells,
        {{QStringLiteral("xl/workbook.xml"), wb},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
                "<worksheet xmlns=\"" + SheetNs
                    + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1048576\"><c r=\"XFD1048576\" "
                      "t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"}});
    const QString out = dir.filePath(QStringLiteral("x.json"));
    CliResult r = runJixiao({QStringLiteral("import"), cells, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("No performance-target table"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    // 25 KB: a 20 MB shared string used in 500 cells.
    QByteArray data = "<sheetData>";
    for (int i = 1; i <= 500; ++i)
        data += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i)
            + "\" t=\"s\"><v>0</v></c></row>";
    const QString strings = dir.filePath(QStringLiteral("strings.xlsx"));
    writeZip(strings,
        {{QStringLiteral("xl/workbook.xml"),
             "<workbook xmlns=\"" + SheetNs + "\" xmlns:r=\"" + RelNs
                 + "\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
            {QStringLiteral("xl/sharedStrings.xml"),
                "<sst xmlns=\"" + SheetNs + "\"><si><t>" + QByteArray(20 * 1024 * 1024, 'a') + "</t></si></sst>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
                "<worksheet xmlns=\"" + SheetNs + "\">" + data + "</sheetData></worksheet>"}});
    r = runJixiao({QStringLiteral("import"), strings, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("more than 32767 characters"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CliImport, ABadFileWritesNothingAndExitsWith2)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("notice.docx"));
    ASSERT_TRUE(jixiao::testing::writeFile(bad, "not a zip"));
    const QString out = dir.filePath(QStringLiteral("out.jixiao"));
    CliResult r = runJixiao({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Word or Excel document"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    r = runJixiao({QStringLiteral("import"), jixiao::testing::importFixture(QStringLiteral("seed.docx")),
        QStringLiteral("-o"), dir.filePath(QStringLiteral("out.txt"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.txt"))));
}

TEST(CliImport, MessagesInChinese)
{
    QTemporaryDir dir;
    const CliResult r
        = runJixiao({QStringLiteral("import"), jixiao::testing::importFixture(QStringLiteral("seed.docx")),
                        QStringLiteral("-o"), dir.filePath(QStringLiteral("x.json"))},
            QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("已写入"))) << r.out.toStdString();
}

TEST(CliExportXlsx, ExportThenImportGivesTheSameFiling)
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("s.json"));
    ASSERT_EQ(runJixiao({QStringLiteral("sample"), QStringLiteral("-o"), sample}).exitCode, 0);
    const QString xlsx = dir.filePath(QStringLiteral("s.xlsx"));
    CliResult r = runJixiao({QStringLiteral("export-xlsx"), sample, QStringLiteral("-o"), xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString back = dir.filePath(QStringLiteral("back.json"));
    r = runJixiao({QStringLiteral("import"), xlsx, QStringLiteral("-o"), back});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile a(sample), b(back);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll().toStdString(), b.readAll().toStdString());
}

// The 合计 cells are formulas an office suite recalculates: LibreOffice,
// told to recalculate on load, computes them from the cells and not from the
// values the export stored (which are blanked here to be sure).
TEST(CliExportXlsx, TotalsAreFormulasLibreOfficeRecalculates)
{
    const QString soffice = OfficeImport::officeProgram();
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    QTemporaryDir dir;
    GeneratorOptions o;
    o.directions = 6;
    const Filing filing = generateFiling(o);
    const QString json = dir.filePath(QStringLiteral("g.json"));
    QString error;
    ASSERT_TRUE(FilingJson::writeFile(json, filing, &error));
    const QString xlsx = dir.filePath(QStringLiteral("g.xlsx"));
    ASSERT_EQ(runJixiao({QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), xlsx}).exitCode, 0);

    QFile in(xlsx);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    ZipPackage zip;
    ASSERT_TRUE(zip.open(in.readAll(), &error)) << error.toStdString();
    QList<ZipPackage::Entry> entries;
    int formulas = 0;
    for (const QString &name : zip.entryNames()) {
        QByteArray data;
        ASSERT_TRUE(zip.read(name, &data, &error));
        QString text = QString::fromUtf8(data);
        formulas += int(text.count(QStringLiteral("<f>")));
        text.replace(QRegularExpression(QStringLiteral("</f><v>[^<]*</v>")), QStringLiteral("</f><v>0</v>"));
        entries.append({name, text.toUtf8()});
    }
    EXPECT_EQ(formulas, 1 + o.directions);
    QByteArray blanked;
    ASSERT_TRUE(ZipPackage::write(entries, &blanked, &error));
    const QString tampered = dir.filePath(QStringLiteral("t.xlsx"));
    QFile t(tampered);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(blanked);
    t.close();

    // A profile of our own that recalculates OOXML formulas on load.
    QDir().mkpath(dir.filePath(QStringLiteral("profile/user")));
    QFile reg(dir.filePath(QStringLiteral("profile/user/registrymodifications.xcu")));
    ASSERT_TRUE(reg.open(QIODevice::WriteOnly));
    reg.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><oor:items xmlns:oor=\"http://openoffice.org/2001/registry\">"
              "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" "
              "oor:op=\"fuse\"><value>0</value></prop></item></oor:items>");
    reg.close();
    const QString outDir = dir.filePath(QStringLiteral("out"));
    QProcess p;
    p.start(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
            QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
            QStringLiteral("xlsx:Calc MS Excel 2007 XML"), QStringLiteral("--outdir"), outDir, tampered});
    ASSERT_TRUE(p.waitForFinished(120000));
    QFile recalculated(outDir + QStringLiteral("/t.xlsx"));
    ASSERT_TRUE(recalculated.open(QIODevice::ReadOnly)) << "LibreOffice wrote nothing";
    QList<SourceRow> rows;
    QStringList notes;
    ASSERT_TRUE(OfficeReader::readXlsx(recalculated.readAll(), &rows, &notes, &error)) << error.toStdString();

    // Every 合计 row, in sheet order: the summary's, then each direction's.
    QStringList totals;
    for (const SourceRow &row : rows)
        for (qsizetype i = 0; i + 1 < row.cells.size(); ++i)
            if (row.cells[i].text == QStringLiteral("合  计"))
                totals.append(row.cells[i + 1].text);
    QStringList expected {amountToString(sumOfAmounts(filing.funds))};
    for (const Fund &f : filing.funds)
        for (const Direction &d : f.directions)
            expected.append(amountToString(sumOfAmounts(d.details)));
    EXPECT_EQ(totals.join(QLatin1Char(' ')).toStdString(), expected.join(QLatin1Char(' ')).toStdString());
}

} // namespace

// A project form from Word becomes the filing's project on the command line;
// export-xlsx then import gives it back, and export-pdf prints it alone.
TEST(CliImport, AProjectFormRoundTripsThroughTheCommandLine)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("projects.json"));
    CliResult r = runJixiao({QStringLiteral("import"),
        jixiao::testing::importFixture(QStringLiteral("projects-national.docx")), QStringLiteral("-o"), json});
    // Written (exit 0, or 1 where the checks find errors: this filing's overview is empty), not refused (2).
    ASSERT_NE(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 place(s) not imported"))) << r.out.toStdString();
    Filing first;
    ImportError error;
    ASSERT_TRUE(FilingJson::readFile(json, &first, &error)) << error.message.toStdString();
    ASSERT_EQ(first.projects.size(), 1);
    EXPECT_TRUE(first.projects[0] == jixiao::testing::nationalSampleProject());

    const QString xlsx = dir.filePath(QStringLiteral("projects.xlsx"));
    r = runJixiao({QStringLiteral("export-xlsx"), json, QStringLiteral("-o"), xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString back = dir.filePath(QStringLiteral("back.json"));
    r = runJixiao({QStringLiteral("import"), xlsx, QStringLiteral("-o"), back});
    ASSERT_NE(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 place(s) not imported"))) << r.out.toStdString();
    Filing second;
    ASSERT_TRUE(FilingJson::readFile(back, &second, &error)) << error.message.toStdString();
    EXPECT_TRUE(second.projects == first.projects);

    const QString pdf = dir.filePath(QStringLiteral("project.pdf"));
    r = runJixiao({QStringLiteral("export-pdf"), json, QStringLiteral("-o"), pdf, QStringLiteral("--table"),
        QStringLiteral("project:1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (text.waitForFinished(60000) && text.exitCode() == 0) {
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(out.contains(QStringLiteral("2023年度项目支出绩效目标表"))) << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("工业互联网平台推广应用")));
    }
}
