// SPDX-License-Identifier: GPL-3.0-or-later
// export-pdf and verify, driven as a user would with no display.
#include "clirunner.h"
#include "pdftools.h"
#include "projectsample.h"
#include "testsupport.h"

#include "model/generator.h"
#include "model/jsonio.h"
#include "print/verification.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace jixiao;

namespace {

QString writeFiling(const QTemporaryDir &dir, const Filing &filing, const QString &name = QStringLiteral("f.json"))
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(FilingJson::writeFile(path, filing, &error)) << error.toStdString();
    return path;
}

QString pdfText(const QString &pdf)
{
    return pdftotext(pdf, {QStringLiteral("-layout")});
}

int pdfPages(const QString &pdf)
{
    return pdfPageCount(pdf);
}

QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")));
    return s;
}

QString codeOf(const QString &file)
{
    const CliResult r = runJixiao({QStringLiteral("verify"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.trimmed();
}

} // namespace

TEST(CliPdf, ExportsTheSampleWithNoDisplay)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString out = dir.filePath(QStringLiteral("sample.pdf"));
    const CliResult r = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(out)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("4 pages"))) << r.out.toStdString();
    const QString text = pdfText(out);
    for (const QString &s : {QStringLiteral("2023年部门整体支出绩效目标表"), QStringLiteral("金额单位：万元"),
             QStringLiteral("0.8万元"), QStringLiteral("校验码 ") + codeOf(in)})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    EXPECT_EQ(pdfPages(out), 4);
    // Each reader gives the text back once: no heading drawn twice, no garbled map.
    for (const PdfTextReader &reader : pdfTextReaders()) {
        if (!haveTool(reader.program)) {
            ADD_FAILURE() << reader.program.toStdString() << " is missing: run scripts/install-deps.sh";
            continue;
        }
        const QString t = squeezed(reader.read(out, 0));
        for (const QString &s : {QStringLiteral("附表1"), QStringLiteral("2023年部门整体支出绩效目标表"),
                 QStringLiteral("部门名称"), QStringLiteral("资金总额：368.9"), QStringLiteral("≤19.54万元")})
            EXPECT_EQ(t.count(s), 1) << reader.name << ": " << s.toStdString();
        EXPECT_EQ(t.count(QStringLiteral("校验码") + codeOf(in)), pdfPages(out)) << reader.name;
    }
}

TEST(CliPdf, AFallbackFaceIsSaidOnStderrAndThePdfIsWritten)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString out = dir.filePath(QStringLiteral("fonts.pdf"));
    const CliResult r
        = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out, QStringLiteral("--title-font"),
            QStringLiteral("No Such Family 123"), QStringLiteral("--body-font"), QStringLiteral("Noto Serif CJK SC")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("Warning: The font “No Such Family 123” is not installed; the titles print in")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("“Noto Serif CJK SC” cannot be used"))) << r.err.toStdString();
    // What it printed with instead is embedded, and none of it is Noto.
    for (const PdfFont &f : pdffonts(out))
        EXPECT_FALSE(f.name.contains(QLatin1String("Noto"), Qt::CaseInsensitive)) << f.name.toStdString();
}

