// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedstore.h"

#include "migration.h"
#include "schema.h"
#include "sqlfiling.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace jixiao::storage;

namespace jixiao {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("jixiao-shared-%1").arg(counter.fetchAndAddRelaxed(1));
}

// pg_advisory_xact_lock key: creating the schema is serialised between
// everybody who connects to an empty database at the same moment.
constexpr qint64 SchemaLockKey = 0x4A49584F;

} // namespace

struct SharedStore::Private
{
    QString uri;
    QString identity;
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<FilingSql> sql;

    ~Private()
    {
        if (sql)
            sql->clear();
        sql.reset();
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
    }

    bool ensureSchema(QString *error)
    {
        QString e;
        auto fail = [&](const QString &why) {
            sql->rollback();
            *error = why;
            return false;
        };
        if (!sql->begin(true, &e)
            || !sql->exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), &e))
            return fail(e);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT to_regclass('jixiao_meta') IS NOT NULL")) || !q.next())
            return fail(describeError(q.lastError(), Dialect::Postgres));
        const bool exists = q.value(0).toBool();
        q.finish();
        if (!exists) {
            for (const QString &s : createStatements(Dialect::Postgres))
                if (!sql->exec(s, &e))
                    return fail(e);
            if (!sql->exec(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('application', 'jixiao'), "
                                          "('schema_version', '%1')")
                               .arg(SchemaVersion),
                    &e)
                || !recordLowestReader(*sql, SchemaVersion, builtinMigrations(), &e))
                return fail(e);
        } else {
            if (!q.exec(QStringLiteral("SELECT key, value FROM jixiao_meta WHERE key IN ('application', "
                                       "'schema_version', '%1')")
                            .arg(QLatin1String(ReadableByKey))))
                return fail(describeError(q.lastError(), Dialect::Postgres));
            QString application;
            int version = 0;
            int readableBy = 0;
            while (q.next()) {
                if (q.value(0).toString() == QLatin1String("application"))
                    application = q.value(1).toString();
                else if (q.value(0).toString() == QLatin1String(ReadableByKey))
                    readableBy = q.value(1).toInt();
                else
                    version = q.value(1).toInt();
            }
            q.finish();
            if (application != QLatin1String("jixiao") || version < 1)
                return fail(SharedStore::tr("The database holds a table “jixiao_meta” that Jixiao did not create."));
            // A newer store whose versions since ours only added is used as it
            // is: this version reads and writes what it knows (each filing says
            // whether it needs more; FilingSql::load refuses it then).
            // (The steps below do not run for it.)
            if (version > SchemaVersion && !(readableBy >= 1 && readableBy <= SchemaVersion))
                return fail(SharedStore::tr("The shared store was set up by a newer version of Jixiao (schema %1; this "
                                            "version knows up to %2). Update Jixiao to use it.")
                                .arg(version)
                                .arg(SchemaVersion));
            for (int v = version; v < SchemaVersion; ++v) {
                const MigrationStep *step = nullptr;
                for (const MigrationStep &s : builtinMigrations())
                    if (s.from == v)
                        step = &s;
                if (!step || !step->apply(*sql, &e))
                    return fail(
                        SharedStore::tr("The shared store could not be updated from schema %1: %2").arg(v).arg(e));
                if (!sql->exec(
                        QStringLiteral("UPDATE jixiao_meta SET value = '%1' WHERE key = 'schema_version'").arg(v + 1),
                        &e)
                    || !recordLowestReader(*sql, v + 1, builtinMigrations(), &e))
                    return fail(e);
            }
        }
        if (!sql->commit(&e))
            return fail(e);
        return true;
    }
};

struct SharedFiling::Private
{
    std::shared_ptr<SharedStore::Private> store;
    qint64 id = 0;
    qint64 revision = 0;
    Filing saved;
    int lastRows = 0;
};

