// SPDX-License-Identifier: GPL-3.0-or-later
// Creating and saving a draft; opening one is in draftopen.cpp.
#include "draftprivate.h"
#include "migration.h"

#include <QFile>
#include <QFileInfo>

using namespace jixiao::storage;
using namespace jixiao::draftfiles;

namespace jixiao {

Draft::Draft()
    : d(std::make_unique<Private>())
{ }

Draft::~Draft() = default;

bool Draft::isReadOnly() const
{
    return d->readOnly;
}

QString Draft::readOnlyReason() const
{
    return d->readOnlyReason;
}

QString Draft::path() const
{
    return d->path;
}

qint64 Draft::revision() const
{
    return d->revision;
}

Filing Draft::savedFiling() const
{
    return d->saved;
}

int Draft::lastSaveRowCount() const
{
    return d->lastRows;
}

std::optional<Draft::Origin> Draft::origin() const
{
    return d->origin;
}

bool Draft::looksLikeDraft(const QString &path)
{
    QString ignored;
    return checkHeader(path, hotJournal(path), &ignored);
}

QString Draft::pathTooLong(const QString &path)
{
    const qsizetype n = QFile::encodeName(QFileInfo(path).absoluteFilePath()).size();
    if (n <= MaxPathBytes)
        return QString();
    return tr("the path is too long for a draft (%1 bytes; a draft can be kept at a path of at most %2 bytes). Choose "
              "a shorter folder or name, or write an interchange file (.json)")
        .arg(n)
        .arg(MaxPathBytes);
}

bool Draft::isOpenElsewhere(const QString &path)
{
    return files::isDraftOpenForEditing(path);
}

std::unique_ptr<Draft> Draft::create(const QString &path, const Filing &filing, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    if (fi.exists() || fi.isSymLink()) {
        *error
            = tr("“%1” already exists; a new draft never replaces a file. Choose another name.").arg(displayName(abs));
        return nullptr;
    }
    const QFileInfo dir(fi.absolutePath());
    if (!dir.isDir()) {
        *error = tr("The folder “%1” does not exist.").arg(displayName(dir.absoluteFilePath()));
        return nullptr;
    }
    if (const QString tooLong = pathTooLong(abs); !tooLong.isEmpty()) {
        *error = tr("Cannot create “%1”: %2.").arg(displayName(abs), tooLong);
        return nullptr;
    }
    std::unique_ptr<Draft> draft(new Draft);
    Private &p = *draft->d;
    p.path = abs;
    QString reason;
    if (p.lock.acquire(abs, true, &reason) != DraftLock::Acquired) {
        *error = tr("Cannot create “%1”: %2").arg(displayName(abs), reason);
        return nullptr;
    }
    // From here on the file is ours: remove it again if anything fails.
    auto fail = [&](const QString &message) {
        draft->d->close();
        QFile::remove(abs + QStringLiteral("-journal"));
        QFile::remove(abs);
        *error = tr("Cannot create “%1”: %2").arg(displayName(abs), message);
        return nullptr;
    };
    QString e;
    if (p.connect(abs, false, &e))
        p.registerOpen(abs, true);
    if (!p.db.isOpen() || !p.writableSettings(0, &e))
        return fail(e);
    if (!p.sql->begin(true, &e))
        return fail(e);
    QStringList statements {QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)};
    statements += createStatements(Dialect::Sqlite);
    for (const QString &s : std::as_const(statements)) {
        if (!p.sql->exec(s, &e)) {
            p.sql->rollback();
            return fail(e);
        }
    }
    QSqlQuery meta(p.db);
    meta.prepare(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('created_by', ?)"));
    meta.bindValue(0, QStringLiteral("Jixiao " JIXIAO_VERSION));
    if (!meta.exec()) {
        e = describeError(meta.lastError(), Dialect::Sqlite);
        p.sql->rollback();
        return fail(e);
    }
    meta.finish();
    qint64 id = 0;
    if (!recordLowestReader(*p.sql, SchemaVersion, builtinMigrations(), &e) || !p.sql->insert(filing, &id, &e)
        || !p.sql->exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &e) || !p.sql->commit(&e)) {
        p.sql->rollback();
        return fail(e);
    }
    p.filingId = id;
    p.revision = 1;
    p.saved = filing;
    p.enterWal(&e); // without it saves are slower, not less safe
    return draft;
}

