// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jixiao {
struct ListInfo;
}

// The normalised schema of a filing, written once for both SQLite (a draft,
// one filing) and PostgreSQL (the shared store, many filings). Amounts are
// exact integers of millionths of the filing's unit; NULL is an empty cell or
// an absent optional field. The tables of the lists and their columns are
// derived from the list tree and the field tables (model/listtree.h,
// model/fields.h): a new field is a new column here without an edit.
namespace jixiao::storage {

enum class Dialect { Sqlite, Postgres };

// PRAGMA application_id of a draft: "JIXO" (core/files recognises drafts by it).
constexpr qint32 ApplicationId = qint32(files::DraftApplicationId);

// The schema this build writes. Version 1 is the first release; every later
// version adds a MigrationStep (migration.h) and a fixture in tests/fixtures/.
// 2: the project forms (tables project, project_indicator; the indicators'
// mid_term_value; the filing's projects_complete and readable_by).
constexpr int SchemaVersion = 2;

// A column: its name and its SQL type and constraints, with the placeholders
// {ID}, {REF} and {MONEY} for what differs between the databases.
struct Column
{
    QString name;
    QString definition; // "TEXT NOT NULL"
    QString addDefault; // the value existing rows get when a migration adds it ("''"), or ""
    // ALTER TABLE table ADD COLUMN …
    QString addStatement(const QString &table, Dialect dialect) const;
};

struct Table
{
    QString name;
    QList<Column> columns;
    QStringList constraints; // PRIMARY KEY (…), FOREIGN KEY (…)
    QString createStatement(Dialect dialect) const;
};

// The current schema's tables, in dependency order.
const QList<Table> &tables();
// The filing table's own values before the header's, overview's and budget's
// fields (which the field tables give), and the ones later versions added
// after them; both without id.
QList<Column> filingOwnColumns();
QList<Column> filingLaterColumns();
// The columns holding the positions of the rows that enclose a row of
// `list`: {"fund_position", "direction_position"} for a direction's details.
QStringList listKeyColumns(const ListInfo &list);
// CREATE INDEX IF NOT EXISTS … of the current schema.
QStringList indexStatements();

// CREATE statements of the current schema for one dialect, in dependency order.
QStringList createStatements(Dialect dialect);

// Names of the tables and indexes this build creates (any version), so that a
// draft holding anything else (a view, a trigger, a table of another program)
// is recognised as not ours.
const QStringList &knownTables();
const QStringList &knownIndexes();

} // namespace jixiao::storage
