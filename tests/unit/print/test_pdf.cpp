// SPDX-License-Identifier: GPL-3.0-or-later
// The PDFs read back with poppler (pdftotext, pdffonts, pdfinfo), MuPDF and
// Ghostscript, as a reviewer's tools would: every cell's text, exactly, once
// and in reading order; PDF/A checked with PDFBox Preflight. Somewhat over 600
// lines: each test is short, and they share the export and reading helpers here.
#include "pdftools.h"
#include "projectsample.h"
#include "testsupport.h"

#include "form/registry.h"
#include "print/filingprinter.h"
#include "print/officialtables.h"
#include "print/pdftounicode.h"
#include "print/tableprinter.h"
#include "print/verification.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace jixiao;
using namespace jixiao::print;

namespace {

QString exportTo(const QTemporaryDir &dir, const Filing &filing, const QString &name,
    const PrintSelection &selection = {}, const PrintSettings &settings = {}, int *pages = nullptr)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(FilingPrinter::exportPdf(filing, path, selection, settings, &error, pages)) << error.toStdString();
    return path;
}

// The sample with the first direction's annual goal `sentences` sentences long.
Filing withLongAnnualGoal(int sentences)
{
    Filing f = sampleFiling();
    QString goal;
    for (int i = 1; i <= sentences; ++i)
        goal += QStringLiteral("第%1句推动工业高质量发展，加快建设制造强区。").arg(i);
    f.funds[0].directions[0].annualGoal = goal;
    return f;
}

// Whitespace (and the form's full-width spaces) removed: what reading order compares.
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")));
    return s;
}

} // namespace

TEST(Pdf, SampleTextExtractsExactlyWithEveryDigit)
{
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("sample.pdf"), {}, {}, &pages);
    const QString text = pdftotext(pdf, {QStringLiteral("-layout")});
    for (const QString &s : {QStringLiteral("附表1"), QStringLiteral("2023年部门整体支出绩效目标表"),
             QStringLiteral("2023年区级专项资金绩效目标汇总表"), QStringLiteral("2023年区级专项资金支出方向绩效目标表"),
             QStringLiteral("填报单位：（盖章）"), QStringLiteral("金额：万元"), QStringLiteral("金额单位：万元"),
             QStringLiteral("资金总额：368.9"), QStringLiteral("346.36"), QStringLiteral("22.54"),
             QStringLiteral("0.8"), QStringLiteral("0.8万元"), QStringLiteral("≤19.54万元"), QStringLiteral("≤3万元"),
             QStringLiteral("95%以上"), QStringLiteral("2023年1-12月"), QStringLiteral("单位负责人签字："),
             QStringLiteral("填表人：谭丽红、方宏宇"), QStringLiteral("联系电话：22610152"),
             QStringLiteral("第 1 页 共 %1 页").arg(pages), QStringLiteral("第 %1 页 共 %1 页").arg(pages),
             QStringLiteral("校验码 ") + verificationCode(sampleFiling())})
        EXPECT_TRUE(text.contains(s)) << "missing: " << s.toStdString();
    // No Kangxi radicals (what Noto CJK under Qt gives back for 门, 支, 目, 金).
    for (QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "radical U+" << std::hex << int(c.unicode());
    // The verification code is on every page.
    EXPECT_EQ(text.count(QStringLiteral("校验码 ") + verificationCode(sampleFiling())), pages);
}

namespace {

// Every cell's text of every table, exactly, once and in reading order.
void expectEveryCellInReadingOrder(const Filing &filing, int minimum)
{
    QTemporaryDir dir;
    const QString pdf = exportTo(dir, filing, QStringLiteral("sample.pdf"));
    const QString raw = squeezed(pdftotext(pdf, {QStringLiteral("-raw")}));
    QList<Table> tables;
    ASSERT_TRUE(FilingPrinter::tables(filing, {}, &tables, nullptr));
    ASSERT_EQ(tables.size(), form::instances(filing).size());
    qsizetype at = 0;
    int checked = 0;
    for (const Table &t : tables) {
        for (const QString &s : {t.attachmentLabel, t.title, t.sealCaption, t.unitCaption}) {
            if (s.isEmpty())
                continue;
            const qsizetype found = raw.indexOf(squeezed(s), at);
            ASSERT_GE(found, 0) << "not found after position " << at << ": " << s.toStdString();
            at = found + squeezed(s).size();
        }
        for (const Cell &c : t.cells) {
            const QString want = squeezed(c.text);
            if (want.isEmpty())
                continue;
            const qsizetype found = raw.indexOf(want, at);
            ASSERT_GE(found, 0) << "cell (" << c.row << ", " << c.column
                                << ") not found in order: " << want.toStdString();
            at = found + want.size();
            ++checked;
        }
    }
    EXPECT_GT(checked, minimum);
}

} // namespace

