// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draft.h"
#include "files/safefile.h"
#include "model/filing.h"

#include <QCoreApplication>
#include <QString>

// Reading and writing a filing by the kind of file: .jixiao is a draft
// (SQLite), .json the interchange format. What convert, validate and the
// other commands use.
namespace jixiao {

class FilingFile
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::FilingFile)

public:
    enum Kind { Unknown, Draft, Json };
    // By extension (case-insensitive).
    static Kind kindOf(const QString &path);
};

// Reads a filing; a draft is opened read-only (it may be open in the editor
// meanwhile). A file with another extension is recognised by its content.
bool loadFilingFile(const QString &path, Filing *filing, QString *error);
// Writes the whole file beside the target (files::SafeOutput) and puts it in
// place in one step: the target is replaced only as `options` allow, never
// when it is a draft open for editing. A draft may carry its origin in the
// shared store from the start.
bool saveFilingFile(const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options = {},
    const std::optional<Draft::Origin> &origin = std::nullopt);

} // namespace jixiao
