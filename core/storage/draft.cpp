// SPDX-License-Identifier: GPL-3.0-or-later
#include "draft.h"

#include "draftlock.h"
#include "files/safefile.h"
#include "migration.h"
#include "networkpath.h"
#include "schema.h"
#include "sqlfiling.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

using namespace jixiao::storage;

namespace jixiao {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("jixiao-draft-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The drafts this process has open. SQLite's locks on a database file are
// POSIX locks, which the kernel drops when the process closes *any*
// descriptor of that file: so while a draft is open here, nothing else in
// this process opens the file to peek at it (header, lock probe); the
// registry answers instead.
class OpenDrafts
{
public:
    static OpenDrafts &instance()
    {
        static OpenDrafts r;
        return r;
    }
    void add(const QString &key, bool writer)
    {
        QMutexLocker lock(&m_mutex);
        ++m_open[key];
        if (writer)
            ++m_writers[key];
    }
    void remove(const QString &key, bool writer)
    {
        QMutexLocker lock(&m_mutex);
        if (--m_open[key] <= 0)
            m_open.remove(key);
        if (writer && --m_writers[key] <= 0)
            m_writers.remove(key);
    }
    bool isOpen(const QString &key) const
    {
        QMutexLocker lock(&m_mutex);
        return m_open.contains(key);
    }
    bool hasWriter(const QString &key) const
    {
        QMutexLocker lock(&m_mutex);
        return m_writers.contains(key);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_open;
    QHash<QString, int> m_writers;
};

QString registryKey(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A read-only mark the user set: no write bit at all. Root may write anyway,
// but a file marked read-only is still meant not to be changed.
bool writable(const QFileInfo &fi)
{
    const QFile::Permissions p = fi.permissions();
    return fi.isWritable() && (p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// What a crash leaves for SQLite to recover: a rollback journal or a
// write-ahead log with content.
bool hotJournal(const QString &path)
{
    const QFileInfo j(path + QStringLiteral("-journal"));
    const QFileInfo w(path + QStringLiteral("-wal"));
    return (j.exists() && j.size() > 0) || (w.exists() && w.size() > 0);
}

// What the first bytes say, before SQLite reads anything (so that nothing it
// does can touch a file that is not ours).
bool checkHeader(const QString &path, bool journal, QString *error)
{
    // Never blocks: a FIFO or device is refused, not waited on.
    QFile f;
    if (!files::openInput(path, &f, error))
        return false;
    const qint64 size = f.size();
    const QByteArray head = f.read(100);
    const QString name = displayName(path);
    if (size == 0) {
        *error = Draft::tr("“%1” is empty (0 bytes): it is not a Jixiao draft. Perhaps it was not saved or copied "
                           "completely.")
                     .arg(name);
        return false;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        *error
            = Draft::tr("“%1” is a ZIP archive (such as a Word, Excel or WPS document), not a Jixiao draft.").arg(name);
        return false;
    }
    if (head.startsWith("%PDF")) {
        *error = Draft::tr("“%1” is a PDF document, not a Jixiao draft.").arg(name);
        return false;
    }
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *error = Draft::tr("“%1” is not a Jixiao draft: its content is not a Jixiao database.").arg(name);
        return false;
    }
    if (head.size() < 100) {
        *error = Draft::tr("“%1” is incomplete: it ends after %2 bytes. It is probably a truncated copy (an "
                           "interrupted download or copy); ask for the file again.")
                     .arg(name)
                     .arg(size);
        return false;
    }
    const auto *h = reinterpret_cast<const uchar *>(head.constData());
    const qint32 appId = qFromBigEndian<qint32>(h + 68);
    if (appId != ApplicationId) {
        *error = Draft::tr("“%1” is a database of another application, not a Jixiao draft.").arg(name);
        return false;
    }
    // A journal left by a crash is rolled back by SQLite: the header may
    // describe the interrupted transaction until then.
    if (!journal) {
        quint32 pageSize = qFromBigEndian<quint16>(h + 16);
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
        const quint32 pages = qFromBigEndian<quint32>(h + 28);
        const quint32 validFor = qFromBigEndian<quint32>(h + 92);
        const qint64 expected = qint64(pageSize) * pages;
        if (changeCounter == validFor && pages > 0 && size < expected) {
            *error = Draft::tr("“%1” is incomplete: it has %2 bytes but should have %3. It is probably a truncated "
                               "copy (an interrupted download or copy); ask for the file again.")
                         .arg(name)
                         .arg(size)
                         .arg(expected);
            return false;
        }
    }
    return true;
}

// The header says write-ahead log (bytes 18 and 19 are 2): reading it in
// place would create its -wal and -shm files.
bool walHeader(const QString &path)
{
    QFile f;
    QString ignored;
    if (!files::openInput(path, &f, &ignored))
        return false;
    const QByteArray head = f.read(20);
    return head.size() == 20 && (head[18] == 2 || head[19] == 2);
}

QString backupName(const QString &path, int version)
{
    const QFileInfo fi(path);
    const QString base = fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".schema%1-backup").arg(version));
    const QString suffix = fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix();
    QString candidate = base + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral(" (%1)").arg(n) + suffix;
    return candidate;
}

} // namespace

struct Draft::Private
{
    QString path;
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<FilingSql> sql;
    DraftLock lock;
    bool readOnly = false;
    QString readOnlyReason;
    qint64 filingId = 1;
    qint64 revision = 0;
    Filing saved;
    int lastRows = 0;
    std::optional<Origin> origin;
    std::unique_ptr<QTemporaryDir> tempCopy; // a read-only draft of an older schema, migrated in a copy
    bool writeConnection = false;
    QString registered; // key in OpenDrafts while the connection is open
    bool registeredAsWriter = false;
    bool validated = false; // ours and readable: only then may close() touch the journal mode
    // The journal mode is switched only for a write (or a repair): a draft
    // opened and closed without a save stays byte for byte as it was.
    bool walPending = false;
    bool leaveWalOnClose = false;

    ~Private() { close(); }

    void close()
    {
        if (sql)
            sql->clear();
        if (writeConnection && validated && leaveWalOnClose && db.isOpen()) {
            // Back to a rollback journal: checkpoints the log and removes it,
            // so the closed draft is one self-contained file again.
            QSqlQuery q(db);
            // Nothing is lost if this fails (the log is checkpointed at the next
            // open), but the -wal file then stays beside the draft: say so.
            if (!q.exec(QStringLiteral("PRAGMA query_only = 0"))
                || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                qWarning("jixiao: closing %s left its write-ahead log beside it: %s", qUtf8Printable(path),
                    qUtf8Printable(q.lastError().text()));
        }
        sql.reset();
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
        lock.release();
        if (!registered.isEmpty())
            OpenDrafts::instance().remove(registered, registeredAsWriter);
        registered.clear();
    }

    void registerOpen(const QString &path, bool writer)
    {
        registered = registryKey(path);
        registeredAsWriter = writer;
        OpenDrafts::instance().add(registered, writer);
    }

    bool connect(const QString &file, bool readOnlyConnection, QString *error)
    {
        connection = newConnectionName();
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            *error = Draft::tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).");
            return false;
        }
        db.setDatabaseName(file);
        db.setConnectOptions(readOnlyConnection ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = describeError(db.lastError(), Dialect::Sqlite);
            return false;
        }
        sql = std::make_unique<FilingSql>(db, Dialect::Sqlite);
        return true;
    }

    bool pragmaInt(const QString &name, qint64 *value, QString *error)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
            *error = describeError(q.lastError(), Dialect::Sqlite);
            return false;
        }
        *value = q.value(0).toLongLong();
        return true;
    }

    bool writableSettings(qint64 maxPageCount, QString *error)
    {
        writeConnection = true;
        for (const QString &p : {QStringLiteral("PRAGMA synchronous = FULL"),
                 QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF")})
            if (!sql->exec(p, error))
                return false;
        if (maxPageCount > 0 && !sql->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(maxPageCount), error))
            return false;
        return true;
    }

    // While open for writing: a write-ahead log synced at every commit (one
    // fsync per save, durable through a power cut). close() turns the file
    // back to a rollback journal, so at rest it is one self-contained file
    // that opens anywhere, even read-only in a read-only folder.
    // On a file server there is no shared memory for the log's index:
    // there the draft keeps a rollback journal (which a crash also leaves
    // safe, only saves take two syncs).
    bool enterWal(QString *error)
    {
        validated = true;
        walPending = false;
        if (isOnNetworkFileSystem(path))
            return sql->exec(QStringLiteral("PRAGMA journal_mode = DELETE"), error);
        leaveWalOnClose = true;
        // Reading once opens the log's index now, so that this connection,
        // not a passing reader, is the last to close it and removes it.
        return sql->exec(QStringLiteral("PRAGMA journal_mode = WAL"), error)
            && sql->exec(QStringLiteral("SELECT count(*) FROM jixiao_meta"), error);
    }

    bool readOrigin(QString *error)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM jixiao_meta WHERE key LIKE 'origin.%'"))) {
            *error = describeError(q.lastError(), Dialect::Sqlite);
            return false;
        }
        Origin o;
        int found = 0;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString value = q.value(1).toString();
            if (key == QLatin1String("origin.uri"))
                o.uri = value, ++found;
            else if (key == QLatin1String("origin.id"))
                o.filingId = value.toLongLong(), ++found;
            else if (key == QLatin1String("origin.revision"))
                o.revision = value.toLongLong(), ++found;
            else if (key == QLatin1String("origin.store"))
                o.store = value;
        }
        origin = found == 3 ? std::optional<Origin>(o) : std::nullopt;
        return true;
    }
};

