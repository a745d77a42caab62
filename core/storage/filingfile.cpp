// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingfile.h"

#include "draft.h"
#include "model/jsonio.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

namespace jixiao {

FilingFile::Kind FilingFile::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jixiao"))
        return Draft;
    if (suffix == QLatin1String("json"))
        return Json;
    return Unknown;
}

namespace {

bool looksLikeJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = f.read(64);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    return head.trimmed().startsWith('{');
}

bool loadJson(const QString &path, Filing *filing, QString *error)
{
    ImportError e;
    if (!FilingJson::readFile(path, filing, &e)) {
        if (error)
            *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + e.toString();
        return false;
    }
    return true;
}

bool loadDraft(const QString &path, Filing *filing, QString *error)
{
    Draft::OpenOptions options;
    options.readOnly = true;
    return Draft::open(path, filing, nullptr, error, options) != nullptr;
}

} // namespace

bool loadFilingFile(const QString &path, Filing *filing, QString *error)
{
    switch (FilingFile::kindOf(path)) {
    case FilingFile::Draft:
        return loadDraft(path, filing, error);
    case FilingFile::Json:
        return loadJson(path, filing, error);
    case FilingFile::Unknown:
        break;
    }
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = FilingFile::tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (Draft::looksLikeDraft(path))
        return loadDraft(path, filing, error);
    if (looksLikeJson(path))
        return loadJson(path, filing, error);
    if (error)
        *error = FilingFile::tr("“%1” is neither a Jixiao draft (.jixiao) nor an interchange file (.json).")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

bool saveFilingFile(const QString &path, const Filing &filing, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = QDir::toNativeSeparators(path);
    switch (FilingFile::kindOf(path)) {
    case FilingFile::Json:
        return FilingJson::writeFile(path, filing, error);
    case FilingFile::Unknown:
        *error = FilingFile::tr("Cannot write “%1”: name it .jixiao (a draft) or .json (the interchange format).")
                     .arg(name);
        return false;
    case FilingFile::Draft:
        break;
    }
    const QFileInfo fi(path);
    if (fi.exists() && Draft::isOpenElsewhere(fi.absoluteFilePath())) {
        *error
            = FilingFile::tr("Cannot replace “%1”: it is open for editing in Jixiao. Close it there first.").arg(name);
        return false;
    }
    const QString temp
        = fi.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp.jixiao")
                                        .arg(fi.completeBaseName())
                                        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    QString e;
    {
        std::unique_ptr<Draft> draft = Draft::create(temp, filing, &e);
        if (!draft) {
            *error = FilingFile::tr("Cannot write “%1”: %2").arg(name, e);
            return false;
        }
    } // closed: the whole draft is in the one temporary file, synced
    if (fi.exists())
        QFile::setPermissions(temp, fi.permissions());
#if defined(Q_OS_WIN)
    // rename() cannot replace a file on Windows, and remove-then-rename could
    // lose both; QSaveFile's commit replaces in one step there.
    bool renamed = false;
    {
        QFile in(temp);
        QSaveFile out(fi.absoluteFilePath());
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
            const QByteArray bytes = in.readAll();
            renamed = out.write(bytes) == bytes.size() && out.commit();
        }
    }
    QFile::remove(temp);
#else
    const bool renamed
        = std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(fi.absoluteFilePath()).constData()) == 0;
#endif
    if (!renamed) {
        QFile::remove(temp);
        *error = FilingFile::tr("Cannot write “%1”: the finished file could not be put in place. The previous file is "
                                "unchanged.")
                     .arg(name);
        return false;
    }
    return true;
}

} // namespace jixiao
