// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorscheme.h"

namespace jixiao {

namespace {

Level2Def req(const char16_t *name, bool cost = false)
{
    return {QString::fromUtf16(name), Requirement::Required, cost, false};
}
Level2Def rec(const char16_t *name, bool satisfaction = false)
{
    return {QString::fromUtf16(name), Requirement::Recommended, false, satisfaction};
}
Level2Def opt(const char16_t *name)
{
    return {QString::fromUtf16(name), Requirement::Optional, false, false};
}

IndicatorScheme makeHunan2023()
{
    return {IndicatorSchemeId::Hunan2023, QStringLiteral("hunan-2023"), QStringLiteral("湖南省（2023）"),
        {{QStringLiteral("产出指标"), {req(u"数量指标"), req(u"质量指标"), req(u"时效指标"), req(u"成本指标", true)}},
            {QStringLiteral("效益指标"),
                {rec(u"经济效益指标"), rec(u"社会效益指标"), rec(u"生态效益指标"), rec(u"可持续影响指标"),
                    rec(u"社会公众及（或）服务对象满意度指标", true)}}}};
}

IndicatorScheme makeMof2015()
{
    return {IndicatorSchemeId::Mof2015, QStringLiteral("mof-2015"), QStringLiteral("财预〔2015〕88号"),
        {{QStringLiteral("产出指标"), {req(u"数量指标"), req(u"质量指标"), req(u"时效指标"), req(u"成本指标", true)}},
            {QStringLiteral("效益指标"),
                {rec(u"经济效益指标"), rec(u"社会效益指标"), rec(u"生态效益指标"), rec(u"可持续影响指标")}},
            {QStringLiteral("满意度指标"), {rec(u"服务对象满意度指标", true)}}}};
}

IndicatorScheme makeMof2021()
{
    return {IndicatorSchemeId::Mof2021, QStringLiteral("mof-2021"), QStringLiteral("财预〔2021〕101号"),
        {{QStringLiteral("成本指标"), {req(u"经济成本指标", true), opt(u"社会成本指标"), opt(u"生态环境成本指标")}},
            {QStringLiteral("产出指标"), {req(u"数量指标"), req(u"质量指标"), req(u"时效指标")}},
            {QStringLiteral("效益指标"),
                {rec(u"经济效益指标"), rec(u"社会效益指标"), rec(u"生态效益指标"), rec(u"可持续影响指标")}},
            {QStringLiteral("满意度指标"), {rec(u"服务对象满意度指标", true)}}}};
}

} // namespace

QString normalizeIndicatorName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace())
            continue;
        if (c == u'（')
            c = u'(';
        else if (c == u'）')
            c = u')';
        out.append(c);
    }
    // The satisfaction row is written with and without "及（或）" / "及".
    out.replace(QStringLiteral("及(或)"), QStringLiteral("及"));
    if (out.endsWith(u"指标"))
        out.chop(2);
    return out;
}

int IndicatorScheme::level1Index(QStringView name) const
{
    const QString n = normalizeIndicatorName(name);
    for (int i = 0; i < level1.size(); ++i)
        if (normalizeIndicatorName(level1[i].name) == n)
            return i;
    return -1;
}

int IndicatorScheme::level2Index(int l1, QStringView name) const
{
    if (l1 < 0 || l1 >= level1.size())
        return -1;
    const QString n = normalizeIndicatorName(name);
    const QList<Level2Def> &defs = level1[l1].level2;
    for (int i = 0; i < defs.size(); ++i) {
        const QString d = normalizeIndicatorName(defs[i].name);
        // The satisfaction row: "社会公众及服务对象满意度", "服务对象满意度" both name it.
        if (d == n || (defs[i].isSatisfaction && n.endsWith(u"满意度") && !n.isEmpty()))
            return i;
    }
    return -1;
}

std::pair<int, int> IndicatorScheme::findLevel2(QStringView name) const
{
    for (int i = 0; i < level1.size(); ++i) {
        const int j = level2Index(i, name);
        if (j >= 0)
            return {i, j};
    }
    return {-1, -1};
}

const IndicatorScheme &indicatorScheme(IndicatorSchemeId id)
{
    static const IndicatorScheme hunan = makeHunan2023();
    static const IndicatorScheme mof2015 = makeMof2015();
    static const IndicatorScheme mof2021 = makeMof2021();
    switch (id) {
    case IndicatorSchemeId::Hunan2023:
        return hunan;
    case IndicatorSchemeId::Mof2015:
        return mof2015;
    case IndicatorSchemeId::Mof2021:
        return mof2021;
    }
    return hunan;
}

const QList<IndicatorSchemeId> &allIndicatorSchemes()
{
    static const QList<IndicatorSchemeId> all {
        IndicatorSchemeId::Hunan2023, IndicatorSchemeId::Mof2015, IndicatorSchemeId::Mof2021};
    return all;
}

QString indicatorSchemeKey(IndicatorSchemeId id)
{
    return indicatorScheme(id).key;
}

std::optional<IndicatorSchemeId> indicatorSchemeFromKey(QStringView key)
{
    for (IndicatorSchemeId id : allIndicatorSchemes())
        if (indicatorScheme(id).key == key)
            return id;
    return std::nullopt;
}

} // namespace jixiao