Draft::Draft()
    : d(std::make_unique<Private>())
{ }

Draft::~Draft() = default;

bool Draft::isReadOnly() const
{
    return d->readOnly;
}

QString Draft::readOnlyReason() const
{
    return d->readOnlyReason;
}

QString Draft::path() const
{
    return d->path;
}

qint64 Draft::revision() const
{
    return d->revision;
}

Filing Draft::savedFiling() const
{
    return d->saved;
}

int Draft::lastSaveRowCount() const
{
    return d->lastRows;
}

std::optional<Draft::Origin> Draft::origin() const
{
    return d->origin;
}

bool Draft::looksLikeDraft(const QString &path)
{
    QString ignored;
    return checkHeader(path, hotJournal(path), &ignored);
}

QString Draft::pathTooLong(const QString &path)
{
    const qsizetype n = QFile::encodeName(QFileInfo(path).absoluteFilePath()).size();
    if (n <= MaxPathBytes)
        return QString();
    return tr("the path is too long for a draft (%1 bytes; a draft can be kept at a path of at most %2 bytes). Choose "
              "a shorter folder or name, or write an interchange file (.json)")
        .arg(n)
        .arg(MaxPathBytes);
}

bool Draft::isOpenElsewhere(const QString &path)
{
    const QString key = registryKey(path);
    if (OpenDrafts::instance().hasWriter(key))
        return true;
    return !OpenDrafts::instance().isOpen(key) && DraftLock::isHeldElsewhere(path);
}

