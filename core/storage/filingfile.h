// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// Writes atomically: a .json through QSaveFile, a .jixiao whole into a
// temporary file beside it that is then renamed over the target. Refuses to
// replace a draft that is open for editing.
bool saveFilingFile(const QString &path, const Filing &filing, QString *error);

} // namespace jixiao
