// SPDX-License-Identifier: GPL-3.0-or-later
#include "formmodel.h"

#include "document.h"
#include "model/indicatorscheme.h"
#include "model/jsonpointer.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace jixiao::ui {

namespace {
const QColor LabelBackground(0xf3, 0xf3, 0xf0);
const QColor DerivedBackground(0xf7, 0xf9, 0xfc);
const QColor ErrorBackground(0xfd, 0xd8, 0xd5);
const QColor WarningBackground(0xfd, 0xf0, 0xc8);
const QColor InfoBackground(0xdd, 0xeb, 0xfb);
} // namespace

QStringList level1Choices(const Document &doc)
{
    QStringList out;
    for (const Level1Def &l1 : indicatorScheme(doc.filing().effectiveScheme()).level1)
        out.append(l1.name);
    return out;
}

QStringList level2Choices(const Document &doc, const QString &level1)
{
    const IndicatorScheme &s = indicatorScheme(doc.filing().effectiveScheme());
    const int i = s.level1Index(level1);
    QStringList out;
    for (int k = 0; k < s.level1.size(); ++k) {
        if (i >= 0 && k != i)
            continue;
        for (const Level2Def &l2 : s.level1[k].level2)
            out.append(l2.name);
    }
    return out;
}

QStringList standardChoices()
{
    return {QStringLiteral("计划标准"), QStringLiteral("行业标准"), QStringLiteral("历史标准"),
        QStringLiteral("其他标准"), QStringLiteral("预算支出标准")};
}

FormModel::FormModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &Document::valueChanged, this, &FormModel::onValueChanged);
    connect(doc, &Document::rowsAboutToChange, this, &FormModel::onRowsAboutToChange);
    connect(doc, &Document::rowsChanged, this, &FormModel::onRowsChanged);
}

int FormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const FormCell *FormModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    const FormRow &r = m_rows[index.row()];
    if (index.column() >= r.cells.size())
        return nullptr;
    return &r.cells[index.column()];
}

const FormRow *FormModel::formRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString FormModel::amountText(const QString &pointer) const
{
    const FieldValue v = m_doc->value(pointer);
    return v.value_or(QString());
}

QString FormModel::derivedText(const FormCell &) const
{
    return QString();
}

bool FormModel::derivesFrom(const QString &) const
{
    return false;
}

QString FormModel::markFor(const FormCell &c, int *severity) const
{
    *severity = -1;
    if (m_marks.isEmpty() || c.pointer.isEmpty())
        return QString();
    auto it = m_marks.constFind(c.pointer);
    if (it == m_marks.constEnd())
        return QString();
    *severity = it->severity;
    return it->text;
}

QVariant FormModel::data(const QModelIndex &index, int role) const
{
    const FormCell *c = cell(index);
    if (!c || !m_doc)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (c->type) {
        case CellType::Label:
            return c->text;
        case CellType::Value:
            return m_doc->value(c->pointer).value_or(QString());
        case CellType::Derived:
            return derivedText(*c);
        case CellType::Blank:
            return QVariant();
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (c->type == CellType::Label)
            return QVariant::fromValue(Qt::AlignCenter);
        if (c->editor == EditorKind::Money) // amounts, typed or derived
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (c->type == CellType::Label || c->type == CellType::Derived) {
            QFont f;
            f.setBold(c->type == CellType::Label);
            return f;
        }
        return QVariant();
    case Qt::BackgroundRole: {
        int severity = -1;
        markFor(*c, &severity);
        if (severity == 2)
            return QBrush(ErrorBackground);
        if (severity == 1)
            return QBrush(WarningBackground);
        if (severity == 0)
            return QBrush(InfoBackground);
        if (c->type == CellType::Label)
            return QBrush(LabelBackground);
        if (c->type == CellType::Derived)
            return QBrush(DerivedBackground);
        return QVariant();
    }
    case Qt::ToolTipRole: {
        int severity = -1;
        const QString mark = markFor(*c, &severity);
        if (!mark.isEmpty())
            return mark;
        if (c->type == CellType::Derived)
            return tr("Calculated; it changes when the lines above change.");
        if (c->editor == EditorKind::Money)
            return tr("Amount in %1, e.g. 0.8 or 0.8万元").arg(amountUnitName(m_doc->filing().amountUnit));
        if (c->editor == EditorKind::Level1 || c->editor == EditorKind::Level2)
            return indicatorHint(*c);
        return QVariant();
    }
    case PointerRole:
        return c->pointer;
    case EditorRole:
        return int(c->type == CellType::Value ? c->editor : EditorKind::None);
    case CellTypeRole:
        return int(c->type);
    case ListPointerRole:
        return m_rows[index.row()].listPointer;
    case ListIndexRole:
        return m_rows[index.row()].listIndex;
    case ChoicesRole:
        switch (c->editor) {
        case EditorKind::Level1:
            return level1Choices(*m_doc);
        case EditorKind::Level2: {
            QString l1Pointer = c->pointer;
            l1Pointer.chop(int(qstrlen("level2")));
            return level2Choices(*m_doc, m_doc->value(l1Pointer + QStringLiteral("level1")).value_or(QString()));
        }
        case EditorKind::Standard:
            return standardChoices();
        default:
            return QVariant();
        }
    case MarkRole: {
        int severity = -1;
        markFor(*c, &severity);
        return severity;
    }
    default:
        return QVariant();
    }
}

