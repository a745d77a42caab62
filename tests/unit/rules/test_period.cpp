// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of periods and dates: every format real forms use.
#include "rules/period.h"

#include <gtest/gtest.h>

using namespace jixiao::text;

namespace {

struct Expect
{
    const char16_t *text;
    Date start, end;
};

Period read(const char16_t *text, int year = 2023)
{
    return readPeriod(QString::fromUtf16(text), year);
}

} // namespace

TEST(Period, ReadsTheFormatsFormsUse)
{
    const Expect cases[] = {
        {u"2023年1-12月", {2023, 1, 1}, {2023, 12, 31}}, {u"2023年1月至12月", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023年1月-2023年12月", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023年1月1日-2023年12月31日", {2023, 1, 1}, {2023, 12, 31}},
        {u"2022.01-2022.12", {2022, 1, 1}, {2022, 12, 31}}, {u"2024.01-2024.12", {2024, 1, 1}, {2024, 12, 31}},
        {u"2023.07-2024.01", {2023, 7, 1}, {2024, 1, 31}}, {u"2023/01-2023/12", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023-01至2023-12", {2023, 1, 1}, {2023, 12, 31}}, {u"2023-01-01至2023-12-31", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023.1.1-2023.12.31", {2023, 1, 1}, {2023, 12, 31}},
        {u"２０２３．０１－２０２３．１２", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023-2025年", {2023, 1, 1}, {2025, 12, 31}}, {u"2023年10月至次年3月", {2023, 10, 1}, {2024, 3, 31}},
        {u"2023年全年", {2023, 1, 1}, {2023, 12, 31}}, {u"2023年度", {2023, 1, 1}, {2023, 12, 31}},
        {u"全年", {2023, 1, 1}, {2023, 12, 31}}, {u"年度", {2023, 1, 1}, {2023, 12, 31}},
        {u"上半年", {2023, 1, 1}, {2023, 6, 30}}, {u"下半年", {2023, 7, 1}, {2023, 12, 31}},
        {u"第三季度", {2023, 7, 1}, {2023, 9, 30}}, {u"2023年一季度", {2023, 1, 1}, {2023, 3, 31}},
        {u"年底前", {2023, 12, 1}, {2023, 12, 31}}, {u"6月底前", {2023, 6, 1}, {2023, 6, 30}},
        {u"十二月底前完成", {2023, 12, 1}, {2023, 12, 31}}, {u"2024年3月底前", {2024, 3, 1}, {2024, 3, 31}},
        {u"二〇二三年一月至十二月", {2023, 1, 1}, {2023, 12, 31}},
        {u"2023年2月29日", {2023, 2, 29}, {2023, 2, 29}}, // read as written; impossible, see below
    };
    for (const Expect &e : cases) {
        SCOPED_TRACE(QString::fromUtf16(e.text).toStdString());
        const Period p = read(e.text);
        ASSERT_TRUE(p.valid);
        EXPECT_EQ(p.start, e.start);
        EXPECT_EQ(p.end, e.end);
        EXPECT_FALSE(p.reversed);
    }
}

TEST(Period, ReversedPeriods)
{
    for (const char16_t *text :
        {u"2023.10-2023.03", u"2023年10月至2023年3月", u"2023年12-1月", u"2024-2023年", u"2023/12-2023/01"}) {
        SCOPED_TRACE(QString::fromUtf16(text).toStdString());
        const Period p = read(text);
        ASSERT_TRUE(p.valid);
        EXPECT_TRUE(p.reversed);
    }
    EXPECT_EQ(read(u"2023.10-2023.03").reversedFrom.toString(), QStringLiteral("2023年10月"));
    EXPECT_EQ(read(u"2023.10-2023.03").reversedTo.toString(), QStringLiteral("2023年3月"));
}

TEST(Period, ImpossibleDates)
{
    for (const char16_t *text : {u"2023年2月30日", u"2023年2月29日", u"2023年13月底前", u"2023.13", u"2023/04/31",
             u"2023年4月31日前", u"2023年第五季度"}) {
        SCOPED_TRACE(QString::fromUtf16(text).toStdString());
        EXPECT_TRUE(read(text).impossible);
    }
    EXPECT_EQ(read(u"2023年2月30日").impossibleText, QStringLiteral("2023年2月30日"));
    for (const char16_t *text : {u"2024年2月29日", u"2023年12月31日", u"2023年4月30日", u"12月31日前"}) {
        SCOPED_TRACE(QString::fromUtf16(text).toStdString());
        EXPECT_FALSE(read(text).impossible);
    }
}

TEST(Period, DurationsAreNotDates)
{
    for (const char16_t *text : {u"≤3个月", u"45日内", u"≥1年", u"5个工作日", u"30天", u"按时完成", u"及时"}) {
        SCOPED_TRACE(QString::fromUtf16(text).toStdString());
        EXPECT_FALSE(read(text).valid);
        EXPECT_FALSE(namesDate(QString::fromUtf16(text)));
    }
}

TEST(Period, YearsAsWritten)
{
    const Period p = read(u"2022.01-2022.12");
    EXPECT_TRUE(p.yearWritten);
    EXPECT_EQ(p.firstYear, 2022);
    EXPECT_EQ(p.lastYear, 2022);
    EXPECT_FALSE(read(u"1-12月").yearWritten);
    // Without a year of its own or the context's, a month range is not a period.
    EXPECT_FALSE(readPeriod(QStringLiteral("1-12月"), 0).valid);
}
