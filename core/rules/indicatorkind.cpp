// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorkind.h"

namespace jixiao::text {

QStringView nameCore(QStringView name)
{
    while (!name.isEmpty() && (isSpace(name.back()) || isPunctuation(name.back())))
        name.chop(1);
    return name;
}

bool measuresChange(QStringView name)
{
    static const Words words {u"增长", u"增速", u"增幅", u"增加", u"提高", u"提升", u"上升", u"下降", u"降低", u"减少",
        u"同比", u"环比", u"回报", u"收益", u"利润", u"杠杆", u"倍", u"贡献", u"周转", u"产销", u"负债", u"超额"};
    return words.in(name);
}

bool isSatisfactionName(QStringView name)
{
    return name.contains(u"满意") && !name.contains(u"不满意");
}

bool isRateName(QStringView name)
{
    static constexpr QStringView endings[] = {
        u"率", u"占比", u"比重", u"比例", u"覆盖面", u"知晓度", u"认可度", u"满意度", u"强度"};
    for (QStringView e : endings)
        if (name.endsWith(e))
            return true;
    return false;
}

bool namesCount(QStringView name)
{
    static constexpr QStringView endings[] = {u"次数", u"人数", u"户数", u"家数", u"个数", u"件数", u"场次",
        u"人次", u"数量", u"台数", u"套数", u"项数", u"批次", u"期数", u"天数", u"课时"};
    for (QStringView e : endings)
        if (name.endsWith(e))
            return true;
    // "村组干部230人": a number and a measure word at the end.
    qsizetype k = name.size();
    while (k > 0 && !isDigit(name[k - 1]) && name.size() - k < 3)
        --k;
    return k > 0 && k < name.size() && isDigit(name[k - 1]) && measureWordAt(name, k) == name.size() - k;
}

bool isCountUnit(QStringView unit)
{
    if (unit.isEmpty() || isPercent(unit))
        return false;
    static const Words time {u"年", u"月", u"天", u"日", u"时", u"周", u"分钟", u"秒"};
    static const Words money {u"元", u"万"};
    // "人/年": the thing counted, per time.
    const qsizetype slash = unit.indexOf(u'/');
    const QStringView head = slash > 0 ? unit.first(slash) : unit;
    if (time.in(head) || money.in(head))
        return false;
    static const Words things {u"人", u"个", u"次", u"项", u"家", u"户", u"件", u"场", u"期", u"批", u"辆", u"台",
        u"套", u"所", u"座", u"条", u"处", u"名", u"位", u"份", u"本", u"册", u"篇", u"村", u"栋", u"间", u"张"};
    return things.in(head) && head.size() <= 3;
}

IndicatorKind kindOf(const Level2Def *def, QStringView rawName)
{
    const QStringView name = nameCore(rawName);
    if (isSatisfactionName(name) || (def && def->isSatisfaction))
        return IndicatorKind::Satisfaction;
    if (def && def->isCost)
        return IndicatorKind::Cost;
    if (def && def->name.startsWith(u"时效"))
        return IndicatorKind::Time;
    if (isRateName(name))
        return IndicatorKind::Rate;
    if (namesCount(name))
        return IndicatorKind::Count;
    if (!def)
        return IndicatorKind::Unknown;
    if (def->name.startsWith(u"数量"))
        return IndicatorKind::Count;
    if (def->name.startsWith(u"质量"))
        return IndicatorKind::Quality;
    if (def->name.contains(u"效益") || def->name.startsWith(u"可持续"))
        return IndicatorKind::Effect;
    return IndicatorKind::Unknown;
}

} // namespace jixiao::text
