// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorvalue.h"
#include "model/indicatorscheme.h"

#include <QStringView>

#include <bitset>
#include <vector>

// What an indicator measures, from its 二级 and its 三级's words: a count, a
// rate or share, a satisfaction, a time, a cost, a quality statement or an
// effect (效益). The value's unit must fit: a satisfaction is a percentage, a
// count a number of things, a time a date or a time limit, a cost money.
namespace jixiao::text {

// A list of words with the set of their first characters, so that a name is
// scanned once and only the characters some word starts with are tried.
class Words
{
public:
    Words(std::initializer_list<QStringView> words)
        : m_words(words)
    {
        for (QStringView w : m_words)
            m_first.set(w.front().unicode());
    }
    bool in(QStringView s) const
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (!m_first.test(s[i].unicode()))
                continue;
            for (QStringView w : m_words)
                if (w.front() == s[i] && startsWithAt(s, i, w))
                    return true;
        }
        return false;
    }

private:
    std::vector<QStringView> m_words;
    std::bitset<65536> m_first;
};

// The name without trailing spaces and punctuation, for "ends with" tests.
QStringView nameCore(QStringView name);

// The name measures a change (增长, 提高, 下降, 同比 …), a return or a
// turnover: such values may pass 100 % and fall to 0.
bool measuresChange(QStringView name);

// 满意 but not 不满意.
bool isSatisfactionName(QStringView name);

// Ends in 率/占比/比重/比例/覆盖面/知晓度/认可度 (a rate or a share).
bool isRateName(QStringView name);

inline bool isPercent(QStringView unit)
{
    return unit == u"%" || unit == u"％";
}

enum class IndicatorKind : quint8 {
    Unknown,
    Count, // 数量 rows that count things, names ending in 数/次数/人数 …
    Rate, // a rate or share
    Satisfaction,
    Time, // 时效
    Cost, // 成本
    Quality, // a 质量 row that is not a rate: a statement of a standard
    Effect, // a 效益 row that is not a rate: an aim
};

IndicatorKind kindOf(const Level2Def *def, QStringView name);

// The name counts things ("检查次数", "培训人数", "村组干部230人").
bool namesCount(QStringView name);

// A measure word of things counted (人, 个, 次, 项, 家, 户 …, "人/年"), not a
// unit of time or money or a percentage.
bool isCountUnit(QStringView unit);

} // namespace jixiao::text