bool SharedStore::parseUri(const QString &uri, PgConnectionParams *params, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        if (error)
            *error = tr("“%1” is not a PostgreSQL address. Write it as postgresql://user@host:port/database.")
                         .arg(redactedUri(uri));
        return false;
    }
    PgConnectionParams p;
    p.host = url.host(QUrl::FullyDecoded);
    p.port = url.port(-1);
    p.user = url.userName(QUrl::FullyDecoded);
    p.password = url.password(QUrl::FullyDecoded);
    p.database = url.path(QUrl::FullyDecoded);
    if (p.database.startsWith(QLatin1Char('/')))
        p.database.remove(0, 1);
    if (p.database.isEmpty() || p.database.contains(QLatin1Char('/'))) {
        if (error)
            *error
                = tr("“%1” names no database. Write it as postgresql://user@host:port/database.").arg(redactedUri(uri));
        return false;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.contains(QLatin1Char('=')) || key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))
            || value.contains(QLatin1Char(' '))) {
            if (error)
                *error = tr("The option “%1” of the address cannot be used.").arg(key);
            return false;
        }
        if (key == QLatin1String("password")) {
            p.password = value;
            continue;
        }
        p.options.append(key + QLatin1Char('=') + value);
    }
    *params = p;
    return true;
}

QString SharedStore::redactedUri(const QString &uri)
{
    // A well-formed address: as before, the user and host kept, the password
    // left out (a draft's origin records exactly this).
    QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))) {
        url.setPassword(QString());
        QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("password"))) {
            query.removeAllQueryItems(QStringLiteral("password"));
            url.setQuery(query);
        }
        return url.toString();
    }
    // Any other shape (the scheme forgotten or misspelt, one slash, key=value
    // conninfo): whatever follows "password=" and whatever follows the user's
    // name up to the last "@" are secrets.
    QString text = uri;
    static const QRegularExpression keyValue(QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^\\s&;]*)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(keyValue, QStringLiteral("\\1***"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        // The user's part starts after our scheme (however many slashes) or
        // another one written with slashes; "alice:pw@" is a user, not a scheme.
        static const QRegularExpression schemePrefix(
            QStringLiteral("^(?:postgres(?:ql)?:/*|[A-Za-z][A-Za-z0-9+.-]*:/+)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = schemePrefix.match(text.left(at));
        const qsizetype start = m.hasMatch() ? m.capturedLength() : 0;
        const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
        if (colon >= 0 && colon < at)
            text = text.left(colon + 1) + QStringLiteral("***") + text.mid(at);
    }
    return text;
}

SharedStore::SharedStore()
    : d(std::make_shared<Private>())
{ }

SharedStore::~SharedStore() = default;

QString SharedStore::uri() const
{
    return d->uri;
}

QString SharedStore::identity() const
{
    return d->identity;
}

std::unique_ptr<SharedStore> SharedStore::connect(const QString &uri, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    PgConnectionParams params;
    if (!parseUri(uri, &params, error))
        return nullptr;
    std::unique_ptr<SharedStore> store(new SharedStore);
    Private &p = *store->d;
    p.uri = redactedUri(uri);
    p.connection = newConnectionName();
    p.db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), p.connection);
    if (!p.db.isValid()) {
        *error = tr("The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).");
        return nullptr;
    }
    p.db.setHostName(params.host);
    if (params.port > 0)
        p.db.setPort(params.port);
    p.db.setDatabaseName(params.database);
    p.db.setUserName(params.user);
    if (!params.password.isEmpty())
        p.db.setPassword(params.password);
    QStringList options = params.options;
    if (!std::any_of(options.cbegin(), options.cend(),
            [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options.append(QStringLiteral("connect_timeout=10"));
    options.append(QStringLiteral("application_name=jixiao"));
    p.db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!p.db.open()) {
        *error = tr("Cannot connect to %1: %2").arg(p.uri, p.db.lastError().text().trimmed());
        return nullptr;
    }
    p.sql = std::make_unique<FilingSql>(p.db, Dialect::Postgres);
    QString e;
    if (!p.ensureSchema(&e)) {
        *error = tr("Cannot use %1: %2").arg(p.uri, e);
        return nullptr;
    }
    QSqlQuery q(p.db);
    if (q.exec(QStringLiteral("SELECT (SELECT system_identifier FROM pg_control_system())::text, d.oid::text, "
                              "d.datname FROM pg_database d WHERE d.datname = current_database()"))
        && q.next())
        p.identity = QStringLiteral("postgresql:%1/%2/%3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return store;
}

bool SharedStore::list(QList<Entry> *entries, QString *error)
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, fiscal_year, department_name, revision, updated_at, updated_by FROM filing "
                               "ORDER BY fiscal_year DESC, department_name, id"))) {
        if (error)
            *error = describeError(q.lastError(), Dialect::Postgres);
        return false;
    }
    entries->clear();
    while (q.next())
        entries->append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toString(), q.value(5).toString()});
    return true;
}