QString FormModel::indicatorHint(const FormCell &c) const
{
    const IndicatorScheme &scheme = indicatorScheme(m_doc->filing().effectiveScheme());
    QString row = c.pointer;
    row.chop(int(qstrlen("level1")));
    const QString level1 = m_doc->value(row + QStringLiteral("level1")).value_or(QString());
    const int l1 = scheme.level1Index(level1);
    const auto level2Names = [](const Level1Def &def) {
        QStringList names;
        for (const Level2Def &l2 : def.level2)
            names.append(l2.name);
        return names.join(QStringLiteral("、"));
    };
    if (c.editor == EditorKind::Level1) {
        QStringList names;
        for (const Level1Def &def : scheme.level1)
            names.append(def.name);
        QString hint = tr("一级指标 (%1): %2.").arg(scheme.title, names.join(QStringLiteral("、")));
        if (l1 >= 0)
            hint += QLatin1Char('\n')
                + tr("%1 takes these 二级指标: %2.").arg(scheme.level1[l1].name, level2Names(scheme.level1[l1]));
        return hint;
    }
    const QString level2 = m_doc->value(row + QStringLiteral("level2")).value_or(QString());
    auto [k1, k2] = l1 >= 0 ? std::pair<int, int> {l1, scheme.level2Index(l1, level2)} : scheme.findLevel2(level2);
    if (k1 < 0 || k2 < 0) {
        if (l1 >= 0)
            return tr("二级指标 under %1: %2.").arg(scheme.level1[l1].name, level2Names(scheme.level1[l1]));
        return tr("Choose the 一级指标 first; its 二级指标 are then offered here.");
    }
    const Level2Def &def = scheme.level1[k1].level2[k2];
    QString hint = tr("%1 belongs to %2.").arg(def.name, scheme.level1[k1].name) + QLatin1Char('\n')
        + (def.requirement == Requirement::Required
                ? tr("Required: a table without it does not pass the checks.")
                : tr("Recommended: fill it in where it applies; the checks warn when it is missing."));
    if (def.isCost)
        hint += QLatin1Char('\n') + tr("Its value is the cost cap: it must agree with the amounts of the table.");
    if (def.isSatisfaction)
        hint += QLatin1Char('\n') + tr("Its value is the share of those served who are satisfied, e.g. ≥90%.");
    return hint;
}

bool FormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const FormCell *c = cell(index);
    if (role != Qt::EditRole || !c || c->type != CellType::Value || m_readOnly || !m_doc)
        return false;
    const QString text = value.toString();
    if (c->editor == EditorKind::Money) {
        QString error;
        // Each commit of a cell is one undo step, as in a spreadsheet.
        if (!m_doc->setAmountInput(c->pointer, text, &error, false)) {
            Q_EMIT inputRejected(index, error);
            return false;
        }
        return true;
    }
    return m_doc->setValue(c->pointer, text, false);
}

Qt::ItemFlags FormModel::flags(const QModelIndex &index) const
{
    const FormCell *c = cell(index);
    if (!c)
        return Qt::NoItemFlags;
    if (c->covered)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (c->type == CellType::Value && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return QString(QChar(u'A' + section));
    return section + 1;
}

QList<FormModel::Span> FormModel::spans() const
{
    QList<Span> out;
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &cells = m_rows[r].cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].covered && (cells[c].rowSpan > 1 || cells[c].colSpan > 1))
                out.append({r, c, cells[c].rowSpan, cells[c].colSpan});
        }
    }
    return out;
}

