// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The state of an open draft, shared by draft.cpp (creating, saving) and
// draftopen.cpp (opening: locking, checking, migrating, reading).
#include "draft.h"
#include "draftfiles.h"
#include "files/draftlock.h"
#include "networkpath.h"
#include "schema.h"
#include "sqlfiling.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace jixiao {

struct Draft::Private
{
    static QString newConnectionName()
    {
        static QAtomicInteger<quint64> counter;
        return QStringLiteral("jixiao-draft-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    QString path;
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<storage::FilingSql> sql;
    files::DraftLock lock;
    bool readOnly = false;
    QString readOnlyReason;
    qint64 filingId = 1;
    qint64 revision = 0;
    Filing saved;
    int lastRows = 0;
    std::optional<Origin> origin;
    std::unique_ptr<QTemporaryDir> tempCopy; // a read-only draft of an older schema, migrated in a copy
    bool writeConnection = false;
    QString registered; // key in OpenDrafts while the connection is open
    bool registeredAsWriter = false;
    bool validated = false; // ours and readable: only then may close() touch the journal mode
    // The journal mode is switched only for a write (or a repair): a draft
    // opened and closed without a save stays byte for byte as it was.
    bool walPending = false;
    bool leaveWalOnClose = false;

    ~Private() { close(); }

    void close()
    {
        if (sql)
            sql->clear();
        if (writeConnection && validated && leaveWalOnClose && db.isOpen()) {
            // Back to a rollback journal: checkpoints the log and removes it,
            // so the closed draft is one self-contained file again.
            QSqlQuery q(db);
            // Nothing is lost if this fails (the log is checkpointed at the next
            // open), but the -wal file then stays beside the draft: say so.
            if (!q.exec(QStringLiteral("PRAGMA query_only = 0"))
                || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                qWarning("jixiao: closing %s left its write-ahead log beside it: %s", qUtf8Printable(path),
                    qUtf8Printable(q.lastError().text()));
        }
        sql.reset();
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
        lock.release();
        if (!registered.isEmpty())
            draftfiles::OpenDrafts::instance().remove(registered, registeredAsWriter);
        registered.clear();
    }

    void registerOpen(const QString &path, bool writer)
    {
        registered = draftfiles::registryKey(path);
        registeredAsWriter = writer;
        draftfiles::OpenDrafts::instance().add(registered, writer);
    }

    bool connect(const QString &file, bool readOnlyConnection, QString *error)
    {
        connection = newConnectionName();
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            *error = Draft::tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).");
            return false;
        }
        db.setDatabaseName(file);
        db.setConnectOptions(readOnlyConnection ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = storage::describeError(db.lastError(), storage::Dialect::Sqlite);
            return false;
        }
        sql = std::make_unique<storage::FilingSql>(db, storage::Dialect::Sqlite);
        return true;
    }

    bool pragmaInt(const QString &name, qint64 *value, QString *error)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
            *error = storage::describeError(q.lastError(), storage::Dialect::Sqlite);
            return false;
        }
        *value = q.value(0).toLongLong();
        return true;
    }

    bool writableSettings(qint64 maxPageCount, QString *error)
    {
        writeConnection = true;
        for (const QString &p : {QStringLiteral("PRAGMA synchronous = FULL"),
                 QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF")})
            if (!sql->exec(p, error))
                return false;
        if (maxPageCount > 0 && !sql->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPageCount), error))
            return false;
        return true;
    }

    // While open for writing: a write-ahead log synced at every commit (one
    // fsync per save, durable through a power cut). close() turns the file
    // back to a rollback journal, so at rest it is one self-contained file
    // that opens anywhere, even read-only in a read-only folder.
    // On a file server there is no shared memory for the log's index:
    // there the draft keeps a rollback journal (which a crash also leaves
    // safe, only saves take two syncs).
    bool enterWal(QString *error)
    {
        validated = true;
        walPending = false;
        if (storage::isOnNetworkFileSystem(path))
            return sql->exec(QStringLiteral("PRAGMA journal_mode = DELETE"), error);
        leaveWalOnClose = true;
        // Reading once opens the log's index now, so that this connection,
        // not a passing reader, is the last to close it and removes it.
        return sql->exec(QStringLiteral("PRAGMA journal_mode = WAL"), error)
            && sql->exec(QStringLiteral("SELECT count(*) FROM jixiao_meta"), error);
    }

    bool readOrigin(QString *error)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM jixiao_meta WHERE key LIKE 'origin.%'"))) {
            *error = storage::describeError(q.lastError(), storage::Dialect::Sqlite);
            return false;
        }
        Origin o;
        int found = 0;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == QLatin1String("origin.uri"))
                o.uri = value, ++found;
            else if (key == QLatin1String("origin.id"))
                o.filingId = value.toLongLong(), ++found;
            else if (key == QLatin1String("origin.revision"))
                o.revision = value.toLongLong(), ++found;
            else if (key == QLatin1String("origin.store"))
                o.store = value;
        }
        origin = found == 3 ? std::optional<Origin>(o) : std::nullopt;
        return true;
    }
};

} // namespace jixiao