bool SharedStore::insert(const Filing &filing, qint64 *id, QString *error)
{
    QString e;
    FilingSql &sql = *d->sql;
    if (!sql.begin(true, &e) || !sql.insert(filing, id, &e) || !sql.commit(&e)) {
        sql.rollback();
        if (error)
            *error = tr("The filing was not stored: %1").arg(e);
        return false;
    }
    return true;
}

bool SharedStore::remove(qint64 id, QString *error)
{
    QString e;
    FilingSql &sql = *d->sql;
    if (!sql.begin(true, &e) || !sql.remove(id, &e) || !sql.commit(&e)) {
        sql.rollback();
        if (error)
            *error = e;
        return false;
    }
    return true;
}

std::unique_ptr<SharedFiling> SharedStore::open(qint64 id, Filing *filing, QString *error)
{
    std::unique_ptr<SharedFiling> f(new SharedFiling);
    f->d->store = d;
    f->d->id = id;
    if (!f->reload(filing, error))
        return nullptr;
    return f;
}

SharedFiling::SharedFiling()
    : d(std::make_unique<Private>())
{ }

SharedFiling::~SharedFiling() = default;

qint64 SharedFiling::id() const
{
    return d->id;
}

qint64 SharedFiling::revision() const
{
    return d->revision;
}

Filing SharedFiling::savedFiling() const
{
    return d->saved;
}

int SharedFiling::lastSaveRowCount() const
{
    return d->lastRows;
}

bool SharedFiling::reload(Filing *filing, QString *error)
{
    FilingSql &sql = *d->store->sql;
    RevisionInfo rev;
    Filing loaded;
    QString e;
    if (!sql.begin(false, &e) || !sql.load(d->id, &loaded, &rev, &e) || !sql.commit(&e)) {
        sql.rollback();
        if (error)
            *error = SharedStore::tr("Cannot read filing %1 from %2: %3").arg(d->id).arg(d->store->uri, e);
        return false;
    }
    d->saved = loaded;
    d->revision = rev.revision;
    *filing = loaded;
    return true;
}

SharedFiling::SaveResult SharedFiling::save(const Filing &filing, QString *error, SaveConflict *conflict)
{
    d->lastRows = 0;
    if (filing == d->saved)
        return Saved;
    FilingSql &sql = *d->store->sql;
    sql.resetRowsWritten();
    QString e;
    RevisionInfo rev;
    if (!sql.begin(true, &e) || !sql.readRevision(d->id, &rev, true, &e)) {
        sql.rollback();
        if (error)
            *error = SharedStore::tr("The change to filing %1 was not saved: %2").arg(d->id).arg(e);
        return Failed;
    }
    if (rev.revision != d->revision) {
        sql.rollback();
        SaveConflict c;
        c.filingId = d->id;
        c.yourRevision = d->revision;
        c.theirRevision = rev.revision;
        c.updatedBy = rev.updatedBy;
        c.updatedAt = rev.updatedAt;
        c.message = SharedStore::tr("Filing %1 (%2, %3) was changed by %4 at %5 after you opened it: your copy is "
                                    "revision %6, the shared store has revision %7. Your changes were not saved. "
                                    "Reload the filing to see theirs, then apply yours again.")
                        .arg(d->id)
                        .arg(d->saved.department.name)
                        .arg(d->saved.fiscalYear)
                        .arg(rev.updatedBy, rev.updatedAt)
                        .arg(c.yourRevision)
                        .arg(c.theirRevision);
        if (error)
            *error = c.message;
        if (conflict)
            *conflict = c;
        return Conflict;
    }
    if (!sql.update(d->id, d->saved, filing, d->revision + 1, &e) || !sql.commit(&e)) {
        sql.rollback();
        if (error)
            *error = SharedStore::tr("The change to filing %1 was not saved: %2").arg(d->id).arg(e);
        return Failed;
    }
    d->lastRows = sql.rowsWritten();
    d->saved = filing;
    ++d->revision;
    return Saved;
}

} // namespace jixiao
