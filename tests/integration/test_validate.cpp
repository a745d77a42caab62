// SPDX-License-Identifier: GPL-3.0-or-later
// `jixiao validate` and `jixiao rules`, run as a user or a script would.
#include "clirunner.h"
#include "testsupport.h"

#include "model/jsonio.h"
#include "rules/checks.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

using jixiao::testing::writeFilingJson;

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << text.toStdString();
    return doc.object();
}

} // namespace

TEST(Validate, TheSampleHasWarningsButNoErrors)
{
    QTemporaryDir dir;
    const QString path = writeFilingJson(dir, sampleFiling());
    const CliResult r = runJixiao({QStringLiteral("validate"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // One line per finding: severity, where in the form, what is wrong, rule.
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "warning  Direction 业务性专项 › Expenditure details row 2 › calculation basis  The calculation comes to "
        "0.8万元, but the line's amount is 0.7万元.  [basis.amount]")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 errors, 6 warnings, 8 hints"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 14 + 1) << r.out.toStdString();
}

TEST(Validate, SpeaksChineseOnAChineseSystem)
{
    QTemporaryDir dir;
    const QString path = writeFilingJson(dir, sampleFiling());
    const CliResult r = runJixiao({QStringLiteral("validate"), path}, QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("警告  支出方向 业务性专项 › 支出明细 第2行 › 测算依据")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("提示  部门整体支出 › 年度绩效指标 第9行 › 指标值")))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("warning"))) << r.out.toStdString();
}

TEST(Validate, JsonForMachines)
{
    QTemporaryDir dir;
    const QString path = writeFilingJson(dir, sampleFiling());
    const CliResult r
        = runJixiao({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = parseJson(r.out);
    const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
    const QList<Finding> expected = runChecks(sampleFiling());
    ASSERT_EQ(findings.size(), expected.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject f = findings[i].toObject();
        for (const char *key : {"severity", "rule", "pointer", "related", "message", "expected", "actual"})
            EXPECT_TRUE(f.contains(QLatin1String(key))) << key;
        EXPECT_EQ(f.value(QStringLiteral("rule")).toString(), expected[i].rule);
        EXPECT_EQ(f.value(QStringLiteral("pointer")).toString(), expected[i].pointer);
        EXPECT_EQ(f.value(QStringLiteral("severity")).toString(), severityKey(expected[i].severity));
        EXPECT_EQ(f.value(QStringLiteral("expected")).toString(), expected[i].expected);
        EXPECT_EQ(f.value(QStringLiteral("related")).toArray().size(), expected[i].related.size());
    }
    const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("errors")).toInt(-1), 0);
    EXPECT_EQ(summary.value(QStringLiteral("warnings")).toInt(-1), 6);
    EXPECT_EQ(summary.value(QStringLiteral("infos")).toInt(-1), 8);
    // Machine fields stay English whatever the language; messages follow it.
    const CliResult zh
        = runJixiao({QStringLiteral("validate"), path, QStringLiteral("--format=json")}, QStringLiteral("zh_CN"));
    const QJsonObject first = parseJson(zh.out).value(QStringLiteral("findings")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    EXPECT_NE(first.value(QStringLiteral("message")).toString(),
        findings.first().toObject().value(QStringLiteral("message")).toString());
}

TEST(Validate, ErrorsExitWithOne)
{
    QTemporaryDir dir;
    Filing f = sampleFiling();
    f.overview.budget.generalPublic = Money::fromMicros(368'800'000);
    const QString path = writeFilingJson(dir, f);
    const CliResult r
        = runJixiao({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject doc = parseJson(r.out);
    EXPECT_EQ(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 1);
    bool found = false;
    for (const QJsonValue &v : doc.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("rule")).toString() == QLatin1String("sum.budget-income")) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            EXPECT_EQ(o.value(QStringLiteral("pointer")).toString(), QStringLiteral("/overview/budget/total"));
            EXPECT_EQ(o.value(QStringLiteral("expected")).toString(), QStringLiteral("368.8"));
            EXPECT_EQ(o.value(QStringLiteral("actual")).toString(), QStringLiteral("368.9"));
        }
    }
    EXPECT_TRUE(found) << r.out.toStdString();
    const CliResult text = runJixiao({QStringLiteral("validate"), path});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(QStringLiteral("error  Department overview › total funds")))
        << text.out.toStdString();
}

