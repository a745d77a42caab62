// SPDX-License-Identifier: GPL-3.0-or-later
// The Word/Excel import on arbitrary bytes: never crashes; a refusal always
// has a message. The first byte chooses what the rest is: a whole archive,
// or the XML of a .docx body or of an .xlsx sheet packed into a valid one
// (so the fuzzer reaches the readers and the mapper, not only the zip), or
// (3) a workbook's own parts — workbook.xml, sheet1.xml and sharedStrings.xml
// separated by two NUL bytes — so that sheet lists, dimensions and shared
// strings are the fuzzer's too. scripts/fuzz.sh runs it under a memory limit.
#include "import/formmapper.h"
#include "import/sourcegrid.h"
#include "import/zippackage.h"

#include <cstdint>
#include <cstdlib>

using namespace jixiao::office;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray file;
    QString error;
    const int mode = data[0] % 4;
    if (mode == 0) {
        file = rest;
    } else if (mode == 1) {
        ZipPackage::write({{QStringLiteral("word/document.xml"), rest}}, &file, &error);
    } else if (mode == 3) {
        QList<QByteArray> xml;
        qsizetype from = 0;
        for (int part = 0; part < 2; ++part) {
            const qsizetype at = rest.indexOf(QByteArrayView("\0\0", 2), from);
            if (at < 0)
                break;
            xml.append(rest.mid(from, at - from));
            from = at + 2;
        }
        xml.append(rest.mid(from));
        while (xml.size() < 3)
            xml.append(QByteArray());
        // rId1 names sheet1, so that many <sheet> entries may name one part;
        // an empty third part means no shared strings.
        QList<ZipPackage::Entry> entries {{QStringLiteral("xl/workbook.xml"), xml[0]},
                              {QStringLiteral("xl/_rels/workbook.xml.rels"),
                                  QByteArrayLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                                                    "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                                                    "schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                                    "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")},
                              {QStringLiteral("xl/worksheets/sheet1.xml"), xml[1]}};
        if (!xml[2].isEmpty())
            entries.append({QStringLiteral("xl/sharedStrings.xml"), xml[2]});
        ZipPackage::write(entries, &file, &error);
    } else {
        ZipPackage::write(
            {{QStringLiteral("xl/workbook.xml"),
                 QByteArrayLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                                   "2006/main\"><sheets><sheet name=\"s\" sheetId=\"1\"/></sheets></workbook>")},
                {QStringLiteral("xl/worksheets/sheet1.xml"), rest}},
            &file, &error);
    }
    QList<SourceRow> rows;
    QStringList notes;
    const bool read = mode >= 2 ? OfficeReader::readXlsx(file, &rows, &notes, &error)
                                : OfficeReader::readDocx(file, &rows, &notes, &error);
    if (!read) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    ImportResult result;
    if (!FormMapper::map(rows, &result, &error) && error.isEmpty())
        std::abort();
    return 0;
}
