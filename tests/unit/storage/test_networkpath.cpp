// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts on a file server keep a rollback journal: SQLite's write-ahead log
// needs shared memory that SMB and NFS do not give.
#include "storagetestutil.h"

#include "model/jsonio.h"
#include "storage/draft.h"
#include "storage/networkpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace jixiao;
using namespace jixiao::storage;

namespace {

// Bytes 18 and 19 of an SQLite file: 1 for a rollback journal, 2 for WAL.
int journalFormat(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = f.read(20);
    return head.size() == 20 && head[18] == head[19] ? head[18] : -1;
}

struct OpenState
{
    int format = -1;
    bool walBeside = false;
};

// Creates a draft in `folder`, opens it for editing, saves a change, and
// looks at the file while it is still open.
OpenState openAndSave(const QString &folder, QString *error)
{
    const QString path
        = QDir(folder).filePath(QStringLiteral("共享 草稿 %1.jixiao").arg(QCoreApplication::applicationPid()));
    QFile::remove(path);
    OpenState s;
    if (!Draft::create(path, sampleFiling(), error))
        return s;
    {
        Filing f;
        Draft::OpenInfo info;
        auto d = Draft::open(path, &f, &info, error);
        if (!d)
            return s;
        if (d->isReadOnly()) {
            *error = info.readOnlyReason;
            return s;
        }
        f.department.name += QStringLiteral("（改）");
        if (!d->save(f, error))
            return s;
        s.format = journalFormat(path);
        s.walBeside = QFileInfo::exists(path + QStringLiteral("-wal"));
    }
    QFile::remove(path);
    return s;
}

} // namespace

TEST(NetworkPath, UncSpellingsAreShares)
{
    for (const char *p : {R"(\\server\share\a.jixiao)", "//server/share/a.jixiao", R"(\\?\UNC\server\share\a.jixiao)",
             R"(\\文件服务器\财务 共享\草稿.jixiao)", R"(\\server\share)"})
        EXPECT_TRUE(isUncPath(QString::fromUtf8(p))) << p;
    for (const char *p : {R"(C:\Users\a.jixiao)", "/home/a/a.jixiao", R"(\\?\C:\a.jixiao)", R"(\\.\C:\a.jixiao)",
             R"(\\server)", R"(\\\server\share)", "relative/a.jixiao", ""})
        EXPECT_FALSE(isUncPath(QString::fromUtf8(p))) << p;
}

TEST(NetworkPath, ALocalDraftUsesTheWriteAheadLog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_FALSE(isOnNetworkFileSystem(dir.path()));
    QString error;
    const OpenState s = openAndSave(dir.path(), &error);
    EXPECT_EQ(s.format, 2) << error.toStdString();
    EXPECT_TRUE(s.walBeside);
}

// Folders that the system sees as shares, ';'-separated. scripts/windows/test.sh
// makes a UNC share and a mapped network drive in its Wine prefix.
TEST(NetworkPath, ADraftOnAShareKeepsARollbackJournal)
{
    const QString folders = qEnvironmentVariable("JIXIAO_TEST_NETWORK_FOLDERS");
    if (folders.isEmpty())
        GTEST_SKIP() << "no share to test on: set JIXIAO_TEST_NETWORK_FOLDERS (scripts/windows/test.sh does)";
    for (const QString &folder : folders.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        SCOPED_TRACE(folder.toStdString());
        EXPECT_TRUE(isOnNetworkFileSystem(QDir(folder).filePath(QStringLiteral("a.jixiao"))));
        QString error;
        const OpenState s = openAndSave(folder, &error);
        EXPECT_EQ(s.format, 1) << error.toStdString();
        EXPECT_FALSE(s.walBeside);
    }
}
