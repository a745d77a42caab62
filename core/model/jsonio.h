// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing.h"

#include "files/safefile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The interchange format (resources/spec/filing.schema.json, version 1): read and write
// exactly, with one clear error naming the JSON Pointer of what is wrong.
namespace jixiao {

struct ImportError
{
    QString pointer; // RFC 6901, "" = the whole document
    int line = 0; // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
    QString message; // for people

    // "/funds/0/amount: … (line 3, column 7)"
    QString toString() const;
};

class FilingJson
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::FilingJson)

public:
    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;

    static bool fromJson(const QByteArray &json, Filing *out, ImportError *error);
    static bool readFile(const QString &path, Filing *out, ImportError *error);

    // Pretty-printed, keys in schema order, UTF-8, trailing newline.
    static QByteArray toJson(const Filing &filing);
    // Atomic (files::SafeOutput): a failed write leaves the old file as it
    // was. Refuses to write what fromJson() would not read back (too large,
    // a text too long), saying so.
    static bool writeFile(
        const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options = {});
};

// The sample filing shipped in the resources (the seed), loaded.
Filing sampleFiling();
QString sampleFilingResourcePath(); // ":/jixiao/samples/shifeng-keji-gongxin-2023.json"

} // namespace jixiao
