// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QList>
#include <QString>

// Each official form described once: its rows of cells (the form's words,
// the fields they show, the totals derived from them), each cell by its right
// edge in millimetres and its row span, the list sections with their heading
// rows, and the signature footer. The printed tables (core/print) and the
// editor's grids (ui/formmodel) are both made from this description, so a new
// column is one edit here.
namespace jixiao::form {

enum class Kind { Overview, Summary, Direction, Project };

// Paper keeps the form's print conventions: the indicators in the scheme's
// order with equal 一级/二级 merged, and the signature block as one cell with
// room to sign. Screen keeps one editable cell per indicator row, in the order
// entered, and one row per signature field. Everything else is the same.
enum class Media { Paper, Screen };

// How a field is entered on screen.
enum class Input { None, Text, MultiLine, Money, Level1, Level2, Standard };

// How a cell is set: the form's words (label centred, column heading bold,
// group label spanning rows), or a value (left-aligned text, centred short
// value, amount).
enum class Look { Label, Heading, GroupLabel, Text, Centre, Amount, TopText };

struct Cell
{
    enum Type {
        Blank,
        Label, // the form's words
        Field, // a field of the filing, edited on screen
        View, // a field shown read-only (the 汇总表 repeats the directions')
        Sum, // the total of a list's amounts (pointer: the list)
    };
    Type type = Blank;
    qreal right = 0; // mm from the table's left edge
    QString text; // what the paper shows: words, or prefix + the value
    QString prefix; // Field: words printed before the value ("资金总额：")
    QString pointer; // Field, View: the field; Sum: the list
    Input input = Input::None;
    Look look = Look::Label;
    int rowSpan = 1;
    // Paper only: a 一级/二级 cell merged over the rows sharing its value.
    bool merged = false;
    // Names its row (序号, 名称, 支出内容): repeated when the row continues on
    // the next page. Amounts never are: printed twice they read as twice the money.
    bool identifying = false;
    // Label: where its words meet (offsets into text), the only places
    // besides a "\n" where the paper may break it; a label is never broken
    // inside a word (支出内容|简介, not 支出内/容简介).
    QList<int> breaks;
};

struct Row
{
    QList<Cell> cells;
    qreal minHeight = 0; // mm
    // The list whose element (index ≥ 0) or heading (index -1) this row shows.
    QString list;
    int index = -1;
    bool placeholder = false; // an empty list's blank row
    bool keepWithNext = false; // a heading of the rows after it (a 专项 in the 汇总表)
    bool keepWithPrevious = false; // a total of the rows before it (合计)
};

struct Section
{
    int firstRow = 0;
    int headerRows = 0;
    int rowCount = 0;
};

struct Form
{
    Kind kind = Kind::Overview;
    Media media = Media::Paper;
    QString attachmentLabel; // 附表1, above the title at the left
    QString title;
    QString sealCaption; // 填报单位：（盖章）
    QString unitCaption; // 金额单位：万元
    qreal width = 180; // mm: A4 portrait less 15 mm margins
    QList<Row> rows;
    QList<Section> sections; // lists with their heading rows
    int footerStart = -1; // the first signature row, -1 without one
};

Form overview(const Filing &filing, Media media);
Form summary(const Filing &filing, Media media);
// Empty (no rows) when the filing has no such direction. `amountsWithUnit`:
// the paper writes the detail lines' amounts and their 合计 with the unit
// ("0.8万元"), as the seed's second direction does.
Form direction(const Filing &filing, int fund, int direction, Media media, bool amountsWithUnit = false);

// 项目支出绩效目标表: project `index` in its layout (projectLayout); empty (no
// rows) when the filing has no such project.
Form project(const Filing &filing, int index, Media media);

// The project form's layouts (Project::layout): the national template of
// 财预〔2021〕101号 (中期 columns, 中期资金总额), the Hunan 申报表
// (年度本级预算金额, 上级资金, 绩效标准, 财政部门审核意见, 填报日期), and
// other provinces' 项目绩效目标表 (项目负责人, 起止时间, amounts in their label
// cells, 项目概况, 项目实施进度计划, 长期目标).
inline constexpr const char *NationalLayout = "national-2021";
inline constexpr const char *HunanLayout = "hunan";
inline constexpr const char *ProvincialLayout = "provincial";
QStringList projectLayouts();
// The layout a project is printed in: its own when it names one of the
// above, else the Hunan 申报表 for a hunan-2023 filing and the national
// template for the others.
QString projectLayout(const Filing &filing, const Project &project);
bool projectLayoutKnown(const QString &layout);
// What the editor calls a layout ("&Hunan 申报表"), with its mnemonic.
QString projectLayoutName(const QString &layout);
// "2023年项目支出绩效目标申报表" (Hunan), "2023年度项目支出绩效目标表"
// (national), "2023年项目绩效目标表" (provincial).
QString projectTitle(const Filing &filing, const QString &layout);

// The total a Sum cell shows: of the funds ("/funds") or of a direction's
// detail lines (".../details"); empty for any other list.
Amount listSum(const Filing &filing, const QString &list);

// "2023年部门整体支出绩效目标表" and the others' titles (a project's: its
// layout's, projectTitle(); this gives the filing's default layout's).
QString title(const Filing &filing, Kind kind);

// Indicators in print order with their merged 一级/二级 cells: grouped by the
// scheme's order (the satisfaction row under 效益 for hunan-2023, under its own
// 满意度指标 for the MOF schemes), otherwise in the order they were written.
struct IndicatorLine
{
    const Indicator *indicator = nullptr;
    int index = -1; // in the list as entered
    QString level1Text; // what the 一级 cell shows (from the data; the scheme's name if blank)
    int level1Span = 0; // rows the 一级 cell spans from here, 0 = covered from above
    int level2Span = 0;
};
QList<IndicatorLine> indicatorLines(const QList<Indicator> &indicators, IndicatorSchemeId scheme);

} // namespace jixiao::form