QModelIndex FormModel::indexForPointer(const QString &pointer) const
{
    if (pointer.isEmpty())
        return QModelIndex();
    auto it = m_byPointer.constFind(pointer);
    if (it != m_byPointer.constEnd() && !it->isEmpty())
        return it->first();
    // The nearest: a row showing that list element, then its list's header.
    for (int r = 0; r < m_rows.size(); ++r) {
        const FormRow &row = m_rows[r];
        if (row.listPointer.isEmpty())
            continue;
        const QString elem = row.listIndex >= 0 ? pointer::join(row.listPointer, row.listIndex) : row.listPointer;
        const bool header = row.listIndex < 0;
        if (pointer == elem || (!header && pointer.startsWith(elem + QLatin1Char('/')))) {
            for (int c = 0; c < row.cells.size(); ++c) {
                if (row.cells[c].type == CellType::Value || row.cells[c].type == CellType::Derived)
                    return index(r, c);
            }
            // A list's header (a finding about the whole list): its first heading.
            for (int c = 1; c < row.cells.size(); ++c) {
                if (!row.cells[c].covered && row.cells[c].type == CellType::Label)
                    return index(r, c);
            }
        }
    }
    // A longer pointer under a cell's (e.g. a part of a value) or a shorter one.
    QString p = pointer;
    while (p.lastIndexOf(QLatin1Char('/')) > 0) {
        p.truncate(p.lastIndexOf(QLatin1Char('/')));
        auto parent = m_byPointer.constFind(p);
        if (parent != m_byPointer.constEnd() && !parent->isEmpty())
            return parent->first();
    }
    return QModelIndex();
}

void FormModel::setMarks(const QHash<QString, CellMark> &marks)
{
    QSet<QString> touched;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        touched.insert(it.key());
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        touched.insert(it.key());
    m_marks = marks;
    for (const QString &p : touched) {
        for (const QModelIndex &i : m_byPointer.value(p))
            Q_EMIT dataChanged(i, i, {Qt::BackgroundRole, Qt::ToolTipRole, MarkRole});
    }
}

void FormModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

void FormModel::rebuild()
{
    const bool own = !m_resetting;
    if (own)
        beginResetModel();
    m_rows.clear();
    m_byPointer.clear();
    if (m_doc)
        build(&m_rows);
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &cells = m_rows[r].cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].covered && !cells[c].pointer.isEmpty())
                m_byPointer[cells[c].pointer].append(createIndex(r, c));
        }
    }
    if (own)
        endResetModel();
}

void FormModel::onValueChanged(const QString &pointer)
{
    for (const QModelIndex &i : m_byPointer.value(pointer))
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
    if (derivesFrom(pointer)) {
        for (int r = 0; r < m_rows.size(); ++r) {
            const auto &cells = m_rows[r].cells;
            for (int c = 0; c < cells.size(); ++c) {
                if (cells[c].type == CellType::Derived) {
                    const QModelIndex i = index(r, c);
                    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
                }
            }
        }
    }
    // A new 一级 changes which 二级 the next row offers; nothing to repaint.
}

