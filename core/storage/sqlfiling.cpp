// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfiling.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace jixiao::storage {

namespace {

QVariant text(const QString &s)
{
    // Qt binds a null QString as SQL NULL; required texts are never NULL.
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalText(const std::optional<QString> &s)
{
    return s ? text(*s) : QVariant(QMetaType::fromType<QString>());
}

QVariant money(const Amount &a)
{
    return a ? QVariant(qlonglong(a->micros())) : QVariant(QMetaType::fromType<qlonglong>());
}

// Reads the columns of one row in order, remembering the first problem.
class Row
{
public:
    Row(const QSqlQuery &q, const QString &where)
        : m_q(q)
        , m_where(where)
    { }
    QString text()
    {
        const QVariant v = m_q.value(m_col++);
        return v.isNull() ? QString() : v.toString();
    }
    std::optional<QString> optionalText()
    {
        const QVariant v = m_q.value(m_col++);
        if (v.isNull())
            return std::nullopt;
        return v.toString();
    }
    qint64 integer()
    {
        const QVariant v = m_q.value(m_col++);
        const int t = v.typeId();
        if (v.isNull()
            || (t != QMetaType::LongLong && t != QMetaType::Int && t != QMetaType::ULongLong && t != QMetaType::UInt
                && t != QMetaType::Long)) {
            fail();
            return 0;
        }
        return v.toLongLong();
    }
    Amount amount()
    {
        const QVariant v = m_q.value(m_col);
        if (v.isNull()) {
            ++m_col;
            return std::nullopt;
        }
        const qint64 micros = integer();
        if (micros > Money::MaxMicros || micros < -Money::MaxMicros)
            fail();
        return Money::fromMicros(micros);
    }
    bool ok() const { return m_ok; }
    QString problem() const
    {
        return StorageText::tr("The database is damaged: an unexpected value in %1.").arg(m_where);
    }

private:
    void fail() { m_ok = false; }
    const QSqlQuery &m_q;
    QString m_where;
    int m_col = 0;
    bool m_ok = true;
};

QString damaged(const QString &what)
{
    return StorageText::tr("The database is damaged: %1.").arg(what);
}

} // namespace

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

bool FilingSql::readRevision(qint64 id, RevisionInfo *revision, bool forUpdate, QString *error)
{
    QString sql = QStringLiteral("SELECT revision, updated_at, updated_by FROM filing WHERE id = ?");
    if (forUpdate && m_dialect == Dialect::Postgres)
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery *q = prepare(sql, error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    if (!q->next()) {
        q->finish();
        if (error)
            *error = StorageText::tr("The filing %1 does not exist (any more).").arg(id);
        return false;
    }
    revision->revision = q->value(0).toLongLong();
    revision->updatedAt = q->value(1).toString();
    revision->updatedBy = q->value(2).toString();
    q->finish();
    return true;
}

bool FilingSql::load(qint64 id, Filing *out, RevisionInfo *revision, QString *error)
{
    Filing f;
    QSqlQuery *q = prepare(
        QStringLiteral("SELECT revision, updated_at, updated_by, fiscal_year, fund_level, amount_unit, "
                       "indicator_scheme, department_name, department_head, preparers, phone, attachment_label, "
                       "budget_total, budget_general_public, budget_government_fund, budget_other, budget_basic, "
                       "budget_project, duties FROM filing WHERE id = ?"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    if (!q->next()) {
        q->finish();
        if (error)
            *error = StorageText::tr("The filing %1 does not exist (any more).").arg(id);
        return false;
    }
    {
        Row r(*q, QStringLiteral("filing"));
        RevisionInfo rev;
        rev.revision = r.integer();
        rev.updatedAt = r.text();
        rev.updatedBy = r.text();
        const qint64 year = r.integer();
        f.fundLevel = r.optionalText();
        const QString unit = r.text();
        const std::optional<QString> scheme = r.optionalText();
        f.department.name = r.text();
        f.department.head = r.optionalText();
        f.department.preparers = r.optionalText();
        f.department.phone = r.optionalText();
        f.overview.attachmentLabel = r.optionalText();
        Budget &b = f.overview.budget;
        b.total = r.amount();
        b.generalPublic = r.amount();
        b.governmentFund = r.amount();
        b.other = r.amount();
        b.basic = r.amount();
        b.project = r.amount();
        f.overview.duties = r.text();
        q->finish();
        if (!r.ok()) {
            if (error)
                *error = r.problem();
            return false;
        }
        if (year < 2000 || year > 2100) {
            if (error)
                *error = damaged(StorageText::tr("the fiscal year %1 is not a year from 2000 to 2100").arg(year));
            return false;
        }
        f.fiscalYear = int(year);
        const auto u = amountUnitFromName(unit);
        if (!u) {
            if (error)
                *error = damaged(StorageText::tr("the amount unit “%1” is unknown").arg(unit));
            return false;
        }
        f.amountUnit = *u;
        if (scheme) {
            const auto s = indicatorSchemeFromKey(*scheme);
            if (!s) {
                if (error)
                    *error = damaged(StorageText::tr("the indicator scheme “%1” is unknown").arg(*scheme));
                return false;
            }
            f.indicatorScheme = *s;
        }
        if (revision)
            *revision = rev;
    }

    auto positionError = [&](const QString &table) {
        if (error)
            *error = damaged(StorageText::tr("the rows of “%1” are out of order or incomplete").arg(table));
        return false;
    };

    // Work plan
    q = prepare(QStringLiteral("SELECT position, item, owner, goal FROM work_plan_item WHERE filing_id = ? "
                               "ORDER BY position"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("work_plan_item"));
        WorkPlanItem w;
        const qint64 pos = r.integer();
        w.item = r.text();
        w.owner = r.text();
        w.goal = r.text();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (pos != f.overview.workPlan.size()) {
            q->finish();
            return positionError(QStringLiteral("work_plan_item"));
        }
        f.overview.workPlan.append(w);
    }
    q->finish();

    // Overview indicators
    q = prepare(QStringLiteral("SELECT position, level1, level2, name, value, standard FROM overview_indicator "
                               "WHERE filing_id = ? ORDER BY position"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("overview_indicator"));
        Indicator ind;
        const qint64 pos = r.integer();
        ind.level1 = r.text();
        ind.level2 = r.text();
        ind.name = r.text();
        ind.value = r.text();
        ind.standard = r.optionalText();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (pos != f.overview.indicators.size()) {
            q->finish();
            return positionError(QStringLiteral("overview_indicator"));
        }
        f.overview.indicators.append(ind);
    }
    q->finish();

    // Funds
    q = prepare(QStringLiteral("SELECT position, name, amount FROM fund WHERE filing_id = ? ORDER BY position"), error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("fund"));
        Fund fund;
        const qint64 pos = r.integer();
        fund.name = r.text();
        fund.amount = r.amount();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (pos != f.funds.size()) {
            q->finish();
            return positionError(QStringLiteral("fund"));
        }
        f.funds.append(fund);
    }
    q->finish();

    // Directions
    q = prepare(QStringLiteral("SELECT fund_position, position, name, amount, period, period_goal, annual_goal "
                               "FROM direction WHERE filing_id = ? ORDER BY fund_position, position"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("direction"));
        Direction d;
        const qint64 fp = r.integer();
        const qint64 pos = r.integer();
        d.name = r.text();
        d.amount = r.amount();
        d.period = r.text();
        d.periodGoal = r.text();
        d.annualGoal = r.text();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (fp < 0 || fp >= f.funds.size() || pos != f.funds[fp].directions.size()) {
            q->finish();
            return positionError(QStringLiteral("direction"));
        }
        f.funds[fp].directions.append(d);
    }
    q->finish();

    // Direction indicators and detail lines
    const QString indicatorSql = QStringLiteral(
        "SELECT fund_position, direction_position, position, level1, level2, name, value, standard "
        "FROM direction_indicator WHERE filing_id = ? ORDER BY fund_position, direction_position, position");
    q = prepare(indicatorSql, error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("direction_indicator"));
        Indicator ind;
        const qint64 fp = r.integer();
        const qint64 dp = r.integer();
        const qint64 pos = r.integer();
        ind.level1 = r.text();
        ind.level2 = r.text();
        ind.name = r.text();
        ind.value = r.text();
        ind.standard = r.optionalText();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (fp < 0 || fp >= f.funds.size() || dp < 0 || dp >= f.funds[fp].directions.size()
            || pos != f.funds[fp].directions[dp].indicators.size()) {
            q->finish();
            return positionError(QStringLiteral("direction_indicator"));
        }
        f.funds[fp].directions[dp].indicators.append(ind);
    }
    q->finish();

    q = prepare(QStringLiteral("SELECT fund_position, direction_position, position, content, item, amount, basis "
                               "FROM detail_line WHERE filing_id = ? "
                               "ORDER BY fund_position, direction_position, position"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Row r(*q, QStringLiteral("detail_line"));
        DetailLine line;
        const qint64 fp = r.integer();
        const qint64 dp = r.integer();
        const qint64 pos = r.integer();
        line.content = r.text();
        line.item = r.text();
        line.amount = r.amount();
        line.basis = r.text();
        if (!r.ok()) {
            q->finish();
            if (error)
                *error = r.problem();
            return false;
        }
        if (fp < 0 || fp >= f.funds.size() || dp < 0 || dp >= f.funds[fp].directions.size()
            || pos != f.funds[fp].directions[dp].details.size()) {
            q->finish();
            return positionError(QStringLiteral("detail_line"));
        }
        f.funds[fp].directions[dp].details.append(line);
    }
    q->finish();

    *out = std::move(f);
    return true;
}

bool FilingSql::writeFilingRow(qint64 id, const Filing &f, qint64 revision, bool insert, qint64 *newId, QString *error)
{
    static const QString columns = QStringLiteral(
        "revision, updated_at, updated_by, fiscal_year, fund_level, amount_unit, indicator_scheme, "
        "department_name, department_head, preparers, phone, attachment_label, budget_total, "
        "budget_general_public, budget_government_fund, budget_other, budget_basic, budget_project, duties");
    QSqlQuery *q = nullptr;
    if (insert) {
        q = prepare(QStringLiteral("INSERT INTO filing (") + columns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"),
            error);
    } else {
        q = prepare(
            QStringLiteral("UPDATE filing SET revision = ?, updated_at = ?, updated_by = ?, fiscal_year = ?, "
                           "fund_level = ?, amount_unit = ?, indicator_scheme = ?, department_name = ?, "
                           "department_head = ?, preparers = ?, phone = ?, attachment_label = ?, budget_total = ?, "
                           "budget_general_public = ?, budget_government_fund = ?, budget_other = ?, "
                           "budget_basic = ?, budget_project = ?, duties = ? WHERE id = ?"),
            error);
    }
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, revision);
    q->bindValue(i++, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q->bindValue(i++, currentUserTag());
    q->bindValue(i++, f.fiscalYear);
    q->bindValue(i++, optionalText(f.fundLevel));
    q->bindValue(i++, amountUnitName(f.amountUnit));
    q->bindValue(i++,
        f.indicatorScheme ? QVariant(indicatorSchemeKey(*f.indicatorScheme))
                          : QVariant(QMetaType::fromType<QString>()));
    q->bindValue(i++, text(f.department.name));
    q->bindValue(i++, optionalText(f.department.head));
    q->bindValue(i++, optionalText(f.department.preparers));
    q->bindValue(i++, optionalText(f.department.phone));
    q->bindValue(i++, optionalText(f.overview.attachmentLabel));
    const Budget &b = f.overview.budget;
    q->bindValue(i++, money(b.total));
    q->bindValue(i++, money(b.generalPublic));
    q->bindValue(i++, money(b.governmentFund));
    q->bindValue(i++, money(b.other));
    q->bindValue(i++, money(b.basic));
    q->bindValue(i++, money(b.project));
    q->bindValue(i++, text(f.overview.duties));
    if (!insert)
        q->bindValue(i++, id);
    if (!run(q, error))
        return false;
    if (insert) {
        if (!q->next()) {
            q->finish();
            if (error)
                *error = StorageText::tr("The database did not return the new filing's number.");
            return false;
        }
        *newId = q->value(0).toLongLong();
        ++m_rows;
        q->finish();
    } else if (q->numRowsAffected() != 1) {
        if (error)
            *error = StorageText::tr("The filing %1 does not exist (any more).").arg(id);
        return false;
    }
    return true;
}

namespace {

bool sameList(const auto &a, const auto &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

} // namespace

bool FilingSql::insertDirection(qint64 id, int fi, int di, const Direction &d, QString *error)
{
    QSqlQuery *q = prepare(QStringLiteral("INSERT INTO direction (filing_id, fund_position, position, name, amount, "
                                          "period, period_goal, annual_goal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, fi);
    q->bindValue(2, di);
    q->bindValue(3, text(d.name));
    q->bindValue(4, money(d.amount));
    q->bindValue(5, text(d.period));
    q->bindValue(6, text(d.periodGoal));
    q->bindValue(7, text(d.annualGoal));
    if (!run(q, error))
        return false;
    QSqlQuery *qi = prepare(QStringLiteral("INSERT INTO direction_indicator (filing_id, fund_position, "
                                           "direction_position, position, level1, level2, name, value, standard) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!qi)
        return false;
    for (int i = 0; i < d.indicators.size(); ++i) {
        const Indicator &ind = d.indicators[i];
        qi->bindValue(0, id);
        qi->bindValue(1, fi);
        qi->bindValue(2, di);
        qi->bindValue(3, i);
        qi->bindValue(4, text(ind.level1));
        qi->bindValue(5, text(ind.level2));
        qi->bindValue(6, text(ind.name));
        qi->bindValue(7, text(ind.value));
        qi->bindValue(8, optionalText(ind.standard));
        if (!run(qi, error))
            return false;
    }
    QSqlQuery *qd = prepare(QStringLiteral("INSERT INTO detail_line (filing_id, fund_position, direction_position, "
                                           "position, content, item, amount, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!qd)
        return false;
    for (int i = 0; i < d.details.size(); ++i) {
        const DetailLine &line = d.details[i];
        qd->bindValue(0, id);
        qd->bindValue(1, fi);
        qd->bindValue(2, di);
        qd->bindValue(3, i);
        qd->bindValue(4, text(line.content));
        qd->bindValue(5, text(line.item));
        qd->bindValue(6, money(line.amount));
        qd->bindValue(7, text(line.basis));
        if (!run(qd, error))
            return false;
    }
    return true;
}

bool FilingSql::insertFund(qint64 id, int fi, const Fund &fund, QString *error)
{
    QSqlQuery *q
        = prepare(QStringLiteral("INSERT INTO fund (filing_id, position, name, amount) VALUES (?, ?, ?, ?)"), error);
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, fi);
    q->bindValue(2, text(fund.name));
    q->bindValue(3, money(fund.amount));
    if (!run(q, error))
        return false;
    for (int di = 0; di < fund.directions.size(); ++di)
        if (!insertDirection(id, fi, di, fund.directions[di], error))
            return false;
    return true;
}

// DELETE FROM table WHERE filing_id = id AND <keys> AND column >= from
bool FilingSql::deleteTail(const QString &table, qint64 id, const QList<QPair<QString, int>> &keys,
    const QString &column, int from, QString *error)
{
    QString sql = QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE filing_id = ?");
    for (const auto &k : keys)
        sql += QStringLiteral(" AND ") + k.first + QStringLiteral(" = ?");
    sql += QStringLiteral(" AND ") + column + QStringLiteral(" >= ?");
    QSqlQuery *q = prepare(sql, error);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, id);
    for (const auto &k : keys)
        q->bindValue(i++, k.second);
    q->bindValue(i++, from);
    return run(q, error);
}

bool FilingSql::insert(const Filing &f, qint64 *id, QString *error)
{
    qint64 newId = 0;
    if (!writeFilingRow(0, f, 1, true, &newId, error))
        return false;
    // Everything below the filing row is "changed" against an empty filing.
    Filing base = f;
    base.overview.workPlan.clear();
    base.overview.indicators.clear();
    base.funds.clear();
    if (!update(newId, base, f, -1, error))
        return false;
    *id = newId;
    return true;
}

bool FilingSql::update(qint64 id, const Filing &old, const Filing &now, qint64 newRevision, QString *error)
{
    // Work plan
    if (!sameList(old.overview.workPlan, now.overview.workPlan)) {
        const auto &a = old.overview.workPlan;
        const auto &b = now.overview.workPlan;
        QSqlQuery *up = prepare(QStringLiteral("UPDATE work_plan_item SET item = ?, owner = ?, goal = ? "
                                               "WHERE filing_id = ? AND position = ?"),
            error);
        QSqlQuery *in = prepare(QStringLiteral("INSERT INTO work_plan_item (item, owner, goal, filing_id, position) "
                                               "VALUES (?, ?, ?, ?, ?)"),
            error);
        if (!up || !in)
            return false;
        for (int i = 0; i < b.size(); ++i) {
            if (i < a.size() && a[i] == b[i])
                continue;
            QSqlQuery *q = i < a.size() ? up : in;
            q->bindValue(0, text(b[i].item));
            q->bindValue(1, text(b[i].owner));
            q->bindValue(2, text(b[i].goal));
            q->bindValue(3, id);
            q->bindValue(4, i);
            if (!run(q, error))
                return false;
        }
        if (a.size() > b.size()
            && !deleteTail(QStringLiteral("work_plan_item"), id, {}, QStringLiteral("position"), int(b.size()), error))
            return false;
    }

    // Overview indicators
    if (!sameList(old.overview.indicators, now.overview.indicators)) {
        const auto &a = old.overview.indicators;
        const auto &b = now.overview.indicators;
        QSqlQuery *up = prepare(QStringLiteral("UPDATE overview_indicator SET level1 = ?, level2 = ?, name = ?, "
                                               "value = ?, standard = ? WHERE filing_id = ? AND position = ?"),
            error);
        QSqlQuery *in = prepare(QStringLiteral("INSERT INTO overview_indicator (level1, level2, name, value, "
                                               "standard, filing_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            error);
        if (!up || !in)
            return false;
        for (int i = 0; i < b.size(); ++i) {
            if (i < a.size() && a[i] == b[i])
                continue;
            QSqlQuery *q = i < a.size() ? up : in;
            q->bindValue(0, text(b[i].level1));
            q->bindValue(1, text(b[i].level2));
            q->bindValue(2, text(b[i].name));
            q->bindValue(3, text(b[i].value));
            q->bindValue(4, optionalText(b[i].standard));
            q->bindValue(5, id);
            q->bindValue(6, i);
            if (!run(q, error))
                return false;
        }
        if (a.size() > b.size()
            && !deleteTail(
                QStringLiteral("overview_indicator"), id, {}, QStringLiteral("position"), int(b.size()), error))
            return false;
    }

    // Funds, their directions, and the directions' rows
    if (!sameList(old.funds, now.funds)) {
        const auto &a = old.funds;
        const auto &b = now.funds;
        // Removed funds first: their positions may be reused by nothing, but
        // their children must go before the fund rows.
        if (a.size() > b.size()) {
            const int from = int(b.size());
            for (const QString &t :
                {QStringLiteral("detail_line"), QStringLiteral("direction_indicator"), QStringLiteral("direction")})
                if (!deleteTail(t, id, {}, QStringLiteral("fund_position"), from, error))
                    return false;
            if (!deleteTail(QStringLiteral("fund"), id, {}, QStringLiteral("position"), from, error))
                return false;
        }
        for (int fi = 0; fi < b.size(); ++fi) {
            if (fi >= a.size()) {
                if (!insertFund(id, fi, b[fi], error))
                    return false;
                continue;
            }
            const Fund &fa = a[fi];
            const Fund &fb = b[fi];
            if (fa == fb)
                continue;
            if (fa.name != fb.name || fa.amount != fb.amount) {
                QSqlQuery *q = prepare(
                    QStringLiteral("UPDATE fund SET name = ?, amount = ? WHERE filing_id = ? AND position = ?"), error);
                if (!q)
                    return false;
                q->bindValue(0, text(fb.name));
                q->bindValue(1, money(fb.amount));
                q->bindValue(2, id);
                q->bindValue(3, fi);
                if (!run(q, error))
                    return false;
            }
            if (sameList(fa.directions, fb.directions))
                continue;
            const auto &da = fa.directions;
            const auto &db = fb.directions;
            if (da.size() > db.size()) {
                const int from = int(db.size());
                const QList<QPair<QString, int>> key {{QStringLiteral("fund_position"), fi}};
                for (const QString &t : {QStringLiteral("detail_line"), QStringLiteral("direction_indicator")})
                    if (!deleteTail(t, id, key, QStringLiteral("direction_position"), from, error))
                        return false;
                if (!deleteTail(QStringLiteral("direction"), id, key, QStringLiteral("position"), from, error))
                    return false;
            }
            for (int di = 0; di < db.size(); ++di) {
                if (di >= da.size()) {
                    if (!insertDirection(id, fi, di, db[di], error))
                        return false;
                    continue;
                }
                const Direction &x = da[di];
                const Direction &y = db[di];
                if (x == y)
                    continue;
                if (x.name != y.name || x.amount != y.amount || x.period != y.period || x.periodGoal != y.periodGoal
                    || x.annualGoal != y.annualGoal) {
                    QSqlQuery *q = prepare(QStringLiteral("UPDATE direction SET name = ?, amount = ?, period = ?, "
                                                          "period_goal = ?, annual_goal = ? WHERE filing_id = ? AND "
                                                          "fund_position = ? AND position = ?"),
                        error);
                    if (!q)
                        return false;
                    q->bindValue(0, text(y.name));
                    q->bindValue(1, money(y.amount));
                    q->bindValue(2, text(y.period));
                    q->bindValue(3, text(y.periodGoal));
                    q->bindValue(4, text(y.annualGoal));
                    q->bindValue(5, id);
                    q->bindValue(6, fi);
                    q->bindValue(7, di);
                    if (!run(q, error))
                        return false;
                }
                const QList<QPair<QString, int>> key {
                    {QStringLiteral("fund_position"), fi}, {QStringLiteral("direction_position"), di}};
                if (!sameList(x.indicators, y.indicators)) {
                    QSqlQuery *up = prepare(
                        QStringLiteral("UPDATE direction_indicator SET level1 = ?, level2 = ?, name = ?, value = ?, "
                                       "standard = ? WHERE filing_id = ? AND fund_position = ? AND "
                                       "direction_position = ? AND position = ?"),
                        error);
                    QSqlQuery *in = prepare(
                        QStringLiteral("INSERT INTO direction_indicator (level1, level2, name, value, standard, "
                                       "filing_id, fund_position, direction_position, position) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        error);
                    if (!up || !in)
                        return false;
                    for (int i = 0; i < y.indicators.size(); ++i) {
                        if (i < x.indicators.size() && x.indicators[i] == y.indicators[i])
                            continue;
                        const Indicator &ind = y.indicators[i];
                        QSqlQuery *q = i < x.indicators.size() ? up : in;
                        q->bindValue(0, text(ind.level1));
                        q->bindValue(1, text(ind.level2));
                        q->bindValue(2, text(ind.name));
                        q->bindValue(3, text(ind.value));
                        q->bindValue(4, optionalText(ind.standard));
                        q->bindValue(5, id);
                        q->bindValue(6, fi);
                        q->bindValue(7, di);
                        q->bindValue(8, i);
                        if (!run(q, error))
                            return false;
                    }
                    if (x.indicators.size() > y.indicators.size()
                        && !deleteTail(QStringLiteral("direction_indicator"), id, key, QStringLiteral("position"),
                            int(y.indicators.size()), error))
                        return false;
                }
                if (!sameList(x.details, y.details)) {
                    QSqlQuery *up = prepare(QStringLiteral("UPDATE detail_line SET content = ?, item = ?, amount = ?, "
                                                           "basis = ? WHERE filing_id = ? AND fund_position = ? AND "
                                                           "direction_position = ? AND position = ?"),
                        error);
                    QSqlQuery *in = prepare(QStringLiteral("INSERT INTO detail_line (content, item, amount, basis, "
                                                           "filing_id, fund_position, direction_position, position) "
                                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        error);
                    if (!up || !in)
                        return false;
                    for (int i = 0; i < y.details.size(); ++i) {
                        if (i < x.details.size() && x.details[i] == y.details[i])
                            continue;
                        const DetailLine &line = y.details[i];
                        QSqlQuery *q = i < x.details.size() ? up : in;
                        q->bindValue(0, text(line.content));
                        q->bindValue(1, text(line.item));
                        q->bindValue(2, money(line.amount));
                        q->bindValue(3, text(line.basis));
                        q->bindValue(4, id);
                        q->bindValue(5, fi);
                        q->bindValue(6, di);
                        q->bindValue(7, i);
                        if (!run(q, error))
                            return false;
                    }
                    if (x.details.size() > y.details.size()
                        && !deleteTail(QStringLiteral("detail_line"), id, key, QStringLiteral("position"),
                            int(y.details.size()), error))
                        return false;
                }
            }
        }
    }

    if (newRevision >= 0 && !writeFilingRow(id, now, newRevision, false, nullptr, error))
        return false;
    return true;
}

bool FilingSql::remove(qint64 id, QString *error)
{
    for (const QString &t : childTablesDeleteOrder()) {
        QSqlQuery *q = prepare(QStringLiteral("DELETE FROM ") + t + QStringLiteral(" WHERE filing_id = ?"), error);
        if (!q)
            return false;
        q->bindValue(0, id);
        if (!run(q, error))
            return false;
    }
    QSqlQuery *q = prepare(QStringLiteral("DELETE FROM filing WHERE id = ?"), error);
    if (!q)
        return false;
    q->bindValue(0, id);
    return run(q, error);
}

} // namespace jixiao::storage