TEST(Pdf, EveryCellsTextInReadingOrder)
{
    expectEveryCellInReadingOrder(sampleFiling(), 150);
}

// The project forms in their three layouts after the seed's tables.
TEST(Pdf, EveryCellsTextInReadingOrderWithProjects)
{
    expectEveryCellInReadingOrder(jixiao::testing::sampleFilingWithProjects(), 300);
}

TEST(Pdf, ChineseFontsAreEmbeddedAndNamed)
{
    QTemporaryDir dir;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("sample.pdf"));
    const QList<PdfFont> fonts = pdffonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    bool cjk = false;
    for (const PdfFont &f : fonts) {
        EXPECT_TRUE(f.embedded) << f.name.toStdString();
        EXPECT_TRUE(f.unicodeMap) << f.name.toStdString();
        EXPECT_FALSE(f.name.contains(QLatin1String("Noto"), Qt::CaseInsensitive)) << f.name.toStdString();
        if (QRegularExpression(QStringLiteral("UMing|UKai|WenQuanYi|WQY|SimSun|FangSong|FZ|宋|仿宋"),
                QRegularExpression::CaseInsensitiveOption)
                .match(f.name)
                .hasMatch())
            cjk = true;
    }
    EXPECT_TRUE(cjk) << "no CJK font among " << fonts.size();
    // Subset, not the whole face: AR PL UMing alone is over 10 MB.
    EXPECT_LT(QFileInfo(pdf).size(), 1024 * 1024);
}

TEST(Pdf, PageCountsAgreeWithTheLayoutAndPdfinfo)
{
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("sample.pdf"), {}, {}, &pages);
    EXPECT_EQ(pdfPageCount(pdf), pages);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {}, {}), pages);
    // The sample: one page per table (业务性专项 set a little tighter to fit its page).
    EXPECT_EQ(pages, 4);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Overview}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Summary}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Direction, -1, 0}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Direction, 1, 0}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Direction, -1, 2}, {}), -1);
}

TEST(Pdf, LongSummariesContinueWithTheirHeadingOnEveryPage)
{
    // N directions → M pages, growing with N; the heading row on each page.
    int previous = 0;
    QTemporaryDir dir;
    for (int n : {1, 12, 40, 90}) {
        GeneratorOptions o;
        o.directions = n;
        o.indicatorsPerDirection = 2;
        o.detailsPerDirection = 1;
        const Filing f = generateFiling(o);
        int pages = 0;
        const QString pdf
            = exportTo(dir, f, QStringLiteral("summary-%1.pdf").arg(n), {PrintSelection::Summary}, {}, &pages);
        EXPECT_EQ(pdfPageCount(pdf), pages);
        EXPECT_GE(pages, previous) << n;
        if (n >= 40) {
            EXPECT_GT(pages, 1) << n;
        }
        previous = pages;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdftotext(pdf, {QStringLiteral("-layout")}, p);
            EXPECT_TRUE(text.contains(QStringLiteral("实施期绩效目标"))) << "page " << p << " of " << n;
            EXPECT_TRUE(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(p).arg(pages)));
            if (p > 1) {
                EXPECT_TRUE(text.contains(QStringLiteral("汇总表（续）"))) << "page " << p;
            }
        }
        // The footer is on the last page only, with the last rows.
        EXPECT_TRUE(pdftotext(pdf, {}, pages).contains(QStringLiteral("单位负责人签字")));
        if (pages > 1) {
            EXPECT_FALSE(pdftotext(pdf, {}, 1).contains(QStringLiteral("单位负责人签字")));
        }
    }
}

