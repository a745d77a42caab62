// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs read back as a reviewer's tools read them: poppler (pdftotext,
// pdffonts, pdfinfo), MuPDF (mutool) and Ghostscript (txtwrite), and PDF/A
// checked with Apache PDFBox's Preflight. scripts/install-deps.sh installs them.
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

struct PdfFont
{
    QString name;
    bool embedded = false;
    bool unicodeMap = false;
};

inline QString runTool(const QString &program, const QStringList &args, bool *ok = nullptr, QString *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool done = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

// The text of the PDF (page 0 = all), UTF-8, to stdout.
inline QString pdftotext(const QString &pdf, QStringList options, int page = 0)
{
    if (page > 0)
        options << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    options << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), options);
}

// MuPDF's reading of the text (page 0 = all).
inline QString mutoolText(const QString &pdf, int page = 0)
{
    QStringList args {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("txt"),
        QStringLiteral("-o"), QStringLiteral("-"), pdf};
    if (page > 0)
        args << QString::number(page);
    return runTool(QStringLiteral("mutool"), args);
}

// Ghostscript's reading of the text (page 0 = all), with its default PDF interpreter.
inline QString ghostscriptText(const QString &pdf, int page = 0)
{
    QStringList args {QStringLiteral("-q"), QStringLiteral("-dSAFER"), QStringLiteral("-dNOPAUSE"),
        QStringLiteral("-dBATCH"), QStringLiteral("-sDEVICE=txtwrite"), QStringLiteral("-sOutputFile=-")};
    if (page > 0)
        args << QStringLiteral("-dFirstPage=%1").arg(page) << QStringLiteral("-dLastPage=%1").arg(page);
    args << pdf;
    return runTool(QStringLiteral("gs"), args);
}

// The three readers side by side: a name, the program, and how it reads a PDF.
struct PdfTextReader
{
    const char *name;
    QString program;
    QString (*read)(const QString &pdf, int page);
};

inline QList<PdfTextReader> pdfTextReaders()
{
    return {
        {"poppler", QStringLiteral("pdftotext"), [](const QString &pdf, int page) { return pdftotext(pdf, {}, page); }},
        {"MuPDF", QStringLiteral("mutool"), mutoolText}, {"Ghostscript", QStringLiteral("gs"), ghostscriptText}};
}

inline int pdfPageCount(const QString &pdf)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &l : lines)
        if (l.startsWith(QLatin1String("Pages:")))
            return l.mid(6).trimmed().toInt();
    return -1;
}

// One field of pdfinfo (Title, Creator, Producer, …), trimmed.
inline QString pdfInfoField(const QString &pdf, const QString &field)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf})
                                  .split(QLatin1Char('\n'));
    for (const QString &l : lines)
        if (l.startsWith(field + QLatin1Char(':')))
            return l.mid(field.size() + 1).trimmed();
    return {};
}

// pdffonts' table: name type… encoding emb sub uni object-id generation.
inline QList<PdfFont> pdffonts(const QString &pdf)
{
    QList<PdfFont> out;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList t = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (t.size() < 7)
            continue;
        out.append({t.first(), t[t.size() - 5] == QLatin1String("yes"), t[t.size() - 3] == QLatin1String("yes")});
    }
    return out;
}

// Apache PDFBox Preflight (Debian: libpdfbox2-java with a Java runtime), the
// strongest PDF/A-1b validator Debian packages. Its classpath, or empty when
// it is not installed.
inline QStringList preflightClasspath()
{
    const QString dir = QStringLiteral("/usr/share/java/");
    const QStringList jars {QStringLiteral("preflight.jar"), QStringLiteral("pdfbox2.jar"),
        QStringLiteral("fontbox2.jar"), QStringLiteral("xmpbox.jar"), QStringLiteral("commons-logging.jar"),
        QStringLiteral("javax.activation.jar"), QStringLiteral("jaxb-api.jar")};
    QStringList out;
    for (const QString &j : jars) {
        if (!QFile::exists(dir + j))
            return {};
        out.append(dir + j);
    }
    return haveTool(QStringLiteral("java")) ? out : QStringList();
}

// Whether Preflight calls `pdf` valid PDF/A-1b; *report gets what it said.
inline bool preflightPdfA1b(const QString &pdf, QString *report)
{
    bool ok = false;
    QString errors;
    *report = runTool(QStringLiteral("java"),
        {QStringLiteral("-cp"), preflightClasspath().join(QLatin1Char(':')),
            QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf},
        &ok, &errors);
    *report += errors;
    return ok && report->contains(QLatin1String("is a valid PDF/A-1b file"));
}
