// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts on the command line: convert, validate, new-year, diff, push, pull.
#include "clirunner.h"
#include "samplefiles.h"

#include "model/jsonio.h"
#include "storage/draft.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class CliStorage : public SampleFilesTest
{
};

// The shared-store commands against the throwaway PostgreSQL server that
// scripts/test.sh starts; skipped, saying why, without one.
class CliStore : public CliStorage
{
protected:
    void SetUp() override
    {
        CliStorage::SetUp();
        uri = qEnvironmentVariable("JIXIAO_TEST_PG_URI");
        if (uri.isEmpty())
            GTEST_SKIP() << "JIXIAO_TEST_PG_URI is not set: no PostgreSQL server for the shared-store tests "
                            "(scripts/test.sh starts one with scripts/pg-test-server.sh)";
    }
    // `jixiao push draft uri --new`: the new filing's id ("" and a failure
    // when the push did not store it); `out` receives what it printed.
    QString pushNew(QString *out = nullptr)
    {
        const CliResult r = runJixiao({QStringLiteral("push"), draft, uri, QStringLiteral("--new")});
        if (out)
            *out = r.out;
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("as filing (\\d+) ")).match(r.out);
        EXPECT_TRUE(m.hasMatch()) << r.out.toStdString();
        return m.captured(1);
    }
    QString uri;
};

TEST_F(CliStorage, ConvertGoesBetweenJsonAndDraftsByteForByte)
{
    ASSERT_TRUE(Draft::looksLikeDraft(draft));
    const QString back = path(QStringLiteral("back.json"));
    const CliResult r = runJixiao({QStringLiteral("convert"), draft, back});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readAll(back), readAll(json));
}

