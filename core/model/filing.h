// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorscheme.h"
#include "money.h"

#include <QList>
#include <QString>

#include <optional>

// The filing model: plain value types mirroring resources/spec/filing.schema.json one to
// one. Optional schema properties are std::optional so that absent and empty
// stay apart and a file round-trips to the same JSON value.
namespace jixiao {

struct Indicator
{
    QString level1; // 一级指标
    QString level2; // 二级指标
    QString name; // 三级指标
    QString value; // 指标值及单位
    std::optional<QString> standard; // 绩效标准 (direction and project tables)
    // 中期指标值 (project forms whose layout has a medium-term column, as the
    // national template of 财预〔2021〕101号); absent elsewhere.
    std::optional<QString> midTermValue = std::nullopt;
    bool operator==(const Indicator &) const = default;
};

struct WorkPlanItem
{
    QString item; // 事项
    QString owner; // 责任单位/科室
    QString goal; // 工作目标
    bool operator==(const WorkPlanItem &) const = default;
};

struct Budget
{
    Amount total; // 资金总额
    Amount generalPublic; // 一般公共预算拨款
    Amount governmentFund; // 政府性基金拨款
    Amount other; // 其他资金
    Amount basic; // 基本支出
    Amount project; // 项目支出
    bool operator==(const Budget &) const = default;
};

struct Overview // 部门整体支出绩效目标表
{
    std::optional<QString> attachmentLabel; // 附表1
    Budget budget;
    QString duties; // 部门职责概述
    QList<WorkPlanItem> workPlan;
    QList<Indicator> indicators;
    bool operator==(const Overview &) const = default;
};

struct DetailLine // one row of 支出明细及测算说明
{
    QString content; // 支出内容简介
    QString item; // 支出明细
    Amount amount; // 金额
    QString basis; // 支出测算依据及过程说明
    bool operator==(const DetailLine &) const = default;
};

struct Direction // 支出方向（子项）: one 支出方向绩效目标表
{
    QString name;
    Amount amount; // 项目金额
    QString period; // 项目实施期
    QString periodGoal; // 实施期绩效目标
    QString annualGoal; // 年度绩效目标
    QList<Indicator> indicators;
    QList<DetailLine> details;
    bool operator==(const Direction &) const = default;
};

struct Fund // 专项
{
    QString name;
    Amount amount;
    QList<Direction> directions;
    bool operator==(const Fund &) const = default;
};

// 项目支出绩效目标申报表: one per project. The fields are the union of the
// layouts' (national template of 财预〔2021〕101号, the Hunan 申报表, and the
// other provinces' 项目绩效目标表); a layout shows the ones it has. Absent
// optional fields are fields the project's layout does not have.
struct Project
{
    QString name; // 项目名称 / 项目支出名称
    std::optional<QString> layout; // the form layout it is printed in ("national-2021", "hunan"…)
    std::optional<QString> authority; // 主管部门 / 预算部门
    std::optional<QString> authorityCode; // 主管部门代码
    std::optional<QString> implementer; // 实施单位
    std::optional<QString> attribute; // 项目属性: 新增 / 延续
    std::optional<QString> lead; // 项目负责人
    QString period; // 项目期 / 项目支出实施期 / 起止时间
    Amount annualTotal; // 年度资金总额
    Amount annualFiscal; // 其中：财政拨款 (Hunan: 年度本级预算金额)
    Amount annualUpper; // 上级资金 (Hunan: 该项目支出上级资金)
    Amount annualOther; // 其中：其他资金
    Amount midTermTotal; // 中期资金总额
    Amount midTermFiscal; // 其中：财政拨款
    Amount midTermOther; // 其中：其他资金
    std::optional<QString> summary; // 项目概况
    std::optional<QString> schedule; // 项目实施进度计划
    QString periodGoal; // 中期目标 / 实施期绩效目标 / 长期目标
    QString annualGoal; // 年度目标 / 本年度绩效目标
    QList<Indicator> indicators; // 绩效指标 (standard and midTermValue per layout)
    std::optional<QString> financeOpinion; // 财政部门审核意见: the finance bureau's, read-only for the department
    std::optional<QString> filedOn; // 填报日期, as written
    bool operator==(const Project &) const = default;
};

struct Department
{
    QString name;
    std::optional<QString> head; // 单位负责人
    std::optional<QString> preparers; // 填表人
    std::optional<QString> phone; // 联系电话
    bool operator==(const Department &) const = default;
};

struct Filing
{
    // The newest interchange format version this build reads and writes
    // (what a filing needs: formatVersionNeeded() in listtree.h).
    static constexpr int FormatVersion = 2;

    int fiscalYear = 2023;
    std::optional<QString> fundLevel; // 区级 / 县级 / 市级 / 省级
    AmountUnit amountUnit = AmountUnit::Wan;
    std::optional<IndicatorSchemeId> indicatorScheme;
    Department department;
    Overview overview;
    QList<Fund> funds;
    QList<Project> projects; // one 项目支出绩效目标申报表 each
    // The filing says its projects are all of the department's project
    // spending, so they must add up to the overview's 项目支出.
    bool projectsComplete = false;

    // What the printed titles use when fundLevel is absent.
    QString effectiveFundLevel() const;
    IndicatorSchemeId effectiveScheme() const { return indicatorScheme.value_or(IndicatorSchemeId::Hunan2023); }
    int directionCount() const;
    // Whether the overview is part of this filing: it holds something the
    // department wrote (an amount, its duties, a work-plan row, an indicator's
    // 三级 or value), or the filing has no project forms. A file of project
    // forms alone (last year's 申报表 imported) has no overview to check.
    bool hasOverview() const;

    bool operator==(const Filing &) const = default;
};

// The paper form's indicator rows for a scheme: one per 二级 in the scheme's
// order, 三级 and values empty. A new filing's overview and a new direction
// start with them; direction rows carry an (empty) 绩效标准.
QList<Indicator> standardIndicatorRows(IndicatorSchemeId scheme, bool direction);

// The form's 合计 cells: the sum of the amounts, empty cells counting as 0;
// empty only when every amount is empty. One definition for the summary
// table, the editor's derived cells and the sum checks.
Amount sumOfAmounts(const QList<Fund> &funds);
Amount sumOfAmounts(const QList<Direction> &directions);
Amount sumOfAmounts(const QList<DetailLine> &details);
Amount sumOfAmounts(const QList<Project> &projects); // their 年度资金总额

// 区级专项资金绩效目标汇总表: derived from funds and directions, never stored.
struct SummaryRow
{
    enum Kind { Total, FundRow, DirectionRow };
    Kind kind = Total;
    QString number; // "", "一", "二", … for funds, "1", "2", … for directions
    QString name;
    Amount amount;
    QString periodGoal; // directions only
    QString annualGoal; // directions only
    int fundIndex = -1;
    int directionIndex = -1;
};
QList<SummaryRow> summaryTable(const Filing &filing);

// 一, 二, … 十一, … as the 汇总表 numbers its funds (1-based).
QString chineseOrdinal(int n);

} // namespace jixiao
