// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/generator.h"
#include "model/jsonio.h"
#include "model/listtree.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

QByteArray sampleBytes()
{
    QFile f(sampleFilingResourcePath());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Replace the first occurrence of `from` in the sample and import it.
ImportError importMutated(const char *from, const char *to)
{
    QByteArray json = sampleBytes();
    const qsizetype at = json.indexOf(from);
    if (at < 0) {
        ADD_FAILURE() << "the sample no longer holds " << from;
        return {};
    }
    json.replace(at, qsizetype(qstrlen(from)), to);
    Filing f;
    f.department.name = QStringLiteral("untouched");
    ImportError error;
    EXPECT_FALSE(FilingJson::fromJson(json, &f, &error)) << from << " → " << to;
    EXPECT_EQ(f.department.name, QStringLiteral("untouched")) << "never a half-read filing";
    return error;
}

} // namespace

TEST(JsonIo, SampleLoadsWithEveryField)
{
    const Filing f = sampleFiling();
    EXPECT_EQ(f.fiscalYear, 2023);
    EXPECT_EQ(f.fundLevel, QStringLiteral("区级"));
    EXPECT_EQ(f.amountUnit, AmountUnit::Wan);
    EXPECT_EQ(f.indicatorScheme, IndicatorSchemeId::Hunan2023);
    EXPECT_EQ(f.department.name, QStringLiteral("株洲市石峰区科技和工业信息化局"));
    EXPECT_EQ(f.department.head, QString());
    EXPECT_EQ(f.overview.budget.total, Money::fromMicros(368'900'000));
    EXPECT_FALSE(f.overview.budget.governmentFund.has_value());
    EXPECT_EQ(f.overview.workPlan.size(), 2);
    EXPECT_EQ(f.overview.indicators.size(), 9);
    EXPECT_FALSE(f.overview.indicators[0].standard.has_value());
    ASSERT_EQ(f.funds.size(), 2);
    const Direction &d = f.funds[1].directions[0];
    EXPECT_EQ(d.details.size(), 4);
    EXPECT_EQ(d.details[1].amount, Money::fromMicros(700'000));
    EXPECT_EQ(d.indicators[0].standard, QStringLiteral("计划标准"));
    EXPECT_EQ(f.overview.indicators[0].value, QStringLiteral("达到市定年度目标值\n市工信局、市科技局"));
}

TEST(JsonIo, SampleRoundTripsToTheSameJsonValueAndBytes)
{
    const QByteArray original = sampleBytes();
    Filing f;
    ImportError error;
    ASSERT_TRUE(FilingJson::fromJson(original, &f, &error)) << error.toString().toStdString();
    const QByteArray exported = FilingJson::toJson(f);
    EXPECT_EQ(QJsonDocument::fromJson(exported), QJsonDocument::fromJson(original));
    // Same layout too, but for the final newline.
    EXPECT_EQ(exported.trimmed(), original.trimmed());
}

TEST(JsonIo, AnyModelSurvivesExportAndImport)
{
    Filing f = generateFiling({.seed = 7, .directions = 12, .scheme = IndicatorSchemeId::Mof2021});
    f.fundLevel.reset();
    f.department.phone.reset();
    f.funds[0].directions[0].details[0].basis = QStringLiteral("tab\there \"quoted\" back\\slash \r line\nnext");
    f.funds[0].amount.reset();
    Filing back;
    ImportError error;
    ASSERT_TRUE(FilingJson::fromJson(FilingJson::toJson(f), &back, &error)) << error.toString().toStdString();
    EXPECT_EQ(back, f);
}

TEST(JsonIo, WriteFileIsAtomicAndReadable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    ASSERT_TRUE(FilingJson::writeFile(path, sampleFiling(), &error)) << error.toStdString();
    Filing f;
    ImportError ie;
    ASSERT_TRUE(FilingJson::readFile(path, &f, &ie));
    EXPECT_EQ(f, sampleFiling());
    EXPECT_FALSE(FilingJson::writeFile(dir.filePath(QStringLiteral("no/such/dir/x.json")), f, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(JsonIo, BadInputNamesThePointerAndLine)
{
    ImportError e = importMutated("\"amount\": \"0.7\"", "\"amount\": \"0.7万元\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/1/directions/0/details/1/amount"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("0.7万元")));
    EXPECT_EQ(e.line, 272); // where the sample has "amount": "0.7"
    EXPECT_EQ(e.column, 25);

    e = importMutated("\"fiscalYear\": 2023", "\"fiscalYear\": \"2023\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/fiscalYear"));
    EXPECT_EQ(e.line, 4);

    e = importMutated("\"fiscalYear\": 2023", "\"fiscalYear\": 2023.5");
    EXPECT_EQ(e.pointer, QStringLiteral("/fiscalYear"));

    e = importMutated("\"name\": \"业务性专项\"", "\"name\": 42");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/1/name"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("text")));

    e = importMutated("\"content\": \"人员工资\"", "\"content\": \"人员工资\", \"colour\": \"red\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/colour"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("Unknown field")));

    e = importMutated("\"workPlan\": [", "\"workPlan\": {\"x\": [");
    EXPECT_GT(e.line, 100); // malformed: the parser's own position
    EXPECT_TRUE(e.message.contains(QStringLiteral("not valid JSON")));

    e = importMutated("\"basis\": \"工资标准\"", "\"basis\": [[[[1]]]]");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/basis"));

    e = importMutated("\"indicatorScheme\": \"hunan-2023\"", "\"indicatorScheme\": \"hunan-2099\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/indicatorScheme"));

    e = importMutated("\"amountUnit\": \"万元\"", "\"amountUnit\": \"千元\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/amountUnit"));

    e = importMutated("\"level2\": \"质量指标\",", "");
    EXPECT_EQ(e.pointer, QStringLiteral("/overview/indicators/1"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("level2")));

    e = importMutated("\"format\": \"jixiao-filing\"", "\"format\": \"something-else\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/format"));

    e = importMutated("\"formatVersion\": 1", "\"formatVersion\": 3, \"newThing\": true");
    EXPECT_EQ(e.pointer, QStringLiteral("/formatVersion"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("newer version")));
}

