// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"
#include "schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

namespace jixiao {
struct ListInfo;
}

// Reading and writing one filing in the normalised schema, on either database.
// Used by Draft (SQLite) and SharedFiling (PostgreSQL); not by the UI.
namespace jixiao::storage {

// Translation context of the storage messages: StorageText::tr("…").
class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::Storage)
};

// A message a user understands for a failed statement (disk full, read-only,
// busy, damaged, connection lost, …), with the database's own text appended.
QString describeError(const QSqlError &error, Dialect dialect);
// SQLite's primary result code of an error (13 = SQLITE_FULL), or -1.
int sqliteCode(const QSqlError &error);

struct RevisionInfo
{
    qint64 revision = 0;
    QString updatedAt; // ISO 8601, UTC
    QString updatedBy; // user@host
};

// "user@host" of this process, as written into updated_by.
QString currentUserTag();

class FilingSql
{
public:
    FilingSql(const QSqlDatabase &db, Dialect dialect);
    ~FilingSql();
    FilingSql(const FilingSql &) = delete;
    FilingSql &operator=(const FilingSql &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase database() const { return m_db; }

    bool exec(const QString &sql, QString *error);
    // BEGIN (IMMEDIATE on SQLite for writes; a consistent snapshot on PostgreSQL for reads).
    bool begin(bool write, QString *error);
    bool commit(QString *error);
    void rollback();

    // Reads the whole filing. Checks what a damaged or tampered database could
    // hold (positions with gaps, amounts that are not integers, unknown units).
    bool load(qint64 id, Filing *out, RevisionInfo *revision, QString *error);
    bool readRevision(qint64 id, RevisionInfo *revision, bool forUpdate, QString *error);

    // Inserts a new filing at revision 1; *id receives its key.
    bool insert(const Filing &filing, qint64 *id, QString *error);
    // Writes only the rows that differ between `old` (what the database holds)
    // and `now`, then sets the filing row and its revision.
    bool update(qint64 id, const Filing &old, const Filing &now, qint64 newRevision, QString *error);
    bool remove(qint64 id, QString *error);

    // Rows inserted, updated or deleted since the last reset.
    int rowsWritten() const { return m_rows; }
    void resetRowsWritten() { m_rows = 0; }

    // Drops the prepared statements (before the connection closes).
    void clear();

private:
    QSqlQuery *prepare(const QString &sql, QString *error);
    bool run(QSqlQuery *q, QString *error);
    // Runs `sql`, a SELECT from the filing table WHERE id = ?, for `id`: the
    // query on its row, or nullptr (and the error) when it has none.
    QSqlQuery *filingRow(const QString &sql, qint64 id, QString *error);
    bool writeFilingRow(qint64 id, const Filing &f, qint64 revision, bool insert, qint64 *newId, QString *error);
    // Reads every row of one kind of list, each into the list `target`
    // returns for its enclosing positions (nullptr: no such row).
    template<typename R, typename TargetFn>
    bool loadList(qint64 id, const ListInfo &list, TargetFn target, QString *error);
    // Writes the rows of one list (under the enclosing `parents` positions)
    // that differ between `a` and `b`; removed rows go with their own rows.
    template<typename R>
    bool writeRows(qint64 id, const ListInfo &list, const QList<int> &parents, const QList<R> &a, const QList<R> &b,
        QString *error);
    // Writes list L's rows under `parents` and, where they differ, their own lists'.
    template<typename L>
    bool writeList(qint64 id, QList<int> &parents, const QList<typename L::Row> &a, const QList<typename L::Row> &b,
        QString *error);
    bool deleteTail(const QString &table, qint64 id, const QList<QPair<QString, int>> &keys, const QString &column,
        int from, QString *error);

    QSqlDatabase m_db;
    Dialect m_dialect;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_rows = 0;
};

} // namespace jixiao::storage
