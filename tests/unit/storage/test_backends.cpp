// SPDX-License-Identifier: GPL-3.0-or-later
// The same storage suite against both backends: a draft (SQLite) and the
// shared store (PostgreSQL, from JIXIAO_TEST_PG_URI; skipped with the reason
// printed when no server was started for the tests).
#include "storagetestutil.h"

#include "model/jsonio.h"
#include "storage/draft.h"
#include "storage/sharedstore.h"

#include <QTemporaryDir>

#include <memory>

using namespace jixiao;
using namespace jixiao::test;

namespace {

// A filing being edited, whichever backend holds it.
class Document
{
public:
    virtual ~Document() = default;
    virtual bool save(const Filing &filing, QString *error) = 0;
    virtual int lastSaveRowCount() const = 0;
    virtual qint64 revision() const = 0;
};

class DraftDocument : public Document
{
public:
    explicit DraftDocument(std::unique_ptr<Draft> d)
        : draft(std::move(d))
    { }
    bool save(const Filing &filing, QString *error) override { return draft->save(filing, error); }
    int lastSaveRowCount() const override { return draft->lastSaveRowCount(); }
    qint64 revision() const override { return draft->revision(); }
    std::unique_ptr<Draft> draft;
};

class SharedDocument : public Document
{
public:
    SharedDocument(std::shared_ptr<SharedStore> s, std::unique_ptr<SharedFiling> f)
        : store(std::move(s))
        , filing(std::move(f))
    { }
    bool save(const Filing &f, QString *error) override { return filing->save(f, error) == SharedFiling::Saved; }
    int lastSaveRowCount() const override { return filing->lastSaveRowCount(); }
    qint64 revision() const override { return filing->revision(); }
    std::shared_ptr<SharedStore> store;
    std::unique_ptr<SharedFiling> filing;
};

struct SqliteBackend
{
    static constexpr bool isSqlite = true;
    QTemporaryDir dir;
    int counter = 0;

    bool setUp(std::string *) { return dir.isValid(); }

    std::unique_ptr<Document> create(const Filing &f, QString *key)
    {
        *key = dir.filePath(QStringLiteral("d%1.jixiao").arg(counter++));
        QString error;
        auto d = Draft::create(*key, f, &error);
        EXPECT_TRUE(d) << error.toStdString();
        return d ? std::make_unique<DraftDocument>(std::move(d)) : nullptr;
    }
    std::unique_ptr<Document> open(const QString &key, Filing *f)
    {
        QString error;
        auto d = Draft::open(key, f, nullptr, &error);
        EXPECT_TRUE(d) << error.toStdString();
        return d ? std::make_unique<DraftDocument>(std::move(d)) : nullptr;
    }
    // A fresh reader, as another process would see it.
    bool load(const QString &key, Filing *f)
    {
        QString error;
        Draft::OpenOptions o;
        o.readOnly = true;
        const bool ok = Draft::open(key, f, nullptr, &error, o) != nullptr;
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }
};

struct PostgresBackend
{
    static constexpr bool isSqlite = false;
    std::shared_ptr<SharedStore> store;
    QList<qint64> created;

