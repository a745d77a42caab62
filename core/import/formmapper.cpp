// SPDX-License-Identifier: GPL-3.0-or-later
// The rows read from a Word or Excel document mapped onto a filing. One
// state machine over the rows of the forms (which table and layout, its
// section, unit and columns, the indicator names carried down from the rows
// above). The words that identify the forms' fields are not here: they are
// the layouts of core/form/importlayout.h.
#include "formmapper.h"

#include "form/importlayout.h"
#include "model/fields.h"
#include "model/indicatorscheme.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace jixiao::office {

namespace {

using form::ImportLayout;
using form::LayoutField;
using form::normalizedLabel;
using form::Relation;

enum class Section { Plain, WorkPlan, Indicators, Details, SummaryRows };

Section sectionOf(const QString &list)
{
    if (list == u"/funds")
        return Section::SummaryRows;
    if (list.endsWith(QLatin1String("/workPlan")))
        return Section::WorkPlan;
    if (list.endsWith(QLatin1String("/indicators")))
        return Section::Indicators;
    if (list.endsWith(QLatin1String("/details")))
        return Section::Details;
    return Section::Plain;
}

// A layout with its words gathered once.
struct Words
{
    const ImportLayout *layout = nullptr;
    QList<LayoutField> fields;
    QStringList structure;
    // Of `fields`: those labelled in a row (Right, Inside) and the list
    // columns (Column, RowNumber), picked once (see Vocabulary).
    QList<const LayoutField *> labelled, headed;
};

// Every layout's words, and the expressions made of them, built once: the
// layouts are fixed data (importLayouts()), and building a form's words
// (allFields) costs more than mapping a small file.
struct Vocabulary
{
    QList<Words> layouts;
    // The department's fields but its name, as signature lines write them.
    QHash<QString, const LayoutField *> signatureFields;
    QRegularExpression signatureLabels;
    // Every layout's titles, longest first, after a year and a level.
    QHash<QString, const Words *> byTitle;
    QRegularExpression title;

