// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Poppler's command-line tools, as the tests read PDFs back.
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

struct PdfFont
{
    QString name;
    bool embedded = false;
    bool unicodeMap = false;
};

inline QString runTool(const QString &program, const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool done = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF (page 0 = all), UTF-8, to stdout.
inline QString pdftotext(const QString &pdf, QStringList options, int page = 0)
{
    if (page > 0)
        options << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    options << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), options);
}

inline int pdfPageCount(const QString &pdf)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &l : lines)
        if (l.startsWith(QLatin1String("Pages:")))
            return l.mid(6).trimmed().toInt();
    return -1;
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
