// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSettings>

using namespace jixiao;

namespace {

class LibraryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString touch(const QString &name)
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        return QFileInfo(p).canonicalFilePath();
    }
    static Filing filing(int year, const QString &department)
    {
        Filing f;
        f.fiscalYear = year;
        f.department.name = department;
        return f;
    }
    QDateTime at(int minutes) const { return QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addSecs(minutes * 60); }

    jixiao::testing::TempSettings temp;
    QTemporaryDir &dir = temp.dir;
    QSettings *const settings = &temp.settings;
};

TEST_F(LibraryTest, ListsByYearAndDepartment)
{
    DraftLibrary lib(settings);
    const QString a23 = touch(QStringLiteral("a23.jixiao"));
    const QString a24 = touch(QStringLiteral("a24.jixiao"));
    const QString b24 = touch(QStringLiteral("b24.jixiao"));
    const QString a24copy = touch(QStringLiteral("a24-copy.jixiao"));
    lib.record(a23, filing(2023, QStringLiteral("科技和工业信息化局")), at(0));
    lib.record(b24, filing(2024, QStringLiteral("财政局")), at(1));
    lib.record(a24, filing(2024, QStringLiteral("科技和工业信息化局")), at(2));
    lib.record(a24copy, filing(2024, QStringLiteral("科技和工业 信息化局")), at(3));

    const QList<DraftLibrary::Group> groups = lib.groups();
    ASSERT_EQ(groups.size(), 3);
    EXPECT_EQ(groups[0].fiscalYear, 2024);
    EXPECT_EQ(groups[2].fiscalYear, 2023);
    // Within 2024: the two departments, each with its drafts, newest first.
    int twoDrafts = groups[0].entries.size() == 2 ? 0 : 1;
    ASSERT_EQ(groups[twoDrafts].entries.size(), 2);
    EXPECT_EQ(groups[twoDrafts].entries[0].path, a24copy);
    EXPECT_EQ(groups[twoDrafts].entries[1].path, a24);
    EXPECT_EQ(groups[1 - twoDrafts].entries[0].path, b24);

    // "Last year's" for the 2024 filing is one look-up.
    const auto last = lib.lastYear(filing(2024, QStringLiteral("科技和工业信息化局")));
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->path, a23);
    EXPECT_FALSE(lib.lastYear(filing(2024, QStringLiteral("财政局"))).has_value());
}

TEST_F(LibraryTest, SurvivesRestartAndForgets)
{
    const QString a = touch(QStringLiteral("a.jixiao"));
    const QString b = touch(QStringLiteral("b.jixiao"));
    {
        DraftLibrary lib(settings);
        lib.record(a, filing(2023, QStringLiteral("甲")), at(0));
        lib.record(b, filing(2023, QStringLiteral("乙")), at(1));
        lib.record(a, filing(2024, QStringLiteral("甲")), at(2)); // the same file, now 2024: one entry
    }
    settings->sync();
    QSettings again(temp.fileName(), QSettings::IniFormat);
    DraftLibrary lib(&again);
    QList<DraftLibrary::Entry> list = lib.entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].path, a);
    EXPECT_EQ(list[0].fiscalYear, 2024);
    EXPECT_EQ(list[0].lastOpened, at(2));
    ASSERT_TRUE(QFile::remove(b));
    EXPECT_FALSE(lib.find(QStringLiteral("乙"), 2023).has_value()); // gone from disk
    EXPECT_EQ(lib.forgetMissing(), 1);
    lib.forget(a);
    EXPECT_TRUE(lib.entries().isEmpty());
}

TEST_F(LibraryTest, KeepsOnlyTheMostRecentlyOpened)
{
    DraftLibrary lib(settings);
    for (int i = 0; i < DraftLibrary::MaxEntries + 5; ++i)
        lib.record(
            dir.filePath(QStringLiteral("f%1.jixiao").arg(i)), filing(2000 + i % 50, QStringLiteral("甲")), at(i));
    const QList<DraftLibrary::Entry> list = lib.entries();
    EXPECT_EQ(list.size(), DraftLibrary::MaxEntries);
    for (const DraftLibrary::Entry &e : list)
        EXPECT_GE(e.lastOpened, at(5));
}

} // namespace