TEST(Pdf, ACellTallerThanAPageIsSplitAndNothingIsLost)
{
    const Filing f = withLongAnnualGoal(400);
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, f, QStringLiteral("tall.pdf"), {PrintSelection::Direction, 0, 0}, {}, &pages);
    EXPECT_GE(pages, 3);
    // Without the page furniture between the parts, the text is whole and in order.
    QString raw = squeezed(pdftotext(pdf, {QStringLiteral("-raw")}));
    raw.remove(QRegularExpression(QStringLiteral("第\\d+页共\\d+页")));
    raw.remove(QRegularExpression(QStringLiteral("校验码[0-9A-Z]{4}-[0-9A-Z]{4}")));
    const int parts = int(raw.count(QStringLiteral("目标表（续）金额单位：万元")));
    EXPECT_EQ(parts, pages - 1);
    raw.remove(QStringLiteral("2023年区级专项资金支出方向绩效目标表（续）金额单位：万元"));
    // The row's label names it again on every part.
    EXPECT_EQ(raw.count(QStringLiteral("年度绩效目标")), pages);
    raw.remove(QStringLiteral("年度绩效目标"));
    // The cell's （续） is a drawn mark, not text: the goal copies out whole.
    EXPECT_TRUE(raw.contains(squeezed(f.funds[0].directions[0].annualGoal)));
    EXPECT_FALSE(raw.contains(QStringLiteral("（续）")));
    // The rows after the split follow it, and the footer ends the table.
    EXPECT_TRUE(pdftotext(pdf, {}, pages).contains(QStringLiteral("单位负责人签字")));
}

TEST(Pdf, PdfA1bOnRequest)
{
    QTemporaryDir dir;
    PrintSettings s;
    s.pdfA = true;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("archive.pdf"), {}, s);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("pdfaid:part")) << "no PDF/A identification in the XMP metadata";
    EXPECT_TRUE(bytes.contains("/OutputIntents")) << "PDF/A needs an output intent";
    EXPECT_TRUE(pdftotext(pdf, {}).contains(QStringLiteral("金额单位：万元")));
    const QString plain = exportTo(dir, sampleFiling(), QStringLiteral("plain.pdf"));
    QFile p(plain);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_FALSE(p.readAll().contains("pdfaid:part"));
}

TEST(Pdf, TheSameLayoutOnAnyResolution)
{
    // A printer at 300 dpi gets the pages a 1200 dpi PDF gets.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("300.pdf"));
    int painted = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        QString error;
        painted = FilingPrinter::paint(sampleFiling(), {}, {}, &writer, &error);
        ASSERT_GT(painted, 0) << error.toStdString();
    }
    EXPECT_EQ(painted, FilingPrinter::pageCount(sampleFiling(), {}, {}));
    EXPECT_EQ(pdfPageCount(path), painted);
    const QString hi = exportTo(dir, sampleFiling(), QStringLiteral("1200.pdf"));
    EXPECT_EQ(squeezed(pdftotext(path, {QStringLiteral("-raw")})), squeezed(pdftotext(hi, {QStringLiteral("-raw")})));
}

