// SPDX-License-Identifier: GPL-3.0-or-later
// Files that must be refused with a message, before anything is trusted.
#include "importtestutil.h"

#include "import/zippackage.h"

using namespace jixiao;
using namespace jixiao::office;
using namespace jixiao::testing;

namespace {

const QByteArray ContentTypes = QByteArrayLiteral("<?xml version=\"1.0\"?><Types/>");

QByteArray docxWithBody(const QByteArray &documentXml)
{
    return zip(
        {{QStringLiteral("[Content_Types].xml"), ContentTypes}, {QStringLiteral("word/document.xml"), documentXml}});
}

// Overwrites a little-endian field in every local (PK\3\4) and central
// (PK\1\2) header: how a forged archive lies about itself.
void patchHeaders(QByteArray *zipData, int localOffset, int centralOffset, quint32 value, int bytes)
{
    auto patch = [&](const QByteArray &sig, int offset) {
        for (qsizetype at = zipData->indexOf(sig); at >= 0; at = zipData->indexOf(sig, at + 4))
            for (int b = 0; b < bytes; ++b)
                (*zipData)[at + offset + b] = char((value >> (8 * b)) & 0xff);
    };
    patch(QByteArray("PK\x03\x04", 4), localOffset);
    patch(QByteArray("PK\x01\x02", 4), centralOffset);
}

// Imports `data` as `name` and expects a refusal naming `expected`; the
// output a command would write is never created.
void expectRefused(const QByteArray &data, const QString &name, const QString &expected)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    ImportResult r;
    QString error;
    EXPECT_FALSE(OfficeImport::importFile(path, &r, &error));
    EXPECT_TRUE(error.contains(expected)) << error.toStdString();
}

TEST(BadFiles, NotAnOfficeFile)
{
    expectRefused(QByteArrayLiteral("部门名称,株洲市\n"), QStringLiteral("x.docx"),
        QStringLiteral("not a Word or Excel document"));
}

TEST(BadFiles, AWordDocumentWithoutTheFormsIsNotImported)
{
    expectRefused(docxWithBody(QByteArrayLiteral(
                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                      "<w:body><w:p><w:r><w:t>会议通知</w:t></w:r></w:p></w:body></w:document>")),
        QStringLiteral("notice.docx"), QStringLiteral("No performance-target table was found"));
}

TEST(BadFiles, EntryNamesThatLeaveThePackage)
{
    for (const QString &name : {QStringLiteral("../evil.xml"), QStringLiteral("word/../../evil.xml"),
             QStringLiteral("/etc/evil.xml"), QStringLiteral("C:/evil.xml"), QStringLiteral("word\\..\\evil.xml")}) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_TRUE(isUnsafeEntryName(name));
        expectRefused(zip({{QStringLiteral("word/document.xml"), QByteArrayLiteral("<a/>")}, {name, "x"}}),
            QStringLiteral("x.docx"), QStringLiteral("unsafe path"));
    }
    EXPECT_FALSE(isUnsafeEntryName(QStringLiteral("word/document.xml")));
    EXPECT_FALSE(isUnsafeEntryName(QStringLiteral("word/..x/document.xml")));
}

TEST(BadFiles, ABombThatLiesAboutItsSizeStopsAtTheDeclaredSize)
{
    // 32 MB of zeros deflate to ~32 kB; the headers claim 1000 bytes.
    QByteArray body(32 * 1024 * 1024, '\0');
    QByteArray data = docxWithBody(body);
    body.clear();
    patchHeaders(&data, 22, 24, 1000, 4);
    ZipPackage z;
    QString error;
    ASSERT_TRUE(z.open(data, &error)) << error.toStdString();
    QByteArray out;
    EXPECT_FALSE(z.read(QStringLiteral("word/document.xml"), &out, &error));
    // minizip itself stops at the declared size; the checksum then fails.
    // Either way nothing past the claim is produced or kept.
    EXPECT_TRUE(out.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("word/document.xml"))) << error.toStdString();
}

TEST(BadFiles, AnEntryDeclaringMoreThanTheLimitIsRefusedBeforeInflating)
{
    QByteArray data = docxWithBody(QByteArrayLiteral("<a/>"));
    patchHeaders(&data, 22, 24, quint32(ZipPackage::MaxEntrySize + 1), 4);
    expectRefused(data, QStringLiteral("x.docx"), QStringLiteral("would unpack to more than 32 MB"));
}