TEST(JsonIo, HostileDocumentsAreRefusedCleanly)
{
    Filing f;
    ImportError e;
    EXPECT_FALSE(FilingJson::fromJson(QByteArray(), &f, &e));
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_FALSE(FilingJson::fromJson("[1,2,3]", &f, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("not a Jixiao filing")));
    EXPECT_FALSE(FilingJson::fromJson(QByteArray(200000, '[') + QByteArray(200000, ']'), &f, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("nested too deeply"))) << e.message.toStdString();
    EXPECT_FALSE(FilingJson::fromJson(QByteArray("\xff\xfe{}", 4), &f, &e));
    QByteArray longText = sampleBytes();
    longText.replace("\"工资标准\"", "\"" + QByteArray(20001, 'x') + "\"");
    EXPECT_FALSE(FilingJson::fromJson(longText, &f, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("longer than")));
}

TEST(JsonIo, OversizedFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(FilingJson::MaxFileSize + 1)); // sparse, costs no disk
    file.close();
    Filing f;
    ImportError e;
    EXPECT_FALSE(FilingJson::readFile(path, &f, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("larger than 64 MB"))) << e.message.toStdString();
    EXPECT_FALSE(FilingJson::readFile(dir.filePath(QStringLiteral("missing.json")), &f, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(FilingJson::readFile(dir.path(), &f, &e));
}

namespace {

// The sample with `from` replaced by raw bytes `to`; the error of importing it.
ImportError importRaw(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = sampleBytes();
    const qsizetype at = json.indexOf(from);
    EXPECT_GE(at, 0) << from.constData();
    json.replace(at, from.size(), to);
    Filing f;
    ImportError error;
    EXPECT_FALSE(FilingJson::fromJson(json, &f, &error)) << to.toHex().constData();
    return error;
}

} // namespace

// What QJsonDocument lets through: a key twice (the last would win), raw
// control characters, half of a surrogate pair (it would become "?"), bytes
// that are not UTF-8. Each is refused with the pointer and line.
TEST(JsonIo, DuplicateKeysControlCharactersAndLoneSurrogatesAreRefused)
{
    ImportError e = importRaw("\"fiscalYear\": 2023", "\"fiscalYear\": 2023, \"fiscalYear\": 2024");
    EXPECT_EQ(e.pointer, QStringLiteral("/fiscalYear"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("twice"))) << e.message.toStdString();
    EXPECT_EQ(e.line, 4);

    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员工资\", \"cont\\u0065nt\": \"x\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("twice")));

    e = importRaw("\"content\": \"人员工资\"",
        QByteArray("\"content\": \"人员\0工资\"", sizeof("\"content\": \"人员\0工资\"") - 1));
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("NUL"))) << e.message.toStdString();
    EXPECT_GT(e.line, 100);

    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员\x01工资\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("U+0001"))) << e.message.toStdString();

    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员\\ud800工资\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("half of a character"))) << e.message.toStdString();
    EXPECT_GT(e.line, 100);

    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"\\udc00\"");
    EXPECT_TRUE(e.message.contains(QStringLiteral("half of a character"))) << e.message.toStdString();

    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"\\ud800\\u0041\"");
    EXPECT_TRUE(e.message.contains(QStringLiteral("half of a character"))) << e.message.toStdString();

    importRaw("\"content\": \"人员工资\"", "\"content\": \"\xed\xa0\x80\""); // a surrogate in UTF-8
    // What QJsonDocument takes after a backslash: any character, even half of
    // a UTF-8 sequence.
    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员\\a工资\"");
    EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("backslash"))) << e.message.toStdString();
    e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员\\\xa5工资\"");
    EXPECT_TRUE(e.message.contains(QStringLiteral("backslash"))) << e.message.toStdString();

    // Control characters other than tab, line feed and carriage return are
    // refused escaped too (issue 20): \u0001, \u001b, \b, \f, DEL, C1.
    for (const char *escaped :
        {"\\u0001", "\\u001b", "\\u001B", "\\b", "\\f", "\\u007f", "\\u0085", "\xc2\x9b", "\x7f"}) {
        e = importRaw("\"content\": \"人员工资\"", "\"content\": \"人员" + QByteArray(escaped) + "工资\"");
        EXPECT_EQ(e.pointer, QStringLiteral("/funds/0/directions/0/details/0/content")) << escaped;
        EXPECT_TRUE(e.message.contains(QStringLiteral("control character"))) << e.message.toStdString();
        EXPECT_GT(e.line, 100);
    }

    // A whole pair, the allowed escapes and the key order stay fine.
    QByteArray json = sampleBytes();
    json.replace("\"content\": \"人员工资\"", "\"content\": \"\\ud83d\\ude00\\u0009\\t\\r\\n\\\"\u00a0\"");
    Filing f;
    ASSERT_TRUE(FilingJson::fromJson(json, &f, &e)) << e.toString().toStdString();
    EXPECT_EQ(f.funds[0].directions[0].details[0].content, QString::fromUtf8("\xF0\x9F\x98\x80\t\t\r\n\"\xC2\xA0"));
}