TEST_F(CliStorage, ConvertOfABadDraftExitsTwoWithTheReason)
{
    const QString bad = path(QStringLiteral("bad.jixiao"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    f.close();
    const CliResult r = runJixiao({QStringLiteral("convert"), bad, path(QStringLiteral("out.json"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ZIP archive"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.json"))));
    EXPECT_FALSE(QFile::exists(bad + QStringLiteral("-journal")));
}

TEST_F(CliStorage, ValidateReadsDrafts)
{
    const CliResult fromJson = runJixiao({QStringLiteral("validate"), json});
    CliResult fromDraft = runJixiao({QStringLiteral("validate"), draft});
    ASSERT_NE(fromJson.exitCode, 2) << fromJson.err.toStdString();
    EXPECT_EQ(fromDraft.exitCode, fromJson.exitCode) << fromDraft.err.toStdString();
    QString out = fromDraft.out;
    EXPECT_EQ(out.replace(draft, json), fromJson.out);
}

TEST_F(CliStorage, NewYearCarriesForwardAndReportsStaleYears)
{
    const QString next = path(QStringLiteral("2024.jixiao"));
    CliResult r = runJixiao({QStringLiteral("new-year"), draft, QStringLiteral("--year"), QStringLiteral("2024"),
        QStringLiteral("-o"), next});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("fiscal year 2024"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("/funds/1/directions/0/period"))) << r.out.toStdString();
    Filing f;
    ASSERT_TRUE(Draft::open(next, &f, nullptr, nullptr));
    EXPECT_EQ(f.fiscalYear, 2024);
    EXPECT_EQ(f.funds[0].amount, sampleFiling().funds[0].amount);
    EXPECT_TRUE(f.funds[1].directions[0].period.contains(QStringLiteral("2023"))) << "kept unless asked";

    // Never replaces a file.
    r = runJixiao({QStringLiteral("new-year"), draft, QStringLiteral("-o"), next});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();

    const QString cleared = path(QStringLiteral("2024-cleared.json"));
    r = runJixiao({QStringLiteral("new-year"), json, QStringLiteral("-o"), cleared, QStringLiteral("--clear-amounts"),
        QStringLiteral("--replace-years")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ImportError e;
    ASSERT_TRUE(FilingJson::readFile(cleared, &f, &e)) << e.toString().toStdString();
    EXPECT_EQ(f.fiscalYear, 2024);
    EXPECT_FALSE(f.funds[0].amount.has_value());
    EXPECT_FALSE(f.overview.budget.total.has_value());
    EXPECT_FALSE(f.funds[1].directions[0].period.contains(QStringLiteral("2023")))
        << f.funds[1].directions[0].period.toStdString();
}

// The project forms go through every command that walks a filing: generate
// writes them into a draft, new-year carries them (amounts cleared, years
// replaced), diff names what changed in them.
TEST_F(CliStorage, ProjectsGoThroughGenerateNewYearAndDiff)
{
    const QString last = path(QStringLiteral("projects-2023.jixiao"));
    CliResult r = runJixiao({QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("3"),
        QStringLiteral("--projects"), QStringLiteral("2"), QStringLiteral("-o"), last});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Filing f;
    ASSERT_TRUE(Draft::open(last, &f, nullptr, nullptr));
    ASSERT_EQ(f.projects.size(), 2);
    EXPECT_TRUE(f.projects[1].indicators[0].midTermValue.has_value());

    const QString next = path(QStringLiteral("projects-2024.json"));
    r = runJixiao({QStringLiteral("new-year"), last, QStringLiteral("-o"), next, QStringLiteral("--clear-amounts"),
        QStringLiteral("--replace-years")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Filing n;
    ImportError e;
    ASSERT_TRUE(FilingJson::readFile(next, &n, &e)) << e.toString().toStdString();
    ASSERT_EQ(n.projects.size(), 2);
    EXPECT_FALSE(n.projects[0].annualTotal.has_value());
    EXPECT_FALSE(n.projects[1].midTermTotal.has_value());
    EXPECT_TRUE(n.projects[0].annualGoal.startsWith(QStringLiteral("2024年")))
        << n.projects[0].annualGoal.toStdString();

    r = runJixiao({QStringLiteral("diff"), last, next});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("[/projects/0/annualTotal]"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[/projects/0/annualGoal]"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(f.projects[0].name)) << r.out.toStdString();
}

TEST_F(CliStorage, DiffExitsZeroOneOrTwoAsDiffDoes)
{
    CliResult r = runJixiao({QStringLiteral("diff"), json, draft});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    Filing changed = sampleFiling();
    changed.funds[1].directions[0].details[1].amount = Money::fromUnits(1);
    changed.overview.indicators.removeLast();
    const QString other = path(QStringLiteral("changed.json"));
    QString error;
    ASSERT_TRUE(FilingJson::writeFile(other, changed, &error));
    r = runJixiao({QStringLiteral("diff"), draft, other});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("~ "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[/funds/1/directions/0/details/1/amount]"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("- "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Changes: 2"))) << r.out.toStdString();

    r = runJixiao({QStringLiteral("diff"), draft, path(QStringLiteral("missing.jixiao"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
}

TEST_F(CliStore, PushAndPullThroughTheSharedStore)
{
    QString printed;
    const QString id = pushNew(&printed);
    ASSERT_FALSE(id.isEmpty());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("as filing \\d+ in .* \\(revision 1\\)")).match(printed).hasMatch())
        << printed.toStdString();
    CliResult r;

    // A colleague pulls it, edits, pushes: the same filing, revision 2.
    const QString theirs = path(QStringLiteral("theirs.jixiao"));
    r = runJixiao({QStringLiteral("pull"), uri, id, QStringLiteral("-o"), theirs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    Filing f;
    {
        auto d = Draft::open(theirs, &f, nullptr, nullptr);
        ASSERT_TRUE(d && d->origin());
        EXPECT_EQ(d->origin()->filingId, id.toLongLong());
        EXPECT_EQ(f, sampleFiling());
        f.overview.duties = QStringLiteral("colleague's edit");
        ASSERT_TRUE(d->save(f, nullptr));
    }
    r = runJixiao({QStringLiteral("push"), theirs, uri});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("as filing %1 ").arg(id))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(revision 2)"))) << r.out.toStdString();

    // My copy is now stale: pushing it is refused, nothing overwritten.
    {
        auto d = Draft::open(draft, &f, nullptr, nullptr);
        ASSERT_TRUE(d);
        f.overview.duties = QStringLiteral("my stale edit");
        ASSERT_TRUE(d->save(f, nullptr));
    }
    r = runJixiao({QStringLiteral("push"), draft, uri});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("was changed after"))) << r.err.toStdString();
    const QString check = path(QStringLiteral("check.json"));
    r = runJixiao({QStringLiteral("pull"), uri, id, QStringLiteral("-o"), check});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ImportError e;
    ASSERT_TRUE(FilingJson::readFile(check, &f, &e));
    EXPECT_EQ(f.overview.duties, QStringLiteral("colleague's edit"));

    // The listing names it; a password in the address is never printed.
    QString withPassword = uri;
    withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:hunter2@"));
    r = runJixiao({QStringLiteral("pull"), withPassword});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(id + QStringLiteral("\t2023\t"))) << r.out.toStdString();
    r = runJixiao({QStringLiteral("push"), json, withPassword, QStringLiteral("--new")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("hunter2"))) << r.out.toStdString();

    r = runJixiao({QStringLiteral("pull"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"), id,
        QStringLiteral("-o"), path(QStringLiteral("x.jixiao"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.jixiao"))));
}

// The store is the database, not the spelling of its address: a draft pulled
// through 127.0.0.1 and pushed through localhost (or with options added)
// updates the same filing; nothing becomes a new filing without --new.
TEST_F(CliStore, PushKnowsTheStoreByItsIdentityAndMakesNewFilingsOnlyWithNew)
{
    ASSERT_TRUE(uri.contains(QStringLiteral("@127.0.0.1:"))) << uri.toStdString();
    const auto countFilings = [&]() {
        const CliResult list = runJixiao({QStringLiteral("pull"), uri});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return list.out.count(QLatin1Char('\n'));
    };

    // Never stored: refused without --new, nothing stored.
    const int before = countFilings();
    CliResult r = runJixiao({QStringLiteral("push"), draft, uri});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--new"))) << r.err.toStdString();
    r = runJixiao({QStringLiteral("push"), json, uri});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(countFilings(), before);
    const QString id = pushNew();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(countFilings(), before + 1);

    // Pulled through 127.0.0.1, pushed through localhost and with options.
    const QString pulled = path(QStringLiteral("pulled.jixiao"));
    r = runJixiao({QStringLiteral("pull"), uri, id, QStringLiteral("-o"), pulled});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString localhost = uri;
    localhost.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:"));
    const QString withOptions = localhost + QStringLiteral("?sslmode=disable&connect_timeout=9");
    int revision = 1;
    for (const QString &spelling : {localhost, withOptions}) {
        Filing f;
        {
            auto d = Draft::open(pulled, &f, nullptr, nullptr);
            ASSERT_TRUE(d);
            f.overview.duties = spelling;
            ASSERT_TRUE(d->save(f, nullptr));
        }
        r = runJixiao({QStringLiteral("push"), pulled, spelling});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ++revision;
        EXPECT_TRUE(r.out.contains(QStringLiteral("as filing %1 ").arg(id))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("(revision %1)").arg(revision))) << r.out.toStdString();
    }
    EXPECT_EQ(countFilings(), before + 1) << "a different spelling made a duplicate";

    // A draft from another store (another server's identity) is not pushed
    // here as a new filing unless asked.
    {
        Filing f;
        auto d = Draft::open(pulled, &f, nullptr, nullptr);
        ASSERT_TRUE(d && d->origin());
        Draft::Origin elsewhere = *d->origin();
        elsewhere.uri = QStringLiteral("postgresql://postgres@other-server:5432/jixiao");
        elsewhere.store = QStringLiteral("postgresql:1234567890/16384/jixiao");
        ASSERT_TRUE(d->setOrigin(elsewhere, nullptr));
    }
    r = runJixiao({QStringLiteral("push"), pulled, uri});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("another store"))) << r.err.toStdString();
    EXPECT_EQ(countFilings(), before + 1);
}

// Issue 20, hole 8: after concurrent pushes of one draft, the winner could
// not record the push in its draft (another push had it open) and said "a
// later push stores it as a new filing"; in fact a later push is refused as
// stale. The draft here is held open as the editor holds it: the push stores
// it, cannot record it, and its note says what really happens next.
TEST_F(CliStore, ThePushNoteSaysWhatALaterPushReallyDoes)
{
    const QString id = pushNew();
    ASSERT_FALSE(id.isEmpty());
    CliResult r;
    {
        Filing f;
        QString error;
        auto editor = Draft::open(draft, &f, nullptr, &error);
        ASSERT_TRUE(editor && !editor->isReadOnly()) << error.toStdString();
        f.overview.duties = QStringLiteral("edited while open");
        ASSERT_TRUE(editor->save(f, &error)) << error.toStdString();
        r = runJixiao({QStringLiteral("push"), draft, uri});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("(revision 2)"))) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("could not record"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("stores it as a new filing"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("refused as changed meanwhile"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("pull filing %1 again").arg(id))) << r.err.toStdString();
    }
    // What the note said: the next push of this draft is refused, exit 1.
    r = runJixiao({QStringLiteral("push"), draft, uri});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("was changed after"))) << r.err.toStdString();
}

} // namespace
