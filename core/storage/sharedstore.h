// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

// The shared store: many filings in one PostgreSQL database (Qt's QPSQL
// driver), in the same normalised schema as a draft. Selected by a URI
// "postgresql://user@host:port/db"; the password comes from libpq's usual
// sources (PGPASSWORD, ~/.pgpass) and is never stored by Jixiao.
//
// Every filing has a revision. A save names the revision it started from and
// is refused with a conflict when somebody saved in between, so two users
// never silently overwrite each other.
namespace jixiao {

struct PgConnectionParams
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password; // only if written in the URI; never stored
    QStringList options; // libpq options from the query string: sslmode=require, …
};

struct SaveConflict
{
    qint64 filingId = 0;
    qint64 yourRevision = 0;
    qint64 theirRevision = 0;
    QString updatedBy;
    QString updatedAt;
    QString message; // translated: what the user is told
};

class SharedFiling;

class SharedStore
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::SharedStore)

public:
    struct Entry
    {
        qint64 id = 0;
        int fiscalYear = 0;
        QString department;
        qint64 revision = 0;
        QString updatedAt;
        QString updatedBy;
    };

    static bool parseUri(const QString &uri, PgConnectionParams *params, QString *error);
    // The address without its password, for messages and a draft's origin;
    // whatever its shape (no scheme, "postgresql:/…", key=value conninfo),
    // the password never shows.
    static QString redactedUri(const QString &uri);

    // Connects and creates the schema in an empty database (safely when many
    // connect at once). Refuses a database of a newer schema.
    static std::unique_ptr<SharedStore> connect(const QString &uri, QString *error);
    ~SharedStore();
    SharedStore(const SharedStore &) = delete;
    SharedStore &operator=(const SharedStore &) = delete;

    QString uri() const; // redacted
    // Which database this is, whatever the address's spelling (127.0.0.1 or
    // localhost, options): the server's system identifier and the database's
    // oid and name. Empty if the server does not say.
    QString identity() const;

    bool list(QList<Entry> *entries, QString *error);
    bool insert(const Filing &filing, qint64 *id, QString *error);
    bool remove(qint64 id, QString *error);
    // Opens a filing for editing: remembers its revision for save().
    std::unique_ptr<SharedFiling> open(qint64 id, Filing *filing, QString *error);

private:
    friend class SharedFiling;
    SharedStore();
    struct Private;
    std::shared_ptr<Private> d;
};

// One filing of the shared store being edited.
class SharedFiling
{
public:
    enum SaveResult { Saved, Conflict, Failed };

    ~SharedFiling();
    qint64 id() const;
    qint64 revision() const;
    Filing savedFiling() const;

    // Writes what changed since the last save/open/reload, in one
    // transaction, if the stored revision is still the one this copy started
    // from; otherwise nothing is written and *conflict says who saved.
    SaveResult save(const Filing &filing, QString *error, SaveConflict *conflict = nullptr);
    // Takes the stored state (after a conflict: theirs).
    bool reload(Filing *filing, QString *error);
    int lastSaveRowCount() const;

private:
    friend class SharedStore;
    SharedFiling();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jixiao