TEST(Pdf, FailuresLeaveTheOldFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(jixiao::testing::writeFile(path, "old contents"));
    QString error;
    EXPECT_FALSE(FilingPrinter::exportPdf(sampleFiling(), path, {PrintSelection::Direction, 5, 0}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no such expenditure direction"))) << error.toStdString();
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old contents"));
    error.clear();
    EXPECT_FALSE(
        FilingPrinter::exportPdf(sampleFiling(), dir.filePath(QStringLiteral("missing/dir/out.pdf")), {}, {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(Pdf, AWideTablePrintsLandscapeInTheSameDocument)
{
    auto table = [](qreal width) {
        TableBuilder b(width);
        b.beginRow();
        b.cell(width / 2, QStringLiteral("左"));
        b.cell(width, QStringLiteral("右"));
        Table t;
        t.title = QStringLiteral("宽%1").arg(width);
        return b.finish(t);
    };
    DocumentLayout layout;
    QString error;
    ASSERT_TRUE(
        TablePrinter::layout({table(180), table(250), table(180)}, QStringLiteral("TEST-CODE"), {}, &layout, &error))
        << error.toStdString();
    ASSERT_EQ(layout.pages.size(), 3);
    EXPECT_FALSE(layout.blocks[0].landscape);
    EXPECT_TRUE(layout.blocks[1].landscape);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        ASSERT_EQ(TablePrinter::paint(layout, &writer, &error), 3) << error.toStdString();
    }
    const QString info = runTool(QStringLiteral("pdfinfo"),
        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), path});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page +1 size: +595(\\.\\d+)? x 842"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page +2 size: +842(\\.\\d+)? x 595"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page +3 size: +595(\\.\\d+)? x 842"))))
        << info.toStdString();
    EXPECT_TRUE(pdftotext(path, {}, 2).contains(QStringLiteral("宽250")));
}

TEST(Pdf, AnEmptyFilingPrintsTheBlankForms)
{
    // A new filing prints as the blank paper forms: titles, headings, empty cells to fill in.
    Filing empty;
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, empty, QStringLiteral("empty.pdf"), {}, {}, &pages);
    EXPECT_EQ(pages, 2); // overview and summary; no direction yet
    const QString text = pdftotext(pdf, {QStringLiteral("-layout")});
    for (const QString &s :
        {QStringLiteral("2023年部门整体支出绩效目标表"), QStringLiteral("2023年区级专项资金绩效目标汇总表"),
            QStringLiteral("一级指标"), QStringLiteral("事项"), QStringLiteral("单位负责人签字：")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    EXPECT_TRUE(squeezed(pdftotext(pdf, {QStringLiteral("-raw")})).contains(QStringLiteral("合计")));
}

TEST(Pdf, ALongIndicatorListRepeatsItsHeadingAndGroupLabels)
{
    Filing f = sampleFiling();
    Direction &d = f.funds[0].directions[0];
    Indicator ind = d.indicators.first(); // 产出指标 / 数量指标
    d.indicators.clear();
    for (int i = 1; i <= 60; ++i) {
        ind.name = QStringLiteral("第%1项数量指标，完成年度工作任务").arg(i);
        d.indicators.append(ind);
    }
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, f, QStringLiteral("long.pdf"), {PrintSelection::Direction, 0, 0}, {}, &pages);
    ASSERT_GE(pages, 2);
    for (int p = 2; p <= pages; ++p) {
        const QString text = squeezed(pdftotext(pdf, {QStringLiteral("-raw")}, p));
        if (!text.contains(QStringLiteral("项数量指标")))
            continue; // the details part that follows
        EXPECT_TRUE(text.contains(QStringLiteral("一级指标二级指标三级指标"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("年度绩效指标"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("产出指标"))) << "page " << p;
        EXPECT_TRUE(text.contains(QStringLiteral("数量指标第"))) << "page " << p;
    }
    // Every indicator once, in order.
    const QString all = squeezed(pdftotext(pdf, {QStringLiteral("-raw")}));
    qsizetype at = 0;
    for (int i = 1; i <= 60; ++i) {
        const qsizetype found = all.indexOf(QStringLiteral("第%1项数量指标").arg(i), at);
        ASSERT_GE(found, 0) << i;
        at = found;
    }
}

namespace {

// Strings of the sample each reader must give back exactly once per occurrence
// on the page: a bold heading, the title, a label, amounts, a number with its unit.
struct Probe
{
    QString text;
    int count;
};

QList<Probe> sampleProbes()
{
    return {{QStringLiteral("附表1"), 1}, {QStringLiteral("2023年部门整体支出绩效目标表"), 1},
        {QStringLiteral("2023年区级专项资金绩效目标汇总表"), 1}, {QStringLiteral("一级指标"), 3},
        {QStringLiteral("部门名称"), 1}, {QStringLiteral("资金总额：368.9"), 1}, {QStringLiteral("346.36"), 1},
        {QStringLiteral("0.8万元"), 2}, {QStringLiteral("≤19.54万元"), 1}, {QStringLiteral("95%以上"), 3}};
}

} // namespace

TEST(Pdf, PopplerMuPdfAndGhostscriptExtractTheTextExactlyOnce)
{
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("sample.pdf"), {}, {}, &pages);
    const QString code = QStringLiteral("校验码") + verificationCode(sampleFiling());
    QList<Table> tables;
    ASSERT_TRUE(FilingPrinter::tables(sampleFiling(), {}, &tables, nullptr));
    DocumentLayout layout;
    QString error;
    ASSERT_TRUE(TablePrinter::layout(tables, verificationCode(sampleFiling()), {}, &layout, &error))
        << error.toStdString();
    for (const PdfTextReader &reader : pdfTextReaders()) {
        SCOPED_TRACE(reader.name);
        if (!haveTool(reader.program)) {
            ADD_FAILURE() << reader.program.toStdString() << " is missing: run scripts/install-deps.sh";
            continue;
        }
        const QString text = squeezed(reader.read(pdf, 0));
        ASSERT_FALSE(text.isEmpty());
        for (const Probe &p : sampleProbes())
            EXPECT_EQ(text.count(p.text), p.count) << p.text.toStdString();
        EXPECT_EQ(text.count(code), pages);
        // Every one-line cell's text (readers join wrapped lines of cells side by side differently).
        int checked = 0;
        for (const DocumentLayout::Block &b : layout.blocks)
            for (qsizetype ci = 0; ci < b.measured.table.cells.size(); ++ci) {
                const QString cell = b.measured.table.cells[ci].text;
                if (squeezed(cell).isEmpty() || b.measured.texts[ci].lines != 1)
                    continue;
                // The form pads short labels ("合  计"); poppler may read the
                // padded characters as separate words, each of them exact.
                for (const QString &word : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    EXPECT_TRUE(text.contains(squeezed(word))) << word.toStdString();
                ++checked;
            }
        EXPECT_GT(checked, 60);
        // No character outside what the tables print: no radicals, no Latin-1 garbage.
        for (QChar ch : text)
            EXPECT_FALSE(
                (ch.unicode() >= 0x80 && ch.unicode() < 0x2000) || (ch.unicode() >= 0x2E80 && ch.unicode() <= 0x2FDF))
                << "U+" << std::hex << int(ch.unicode());
    }
}

TEST(Pdf, HeadingsAndTitlesComeFromHeavyFacesNotDoubleDrawing)
{
    DocumentLayout layout;
    QString error;
    QList<Table> tables;
    ASSERT_TRUE(FilingPrinter::tables(sampleFiling(), {}, &tables, nullptr));
    ASSERT_TRUE(TablePrinter::layout(tables, QStringLiteral("TEST-CODE"), {}, &layout, &error)) << error.toStdString();
    const PrintSettings &s = layout.settings;
    // Debian's heavy face (fonts-wqy-zenhei) or Windows' 黑体 and 小标宋.
    EXPECT_TRUE(isHeavyFamily(s.titleFamily)) << s.titleFamily.toStdString();
    EXPECT_TRUE(isHeavyFamily(s.headingFamily)) << s.headingFamily.toStdString();
    EXPECT_NE(s.headingFamily, s.bodyFamily);
    for (const FontSpec *f : {&layout.title, &layout.bold}) {
        const QString family = f->font.families().value(0);
        // Bold is asked for only where the face has a bold style of its own.
        EXPECT_EQ(f->font.bold(), hasBoldStyle(family)) << family.toStdString();
    }
    EXPECT_EQ(layout.bold.font.families().value(0), s.headingFamily);
    // A bold style is a face of its own, never the regular one emboldened.
    for (const char *single : {"WenQuanYi Zen Hei", "AR PL UMing CN", "SimHei", "方正小标宋简体"})
        EXPECT_FALSE(hasBoldStyle(QString::fromUtf8(single))) << single;
    if (QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans"))) {
        EXPECT_TRUE(hasBoldStyle(QStringLiteral("DejaVu Sans"))); // DejaVuSans-Bold.ttf
    }
    EXPECT_FALSE(layout.body.font.bold());

    // The heavy face is embedded beside the body face.
    QTemporaryDir dir;
    const QString pdf = exportTo(dir, sampleFiling(), QStringLiteral("sample.pdf"));
    QStringList names;
    for (const PdfFont &f : pdffonts(pdf))
        names.append(f.name);
    QString heading = s.headingFamily;
    heading.remove(QLatin1Char(' '));
    EXPECT_TRUE(names.join(QLatin1Char(' ')).contains(heading, Qt::CaseInsensitive))
        << names.join(QLatin1Char(' ')).toStdString();
}

TEST(PrintFonts, AFallbackIsSaidInWords)
{
    const PrintSettings automatic = resolveFonts({});
    ASSERT_FALSE(automatic.headingFamily.isEmpty()) << "install fonts-wqy-zenhei (scripts/install-deps.sh)";
    EXPECT_TRUE(headingFamilyCandidates().contains(automatic.headingFamily, Qt::CaseInsensitive));

    // A face asked for by name and not installed: named, with what prints instead.
    PrintSettings wanted;
    wanted.titleFamily = QStringLiteral("No Such Family 123");
    QStringList notices = fontFallbackNotices(wanted);
    EXPECT_TRUE(notices.join(QLatin1Char('\n')).contains(QStringLiteral("“No Such Family 123” is not installed")))
        << notices.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(notices.join(QLatin1Char('\n'))
                    .contains(QFontInfo(QFont(automatic.titleFamily)).family())); // as font lists name it

    // Noto CJK: installed or not, it is refused with the reason.
    wanted = {};
    wanted.bodyFamily = QStringLiteral("Noto Serif CJK SC");
    notices = fontFallbackNotices(wanted);
    EXPECT_TRUE(notices.join(QLatin1Char('\n')).contains(QStringLiteral("cannot be searched or copied")));

    // A light face for the headings: they would not stand out, and that is said too.
    wanted = {};
    wanted.headingFamily = automatic.bodyFamily;
    if (!isHeavyFamily(automatic.bodyFamily)) {
        notices = fontFallbackNotices(wanted);
        EXPECT_TRUE(notices.join(QLatin1Char('\n')).contains(QStringLiteral("no heavy or bold style")))
            << notices.join(QLatin1Char('\n')).toStdString();
    }

    // Automatic choices: a notice exactly when the form's own face is missing.
    const QStringList families = QFontDatabase::families();
    const QStringList form = titleFamilyGroups().first();
    const bool haveXiaoBiaoSong = std::any_of(
        form.begin(), form.end(), [&](const QString &f) { return families.contains(f, Qt::CaseInsensitive); });
    EXPECT_EQ(
        fontFallbackNotices({}).join(QLatin1Char('\n')).contains(QStringLiteral("方正小标宋简体")), !haveXiaoBiaoSong);
    // The automatic choices asked for by name (as the settings dialog stores
    // them) are still the automatic choices: the same words.
    EXPECT_EQ(fontFallbackNotices(automatic), fontFallbackNotices({}));
    // Another installed face asked for by name: nothing to say about it missing.
    wanted = {};
    wanted.titleFamily = automatic.bodyFamily;
    for (const QString &n : fontFallbackNotices(wanted))
        EXPECT_FALSE(n.contains(QStringLiteral("“%1” is not installed").arg(automatic.bodyFamily))) << n.toStdString();
}

TEST(Pdf, PageNumbersPerTableOrPerDocument)
{
    // One direction long enough for several pages, between one-page tables.
    const Filing f = withLongAnnualGoal(150);
    const int overview = FilingPrinter::pageCount(f, {PrintSelection::Overview}, {});
    const int summary = FilingPrinter::pageCount(f, {PrintSelection::Summary}, {});
    const int first = FilingPrinter::pageCount(f, {PrintSelection::Direction, 0, 0}, {});
    ASSERT_GE(first, 2);
    QTemporaryDir dir;
    for (PageNumbers kind : {PageNumbers::Document, PageNumbers::Table, PageNumbers::TableAndDocument}) {
        PrintSettings s;
        s.pageNumbers = kind;
        int total = 0;
        const QString pdf = exportTo(dir, f, QStringLiteral("numbers-%1.pdf").arg(int(kind)), {}, s, &total);
        // The direction's pages follow the overview's and the summary's.
        for (int k = 1; k <= first; ++k) {
            const int page = overview + summary + k;
            const QString text = squeezed(pdftotext(pdf, {}, page));
            const QString doc = QStringLiteral("第%1页共%2页").arg(page).arg(total);
            const QString table = QStringLiteral("第%1页共%2页").arg(k).arg(first);
            switch (kind) {
            case PageNumbers::Document:
                EXPECT_TRUE(text.contains(doc)) << page;
                EXPECT_FALSE(text.contains(table)) << page;
                break;
            case PageNumbers::Table:
                EXPECT_TRUE(text.contains(table)) << page;
                EXPECT_FALSE(text.contains(doc)) << page;
                break;
            case PageNumbers::TableAndDocument:
                EXPECT_TRUE(text.contains(table + QStringLiteral("（总") + doc + QStringLiteral("）"))) << page;
                break;
            }
        }
        // A one-page table is its own page 1 of 1.
        if (kind == PageNumbers::Table) {
            EXPECT_TRUE(squeezed(pdftotext(pdf, {}, 1)).contains(QStringLiteral("第1页共%1页").arg(overview)));
        }
    }
}

TEST(Pdf, TheWholeFilingIsNamedInTheMetadata)
{
    const Filing f = sampleFiling();
    const QString title = FilingPrinter::documentTitle(f, {});
    EXPECT_TRUE(title.contains(f.department.name)) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("2023年"))) << title.toStdString();
    // The filing, not its first table.
    EXPECT_NE(title, FilingPrinter::documentTitle(f, {PrintSelection::Overview}));
    EXPECT_FALSE(title.contains(QStringLiteral("部门整体支出绩效目标表"))) << title.toStdString();
    QTemporaryDir dir;
    for (bool pdfA : {false, true}) {
        PrintSettings s;
        s.pdfA = pdfA;
        const QString pdf = exportTo(dir, f, QStringLiteral("named-%1.pdf").arg(pdfA), {}, s);
        EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Title")), title);
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        if (pdfA) {
            EXPECT_TRUE(file.readAll().contains(title.toUtf8())) << "dc:title in the XMP metadata";
        }
    }
}

TEST(Pdf, PdfA1bPassesPdfBoxPreflight)
{
    if (preflightClasspath().isEmpty())
        GTEST_SKIP() << "Apache PDFBox Preflight is not installed (Debian: libpdfbox2-java libactivation-java "
                        "libjaxb-api-java and a Java runtime; scripts/install-deps.sh installs them)";
    QTemporaryDir dir;
    PrintSettings s;
    s.pdfA = true;
    QString report;
    const QString archive = exportTo(dir, sampleFiling(), QStringLiteral("archive.pdf"), {}, s);
    EXPECT_TRUE(preflightPdfA1b(archive, &report)) << report.toStdString();
    // A long filing: many fonts' glyphs, many pages.
    GeneratorOptions o;
    o.directions = 12;
    const QString large = exportTo(dir, generateFiling(o), QStringLiteral("large.pdf"), {}, s);
    EXPECT_TRUE(preflightPdfA1b(large, &report)) << report.toStdString();
    // The validator can say no: a plain PDF has no output intent.
    const QString plain = exportTo(dir, sampleFiling(), QStringLiteral("plain.pdf"));
    EXPECT_FALSE(preflightPdfA1b(plain, &report));
    EXPECT_TRUE(report.contains(QStringLiteral("not a valid PDF/A-1b"))) << report.toStdString();
}

TEST(Pdf, ToUnicodeRangesAreSpelledOutAndTheFileStaysWhole)
{
    // What QPdfWriter writes, then the same after the rewrite: same pages, same text, a sound xref.
    QTemporaryDir dir;
    const QString raw = dir.filePath(QStringLiteral("raw.pdf"));
    {
        QPdfWriter writer(raw);
        writer.setResolution(600);
        QString error;
        ASSERT_GT(FilingPrinter::paint(sampleFiling(), {}, {}, &writer, &error), 0) << error.toStdString();
    }
    QFile in(raw);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    ASSERT_TRUE(
        QRegularExpression(QStringLiteral("<[0-9A-F]+> <[0-9A-F]+> \\[")).match(QString::fromLatin1(bytes)).hasMatch())
        << "QPdfWriter no longer writes array ranges: the rewrite may be unnecessary";
    ASSERT_TRUE(spellOutToUnicodeRanges(&bytes));
    EXPECT_FALSE(spellOutToUnicodeRanges(&bytes)) << "a second pass has nothing to do";
    EXPECT_FALSE(
        QRegularExpression(QStringLiteral("<[0-9A-F]+> <[0-9A-F]+> \\[")).match(QString::fromLatin1(bytes)).hasMatch());
    // No glyph is read as a control character (the space glyph as TAB).
    const QRegularExpressionMatch control
        = QRegularExpression(QStringLiteral("<[0-9A-F]+> <00[01][0-9A-F]>\n")).match(QString::fromLatin1(bytes));
    EXPECT_FALSE(control.hasMatch()) << control.captured().toStdString();
    const QString fixed = dir.filePath(QStringLiteral("fixed.pdf"));
    QFile out(fixed);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    EXPECT_EQ(pdfPageCount(fixed), pdfPageCount(raw));
    EXPECT_EQ(pdftotext(fixed, {QStringLiteral("-raw")}), pdftotext(raw, {QStringLiteral("-raw")}));
    // poppler complains on stderr about a broken xref and rebuilds it: it must say nothing.
    QString errors;
    runTool(QStringLiteral("pdfinfo"), {fixed}, nullptr, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
    if (haveTool(QStringLiteral("mutool"))) {
        runTool(QStringLiteral("mutool"), {QStringLiteral("info"), fixed}, nullptr, &errors);
        EXPECT_FALSE(errors.contains(QLatin1String("error"), Qt::CaseInsensitive)) << errors.toStdString();
    }
    // Anything not laid out as QPdfWriter lays it out is left alone.
    QByteArray other = "%PDF-1.4\n1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n";
    const QByteArray copy = other;
    EXPECT_FALSE(spellOutToUnicodeRanges(&other));
    EXPECT_EQ(other, copy);
}

TEST(Pdf, NoReaderReadsATabOrAnEmptyBox)
{
    // Ghostscript read the body face's space glyph as TAB ("第\t1\t页",
    // "合\t\t计"): the ToUnicode map sent it to U+0009.
    GeneratorOptions o;
    o.directions = 6;
    QTemporaryDir dir;
    for (const auto &[name, filing] :
        {std::pair {"sample.pdf", sampleFiling()}, std::pair {"generated.pdf", generateFiling(o)}}) {
        const QString pdf = exportTo(dir, filing, QString::fromLatin1(name));
        for (const PdfTextReader &reader : pdfTextReaders()) {
            SCOPED_TRACE(std::string(name) + ", " + reader.name);
            const QString text = reader.read(pdf, 0);
            ASSERT_FALSE(text.isEmpty());
            EXPECT_FALSE(text.contains(u'\t')) << text.left(text.indexOf(u'\t') + 20).right(60).toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("第 1 页"))) << "the spaces come back as spaces";
        }
    }
}

TEST(Pdf, TheContinuationTitleIsSetAtTheTitlesSize)
{
    // A direction long enough for two pages: its second page starts with "…表（续）".
    const Filing f = withLongAnnualGoal(150);
    QTemporaryDir dir;
    const QString pdf = exportTo(dir, f, QStringLiteral("continued.pdf"), {PrintSelection::Direction, 0, 0});
    ASSERT_GE(pdfPageCount(pdf), 2);
    // The tallest word of each page's first line: the title's height, on both pages.
    auto titleHeight = [&](int page) {
        const QString bbox = pdftotext(pdf, {QStringLiteral("-bbox")}, page);
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        qreal height = 0;
        for (const QRegularExpressionMatch &m : word.globalMatch(bbox))
            if (m.captured(3).contains(QStringLiteral("绩效目标表")))
                height = std::max(height, m.captured(2).toDouble() - m.captured(1).toDouble());
        return height;
    };
    const qreal first = titleHeight(1), second = titleHeight(2);
    ASSERT_GT(first, 0);
    EXPECT_NEAR(second, first, 0.5) << "the continuation title at body size";
    EXPECT_TRUE(squeezed(pdftotext(pdf, {}, 2)).contains(QStringLiteral("支出方向绩效目标表（续）")));
}

TEST(Pdf, BothPageCountsOnlyWhereTheyDiffer)
{
    // One table printed alone: 第 1 页 共 2 页, not again as （总第 1 页 共 2 页）.
    const Filing f = withLongAnnualGoal(150);
    PrintSettings s;
    s.pageNumbers = PageNumbers::TableAndDocument;
    QTemporaryDir dir;
    int pages = 0;
    const QString pdf = exportTo(dir, f, QStringLiteral("one.pdf"), {PrintSelection::Direction, 0, 0}, s, &pages);
    ASSERT_GE(pages, 2);
    const QString text = squeezed(pdftotext(pdf, {}, 1));
    EXPECT_TRUE(text.contains(QStringLiteral("第1页共%1页").arg(pages))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("总第"))) << text.toStdString();
}
