// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace jixiao {

namespace storage {
struct MigrationStep;
}

// A draft: one filing in one SQLite file (.jixiao) in the normalised schema
// (storage/schema.h). Every save is one transaction that writes only what
// changed, so a crash at any instant leaves the last saved state. While a
// Draft is open for writing it holds a lock that other processes (and other
// users on a shared folder) see: they open it read-only with a notice. When it
// is closed, everything is in the one file.
//
// The editor calls save(filing) after every committed change, before it
// handles the next key; a save with nothing changed writes nothing.
class Draft
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::Draft)

public:
    struct OpenOptions
    {
        bool readOnly = false;
        // Tests only: simulate a full disk (PRAGMA max_page_count), and a
        // schema history other than the built-in one.
        qint64 maxPageCount = 0;
        int schemaVersion = 0; // 0 = this build's
        const QList<storage::MigrationStep> *migrations = nullptr;
    };
    struct OpenInfo
    {
        bool readOnly = false;
        // Why it is read-only, translated: locked by another process or user,
        // a read-only file or folder. Empty when read-only was asked for.
        QString readOnlyReason;
        bool migrated = false; // an older schema was updated …
        QString backupPath; // … after keeping this copy of the original
    };
    // Where a draft pulled from the shared store came from.
    struct Origin
    {
        QString uri; // without password
        qint64 filingId = 0;
        qint64 revision = 0;
        QString store; // SharedStore::identity(); empty in drafts of older versions
        bool operator==(const Origin &) const = default;
    };

    // Creates a new draft; refuses to overwrite an existing file.
    static std::unique_ptr<Draft> create(const QString &path, const Filing &filing, QString *error);
    static std::unique_ptr<Draft> open(
        const QString &path, Filing *filing, OpenInfo *info, QString *error, const OpenOptions &options);
    // (A default argument of a nested type is not allowed inside its class.)
    static std::unique_ptr<Draft> open(const QString &path, Filing *filing, OpenInfo *info, QString *error);
    ~Draft();
    Draft(const Draft &) = delete;
    Draft &operator=(const Draft &) = delete;

    bool isReadOnly() const;
    QString readOnlyReason() const;
    QString path() const;
    // Increases with every save that changed something.
    qint64 revision() const;
    // The filing as last saved (or opened).
    Filing savedFiling() const;

    // Writes what changed since the last save/open in one transaction.
    // Refuses on a read-only draft. On failure (disk full, permissions) the
    // file keeps its previous content and the message says so.
    bool save(const Filing &filing, QString *error);
    // Copies everything saved into the draft file itself (a WAL checkpoint),
    // so that the file alone, copied or mailed, holds the latest content.
    // False, with a message, when that cannot be done now (another program
    // is reading the draft, the disk is full); nothing is lost then: the
    // changes stay in the "-wal" file beside it until the next open.
    bool checkpoint(QString *error);
    // Rows written by the last save (a single edited cell: 2).
    int lastSaveRowCount() const;

    std::optional<Origin> origin() const;
    bool setOrigin(const std::optional<Origin> &origin, QString *error);

    // Checks that a file has the look of a draft (SQLite header, our
    // application id, complete) without opening it.
    static bool looksLikeDraft(const QString &path);
    // SQLite keeps a draft only at a path of at most this many bytes (its
    // 512, less the "-journal" it adds); why `path` is too long, or empty.
    static constexpr int MaxPathBytes = 504;
    static QString pathTooLong(const QString &path);
    // True while some process has the draft open for writing.
    static bool isOpenElsewhere(const QString &path);

private:
    Draft();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jixiao