std::unique_ptr<Draft> Draft::create(const QString &path, const Filing &filing, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    if (fi.exists() || fi.isSymLink()) {
        *error
            = tr("“%1” already exists; a new draft never replaces a file. Choose another name.").arg(displayName(abs));
        return nullptr;
    }
    const QFileInfo dir(fi.absolutePath());
    if (!dir.isDir()) {
        *error = tr("The folder “%1” does not exist.").arg(displayName(dir.absoluteFilePath()));
        return nullptr;
    }
    if (const QString tooLong = pathTooLong(abs); !tooLong.isEmpty()) {
        *error = tr("Cannot create “%1”: %2.").arg(displayName(abs), tooLong);
        return nullptr;
    }
    std::unique_ptr<Draft> draft(new Draft);
    Private &p = *draft->d;
    p.path = abs;
    QString reason;
    if (p.lock.acquire(abs, true, &reason) != DraftLock::Acquired) {
        *error = tr("Cannot create “%1”: %2").arg(displayName(abs), reason);
        return nullptr;
    }
    // From here on the file is ours: remove it again if anything fails.
    auto fail = [&](const QString &message) {
        draft->d->close();
        QFile::remove(abs + QStringLiteral("-journal"));
        QFile::remove(abs);
        *error = tr("Cannot create “%1”: %2").arg(displayName(abs), message);
        return nullptr;
    };
    QString e;
    if (p.connect(abs, false, &e))
        p.registerOpen(abs, true);
    if (!p.db.isOpen() || !p.writableSettings(0, &e))
        return fail(e);
    if (!p.sql->begin(true, &e))
        return fail(e);
    QStringList statements {QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)};
    statements += createStatements(Dialect::Sqlite);
    for (const QString &s : std::as_const(statements)) {
        if (!p.sql->exec(s, &e)) {
            p.sql->rollback();
            return fail(e);
        }
    }
    QSqlQuery meta(p.db);
    meta.prepare(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES ('created_by', ?)"));
    meta.bindValue(0, QStringLiteral("Jixiao " JIXIAO_VERSION));
    if (!meta.exec()) {
        e = describeError(meta.lastError(), Dialect::Sqlite);
        p.sql->rollback();
        return fail(e);
    }
    meta.finish();
    qint64 id = 0;
    if (!p.sql->insert(filing, &id, &e)
        || !p.sql->exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &e) || !p.sql->commit(&e)) {
        p.sql->rollback();
        return fail(e);
    }
    p.filingId = id;
    p.revision = 1;
    p.saved = filing;
    p.enterWal(&e); // without it saves are slower, not less safe
    return draft;
}

