// SPDX-License-Identifier: GPL-3.0-or-later
// The rows read from a Word or Excel document mapped onto a filing. One file
// of about 600 lines on purpose: the mapper is one state machine over the
// rows of the three forms (which table and section, its unit and columns, the
// indicator names carried down from the rows above), and each part of it
// needs all of that state.
#include "formmapper.h"

#include "model/indicatorscheme.h"

#include <QHash>
#include <QRegularExpression>

namespace jixiao::office {

namespace {

// Labels compare without any whitespace: offices break them across lines
// ("支出方向      （子项）", "年度重点\n工作计划") and pad them ("合  计").
QString norm(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out += c == u'(' ? u'（' : c == u')' ? u'）' : c == u':' ? u'：' : c;
    return out;
}

enum class Kind { None, Overview, Summary, Direction };
enum class Section { Plain, WorkPlan, Indicators, Details, SummaryRows };

struct Columns
{
    QHash<QString, int> at; // key → grid column
    int of(const QString &key) const { return at.value(key, -1); }
};

QString after(const QString &text, const QString &label)
{
    const qsizetype i = text.indexOf(label);
    if (i < 0)
        return {};
    QString rest = text.mid(i + label.size());
    if (rest.startsWith(u'：') || rest.startsWith(u':'))
        rest.remove(0, 1);
    return rest;
}

class Mapper
{
public:
    explicit Mapper(ImportResult *r)
        : res(r)
        , f(r->filing)
    { }

    bool run(const QList<SourceRow> &rows, QString *error);

private:
    void startTable(Kind k, const QString &place);
    void finishTable();
    void unmapped(const SourceRow &row, const QString &what);
    bool amount(const QString &text, const SourceRow &row, Amount *out);
    bool unitCaption(const QString &joined);
    bool signature(const SourceRow &row);
    bool header(const SourceRow &row);
    void overviewRow(const SourceRow &row);
    void summaryRow(const SourceRow &row);
    void directionRow(const SourceRow &row);
    bool indicatorRow(const SourceRow &row, bool withStandard, QList<Indicator> *out);
    bool detailRow(const SourceRow &row);
    QList<const GridCell *> cellsOf(const SourceRow &row) const;