    Vocabulary()
    {
        for (const ImportLayout &l : form::importLayouts())
            layouts.append({&l, l.allFields(), l.allStructure(), {}, {}});
        for (Words &w : layouts)
            for (const LayoutField &lf : std::as_const(w.fields))
                (lf.relation == Relation::Column || lf.relation == Relation::RowNumber ? w.headed : w.labelled)
                    .append(&lf);
        QStringList words;
        for (const Words &l : std::as_const(layouts))
            for (const LayoutField &lf : l.fields)
                if (lf.signature || (lf.pointer.startsWith(QLatin1String("/department/")) && lf.key() != u"name"))
                    for (const QString &w : lf.words) {
                        signatureFields.insert(w, &lf);
                        words.append(QRegularExpression::escape(w));
                    }
        signatureLabels.setPattern(QStringLiteral("(%1)\\s*[：:]?").arg(words.join(u'|')));
        QStringList titles;
        for (const Words &w : std::as_const(layouts))
            for (const QString &t : w.layout->titles)
                if (!byTitle.contains(t)) {
                    titles.append(QRegularExpression::escape(t));
                    byTitle.insert(t, &w);
                }
        std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        title.setPattern(QStringLiteral("^(?:(\\d{4})年度?)?(.*?)(%1)(（?续表?）?)?$").arg(titles.join(u'|')));
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

// A row as the mapper reads it: its cells (not those merged down from
// above), each with its text normalised once (normalizedLabel), and, in a
// row of one text (a title, an attachment number), the normalised texts joined.
struct Cell
{
    const GridCell *grid = nullptr;
    QString n;
};
struct Row
{
    const SourceRow *source = nullptr;
    QList<Cell> cells;
    QString joined; // "" unless lone
    bool lone = false; // exactly one cell with text
};

Row prepared(const SourceRow &source)
{
    Row r {&source, {}, {}, false};
    r.cells.reserve(source.cells.size());
    int filled = 0;
    for (const GridCell &c : source.cells)
        if (!c.continued) {
            r.cells.append({&c, normalizedLabel(c.text)});
            filled += c.text.isEmpty() ? 0 : 1;
        }
    r.lone = filled == 1;
    if (r.lone)
        for (const Cell &c : std::as_const(r.cells))
            r.joined += c.n;
    return r;
}

// Lines that are not rows of a form: attachment numbers (附表1, 附表3-1,
// 附件2-3-1：), continuation marks (续表, （续）), page numbers.
const QRegularExpression &attachmentLabel()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:附表|附件)[0-9０-９一二三四五六七八九十]+(?:[-－—–.．][0-9０-９]+)*[：]?"));
    return re;
}
bool isContinuationMark(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("^（?续表?[0-9一二三四五六七八九十]*）?$"));
    return re.match(n).hasMatch();
}
bool isPageNumber(const QString &n)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:第[0-9]+页(?:[，,/]?共[0-9]+页)?|共[0-9]+页[，,]?第[0-9]+页|[-—–][0-9]+[-—–]|[0-9]+/[0-9]+|"
                       "(?:Page|页码)[0-9]+(?:of[0-9]+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(n).hasMatch();
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
    void startTable(const Words *w, const QString &place);
    void finishTable();
    void report(const SourceRow &row, const QString &what, const QString &text);
    void unmapped(const SourceRow &row, const QString &what);
    bool amount(QString text, const SourceRow &row, Amount *out, std::optional<AmountUnit> unit = {});
    bool caption(const QString &n);
    bool captionRow(const Row &r);
    bool signature(const Row &r);
    bool header(const Row &r);
    void labelRow(const Row &r);
    bool isLabelRow(const Row &r) const;
    void listRow(const Row &r);
    bool set(const LayoutField &field, const QString &value, const SourceRow &row, std::optional<AmountUnit> unit = {});
    template<typename R>
    bool setField(
        R &target, const QString &key, const QString &value, const SourceRow &row, std::optional<AmountUnit> unit);
    QList<const GridCell *> cellsOf(const SourceRow &row) const;
    const LayoutField *labelField(const QString &n, QString *rest = nullptr, int occurrence = 0) const;
    bool valuesBelow(const Row &r);
    // Whether the form of the table being read has the column `key` in the current list.
    bool formHasColumn(const QString &key) const;
    bool isStructure(const QString &n) const;
    QString withoutField(const QString &n, QString *rest = nullptr) const;
    std::optional<AmountUnit> unitIn(const QString &n) const;

    ImportResult *res;
    Filing &f;
    const Vocabulary &vocab = vocabulary();
    const QList<Words> &layouts = vocab.layouts;
    const Words *table = nullptr; // the table being read
    Section section = Section::Plain;
    QString sectionList;
    QHash<int, const LayoutField *> columns; // grid column → field, in the section
    QHash<int, std::optional<AmountUnit>> columnUnits;
    QHash<int, QString> otherColumns; // grid column → a heading the form has no field for
    AmountUnit tableUnit = AmountUnit::Wan;
    bool unitKnown = false;
    bool anyTable = false;
    bool yearKnown = false;
    int outside = 0;
    int part = 0;
    QString pendingAttachment;
    QString carryL1, carryL2;
    int summaryFund = -1; // index: f.funds grows
    // The direction table being read.
    Direction dir;
    Fund dirFund;
    QString dirPlace;
    // The project table being read.
    Project proj;
    // Fields whose value is in the next row, by grid column (总体目标: 中期目标 | 年度目标).
    QHash<int, const LayoutField *> below;
};

QList<const GridCell *> Mapper::cellsOf(const SourceRow &row) const
{
    QList<const GridCell *> out;
    for (const GridCell &c : row.cells)
        if (!c.continued)
            out.append(&c);
    return out;
}