std::unique_ptr<Draft> Draft::open(const QString &path, Filing *filing, OpenInfo *info, QString *error)
{
    return open(path, filing, info, error, OpenOptions());
}

std::unique_ptr<Draft> Draft::open(
    const QString &path, Filing *filing, OpenInfo *info, QString *error, const OpenOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    OpenInfo localInfo;
    if (!info)
        info = &localInfo;
    *info = OpenInfo();
    const QFileInfo fi(path);
    const QString abs = fi.absoluteFilePath();
    const QString name = displayName(abs);
    if (!files::checkInput(abs, error))
        return nullptr;
    // Read a copy instead: where SQLite cannot open the file (too long a
    // path), and where reading it would create files beside it (a WAL header:
    // a copy of a draft taken while it was open, on read-only media too).
    auto openCopy = [&](const QString &reason) -> std::unique_ptr<Draft> {
        auto temp = std::make_unique<QTemporaryDir>();
        const QString copy = temp->filePath(QStringLiteral("draft.jixiao"));
        if (!temp->isValid() || !QFile::copy(abs, copy)) {
            *error = tr("Cannot read “%1”: a temporary copy could not be made.").arg(name);
            return nullptr;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // The copy is ours alone: opened for writing, it is read as SQLite
        // would after a normal open (and an older format is migrated there).
        OpenOptions o = options;
        o.readOnly = false;
        QString e;
        std::unique_ptr<Draft> copied = open(copy, filing, info, &e, o);
        if (!copied) {
            *error = e.replace(displayName(copy), name);
            return nullptr;
        }
        copied->d->path = abs;
        copied->d->readOnly = true;
        copied->d->readOnlyReason = reason;
        copied->d->lock.release();
        copied->d->tempCopy = std::move(temp);
        info->readOnly = true;
        info->readOnlyReason = reason;
        return copied;
    };
    if (const QString tooLong = pathTooLong(abs); !tooLong.isEmpty()) {
        if (hotJournal(abs)) {
            *error = tr("“%1” was not closed properly and must be repaired, which is not possible where it is: %2.")
                         .arg(name, tooLong);
            return nullptr;
        }
        return openCopy(options.readOnly ? QString()
                                         : tr("“%1” was opened read-only: changes cannot be saved there (%2). Save it "
                                              "under a shorter path to edit it.")
                                               .arg(name, tooLong));
    }
    const bool journal = hotJournal(abs);
    const QString key = registryKey(abs);
    const bool openHere = OpenDrafts::instance().isOpen(key);
    const bool writerHere = OpenDrafts::instance().hasWriter(key);
    // Open in this process already: checked then, and not to be peeked at.
    if (!openHere && !checkHeader(abs, journal, error))
        return nullptr;
    if (options.readOnly && !journal && !openHere && !DraftLock::isHeldElsewhere(abs) && walHeader(abs))
        return openCopy(QString());

    std::unique_ptr<Draft> draft(new Draft);
    Private &p = *draft->d;
    p.path = abs;

    // Who may write: the file, its folder (the journal lives there), the lock.
    bool readOnly = options.readOnly;
    QString reason;
    const QFileInfo dirInfo(fi.absolutePath());
    if (!readOnly) {
        if (!writable(fi)) {
            readOnly = true;
            reason = tr("“%1” is a read-only file. It was opened read-only: changes cannot be saved to it.").arg(name);
        } else if (!writable(dirInfo)) {
            readOnly = true;
            reason = tr("The folder “%1” cannot be written to. The draft was opened read-only: changes cannot be saved "
                        "to it.")
                         .arg(displayName(dirInfo.absoluteFilePath()));
        } else if (writerHere) {
            readOnly = true;
            reason = tr("“%1” is open for editing in another Jixiao window, or by another user. It was opened "
                        "read-only: changes cannot be saved until it is closed there.")
                         .arg(name);
        } else {
            QString lockError;
            switch (p.lock.acquire(abs, false, &lockError)) {
            case DraftLock::Acquired:
                break;
            case DraftLock::HeldElsewhere:
                readOnly = true;
                reason = tr("“%1” is open for editing in another Jixiao window, or by another user. It was opened "
                            "read-only: changes cannot be saved until it is closed there.")
                             .arg(name);
                break;
            case DraftLock::CannotOpen:
                readOnly = true;
                reason = tr("“%1” cannot be opened for writing (%2). It was opened read-only.").arg(name, lockError);
                break;
            }
        }
    }
    // A crash left a journal: only a writing connection can roll it back. Do
    // that even for a read-only request when nothing else stands in the way.
    bool writeConnection = !readOnly;
    // A journal or log while another process has the draft open for writing
    // is its live work, which SQLite lets a reader share; with no writer it
    // is what a crash left, which only a writing connection can recover.
    const bool needsRepair = journal && !p.lock.isHeld() && !writerHere && !DraftLock::isHeldElsewhere(abs);
    if (readOnly && needsRepair && reason.isEmpty() && writable(fi) && writable(dirInfo)
        && p.lock.acquire(abs, false, nullptr) == DraftLock::Acquired)
        writeConnection = true;
    if (readOnly && needsRepair && !writeConnection) {
        *error = tr("“%1” was not closed properly and must be repaired, which needs it opened for editing: %2")
                     .arg(name, reason.isEmpty() ? tr("it is open elsewhere") : reason);
        return nullptr;
    }

    QString e;
    if (!p.connect(abs, !writeConnection, &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    p.registerOpen(abs, writeConnection && !readOnly);
    if (!p.sql->exec(QStringLiteral("PRAGMA trusted_schema = OFF"), &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    qint64 appId = 0, version = 0;
    if (!p.pragmaInt(QStringLiteral("application_id"), &appId, &e)
        || !p.pragmaInt(QStringLiteral("user_version"), &version, &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (appId != ApplicationId) {
        *error = tr("“%1” is a database of another application, not a Jixiao draft.").arg(name);
        return nullptr;
    }
    const int current = options.schemaVersion > 0 ? options.schemaVersion : SchemaVersion;
    const QList<MigrationStep> &steps = options.migrations ? *options.migrations : builtinMigrations();
    if (version > current) {
        *error = tr("“%1” was saved by a newer version of Jixiao (file format %2; this version reads up to %3). "
                    "Update Jixiao to open it. The file was not changed.")
                     .arg(name)
                     .arg(version)
                     .arg(current);
        return nullptr;
    }
    if (version < 1) {
        *error = tr("“%1” is incomplete: it was never saved completely (no file format version).").arg(name);
        return nullptr;
    }

    // Everything in the file must be ours: a trigger or view would run (or
    // hide) code of somebody else whenever Jixiao reads or writes.
    {
        QStringList allowed = knownTables() + knownIndexes();
        for (const MigrationStep &s : steps)
            allowed += s.createsObjects;
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
            *error = tr("Cannot open “%1”: %2").arg(name, describeError(q.lastError(), Dialect::Sqlite));
            return nullptr;
        }
        QStringList foreign;
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString object = q.value(1).toString();
            const bool ok = (type == QLatin1String("table") || type == QLatin1String("index"))
                && (allowed.contains(object) || object.startsWith(QLatin1String("sqlite_autoindex_"))
                    || object == QLatin1String("sqlite_stat1"));
            if (!ok)
                foreign.append(type + QLatin1Char(' ') + object);
        }
        if (!foreign.isEmpty()) {
            *error = tr("“%1” holds database objects that Jixiao did not create (%2). It may have been altered by "
                        "another program, so it was not opened. The file was not changed.")
                         .arg(name, foreign.join(QStringLiteral(", ")));
            return nullptr;
        }
    }
    {
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            const QString what
                = q.lastError().isValid() ? describeError(q.lastError(), Dialect::Sqlite) : q.value(0).toString();
            *error = tr("“%1” is damaged (%2). Open a backup copy instead. The file was not changed.").arg(name, what);
            return nullptr;
        }
    }

    if (version < current) {
        if (!writeConnection || readOnly) {
            // Read an older draft we may not change: migrate a copy instead.
            p.close();
            auto temp = std::make_unique<QTemporaryDir>();
            const QString copy = temp->filePath(QStringLiteral("draft.jixiao"));
            if (!temp->isValid() || !QFile::copy(abs, copy)) {
                *error = tr("Cannot read “%1”: its older file format needs a temporary copy, which could not be made.")
                             .arg(name);
                return nullptr;
            }
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            OpenOptions o = options;
            o.readOnly = false;
            OpenInfo ignoredInfo;
            Filing f;
            std::unique_ptr<Draft> migrated = open(copy, &f, &ignoredInfo, error, o);
            if (!migrated)
                return nullptr;
            migrated->d->path = abs;
            migrated->d->readOnly = true;
            migrated->d->readOnlyReason = reason;
            migrated->d->lock.release();
            migrated->d->tempCopy = std::move(temp);
            info->readOnly = true;
            info->readOnlyReason = reason;
            *filing = f;
            return migrated;
        }
        // Keep the original beside it, byte for byte, before the first step.
        const QString backup = backupName(abs, int(version));
        if (!QFile::copy(abs, backup)) {
            *error = tr("“%1” has an older file format and must be updated, but the backup copy “%2” could not be "
                        "written first. The file was not changed.")
                         .arg(name, displayName(backup));
            return nullptr;
        }
        info->backupPath = backup;
        if (!p.writableSettings(0, &e)) {
            *error = tr("Cannot open “%1”: %2").arg(name, e);
            return nullptr;
        }
        for (int v = int(version); v < current; ++v) {
            const MigrationStep *step = nullptr;
            for (const MigrationStep &s : steps)
                if (s.from == v)
                    step = &s;
            QString stepError;
            const bool ok = step && p.sql->begin(true, &stepError) && step->apply(*p.sql, &stepError)
                && p.sql->exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &stepError)
                && p.sql->commit(&stepError);
            if (!ok) {
                if (step)
                    p.sql->rollback();
                else
                    stepError = tr("this version does not know how to update file format %1").arg(v);
                *error = tr("“%1” could not be updated from file format %2 to %3: %4. It keeps file format %2; the "
                            "original is also kept as “%5”.")
                             .arg(name)
                             .arg(v)
                             .arg(v + 1)
                             .arg(stepError, displayName(backup));
                return nullptr;
            }
        }
        info->migrated = true;
    }

    if (writeConnection) {
        if (!p.writableSettings(options.maxPageCount, &e)) {
            *error = tr("Cannot open “%1”: %2").arg(name, e);
            return nullptr;
        }
        // A crash can leave a journal that was never filled (not "hot", so
        // SQLite keeps it). Under the write lock nobody else is writing: it is
        // stale, and would be a side file after closing.
        const QString journalPath = abs + QStringLiteral("-journal");
        if (QFileInfo::exists(journalPath) && p.sql->begin(true, &e)) {
            QFile::remove(journalPath);
            p.sql->rollback();
        }
    }
    if (readOnly && !p.sql->exec(QStringLiteral("PRAGMA query_only = 1"), &e)) {
        *error = tr("Cannot open “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (readOnly)
        p.lock.release(); // held only to repair a journal

    // The one filing of the draft, read as one snapshot.
    RevisionInfo rev;
    Filing loaded;
    {
        QSqlQuery q(p.db);
        if (!q.exec(QStringLiteral("SELECT id FROM filing")) || !q.next()) {
            *error = tr("“%1” is damaged: it holds no filing.").arg(name);
            return nullptr;
        }
        p.filingId = q.value(0).toLongLong();
        if (q.next()) {
            *error = tr("“%1” is damaged: it holds more than one filing.").arg(name);
            return nullptr;
        }
    }
    if (!p.sql->begin(false, &e) || !p.sql->load(p.filingId, &loaded, &rev, &e) || !p.readOrigin(&e)
        || !p.sql->commit(&e)) {
        p.sql->rollback();
        *error = tr("Cannot read “%1”: %2").arg(name, e);
        return nullptr;
    }
    if (writeConnection) {
        p.validated = true;
        // A repair ends in a self-contained file; an editor's first save
        // enters WAL (saves are slower without it, not less safe).
        p.leaveWalOnClose = readOnly;
        p.walPending = !readOnly;
    }
    p.revision = rev.revision;
    p.saved = loaded;
    p.readOnly = readOnly;
    p.readOnlyReason = reason;
    info->readOnly = readOnly;
    info->readOnlyReason = reason;
    *filing = loaded;
    return draft;
}

bool Draft::save(const Filing &filing, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = displayName(d->path);
    if (d->readOnly) {
        *error = tr("“%1” was opened read-only; the change was not saved.").arg(name)
            + (d->readOnlyReason.isEmpty() ? QString() : QLatin1Char(' ') + d->readOnlyReason);
        return false;
    }
    d->lastRows = 0;
    if (filing == d->saved)
        return true;
    QString walError;
    if (d->walPending)
        d->enterWal(&walError); // without it saves are slower, not less safe
    FilingSql &sql = *d->sql;
    sql.resetRowsWritten();
    QString e;
    auto fail = [&](const QString &why) {
        sql.rollback();
        *error = tr("The change to “%1” was not saved: %2 The draft keeps what was saved before.").arg(name, why);
        return false;
    };
    if (!sql.begin(true, &e))
        return fail(e);
    RevisionInfo rev;
    if (!sql.readRevision(d->filingId, &rev, true, &e))
        return fail(e);
    if (rev.revision != d->revision)
        return fail(
            tr("another program changed the file (revision %1, expected %2).").arg(rev.revision).arg(d->revision));
    if (!sql.update(d->filingId, d->saved, filing, d->revision + 1, &e) || !sql.commit(&e))
        return fail(e);
    d->lastRows = sql.rowsWritten();
    d->saved = filing;
    ++d->revision;
    return true;
}

bool Draft::checkpoint(QString *error)
{
    if (d->readOnly || !d->writeConnection)
        return true; // nothing of ours in a log
    QSqlQuery q(d->db);
    // A reader in mid-transaction would hold the window for the whole busy
    // timeout (5 s) before the answer: wait briefly, then say so.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 300"));
    // TRUNCATE: all frames copied into the file, synced, and the log emptied.
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next();
    const int busy = ran ? q.value(0).toInt() : 0;
    const QString why = q.lastError().text();
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!ran) {
        if (error)
            *error = why;
        return false;
    }
    // busy = 1: a reader's snapshot kept some frames in the log.
    if (busy != 0) {
        if (error)
            *error = tr("another program is reading “%1”.").arg(displayName(d->path));
        return false;
    }
    return true;
}

bool Draft::setOrigin(const std::optional<Origin> &origin, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (d->readOnly) {
        *error = tr("“%1” was opened read-only; the change was not saved.").arg(displayName(d->path));
        return false;
    }
    QString walError;
    if (d->walPending)
        d->enterWal(&walError);
    FilingSql &sql = *d->sql;
    QString e;
    bool ok = sql.begin(true, &e) && sql.exec(QStringLiteral("DELETE FROM jixiao_meta WHERE key LIKE 'origin.%'"), &e);
    if (ok && origin) {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO jixiao_meta (key, value) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> rows {{QStringLiteral("origin.uri"), origin->uri},
            {QStringLiteral("origin.id"), QString::number(origin->filingId)},
            {QStringLiteral("origin.revision"), QString::number(origin->revision)},
            {QStringLiteral("origin.store"), origin->store}};
        for (const auto &[k, v] : rows) {
            q.bindValue(0, k);
            q.bindValue(1, v);
            if (!q.exec()) {
                e = describeError(q.lastError(), Dialect::Sqlite);
                ok = false;
                break;
            }
        }
    }
    if (!ok || !sql.commit(&e)) {
        sql.rollback();
        *error = tr("The change to “%1” was not saved: %2 The draft keeps what was saved before.")
                     .arg(displayName(d->path), e);
        return false;
    }
    d->origin = origin;
    return true;
}

} // namespace jixiao
