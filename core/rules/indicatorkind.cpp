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
    if (name.isEmpty())
        return false;
    switch (name.back().unicode()) {
    case u'率':
    case u'比':
    case u'重':
    case u'例':
    case u'面':
    case u'度':
        break;
    default:
        return false;
    }
    static constexpr QStringView endings[]
        = {u"率", u"占比", u"比重", u"比例", u"覆盖面", u"知晓度", u"认可度", u"满意度", u"强度"};
    for (QStringView e : endings)
        if (name.endsWith(e))
            return true;
    return false;
}

bool namesCount(QStringView name)
{
    if (name.isEmpty())
        return false;
    switch (name.back().unicode()) {
    case u'数':
    case u'量':
    case u'次':
    case u'时': {
        static constexpr QStringView endings[] = {u"次数", u"人数", u"户数", u"家数", u"个数", u"件数", u"场次",
            u"人次", u"数量", u"台数", u"套数", u"项数", u"批次", u"期数", u"天数", u"课时"};
        for (QStringView e : endings)
            if (name.endsWith(e))
                return true;
        break;
    }
    default:
        break;
    }
    // "村组干部230人": a number and a measure word at the end.
    qsizetype k = name.size();
    while (k > 0 && !isDigit(name[k - 1]) && name.size() - k < 3)
        --k;
    return k > 0 && k < name.size() && isDigit(name[k - 1]) && measureWordAt(name, k) == name.size() - k;
}

bool isCountUnit(QStringView unit)
{
    // "人/年": the thing counted, per time.
    const qsizetype slash = unit.indexOf(u'/');
    const QStringView head = slash > 0 ? unit.first(slash) : unit;
    if (head.isEmpty() || head.size() > 3)
        return false;
    for (QChar c : head)
        switch (c.unicode()) {
        case u'年':
        case u'月':
        case u'天':
        case u'日':
        case u'时':
        case u'周':
        case u'分':
        case u'秒':
        case u'元':
        case u'万':
        case u'%':
        case u'％':
            return false; // a time, money or a percentage
        default:
            break;
        }
    switch (head.front().unicode()) {
    case u'人':
    case u'个':
    case u'次':
    case u'项':
    case u'家':
    case u'户':
    case u'件':
    case u'场':
    case u'期':
    case u'批':
    case u'辆':
    case u'台':
    case u'套':
    case u'所':
    case u'座':
    case u'条':
    case u'处':
    case u'名':
    case u'位':
    case u'份':
    case u'本':
    case u'册':
    case u'篇':
    case u'村':
    case u'栋':
    case u'间':
    case u'张':
        return true;
    default:
        return false;
    }
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
