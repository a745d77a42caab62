// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"

#include <QList>
#include <QString>
#include <QStringList>

// The normalised schema of a filing, written once for both SQLite (a draft,
// one filing) and PostgreSQL (the shared store, many filings). Amounts are
// exact integers of millionths of the filing's unit; NULL is an empty cell or
// an absent optional field.
namespace jixiao::storage {

enum class Dialect { Sqlite, Postgres };

// PRAGMA application_id of a draft: "JIXO" (core/files recognises drafts by it).
constexpr qint32 ApplicationId = qint32(files::DraftApplicationId);

// The schema this build writes. Version 1 is the first release; every later
// version adds a MigrationStep (migration.h) and a fixture in tests/fixtures/.
constexpr int SchemaVersion = 1;

// CREATE statements of the current schema for one dialect, in dependency order.
QStringList createStatements(Dialect dialect);

// Names of the tables and indexes this build creates (any version), so that a
// draft holding anything else (a view, a trigger, a table of another program)
// is recognised as not ours.
const QStringList &knownTables();
const QStringList &knownIndexes();

} // namespace jixiao::storage
