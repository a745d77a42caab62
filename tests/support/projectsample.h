// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sample filing with three 项目支出绩效目标表, one in each layout the
// program prints: the Hunan 申报表 (as 株洲 districts file it: 年度本级预算金额,
// an implementation period crossing the year, 绩效标准, an empty 二级 row
// left in place), the national template of 财预〔2021〕101号 (中期 columns)
// and another province's 项目绩效目标表 (项目负责人, 项目概况, 进度计划).
#include "form/form.h"
#include "model/jsonio.h"

namespace jixiao::testing {

// "30.5" as an amount.
inline Amount amount(const char *text)
{
    Money m;
    const bool ok = Money::parseCanonical(QString::fromLatin1(text), &m);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    return m;
}

inline Indicator projectIndicator(const char16_t *l1, const char16_t *l2, const char16_t *name, const char16_t *value,
    std::optional<QString> standard, std::optional<QString> midTerm = std::nullopt)
{
    return {QString::fromUtf16(l1), QString::fromUtf16(l2), QString::fromUtf16(name), QString::fromUtf16(value),
        std::move(standard), std::move(midTerm)};
}

inline Project hunanSampleProject()
{
    Project p;
    p.name = QStringLiteral("石峰区中小企业公共服务平台建设");
    p.layout = QString::fromLatin1(form::HunanLayout);
    p.authority = QStringLiteral("株洲市石峰区科技和工业信息化局");
    p.period = QStringLiteral("2023.07-2024.01");
    p.annualFiscal = amount("250");
    p.annualUpper = amount("30.5");
    p.periodGoal = QStringLiteral("建成覆盖全区的中小企业公共服务平台，服务企业不少于200家。");
    p.annualGoal = QStringLiteral("完成平台一期建设并上线运行，年内服务企业120家以上。");
    const QString plan = QStringLiteral("计划标准");
    p.indicators = {
        projectIndicator(u"产出指标", u"数量指标", u"服务企业数量", u"≥120家", plan),
        projectIndicator(u"产出指标", u"质量指标", u"平台验收合格率", u"=100%", plan),
        projectIndicator(u"产出指标", u"时效指标", u"平台上线时间", u"2023年12月底前", plan),
        projectIndicator(u"产出指标", u"成本指标", u"项目总成本", u"≤280.5万元", plan),
        projectIndicator(u"效益指标", u"社会效益指标", u"企业融资对接成功率", u"≥30%", QStringLiteral("行业标准")),
        projectIndicator(u"效益指标", u"", u"", u"", std::nullopt),
        projectIndicator(u"效益指标", u"社会公众及（或）服务对象满意度指标", u"服务企业满意度", u"95%以上",
            QStringLiteral("历史标准")),
    };
    p.financeOpinion = QString();
    p.filedOn = QStringLiteral("2023年1月10日");
    return p;
}

inline Project nationalSampleProject()
{
    Project p;
    p.name = QStringLiteral("工业互联网平台推广应用");
    p.layout = QString::fromLatin1(form::NationalLayout);
    p.authority = QStringLiteral("株洲市石峰区科技和工业信息化局");
    p.authorityCode = QStringLiteral("401001");
    p.implementer = QStringLiteral("石峰区工业和信息化服务中心");
    p.attribute = QStringLiteral("延续");
    p.period = QStringLiteral("2023年-2025年");
    p.midTermTotal = amount("600");
    p.midTermFiscal = amount("540");
    p.midTermOther = amount("60");
    p.annualTotal = amount("200");
    p.annualFiscal = amount("180");
    p.annualOther = amount("20");
    p.periodGoal = QStringLiteral("目标1：三年内推动60家规模以上工业企业上云用平台。");
    p.annualGoal = QStringLiteral("目标1：年内推动20家规模以上工业企业上云用平台。");
    p.indicators = {
        projectIndicator(
            u"成本指标", u"经济成本指标", u"推广补助成本", u"≤200万元", std::nullopt, QStringLiteral("≤600万元")),
        projectIndicator(u"产出指标", u"数量指标", u"上云企业数量", u"≥20家", std::nullopt, QStringLiteral("≥60家")),
        projectIndicator(
            u"效益指标", u"经济效益指标", u"企业生产效率提升", u"≥5%", std::nullopt, QStringLiteral("≥10%")),
        projectIndicator(
            u"满意度指标", u"服务对象满意度指标", u"企业满意度", u"≥90%", std::nullopt, QStringLiteral("≥90%")),
    };
    return p;
}

inline Project provincialSampleProject()
{
    Project p;
    p.name = QStringLiteral("智能制造示范车间奖补");
    p.layout = QString::fromLatin1(form::ProvincialLayout);
    p.authority = QStringLiteral("株洲市石峰区科技和工业信息化局");
    p.authorityCode = QStringLiteral("401001");
    p.implementer = QStringLiteral("株洲市石峰区科技和工业信息化局");
    p.lead = QStringLiteral("方宏宇");
    p.period = QStringLiteral("2023年1月-2023年12月");
    p.annualTotal = amount("120");
    p.annualFiscal = amount("100");
    p.annualOther = amount("20");
    p.summary = QStringLiteral("对认定的智能制造示范车间按设备投入给予奖补。");
    p.schedule = QStringLiteral("3月发布申报通知，6月完成评审，9月前拨付资金。");
    p.periodGoal = QStringLiteral("培育智能制造示范车间10个。");
    p.annualGoal = QStringLiteral("年内认定并奖补示范车间4个。");
    p.indicators = {
        projectIndicator(u"产出指标", u"数量指标", u"奖补示范车间数量", u"≥4个", std::nullopt),
        projectIndicator(u"产出指标", u"成本指标", u"奖补资金总额", u"≤120万元", std::nullopt),
        projectIndicator(u"效益指标", u"经济效益指标", u"示范车间生产效率提升", u"≥10%", std::nullopt),
    };
    return p;
}

inline Filing sampleFilingWithProjects()
{
    Filing f = sampleFiling();
    f.projects = {hunanSampleProject(), nationalSampleProject(), provincialSampleProject()};
    return f;
}

} // namespace jixiao::testing
