// SPDX-License-Identifier: GPL-3.0-or-later
// The Word/Excel import on arbitrary bytes: never crashes; a refusal always
// has a message. The first byte chooses what the rest is: a whole archive,
// or the XML of a .docx body or of an .xlsx sheet packed into a valid one
// (so the fuzzer reaches the readers and the mapper, not only the zip).
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
    const int mode = data[0] % 3;
    if (mode == 0) {
        file = rest;
    } else if (mode == 1) {
        ZipPackage::write({{QStringLiteral("word/document.xml"), rest}}, &file, &error);
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
    const bool read = mode == 2 ? OfficeReader::readXlsx(file, &rows, &notes, &error)
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
