// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The draft tests' tools (test_draft*.cpp): a folder of the test's own, and
// the file as another program sees it.
#include "storagetestutil.h"

#include "model/jsonio.h"
#include "storage/draft.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace jixiao::test {

// Runs statements on a file with a plain SQLite connection (another program).
inline bool rawSql(const QString &path, const QStringList &statements, QString *firstValue = nullptr)
{
    static int n = 0;
    const QString name = QStringLiteral("raw-%1").arg(n++);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                ADD_FAILURE() << s.toStdString() << ": " << q.lastError().text().toStdString();
                ok = false;
                break;
            }
            if (firstValue && q.next())
                *firstValue = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

class DraftTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path(const QString &name) const { return dir.filePath(name); }
    QString makeDraft(const QString &name, const Filing &f = sampleFiling())
    {
        const QString p = path(name);
        QString error;
        EXPECT_TRUE(Draft::create(p, f, &error)) << error.toStdString();
        return p;
    }
    QTemporaryDir dir;
};

} // namespace jixiao::test
