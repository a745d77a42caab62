// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>

namespace jixiao::storage {

class FilingSql;

// One step of the schema's history: from version `from` to `from + 1`. Each
// step runs in its own transaction together with the new user_version, so a
// failure leaves the file at the last completed version.
struct MigrationStep
{
    int from = 0;
    QStringList createsObjects; // tables and indexes the step adds
    std::function<bool(FilingSql &sql, QString *error)> apply;
    // Only adds (nullable or defaulted columns, tables, indexes): a program
    // of schema `from` can still read and write a database of `from + 1`,
    // since what it does not know it does not touch. Whether a filing in it
    // needs more is recorded per filing (formatVersionNeeded()).
    bool additive = false;
};

// The released schema's steps; every later version appends its step here and
// a fixture file of the version it leaves behind to tests/fixtures/.
const QList<MigrationStep> &builtinMigrations();

// A step for an additive version: adds what the current schema (schema.h,
// derived from the field tables) has and the database lacks — tables,
// columns (existing rows get the column's empty value), indexes. A new field
// or list is then SchemaVersion + 1 and one line appending this step.
MigrationStep additiveStep(int from);
bool addMissingSchema(FilingSql &sql, QString *error);

// The lowest schema version whose programs can use a database of `version`
// (the version before the additive steps leading to it).
int lowestSchemaReader(int version, const QList<MigrationStep> &steps);

// The jixiao_meta key holding lowestSchemaReader() of the database's version.
inline constexpr const char ReadableByKey[] = "readable_by_schema";
// Sets it for a database now at `version`.
bool recordLowestReader(FilingSql &sql, int version, const QList<MigrationStep> &steps, QString *error);

} // namespace jixiao::storage