    bool setUp(std::string *skip)
    {
        const QString uri = qEnvironmentVariable("JIXIAO_TEST_PG_URI");
        if (uri.isEmpty()) {
            *skip = "JIXIAO_TEST_PG_URI is not set: no PostgreSQL server for the shared-store tests "
                    "(scripts/test.sh starts one with scripts/pg-test-server.sh)";
            return false;
        }
        QString error;
        store = SharedStore::connect(uri, &error);
        // The variable is set only when a server was started: not reaching it is a failure.
        EXPECT_TRUE(store) << error.toStdString();
        return store != nullptr;
    }
    ~PostgresBackend()
    {
        if (store)
            for (qint64 id : std::as_const(created))
                store->remove(id, nullptr);
    }
    std::unique_ptr<Document> create(const Filing &f, QString *key)
    {
        qint64 id = 0;
        QString error;
        EXPECT_TRUE(store->insert(f, &id, &error)) << error.toStdString();
        created.append(id);
        *key = QString::number(id);
        Filing loaded;
        return open(*key, &loaded);
    }
    std::unique_ptr<Document> open(const QString &key, Filing *f)
    {
        QString error;
        auto sf = store->open(key.toLongLong(), f, &error);
        EXPECT_TRUE(sf) << error.toStdString();
        return sf ? std::make_unique<SharedDocument>(store, std::move(sf)) : nullptr;
    }
    bool load(const QString &key, Filing *f)
    {
        // Another connection, as another user's.
        QString error;
        auto other = SharedStore::connect(qEnvironmentVariable("JIXIAO_TEST_PG_URI"), &error);
        EXPECT_TRUE(other) << error.toStdString();
        if (!other)
            return false;
        auto sf = other->open(key.toLongLong(), f, &error);
        EXPECT_TRUE(sf) << error.toStdString();
        return sf != nullptr;
    }
};

template<typename Backend> class StorageSuite : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string skip;
        if (!backend.setUp(&skip)) {
            if (!skip.empty())
                GTEST_SKIP() << skip;
            FAIL() << "backend not available";
        }
    }

    void expectRoundTrip(const Filing &f)
    {
        QString key;
        auto doc = backend.create(f, &key);
        ASSERT_TRUE(doc);
        Filing loaded;
        ASSERT_TRUE(backend.load(key, &loaded));
        EXPECT_SAME_FILING(loaded, f);
    }

    Backend backend;
};

class BackendNames
{
public:
    template<typename T> static std::string GetName(int) { return T::isSqlite ? "Sqlite" : "Postgres"; }
};

using Backends = ::testing::Types<SqliteBackend, PostgresBackend>;
TYPED_TEST_SUITE(StorageSuite, Backends, BackendNames);

TYPED_TEST(StorageSuite, RoundTripOfTheSample)
{
    this->expectRoundTrip(sampleFiling());
}

TYPED_TEST(StorageSuite, RoundTripOfGeneratedFilings)
{
    for (const IndicatorSchemeId scheme : allIndicatorSchemes()) {
        GeneratorOptions o;
        o.directions = 40;
        o.projects = 5;
        o.scheme = scheme;
        o.seed = 7 + quint32(scheme);
        o.plantBasisMismatch = o.plantDetailSumMismatch = o.plantStaleYear = o.plantTargetConflict = true;
        this->expectRoundTrip(generateFiling(o));
    }
}

TYPED_TEST(StorageSuite, RoundTripOfEdgeValues)
{
    this->expectRoundTrip(edgeFiling());
    Filing nothing; // no funds, no rows, every optional absent
    nothing.department.name = QStringLiteral("空");
    this->expectRoundTrip(nothing);
    // Optional fields present-but-empty and absent stay apart.
    Filing a = edgeFiling();
    QString key;
    auto doc = this->backend.create(a, &key);
    ASSERT_TRUE(doc);
    Filing loaded;
    ASSERT_TRUE(this->backend.load(key, &loaded));
    ASSERT_TRUE(loaded.fundLevel.has_value());
    EXPECT_TRUE(loaded.fundLevel->isEmpty());
    EXPECT_FALSE(loaded.department.head.has_value());
    EXPECT_FALSE(loaded.funds[1].amount.has_value());
    EXPECT_EQ(loaded.overview.budget.other, Money());
}

