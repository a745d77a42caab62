// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Reads the periods and dates people write in the form, for every rule that
// reads time (项目实施期, 时效 values, stale years):
//   "2023年1-12月", "2023年1月至12月", "2023年1月1日-2023年12月31日",
//   "2022.01-2022.12", "2023/01-2023/12", "2023-01至2023-12", "2023.1.1-2023.12.31",
//   "2023.07-2024.01", "2023年10月至次年3月", "2023-2025年",
//   "全年", "2023年度", "上半年", "第三季度", "年底前", "6月底前", "二〇二三年".
// A period is two sides joined by a range sign (- ~ — ～ 至 到); each side is a
// span of days (a year, a half, a quarter, a month, a day). Durations ("3个月",
// "45日内", "1年") are not dates.
namespace jixiao::text {

struct Date
{
    int year = 0, month = 0, day = 0;
    bool operator==(const Date &) const = default;
    int key() const { return year * 10000 + month * 100 + day; } // for ordering
    QString toString() const; // "2023年2月30日", "2023年10月"
};

int daysInMonth(int year, int month); // year 0: February has 29

struct Period
{
    Date start, end; // both complete (day precision) when valid
    bool valid = false; // at least one date was read and every year is known
    bool yearWritten = false; // some year is written in the text (not only the context's)
    int firstYear = 0, lastYear = 0; // the years written, lowest and highest; 0 = none
    bool reversed = false; // the second side ends before the first starts
    Date reversedFrom, reversedTo; // as written (month precision) when reversed
    bool impossible = false; // names a month, day or quarter that does not exist
    QString impossibleText; // that date as written ("2023年2月30日", "13月")
    bool range = false; // two sides
    bool finerThanYear = false; // names a month, quarter, half or 年底 (not only years)
};

// Reads `text`. `contextYear` is the year a side without a year belongs to
// ("1-12月", "年底前", "全年"); 0 = none known (such a period is not valid).
Period readPeriod(QStringView text, int contextYear);

// The text names a date or period at all (a year, a month, a quarter, 全年, 年底 …).
bool namesDate(QStringView text);

} // namespace jixiao::text
