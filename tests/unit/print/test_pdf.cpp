// SPDX-License-Identifier: GPL-3.0-or-later
// The PDFs read back with poppler (pdftotext, pdffonts, pdfinfo), as a
// reviewer's tools would: every cell's text, exactly and in reading order.
#include "pdftools.h"

#include "print/filingprinter.h"
#include "print/officialtables.h"
#include "print/tableprinter.h"
#include "print/verification.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
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

TEST(Pdf, EveryCellsTextInReadingOrder)
{
    const Filing filing = sampleFiling();
    QTemporaryDir dir;
    const QString pdf = exportTo(dir, filing, QStringLiteral("sample.pdf"));
    const QString raw = squeezed(pdftotext(pdf, {QStringLiteral("-raw")}));
    QList<Table> tables;
    ASSERT_TRUE(FilingPrinter::tables(filing, {}, &tables, nullptr));
    ASSERT_EQ(tables.size(), 4);
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
    EXPECT_GT(checked, 150);
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
    // The sample: overview 1 page, summary 1, 提退人员经费 1, 业务性专项 2.
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Overview}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Summary}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Direction, -1, 0}, {}), 1);
    EXPECT_EQ(FilingPrinter::pageCount(sampleFiling(), {PrintSelection::Direction, 1, 0}, {}), 2);
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
    Filing f = sampleFiling();
    QString goal;
    for (int i = 1; i <= 400; ++i)
        goal += QStringLiteral("第%1句推动工业高质量发展，加快建设制造强区。").arg(i);
    f.funds[0].directions[0].annualGoal = goal;
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
    // The cell's （续） is a drawn mark, not text: the goal copies out whole.
    EXPECT_TRUE(raw.contains(squeezed(goal)));
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
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
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