TYPED_TEST(StorageSuite, IncrementalSavesEqualWhatIsReadBack)
{
    GeneratorOptions o;
    o.directions = 12;
    o.indicatorsPerDirection = 4;
    o.detailsPerDirection = 3;
    o.projects = 3;
    Filing f = generateFiling(o);
    QString key;
    auto doc = this->backend.create(f, &key);
    ASSERT_TRUE(doc);
    Random r(4242);
    for (int step = 1; step <= 300; ++step) {
        for (int k = 0, n = 1 + r.below(3); k < n; ++k)
            mutate(f, r, step);
        QString error;
        ASSERT_TRUE(doc->save(f, &error)) << "step " << step << ": " << error.toStdString();
        if (step % 25 == 0) {
            Filing loaded;
            ASSERT_TRUE(this->backend.load(key, &loaded));
            ASSERT_SAME_FILING(loaded, f) << "after step " << step;
        }
    }
    // And the document reopened continues from there.
    doc.reset();
    Filing reopened;
    auto again = this->backend.open(key, &reopened);
    ASSERT_TRUE(again);
    EXPECT_SAME_FILING(reopened, f);
    mutate(reopened, r, 1000);
    QString error;
    ASSERT_TRUE(again->save(reopened, &error)) << error.toStdString();
    Filing loaded;
    ASSERT_TRUE(this->backend.load(key, &loaded));
    EXPECT_SAME_FILING(loaded, reopened);
}

TYPED_TEST(StorageSuite, OneEditedCellWritesOneRowAndTheRevision)
{
    GeneratorOptions o;
    o.directions = 100;
    Filing f = generateFiling(o);
    QString key;
    auto doc = this->backend.create(f, &key);
    ASSERT_TRUE(doc);
    const qint64 revision = doc->revision();
    QString error;

    f.funds[3].directions[2].details[5].amount = Money::fromUnits(7);
    ASSERT_TRUE(doc->save(f, &error)) << error.toStdString();
    EXPECT_EQ(doc->lastSaveRowCount(), 2); // the detail line and the filing's revision
    EXPECT_EQ(doc->revision(), revision + 1);

    f.overview.indicators[1].value = QStringLiteral("≥99%");
    ASSERT_TRUE(doc->save(f, &error)) << error.toStdString();
    EXPECT_EQ(doc->lastSaveRowCount(), 2);

    f.funds.last().directions.last().indicators.append(f.funds.last().directions.last().indicators.first());
    ASSERT_TRUE(doc->save(f, &error)) << error.toStdString();
    EXPECT_EQ(doc->lastSaveRowCount(), 2);

    // Nothing changed: nothing written, the revision stays.
    ASSERT_TRUE(doc->save(f, &error)) << error.toStdString();
    EXPECT_EQ(doc->lastSaveRowCount(), 0);
    EXPECT_EQ(doc->revision(), revision + 3);

    Filing loaded;
    ASSERT_TRUE(this->backend.load(key, &loaded));
    EXPECT_SAME_FILING(loaded, f);
}

TYPED_TEST(StorageSuite, TwoWritersNeverSilentlyOverwriteEachOther)
{
    Filing f = sampleFiling();
    QString key;
    auto first = this->backend.create(f, &key);
    ASSERT_TRUE(first);
    Filing seenBySecond;
    auto second = this->backend.open(key, &seenBySecond);
    ASSERT_TRUE(second);

    Filing mine = f;
    mine.overview.duties = QStringLiteral("first writer");
    QString error;
    ASSERT_TRUE(first->save(mine, &error)) << error.toStdString();

    Filing theirs = seenBySecond;
    theirs.overview.duties = QStringLiteral("second writer");
    error.clear();
    EXPECT_FALSE(second->save(theirs, &error));
    EXPECT_FALSE(error.isEmpty());

    Filing loaded;
    ASSERT_TRUE(this->backend.load(key, &loaded));
    EXPECT_EQ(loaded.overview.duties, QStringLiteral("first writer"));

    // The second writer gets its turn only on the current state.
    first.reset();
    second.reset();
    Filing current;
    auto next = this->backend.open(key, &current);
    ASSERT_TRUE(next);
    EXPECT_EQ(current.overview.duties, QStringLiteral("first writer"));
    current.overview.duties = QStringLiteral("second writer, after reloading");
    ASSERT_TRUE(next->save(current, &error)) << error.toStdString();
    ASSERT_TRUE(this->backend.load(key, &loaded));
    EXPECT_EQ(loaded.overview.duties, QStringLiteral("second writer, after reloading"));
}

} // namespace