void FormModel::onRowsAboutToChange(const QString &listPointer)
{
    if (!showsList(listPointer) || m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void FormModel::onRowsChanged(const QString &listPointer)
{
    if (!m_resetting || !showsList(listPointer))
        return;
    rebuild();
    m_resetting = false;
    endResetModel();
}

FormRow FormModel::makeRow(int columns)
{
    FormRow r;
    r.cells.resize(columns);
    return r;
}

void FormModel::label(FormRow &row, int column, const QString &text, int colSpan)
{
    FormCell &c = row.cells[column];
    c.type = CellType::Label;
    c.text = text;
    c.colSpan = colSpan;
    for (int k = 1; k < colSpan; ++k)
        row.cells[column + k].covered = true;
}

void FormModel::value(FormRow &row, int column, const QString &pointer, EditorKind editor, int colSpan)
{
    FormCell &c = row.cells[column];
    c.type = CellType::Value;
    c.pointer = pointer;
    c.editor = editor;
    c.colSpan = colSpan;
    for (int k = 1; k < colSpan; ++k)
        row.cells[column + k].covered = true;
}

void FormModel::derived(FormRow &row, int column, const QString &key, int colSpan)
{
    FormCell &c = row.cells[column];
    c.type = CellType::Derived;
    // Only the look: derived cells are never edited.
    if (key.endsWith(QLatin1String("/amount")) || key == u"/funds" || key.endsWith(QLatin1String("/details")))
        c.editor = EditorKind::Money;
    c.pointer = key;
    c.colSpan = colSpan;
    for (int k = 1; k < colSpan; ++k)
        row.cells[column + k].covered = true;
}

void FormModel::rowSpanColumn(QList<FormRow> &rows, int firstRow, int count, int column)
{
    if (count <= 1)
        return;
    rows[firstRow].cells[column].rowSpan = count;
    for (int r = firstRow + 1; r < firstRow + count; ++r) {
        rows[r].cells[column] = FormCell();
        rows[r].cells[column].covered = true;
    }
}

// ---------------------------------------------------------------- overview

OverviewModel::OverviewModel(Document *doc, QObject *parent)
    : FormModel(doc, parent)
{
    rebuild();
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QString OverviewModel::title() const
{
    return QStringLiteral("%1年部门整体支出绩效目标表").arg(m_doc->filing().fiscalYear);
}

bool OverviewModel::showsList(const QString &listPointer) const
{
    return listPointer.startsWith(QLatin1String("/overview/"));
}

void OverviewModel::build(QList<FormRow> *rows) const
{
    const Filing &f = m_doc->filing();
    const int n = 5;
    auto add = [&](FormRow r) { rows->append(std::move(r)); };
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("部门名称"));
        value(r, 1, QStringLiteral("/department/name"), EditorKind::Text, 4);
        add(r);
    }
    const int budgetFirst = int(rows->size());
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("年度预算申请\n（%1）").arg(amountUnitName(f.amountUnit)));
        label(r, 1, QStringLiteral("资金总额"));
        value(r, 2, pointer::budget(u"total"), EditorKind::Money, 3);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 1, QStringLiteral("按收入性质分"), 2);
        label(r, 3, QStringLiteral("按支出性质分"), 2);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 1, QStringLiteral("其中：一般公共预算拨款"));
        value(r, 2, pointer::budget(u"generalPublic"), EditorKind::Money);
        label(r, 3, QStringLiteral("其中：基本支出"));
        value(r, 4, pointer::budget(u"basic"), EditorKind::Money);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 1, QStringLiteral("政府性基金拨款"));
        value(r, 2, pointer::budget(u"governmentFund"), EditorKind::Money);
        label(r, 3, QStringLiteral("项目支出"));
        value(r, 4, pointer::budget(u"project"), EditorKind::Money);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 1, QStringLiteral("其他资金"));
        value(r, 2, pointer::budget(u"other"), EditorKind::Money);
        add(r);
    }
    rowSpanColumn(*rows, budgetFirst, 5, 0);
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("部门职责概述"));
        value(r, 1, QStringLiteral("/overview/duties"), EditorKind::MultiLine, 4);
        add(r);
    }
    const int planFirst = int(rows->size());
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("年度重点\n工作计划"));
        label(r, 1, QStringLiteral("事项"));
        label(r, 2, QStringLiteral("责任单位/科室"));
        label(r, 3, QStringLiteral("工作目标"), 2);
        r.listPointer = QStringLiteral("/overview/workPlan");
        add(r);
    }
    for (int i = 0; i < f.overview.workPlan.size(); ++i) {
        FormRow r = makeRow(n);
        const QString p = pointer::workPlan(i);
        value(r, 1, p + QStringLiteral("/item"), EditorKind::MultiLine);
        value(r, 2, p + QStringLiteral("/owner"), EditorKind::MultiLine);
        value(r, 3, p + QStringLiteral("/goal"), EditorKind::MultiLine, 2);
        r.listPointer = QStringLiteral("/overview/workPlan");
        r.listIndex = i;
        add(r);
    }
    rowSpanColumn(*rows, planFirst, int(rows->size()) - planFirst, 0);
    const int indFirst = int(rows->size());
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("年度绩效指标"));
        label(r, 1, QStringLiteral("一级指标"));
        label(r, 2, QStringLiteral("二级指标"));
        label(r, 3, QStringLiteral("三级指标"));
        label(r, 4, QStringLiteral("指标值及单位"));
        r.listPointer = QStringLiteral("/overview/indicators");
        add(r);
    }
    for (int i = 0; i < f.overview.indicators.size(); ++i) {
        FormRow r = makeRow(n);
        const QString p = pointer::overviewIndicator(i);
        value(r, 1, p + QStringLiteral("/level1"), EditorKind::Level1);
        value(r, 2, p + QStringLiteral("/level2"), EditorKind::Level2);
        value(r, 3, p + QStringLiteral("/name"), EditorKind::MultiLine);
        value(r, 4, p + QStringLiteral("/value"), EditorKind::MultiLine);
        r.listPointer = QStringLiteral("/overview/indicators");
        r.listIndex = i;
        add(r);
    }
    rowSpanColumn(*rows, indFirst, int(rows->size()) - indFirst, 0);
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("单位负责人"));
        value(r, 1, QStringLiteral("/department/head"), EditorKind::Text);
        label(r, 2, QStringLiteral("填表人"));
        value(r, 3, QStringLiteral("/department/preparers"), EditorKind::Text);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("联系电话"));
        value(r, 1, QStringLiteral("/department/phone"), EditorKind::Text);
        add(r);
    }
}