// What we write, we read: a filing whose interchange file would not read back
// (a text too long, half of a surrogate pair) is refused, and nothing written.
TEST(JsonIo, WriteFileRefusesWhatCouldNotBeReadBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    Filing f = sampleFiling();
    f.overview.duties = QString(20001, QLatin1Char('x'));
    QString error;
    EXPECT_FALSE(FilingJson::writeFile(path, f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("read back"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    f = sampleFiling();
    f.overview.duties = QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("cd");
    EXPECT_FALSE(FilingJson::writeFile(path, f, &error));
    EXPECT_FALSE(QFile::exists(path));
    // A control character (from a draft, say) would be refused on reading:
    // the file is not written, and the message names it.
    f = sampleFiling();
    f.overview.duties = QStringLiteral("ab\x1b[31mcd");
    EXPECT_FALSE(FilingJson::writeFile(path, f, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("control character U+001B"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_TRUE(FilingJson::writeFile(path, sampleFiling(), &error)) << error.toStdString();
}

namespace {

Filing projectsFixture()
{
    Filing f;
    ImportError error;
    EXPECT_TRUE(FilingJson::readFile(jixiao::testing::fixturePath(QStringLiteral("schema-v2.json")), &f, &error))
        << error.toString().toStdString();
    return f;
}

int writtenVersion(const Filing &f)
{
    return QJsonDocument::fromJson(FilingJson::toJson(f)).object().value(QStringLiteral("formatVersion")).toInt();
}

} // namespace

TEST(JsonIo, ProjectsRoundTripToTheSameBytes)
{
    QFile file(jixiao::testing::fixturePath(QStringLiteral("schema-v2.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const Filing f = projectsFixture();
    ASSERT_EQ(f.projects.size(), 2);
    const Project &p = f.projects[1];
    EXPECT_EQ(p.layout, QStringLiteral("national-2021"));
    EXPECT_EQ(p.midTermTotal, Money::fromUnits(600));
    EXPECT_FALSE(p.annualUpper.has_value());
    EXPECT_EQ(p.indicators[0].midTermValue, QStringLiteral("3公里"));
    EXPECT_FALSE(p.indicators[0].standard.has_value());
    EXPECT_FALSE(f.projects[0].authorityCode.has_value());
    EXPECT_EQ(f.projects[0].financeOpinion, QString());
    EXPECT_EQ(FilingJson::toJson(f), original);
}

TEST(JsonIo, FormatVersionIsTheLowestThatReadsTheFile)
{
    // A filing without what format 2 added is written as format 1, without
    // the new keys, so the programs before projects still read it.
    Filing f = sampleFiling();
    EXPECT_EQ(writtenVersion(f), 1);
    EXPECT_FALSE(FilingJson::toJson(f).contains("\"projects"));
    Filing withMidTerm = f;
    withMidTerm.overview.indicators[0].midTermValue = QString();
    EXPECT_EQ(writtenVersion(withMidTerm), 2);
    Filing complete = f;
    complete.projectsComplete = true;
    EXPECT_EQ(writtenVersion(complete), 2);
    EXPECT_EQ(formatVersionNeeded(projectsFixture()), 2);
    EXPECT_EQ(writtenVersion(projectsFixture()), 2);
    // Each reads back as it was.
    for (const Filing &x : {withMidTerm, complete, projectsFixture()}) {
        Filing back;
        ImportError error;
        ASSERT_TRUE(FilingJson::fromJson(FilingJson::toJson(x), &back, &error)) << error.toString().toStdString();
        EXPECT_EQ(back, x);
    }
}

TEST(JsonIo, AProjectsMistakeNamesItsPointer)
{
    QByteArray json = FilingJson::toJson(projectsFixture());
    json.replace("\"midTermValue\": \"3公里\"", "\"midTermValue\": 3");
    Filing f;
    ImportError e;
    EXPECT_FALSE(FilingJson::fromJson(json, &f, &e));
    EXPECT_EQ(e.pointer, QStringLiteral("/projects/1/indicators/0/midTermValue"));
    EXPECT_GT(e.line, 300);
    json = FilingJson::toJson(projectsFixture());
    json.replace("\"projects\": [", "\"projectsComplete\": \"yes\", \"projects\": [");
    EXPECT_FALSE(FilingJson::fromJson(json, &f, &e));
    EXPECT_EQ(e.pointer, QStringLiteral("/projectsComplete"));
}
