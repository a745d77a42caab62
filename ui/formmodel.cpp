// SPDX-License-Identifier: GPL-3.0-or-later
#include "formmodel.h"

#include "document.h"
#include "filingfields.h"
#include "model/indicatorscheme.h"
#include "model/jsonpointer.h"
#include "print/officialtables.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTimer>
#include <QUndoStack>

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

FormModel::FormModel(Document *doc, const form::Instance &instance, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_instance(instance)
{
    connect(doc, &Document::valueChanged, this, &FormModel::onValueChanged);
    connect(doc, &Document::rowsAboutToChange, this, &FormModel::onRowsAboutToChange);
    connect(doc, &Document::rowsChanged, this, &FormModel::onRowsChanged);
    rebuild();
}

void FormModel::setInstance(const form::Instance &instance)
{
    m_instance = instance;
    rebuild();
}

form::Form FormModel::describe(const Filing &filing) const
{
    return form::describe(filing, m_instance, form::Media::Screen);
}

bool FormModel::showsList(const QString &listPointer) const
{
    const QString table = form::pointerOf(m_instance);
    return listPointer.startsWith(table + QLatin1Char('/')) || table.startsWith(listPointer + QLatin1Char('/'))
        || listPointer == table;
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

int FormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString FormModel::title() const
{
    return m_doc ? form::title(m_doc->filing(), m_instance) : QString();
}

QString FormModel::derivedText(const FormCell &cell) const
{
    if (cell.sum) // a total; not the whole table on every paint
        return amountToString(form::listSum(m_doc->filing(), cell.pointer));
    return m_doc->value(cell.pointer).value_or(QString());
}

QString FormModel::rowPointer(int row) const
{
    const FormRow *r = formRow(row);
    return r && r->listIndex >= 0 ? pointer::join(r->listPointer, r->listIndex) : QString();
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
            return QVariant::fromValue(c->leftAligned ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
        // Amounts, typed or derived; one after the form's words reads on from them.
        if (c->editor == EditorKind::Money && c->text.isEmpty())
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
        if (c->startsList)
            return tr("Type here to add the first row.");
        if (c->othersField)
            return tr("Filled in by the finance department when it reviews the form; shown here, not typed.");
        if (c->type == CellType::Derived)
            return tr("Calculated; it changes when the lines above change.");
        if (c->editor == EditorKind::Money)
            return tr("Amount in %1, e.g. 0.8 or 0.8万元").arg(amountUnitName(m_doc->filing().amountUnit));
        if (c->editor == EditorKind::Level1 || c->editor == EditorKind::Level2)
            return indicatorHint(*c, rowPointer(index.row()));
        return QVariant();
    }
    case PointerRole:
        return c->pointer;
    case PrefixRole:
        return c->type == CellType::Value ? c->text : QString();
    case OthersFieldRole:
        return c->othersField;
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
        case EditorKind::Level2:
            return level2Choices(*m_doc,
                m_doc->value(pointer::join(rowPointer(index.row()), QStringLiteral("level1"))).value_or(QString()));
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

QString FormModel::indicatorHint(const FormCell &c, const QString &row) const
{
    const IndicatorScheme &scheme = indicatorScheme(m_doc->filing().effectiveScheme());
    const QString level1 = m_doc->value(pointer::join(row, QStringLiteral("level1"))).value_or(QString());
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
    const QString level2 = m_doc->value(pointer::join(row, QStringLiteral("level2"))).value_or(QString());
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
    if (c->startsList)
        return startList(index, *c, text);
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

bool FormModel::startList(const QModelIndex &index, const FormCell &c, const QString &text)
{
    const FormRow &row = m_rows[index.row()];
    const auto ref = parseListPointer(row.listPointer);
    if (!ref || text.isEmpty())
        return false; // nothing typed: no row
    FieldValue value = text;
    if (c.editor == EditorKind::Money) {
        Amount amount;
        QString error;
        if (!parseAmountInput(text, m_doc->filing().amountUnit, &amount, &error)) {
            Q_EMIT inputRejected(index, error);
            return false;
        }
        value = amount ? FieldValue(amount->toString()) : FieldValue(std::nullopt);
    }
    // Added once the editor has closed (and Tab or Enter has moved on), since
    // adding the row rebuilds the table under the editor; before the next key.
    QTimer::singleShot(0, this, [doc = m_doc, list = row.listPointer, pointer = c.pointer, value, ref = *ref] {
        if (!doc || listSize(doc->filing(), ref) != 0)
            return;
        QUndoStack *stack = doc->undoStack();
        stack->beginMacro(tr("Add a row"));
        const bool done
            = doc->insertRows(list, 0, {emptyRow(doc->filing(), ref)}) && doc->setValue(pointer, value, false);
        stack->endMacro();
        if (!done)
            stack->undo();
    });
    return true;
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

QList<FormModel::NewCell> FormModel::firstRowOf(const QString &list) const
{
    const std::optional<ListRef> ref = parseListPointer(list);
    if (!m_doc || !ref)
        return {};
    // The form described with one empty row in the list: the cells it gets
    // are where the paper puts that list's fields.
    Filing with = m_doc->filing();
    if (!ui::insertRow(&with, *ref, 0, emptyRow(with, *ref)))
        return {};
    const form::Form description = describe(with);
    const print::Table grid = print::tableOf(description);
    QList<NewCell> out;
    for (const print::PlacedCell &p : print::placeCells(description, grid)) {
        const form::Row &row = description.rows[p.formRow];
        if (row.list == list && row.index == 0 && p.cell->type == form::Cell::Field)
            out.append({p.grid->column, p.cell->pointer, p.cell->input});
    }
    return out;
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
    m_sums.clear();
    m_columns = 0;
    m_stretch.clear();
    const form::Form description = m_doc ? describe(m_doc->filing()) : form::Form();
    m_sealCaption = description.sealCaption;
    m_unitCaption = description.unitCaption;
    if (!description.rows.isEmpty()) {
        // The printed table's grid: the same columns, spans and widths.
        const print::Table grid = print::tableOf(description);
        m_columns = int(grid.columnWidths.size());
        for (qreal w : grid.columnWidths)
            m_stretch.append(qRound(w * 10));
        for (const form::Row &row : description.rows) {
            FormRow r;
            r.cells.resize(m_columns);
            r.listPointer = row.list;
            r.listIndex = row.index;
            r.placeholder = row.placeholder;
            m_rows.append(r);
        }
        for (const print::PlacedCell &p : print::placeCells(description, grid)) {
            const form::Cell &d = *p.cell;
            const print::Cell &g = *p.grid;
            FormCell &c = m_rows[g.row].cells[g.column];
            c.rowSpan = g.rowSpan;
            c.colSpan = g.columnSpan;
            switch (d.type) {
            case form::Cell::Blank:
                break;
            case form::Cell::Label:
                c.type = d.text.isEmpty() ? CellType::Blank : CellType::Label;
                c.text = d.text;
                c.leftAligned = d.look == form::Look::Text || d.look == form::Look::TopText;
                break;
            case form::Cell::Field:
                c.type = CellType::Value;
                c.text = d.prefix;
                c.pointer = d.pointer;
                c.editor = d.input;
                break;
            case form::Cell::View:
            case form::Cell::Sum:
                c.type = CellType::Derived;
                c.pointer = d.pointer;
                c.sum = d.type == form::Cell::Sum;
                // A field of the table's own row (a project's) that it shows but
                // nobody types here; the summary's views repeat other tables.
                c.othersField = d.type == form::Cell::View && form::entry(m_instance.kind).list
                    && d.pointer.startsWith(form::pointerOf(m_instance) + QLatin1Char('/'));
                // Only the look: derived cells are never edited.
                if (d.look == form::Look::Amount)
                    c.editor = EditorKind::Money;
                break;
            }
            for (int rr = g.row; rr < g.row + g.rowSpan; ++rr)
                for (int cc = g.column; cc < g.column + g.columnSpan; ++cc)
                    if (rr != g.row || cc != g.column)
                        m_rows[rr].cells[cc].covered = true;
        }
    }
    // An empty list's blank row takes typing where its first row would have fields.
    for (FormRow &row : m_rows) {
        if (!row.placeholder || m_readOnly)
            continue;
        for (const NewCell &n : firstRowOf(row.listPointer)) {
            if (n.column >= row.cells.size())
                continue;
            FormCell &c = row.cells[n.column];
            if (c.covered || c.type != CellType::Blank)
                continue;
            c.type = CellType::Value;
            c.pointer = n.pointer;
            c.editor = n.editor;
            c.startsList = true;
        }
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &cells = m_rows[r].cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (cells[c].covered || cells[c].pointer.isEmpty() || cells[c].startsList)
                continue;
            if (cells[c].sum)
                m_sums.append(createIndex(r, c));
            m_byPointer[cells[c].pointer].append(createIndex(r, c));
        }
    }
    if (own)
        endResetModel();
}

void FormModel::onValueChanged(const QString &pointer)
{
    // A value of this table that no cell shows decides its shape (a
    // project's layout): the grid is described again.
    if (!m_byPointer.contains(pointer) && pointer.startsWith(form::pointerOf(m_instance) + QLatin1Char('/'))) {
        rebuild();
        return;
    }
    for (const QModelIndex &i : m_byPointer.value(pointer))
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
    if (pointer.endsWith(QLatin1String("/amount"))) {
        for (const QModelIndex &i : std::as_const(m_sums))
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::EditRole});
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

} // namespace jixiao::ui