TEST(BadFiles, AFileLargerThan64MBIsNotRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(ZipPackage::MaxFileSize + 1)); // sparse: no 64 MB written
    f.close();
    ImportResult r;
    QString error;
    EXPECT_FALSE(OfficeImport::importFile(path, &r, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than 64 MB"))) << error.toStdString();
}

TEST(BadFiles, BillionLaughsAndExternalEntitiesAreRefused)
{
    const QByteArray laughs = QByteArrayLiteral(
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:body></w:document>");
    expectRefused(docxWithBody(laughs), QStringLiteral("laughs.docx"), QStringLiteral("DTD"));
    const QByteArray external = QByteArrayLiteral(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>");
    expectRefused(docxWithBody(external), QStringLiteral("external.docx"), QStringLiteral("DTD"));
    // The same in a workbook's shared strings.
    const QByteArray workbook = QByteArrayLiteral(
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    expectRefused(
        zip({{QStringLiteral("xl/workbook.xml"), workbook}, {QStringLiteral("xl/sharedStrings.xml"), laughs}}),
        QStringLiteral("laughs.xlsx"), QStringLiteral("DTD"));
}

TEST(BadFiles, PasswordProtectedFilesSaySo)
{
    // A zip entry with the encryption flag (traditional PKWARE encryption).
    QByteArray data = docxWithBody(QByteArrayLiteral("<a/>"));
    patchHeaders(&data, 6, 8, 1, 1);
    expectRefused(data, QStringLiteral("x.docx"), QStringLiteral("password-protected"));
    // What Word, Excel and WPS actually write: an OLE container holding the
    // encrypted package.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    for (char c : QByteArray("EncryptedPackage")) {
        ole += c;
        ole += '\0';
    }
    ole += QByteArray(1024, '\0');
    expectRefused(ole, QStringLiteral("locked.xlsx"), QStringLiteral("password-protected"));
}

TEST(BadFiles, MacrosAreNeitherRunNorImported)
{
    QFile f(importFixture(QStringLiteral("seed.docx")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ZipPackage seed;
    QString error;
    ASSERT_TRUE(seed.open(f.readAll(), &error));
    QList<ZipPackage::Entry> entries;
    for (const QString &name : seed.entryNames()) {
        QByteArray data;
        ASSERT_TRUE(seed.read(name, &data, &error)) << error.toStdString();
        entries.append({name, data});
    }
    entries.append({QStringLiteral("word/vbaProject.bin"), QByteArray("Attribute VB_Name = \"evil\"")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("macro.docm"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(zip(entries));
    out.close();
    ImportResult r;
    ASSERT_TRUE(OfficeImport::importFile(path, &r, &error)) << error.toStdString();
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("macros")))
        << r.notes.join(QLatin1Char('\n')).toStdString();
    expectSameFiling(sampleFiling(), r.filing);
}

TEST(BadFiles, DamagedDataIsRefused)
{
    QByteArray data = docxWithBody(QByteArray(4096, 'x'));
    // Corrupt the deflated bytes after the first local header's name.
    const qsizetype at = data.indexOf("word/document.xml") + 17;
    for (int i = 0; i < 8; ++i)
        data[at + i] = char(0xff);
    expectRefused(data, QStringLiteral("x.docx"), QStringLiteral("damaged"));
}

} // namespace

namespace {

// 60,000 merges over rows that hold nothing cost what the file holds: the
// rows are never made, and the one row with a value is read once.
TEST(BadFiles, MergesOverMillionsOfEmptyRowsCostNothing)
{
    QByteArray sheet = QByteArrayLiteral(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"100\"><c r=\"A100\" t=\"inlineStr\"><is><t>部门名称</t></is></c></row></sheetData><mergeCells>");
    for (int i = 0; i < 60000; ++i)
        sheet += "<mergeCell ref=\"B1:C1000000\"/>";
    sheet += "</mergeCells></worksheet>";
    const QByteArray workbook
        = QByteArrayLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                            "<sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    QList<SourceRow> rows;
    QStringList notes;
    QString error;
    ASSERT_TRUE(OfficeReader::readXlsx(
        zip({{QStringLiteral("xl/workbook.xml"), workbook}, {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}}),
        &rows, &notes, &error))
        << error.toStdString();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].textAt(0), QStringLiteral("部门名称"));
}

// Word keeps a text box twice (mc:Choice and mc:Fallback): read once.
TEST(Reader, TextBoxesAreReadOnceAndJoinTheirParagraph)
{
    const QByteArray body = QByteArrayLiteral(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
        "<w:p><w:r><w:t>2023年部门整体</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        "<w:drawing><w:txbxContent><w:p><w:r><w:t>支出绩效目标表</w:t></w:r></w:p></w:txbxContent></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>支出绩效目标表</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p></w:body></w:document>");
    QList<SourceRow> rows;
    QStringList notes;
    QString error;
    ASSERT_TRUE(OfficeReader::readDocx(docxWithBody(body), &rows, &notes, &error)) << error.toStdString();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].textAt(0), QStringLiteral("2023年部门整体支出绩效目标表"));
    EXPECT_EQ(rows[1].textAt(0), QStringLiteral("第一行\n第二行"));
}

} // namespace