    ImportResult *res;
    Filing &f;
    Kind kind = Kind::None;
    Section section = Section::Plain;
    Columns cols;
    AmountUnit tableUnit = AmountUnit::Wan;
    bool unitKnown = false;
    bool anyTable = false;
    bool yearKnown = false;
    int outside = 0;
    QString pendingAttachment;
    QString carryL1, carryL2;
    int summaryFund = -1; // index: f.funds grows
    // The direction table being read.
    Direction dir;
    QString dirFund;
    Amount dirFundAmount;
    QString dirPlace;
};

QList<const GridCell *> Mapper::cellsOf(const SourceRow &row) const
{
    QList<const GridCell *> out;
    for (const GridCell &c : row.cells)
        if (!c.continued)
            out.append(&c);
    return out;
}

void Mapper::unmapped(const SourceRow &row, const QString &what)
{
    QStringList texts;
    for (const GridCell *c : cellsOf(row))
        if (!c->text.isEmpty())
            texts.append(QString(c->text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    QString shown = texts.join(QStringLiteral(" | "));
    if (shown.size() > 60)
        shown = shown.left(60) + QStringLiteral("…");
    res->unmapped.append(QStringLiteral("%1: %2：%3").arg(row.place, what, shown));
}

bool Mapper::amount(const QString &text, const SourceRow &row, Amount *out)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    // A bare number is in the table's unit; the filing keeps one unit.
    if (!t.contains(u'元'))
        t += amountUnitName(tableUnit);
    QString why;
    if (!parseAmountInput(t, f.amountUnit, out, &why)) {
        unmapped(row, FormMapper::tr("amount not understood (%1)").arg(why));
        *out = std::nullopt;
        return false;
    }
    return true;
}

bool Mapper::unitCaption(const QString &joined)
{
    static const QRegularExpression re(QStringLiteral("(?:金额单位|金额|单位)：(万元|元)"));
    const QRegularExpressionMatch m = re.match(joined);
    if (!m.hasMatch() && !joined.contains(QStringLiteral("填报单位")))
        return false;
    if (m.hasMatch()) {
        tableUnit = *amountUnitFromName(m.captured(1));
        if (!unitKnown) {
            f.amountUnit = tableUnit;
            unitKnown = true;
        }
    }
    return true;
}

bool Mapper::signature(const SourceRow &row)
{
    QStringList parts;
    for (const GridCell *c : cellsOf(row))
        parts.append(c->text);
    const QString text = parts.join(QLatin1Char('\n'));
    const QString n = norm(text);
    if (!n.contains(QStringLiteral("单位负责人签字")) && !n.contains(QStringLiteral("填表人"))
        && !n.contains(QStringLiteral("联系电话")))
        return false;
    // Split at the labels; each value runs to the next label.
    static const QRegularExpression labels(QStringLiteral("(单位负责人签字|填表人|联系电话)\\s*[：:]?"));
    struct Label
    {
        QString name;
        qsizetype start, end;
    };
    QList<Label> found;
    for (auto it = labels.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found.append({m.captured(1), m.capturedStart(), m.capturedEnd()});
    }
    for (int i = 0; i < found.size(); ++i) {
        const qsizetype end = i + 1 < found.size() ? found[i + 1].start : text.size();
        const QString value = text.mid(found[i].end, end - found[i].end).trimmed();
        if (found[i].name == u"单位负责人签字")
            f.department.head = value;
        else if (found[i].name == u"填表人")
            f.department.preparers = value;
        else
            f.department.phone = value;
    }
    return true;
}

// Column headings of the repeated parts: where each column is, in whatever
// order the office put them.
bool Mapper::header(const SourceRow &row)
{
    QHash<QString, int> at;
    for (const GridCell *c : cellsOf(row)) {
        const QString n = norm(c->text);
        if (n == u"一级指标")
            at.insert(QStringLiteral("l1"), c->column);
        else if (n == u"二级指标")
            at.insert(QStringLiteral("l2"), c->column);
        else if (n == u"三级指标")
            at.insert(QStringLiteral("l3"), c->column);
        else if (n.startsWith(QStringLiteral("指标值")))
            at.insert(QStringLiteral("value"), c->column);
        else if (n == u"绩效标准")
            at.insert(QStringLiteral("standard"), c->column);
        else if (n == u"事项")
            at.insert(QStringLiteral("item"), c->column);
        else if (n.startsWith(QStringLiteral("责任单位")))
            at.insert(QStringLiteral("owner"), c->column);
        else if (n == u"工作目标")
            at.insert(QStringLiteral("goal"), c->column);
        else if (n.startsWith(QStringLiteral("支出内容")))
            at.insert(QStringLiteral("content"), c->column);
        else if (n == u"支出明细")
            at.insert(QStringLiteral("detail"), c->column);
        else if (n == u"金额")
            at.insert(QStringLiteral("amount"), c->column);
        else if (n.startsWith(QStringLiteral("支出测算")))
            at.insert(QStringLiteral("basis"), c->column);
        else if (n == u"序号")
            at.insert(QStringLiteral("number"), c->column);
        else if (n == u"名称")
            at.insert(QStringLiteral("name"), c->column);
        else if (n == u"实施期绩效目标")
            at.insert(QStringLiteral("periodGoal"), c->column);
        else if (n == u"年度绩效目标")
            at.insert(QStringLiteral("annualGoal"), c->column);
    }
    Section s = Section::Plain;
    if (at.contains(QStringLiteral("l1")) && at.contains(QStringLiteral("l3")) && at.contains(QStringLiteral("value")))
        s = Section::Indicators;
    else if (at.contains(QStringLiteral("item")) && at.contains(QStringLiteral("goal")))
        s = Section::WorkPlan;
    else if (at.contains(QStringLiteral("detail")) && at.contains(QStringLiteral("amount")))
        s = Section::Details;
    else if (at.contains(QStringLiteral("number")) && at.contains(QStringLiteral("name"))
        && at.contains(QStringLiteral("amount")))
        s = Section::SummaryRows;
    if (s == Section::Plain)
        return false;
    section = s;
    cols.at = at;
    carryL1.clear();
    carryL2.clear();
    return true;
}

bool Mapper::indicatorRow(const SourceRow &row, bool withStandard, QList<Indicator> *out)
{
    Indicator ind;
    const QString l1 = row.textAt(cols.of(QStringLiteral("l1")));
    const QString l2 = row.textAt(cols.of(QStringLiteral("l2")));
    ind.name = row.textAt(cols.of(QStringLiteral("l3")));
    ind.value = row.textAt(cols.of(QStringLiteral("value")));
    if (withStandard)
        ind.standard = row.textAt(cols.of(QStringLiteral("standard")));
    if (!l1.isEmpty()) {
        carryL1 = l1;
        carryL2.clear();
    }
    if (!l2.isEmpty())
        carryL2 = l2;
    if (ind.name.isEmpty() && ind.value.isEmpty() && ind.standard.value_or(QString()).isEmpty()) {
        if (!l1.isEmpty() || !l2.isEmpty())
            unmapped(row, FormMapper::tr("indicator row without an indicator"));
        else if (!row.isBlank())
            unmapped(row, FormMapper::tr("unrecognised indicator row"));
        return false;
    }
    ind.level1 = carryL1;
    ind.level2 = carryL2;
    out->append(ind);
    return true;
}

void Mapper::startTable(Kind k, const QString &place)
{
    finishTable();
    kind = k;
    section = Section::Plain;
    anyTable = true;
    tableUnit = f.amountUnit;
    if (k == Kind::Overview && !pendingAttachment.isEmpty())
        f.overview.attachmentLabel = pendingAttachment;
    pendingAttachment.clear();
    if (k == Kind::Direction) {
        dir = Direction();
        dirFund.clear();
        dirFundAmount = std::nullopt;
        dirPlace = place;
    }
}

void Mapper::finishTable()
{
    if (kind == Kind::Direction) {
        Fund *fund = nullptr;
        for (Fund &fu : f.funds)
            if (fu.name == dirFund)
                fund = &fu;
        if (!fund) {
            f.funds.append(Fund {dirFund, dirFundAmount, {}});
            fund = &f.funds.last();
        } else if (!fund->amount) {
            fund->amount = dirFundAmount;
        } else if (dirFundAmount && *dirFundAmount != *fund->amount) {
            res->unmapped.append(
                FormMapper::tr("%1: the summary table gives “%2” as the amount of the fund “%3”; this table says “%4”")
                    .arg(dirPlace, amountToString(fund->amount), fund->name, amountToString(dirFundAmount)));
        }
        Direction *known = nullptr;
        for (Direction &d : fund->directions)
            if (d.name == dir.name && d.indicators.isEmpty() && d.details.isEmpty() && d.period.isEmpty())
                known = &d;
        if (known) {
            // The summary table gave the name, amount and goals; the
            // direction's own table is the fuller statement.
            // Where the two disagree, the summary's value is not dropped
            // silently: it is reported.
            auto differs = [&](const QString &what, const QString &summary, const QString &own) {
                if (!summary.isEmpty() && !own.isEmpty() && summary != own)
                    res->unmapped.append(
                        FormMapper::tr("%1: the summary table gives “%2” as %3 of “%4”; this table's “%5” was kept")
                            .arg(dirPlace, summary, what, dir.name, own));
            };
            differs(FormMapper::tr("the amount"), amountToString(known->amount), amountToString(dir.amount));
            differs(FormMapper::tr("the period goal"), known->periodGoal, dir.periodGoal);
            differs(FormMapper::tr("the annual goal"), known->annualGoal, dir.annualGoal);
            if (dir.periodGoal.isEmpty())
                dir.periodGoal = known->periodGoal;
            if (dir.annualGoal.isEmpty())
                dir.annualGoal = known->annualGoal;
            if (!dir.amount)
                dir.amount = known->amount;
            *known = dir;
        } else {
            fund->directions.append(dir);
        }
    }
    kind = Kind::None;
}

void Mapper::overviewRow(const SourceRow &row)
{
    const QList<const GridCell *> cells = cellsOf(row);
    bool used = false;
    static const QHash<QString, Amount Budget::*> budgetKeys {
        {QStringLiteral("一般公共预算拨款"), &Budget::generalPublic},
        {QStringLiteral("政府性基金拨款"), &Budget::governmentFund},
        {QStringLiteral("其他资金"), &Budget::other},
        {QStringLiteral("基本支出"), &Budget::basic},
        {QStringLiteral("项目支出"), &Budget::project},
    };
    static const QRegularExpression unitInLabel(QStringLiteral("年度预算申请（(万元|元)）"));
    for (int i = 0; i < cells.size(); ++i) {
        QString n = norm(cells[i]->text);
        const QString next = i + 1 < cells.size() ? cells[i + 1]->text : QString();
        if (const auto m = unitInLabel.match(n); m.hasMatch()) {
            tableUnit = *amountUnitFromName(m.captured(1));
            used = true;
        }
        if (n == u"部门名称") {
            f.department.name = next;
            used = true;
        } else if (n == u"部门职责概述") {
            f.overview.duties = next;
            used = true;
        } else if (n.startsWith(QStringLiteral("资金总额"))) {
            const QString v = after(cells[i]->text, QStringLiteral("资金总额")).trimmed();
            amount(v.isEmpty() ? next : v, row, &f.overview.budget.total);
            used = true;
        } else if (n == u"按收入性质分" || n == u"按支出性质分") {
            used = true;
        } else {
            if (n.startsWith(QStringLiteral("其中：")))
                n.remove(0, 3);
            if (const auto it = budgetKeys.find(n); it != budgetKeys.end()) {
                amount(next, row, &(f.overview.budget.*it.value()));
                used = true;
                ++i;
            }
        }
    }
    if (used)
        return;
    if (section == Section::WorkPlan) {
        WorkPlanItem w {row.textAt(cols.of(QStringLiteral("item"))), row.textAt(cols.of(QStringLiteral("owner"))),
            row.textAt(cols.of(QStringLiteral("goal")))};
        if (w.item.isEmpty() && w.owner.isEmpty() && w.goal.isEmpty())
            unmapped(row, FormMapper::tr("unrecognised work-plan row"));
        else
            f.overview.workPlan.append(w);
        return;
    }
    if (section == Section::Indicators) {
        indicatorRow(row, false, &f.overview.indicators);
        return;
    }
    unmapped(row, FormMapper::tr("unrecognised row"));
}

void Mapper::summaryRow(const SourceRow &row)
{
    if (section != Section::SummaryRows) {
        unmapped(row, FormMapper::tr("unrecognised row"));
        return;
    }
    const QString number = norm(row.textAt(cols.of(QStringLiteral("number"))));
    const QString name = row.textAt(cols.of(QStringLiteral("name")));
    if (norm(name) == u"合计")
        return; // derived from the funds; never stored
    static const QRegularExpression fundNo(QStringLiteral("^[一二三四五六七八九十百]+[、.．]?$"));
    static const QRegularExpression dirNo(QStringLiteral("^\\d+[、.．]?$"));
    Amount a;
    amount(row.textAt(cols.of(QStringLiteral("amount"))), row, &a);
    if (fundNo.match(number).hasMatch()) {
        f.funds.append(Fund {name, a, {}});
        summaryFund = int(f.funds.size() - 1);
    } else if (dirNo.match(number).hasMatch() && summaryFund >= 0) {
        Direction d;
        d.name = name;
        d.amount = a;
        d.periodGoal = row.textAt(cols.of(QStringLiteral("periodGoal")));
        d.annualGoal = row.textAt(cols.of(QStringLiteral("annualGoal")));
        f.funds[summaryFund].directions.append(d);
    } else {
        unmapped(row, FormMapper::tr("summary row that is neither a fund (一、二、…) nor a direction (1, 2, …)"));
    }
}

bool Mapper::detailRow(const SourceRow &row)
{
    DetailLine line;
    line.content = row.textAt(cols.of(QStringLiteral("content")));
    line.item = row.textAt(cols.of(QStringLiteral("detail")));
    line.basis = row.textAt(cols.of(QStringLiteral("basis")));
    const QString amountText = row.textAt(cols.of(QStringLiteral("amount")));
    for (const GridCell *c : cellsOf(row))
        if (norm(c->text) == u"合计")
            return true; // the 合计 row: derived from the lines
    if (line.content.isEmpty() && line.item.isEmpty() && line.basis.isEmpty() && amountText.isEmpty()) {
        unmapped(row, FormMapper::tr("unrecognised expenditure detail row"));
        return false;
    }
    amount(amountText, row, &line.amount);
    dir.details.append(line);
    return true;
}

void Mapper::directionRow(const SourceRow &row)
{
    const QList<const GridCell *> cells = cellsOf(row);
    bool used = false;
    for (int i = 0; i < cells.size(); ++i) {
        const QString n = norm(cells[i]->text);
        const QString next = i + 1 < cells.size() ? cells[i + 1]->text : QString();
        bool valueFollows = true;
        if (n.startsWith(QStringLiteral("支出方向")) && !n.contains(QStringLiteral("绩效目标表")))
            dir.name = next;
        else if (n == u"名称" && section == Section::Plain)
            dirFund = next;
        else if (n == u"项目金额")
            amount(next, row, &dir.amount);
        else if (n == u"金额" && section == Section::Plain)
            amount(next, row, &dirFundAmount);
        else if (n == u"项目实施期")
            dir.period = next;
        else if (n == u"实施期绩效目标")
            dir.periodGoal = next;
        else if (n == u"年度绩效目标")
            dir.annualGoal = next;
        else if (n == u"所属专项")
            valueFollows = false;
        else
            continue;
        used = true;
        if (valueFollows)
            ++i; // the value cell is not a label
    }
    if (used)
        return;
    if (section == Section::Indicators)
        indicatorRow(row, true, &dir.indicators);
    else if (section == Section::Details)
        detailRow(row);
    else
        unmapped(row, FormMapper::tr("unrecognised row"));
}

bool Mapper::run(const QList<SourceRow> &rows, QString *error)
{
    static const QRegularExpression title(
        QStringLiteral("^(?:(\\d{4})年度?)?(.*?)(部门整体支出绩效目标表|专项资金绩效目标汇总表|"
                       "专项资金支出方向绩效目标表|支出方向绩效目标表)$"));
    static const QRegularExpression attachment(QStringLiteral("^附表[0-9０-９一二三四五六七八九十]+$"));
    auto joinedOf = [this](const SourceRow &row) {
        QString joined;
        for (const GridCell *c : cellsOf(row))
            joined += norm(c->text);
        return joined;
    };
    auto isLone = [this](const SourceRow &row) {
        int filled = 0;
        for (const GridCell *c : cellsOf(row))
            filled += c->text.isEmpty() ? 0 : 1;
        return filled == 1;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SourceRow &row = rows[i];
        if (row.isBlank())
            continue;
        QString joined = joinedOf(row);
        const bool lone = isLone(row);
        // A title broken over two lines ("2023年区级专项资" / "金支出方向绩效目标表"):
        // the pair is the title, even where the second half alone looks like one.
        QRegularExpressionMatch m;
        if (lone) {
            qsizetype next = i + 1;
            while (next < rows.size() && rows[next].isBlank())
                ++next;
            if (next < rows.size() && isLone(rows[next]) && !attachment.match(joined).hasMatch()) {
                const QString second = joinedOf(rows[next]);
                const QRegularExpressionMatch pair = title.match(joined + second);
                const QRegularExpressionMatch alone = title.match(second);
                if (pair.hasMatch()
                    && (!alone.hasMatch() || (alone.captured(1).isEmpty() && !pair.captured(1).isEmpty()))) {
                    m = pair;
                    i = next;
                }
            }
            if (!m.hasMatch())
                m = title.match(joined);
        }
        if (m.hasMatch()) {
            const QString which = m.captured(3);
            startTable(which.startsWith(u'部')               ? Kind::Overview
                    : which.contains(QStringLiteral("汇总")) ? Kind::Summary
                                                             : Kind::Direction,
                row.place);
            if (!m.captured(1).isEmpty()) {
                f.fiscalYear = m.captured(1).toInt();
                yearKnown = true;
            }
            if (kind != Kind::Overview && !m.captured(2).isEmpty())
                f.fundLevel = m.captured(2);
            continue;
        }
        if (attachment.match(joined).hasMatch()) {
            pendingAttachment = joined;
            continue;
        }
        if (unitCaption(joined) || signature(row))
            continue;
        // A table whose title is missing (a sheet holding only the grid) is
        // still recognised by its first label.
        if (kind == Kind::None) {
            const QString first = norm(cellsOf(row).value(0)->text);
            if (first == u"部门名称")
                startTable(Kind::Overview, row.place);
            else if (first.startsWith(QStringLiteral("支出方向")))
                startTable(Kind::Direction, row.place);
            else if (first == u"序号")
                startTable(Kind::Summary, row.place);
        }
        if (kind == Kind::None) {
            ++outside;
            continue;
        }
        if (!header(row)) {
            if (kind == Kind::Overview)
                overviewRow(row);
            else if (kind == Kind::Summary)
                summaryRow(row);
            else
                directionRow(row);
        }
    }
    finishTable();
    if (!anyTable) {
        *error
            = FormMapper::tr("No performance-target table was found (部门整体支出绩效目标表, 专项资金绩效目标汇总表 or "
                             "支出方向绩效目标表). Nothing was imported.");
        return false;
    }
    if (outside > 0)
        res->notes.append(FormMapper::tr("%1 line(s) of text outside the tables were not imported.").arg(outside));
    if (!yearKnown)
        res->notes.append(FormMapper::tr("No year was found in the titles; the filing is for %1.").arg(f.fiscalYear));

    // The indicator framework, from the 一级 names the tables use.
    bool cost = false, satisfaction = false;
    auto scan = [&](const QList<Indicator> &list) {
        for (const Indicator &i : list) {
            const QString n = normalizeIndicatorName(i.level1);
            cost = cost || n == u"成本";
            satisfaction = satisfaction || n == u"满意度";
        }
    };
    scan(f.overview.indicators);
    for (const Fund &fu : f.funds)
        for (const Direction &d : fu.directions)
            scan(d.indicators);
    f.indicatorScheme = cost ? IndicatorSchemeId::Mof2021
        : satisfaction       ? IndicatorSchemeId::Mof2015
                             : IndicatorSchemeId::Hunan2023;
    return true;
}

} // namespace

bool FormMapper::map(const QList<SourceRow> &rows, ImportResult *result, QString *error)
{
    *result = ImportResult();
    Mapper m(result);
    return m.run(rows, error);
}

} // namespace jixiao::office