QString shown(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

void Mapper::report(const SourceRow &row, const QString &what, const QString &text)
{
    res->unmapped.append(QStringLiteral("%1: %2：%3").arg(row.place, what, shown(text)));
}

void Mapper::unmapped(const SourceRow &row, const QString &what)
{
    QStringList texts;
    for (const GridCell *c : cellsOf(row))
        if (!c->text.isEmpty())
            texts.append(c->text);
    report(row, what, texts.join(QStringLiteral(" | ")));
}

const LayoutField *Mapper::labelField(const QString &n, QString *rest, int occurrence) const
{
    if (!table || n.isEmpty())
        return nullptr;
    const LayoutField *found = nullptr;
    for (const LayoutField *lf : table->labelled)
        if (lf->step == 0)
            for (const QString &w : lf->words)
                if (form::labelMatches(n, w, rest)) {
                    // The same words twice in a row (中期 and 年度 其中：财政拨款):
                    // the n-th is the n-th field they label.
                    found = lf;
                    if (occurrence-- <= 0)
                        return lf;
                    break;
                }
    return found;
}

bool Mapper::isStructure(const QString &n) const
{
    if (!table || n.isEmpty())
        return false;
    return std::any_of(
        table->structure.begin(), table->structure.end(), [&](const QString &w) { return form::labelMatches(n, w); });
}

// The label of a thing the form has no field for (备注, 占比, …), or "".
QString Mapper::withoutField(const QString &n, QString *rest) const
{
    if (!table || n.isEmpty())
        return {};
    for (const QString &w : table->layout->withoutField)
        if (form::labelMatches(n, w, rest))
            return w;
    return {};
}

// "（万元）" or "（元）" in a label or heading: the unit of its amounts.
std::optional<AmountUnit> Mapper::unitIn(const QString &n) const
{
    if (!n.contains(QStringLiteral("元）")))
        return std::nullopt; // the expression below needs it; most cells have none
    static const QRegularExpression re(QStringLiteral("（(?:金额单位：|单位：)?(万元|元)）"));
    const QRegularExpressionMatch m = re.match(n);
    return m.hasMatch() ? amountUnitFromName(m.captured(1)) : std::nullopt;
}

bool Mapper::amount(QString t, const SourceRow &row, Amount *out, std::optional<AmountUnit> unit)
{
    t = t.trimmed();
    // Clerks' ways of writing an amount: a unit in brackets ("368.9（万元）"),
    // spaces as thousands separators ("1 286.45").
    static const QRegularExpression bracketUnit(QStringLiteral("[（(]\\s*(万元|元)\\s*[）)]$"));
    if (const QRegularExpressionMatch m = bracketUnit.match(t); m.hasMatch())
        t = t.left(m.capturedStart()) + m.captured(1);
    static const QRegularExpression spaceGroups(
        QStringLiteral("(?<=\\d)[\\s\\x{00A0}\\x{2009}\\x{202F}\\x{3000}]+(?=\\d{3}(?!\\d))"));
    t.replace(spaceGroups, QStringLiteral(","));
    if (t.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    // A bare number is in its heading's or the table's unit; the filing keeps one unit.
    if (!t.endsWith(u'元') && !t.endsWith(u'万'))
        t += amountUnitName(unit.value_or(tableUnit));
    QString why;
    if (!parseAmountInput(t, f.amountUnit, out, &why)) {
        unmapped(row, FormMapper::tr("amount not understood (%1)").arg(why));
        *out = std::nullopt;
        return false;
    }
    return true;
}

template<typename R>
bool Mapper::setField(
    R &target, const QString &key, const QString &value, const SourceRow &row, std::optional<AmountUnit> unit)
{
    const Field<R> *field = findField<R>(key);
    if (!field)
        return false;
    R read = target;
    switch (field->kind) {
    case ValueKind::Text:
        read.*field->text = value;
        break;
    case ValueKind::OptionalText:
        read.*field->optionalText = value;
        break;
    case ValueKind::Amount:
        if (!amount(value, row, &(read.*field->amount), unit))
            return true;
        break;
    }
    // Read twice (收入合计 and 支出合计, a label repeated): the first stays.
    const QString before = fieldText(target, *field);
    const QString now = fieldText(read, *field);
    if (!before.isEmpty() && before != now)
        report(row,
            FormMapper::tr("%1 was read before as “%2”; this value was not imported")
                .arg(field->translatedLabel(), before),
            now);
    else
        target = read;
    return true;
}

// A single field of the table (not a list's): by its pointer.
bool Mapper::set(const LayoutField &field, const QString &value, const SourceRow &row, std::optional<AmountUnit> unit)
{
    const QString p = field.pointer;
    const QString key = field.key();
    if (p.startsWith(QLatin1String("/department/")))
        return setField(f.department, key, value, row, unit);
    if (p.startsWith(QLatin1String("/overview/budget/")))
        return setField(f.overview.budget, key, value, row, unit);
    if (p.startsWith(QLatin1String("/overview/")))
        return setField(f.overview, key, value, row, unit);
    if (p.startsWith(QLatin1String("/funds/-/directions/-/")))
        return setField(dir, key, value, row, unit);
    if (p.startsWith(QLatin1String("/funds/-/")))
        return setField(dirFund, key, value, row, unit);
    if (p.startsWith(QLatin1String("/projects/-/")))
        return setField(proj, key, value, row, unit);
    return false;
}

// "填报单位：（盖章）", "金额单位：万元", "（单位：元）": a caption, which sets
// the unit of the amounts after it (the filing keeps the first table's).
bool Mapper::caption(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("(?:金额单位|金额|单位)：(万元|元)"));
    if (!n.contains(u'：')) // most cells: the expression needs it
        return n.contains(QStringLiteral("填报单位"));
    const QRegularExpressionMatch m = re.match(n);
    if (!m.hasMatch())
        return n.contains(QStringLiteral("填报单位"));
    tableUnit = *amountUnitFromName(m.captured(1));
    if (!unitKnown) {
        f.amountUnit = tableUnit;
        unitKnown = true;
    }
    return true;
}

// A row of captions only; the unit is taken from captions anywhere, even in
// a row of the table.
bool Mapper::captionRow(const Row &r)
{
    bool all = true;
    for (const Cell &c : r.cells)
        if (!caption(c.n) && !c.n.isEmpty())
            all = false;
    return all;
}

// The signature lines under a table ("填表人：张三　　联系电话：…"): one text
// with the labels of the department's fields, each value running to the next
// label.
bool Mapper::signature(const Row &r)
{
    if (r.cells.size() != 1)
        return false;
    const SourceRow &row = *r.source;
    const QString text = r.cells[0].grid->text;
    struct Label
    {
        const LayoutField *field;
        qsizetype start, end;
    };
    QList<Label> found;
    for (auto it = vocab.signatureLabels.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found.append({vocab.signatureFields.value(m.captured(1)), m.capturedStart(), m.capturedEnd()});
    }
    if (found.isEmpty() || !text.left(found[0].start).trimmed().isEmpty())
        return false;
    for (int i = 0; i < found.size(); ++i) {
        const qsizetype end = i + 1 < found.size() ? found[i + 1].start : text.size();
        set(*found[i].field, text.mid(found[i].end, end - found[i].end).trimmed(), row);
    }
    return true;
}

// Column headings of a list: where each of its fields is, in whatever order
// the office put them; the list with most headings in the row wins.
bool Mapper::header(const Row &r)
{
    QHash<QString, QHash<int, const LayoutField *>> byList;
    QHash<int, std::optional<AmountUnit>> units;
    QList<bool> matched(r.cells.size(), false);
    for (int i = 0; i < r.cells.size(); ++i) {
        const Cell &c = r.cells[i];
        for (const LayoutField *lf : table->headed)
            for (const QString &w : lf->words)
                if (c.n == w || (c.n.size() > w.size() && form::labelMatches(c.n, w) && unitIn(c.n))) {
                    byList[lf->list()].insert(c.grid->column, lf);
                    units.insert(c.grid->column, unitIn(c.n));
                    matched[i] = true;
                }
    }
    if (byList.isEmpty())
        return false; // most rows: no heading at all
    QHash<int, QString> others;
    for (int i = 0; i < r.cells.size(); ++i)
        if (!matched[i] && !r.cells[i].n.isEmpty() && !isStructure(r.cells[i].n))
            others.insert(r.cells[i].grid->column, r.cells[i].grid->text);
    // The 汇总表's rows are funds and their directions alike: the lists
    // inside a numbered list are its columns too.
    for (const QString &outer : byList.keys())
        if (std::any_of(byList[outer].begin(), byList[outer].end(),
                [](const LayoutField *lf) { return lf->relation == Relation::RowNumber; }))
            for (const QString &inner : byList.keys())
                if (inner.startsWith(outer + QStringLiteral("/-/"))) {
                    byList[outer].insert(byList.take(inner));
                }
    QString best;
    for (auto it = byList.begin(); it != byList.end(); ++it)
        if (it->size() >= 2 && (best.isEmpty() || it->size() > byList[best].size()))
            best = it.key();
    if (best.isEmpty())
        return false;
    // A heading of another list in this row is no field of this one.
    for (auto it = byList.begin(); it != byList.end(); ++it)
        if (it.key() != best)
            for (auto c = it->begin(); c != it->end(); ++c)
                if (!byList[best].contains(c.key()))
                    others.insert(c.key(), c.value()->words.value(0));
    sectionList = best;
    section = sectionOf(best);
    columns = byList[best];
    columnUnits = units;
    otherColumns = others;
    carryL1.clear();
    carryL2.clear();
    return true;
}

// A row of the table's own labels: a label of a field (its value in the cell
// right of it, or after a colon in its own cell), the form's words, or a
// label the form has no field for.
bool Mapper::isLabelRow(const Row &r) const
{
    return std::any_of(
        r.cells.begin(), r.cells.end(), [&](const Cell &c) { return labelField(c.n) || !withoutField(c.n).isEmpty(); });
}

void Mapper::labelRow(const Row &r)
{
    const SourceRow &row = *r.source;
    QList<const GridCell *> cells;
    for (const Cell &c : r.cells)
        cells.append(c.grid);
    QList<bool> used(cells.size(), false);
    auto indexAt = [&](int column) {
        for (int k = 0; k < cells.size(); ++k)
            if (cells[k]->column == column)
                return k;
        return -1;
    };
    QHash<QString, int> seen; // labels read in this row, how often
    for (int i = 0; i < cells.size(); ++i) {
        if (used[i])
            continue;
        const QString &n = r.cells[i].n;
        if (n.isEmpty()) {
            used[i] = true;
            continue;
        }
        QString rest;
        const LayoutField *lf = labelField(n, &rest, seen[n]++);
        if (lf && lf->relation == Relation::Below) {
            below.insert(cells[i]->column, lf);
            used[i] = true;
            continue;
        }
        if (const std::optional<AmountUnit> u = unitIn(n); u && !lf)
            tableUnit = *u; // 年度预算申请（万元）: the unit of the amounts beside it
        const QString without = lf ? QString() : withoutField(n, &rest);
        if (!lf && without.isEmpty()) {
            used[i] = isStructure(n) || caption(n);
            continue;
        }
        used[i] = true;
        // The value: after the colon in the label's own cell, else the cell
        // right of it, found by its grid column, never the next cell present.
        const int right = indexAt(cells[i]->column + cells[i]->span);
        QString value;
        if (!rest.isEmpty()) {
            static const QRegularExpression colonRe(QStringLiteral("[：:]"));
            const qsizetype colon = cells[i]->text.indexOf(colonRe);
            value = colon >= 0 ? cells[i]->text.mid(colon + 1).trimmed() : rest;
        } else if (right >= 0 && !used[right] && !labelField(r.cells[right].n) && !isStructure(r.cells[right].n)) {
            value = cells[right]->text;
            used[right] = true;
        }
        if (lf) {
            set(*lf, value, row, unitIn(n));
            // Fields in the cells after the value, under the same label ("主管部门及代码 | 局名 | 代码").
            int last = rest.isEmpty() ? right : i;
            for (const LayoutField *next : table->labelled) {
                if (next->step == 0 || last < 0
                    || std::none_of(next->words.begin(), next->words.end(),
                        [&](const QString &w) { return form::labelMatches(n, w); }))
                    continue;
                const int k = indexAt(cells[last]->column + cells[last]->span);
                if (k < 0 || used[k] || labelField(r.cells[k].n) || isStructure(r.cells[k].n))
                    break;
                set(*next, cells[k]->text, row);
                used[k] = true;
                last = k;
            }
        } else if (!value.isEmpty()) {
            report(row, FormMapper::tr("the form has no field for “%1”").arg(without), value);
        } else if (n != without) { // "备注（万元）" and nothing beside it
            report(row, FormMapper::tr("the form has no field for “%1”").arg(without), cells[i]->text);
        } else {
            // A heading over label columns (项目 | 当年金额 | 占比): its
            // column's cells are reported in the rows below.
            otherColumns.insert(cells[i]->column, without);
        }
    }
    for (int i = 0; i < cells.size(); ++i) {
        if (used[i])
            continue;
        const QString heading = otherColumns.value(cells[i]->column);
        if (!heading.isEmpty())
            report(row, FormMapper::tr("the form has no field for “%1”").arg(heading), cells[i]->text);
        else
            report(row, FormMapper::tr("not understood"), cells[i]->text);
    }
}

bool Mapper::formHasColumn(const QString &key) const
{
    return std::any_of(table->headed.begin(), table->headed.end(),
        [&](const LayoutField *lf) { return lf->list() == sectionList && lf->key() == key; });
}

// The row under headings whose fields stand below them (中期目标 | 年度目标):
// each cell under one of them is its value.
bool Mapper::valuesBelow(const Row &r)
{
    if (below.isEmpty())
        return false;
    const QHash<int, const LayoutField *> fields = std::exchange(below, {});
    bool any = false;
    for (const Cell &c : r.cells)
        if (const LayoutField *lf = fields.value(c.grid->column)) {
            set(*lf, c.grid->text, *r.source);
            any = true;
        }
    if (!any)
        return false;
    for (const Cell &c : r.cells)
        if (!fields.contains(c.grid->column) && !c.n.isEmpty() && !isStructure(c.n))
            report(*r.source, FormMapper::tr("not understood"), c.grid->text);
    return true;
}

// A row of a list: each field from the cell under its heading.
void Mapper::listRow(const Row &r)
{
    const SourceRow &row = *r.source;
    for (const Cell &c : r.cells)
        if (c.n == u"合计")
            return; // the 合计 row: derived from the rows, never stored
    // A cell across the columns of several fields (a remark over the whole
    // row) is no field's value.
    QHash<QString, QString> values; // key → text
    QHash<QString, int> columnOfKey;
    const LayoutField *number = nullptr;
    for (const Cell &cell : r.cells) {
        const GridCell *c = cell.grid;
        QList<const LayoutField *> under;
        for (int col = c->column; col < c->column + c->span; ++col)
            if (const LayoutField *lf = columns.value(col))
                under.append(lf);
        if (under.size() > 1 && !c->text.isEmpty()) {
            unmapped(row, FormMapper::tr("a cell spans the columns of several fields"));
            return;
        }
    }
    for (const Cell &cell : r.cells) {
        const GridCell *c = cell.grid;
        const LayoutField *lf = nullptr;
        for (int col = c->column; col < c->column + c->span && !lf; ++col)
            lf = columns.value(col);
        if (!lf) {
            if (c->text.isEmpty() || isStructure(cell.n))
                continue;
            const QString heading = otherColumns.value(c->column);
            report(row,
                heading.isEmpty() ? FormMapper::tr("a cell under no heading")
                                  : FormMapper::tr("the form has no field for “%1”").arg(normalizedLabel(heading)),
                c->text);
            continue;
        }
        if (lf->relation == Relation::RowNumber)
            number = lf;
        values.insert(lf->relation == Relation::RowNumber ? QStringLiteral("#") : lf->key(), c->text);
        columnOfKey.insert(lf->key(), c->column);
    }
    auto unitOf = [&](const QString &key) { return columnUnits.value(columnOfKey.value(key, -1)); };
    bool any = false;
    for (const QString &v : values)
        any = any || !v.isEmpty();
    if (!any) {
        if (!row.isBlank())
            unmapped(row, FormMapper::tr("unrecognised row"));
        return;
    }
    switch (section) {
    case Section::WorkPlan: {
        WorkPlanItem w;
        for (auto it = values.begin(); it != values.end(); ++it)
            setField(w, it.key(), it.value(), row, {});
        f.overview.workPlan.append(w);
        break;
    }
    case Section::Indicators: {
        Indicator ind;
        const QString l1 = values.value(QStringLiteral("level1"));
        const QString l2 = values.value(QStringLiteral("level2"));
        if (!l1.isEmpty()) {
            carryL1 = l1;
            carryL2.clear();
        }
        if (!l2.isEmpty())
            carryL2 = l2;
        for (auto it = values.begin(); it != values.end(); ++it)
            if (it.key() != u"level1" && it.key() != u"level2")
                setField(ind, it.key(), it.value(), row, {});
        // The optional fields the form's table has are present (perhaps
        // empty), the others absent, whatever columns this file has.
        for (const QString &key : {QStringLiteral("standard"), QStringLiteral("midTermValue")}) {
            std::optional<QString> &v = key == u"standard" ? ind.standard : ind.midTermValue;
            if (!formHasColumn(key))
                v.reset();
            else if (!v)
                v = QString();
        }
        if (ind.name.isEmpty() && ind.value.isEmpty() && ind.standard.value_or(QString()).isEmpty()
            && ind.midTermValue.value_or(QString()).isEmpty()) {
            unmapped(row, FormMapper::tr("indicator row without an indicator"));
            return;
        }
        ind.level1 = carryL1;
        ind.level2 = carryL2;
        if (sectionList.startsWith(QLatin1String("/funds")))
            dir.indicators.append(ind);
        else if (sectionList.startsWith(QLatin1String("/projects")))
            proj.indicators.append(ind);
        else
            f.overview.indicators.append(ind);
        break;
    }
    case Section::Details: {
        DetailLine line;
        for (auto it = values.begin(); it != values.end(); ++it)
            setField(line, it.key(), it.value(), row, unitOf(it.key()));
        dir.details.append(line);
        break;
    }
    case Section::SummaryRows: {
        const QString n = normalizedLabel(values.value(QStringLiteral("#")));
        static const QRegularExpression fundNo(QStringLiteral("^[（(]?[一二三四五六七八九十百]+[）)]?[、.．]?$"));
        static const QRegularExpression dirNo(QStringLiteral("^[（(]?\\d+[）)]?[、.．]?$"));
        if (number && fundNo.match(n).hasMatch()) {
            Fund fund;
            setField(fund, QStringLiteral("name"), values.value(QStringLiteral("name")), row, {});
            setField(fund, QStringLiteral("amount"), values.value(QStringLiteral("amount")), row,
                unitOf(QStringLiteral("amount")));
            for (const QString &k : {QStringLiteral("periodGoal"), QStringLiteral("annualGoal")})
                if (!values.value(k).isEmpty())
                    report(row, FormMapper::tr("a fund's row has no field for its goals"), values.value(k));
            f.funds.append(fund);
            summaryFund = int(f.funds.size() - 1);
        } else if (number && dirNo.match(n).hasMatch() && summaryFund >= 0) {
            Direction d;
            for (auto it = values.begin(); it != values.end(); ++it)
                if (it.key() != u"#")
                    setField(d, it.key(), it.value(), row, unitOf(it.key()));
            f.funds[summaryFund].directions.append(d);
        } else {
            unmapped(row, FormMapper::tr("summary row that is neither a fund (一、二、…) nor a direction (1, 2, …)"));
        }
        break;
    }
    case Section::Plain:
        unmapped(row, FormMapper::tr("unrecognised row"));
        break;
    }
}

void Mapper::startTable(const Words *w, const QString &place)
{
    finishTable();
    table = w;
    section = Section::Plain;
    sectionList.clear();
    columns.clear();
    otherColumns.clear();
    columnUnits.clear();
    anyTable = true;
    tableUnit = f.amountUnit;
    if (w->layout->form == form::Kind::Overview && !pendingAttachment.isEmpty())
        f.overview.attachmentLabel = pendingAttachment;
    pendingAttachment.clear();
    if (w->layout->form == form::Kind::Direction) {
        dir = Direction();
        dirFund = Fund();
        dirPlace = place;
    }
    if (w->layout->form == form::Kind::Project) {
        proj = Project();
        if (!w->layout->formLayout.isEmpty())
            proj.layout = w->layout->formLayout;
    }
}

void Mapper::finishTable()
{
    if (table && table->layout->form == form::Kind::Direction) {
        Fund *fund = nullptr;
        for (Fund &fu : f.funds)
            if (fu.name == dirFund.name)
                fund = &fu;
        if (!fund) {
            f.funds.append(Fund {dirFund.name, dirFund.amount, {}});
            fund = &f.funds.last();
        } else if (!fund->amount) {
            fund->amount = dirFund.amount;
        } else if (dirFund.amount && *dirFund.amount != *fund->amount) {
            res->unmapped.append(
                FormMapper::tr("%1: the summary table gives “%2” as the amount of the fund “%3”; this table says “%4”")
                    .arg(dirPlace, amountToString(fund->amount), fund->name, amountToString(dirFund.amount)));
        }
        Direction *known = nullptr;
        for (Direction &d : fund->directions)
            if (d.name == dir.name && d.indicators.isEmpty() && d.details.isEmpty() && d.period.isEmpty())
                known = &d;
        if (known) {
            // The summary table gave the name, amount and goals; the
            // direction's own table is the fuller statement. Where the two
            // disagree, the summary's value is not dropped silently.
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
    if (table && table->layout->form == form::Kind::Project) {
        // "株洲市石峰区科技和工业信息化局（401001）" in one cell: the code apart.
        static const QRegularExpression code(QStringLiteral("^(.*?)\\s*[（(]?\\s*(\\d{3,12})\\s*[）)]?$"));
        if (proj.authority && proj.authorityCode.value_or(QString()).isEmpty())
            if (const QRegularExpressionMatch m = code.match(*proj.authority);
                m.hasMatch() && m.capturedLength(1) > 0) {
                proj.authority = m.captured(1);
                proj.authorityCode = m.captured(2);
            }
        f.projects.append(proj);
    }
    below.clear();
    table = nullptr;
}

bool Mapper::run(const QList<SourceRow> &rows, QString *error)
{
    const QRegularExpression &title = vocab.title;
    // Each row's texts normalised once, here.
    QList<Row> prep;
    prep.reserve(rows.size());
    for (const SourceRow &row : rows)
        prep.append(prepared(row));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SourceRow &row = rows[i];
        const Row &r = prep[i];
        for (const QString &p : row.problems)
            res->unmapped.append(QStringLiteral("%1: %2").arg(row.place, p));
        if (row.part != part) { // a table never runs on into the next sheet
            finishTable();
            part = row.part;
        }
        if (row.isBlank())
            continue;
        QString joined = r.joined;
        const bool lone = r.lone;
        // 附表1, 附件2-3-1：; a title may follow on the same line.
        if (lone) {
            if (const QRegularExpressionMatch a = attachmentLabel().match(joined); a.hasMatch()) {
                pendingAttachment = a.captured(0);
                while (pendingAttachment.endsWith(u'：'))
                    pendingAttachment.chop(1);
                joined = joined.mid(a.capturedLength());
                if (joined.isEmpty())
                    continue;
            }
            if (isContinuationMark(joined) || isPageNumber(joined))
                continue;
            // The year under the title, as the national template has it: "（2023年度）".
            static const QRegularExpression yearLine(QStringLiteral("^（(\\d{4})年度?）$"));
            if (const QRegularExpressionMatch y = yearLine.match(joined); y.hasMatch() && table) {
                f.fiscalYear = y.captured(1).toInt();
                yearKnown = true;
                continue;
            }
        }
        // A title broken over two lines ("2023年区级专项资" / "金支出方向绩效目标表"):
        // the pair is the title, even where the second half alone looks like one.
        QRegularExpressionMatch m;
        if (lone) {
            qsizetype next = i + 1;
            while (next < rows.size() && rows[next].isBlank())
                ++next;
            if (next < rows.size() && prep[next].lone) {
                const QString &second = prep[next].joined;
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
            const Words *w = vocab.byTitle.value(m.captured(3));
            // "（续表）": the same table goes on.
            if (!m.captured(4).isEmpty() && table == w)
                continue;
            startTable(w, row.place);
            if (!m.captured(1).isEmpty()) {
                f.fiscalYear = m.captured(1).toInt();
                yearKnown = true;
            }
            if ((w->layout->form == form::Kind::Summary || w->layout->form == form::Kind::Direction)
                && !m.captured(2).isEmpty())
                f.fundLevel = m.captured(2);
            continue;
        }
        if (captionRow(r))
            continue;
        // A table whose title is missing (a sheet holding only the grid) is
        // still recognised by its first label.
        if (!table && !row.paragraph) {
            const QString first = r.cells.value(0).n;
            for (const Words &w : layouts)
                if (!w.fields.isEmpty() && w.fields[0].words.contains(first)) {
                    startTable(&w, row.place);
                    break;
                }
        }
        if (!table) {
            if (!signature(r))
                ++outside;
            continue;
        }
        if (valuesBelow(r) || signature(r) || header(r))
            continue;
        if (isLabelRow(r)) {
            labelRow(r);
            continue;
        }
        if (row.paragraph) { // text between the tables: notes, not a row of a form
            ++outside;
            continue;
        }
        if (section == Section::Plain)
            labelRow(r);
        else
            listRow(r);
    }
    finishTable();
    if (!anyTable) {
        *error
            = FormMapper::tr("No performance-target table was found (部门整体支出绩效目标表, 专项资金绩效目标汇总表, "
                             "支出方向绩效目标表 or 项目支出绩效目标表). Nothing was imported.");
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
    for (const Project &p : f.projects)
        scan(p.indicators);
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
