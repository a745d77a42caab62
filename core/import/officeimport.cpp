// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeimport.h"

#include "zippackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace jixiao::office {

namespace {

QString &programOverride()
{
    static QString p;
    return p;
}

const QByteArray ZipMagic("PK\x03\x04", 4);
const QByteArray CfbMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool readBytes(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OfficeImport::tr("%1: cannot open the file (%2).").arg(path, file.errorString());
        return false;
    }
    if (file.size() > ZipPackage::MaxFileSize) {
        *error = OfficeImport::tr("%1: the file is larger than %2 MB and was not read.")
                     .arg(path)
                     .arg(ZipPackage::MaxFileSize / (1024 * 1024));
        return false;
    }
    *data = file.read(ZipPackage::MaxFileSize + 1);
    return true;
}

// .doc/.xls/.wps/.et → .docx/.xlsx with LibreOffice, headless, in a
// temporary folder of our own.
bool convert(const QString &path, bool spreadsheet, QByteArray *data, QString *error)
{
    const QString program = OfficeImport::officeProgram();
    if (program.isEmpty()) {
        *error = OfficeImport::tr("%1 is in an old binary format. To import it, install LibreOffice (Writer and Calc; "
                                  "on Debian: libreoffice-writer libreoffice-calc), or save it in Word/Excel/WPS "
                                  "as .docx or .xlsx and import that.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = OfficeImport::tr("No temporary folder for the conversion: %1").arg(dir.errorString());
        return false;
    }
    const QString target = spreadsheet ? QStringLiteral("xlsx") : QStringLiteral("docx");
    QProcess p;
    // A profile of our own: a running LibreOffice of the user's is not disturbed.
    p.start(program,
        {QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
            QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"), target,
            QStringLiteral("--outdir"), dir.path(), path});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        *error = OfficeImport::tr("LibreOffice could not convert %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    const QString out = dir.filePath(QFileInfo(path).completeBaseName() + QLatin1Char('.') + target);
    if (!QFileInfo::exists(out)) {
        *error = OfficeImport::tr("LibreOffice could not convert %1 (is it password-protected?).")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return readBytes(out, data, error);
}

} // namespace

void OfficeImport::setOfficeProgram(const QString &program)
{
    programOverride() = program;
}

QString OfficeImport::officeProgram()
{
    if (!programOverride().isNull()) {
        const QString &p = programOverride();
        if (p.isEmpty())
            return {};
        const QString found = QStandardPaths::findExecutable(p);
        return !found.isEmpty() ? found : QFileInfo(p).isExecutable() ? p : QString();
    }
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
#ifdef Q_OS_WIN
    for (const QString &dir : {qEnvironmentVariable("ProgramFiles"), qEnvironmentVariable("ProgramFiles(x86)")}) {
        const QString exe = dir + QStringLiteral("/LibreOffice/program/soffice.exe");
        if (!dir.isEmpty() && QFileInfo(exe).isExecutable())
            return exe;
    }
#endif
    return {};
}

bool OfficeImport::importFile(const QString &path, ImportResult *result, QString *error)
{
    QByteArray data;
    if (!readBytes(path, &data, error))
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool spreadsheetName
        = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"et" || suffix == u"ett";
    if (data.startsWith(CfbMagic)) {
        // Office encrypts .docx/.xlsx into an OLE container with this stream.
        if (data.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 32))) {
            *error = tr("%1 is password-protected. Remove the password in Word, Excel or WPS (save a copy without "
                        "encryption) and import that copy.")
                         .arg(QFileInfo(path).fileName());
            return false;
        }
        const bool sheet = spreadsheetName || data.contains(QByteArray("W\0o\0r\0k\0b\0o\0o\0k", 16));
        if (!convert(path, sheet, &data, error))
            return false;
    } else if (!data.startsWith(ZipMagic)) {
        *error = tr("%1 is not a Word or Excel document (.docx, .xlsx, .doc, .xls, .wps, .et).")
                     .arg(QFileInfo(path).fileName());
        return false;
    }

    QList<SourceRow> rows;
    QStringList notes;
    QString why;
    // The package says what it is; the name may be wrong.
    ZipPackage probe;
    if (!probe.open(data, &why)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + why;
        return false;
    }
    const bool ok = probe.contains(QStringLiteral("xl/workbook.xml"))
        ? OfficeReader::readXlsx(data, &rows, &notes, &why)
        : probe.contains(QStringLiteral("word/document.xml")) ? OfficeReader::readDocx(data, &rows, &notes, &why)
                                                              : (why = tr("it is neither a Word document nor an "
                                                                          "Excel workbook."),
                                                                  false);
    if (!ok || !FormMapper::map(rows, result, &why)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + why;
        return false;
    }
    result->notes = notes + result->notes;
    return true;
}

} // namespace jixiao::office
