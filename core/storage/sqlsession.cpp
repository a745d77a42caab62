// SPDX-License-Identifier: GPL-3.0-or-later
// FilingSql's session: the database's errors in words a user understands,
// prepared statements kept for reuse, transactions.
#include "sqlfiling.h"

#include <QSqlQuery>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace jixiao::storage {

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

QString describeError(const QSqlError &error, Dialect dialect)
{
    const QString detail = error.text().trimmed();
    QString message;
    if (dialect == Dialect::Sqlite) {
        switch (sqliteCode(error) & 0xff) {
        case 13: // SQLITE_FULL
            message = StorageText::tr("The disk is full (or the file reached its size limit).");
            break;
        case 8: // SQLITE_READONLY
            message = StorageText::tr("The file cannot be written to (it is read-only).");
            break;
        case 3: // SQLITE_PERM
        case 23: // SQLITE_AUTH
            message = StorageText::tr("Permission to write the file was denied.");
            break;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            message = StorageText::tr("The file is busy in another program; try again in a moment.");
            break;
        case 10: // SQLITE_IOERR
            message = StorageText::tr("The disk reported an error while reading or writing the file.");
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            message = StorageText::tr("The file is damaged.");
            break;
        case 14: // SQLITE_CANTOPEN
            message = StorageText::tr("The file cannot be opened (check that it exists and that you may read it).");
            break;
        default:
            message = StorageText::tr("The database reported an error.");
            break;
        }
    } else {
        if (error.type() == QSqlError::ConnectionError)
            message = StorageText::tr("Cannot connect to the shared store.");
        else
            message = StorageText::tr("The shared store reported an error.");
    }
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString currentUserTag()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
#if defined(Q_OS_UNIX)
    if (user.isEmpty())
        if (const struct passwd *pw = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (user.isEmpty())
        user = QStringLiteral("?");
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

FilingSql::FilingSql(const QSqlDatabase &db, Dialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{ }

FilingSql::~FilingSql() = default;

void FilingSql::clear()
{
    m_statements.clear();
}

QSqlQuery *FilingSql::prepare(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        if (error)
            *error = describeError(q->lastError(), m_dialect);
        return nullptr;
    }
    QSqlQuery *raw = q.get();
    m_statements.emplace(sql, std::move(q));
    return raw;
}

bool FilingSql::run(QSqlQuery *q, QString *error)
{
    if (!q->exec()) {
        if (error)
            *error = describeError(q->lastError(), m_dialect);
        q->finish();
        return false;
    }
    if (!q->isSelect()) {
        const int n = q->numRowsAffected();
        m_rows += n > 0 ? n : 0;
    }
    return true;
}

bool FilingSql::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = describeError(q.lastError(), m_dialect);
        return false;
    }
    return true;
}

bool FilingSql::begin(bool write, QString *error)
{
    if (m_dialect == Dialect::Sqlite)
        return exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    return exec(
        write ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), error);
}

bool FilingSql::commit(QString *error)
{
    return exec(QStringLiteral("COMMIT"), error);
}

void FilingSql::rollback()
{
    for (auto &[sql, q] : m_statements)
        q->finish();
    exec(QStringLiteral("ROLLBACK"), nullptr);
}

} // namespace jixiao::storage