// ---------------------------------------------------------------- summary

SummaryModel::SummaryModel(Document *doc, QObject *parent)
    : FormModel(doc, parent)
{
    rebuild();
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QString SummaryModel::title() const
{
    const Filing &f = m_doc->filing();
    return QStringLiteral("%1年%2专项资金绩效目标汇总表").arg(f.fiscalYear).arg(f.effectiveFundLevel());
}

bool SummaryModel::showsList(const QString &listPointer) const
{
    return listPointer == u"/funds"
        || (listPointer.startsWith(QLatin1String("/funds/")) && listPointer.endsWith(QLatin1String("/directions")));
}

bool SummaryModel::derivesFrom(const QString &pointer) const
{
    return pointer.endsWith(QLatin1String("/amount")) && !pointer.contains(QLatin1String("/details/"));
}

void SummaryModel::build(QList<FormRow> *rows) const
{
    const int n = 5;
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("序号"));
        label(r, 1, QStringLiteral("名  称"));
        label(r, 2, QStringLiteral("金  额"));
        label(r, 3, QStringLiteral("实施期绩效目标"));
        label(r, 4, QStringLiteral("年度绩效目标"));
        rows->append(r);
    }
    const QList<SummaryRow> table = summaryTable(m_doc->filing());
    for (const SummaryRow &s : table) {
        FormRow r = makeRow(n);
        switch (s.kind) {
        case SummaryRow::Total:
            label(r, 1, s.name);
            derived(r, 2, QStringLiteral("/funds"));
            break;
        case SummaryRow::FundRow: {
            const QString p = pointer::fund(s.fundIndex);
            label(r, 0, s.number);
            derived(r, 1, p + QStringLiteral("/name"));
            derived(r, 2, p + QStringLiteral("/amount"));
            break;
        }
        case SummaryRow::DirectionRow: {
            const QString p = pointer::direction(s.fundIndex, s.directionIndex);
            label(r, 0, s.number);
            derived(r, 1, p + QStringLiteral("/name"));
            derived(r, 2, p + QStringLiteral("/amount"));
            derived(r, 3, p + QStringLiteral("/periodGoal"));
            derived(r, 4, p + QStringLiteral("/annualGoal"));
            break;
        }
        }
        rows->append(r);
    }
}

QString SummaryModel::derivedText(const FormCell &cell) const
{
    if (cell.pointer == u"/funds") // the 合计 row; not the whole table on every paint
        return amountToString(sumOfAmounts(m_doc->filing().funds));
    return m_doc->value(cell.pointer).value_or(QString());
}

// ---------------------------------------------------------------- direction

DirectionModel::DirectionModel(Document *doc, QObject *parent)
    : FormModel(doc, parent)
{
    rebuild();
}

int DirectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QString DirectionModel::title() const
{
    const Filing &f = m_doc->filing();
    return QStringLiteral("%1年%2专项资金支出方向绩效目标表").arg(f.fiscalYear).arg(f.effectiveFundLevel());
}

void DirectionModel::setDirection(int fund, int direction)
{
    m_fund = fund;
    m_direction = direction;
    rebuild();
}

bool DirectionModel::showsList(const QString &listPointer) const
{
    if (listPointer == u"/funds" || listPointer == QString(pointer::fund(m_fund) + QStringLiteral("/directions")))
        return true;
    return listPointer.startsWith(pointer::direction(m_fund, m_direction) + QLatin1Char('/'));
}

bool DirectionModel::derivesFrom(const QString &pointer) const
{
    return pointer.startsWith(pointer::direction(m_fund, m_direction) + QStringLiteral("/details/"));
}

QString DirectionModel::derivedText(const FormCell &cell) const
{
    const Filing &f = m_doc->filing();
    if (m_fund < 0 || m_fund >= f.funds.size() || m_direction < 0 || m_direction >= f.funds[m_fund].directions.size())
        return QString();
    Q_UNUSED(cell)
    return amountToString(sumOfAmounts(f.funds[m_fund].directions[m_direction].details));
}

