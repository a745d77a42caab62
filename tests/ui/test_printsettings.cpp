// SPDX-License-Identifier: GPL-3.0-or-later
// 设置 › Printing: the faces, what the dialog says when one falls back, page
// numbering; kept across a restart (a new AppSettings on the same file).
#include "uitestsupport.h"

#include <QCheckBox>

#include "appsettings.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QLabel>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

TEST(UiPrintSettings, FallbackFacesAreNoticedInTheDialog)
{
    TempSettings temp;
    AppSettings settings(&temp.settings);
    SettingsDialog d(&settings);
    // What the dialog says is what export-pdf says for the same choice.
    const QStringList automatic = fontFallbackNotices({});
    EXPECT_EQ(d.fontNotice()->isVisibleTo(&d), !automatic.isEmpty());
    EXPECT_EQ(d.fontNotice()->text(), automatic.join(QLatin1Char('\n')));
    const QStringList families = QFontDatabase::families();
    const QStringList form = titleFamilyGroups().first();
    const bool haveXiaoBiaoSong = std::any_of(
        form.begin(), form.end(), [&](const QString &f) { return families.contains(f, Qt::CaseInsensitive); });
    EXPECT_EQ(d.fontNotice()->text().contains(QStringLiteral("方正小标宋简体")), !haveXiaoBiaoSong);

    // A light face for the headings: the dialog says at once that they will not stand out.
    const PrintSettings resolved = resolveFonts({});
    if (!isHeavyFamily(resolved.bodyFamily)) {
        d.headingFontBox()->setCurrentFont(QFont(resolved.bodyFamily));
        EXPECT_TRUE(d.fontNotice()->text().contains(QStringLiteral("no heavy or bold style")))
            << d.fontNotice()->text().toStdString();
        EXPECT_TRUE(d.fontNotice()->isVisibleTo(&d));
        d.headingFontBox()->setCurrentFont(QFont(resolved.headingFamily));
        EXPECT_FALSE(d.fontNotice()->text().contains(QStringLiteral("no heavy or bold style")));
    }
}

TEST(UiPrintSettings, HeadingFaceAndPageNumbersAreKept)
{
    TempSettings temp;
    const PrintSettings resolved = resolveFonts({});
    {
        AppSettings settings(&temp.settings);
        EXPECT_EQ(settings.printSettings().pageNumbers, PageNumbers::Document);
        SettingsDialog d(&settings);
        d.headingFontBox()->setCurrentFont(QFont(resolved.bodyFamily));
        d.pageNumbersBox()->setCurrentIndex(d.pageNumbersBox()->findData(int(PageNumbers::TableAndDocument)));
        EXPECT_FALSE(d.amountsWithUnitBox()->isChecked());
        d.amountsWithUnitBox()->setChecked(true);
        d.apply();
    }
    temp.settings.sync();
    AppSettings again(&temp.settings);
    const PrintSettings p = again.printSettings();
    EXPECT_EQ(p.headingFamily, resolved.bodyFamily);
    EXPECT_EQ(p.pageNumbers, PageNumbers::TableAndDocument);
    EXPECT_TRUE(p.amountsWithUnit);
    EXPECT_EQ(temp.settings.value(QStringLiteral("print/pageNumbers")).toString(), QStringLiteral("both"));
    // And the dialog opens on what was kept.
    SettingsDialog d(&again);
    EXPECT_EQ(d.headingFontBox()->currentFont().family(), resolved.bodyFamily);
    EXPECT_EQ(PageNumbers(d.pageNumbersBox()->currentData().toInt()), PageNumbers::TableAndDocument);
    EXPECT_TRUE(d.amountsWithUnitBox()->isChecked());
    // A value this version does not know reads as the default.
    temp.settings.setValue(QStringLiteral("print/pageNumbers"), QStringLiteral("sheet"));
    EXPECT_EQ(again.printSettings().pageNumbers, PageNumbers::Document);
}