TEST(Validate, FindsTheGeneratorsPlantedDefects)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    CliResult r = runJixiao({QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("50"),
        QStringLiteral("--defects"), QStringLiteral("-o"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runJixiao({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1);
    QSet<QString> rules;
    for (const QJsonValue &v : parseJson(r.out).value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("severity")).toString() != QLatin1String("info"))
            rules.insert(v.toObject().value(QStringLiteral("rule")).toString());
    EXPECT_EQ(rules,
        (QSet<QString> {QStringLiteral("sum.direction-details"), QStringLiteral("basis.amount"),
            QStringLiteral("year.stale"), QStringLiteral("target.conflict")}));
}

TEST(Validate, BadInputExitsWithTwo)
{
    QTemporaryDir dir;
    const QString good = writeFilingJson(dir, sampleFiling());
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(FilingJson::toJson(sampleFiling()).replace("\"amount\": \"19.54\"", "\"amount\": \"19.5.4\""));
    file.close();
    CliResult r = runJixiao({QStringLiteral("validate"), bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/funds/0/amount"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    r = runJixiao({QStringLiteral("validate"), dir.filePath(QStringLiteral("missing.json"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.isEmpty());
    r = runJixiao({QStringLiteral("validate")});
    EXPECT_EQ(r.exitCode, 2);
    r = runJixiao({QStringLiteral("validate"), good, good});
    EXPECT_EQ(r.exitCode, 2);
    r = runJixiao({QStringLiteral("validate"), good, QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("xml"))) << r.err.toStdString();
    r = runJixiao({QStringLiteral("validate"), good, QStringLiteral("--min-quantitative"), QStringLiteral("150")});
    EXPECT_EQ(r.exitCode, 2);
    r = runJixiao({QStringLiteral("validate"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--format"))) << r.out.toStdString();
}

TEST(Validate, QuantitativeThresholdIsAnOption)
{
    QTemporaryDir dir;
    const QString path = writeFilingJson(dir, sampleFiling());
    const CliResult r
        = runJixiao({QStringLiteral("validate"), path, QStringLiteral("--min-quantitative"), QStringLiteral("20")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.out.contains(QStringLiteral("quality.quantitative-share"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 errors, 6 warnings, 5 hints"))) << r.out.toStdString();
}

TEST(Rules, ListsTheCatalogue)
{
    CliResult r = runJixiao({QStringLiteral("rules")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<RuleInfo> catalogue = ruleCatalogue();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), catalogue.size());
    for (const RuleInfo &rule : catalogue) {
        EXPECT_TRUE(r.out.contains(rule.id)) << rule.id.toStdString();
        EXPECT_TRUE(r.out.contains(rule.why)) << rule.why.toStdString();
    }
    r = runJixiao({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonArray list = parseJson(r.out).value(QStringLiteral("rules")).toArray();
    ASSERT_EQ(list.size(), catalogue.size());
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("id")).toString(), catalogue.first().id);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    r = runJixiao({QStringLiteral("rules")}, QStringLiteral("zh_CN"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("sum.budget-income"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("错误"))) << r.out.toStdString();
    r = runJixiao({QStringLiteral("rules"), QStringLiteral("extra")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Validate, ReadsDraftsToo)
{
    QTemporaryDir dir;
    const QString json = writeFilingJson(dir, sampleFiling());
    const QString draft = dir.filePath(QStringLiteral("sample.jixiao"));
    CliResult r = runJixiao({QStringLiteral("convert"), json, draft});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const CliResult fromJson
        = runJixiao({QStringLiteral("validate"), json, QStringLiteral("--format"), QStringLiteral("json")});
    r = runJixiao({QStringLiteral("validate"), draft, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(parseJson(r.out), parseJson(fromJson.out));
    // Not a draft at all: exit 2 with the reason.
    const QString junk = dir.filePath(QStringLiteral("junk.jixiao"));
    ASSERT_TRUE(jixiao::testing::writeFile(junk, "not a database"));
    r = runJixiao({QStringLiteral("validate"), junk});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("junk.jixiao"))) << r.err.toStdString();
}

TEST(Rules, ListsTheThirdRoundInChinese)
{
    const CliResult r = runJixiao({QStringLiteral("rules")}, QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const struct
    {
        const char *id;
        const char16_t *why; // a piece of its zh_CN reason
    } rules[] = {
        {"kind.satisfaction-unit", u"满意度目标是百分比"},
        {"kind.time-without-time", u"时效指标写截止时间"},
        {"kind.count-unit-mismatch", u"计数用指标名称中的量词"},
        {"cross.basis-quantity", u"不应多于测算安排的数量"},
        {"cross.goal-amount", u"应与支出方向金额和部门预算相符"},
        {"dup.goal-across-directions", u"每个支出方向写明自己的年度绩效目标"},
        {"value.reversed-range", u"区间从下限写到上限"},
        {"indicators.missing-effect", u"财预〔2021〕101号"},
    };
    for (const auto &rule : rules) {
        SCOPED_TRACE(rule.id);
        const qsizetype at = r.out.indexOf(QLatin1String(rule.id));
        ASSERT_GE(at, 0) << r.out.toStdString();
        const QString line = r.out.mid(at, r.out.indexOf(QLatin1Char('\n'), at) - at);
        EXPECT_TRUE(line.contains(QString::fromUtf16(rule.why))) << line.toStdString();
    }
}

// A real published filing (tests/fixtures/real/): the town's 村组干部报酬, its
// values checked against their kinds, in Chinese.
TEST(Validate, RealFilingInChinese)
{
    const QString fixture = jixiao::testing::fixturePath(QStringLiteral("real/jingyan-mata-2023.json"));
    const CliResult r = runJixiao({QStringLiteral("validate"), fixture}, QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // no 成本指标: an error
    EXPECT_TRUE(r.out.contains(QStringLiteral("“≥230个”的量词是个，而指标“村组干部230人”的量词是人：请写“≥230人”。")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[kind.effect-percent]"))) << r.out.toStdString();
}