void DirectionModel::build(QList<FormRow> *rows) const
{
    const Filing &f = m_doc->filing();
    if (m_fund < 0 || m_fund >= f.funds.size() || m_direction < 0 || m_direction >= f.funds[m_fund].directions.size())
        return;
    const Direction &d = f.funds[m_fund].directions[m_direction];
    const QString fp = pointer::fund(m_fund);
    const QString dp = pointer::direction(m_fund, m_direction);
    const int n = 6;
    auto add = [&](FormRow r) { rows->append(std::move(r)); };
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("支出方向（子项）"));
        value(r, 1, dp + QStringLiteral("/name"), EditorKind::Text);
        label(r, 2, QStringLiteral("所属专项"));
        label(r, 3, QStringLiteral("名称"));
        value(r, 4, fp + QStringLiteral("/name"), EditorKind::Text, 2);
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("项目金额"));
        value(r, 1, dp + QStringLiteral("/amount"), EditorKind::Money);
        label(r, 3, QStringLiteral("金额"));
        value(r, 4, fp + QStringLiteral("/amount"), EditorKind::Money, 2);
        add(r);
    }
    rowSpanColumn(*rows, int(rows->size()) - 2, 2, 2);
    const std::pair<const char16_t *, const char *> texts[]
        = {{u"项目实施期", "/period"}, {u"实施期绩效目标", "/periodGoal"}, {u"年度绩效目标", "/annualGoal"}};
    for (const auto &[name, key] : texts) {
        FormRow r = makeRow(n);
        label(r, 0, QString::fromUtf16(name));
        value(r, 1, dp + QLatin1String(key),
            key == std::string_view("/period") ? EditorKind::Text : EditorKind::MultiLine, 5);
        add(r);
    }
    const int indFirst = int(rows->size());
    const QString indList = dp + QStringLiteral("/indicators");
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("年度绩效指标"));
        label(r, 1, QStringLiteral("一级指标"));
        label(r, 2, QStringLiteral("二级指标"));
        label(r, 3, QStringLiteral("三级指标"));
        label(r, 4, QStringLiteral("指标值及单位"));
        label(r, 5, QStringLiteral("绩效标准"));
        r.listPointer = indList;
        add(r);
    }
    for (int i = 0; i < d.indicators.size(); ++i) {
        FormRow r = makeRow(n);
        const QString p = pointer::directionIndicator(m_fund, m_direction, i);
        value(r, 1, p + QStringLiteral("/level1"), EditorKind::Level1);
        value(r, 2, p + QStringLiteral("/level2"), EditorKind::Level2);
        value(r, 3, p + QStringLiteral("/name"), EditorKind::MultiLine);
        value(r, 4, p + QStringLiteral("/value"), EditorKind::MultiLine);
        value(r, 5, p + QStringLiteral("/standard"), EditorKind::Standard);
        r.listPointer = indList;
        r.listIndex = i;
        add(r);
    }
    rowSpanColumn(*rows, indFirst, int(rows->size()) - indFirst, 0);
    const int detFirst = int(rows->size());
    const QString detList = dp + QStringLiteral("/details");
    {
        FormRow r = makeRow(n);
        label(r, 0, QStringLiteral("支出明细及\n测算说明"));
        label(r, 1, QStringLiteral("支出内容简介"));
        label(r, 2, QStringLiteral("支出明细"));
        label(r, 3, QStringLiteral("金额"));
        label(r, 4, QStringLiteral("支出测算依据及过程说明"), 2);
        r.listPointer = detList;
        add(r);
    }
    for (int i = 0; i < d.details.size(); ++i) {
        FormRow r = makeRow(n);
        const QString p = pointer::detail(m_fund, m_direction, i);
        value(r, 1, p + QStringLiteral("/content"), EditorKind::MultiLine);
        value(r, 2, p + QStringLiteral("/item"), EditorKind::MultiLine);
        value(r, 3, p + QStringLiteral("/amount"), EditorKind::Money);
        value(r, 4, p + QStringLiteral("/basis"), EditorKind::MultiLine, 2);
        r.listPointer = detList;
        r.listIndex = i;
        add(r);
    }
    {
        FormRow r = makeRow(n);
        label(r, 1, QStringLiteral("合  计"), 2);
        derived(r, 3, detList);
        add(r);
    }
    rowSpanColumn(*rows, detFirst, int(rows->size()) - detFirst, 0);
}

} // namespace jixiao::ui
