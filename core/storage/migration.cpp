// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

#include "schema.h"
#include "sqlfiling.h"

#include <QSqlQuery>

namespace jixiao::storage {

namespace {

// The columns `table` has in the database (none: it does not exist).
bool existingColumns(FilingSql &sql, const QString &table, QStringList *out, QString *error)
{
    QSqlQuery q(sql.database());
    q.prepare(sql.dialect() == Dialect::Sqlite
            ? QStringLiteral("SELECT name FROM pragma_table_info(?)")
            : QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ?"));
    q.bindValue(0, table);
    if (!q.exec()) {
        if (error)
            *error = describeError(q.lastError(), sql.dialect());
        return false;
    }
    out->clear();
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

} // namespace

bool addMissingSchema(FilingSql &sql, QString *error)
{
    for (const Table &t : tables()) {
        QStringList have;
        if (!existingColumns(sql, t.name, &have, error))
            return false;
        if (have.isEmpty()) {
            if (!sql.exec(t.createStatement(sql.dialect()), error))
                return false;
            continue;
        }
        for (const Column &c : t.columns)
            if (!have.contains(c.name) && !sql.exec(c.addStatement(t.name, sql.dialect()), error))
                return false;
    }
    for (const QString &s : indexStatements())
        if (!sql.exec(s, error))
            return false;
    return true;
}

MigrationStep additiveStep(int from)
{
    MigrationStep s;
    s.from = from;
    s.apply = addMissingSchema;
    s.additive = true;
    return s;
}

const QList<MigrationStep> &builtinMigrations()
{
    // 1 → 2: the project forms (their tables, the indicators' mid_term_value,
    // the filing's projects_complete and readable_by).
    static const QList<MigrationStep> steps {additiveStep(1)};
    return steps;
}

int lowestSchemaReader(int version, const QList<MigrationStep> &steps)
{
    int v = version;
    for (bool back = true; back && v > 1;) {
        back = false;
        for (const MigrationStep &s : steps)
            if (s.from == v - 1 && s.additive)
                back = true;
        if (back)
            --v;
    }
    return v;
}

bool recordLowestReader(FilingSql &sql, int version, const QList<MigrationStep> &steps, QString *error)
{
    return sql.exec(QStringLiteral("DELETE FROM jixiao_meta WHERE key = '%1'").arg(QLatin1String(ReadableByKey)), error)
        && sql.exec(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('%1', '%2')")
                        .arg(QLatin1String(ReadableByKey))
                        .arg(lowestSchemaReader(version, steps)),
            error);
}

} // namespace jixiao::storage
