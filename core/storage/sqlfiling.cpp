// SPDX-License-Identifier: GPL-3.0-or-later
// A filing in SQL: its rows read, inserted, updated and removed, in SQLite
// and PostgreSQL alike. Errors, statements and transactions: sqlsession.cpp.
#include "sqlfiling.h"

#include "model/listtree.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

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
class Columns
{
public:
    Columns(const QSqlQuery &q, const QString &where)
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

QSqlQuery *FilingSql::filingRow(const QString &sql, qint64 id, QString *error)
{
    QSqlQuery *q = prepare(sql, error);
    if (!q)
        return nullptr;
    q->bindValue(0, id);
    if (!run(q, error))
        return nullptr;
    if (!q->next()) {
        q->finish();
        if (error)
            *error = StorageText::tr("The filing %1 does not exist (any more).").arg(id);
        return nullptr;
    }
    return q;
}

bool FilingSql::readRevision(qint64 id, RevisionInfo *revision, bool forUpdate, QString *error)
{
    QString sql = QStringLiteral("SELECT revision, updated_at, updated_by FROM filing WHERE id = ?");
    if (forUpdate && m_dialect == Dialect::Postgres)
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery *q = filingRow(sql, id, error);
    if (!q)
        return false;
    revision->revision = q->value(0).toLongLong();
    revision->updatedAt = q->value(1).toString();
    revision->updatedBy = q->value(2).toString();
    q->finish();
    return true;
}

namespace {

// The columns of a row's fields, in their order: "name, amount, period".
template<typename R> QStringList columnsOf()
{
    QStringList c;
    for (const Field<R> &f : fieldsOf<R>())
        c << QLatin1String(f.column);
    return c;
}

template<typename R> void bindFields(QSqlQuery *q, const R &row, int *i)
{
    for (const Field<R> &f : fieldsOf<R>()) {
        switch (f.kind) {
        case ValueKind::Text:
            q->bindValue((*i)++, text(row.*f.text));
            break;
        case ValueKind::OptionalText:
            q->bindValue((*i)++, optionalText(row.*f.optionalText));
            break;
        case ValueKind::Amount:
            q->bindValue((*i)++, money(row.*f.amount));
            break;
        }
    }
}

template<typename R> void readFields(Columns &c, R *row)
{
    for (const Field<R> &f : fieldsOf<R>()) {
        switch (f.kind) {
        case ValueKind::Text:
            row->*f.text = c.text();
            break;
        case ValueKind::OptionalText:
            row->*f.optionalText = c.optionalText();
            break;
        case ValueKind::Amount:
            row->*f.amount = c.amount();
            break;
        }
    }
}

// The filing row: the filing's own values, then the header's, the overview's
// and the budget's fields, then the values later versions added.
QStringList filingColumns()
{
    QStringList c;
    for (const Column &own : filingOwnColumns())
        c << own.name;
    c += columnsOf<Department>() + columnsOf<Overview>() + columnsOf<Budget>();
    for (const Column &later : filingLaterColumns())
        c << later.name;
    return c;
}

bool sameList(const auto &a, const auto &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

template<typename R> const QList<R> &noRows()
{
    static const QList<R> none;
    return none;
}

} // namespace

template<typename R, typename TargetFn>
bool FilingSql::loadList(qint64 id, const ListInfo &list, TargetFn target, QString *error)
{
    const QString table = QLatin1String(list.table);
    const QString order = (listKeyColumns(list) << QStringLiteral("position")).join(QStringLiteral(", "));
    QSqlQuery *q
        = prepare(QStringLiteral("SELECT ") + order + QStringLiteral(", ") + columnsOf<R>().join(QStringLiteral(", "))
                + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE filing_id = ? ORDER BY ") + order,
            error);
    if (!q)
        return false;
    q->bindValue(0, id);
    if (!run(q, error))
        return false;
    while (q->next()) {
        Columns c(*q, table);
        qint64 parents[2] = {-1, -1};
        for (int k = 0; k < list.depth; ++k)
            parents[k] = c.integer();
        const qint64 pos = c.integer();
        R row;
        readFields(c, &row);
        if (!c.ok()) {
            q->finish();
            if (error)
                *error = c.problem();
            return false;
        }
        QList<R> *rows = target(parents);
        if (!rows || pos != rows->size()) {
            q->finish();
            if (error)
                *error = damaged(StorageText::tr("the rows of “%1” are out of order or incomplete").arg(table));
            return false;
        }
        rows->append(std::move(row));
    }
    q->finish();
    return true;
}

bool FilingSql::load(qint64 id, Filing *out, RevisionInfo *revision, QString *error)
{
    Filing f;
    QSqlQuery *q = filingRow(QStringLiteral("SELECT ") + filingColumns().join(QStringLiteral(", "))
            + QStringLiteral(" FROM filing WHERE id = ?"),
        id, error);
    if (!q)
        return false;
    {
        Columns c(*q, QStringLiteral("filing"));
        RevisionInfo rev;
        rev.revision = c.integer();
        rev.updatedAt = c.text();
        rev.updatedBy = c.text();
        const qint64 year = c.integer();
        f.fundLevel = c.optionalText();
        const QString unit = c.text();
        const std::optional<QString> scheme = c.optionalText();
        readFields(c, &f.department);
        readFields(c, &f.overview);
        readFields(c, &f.overview.budget);
        f.projectsComplete = c.integer() != 0;
        const std::optional<QString> readableBy = c.optionalText();
        q->finish();
        if (!c.ok()) {
            if (error)
                *error = c.problem();
            return false;
        }
        if (year < 2000 || year > 2100) {
            if (error)
                *error = damaged(StorageText::tr("the fiscal year %1 is not a year from 2000 to 2100").arg(year));
            return false;
        }
        if (readableBy && readableBy->toInt() > Filing::FormatVersion) {
            if (error)
                *error = StorageText::tr("This filing holds parts that only a newer version of Jixiao can show "
                                         "(format %1; this version reads up to %2). Update Jixiao to open it.")
                             .arg(*readableBy)
                             .arg(Filing::FormatVersion);
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

    bool ok = true;
    tree::forEachList([&](auto l) {
        using L = decltype(l);
        ok = ok
            && loadList<typename L::Row>(
                id, L::info(), [&f](const qint64 *parents) { return tree::rowsAt<L>(f, parents); }, error);
    });
    if (!ok)
        return false;

    *out = std::move(f);
    return true;
}

bool FilingSql::writeFilingRow(qint64 id, const Filing &f, qint64 revision, bool insert, qint64 *newId, QString *error)
{
    static const QStringList columns = filingColumns();
    QSqlQuery *q = nullptr;
    if (insert) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        q = prepare(QStringLiteral("INSERT INTO filing (") + columns.join(QStringLiteral(", "))
                + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QStringLiteral(") RETURNING id"),
            error);
    } else {
        q = prepare(QStringLiteral("UPDATE filing SET ") + columns.join(QStringLiteral(" = ?, "))
                + QStringLiteral(" = ? WHERE id = ?"),
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
    bindFields(q, f.department, &i);
    bindFields(q, f.overview, &i);
    bindFields(q, f.overview.budget, &i);
    q->bindValue(i++, f.projectsComplete ? 1 : 0);
    q->bindValue(i++, formatVersionNeeded(f));
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

template<typename R>
bool FilingSql::writeRows(
    qint64 id, const ListInfo &list, const QList<int> &parents, const QList<R> &a, const QList<R> &b, QString *error)
{
    const QString table = QLatin1String(list.table);
    const QStringList keys = listKeyColumns(list);
    if (a.size() > b.size()) {
        // The removed rows' own rows first (the deepest lists first), then theirs.
        QList<QPair<QString, int>> match;
        for (int k = 0; k < list.depth; ++k)
            match.append({keys[k], parents[k]});
        const auto all = lists::all();
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            bool nested = false;
            for (const ListInfo *p = (*it)->parent; p; p = p->parent)
                nested = nested || p == &list;
            if (nested
                && !deleteTail(
                    QLatin1String((*it)->table), id, match, QLatin1String(list.keyColumn), int(b.size()), error))
                return false;
        }
        if (!deleteTail(table, id, match, QStringLiteral("position"), int(b.size()), error))
            return false;
    }
    QSqlQuery *up = nullptr;
    QSqlQuery *in = nullptr;
    for (int i = 0; i < b.size(); ++i) {
        if (i < a.size() && sameFields(a[i], b[i]))
            continue;
        QSqlQuery *&q = i < a.size() ? up : in;
        if (!q) {
            const QStringList where = QStringList {QStringLiteral("filing_id")} + keys << QStringLiteral("position");
            if (&q == &up) {
                q = prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                        + columnsOf<R>().join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ? WHERE ")
                        + where.join(QStringLiteral(" = ? AND ")) + QStringLiteral(" = ?"),
                    error);
            } else {
                const QStringList columns = columnsOf<R>() + where;
                QStringList marks;
                for (qsizetype c = 0; c < columns.size(); ++c)
                    marks << QStringLiteral("?");
                q = prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                        + marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                    error);
            }
            if (!q)
                return false;
        }
        int c = 0;
        bindFields(q, b[i], &c);
        q->bindValue(c++, id);
        for (int k = 0; k < list.depth; ++k)
            q->bindValue(c++, parents[k]);
        q->bindValue(c++, i);
        if (!run(q, error))
            return false;
    }
    return true;
}

bool FilingSql::insert(const Filing &f, qint64 *id, QString *error)
{
    qint64 newId = 0;
    if (!writeFilingRow(0, f, 1, true, &newId, error))
        return false;
    // Everything below the filing row is "changed" against an empty filing.
    Filing base = f;
    tree::forEach(tree::FilingLists {}, [&base](auto l) { decltype(l)::rows(base).clear(); });
    if (!update(newId, base, f, -1, error))
        return false;
    *id = newId;
    return true;
}

template<typename L>
bool FilingSql::writeList(
    qint64 id, QList<int> &parents, const QList<typename L::Row> &a, const QList<typename L::Row> &b, QString *error)
{
    using R = typename L::Row;
    if (sameList(a, b))
        return true;
    if (!writeRows(id, L::info(), parents, a, b, error))
        return false;
    for (int i = 0; i < b.size(); ++i) {
        const R *x = i < a.size() ? &a[i] : nullptr;
        const R &y = b[i];
        bool ok = true;
        parents.append(i);
        tree::forEach(typename L::Children {}, [&](auto c) {
            using C = decltype(c);
            ok = ok && writeList<C>(id, parents, x ? C::rows(*x) : noRows<typename C::Row>(), C::rows(y), error);
        });
        parents.removeLast();
        if (!ok)
            return false;
    }
    return true;
}

bool FilingSql::update(qint64 id, const Filing &old, const Filing &now, qint64 newRevision, QString *error)
{
    bool ok = true;
    QList<int> parents;
    tree::forEach(tree::FilingLists {}, [&](auto l) {
        using L = decltype(l);
        ok = ok && writeList<L>(id, parents, L::rows(old), L::rows(now), error);
    });
    if (!ok)
        return false;
    if (newRevision >= 0 && !writeFilingRow(id, now, newRevision, false, nullptr, error))
        return false;
    return true;
}

bool FilingSql::remove(qint64 id, QString *error)
{
    // Rows of nested lists before the rows that hold them.
    const auto all = lists::all();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        QSqlQuery *q = prepare(
            QStringLiteral("DELETE FROM ") + QLatin1String((*it)->table) + QStringLiteral(" WHERE filing_id = ?"),
            error);
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
