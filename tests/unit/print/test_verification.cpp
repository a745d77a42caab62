// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/printsettings.h"
#include "print/verification.h"

#include "model/generator.h"
#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QFontDatabase>
#include <QRegularExpression>

using namespace jixiao;

TEST(Verification, ShortStableCodeReadableFromPaper)
{
    const QString code = verificationCode(sampleFiling());
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")).match(code).hasMatch())
        << code.toStdString();
    EXPECT_EQ(verificationCode(sampleFiling()), code);
    // Read back from JSON: the same content, the same code.
    Filing copy;
    ImportError e;
    ASSERT_TRUE(FilingJson::fromJson(FilingJson::toJson(sampleFiling()), &copy, &e));
    EXPECT_EQ(verificationCode(copy), code);
}

TEST(Verification, AnyChangeOfContentChangesTheCode)
{
    const Filing base = sampleFiling();
    const QString code = verificationCode(base);
    QList<Filing> changed;
    Filing f = base;
    f.funds[1].directions[0].details[1].amount = Money::fromMicros(800000); // 0.7 → 0.8
    changed.append(f);
    f = base;
    f.overview.indicators[2].value = QStringLiteral("2024年全年");
    changed.append(f);
    f = base;
    f.department.phone = QStringLiteral("22610153");
    changed.append(f);
    f = base;
    f.fiscalYear = 2024;
    changed.append(f);
    f = base;
    f.overview.duties += QStringLiteral("。");
    changed.append(f);
    f = base;
    f.overview.budget.governmentFund = Money(); // empty → 0 is a change too
    changed.append(f);
    QStringList codes {code};
    for (const Filing &c : changed) {
        const QString other = verificationCode(c);
        EXPECT_FALSE(codes.contains(other)) << other.toStdString();
        codes.append(other);
    }
}

TEST(Verification, CodesOfManyFilingsDoNotCollide)
{
    QStringList codes;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        GeneratorOptions o;
        o.seed = seed;
        o.directions = 2;
        o.indicatorsPerDirection = 3;
        o.detailsPerDirection = 2;
        codes.append(verificationCode(generateFiling(o)));
    }
    codes.removeDuplicates();
    EXPECT_EQ(codes.size(), 200);
}

TEST(PrintFonts, FamiliesAreNamedAndNeverNotoCjk)
{
    const PrintSettings s = resolveFonts({});
    ASSERT_FALSE(s.titleFamily.isEmpty()) << "install fonts-arphic-uming (scripts/install-deps.sh)";
    ASSERT_FALSE(s.bodyFamily.isEmpty());
    EXPECT_TRUE(isUsablePrintFamily(s.titleFamily));
    EXPECT_TRUE(isUsablePrintFamily(s.bodyFamily));
    EXPECT_TRUE(titleFamilyCandidates().contains(s.titleFamily, Qt::CaseInsensitive));
    EXPECT_TRUE(bodyFamilyCandidates().contains(s.bodyFamily, Qt::CaseInsensitive));
    // The preference order: the first candidate that is installed wins.
    const QStringList families = QFontDatabase::families();
    for (const QString &c : bodyFamilyCandidates()) {
        if (families.contains(c, Qt::CaseInsensitive)) {
            EXPECT_EQ(s.bodyFamily.toLower(), c.toLower());
            break;
        }
    }
    // Asked for Noto CJK or a family that is not installed: the defaults instead.
    PrintSettings wanted;
    wanted.titleFamily = QStringLiteral("Noto Serif CJK SC");
    wanted.bodyFamily = QStringLiteral("No Such Family 123");
    const PrintSettings r = resolveFonts(wanted);
    EXPECT_EQ(r.titleFamily, s.titleFamily);
    EXPECT_EQ(r.bodyFamily, s.bodyFamily);
    EXPECT_FALSE(isUsablePrintFamily(QStringLiteral("Noto Sans CJK SC")));
    // An installed family asked for by name is kept.
    wanted.bodyFamily = s.titleFamily;
    EXPECT_EQ(resolveFonts(wanted).bodyFamily, s.titleFamily);
    // Sizes are clamped to what fits a form.
    wanted.titlePointSize = 100;
    wanted.bodyPointSize = 1;
    EXPECT_EQ(resolveFonts(wanted).titlePointSize, 36);
    EXPECT_EQ(resolveFonts(wanted).bodyPointSize, 6);
}