TEST(CliPdf, PageNumbersCountTheDocumentTheTableOrBoth)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString documentPdf = dir.filePath(QStringLiteral("document.pdf"));
    ASSERT_EQ(runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), documentPdf}).exitCode, 0);
    const int total = pdfPages(documentPdf);
    ASSERT_GT(total, 1);
    // The overview is one page: 1 of 1 as a table, 1 of all in the document.
    const struct
    {
        const char *count;
        QString pageOne;
    } cases[] = {{"document", QStringLiteral("第1页共%1页").arg(total)}, {"table", QStringLiteral("第1页共1页")},
        {"both", QStringLiteral("第1页共1页（总第1页共%1页）").arg(total)}};
    for (const auto &c : cases) {
        const QString out = dir.filePath(QString::fromLatin1(c.count) + QStringLiteral(".pdf"));
        const CliResult r = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out,
            QStringLiteral("--page-numbers"), QString::fromLatin1(c.count)});
        ASSERT_EQ(r.exitCode, 0) << c.count << ": " << r.err.toStdString();
        const QString first = squeezed(pdftotext(out, {}, 1));
        EXPECT_TRUE(first.contains(c.pageOne)) << c.count << ": " << first.toStdString();
        EXPECT_EQ(pdfPages(out), total);
    }
    const CliResult bad = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"),
        dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page-numbers"), QStringLiteral("sheet")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("document, table or both"))) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST(CliPdf, DetailAmountsWithTheirUnitOnRequest)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
    const QString unit = dir.filePath(QStringLiteral("unit.pdf"));
    ASSERT_EQ(runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), bare}).exitCode, 0);
    const CliResult r = runJixiao(
        {QStringLiteral("export-pdf"), in, QStringLiteral("-o"), unit, QStringLiteral("--amounts-with-unit")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // 人员工资's 17.84 is written nowhere else in the sample.
    EXPECT_FALSE(pdfText(bare).contains(QStringLiteral("17.84万元")));
    EXPECT_TRUE(pdfText(unit).contains(QStringLiteral("17.84万元")));
    EXPECT_TRUE(pdfText(unit).contains(QStringLiteral("19.54万元")));
}

TEST(CliPdf, TheWholeFilingsPdfIsNamedAfterTheFiling)
{
    QTemporaryDir dir;
    const Filing f = sampleFiling();
    const QString in = writeFiling(dir, f);
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    const QString overview = dir.filePath(QStringLiteral("overview.pdf"));
    ASSERT_EQ(runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), all}).exitCode, 0);
    ASSERT_EQ(runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), overview, QStringLiteral("--table"),
                            QStringLiteral("overview")})
                  .exitCode,
        0);
    const QString title = pdfInfoField(all, QStringLiteral("Title"));
    EXPECT_TRUE(title.contains(f.department.name)) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("2023年"))) << title.toStdString();
    EXPECT_FALSE(title.contains(QStringLiteral("部门整体"))) << title.toStdString();
    EXPECT_TRUE(pdfInfoField(overview, QStringLiteral("Title")).contains(QStringLiteral("部门整体支出绩效目标表")));
}

TEST(CliPdf, OneTableAtATime)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    struct Case
    {
        QString table;
        int pages;
        QString mustHave;
    };
    for (const Case &c : {Case {QStringLiteral("overview"), 1, QStringLiteral("部门整体支出绩效目标表")},
             Case {QStringLiteral("summary"), 1, QStringLiteral("绩效目标汇总表")},
             Case {QStringLiteral("direction:1"), 1, QStringLiteral("提退人员经费")},
             Case {QStringLiteral("direction:2"), 1, QStringLiteral("安全生产检查专项")},
             Case {QStringLiteral("direction:2.1"), 1, QStringLiteral("安全生产检查专项")},
             Case {QStringLiteral("all"), 4, QStringLiteral("绩效目标汇总表")}}) {
        const QString out = dir.filePath(c.table + QStringLiteral(".pdf")).replace(QLatin1Char(':'), QLatin1Char('_'));
        const CliResult r = runJixiao(
            {QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out, QStringLiteral("--table"), c.table});
        ASSERT_EQ(r.exitCode, 0) << c.table.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(pdfPages(out), c.pages) << c.table.toStdString();
        EXPECT_TRUE(pdfText(out).contains(c.mustHave)) << c.table.toStdString();
    }
    EXPECT_FALSE(pdfText(dir.filePath(QStringLiteral("overview.pdf"))).contains(QStringLiteral("汇总表")));
}

