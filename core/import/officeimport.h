// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formmapper.h"

#include <QCoreApplication>
#include <QString>

namespace jixiao::office {

class OfficeImport
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::office::OfficeImport)

public:
    // Reads last year's forms from a .docx or .xlsx (Word, Excel, WPS), or a
    // .doc/.xls/.wps/.et converted first by LibreOffice when installed.
    // False with a message a user understands; nothing is written anywhere
    // but a temporary folder that is removed again.
    static bool importFile(const QString &path, ImportResult *result, QString *error);

    // The LibreOffice program used for the old binary formats; tests set a
    // missing one to see the message.
    static void setOfficeProgram(const QString &program);
    static QString officeProgram();
    // How long a conversion may take before LibreOffice is stopped (all of
    // its processes); 120 s unless a test sets less.
    static void setTimeout(int milliseconds);
};

} // namespace jixiao::office
