// SPDX-License-Identifier: GPL-3.0-or-later
// The sample's pages rendered (pdftoppm) and compared with the checked-in
// references in tests/golden/ within a small tolerance. After an intended
// change of the printout: scripts/refresh-golden.sh, look at the new images,
// and commit them.
#include "pdftools.h"
#include "testsupport.h"

#include "print/filingprinter.h"

#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <cstdlib>

using namespace jixiao;

namespace {

constexpr int GoldenDpi = 60;
constexpr int InkThreshold = 64; // grey levels: a pixel differs when it moves more than this
constexpr double MaxDifferingShare = 0.0002; // of the page's pixels
constexpr double MaxMeanDifference = 0.5; // grey levels per pixel

QString goldenDir()
{
    return jixiao::testing::sourcePath(QStringLiteral("tests/golden"));
}

QStringList renderSample(const QTemporaryDir &dir)
{
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    QString error;
    if (!FilingPrinter::exportPdf(sampleFiling(), pdf, {}, {}, &error)) {
        ADD_FAILURE() << error.toStdString();
        return {};
    }
    bool ok = false;
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(GoldenDpi), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
            dir.filePath(QStringLiteral("sample"))},
        &ok);
    EXPECT_TRUE(ok) << "pdftoppm failed (poppler-utils: scripts/install-deps.sh)";
    QStringList pages = QDir(dir.path()).entryList({QStringLiteral("sample-*.png")}, QDir::Files, QDir::Name);
    for (QString &p : pages)
        p = dir.filePath(p);
    return pages;
}

} // namespace

TEST(Golden, SamplePagesMatchTheReferences)
{
    QTemporaryDir dir;
    const QStringList pages = renderSample(dir);
    ASSERT_FALSE(pages.isEmpty());

    if (qEnvironmentVariableIsSet("JIXIAO_REFRESH_GOLDEN")) {
        QDir golden(goldenDir());
        golden.mkpath(QStringLiteral("."));
        for (const QString &old : golden.entryList({QStringLiteral("sample-*.png")}, QDir::Files))
            golden.remove(old);
        for (const QString &p : pages)
            ASSERT_TRUE(QFile::copy(p, golden.filePath(QFileInfo(p).fileName())));
        std::printf("golden: wrote %d page images to %s\n", int(pages.size()), qPrintable(golden.path()));
        return;
    }

    const QStringList references
        = QDir(goldenDir()).entryList({QStringLiteral("sample-*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(references.size(), pages.size())
        << "the sample prints on " << pages.size() << " pages; tests/golden has " << references.size()
        << " (scripts/refresh-golden.sh after an intended change)";
    for (int i = 0; i < pages.size(); ++i) {
        const QImage got = QImage(pages[i]).convertToFormat(QImage::Format_Grayscale8);
        const QImage want
            = QImage(goldenDir() + QLatin1Char('/') + references[i]).convertToFormat(QImage::Format_Grayscale8);
        ASSERT_FALSE(want.isNull()) << references[i].toStdString();
        ASSERT_EQ(got.size(), want.size()) << references[i].toStdString();
        qint64 differing = 0;
        qint64 total = 0;
        QImage diff(got.size(), QImage::Format_Grayscale8);
        diff.fill(255);
        for (int y = 0; y < got.height(); ++y) {
            const uchar *a = got.constScanLine(y);
            const uchar *b = want.constScanLine(y);
            uchar *d = diff.scanLine(y);
            for (int x = 0; x < got.width(); ++x) {
                const int delta = std::abs(int(a[x]) - int(b[x]));
                total += delta;
                if (delta > InkThreshold) {
                    ++differing;
                    d[x] = 0;
                }
            }
        }
        const double pixels = double(got.width()) * got.height();
        const double share = differing / pixels;
        const double mean = total / pixels;
        if (share > MaxDifferingShare || mean > MaxMeanDifference) {
            const QString out = QStringLiteral(JIXIAO_TEST_BINARY_DIR "/golden-diff-") + references[i];
            diff.save(out);
            QFile::copy(pages[i], out + QStringLiteral(".actual.png"));
            ADD_FAILURE() << references[i].toStdString() << ": " << differing << " pixels differ (" << share * 100
                          << "%), mean difference " << mean << "; see " << out.toStdString();
        }
    }
}

TEST(Golden, TheComparisonNoticesAMissingLine)
{
    // The tolerance is small enough that one line of text less fails the test.
    Filing f = sampleFiling();
    f.department.phone = QString();
    QTemporaryDir a, b;
    const QString pa = a.filePath(QStringLiteral("a.pdf")), pb = b.filePath(QStringLiteral("b.pdf"));
    ASSERT_TRUE(FilingPrinter::exportPdf(sampleFiling(), pa, {PrintSelection::Summary}, {}, nullptr));
    ASSERT_TRUE(FilingPrinter::exportPdf(f, pb, {PrintSelection::Summary}, {}, nullptr));
    for (const QString &p : {pa, pb})
        runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(GoldenDpi), QStringLiteral("-gray"), QStringLiteral("-png"), p, p});
    const QImage x = QImage(pa + QStringLiteral("-1.png")).convertToFormat(QImage::Format_Grayscale8);
    const QImage y = QImage(pb + QStringLiteral("-1.png")).convertToFormat(QImage::Format_Grayscale8);
    ASSERT_EQ(x.size(), y.size());
    qint64 differing = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c)
            differing += std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c])) > InkThreshold;
    // "22610152" and the verification code differ: more than the tolerance allows.
    EXPECT_GT(differing / (double(x.width()) * x.height()), MaxDifferingShare);
}