// Each project's table alone, in its layout; all of them after the directions.
TEST(CliPdf, OneProjectAtATime)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, jixiao::testing::sampleFilingWithProjects());
    struct Case
    {
        QString table;
        int pages;
        QString mustHave, mustNotHave;
    };
    for (const Case &c : {Case {QStringLiteral("project:1"), 1, QStringLiteral("2023年项目支出绩效目标申报表"),
                              QStringLiteral("中期资金总额")},
             Case {QStringLiteral("project:2"), 1, QStringLiteral("2023年度项目支出绩效目标表"),
                 QStringLiteral("财政部门审核意见")},
             Case {QStringLiteral("project:3"), 1, QStringLiteral("2023年项目绩效目标表"), QStringLiteral("申报表")},
             Case {QStringLiteral("all"), 7, QStringLiteral("2023年项目绩效目标表"), QString()}}) {
        const QString out = dir.filePath(c.table + QStringLiteral(".pdf")).replace(QLatin1Char(':'), QLatin1Char('_'));
        const CliResult r = runJixiao(
            {QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out, QStringLiteral("--table"), c.table});
        ASSERT_EQ(r.exitCode, 0) << c.table.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(pdfPages(out), c.pages) << c.table.toStdString();
        const QString text = pdfText(out);
        EXPECT_TRUE(text.contains(c.mustHave)) << c.table.toStdString();
        if (!c.mustNotHave.isEmpty()) {
            EXPECT_FALSE(text.contains(c.mustNotHave)) << c.table.toStdString();
        }
    }
}

TEST(CliPdf, BadRequestsExitTwoAndWriteNothing)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    for (const QStringList &extra : {QStringList {QStringLiteral("--table"), QStringLiteral("direction:3")},
             QStringList {QStringLiteral("--table"), QStringLiteral("direction:0")},
             QStringList {QStringLiteral("--table"), QStringLiteral("everything")},
             QStringList {QStringLiteral("--table"), QStringLiteral("project:1")}, // the sample has none
             QStringList {QStringLiteral("--table"), QStringLiteral("project:0")},
             QStringList {QStringLiteral("--table"), QStringLiteral("project:1.1")},
             QStringList {QStringLiteral("--body-size"), QStringLiteral("99")}}) {
        const CliResult r
            = runJixiao(QStringList {QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out} + extra);
        EXPECT_EQ(r.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_FALSE(QFile::exists(out));
    }
    EXPECT_EQ(runJixiao({QStringLiteral("export-pdf"), in}).exitCode, 2); // no -o
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    ASSERT_TRUE(jixiao::testing::writeFile(broken, "{\"format\": \"jixiao-filing\""));
    const CliResult r = runJixiao({QStringLiteral("export-pdf"), broken, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(broken)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CliPdf, PdfAOnRequest)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString out = dir.filePath(QStringLiteral("a.pdf"));
    ASSERT_EQ(
        runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out, QStringLiteral("--pdfa")}).exitCode, 0);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("pdfaid:part"));
    if (preflightClasspath().isEmpty())
        GTEST_SKIP() << "Apache PDFBox Preflight is not installed (libpdfbox2-java: scripts/install-deps.sh); "
                        "only the PDF/A identification was checked";
    QString report;
    EXPECT_TRUE(preflightPdfA1b(out, &report)) << report.toStdString();
}

