// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a draft: who may write it (the file, its folder, the lock), a
// journal a crash left, the checks that it is ours and whole, the update of
// an older file format, and reading the one filing.
#include "draftprivate.h"

#include "files/safefile.h"
#include "migration.h"

#include <QFile>
#include <QFileInfo>

using namespace jixiao::storage;
using namespace jixiao::draftfiles;

namespace jixiao {

std::unique_ptr<Draft> Draft::open(const QString &path, Filing *filing, OpenInfo *info, QString *error)
{
    return open(path, filing, info, error, OpenOptions());
}

std::unique_ptr<Draft> Draft::open(
    const QString &path, Filing *filing, OpenInfo *info, QString *error, const OpenOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    OpenInfo localInfo;
    if (!info)
        info = &localInfo;
    *info = OpenInfo();
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    const QString name = displayName(abs);
    if (!files::checkInput(abs, error))
        return nullptr;
    // Read a copy instead: where SQLite cannot open the file (too long a
    // path), and where reading it would create files beside it (a WAL header:
    // a copy of a draft taken while it was open, on read-only media too).
    auto openCopy = [&](const QString &reason) -> std::unique_ptr<Draft> {
        auto temp = std::make_unique<QTemporaryDir>();
        const QString copy = temp->filePath(QStringLiteral("draft.jixiao"));
        if (!temp->isValid() || !QFile::copy(abs, copy)) {
            *error = tr("Cannot read “%1”: a temporary copy could not be made.").arg(name);
            return nullptr;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // The copy is ours alone: opened for writing, it is read as SQLite
        // would after a normal open (and an older format is migrated there).
        OpenOptions o = options;
        o.readOnly = false;
        QString e;
        std::unique_ptr<Draft> copied = open(copy, filing, info, &e, o);
        if (!copied) {
            *error = e.replace(displayName(copy), name);
            return nullptr;
        }
        copied->d->path = abs;
        copied->d->readOnly = true;
        copied->d->readOnlyReason = reason;
        copied->d->lock.release();
        copied->d->tempCopy = std::move(temp);
        info->readOnly = true;
        info->readOnlyReason = reason;
        return copied;
    };
    if (const QString tooLong = pathTooLong(abs); !tooLong.isEmpty()) {
        if (hotJournal(abs)) {
            *error = tr("“%1” was not closed properly and must be repaired, which is not possible where it is: %2.")
                         .arg(name, tooLong);
            return nullptr;
        }
        return openCopy(options.readOnly ? QString()
                                         : tr("“%1” was opened read-only: changes cannot be saved there (%2). Save it "
                                              "under a shorter path to edit it.")
                                               .arg(name, tooLong));
    }
    const bool journal = hotJournal(abs);
    const QString key = registryKey(abs);
    const bool openHere = OpenDrafts::instance().isOpen(key);
    const bool writerHere = OpenDrafts::instance().hasWriter(key);
    // Open in this process already: checked then, and not to be peeked at.
    if (!openHere && !checkHeader(abs, journal, error))
        return nullptr;
    if (options.readOnly && !journal && !openHere && !DraftLock::isHeldElsewhere(abs) && walHeader(abs))
        return openCopy(QString());

    std::unique_ptr<Draft> draft(new Draft);
    Private &p = *draft->d;
    p.path = abs;

    // Who may write: the file, its folder (the journal lives there), the lock.
    bool readOnly = options.readOnly;
    QString reason;
    const QFileInfo dirInfo(fi.absolutePath());
    if (!readOnly) {
        if (!writable(fi)) {
            readOnly = true;
            reason = tr("“%1” is a read-only file. It was opened read-only: changes cannot be saved to it.").arg(name);
        } else if (!writable(dirInfo)) {
            readOnly = true;
            reason = tr("The folder “%1” cannot be written to. The draft was opened read-only: changes cannot be saved "
                        "to it.")
                         .arg(displayName(dirInfo.absoluteFilePath()));
        } else if (writerHere) {
            readOnly = true;
            reason = tr("“%1” is open for editing in another Jixiao window, or by another user. It was opened "
                        "read-only: changes cannot be saved until it is closed there.")
                         .arg(name);
        } else {
            QString lockError;
            switch (p.lock.acquire(abs, false, &lockError)) {
            case DraftLock::Acquired:
                break;
            case DraftLock::HeldElsewhere:
                readOnly = true;
                reason = tr("“%1” is open for editing in another Jixiao window, or by another user. It was opened "
                            "read-only: changes cannot be saved until it is closed there.")
                             .arg(name);
                break;
            case DraftLock::CannotOpen:
                readOnly = true;
                reason = tr("“%1” cannot be opened for writing (%2). It was opened read-only.").arg(name, lockError);
                break;
            }
        }
    }
    // A crash left a journal: only a writing connection can roll it back. Do
    // that even for a read-only request when nothing else stands in the way.
    bool writeConnection = !readOnly;
    // A journal or log while another process has the draft open for writing
    // is its live work, which SQLite lets a reader share; with no writer it
    // is what a crash left, which only a writing connection can recover.
    const bool needsRepair = journal && !p.lock.isHeld() && !writerHere && !DraftLock::isHeldElsewhere(abs);
    if (readOnly && needsRepair && reason.isEmpty() && writable(fi) && writable(dirInfo)
        && p.lock.acquire(abs, false, nullptr) == DraftLock::Acquired)
        writeConnection = true;
    if (readOnly && needsRepair && !writeConnection) {
        *error = tr("“%1” was not closed properly and must be repaired, which needs it opened for editing: %2")
                     .arg(name, reason.isEmpty() ? tr("it is open elsewhere") : reason);
        return nullptr;
    }

    QString e;
    if (!p.connect(abs, !writeConnection, &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    p.registerOpen(abs, writeConnection && !readOnly);
    if (!p.sql->exec(QStringLiteral("PRAGMA trusted_schema = OFF"), &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    qint64 appId = 0, version = 0;
    if (!p.pragmaInt(QStringLiteral("application_id"), &appId, &e)
        || !p.pragmaInt(QStringLiteral("user_version"), &version, &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (appId != ApplicationId) {
        *error = tr("“%1” is a database of another application, not a Jixiao draft.").arg(name);
        return nullptr;
    }
    const int current = options.schemaVersion > 0 ? options.schemaVersion : SchemaVersion;
    const QList<MigrationStep> &steps = options.migrations ? *options.migrations : builtinMigrations();
    // A newer draft whose versions since ours only added opens: what this
    // version does not know, it leaves alone (each filing says whether it
    // needs more; FilingSql::load refuses it then).
    bool newer = false;
    if (version > current) {
        QSqlQuery q(p.db);
        newer
            = q.exec(QStringLiteral("SELECT value FROM jixiao_meta WHERE key = '%1'").arg(QLatin1String(ReadableByKey)))
            && q.next() && q.value(0).toInt() >= 1 && q.value(0).toInt() <= current;
    }
    if (version > current && !newer) {
        *error = tr("“%1” was saved by a newer version of Jixiao (file format %2; this version reads up to %3). "
                    "Update Jixiao to open it. The file was not changed.")
                     .arg(name)
                     .arg(version)
                     .arg(current);
        return nullptr;
    }
    if (version < 1) {
        *error = tr("“%1” is incomplete: it was never saved completely (no file format version).").arg(name);
        return nullptr;
    }

    // Everything in the file must be ours: a trigger or view would run (or
    // hide) code of somebody else whenever Jixiao reads or writes.
    {
        QStringList allowed = knownTables() + knownIndexes();
        for (const MigrationStep &s : steps)
            allowed += s.createsObjects;
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
            *error = tr("Cannot open “%1”: %2").arg(name, describeError(q.lastError(), Dialect::Sqlite));
            return nullptr;
        }
        QStringList foreign;
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString object = q.value(1).toString();
            const bool ok = (type == QLatin1String("table") || type == QLatin1String("index"))
                && (newer || allowed.contains(object) || object.startsWith(QLatin1String("sqlite_autoindex_"))
                    || object == QLatin1String("sqlite_stat1"));
            if (!ok)
                foreign.append(type + QLatin1Char(' ') + object);
        }
        if (!foreign.isEmpty()) {
            *error = tr("“%1” holds database objects that Jixiao did not create (%2). It may have been altered by "
                        "another program, so it was not opened. The file was not changed.")
                         .arg(name, foreign.join(QStringLiteral(", ")));
            return nullptr;
        }
    }
    {
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            const QString what
                = q.lastError().isValid() ? describeError(q.lastError(), Dialect::Sqlite) : q.value(0).toString();
            *error = tr("“%1” is damaged (%2). Open a backup copy instead. The file was not changed.").arg(name, what);
            return nullptr;
        }
    }

    if (version < current) {
        if (!writeConnection || readOnly) {
            // Read an older draft we may not change: migrate a copy instead.
            p.close();
            auto temp = std::make_unique<QTemporaryDir>();
            const QString copy = temp->filePath(QStringLiteral("draft.jixiao"));
            if (!temp->isValid() || !QFile::copy(abs, copy)) {
                *error = tr("Cannot read “%1”: its older file format needs a temporary copy, which could not be made.")
                             .arg(name);
                return nullptr;
            }
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            OpenOptions o = options;
            o.readOnly = false;
            OpenInfo ignoredInfo;
            Filing f;
            std::unique_ptr<Draft> migrated = open(copy, &f, &ignoredInfo, error, o);
            if (!migrated)
                return nullptr;
            migrated->d->path = abs;
            migrated->d->readOnly = true;
            migrated->d->readOnlyReason = reason;
            migrated->d->lock.release();
            migrated->d->tempCopy = std::move(temp);
            info->readOnly = true;
            info->readOnlyReason = reason;
            *filing = f;
            return migrated;
        }
        // Keep the original beside it, byte for byte, before the first step.
        const QString backup = backupName(abs, int(version));
        if (!QFile::copy(abs, backup)) {
            *error = tr("“%1” has an older file format and must be updated, but the backup copy “%2” could not be "
                        "written first. The file was not changed.")
                         .arg(name, displayName(backup));
            return nullptr;
        }
        info->backupPath = backup;
        if (!p.writableSettings(0, &e)) {
            *error = tr("Cannot open “%1”: %2").arg(name, e);
            return nullptr;
        }
        for (int v = int(version); v < current; ++v) {
            const MigrationStep *step = nullptr;
            for (const MigrationStep &s : steps)
                if (s.from == v)
                    step = &s;
            QString stepError;
            const bool ok = step && p.sql->begin(true, &stepError) && step->apply(*p.sql, &stepError)
                && recordLowestReader(*p.sql, v + 1, steps, &stepError)
                && p.sql->exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &stepError)
                && p.sql->commit(&stepError);
            if (!ok) {
                if (step)
                    p.sql->rollback();
                else
                    stepError = tr("this version does not know how to update file format %1").arg(v);
                *error = tr("“%1” could not be updated from file format %2 to %3: %4. It keeps file format %2; the "
                            "original is also kept as “%5”.")
                             .arg(name)
                             .arg(v)
                             .arg(v + 1)
                             .arg(stepError, displayName(backup));
                return nullptr;
            }
        }
        info->migrated = true;
    }

    if (writeConnection) {
        if (!p.writableSettings(options.maxPageCount, &e)) {
            *error = tr("Cannot open “%1”: %2").arg(name, e);
            return nullptr;
        }
        // A crash can leave a journal that was never filled (not "hot", so
        // SQLite keeps it). Under the write lock nobody else is writing: it is
        // stale, and would be a side file after closing.
        const QString journalPath = abs + QStringLiteral("-journal");
        if (QFileInfo::exists(journalPath) && p.sql->begin(true, &e)) {
            QFile::remove(journalPath);
            p.sql->rollback();
        }
    }
    if (readOnly && !p.sql->exec(QStringLiteral("PRAGMA query_only = 1"), &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (readOnly)
        p.lock.release(); // held only to repair a journal

    // The one filing of the draft, read as one snapshot.
    RevisionInfo rev;
    Filing loaded;
    {
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("SELECT id FROM filing")) || !q.next()) {
            *error = tr("“%1” is damaged: it holds no filing.").arg(name);
            return nullptr;
        }
        p.filingId = q.value(0).toLongLong();
        if (q.next()) {
            *error = tr("“%1” is damaged: it holds more than one filing.").arg(name);
            return nullptr;
        }
    }
    if (!p.sql->begin(false, &e) || !p.sql->load(p.filingId, &loaded, &rev, &e) || !p.readOrigin(&e)
        || !p.sql->commit(&e)) {
        p.sql->rollback();
        *error = tr("Cannot read “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (writeConnection) {
        p.validated = true;
        // A repair ends in a self-contained file; an editor's first save
        // enters WAL (saves are slower without it, not less safe).
        p.leaveWalOnClose = readOnly;
        p.walPending = !readOnly;
    }
    p.revision = rev.revision;
    p.saved = loaded;
    p.readOnly = readOnly;
    p.readOnlyReason = reason;
    info->readOnly = readOnly;
    info->readOnlyReason = reason;
    *filing = loaded;
    return draft;
}

} // namespace jixiao
