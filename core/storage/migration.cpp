// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

namespace jixiao::storage {

const QList<MigrationStep> &builtinMigrations()
{
    static const QList<MigrationStep> steps {};
    return steps;
}

} // namespace jixiao::storage
