// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingfile.h"

#include "draft.h"
#include "model/jsonio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    QFile f;
    QString ignored;
    if (!files::openInput(path, &f, &ignored))
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
    QString why;
    if (!files::checkInput(path, &why)) {
        if (error)
            *error = why;
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

bool saveFilingFile(const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options,
    const std::optional<Draft::Origin> &origin)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = QDir::toNativeSeparators(path);
    switch (FilingFile::kindOf(path)) {
    case FilingFile::Json:
        return FilingJson::writeFile(path, filing, error, options);
    case FilingFile::Unknown:
        *error = FilingFile::tr("Cannot write “%1”: name it .jixiao (a draft) or .json (the interchange format).")
                     .arg(name);
        return false;
    case FilingFile::Draft:
        break;
    }
    files::SafeOutput out(path, options);
    if (!out.prepare(error, false))
        return false;
    if (const QString tooLong = Draft::pathTooLong(out.tempPath()); !tooLong.isEmpty()) {
        *error = FilingFile::tr("Cannot write “%1”: %2.").arg(name, tooLong);
        return false;
    }
    QString e;
    {
        std::unique_ptr<Draft> draft = Draft::create(out.tempPath(), filing, &e);
        if (!draft || (origin && !draft->setOrigin(origin, &e))) {
            *error = FilingFile::tr("Cannot write “%1”: %2").arg(name, e);
            return false;
        }
    } // closed: the whole draft is in the one temporary file, synced
    return out.commit(error);
}

} // namespace jixiao