TEST(CliPdf, VerifyPrintsTheCodeAndChecksPaperAgainstTheFile)
{
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString code = codeOf(in);
    EXPECT_EQ(code.size(), 9);
    // The code on paper, as a reviewer types it: lower case, no dash.
    QString typed = code.toLower();
    typed.remove(QLatin1Char('-'));
    CliResult r = runJixiao({QStringLiteral("verify"), in, QStringLiteral("--expect"), typed});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // One changed amount: another code, and the old paper no longer matches.
    Filing changed = sampleFiling();
    changed.funds[1].directions[0].details[1].amount = Money::fromMicros(800000);
    const QString other = writeFiling(dir, changed, QStringLiteral("changed.json"));
    EXPECT_NE(codeOf(other), code);
    r = runJixiao({QStringLiteral("verify"), other, QStringLiteral("--expect"), code});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(runJixiao({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 2);
}

TEST(CliPdf, VerifyReadsOAsZeroAndIOrLAsOne)
{
    // A code with a 0 or a 1, as a reviewer might misread it from paper.
    QTemporaryDir dir;
    for (quint32 seed = 1; seed < 200; ++seed) {
        const Filing f = generateFiling({.seed = seed, .directions = 2});
        const QString code = verificationCode(f);
        if (!code.contains(QLatin1Char('0')) && !code.contains(QLatin1Char('1')))
            continue;
        const QString in = writeFiling(dir, f);
        QString typed = code;
        typed.replace(QLatin1Char('0'), QLatin1Char('O')).replace(QLatin1Char('1'), QLatin1Char('l'));
        const CliResult r = runJixiao({QStringLiteral("verify"), in, QStringLiteral("--expect"), typed});
        EXPECT_EQ(r.exitCode, 0) << typed.toStdString() << " " << r.err.toStdString();
        return;
    }
    FAIL() << "no generated filing had a 0 or 1 in its code";
}

TEST(CliPdf, PrintingIsCheckedFirst)
{
    QTemporaryDir dir;
    // A filing with a sum that does not add up (an error of the checks).
    const QString bad = dir.filePath(QStringLiteral("defects.json"));
    ASSERT_EQ(runJixiao({QStringLiteral("generate"), QStringLiteral("--directions"), QStringLiteral("3"),
                            QStringLiteral("--defects"), QStringLiteral("-o"), bad})
                  .exitCode,
        0);
    ASSERT_EQ(runJixiao({QStringLiteral("validate"), bad}).exitCode, 1) << "the fixture must have errors";
    const QString out = dir.filePath(QStringLiteral("defects.pdf"));
    CliResult r = runJixiao({QStringLiteral("export-pdf"), bad, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(r.err.contains(QStringLiteral("error"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("jixiao validate"))) << r.err.toStdString();
    // --strict: nothing written, exit 1.
    const QString strictOut = dir.filePath(QStringLiteral("strict.pdf"));
    r = runJixiao({QStringLiteral("export-pdf"), bad, QStringLiteral("-o"), strictOut, QStringLiteral("--strict")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(strictOut));
    EXPECT_TRUE(r.err.contains(QStringLiteral("--strict"))) << r.err.toStdString();
    // The sample has warnings but no errors: no complaint, and --strict prints it.
    const QString sample = writeFiling(dir, sampleFiling());
    r = runJixiao({QStringLiteral("export-pdf"), sample, QStringLiteral("-o"), strictOut, QStringLiteral("--strict")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("error"))) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(strictOut));
}

TEST(CliPdf, StrictRefusesMissingStructure)
{
    // Structure a sum cannot hold on: each is an error of its own, and
    // --strict writes nothing for any of them.
    QTemporaryDir dir;
    const struct
    {
        const char *name;
        void (*change)(Filing &);
        const char *rule;
    } cases[] = {
        {"fund",
            [](Filing &f) {
                f.funds.append(Fund {QStringLiteral("新专项"), std::nullopt, {}});
            },
            "structure.fund-without-directions"},
        {"details", [](Filing &f) { f.funds[0].directions[0].details.clear(); }, "structure.direction-without-details"},
        {"funds", [](Filing &f) { f.funds.clear(); }, "structure.project-without-funds"},
        {"workplan", [](Filing &f) { f.overview.workPlan.clear(); }, "structure.work-plan-empty"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        Filing f = sampleFiling();
        c.change(f);
        const QString in = writeFiling(dir, f, QString::fromLatin1(c.name) + QStringLiteral(".json"));
        const CliResult v
            = runJixiao({QStringLiteral("validate"), in, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(v.exitCode, 1) << v.err.toStdString();
        EXPECT_TRUE(v.out.contains(QString::fromLatin1(c.rule))) << v.out.toStdString();
        const QString out = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".pdf"));
        const CliResult r
            = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out, QStringLiteral("--strict")});
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST(CliPdf, TheSameFacesUnderAChineseLocale)
{
    // Fontconfig lists families in the user's language (文泉驿正黑 for
    // WenQuanYi Zen Hei under zh_CN): the faces must be found by either name.
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    QStringList fonts[2];
    int i = 0;
    for (const char *lang : {"C.UTF-8", "zh_CN.UTF-8"}) {
        const QString out = dir.filePath(QStringLiteral("locale-%1.pdf").arg(i));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_CTYPE"));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(lang).left(5));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JIXIAO_EXE), {QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out});
        ASSERT_TRUE(p.waitForFinished(120000));
        ASSERT_EQ(p.exitCode(), 0) << lang << ": " << p.readAllStandardError().toStdString();
        for (const PdfFont &f : pdffonts(out))
            fonts[i].append(f.name);
        fonts[i].sort();
        ++i;
    }
    EXPECT_EQ(fonts[1], fonts[0]) << fonts[0].join(QLatin1Char(' ')).toStdString() << " | "
                                  << fonts[1].join(QLatin1Char(' ')).toStdString();
}

TEST(CliPdf, ALatinOnlyFaceIsRefusedForChineseLikeAMissingOne)
{
    // --title-font "DejaVu Sans": no warning, and the Chinese fell back to Qt's own choice.
    QTemporaryDir dir;
    const QString in = writeFiling(dir, sampleFiling());
    const QString out = dir.filePath(QStringLiteral("latin.pdf"));
    const CliResult r = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out,
        QStringLiteral("--title-font"), QStringLiteral("DejaVu Sans")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("The font “DejaVu Sans” has no Chinese characters; the titles print in")))
        << r.err.toStdString();
    for (const PdfFont &f : pdffonts(out))
        EXPECT_FALSE(f.name.contains(QLatin1String("DejaVu"), Qt::CaseInsensitive)) << f.name.toStdString();
    // A song face for the headings: the installed heavy face is named, not a package to install.
    const CliResult song = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out,
        QStringLiteral("--force"), QStringLiteral("--heading-font"), QStringLiteral("AR PL UMing CN")});
    ASSERT_EQ(song.exitCode, 0) << song.err.toStdString();
    EXPECT_TRUE(song.err.contains(QStringLiteral("has no heavy or bold style"))) << song.err.toStdString();
    EXPECT_TRUE(song.err.contains(QStringLiteral("is installed and has one"))) << song.err.toStdString();
    EXPECT_FALSE(song.err.contains(QStringLiteral("fonts-wqy-zenhei"))) << song.err.toStdString();
}

TEST(CliPdf, CharactersWithoutAGlyphAreReportedWithTheirPlace)
{
    Filing f = sampleFiling();
    f.funds[1].directions[0].details[0].item = QStringLiteral("工业运行协调𠀀𡈽专项");
    QTemporaryDir dir;
    const QString in = writeFiling(dir, f);
    const QString out = dir.filePath(QStringLiteral("boxes.pdf"));
    const CliResult r = runJixiao({QStringLiteral("export-pdf"), in, QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Page 4, “2023年区级专项资金支出方向绩效目标表”, row ")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("“𠀀𡈽” has no glyph"))) << r.err.toStdString();
    const CliResult clean
        = runJixiao({QStringLiteral("export-pdf"), writeFiling(dir, sampleFiling(), QStringLiteral("clean.json")),
            QStringLiteral("-o"), out, QStringLiteral("--force")});
    EXPECT_FALSE(clean.err.contains(QStringLiteral("no glyph"))) << clean.err.toStdString();
}
