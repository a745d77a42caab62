// SPDX-License-Identifier: GPL-3.0-or-later
// The layouts of the forms in last year's files, one table per layout. The
// seed's (湖南) layouts are the forms' own words, read from forms.cpp, and
// the synonyms offices write for them; other provinces' layouts list what
// they say differently. The Chinese words are the forms' (data, not UI text).
#include "importlayout.h"

#include "registry.h"

#include <QRegularExpression>

namespace jixiao::form {

namespace {

using R = Relation;

// Labels no form has a field for, in every layout: their rows and columns
// are reported, never imported.
const QStringList CommonWithoutField {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("审核意见"),
    QStringLiteral("财政部门审核意见"), QStringLiteral("主管部门审核意见"), QStringLiteral("填表说明"),
    QStringLiteral("权重"), QStringLiteral("分值"), QStringLiteral("指标解释")};

// The labels no field of a form whose 财政部门审核意见 is its own field.
QStringList withoutOpinion()
{
    QStringList l = CommonWithoutField;
    l.removeAll(QStringLiteral("审核意见"));
    l.removeAll(QStringLiteral("财政部门审核意见"));
    return l;
}

// The layouts, one table each.
QList<ImportLayout> tables()
{
    return {
        // The seed's 部门整体支出绩效目标表 (湖南): the form's own words, and
        // what offices write instead.
        {Kind::Overview, {}, QStringLiteral("湖南 部门整体支出绩效目标表"), {QStringLiteral("部门整体支出绩效目标表")},
            true,
            {
                {QStringLiteral("/overview/workPlan/-/owner"), {QStringLiteral("责任单位"), QStringLiteral("责任科室")},
                    R::Column},
                {QStringLiteral("/overview/indicators/-/value"), {QStringLiteral("指标值")}, R::Column},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
            },
            {QStringLiteral("年度预算申请")}, CommonWithoutField},
        {Kind::Summary, {}, QStringLiteral("湖南 专项资金绩效目标汇总表"), {QStringLiteral("专项资金绩效目标汇总表")},
            true, {}, {}, CommonWithoutField},
        {Kind::Direction, {}, QStringLiteral("湖南 专项资金支出方向绩效目标表"),
            {QStringLiteral("专项资金支出方向绩效目标表"), QStringLiteral("支出方向绩效目标表")}, true,
            {
                {QStringLiteral("/funds/-/directions/-/name"), {QStringLiteral("支出方向")}, R::Right},
                {QStringLiteral("/funds/-/directions/-/indicators/-/value"), {QStringLiteral("指标值")}, R::Column},
                {QStringLiteral("/funds/-/directions/-/details/-/content"), {QStringLiteral("支出内容")}, R::Column},
                {QStringLiteral("/funds/-/directions/-/details/-/basis"),
                    {QStringLiteral("支出测算依据"), QStringLiteral("测算依据")}, R::Column},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
            },
            {}, CommonWithoutField},
        // 湖北 部门整体支出绩效目标申报表: 部门（单位）名称 with 填报人 and
        // 联系电话 beside it; the budget as 收入构成/支出构成 with 当年金额
        // and 占比 (the overview keeps the amounts, not the shares);
        // 近两年收支; 部门职能概述; 年度主要任务 (任务名称, 主要内容, its
        // budget); 年度总体目标; 年度绩效指标 with 指标值.
        {Kind::Overview, {}, QStringLiteral("湖北 部门整体支出绩效目标申报表"),
            {QStringLiteral("部门整体支出绩效目标申报表"), QStringLiteral("部门整体绩效目标申报表")}, true,
            {
                {QStringLiteral("/department/name"), {QStringLiteral("部门（单位）名称"), QStringLiteral("单位名称")},
                    R::Right},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
                {QStringLiteral("/department/head"), {QStringLiteral("单位负责人")}, R::Right},
                {QStringLiteral("/overview/budget/total"), {QStringLiteral("收入合计"), QStringLiteral("支出合计")},
                    R::Right},
                {QStringLiteral("/overview/duties"), {QStringLiteral("部门职能概述")}, R::Right},
                {QStringLiteral("/overview/workPlan/-/item"), {QStringLiteral("任务名称")}, R::Column},
                {QStringLiteral("/overview/workPlan/-/goal"), {QStringLiteral("主要内容")}, R::Column},
                {QStringLiteral("/overview/indicators/-/value"), {QStringLiteral("指标值")}, R::Column},
            },
            {QStringLiteral("收入构成"), QStringLiteral("支出构成"), QStringLiteral("项目"), QStringLiteral("当年金额"),
                QStringLiteral("年度主要任务")},
            CommonWithoutField
                + QStringList {QStringLiteral("占比"), QStringLiteral("近两年收支金额"), QStringLiteral("近两年收支"),
                    QStringLiteral("年度总体目标"), QStringLiteral("预算金额")}},
        // The Hunan 项目支出绩效目标申报表: the form's own words (HunanLayout),
        // its 财政部门审核意见 a field of the project.
        {Kind::Project, QString::fromLatin1(HunanLayout), QStringLiteral("湖南 项目支出绩效目标申报表"),
            {QStringLiteral("项目支出绩效目标申报表"), QStringLiteral("项目绩效目标申报表")}, true,
            {
                {QStringLiteral("/projects/-/name"), {QStringLiteral("项目名称")}, R::Right},
                {QStringLiteral("/projects/-/authority"), {QStringLiteral("主管部门"), QStringLiteral("预算单位")},
                    R::Right},
                {QStringLiteral("/projects/-/annualFiscal"), {QStringLiteral("本级预算金额")}, R::Right},
                {QStringLiteral("/projects/-/annualUpper"), {QStringLiteral("上级资金")}, R::Right},
                {QStringLiteral("/projects/-/period"), {QStringLiteral("实施期"), QStringLiteral("项目实施期")},
                    R::Right},
                {QStringLiteral("/projects/-/indicators/-/value"), {QStringLiteral("指标值")}, R::Column},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
            },
            {}, withoutOpinion()},
        // The national template of 财预〔2021〕101号 (NationalLayout): 项目支出
        // 绩效目标表, the year under the title ("（2023年度）").
        {Kind::Project, QString::fromLatin1(NationalLayout),
            QStringLiteral("全国 项目支出绩效目标表（财预〔2021〕101号）"), {QStringLiteral("项目支出绩效目标表")},
            true,
            {
                {QStringLiteral("/projects/-/authority"),
                    {QStringLiteral("主管部门"), QStringLiteral("主管部门及编码")}, R::Right},
                {QStringLiteral("/projects/-/authorityCode"),
                    {QStringLiteral("主管部门"), QStringLiteral("主管部门及编码")}, R::Right, false, 1},
                {QStringLiteral("/projects/-/period"), {QStringLiteral("项目周期"), QStringLiteral("实施期")},
                    R::Right},
                {QStringLiteral("/projects/-/indicators/-/value"), {QStringLiteral("指标值")}, R::Column},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
            },
            {}, CommonWithoutField},
        // Other provinces' 项目绩效目标表 (ProvincialLayout): 主管部门及其编码,
        // 项目负责人, 起止时间, 资金总额/财政拨款/其他资金 inside their label
        // cells, 项目概况, 项目实施进度计划, 长期目标, 年度目标.
        {Kind::Project, QString::fromLatin1(ProvincialLayout), QStringLiteral("其他省 项目绩效目标表"),
            {QStringLiteral("项目绩效目标表")}, true,
            {
                {QStringLiteral("/projects/-/authority"),
                    {QStringLiteral("主管部门及编码"), QStringLiteral("主管部门")}, R::Right},
                {QStringLiteral("/projects/-/authorityCode"),
                    {QStringLiteral("主管部门及编码"), QStringLiteral("主管部门")}, R::Right, false, 1},
                {QStringLiteral("/projects/-/lead"), {QStringLiteral("负责人")}, R::Right},
                {QStringLiteral("/projects/-/period"), {QStringLiteral("实施期"), QStringLiteral("项目期")}, R::Right},
                {QStringLiteral("/projects/-/schedule"), {QStringLiteral("实施进度计划"), QStringLiteral("进度计划")},
                    R::Right},
                {QStringLiteral("/projects/-/periodGoal"), {QStringLiteral("中长期目标"), QStringLiteral("总体目标")},
                    R::Right},
                {QStringLiteral("/projects/-/indicators/-/value"),
                    {QStringLiteral("指标值及单位"), QStringLiteral("年度指标值")}, R::Column},
                {QStringLiteral("/department/preparers"), {QStringLiteral("填报人")}, R::Right},
            },
            {}, CommonWithoutField},
    };
}

// A filing with one row in each list (its project in `projectLayout`): the
// forms made from it show every label, heading and field once.
Filing oneOfEach(const QString &projectLayout)
{
    Filing f;
    f.overview.workPlan.append(WorkPlanItem());
    f.overview.indicators.append(Indicator());
    Direction d;
    d.indicators.append(Indicator());
    d.details.append(DetailLine());
    f.funds.append(Fund {QString(), std::nullopt, {d}});
    Project p;
    p.layout = projectLayout;
    p.indicators.append(Indicator());
    f.projects.append(p);
    return f;
}

QString generalPointer(const QString &pointer)
{
    static const QRegularExpression index(QStringLiteral("/\\d+(?=/|$)"));
    return QString(pointer).replace(index, QStringLiteral("/-"));
}

void addWords(QList<LayoutField> *out, const QString &pointer, const QString &text, Relation relation,
    bool signature = false, int step = 0)
{
    const QString word = normalizedLabel(text);
    if (word.isEmpty())
        return;
    for (LayoutField &f : *out)
        if (f.pointer == pointer && f.relation == relation) {
            if (!f.words.contains(word))
                f.words.append(word);
            f.signature = f.signature || signature;
            return;
        }
    out->append({pointer, {word}, relation, signature, step});
}

// The form's own words: a label followed by a field is that field's label
// (or a field's printed prefix, "资金总额："), and of the fields right after
// that one; a heading over a list's column names the field the column's cells
// show; a heading over cells that are the form's words numbers the rows; a
// heading outside a list over a field in the next row names that field
// (中期目标 over its text). Every other label is structure. The labels of the
// signature rows are the signature's.
void formWords(const ImportLayout &layout, QList<LayoutField> *fields, QStringList *structure)
{
    const Filing f = oneOfEach(layout.formLayout);
    const Form form = describe(f, instances(f, layout.form).constFirst(), Media::Screen);
    auto isValue = [](const Cell *c) { return c && (c->type == Cell::Field || c->type == Cell::View); };
    for (int r = 0; r < form.rows.size(); ++r) {
        const Row &row = form.rows[r];
        const bool headingRow = !row.list.isEmpty() && row.index < 0;
        const bool signature = form.footerStart >= 0 && r >= form.footerStart;
        for (int c = 0; c < row.cells.size(); ++c) {
            const Cell &cell = row.cells[c];
            if (cell.type == Cell::Field && !cell.prefix.isEmpty())
                addWords(fields, generalPointer(cell.pointer), cell.prefix, Relation::Inside);
            if (cell.type != Cell::Label)
                continue;
            if (!headingRow && row.list.isEmpty() && cell.look == Look::Heading && r + 1 < form.rows.size()) {
                const Cell *under = nullptr;
                for (const Cell &u : form.rows[r + 1].cells)
                    if (u.right == cell.right)
                        under = &u;
                if (isValue(under)) {
                    addWords(fields, generalPointer(under->pointer), cell.text, Relation::Below);
                    continue;
                }
            }
            if (headingRow && cell.look == Look::Heading) {
                // The cells under the heading (same right edge) in the
                // section's rows: the first that is a field, or the form's
                // words in a list's row (the row's number).
                int end = int(form.rows.size());
                for (const Section &s : form.sections)
                    if (s.firstRow == r)
                        end = s.firstRow + s.rowCount;
                bool found = false;
                for (int k = r + 1; k < end && !found; ++k)
                    for (const Cell &under : form.rows[k].cells) {
                        if (under.right != cell.right)
                            continue;
                        if (under.type == Cell::Field || under.type == Cell::View)
                            addWords(fields, generalPointer(under.pointer), cell.text, Relation::Column);
                        else if (under.type == Cell::Label && form.rows[k].index >= 0)
                            addWords(fields, generalPointer(row.list), cell.text, Relation::RowNumber);
                        else
                            continue;
                        found = true;
                        break;
                    }
                if (!found)
                    structure->append(normalizedLabel(cell.text));
                continue;
            }
            if (!row.list.isEmpty() && row.index >= 0)
                continue; // a list row's own words (the 汇总表's 一、 and 1): numbers, not labels
            const Cell *next = c + 1 < row.cells.size() ? &row.cells[c + 1] : nullptr;
            if (!isValue(next) || !next->prefix.isEmpty()) {
                structure->append(normalizedLabel(cell.text));
                continue;
            }
            for (int k = c + 1, step = 0; k < row.cells.size() && isValue(&row.cells[k]); ++k, ++step)
                addWords(fields, generalPointer(row.cells[k].pointer), cell.text, Relation::Right, signature, step);
        }
    }
    structure->removeAll(QString());
    structure->removeDuplicates();
}

} // namespace

QString LayoutField::list() const
{
    if (relation == Relation::RowNumber)
        return pointer;
    const qsizetype at = pointer.lastIndexOf(QStringLiteral("/-/"));
    return at < 0 ? QString() : pointer.left(at);
}

QString LayoutField::key() const
{
    return pointer.mid(pointer.lastIndexOf(u'/') + 1);
}

QList<LayoutField> ImportLayout::allFields() const
{
    QList<LayoutField> all;
    QStringList structure;
    if (withFormWords)
        formWords(*this, &all, &structure);
    for (const LayoutField &f : fields)
        for (const QString &w : f.words)
            addWords(&all, f.pointer, w, f.relation, f.signature, f.step);
    return all;
}

QStringList ImportLayout::allStructure() const
{
    QList<LayoutField> fields;
    QStringList all;
    if (withFormWords)
        formWords(*this, &fields, &all);
    return all + structure;
}

const QList<ImportLayout> &importLayouts()
{
    static const QList<ImportLayout> all = tables();
    return all;
}

QString normalizedLabel(QStringView s)
{
    // Written in place: the importer normalises every cell of a file.
    QString out(s.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (QChar c : s)
        if (!c.isSpace())
            *d++ = c == u'(' ? u'（' : c == u')' ? u'）' : c == u':' ? u'：' : c;
    out.truncate(d - out.constData());
    if (out.startsWith(QStringLiteral("其中：")))
        out.remove(0, 3);
    while (out.endsWith(u'：'))
        out.chop(1);
    return out;
}

bool labelMatches(const QString &cell, const QString &word, QString *rest)
{
    // The first character first: the importer asks this of every cell and word.
    if (cell.size() < word.size() || (!word.isEmpty() && cell.front() != word.front()) || !cell.startsWith(word))
        return false;
    QString tail = cell.mid(word.size());
    if (tail.startsWith(u'：')) {
        tail.remove(0, 1);
    } else if (!tail.isEmpty()) {
        if (!tail.startsWith(u'（'))
            return false; // no unit (the expression below starts with the bracket)
        // A unit in brackets ("（万元）", "(元)"), and perhaps a colon and a value after it.
        static const QRegularExpression unit(QStringLiteral("^（(?:金额单位：|单位：)?(?:万元|元)）(?:：(.*))?$"));
        const QRegularExpressionMatch m = unit.match(tail);
        if (!m.hasMatch())
            return false;
        tail = m.captured(1);
    }
    if (rest)
        *rest = tail;
    return true;
}

} // namespace jixiao::form
