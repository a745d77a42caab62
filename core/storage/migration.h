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
};

// The released schema's steps. Empty while version 1 (the first release) is
// the only version; every later version appends its step here and a fixture
// file of the version it leaves behind to tests/fixtures/.
const QList<MigrationStep> &builtinMigrations();

} // namespace jixiao::storage
