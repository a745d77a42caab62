// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace jixiao {

enum class IndicatorSchemeId { Hunan2023, Mof2015, Mof2021 };

// How strongly a filing must fill in a 二级指标.
enum class Requirement {
    Required, // missing → error (产出, 成本)
    Recommended, // missing → warning (效益: real filings leave some blank)
    Optional, // set only as the project warrants (财预〔2021〕101号: 社会成本, 生态环境成本)
};

struct Level2Def
{
    QString name; // canonical written form, with the 指标 suffix: "数量指标"
    Requirement requirement = Requirement::Required;
    bool isCost = false; // 成本指标 / 经济成本指标: the cap that must match the money
    bool isSatisfaction = false; // the satisfaction row
};

struct Level1Def
{
    QString name; // "产出指标"
    QList<Level2Def> level2;
};

// An indicator framework (三级指标体系) as data: its 一级 and 二级, in order.
struct IndicatorScheme
{
    IndicatorSchemeId id;
    QString key; // "hunan-2023", as in the interchange format
    QString title; // human name, e.g. "财预〔2015〕88号"
    QList<Level1Def> level1;

    // Index of a 一级/二级 given the name as people write it, or -1.
    int level1Index(QStringView name) const;
    int level2Index(int level1Index, QStringView name) const;
    // Where a 二级 lives when its 一级 is unknown or wrong: {l1, l2} or {-1, -1}.
    std::pair<int, int> findLevel2(QStringView name) const;
};

const IndicatorScheme &indicatorScheme(IndicatorSchemeId id);
const QList<IndicatorSchemeId> &allIndicatorSchemes();
QString indicatorSchemeKey(IndicatorSchemeId id);
std::optional<IndicatorSchemeId> indicatorSchemeFromKey(QStringView key);

// Compare indicator labels as the domain guide says: drop all whitespace
// (the seed breaks "可持续影响  指标" across lines), full-width brackets as
// half-width, and a trailing 指标.
QString normalizeIndicatorName(QStringView name);

} // namespace jixiao
