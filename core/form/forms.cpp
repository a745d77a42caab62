// SPDX-License-Identifier: GPL-3.0-or-later
// The three official forms, cell for cell as in the seed form. The Chinese
// words are the form's own (data, not UI text).
#include "form.h"

#include <QCoreApplication>

#include "model/fields.h"
#include "model/indicatorscheme.h"
#include "model/jsonpointer.h"
#include "model/location.h"

#include <array>

namespace jixiao::form {

namespace {

// Writes a form row by row, each cell given by its right edge.
class Writer
{
public:
    Writer(Form &form)
        : m_form(form)
    { }

    void row(qreal minHeight = 0) { m_form.rows.append(Row {{}, minHeight, {}, -1, false, false, false}); }
    Row &current() { return m_form.rows.last(); }
    void listRow(const QString &list, int index)
    {
        row();
        m_form.rows.last().list = list;
        m_form.rows.last().index = index;
    }
    Cell &add(Cell c)
    {
        m_form.rows.last().cells.append(std::move(c));
        return m_form.rows.last().cells.last();
    }
    Cell &label(qreal right, const QString &text, Look look = Look::Label, int rowSpan = 1)
    {
        return add({Cell::Label, right, text, {}, {}, Input::None, look, rowSpan, false, false, {}});
    }
    // The form's own words, a "|" where two of them meet (a line may break
    // there; Cell::breaks), a "\n" where the form always breaks.
    Cell &words(qreal right, const QString &marked, Look look = Look::Label, int rowSpan = 1)
    {
        Cell &c = label(right, {}, look, rowSpan);
        for (const QChar ch : marked) {
            if (ch == QLatin1Char('|'))
                c.breaks.append(int(c.text.size()));
            else
                c.text += ch;
        }
        return c;
    }
    void blank(qreal right) { add({Cell::Blank, right, {}, {}, {}, Input::None, Look::Label, 1, false, false, {}}); }
    // A field of `row` (a department, a direction, a detail line, …) by its
    // interchange key; `base` is the row's pointer.
    template<typename R>
    Cell &field(qreal right, const R &row, const QString &base, const char *key, Input input, Look look,
        const QString &prefix = {})
    {
        const Field<R> *f = findField<R>(QString::fromLatin1(key));
        Q_ASSERT(f);
        const QString text = fieldText(row, *f);
        return add({Cell::Field, right, prefix + text, prefix, pointer::join(base, QLatin1String(key)), input, look, 1,
            false, false, {}});
    }
    template<typename R> Cell &view(qreal right, const R &row, const QString &base, const char *key, Look look)
    {
        Cell &c = field(right, row, base, key, Input::None, look);
        c.type = Cell::View;
        return c;
    }
    Cell &sum(qreal right, const Filing &filing, const QString &list)
    {
        return add({Cell::Sum, right, amountToString(listSum(filing, list)), {}, list, Input::None, Look::Amount, 1,
            false, false, {}});
    }
    // Blank cells at `edges` for a list with no rows: the form still shows a
    // row to fill in.
    void placeholder(const QString &list, std::initializer_list<qreal> edges)
    {
        listRow(list, -1);
        m_form.rows.last().placeholder = true;
        for (qreal e : edges)
            blank(e);
    }
    void beginSection(int headerRows) { m_form.sections.append({int(m_form.rows.size()), headerRows, 0}); }
    void endSection()
    {
        Section &s = m_form.sections.last();
        s.rowCount = int(m_form.rows.size()) - s.firstRow;
    }
    int rowCount() const { return int(m_form.rows.size()); }
    Form &form() { return m_form; }

private:
    Form &m_form;
};

QString unitName(const Filing &f)
{
    return amountUnitName(f.amountUnit);
}

void captions(Form &form, const Filing &filing, Kind kind)
{
    form.kind = kind;
    form.title = title(filing, kind);
    form.sealCaption = QStringLiteral("填报单位：（盖章）");
    form.unitCaption
        = (kind == Kind::Overview ? QStringLiteral("金额：") : QStringLiteral("金额单位：")) + unitName(filing);
}

// One line of the signature block: its words, a field of the department or
// of the table's own row (填报日期), and what the paper puts before it.
struct SignaturePart
{
    QString label;
    QString pointer;
    QString value;
    QString before; // on paper
    bool ownRow = false; // on paper: starts a new row (the one with room to sign is the head's)
};

template<typename R>
SignaturePart signaturePart(const char16_t *label, const R &row, const QString &base, const char *key,
    const char16_t *before, bool ownRow = false)
{
    const Field<R> *f = findField<R>(QString::fromLatin1(key));
    Q_ASSERT(f);
    return {QString::fromUtf16(label), pointer::join(base, QLatin1String(key)), fieldText(row, *f),
        QString::fromUtf16(before), ownRow};
}

// The department's signature lines, as the seed's tables have them: the
// head's signature, then 填表人 and 联系电话 (on a row of their own when
// `headOwnRow`, as in the 汇总表).
QList<SignaturePart> departmentSignature(const Department &dep, bool headOwnRow)
{
    const QString base = QStringLiteral("/department");
    return {
        signaturePart(u"单位负责人签字", dep, base, "head", u""),
        signaturePart(u"填表人", dep, base, "preparers", headOwnRow ? u"" : u"\n\n\n", headOwnRow),
        signaturePart(u"联系电话", dep, base, "phone", u"\t"),
    };
}

// The signature block: on paper one cell with room to sign (or two rows, the
// first with the room), on screen a row per field.
void addSignature(Writer &w, const QList<SignaturePart> &parts, qreal labelRight)
{
    Form &form = w.form();
    form.footerStart = w.rowCount();
    if (form.media == Media::Screen) {
        for (const SignaturePart &p : parts) {
            w.row();
            w.label(labelRight, p.label);
            Cell &c = w.add(
                {Cell::Field, form.width, p.value, {}, p.pointer, Input::Text, Look::Text, 1, false, false, {}});
            if (form.kind == Kind::Summary) // the 汇总表 is derived: nothing is typed there
                c.type = Cell::View;
        }
        return;
    }
    QStringList rows {QString()};
    int signedRow = -1; // the head's signature's
    for (const SignaturePart &p : parts) {
        if (p.ownRow)
            rows.append(QString());
        rows.last() += p.before + p.label + QStringLiteral("：") + p.value;
        if (p.pointer.endsWith(QLatin1String("/head")))
            signedRow = int(rows.size()) - 1;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const bool spaced = rows.size() > 1 && i == signedRow; // room for the head's signature
        w.row(spaced ? 16 : 0);
        w.label(form.width, rows[i], spaced ? Look::TopText : Look::Text);
    }
}

// A column of the indicator table after 三级指标: its heading ("|" where the
// paper may break it) and the indicator's field it shows.
struct ValueColumn
{
    qreal right;
    const char16_t *heading;
    const char *key;
    Input input;
};
const ValueColumn IndicatorValue {0, u"指标值|及单位", "value", Input::MultiLine};
const ValueColumn IndicatorStandard {0, u"绩效|标准", "standard", Input::Standard};
ValueColumn at(ValueColumn c, qreal right)
{
    c.right = right;
    return c;
}

// The indicator table: `label` spanning the heading and every indicator row;
// `levels` the right edges of 一级, 二级, 三级, then the value columns.
void addIndicatorSection(Writer &w, const Filing &filing, const QList<Indicator> &indicators, const QString &list,
    const QString &label, qreal labelRight, const std::array<qreal, 3> &levels, const QList<ValueColumn> &values)
{
    const bool paper = w.form().media == Media::Paper;
    QList<IndicatorLine> lines;
    if (paper) {
        lines = indicatorLines(indicators, filing.effectiveScheme());
    } else {
        for (int i = 0; i < indicators.size(); ++i)
            lines.append({&indicators[i], i, indicators[i].level1, 1, 1});
    }
    const int rows = std::max<int>(1, int(lines.size()));
    w.beginSection(1);
    w.listRow(list, -1);
    // Labels break where the form breaks them, not wherever the column ends.
    w.words(labelRight, label, Look::GroupLabel, 1 + rows);
    w.words(levels[0], QStringLiteral("一级|指标"), Look::Heading);
    w.words(levels[1], QStringLiteral("二级|指标"), Look::Heading);
    w.words(levels[2], QStringLiteral("三级|指标"), Look::Heading);
    for (const ValueColumn &v : values)
        w.words(v.right, QString::fromUtf16(v.heading), Look::Heading);
    for (const IndicatorLine &line : lines) {
        const Indicator &ind = *line.indicator;
        const QString p = pointer::join(list, line.index);
        w.listRow(list, line.index);
        if (line.level1Span > 0) {
            Cell &c = w.field(levels[0], ind, p, "level1", Input::Level1, Look::GroupLabel);
            c.text = line.level1Text;
            c.rowSpan = line.level1Span;
            c.merged = paper;
        }
        if (line.level2Span > 0) {
            Cell &c = w.field(levels[1], ind, p, "level2", Input::Level2, Look::GroupLabel);
            c.rowSpan = line.level2Span;
            c.merged = paper;
        }
        w.field(levels[2], ind, p, "name", Input::MultiLine, Look::Text);
        for (const ValueColumn &v : values)
            w.field(v.right, ind, p, v.key, v.input, Look::Centre);
    }
    if (lines.isEmpty()) {
        w.placeholder(list, {levels[0], levels[1], levels[2]});
        for (const ValueColumn &v : values)
            w.blank(v.right);
    }
    w.endSection();
}

Form begin(const Filing &filing, Kind kind, Media media)
{
    Form form;
    form.media = media;
    captions(form, filing, kind);
    return form;
}

} // namespace

QString title(const Filing &filing, Kind kind)
{
    switch (kind) {
    case Kind::Overview:
        return QStringLiteral("%1年部门整体支出绩效目标表").arg(filing.fiscalYear);
    case Kind::Summary:
        return QStringLiteral("%1年%2专项资金绩效目标汇总表").arg(filing.fiscalYear).arg(filing.effectiveFundLevel());
    case Kind::Direction:
        return QStringLiteral("%1年%2专项资金支出方向绩效目标表")
            .arg(filing.fiscalYear)
            .arg(filing.effectiveFundLevel());
    case Kind::Project: // a project's own layout may name it differently: projectTitle()
        return projectTitle(filing,
            filing.effectiveScheme() == IndicatorSchemeId::Hunan2023 ? QString::fromLatin1(HunanLayout)
                                                                     : QString::fromLatin1(NationalLayout));
    }
    return {};
}

Amount listSum(const Filing &filing, const QString &list)
{
    const std::optional<Location> at = Location::parse(list);
    if (!at || !at->field.isEmpty() || at->row >= 0 || !at->exists(filing))
        return {};
    if (at->area == Location::Funds)
        return sumOfAmounts(filing.funds);
    if (at->list == &lists::Details)
        return sumOfAmounts(filing.funds[at->fund].directions[at->direction].details);
    return {};
}

Form overview(const Filing &filing, Media media)
{
    const Overview &o = filing.overview;
    const Budget &bu = o.budget;
    Form form = begin(filing, Kind::Overview, media);
    form.attachmentLabel = o.attachmentLabel.value_or(QString());
    Writer w(form);
    const QString budget = QStringLiteral("/overview/budget");
    // Edges (mm): label 20 | 一级 40 | 事项 44 | 二级 70 | 责任单位 78 | 按收入 100 | 三级 142 | 180.
    w.row();
    w.label(20, QStringLiteral("部门名称"));
    w.field(180, filing.department, QStringLiteral("/department"), "name", Input::Text, Look::Text);

    w.row();
    w.words(20, QStringLiteral("年度预算|申请\n（%1）").arg(unitName(filing)), Look::Label, 5);
    w.field(180, bu, budget, "total", Input::Money, Look::Text, QStringLiteral("资金总额："));
    w.row();
    w.label(100, QStringLiteral("按收入性质分"));
    w.label(180, QStringLiteral("按支出性质分"));
    // Full-width spaces line the names up after "其中：", as on the form.
    const struct
    {
        const char16_t *income;
        const char *incomeKey;
        const char16_t *spending;
        const char *spendingKey;
    } budgetRows[] = {
        {u"其中：一般公共预算拨款", "generalPublic", u"其中：基本支出", "basic"},
        {u"　　　政府性基金拨款", "governmentFund", u"　　　项目支出", "project"},
        {u"　　　其他资金", "other", nullptr, nullptr},
    };
    for (const auto &r : budgetRows) {
        w.row();
        w.label(66, QString::fromUtf16(r.income), Look::Text);
        w.field(100, bu, budget, r.incomeKey, Input::Money, Look::Amount);
        if (r.spending) {
            w.label(142, QString::fromUtf16(r.spending), Look::Text);
            w.field(180, bu, budget, r.spendingKey, Input::Money, Look::Amount);
        } else {
            w.blank(142);
            w.blank(180);
        }
    }

    w.row();
    w.words(20, QStringLiteral("部门职责|概述")).identifying = true;
    w.field(180, o, QStringLiteral("/overview"), "duties", Input::MultiLine, Look::Text);

    const QString plan = QStringLiteral("/overview/workPlan");
    w.beginSection(1);
    w.listRow(plan, -1);
    w.words(20, QStringLiteral("年度重点|工作计划"), Look::GroupLabel, 1 + std::max<int>(1, int(o.workPlan.size())));
    w.label(44, QStringLiteral("事项"), Look::Heading);
    w.words(78, QStringLiteral("责任单位/|科室"), Look::Heading);
    w.label(180, QStringLiteral("工作目标"), Look::Heading);
    for (int i = 0; i < o.workPlan.size(); ++i) {
        const QString p = pointer::workPlan(i);
        w.listRow(plan, i);
        w.field(44, o.workPlan[i], p, "item", Input::MultiLine, Look::Centre).identifying = true;
        w.field(78, o.workPlan[i], p, "owner", Input::MultiLine, Look::Centre).identifying = true;
        w.field(180, o.workPlan[i], p, "goal", Input::MultiLine, Look::Text);
    }
    if (o.workPlan.isEmpty())
        w.placeholder(plan, {44, 78, 180});
    w.endSection();

    addIndicatorSection(w, filing, o.indicators, QStringLiteral("/overview/indicators"),
        QStringLiteral("年度绩效\n指标"), 20, {40, 70, 142}, {at(IndicatorValue, 180)});
    addSignature(w, departmentSignature(filing.department, false), 20);
    return form;
}

Form summary(const Filing &filing, Media media)
{
    Form form = begin(filing, Kind::Summary, media);
    Writer w(form);
    w.beginSection(1);
    w.listRow(QStringLiteral("/funds"), -1);
    w.label(14, QStringLiteral("序号"), Look::Heading);
    w.label(50, QStringLiteral("名  称"), Look::Heading);
    w.label(72, QStringLiteral("金  额"), Look::Heading);
    w.words(126, QStringLiteral("实施期|绩效目标"), Look::Heading);
    w.words(180, QStringLiteral("年度|绩效目标"), Look::Heading);
    for (const SummaryRow &r : summaryTable(filing)) {
        switch (r.kind) {
        case SummaryRow::Total:
            w.row();
            w.label(14, r.number);
            w.label(50, r.name);
            w.sum(72, filing, QStringLiteral("/funds"));
            w.blank(126);
            w.blank(180);
            break;
        case SummaryRow::FundRow: {
            const QString p = pointer::fund(r.fundIndex);
            const Fund &fund = filing.funds[r.fundIndex];
            w.listRow(QStringLiteral("/funds"), r.fundIndex);
            w.current().keepWithNext = true; // a 专项 keeps its first 支出方向
            w.label(14, r.number).identifying = true;
            w.view(50, fund, p, "name", Look::Centre).identifying = true;
            w.view(72, fund, p, "amount", Look::Amount);
            w.blank(126);
            w.blank(180);
            break;
        }
        case SummaryRow::DirectionRow: {
            const QString p = pointer::direction(r.fundIndex, r.directionIndex);
            const Direction &d = filing.funds[r.fundIndex].directions[r.directionIndex];
            w.listRow(pointer::fund(r.fundIndex) + QStringLiteral("/directions"), r.directionIndex);
            w.label(14, r.number).identifying = true;
            w.view(50, d, p, "name", Look::Centre).identifying = true;
            w.view(72, d, p, "amount", Look::Amount);
            w.view(126, d, p, "periodGoal", Look::Text);
            w.view(180, d, p, "annualGoal", Look::Text);
            break;
        }
        }
    }
    w.endSection();
    addSignature(w, departmentSignature(filing.department, true), 50);
    return form;
}

Form direction(const Filing &filing, int fundIndex, int directionIndex, Media media, bool amountsWithUnit)
{
    Form form = begin(filing, Kind::Direction, media);
    if (fundIndex < 0 || fundIndex >= filing.funds.size() || directionIndex < 0
        || directionIndex >= filing.funds[fundIndex].directions.size())
        return form;
    const Fund &fund = filing.funds[fundIndex];
    const Direction &d = fund.directions[directionIndex];
    const QString fp = pointer::fund(fundIndex);
    const QString dp = pointer::direction(fundIndex, directionIndex);
    Writer w(form);
    // Edges (mm): label 22 | 一级/内容简介 42 | 二级 72 | 所属专项 92 | 金额 114 | 三级 122 | 指标值 160 | 180.
    w.row();
    w.label(22, QStringLiteral("支出方向\n（子项）"));
    w.field(72, d, dp, "name", Input::Text, Look::Centre);
    w.words(92, QStringLiteral("所属|专项"), Look::Label, 2);
    w.label(114, QStringLiteral("名称"));
    w.field(180, fund, fp, "name", Input::Text, Look::Centre);
    w.row();
    w.label(22, QStringLiteral("项目金额"));
    w.field(72, d, dp, "amount", Input::Money, Look::Amount);
    w.label(114, QStringLiteral("金额"));
    w.field(180, fund, fp, "amount", Input::Money, Look::Amount);

    w.row();
    w.words(22, QStringLiteral("项目|实施期")).identifying = true;
    w.field(180, d, dp, "period", Input::Text, Look::Text);
    w.row();
    w.words(22, QStringLiteral("实施期|绩效\n目标")).identifying = true;
    w.field(180, d, dp, "periodGoal", Input::MultiLine, Look::Text);
    w.row();
    w.words(22, QStringLiteral("年度|绩效\n目标")).identifying = true;
    w.field(180, d, dp, "annualGoal", Input::MultiLine, Look::Text);

    addIndicatorSection(w, filing, d.indicators, dp + QStringLiteral("/indicators"), QStringLiteral("年度绩效\n指标"),
        22, {42, 72, 122}, {at(IndicatorValue, 160), at(IndicatorStandard, 180)});

    const QString details = dp + QStringLiteral("/details");
    // Some offices write the detail amounts and their total with the unit.
    const QString unit = amountsWithUnit && media == Media::Paper ? unitName(filing) : QString();
    auto withUnit = [&unit](Cell &c) {
        if (!c.text.isEmpty())
            c.text += unit;
    };
    w.beginSection(1);
    w.listRow(details, -1);
    w.words(
        22, QStringLiteral("支出明细\n及测算|说明"), Look::GroupLabel, 1 + std::max<int>(1, int(d.details.size())) + 1);
    w.words(42, QStringLiteral("支出内容|简介"), Look::Heading);
    w.label(92, QStringLiteral("支出明细"), Look::Heading);
    w.label(114, QStringLiteral("金额"), Look::Heading);
    w.words(180, QStringLiteral("支出测算依据|及过程说明"), Look::Heading);
    for (int i = 0; i < d.details.size(); ++i) {
        const QString p = pointer::join(details, i);
        w.listRow(details, i);
        w.field(42, d.details[i], p, "content", Input::MultiLine, Look::Centre).identifying = true;
        w.field(92, d.details[i], p, "item", Input::MultiLine, Look::Centre).identifying = true;
        withUnit(w.field(114, d.details[i], p, "amount", Input::Money, Look::Amount));
        w.field(180, d.details[i], p, "basis", Input::MultiLine, Look::Text);
    }
    if (d.details.isEmpty())
        w.placeholder(details, {42, 92, 114, 180});
    w.row();
    w.current().keepWithPrevious = true;
    w.label(92, QStringLiteral("合  计"));
    withUnit(w.sum(114, filing, details));
    w.blank(180);
    w.endSection();
    addSignature(w, departmentSignature(filing.department, false), 22);
    return form;
}

QString projectLayout(const Filing &filing, const Project &project)
{
    if (project.layout && projectLayoutKnown(*project.layout))
        return *project.layout;
    return filing.effectiveScheme() == IndicatorSchemeId::Hunan2023 ? QString::fromLatin1(HunanLayout)
                                                                    : QString::fromLatin1(NationalLayout);
}

bool projectLayoutKnown(const QString &layout)
{
    return projectLayouts().contains(layout);
}

QStringList projectLayouts()
{
    return {
        QString::fromLatin1(NationalLayout), QString::fromLatin1(HunanLayout), QString::fromLatin1(ProvincialLayout)};
}

QString projectLayoutName(const QString &layout)
{
    static constexpr struct
    {
        const char *id;
        const char *name;
    } Names[] = {
        {NationalLayout, QT_TRANSLATE_NOOP("jixiao::form::Layouts", "&National Template (财预〔2021〕101号)")},
        {HunanLayout, QT_TRANSLATE_NOOP("jixiao::form::Layouts", "&Hunan 申报表")},
        {ProvincialLayout, QT_TRANSLATE_NOOP("jixiao::form::Layouts", "&Other Provinces' 项目绩效目标表")},
    };
    for (const auto &n : Names)
        if (layout == QLatin1String(n.id))
            return QCoreApplication::translate("jixiao::form::Layouts", n.name);
    return layout;
}

QString projectTitle(const Filing &filing, const QString &layout)
{
    if (layout == QLatin1String(HunanLayout))
        return QStringLiteral("%1年项目支出绩效目标申报表").arg(filing.fiscalYear);
    if (layout == QLatin1String(ProvincialLayout))
        return QStringLiteral("%1年项目绩效目标表").arg(filing.fiscalYear);
    return QStringLiteral("%1年度项目支出绩效目标表").arg(filing.fiscalYear);
}

namespace {

// A cell of a project form's row: the form's words ("|" where they may
// break), or the project's field `key`.
struct Part
{
    qreal right;
    const char16_t *words;
    const char *key = nullptr;
    Input input = Input::Text;
    Look look = Look::Text;
};

void projectRow(Writer &w, const Project &p, const QString &pp, std::initializer_list<Part> parts, qreal minHeight = 0)
{
    w.row(minHeight);
    for (const Part &part : parts) {
        if (part.words) {
            w.words(part.right, QString::fromUtf16(part.words));
            continue;
        }
        Cell &c = w.field(part.right, p, pp, part.key, part.input, part.look);
        c.identifying = part.key == std::string_view("name"); // the row a continued table names
    }
}

// 财预〔2021〕101号's template: 项目名称; 主管部门及代码 and 实施单位; 项目属性
// and 项目期; 项目资金 with 中期资金总额 and 年度资金总额 side by side, each
// 其中 财政拨款 / 其他资金; 总体目标 with 中期目标 and 年度目标 side by side;
// 绩效指标 with 中期指标值 and 年度指标值.
void nationalProject(Writer &w, const Filing &filing, const Project &p, const QString &pp)
{
    // Edges (mm): label 24 | 一级 44 | 二级 66 | 主管部门 80 | 中期金额 100 | 实施单位 122 |
    // 年度 label 140 | 中期指标值 151 | 180.
    projectRow(w, p, pp, {{24, u"项目名称"}, {180, nullptr, "name"}});
    projectRow(w, p, pp,
        {{24, u"主管部门|及代码"}, {80, nullptr, "authority"},
            {100, nullptr, "authorityCode", Input::Text, Look::Centre}, {122, u"实施单位"},
            {180, nullptr, "implementer"}});
    projectRow(w, p, pp,
        {{24, u"项目属性"}, {100, nullptr, "attribute", Input::Text, Look::Centre}, {122, u"项目期"},
            {180, nullptr, "period"}});

    const struct
    {
        const char16_t *midLabel;
        const char *midKey;
        const char16_t *annualLabel;
        const char *annualKey;
    } funding[] = {
        {u"中期资金总额", "midTermTotal", u"年度资金总额", "annualTotal"},
        {u"其中：财政拨款", "midTermFiscal", u"其中：财政拨款", "annualFiscal"},
        {u"　　　其他资金", "midTermOther", u"　　　其他资金", "annualOther"},
    };
    for (const auto &r : funding) {
        w.row();
        if (&r == funding)
            w.words(24, QStringLiteral("项目资金\n（%1）").arg(unitName(filing)), Look::Label, 3);
        w.label(66, QString::fromUtf16(r.midLabel), Look::Text);
        w.field(100, p, pp, r.midKey, Input::Money, Look::Amount);
        w.label(140, QString::fromUtf16(r.annualLabel), Look::Text);
        w.field(180, p, pp, r.annualKey, Input::Money, Look::Amount);
    }

    w.row();
    w.words(24, QStringLiteral("总体|目标"), Look::Label, 2);
    w.label(100, QStringLiteral("中期目标"), Look::Heading);
    w.label(180, QStringLiteral("年度目标"), Look::Heading);
    w.row(30);
    w.field(100, p, pp, "periodGoal", Input::MultiLine, Look::Text);
    w.field(180, p, pp, "annualGoal", Input::MultiLine, Look::Text);

    addIndicatorSection(w, filing, p.indicators, pp + QStringLiteral("/indicators"), QStringLiteral("绩效|指标"), 24,
        {44, 66, 122},
        {{151, u"中期|指标值", "midTermValue", Input::MultiLine}, {180, u"年度|指标值", "value", Input::MultiLine}});
}

// The Hunan 申报表: 项目支出名称; 预算部门; 年度本级预算金额 and 该项目支出
// 上级资金; 项目支出实施期; 实施期绩效目标; 本年度绩效目标; 本年度绩效指标
// with 指标值及单位 and 绩效标准; 财政部门审核意见.
void hunanProject(Writer &w, const Filing &filing, const Project &p, const QString &pp)
{
    // Edges (mm): label 28 | 一级 48 | 二级 72 | 上级资金 label 122 | 指标值 156 | 180.
    projectRow(w, p, pp, {{28, u"项目支出|名称"}, {180, nullptr, "name"}});
    projectRow(w, p, pp, {{28, u"预算部门"}, {180, nullptr, "authority"}});
    projectRow(w, p, pp,
        {{28, u"年度本级|预算金额"}, {72, nullptr, "annualFiscal", Input::Money, Look::Amount},
            {122, u"该项目支出|上级资金"}, {180, nullptr, "annualUpper", Input::Money, Look::Amount}});
    projectRow(w, p, pp, {{28, u"项目支出|实施期"}, {180, nullptr, "period"}});
    projectRow(w, p, pp, {{28, u"实施期|绩效目标"}, {180, nullptr, "periodGoal", Input::MultiLine}}, 24);
    projectRow(w, p, pp, {{28, u"本年度|绩效目标"}, {180, nullptr, "annualGoal", Input::MultiLine}}, 24);

    addIndicatorSection(w, filing, p.indicators, pp + QStringLiteral("/indicators"),
        QStringLiteral("本年度|绩效\n指标"), 28, {48, 72, 122}, {at(IndicatorValue, 156), at(IndicatorStandard, 180)});

    // The finance bureau's opinion: shown, never typed by the department.
    w.row(24);
    w.words(28, QStringLiteral("财政部门|审核意见"));
    w.view(180, p, pp, "financeOpinion", Look::TopText);
}

// Other provinces' 项目绩效目标表: 主管部门及其编码 and 实施单位; 项目负责人 and
// 起止时间; the amounts inside their label cells ("资金总额：250"); 项目概况;
// 项目实施进度计划; 长期目标 and 年度目标; 绩效指标 with 指标值.
void provincialProject(Writer &w, const Filing &filing, const Project &p, const QString &pp)
{
    // Edges (mm): label 28 | 一级 48 | 二级 72 | 主管部门 86 | 编码 100 | 实施单位 label 122 |
    // 财政拨款 132 | 三级 140 | 180.
    projectRow(w, p, pp, {{28, u"项目名称"}, {180, nullptr, "name"}});
    projectRow(w, p, pp,
        {{28, u"主管部门|及其编码"}, {86, nullptr, "authority"},
            {100, nullptr, "authorityCode", Input::Text, Look::Centre}, {122, u"实施单位"},
            {180, nullptr, "implementer"}});
    projectRow(w, p, pp,
        {{28, u"项目|负责人"}, {100, nullptr, "lead", Input::Text, Look::Centre}, {122, u"起止时间"},
            {180, nullptr, "period"}});
    w.row();
    w.words(28, QStringLiteral("项目资金\n（%1）").arg(unitName(filing)));
    w.field(86, p, pp, "annualTotal", Input::Money, Look::Text, QStringLiteral("资金总额："));
    w.field(132, p, pp, "annualFiscal", Input::Money, Look::Text, QStringLiteral("财政拨款："));
    w.field(180, p, pp, "annualOther", Input::Money, Look::Text, QStringLiteral("其他资金："));
    const struct
    {
        const char16_t *label;
        const char *key;
    } texts[] = {{u"项目|概况", "summary"}, {u"项目实施|进度计划", "schedule"}, {u"长期|目标", "periodGoal"},
        {u"年度|目标", "annualGoal"}};
    for (const auto &t : texts)
        projectRow(w, p, pp, {{28, t.label}, {180, nullptr, t.key, Input::MultiLine}}, 20);
    addIndicatorSection(w, filing, p.indicators, pp + QStringLiteral("/indicators"), QStringLiteral("绩效|指标"), 28,
        {48, 72, 140}, {{180, u"指标值", "value", Input::MultiLine}});
}

} // namespace

Form project(const Filing &filing, int index, Media media)
{
    Form form;
    form.media = media;
    if (index < 0 || index >= filing.projects.size())
        return form;
    const Project &p = filing.projects[index];
    const QString layout = projectLayout(filing, p);
    const bool hunan = layout == QLatin1String(HunanLayout);
    form.kind = Kind::Project;
    form.title = projectTitle(filing, layout);
    form.sealCaption = hunan ? QStringLiteral("填报单位（盖章）：") : QStringLiteral("填报单位：（盖章）");
    form.unitCaption = (hunan ? QStringLiteral("单位：") : QStringLiteral("金额单位：")) + unitName(filing);
    const QString pp = pointer::project(index);
    Writer w(form);
    if (hunan) {
        hunanProject(w, filing, p, pp);
        // The Hunan footer: 填表人, 联系电话, 填报日期, 单位负责人签字 (with room to sign).
        const QString dep = QStringLiteral("/department");
        addSignature(w,
            {signaturePart(u"填表人", filing.department, dep, "preparers", u""),
                signaturePart(u"联系电话", filing.department, dep, "phone", u"\t"),
                signaturePart(u"填报日期", p, pp, "filedOn", u"", true),
                signaturePart(u"单位负责人签字", filing.department, dep, "head", u"\t")},
            28);
    } else if (layout == QLatin1String(ProvincialLayout)) {
        provincialProject(w, filing, p, pp);
        addSignature(w, departmentSignature(filing.department, false), 28);
    } else {
        nationalProject(w, filing, p, pp);
        addSignature(w, departmentSignature(filing.department, false), 24);
    }
    return form;
}

} // namespace jixiao::form