bool Draft::save(const Filing &filing, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = displayName(d->path);
    if (d->readOnly) {
        *error = tr("“%1” was opened read-only; the change was not saved.").arg(name)
            + (d->readOnlyReason.isEmpty() ? QString() : QLatin1Char(' ') + d->readOnlyReason);
        return false;
    }
    d->lastRows = 0;
    if (filing == d->saved)
        return true;
    QString walError;
    if (d->walPending)
        d->enterWal(&walError); // without it saves are slower, not less safe
    FilingSql &sql = *d->sql;
    sql.resetRowsWritten();
    QString e;
    auto fail = [&](const QString &why) {
        sql.rollback();
        *error = tr("The change to “%1” was not saved: %2 The draft keeps what was saved before.").arg(name, why);
        return false;
    };
    if (!sql.begin(true, &e))
        return fail(e);
    RevisionInfo rev;
    if (!sql.readRevision(d->filingId, &rev, true, &e))
        return fail(e);
    if (rev.revision != d->revision)
        return fail(
            tr("another program changed the file (revision %1, expected %2).").arg(rev.revision).arg(d->revision));
    if (!sql.update(d->filingId, d->saved, filing, d->revision + 1, &e) || !sql.commit(&e))
        return fail(e);
    d->lastRows = sql.rowsWritten();
    d->saved = filing;
    ++d->revision;
    return true;
}

bool Draft::checkpoint(QString *error)
{
    if (d->readOnly || !d->writeConnection)
        return true; // nothing of ours in a log
    QSqlQuery q(d->db);
    // A reader in mid-transaction would hold the window for the whole busy
    // timeout (5 s) before the answer: wait briefly, then say so.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 300"));
    // TRUNCATE: all frames copied into the file, synced, and the log emptied.
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next();
    const int busy = ran ? q.value(0).toInt() : 0;
    const QString why = q.lastError().text();
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!ran) {
        if (error)
            *error = why;
        return false;
    }
    // busy = 1: a reader's snapshot kept some frames in the log.
    if (busy != 0) {
        if (error)
            *error = tr("another program is reading “%1”.").arg(displayName(d->path));
        return false;
    }
    return true;
}

bool Draft::setOrigin(const std::optional<Origin> &origin, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (d->readOnly) {
        *error = tr("“%1” was opened read-only; the change was not saved.").arg(displayName(d->path));
        return false;
    }
    QString walError;
    if (d->walPending)
        d->enterWal(&walError);
    FilingSql &sql = *d->sql;
    QString e;
    bool ok = sql.begin(true, &e) && sql.exec(QStringLiteral("DELETE FROM jixiao_meta WHERE key LIKE 'origin.%'"), &e);
    if (ok && origin) {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> rows {{QStringLiteral("origin.uri"), origin->uri},
            {QStringLiteral("origin.id"), QString::number(origin->filingId)},
            {QStringLiteral("origin.revision"), QString::number(origin->revision)},
            {QStringLiteral("origin.store"), origin->store}};
        for (const auto &[k, v] : rows) {
            q.bindValue(0, k);
            q.bindValue(1, v);
            if (!q.exec()) {
                e = describeError(q.lastError(), Dialect::Sqlite);
                ok = false;
                break;
            }
        }
    }
    if (!ok || !sql.commit(&e)) {
        sql.rollback();
        *error = tr("The change to “%1” was not saved: %2 The draft keeps what was saved before.")
                     .arg(displayName(d->path), e);
        return false;
    }
    d->origin = origin;
    return true;
}

} // namespace jixiao