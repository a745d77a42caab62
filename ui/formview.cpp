// SPDX-License-Identifier: GPL-3.0-or-later
#include "formview.h"

#include "clipboard.h"
#include "delegates.h"
#include "document.h"
#include "formmodel.h"
#include "model/jsonpointer.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <map>

namespace jixiao::ui {

FormView::FormView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new FormDelegate(this));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    horizontalHeader()->setVisible(false);
    // fitColumns() decides the widths; the header's own minimum (a style's
    // ~20–30 px) would widen the paper's narrow columns past the viewport.
    horizontalHeader()->setMinimumSectionSize(1);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The columns fit the width (fitColumns); only a window too narrow for
    // the amounts themselves scrolls, rather than cutting them.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setGridStyle(Qt::SolidLine);
}

void FormView::setFormModel(FormModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (!model)
        return;
    // Rows added or removed rebuild the table: the cursor stays on its cell
    // (on an empty list's blank row, the new row's cell).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keep = currentIndex().data(FormModel::PointerRole).toString(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applySpans();
        const QModelIndex at = m_model ? m_model->indexForPointer(std::exchange(m_keep, QString())) : QModelIndex();
        if (at.isValid())
            setCurrentIndex(at);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
            if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole))
                return;
            for (int r = tl.row(); r <= br.row() && r - tl.row() < 64; ++r)
                resizeRowToContents(r);
        });
    connect(model, &FormModel::inputRejected, this, &FormView::report);
    applySpans();
}

void FormView::applySpans()
{
    clearSpans();
    if (!m_model)
        return;
    for (const FormModel::Span &s : m_model->spans())
        setSpan(s.row, s.column, s.rowSpan, s.columnSpan);
    fitColumns();
    resizeRowsToContents();
}

void FormView::fitColumns()
{
    if (!m_model)
        return;
    const QList<int> stretch = m_model->columnStretch();
    const int n = int(stretch.size());
    int total = 0;
    for (int s : stretch)
        total += s;
    const int width = viewport()->width();
    if (total <= 0 || width <= 0)
        return;
    // What a column must keep: narrow columns of the paper grid (a few mm)
    // stay narrow, text columns readable (their text wraps); a number in a
    // cell of its own (an amount, a total, a 序号) never wraps, so its column
    // keeps the width of the widest one, prefix ("资金总额：") included.
    QList<int> floor(n);
    for (int c = 0; c < n; ++c)
        floor[c] = stretch[c] >= 100 ? 40 : 4;
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?$"));
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < n; ++c) {
            if (columnSpan(r, c) != 1)
                continue;
            const QModelIndex i = m_model->index(r, c);
            if (number.match(i.data().toString()).hasMatch())
                floor[c] = qMax(floor[c], itemDelegateForIndex(i)->sizeHint(option, i).width());
        }
    }
    // The paper's proportions first; what a column lacks below its floor is
    // taken from the others in proportion to what they have above theirs.
    QList<int> w(n);
    int used = 0, lack = 0, room = 0;
    for (int c = 0; c < n; ++c) {
        w[c] = c + 1 == n ? width - used : width * stretch[c] / total;
        used += w[c];
    }
    for (int c = 0; c < n; ++c) {
        if (w[c] < floor[c]) {
            lack += floor[c] - w[c];
            w[c] = floor[c];
        } else {
            room += w[c] - floor[c];
        }
    }
    if (lack > 0 && room > 0) {
        const int take = qMin(lack, room);
        int taken = 0;
        for (int c = 0; c < n; ++c) {
            const int t = int(qint64(w[c] - floor[c]) * take / room);
            w[c] -= t;
            taken += t;
        }
        for (int c = 0; c < n && taken < take; ++c) {
            if (w[c] > floor[c]) {
                --w[c];
                ++taken;
            }
        }
    }
    for (int c = 0; c < n; ++c)
        setColumnWidth(c, w[c]);
}

void FormView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
    if (m_model && m_model->rowCount() < 400)
        resizeRowsToContents();
}

bool FormView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitColumns();
    return QTableView::viewportEvent(event);
}

void FormView::setZoom(int percent)
{
    percent = qBound(50, percent, 300);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    QFont f = QApplication::font(this);
    f.setPointSizeF(f.pointSizeF() * percent / 100.0);
    setFont(f);
    fitColumns();
    resizeRowsToContents();
    Q_EMIT message(tr("Zoom: %1%").arg(percent));
}

void FormView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom + 10 * steps);
        event->accept();
        return;
    }
    QTableView::wheelEvent(event);
}

void FormView::report(const QModelIndex &index, const QString &text)
{
    m_lastMessage = text;
    if (index.isValid() && isVisible())
        QToolTip::showText(viewport()->mapToGlobal(visualRect(index).bottomLeft()), text, viewport());
    Q_EMIT message(text);
}

bool FormView::currentListRow(QString *listPointer, int *index) const
{
    if (!m_model || !currentIndex().isValid())
        return false;
    const FormRow *row = m_model->formRow(currentIndex().row());
    if (!row || row->listPointer.isEmpty())
        return false;
    *listPointer = row->listPointer;
    *index = row->listIndex;
    return true;
}

void FormView::selectPointer(const QString &pointer)
{
    if (!m_model)
        return;
    const QModelIndex i = m_model->indexForPointer(pointer);
    if (!i.isValid())
        return;
    setCurrentIndex(i);
    selectionModel()->select(i, QItemSelectionModel::ClearAndSelect);
    scrollTo(i, QAbstractItemView::PositionAtCenter);
}

QString FormView::copySelection() const
{
    if (!m_model)
        return QString();
    const QModelIndexList sel = selectionModel()->selectedIndexes();
    if (sel.isEmpty())
        return QString();
    // Rows in order, each with its shown (not covered) cells left to right.
    std::map<int, std::map<int, QString>> cells;
    for (const QModelIndex &i : sel) {
        const FormCell *c = m_model->cell(i);
        if (!c || c->covered)
            continue;
        cells[i.row()][i.column()] = i.data(Qt::EditRole).toString();
    }
    QList<QStringList> rows;
    for (const auto &[r, cols] : cells) {
        QStringList row;
        for (const auto &[c, text] : cols)
            row.append(text);
        rows.append(row);
    }
    return tsv::encode(rows);
}

void FormView::copy()
{
    const QString text = copySelection();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void FormView::cut()
{
    copy();
    clearSelectedCells(); // one undo step
}

void FormView::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasText())
        return;
    QString error;
    if (!pasteText(mime->text(), &error))
        report(currentIndex(), error);
}

namespace {

struct Target
{
    QString pointer;
    EditorKind editor;
    int gridRow;
    int column;
};

// The value cells of a grid row from `column` on, left to right.
QList<Target> rowTargets(const FormModel &m, int gridRow, int column)
{
    QList<Target> out;
    const FormRow *row = m.formRow(gridRow);
    if (!row)
        return out;
    for (int c = column; c < row->cells.size(); ++c) {
        const FormCell &cell = row->cells[c];
        if (!cell.covered && cell.type == CellType::Value)
            out.append({cell.pointer, cell.editor, gridRow, c});
    }
    return out;
}

} // namespace

bool FormView::pasteText(const QString &text, QString *error)
{
    if (!m_model || !m_model->document() || !currentIndex().isValid())
        return false;
    if (m_model->isReadOnly()) {
        *error = tr("This filing is read-only.");
        return false;
    }
    Document *doc = m_model->document();
    const QList<QStringList> rows = tsv::decode(text);
    if (rows.isEmpty())
        return true;
    const QModelIndex start = currentIndex();
    const FormRow *startRow = m_model->formRow(start.row());
    // An empty list's blank row takes a paste as the list's first rows.
    const bool blankRow = startRow && startRow->placeholder;
    const bool inList = startRow && !startRow->listPointer.isEmpty() && (startRow->listIndex >= 0 || blankRow);
    const QString list = inList ? startRow->listPointer : QString();
    const int listStart = inList ? std::max(0, startRow->listIndex) : -1;
    const auto listRef = inList ? parseListPointer(list) : std::nullopt;
    const int listCount = listRef ? listSize(doc->filing(), *listRef) : 0;

    struct Write
    {
        QString pointer;
        EditorKind editor;
        QString text;
        int gridRow, column, pastedRow, pastedColumn;
    };
    QList<Write> writes;
    int newRows = 0;
    QList<Target> templ;
    if (blankRow) {
        for (const FormModel::NewCell &c : m_model->firstRowOf(list))
            if (c.column >= start.column())
                templ.append({c.pointer, c.editor, -1, c.column});
    } else {
        templ = rowTargets(*m_model, start.row(), start.column());
    }
    const bool fill = rows.size() == 1 && rows[0].size() == 1 && selectionModel()->selectedIndexes().size() > 1;
    if (fill) {
        // One value into every selected cell, as Excel fills a range.
        for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
            const FormCell *c = m_model->cell(i);
            if (c && !c->covered && c->type == CellType::Value)
                writes.append({c->pointer, c->editor, rows[0][0], i.row(), i.column(), 0, 0});
        }
    } else {
        for (int k = 0; k < rows.size(); ++k) {
            QList<Target> targets;
            if (inList) {
                const int elem = listStart + k;
                if (elem < listCount) {
                    // The grid row of that element: rows of a list are consecutive.
                    targets = rowTargets(*m_model, start.row() + k, start.column());
                } else {
                    ++newRows;
                    const QString from = pointer::join(list, listStart) + QLatin1Char('/');
                    const QString to = pointer::join(list, elem) + QLatin1Char('/');
                    for (Target t : templ) {
                        t.pointer = to + t.pointer.mid(from.size());
                        t.gridRow = -1;
                        targets.append(t);
                    }
                }
            } else {
                targets = rowTargets(*m_model, start.row() + k, start.column());
                const FormRow *fr = m_model->formRow(start.row() + k);
                if (!fr)
                    break;
            }
            for (int j = 0; j < rows[k].size() && j < targets.size(); ++j)
                writes.append(
                    {targets[j].pointer, targets[j].editor, rows[k][j], targets[j].gridRow, targets[j].column, k, j});
        }
    }
    if (writes.isEmpty()) {
        *error = tr("Nothing here can take the pasted cells.");
        return false;
    }
    // Check every amount first: a paste is all or nothing.
    QStringList problems;
    QModelIndex firstBad;
    QList<FieldValue> values;
    for (const Write &w : writes) {
        if (w.editor != EditorKind::Money) {
            values.append(w.text);
            continue;
        }
        Amount amount;
        QString why;
        if (parseAmountInput(w.text, doc->filing().amountUnit, &amount, &why)) {
            values.append(amount ? FieldValue(amount->toString()) : FieldValue(std::nullopt));
        } else {
            problems.append(
                tr("Row %1, column %2 (“%3”): %4").arg(w.pastedRow + 1).arg(w.pastedColumn + 1).arg(w.text, why));
            if (!firstBad.isValid() && w.gridRow >= 0)
                firstBad = m_model->index(w.gridRow, w.column);
        }
    }
    if (!problems.isEmpty()) {
        *error = tr("Nothing was pasted; these cells are not amounts (%1):").arg(problems.size()) + QLatin1Char('\n')
            + problems.join(QLatin1Char('\n'));
        if (firstBad.isValid())
            setCurrentIndex(firstBad);
        return false;
    }
    QUndoStack *stack = doc->undoStack();
    stack->beginMacro(tr("Paste"));
    if (newRows > 0) {
        QList<RowValue> empties;
        for (int i = 0; i < newRows; ++i)
            empties.append(emptyRow(doc->filing(), *listRef));
        doc->insertRows(list, listCount, empties);
    }
    for (int i = 0; i < writes.size(); ++i)
        doc->setValue(writes[i].pointer, values[i], false);
    stack->endMacro();
    // Select what was pasted.
    QItemSelection selection;
    for (const Write &w : writes) {
        const QModelIndex i = m_model->indexForPointer(w.pointer);
        if (i.isValid())
            selection.select(i, i);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    Q_EMIT message(tr("Cells pasted: %1").arg(writes.size()));
    return true;
}

void FormView::clearSelectedCells()
{
    if (!m_model || !m_model->document() || m_model->isReadOnly())
        return;
    Document *doc = m_model->document();
    QList<const FormCell *> cells;
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        const FormCell *c = m_model->cell(i);
        if (c && !c->covered && c->type == CellType::Value && doc->value(c->pointer).value_or(QString()) != QString())
            cells.append(c);
    }
    if (cells.isEmpty())
        return;
    const QStringList pointers = [&] {
        QStringList p;
        for (const FormCell *c : cells)
            p.append(c->pointer);
        return p;
    }();
    doc->undoStack()->beginMacro(tr("Clear cells"));
    for (const QString &p : pointers)
        doc->setValue(
            p, fieldKind(doc->filing(), p) == FieldKind::Amount ? FieldValue() : FieldValue(QString()), false);
    doc->undoStack()->endMacro();
}

QModelIndex FormView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex first = QTableView::moveCursor(action, modifiers);
    if (action != MoveNext && action != MovePrevious && action != MoveDown && action != MoveUp)
        return first;
    const QModelIndex start = currentIndex();
    if (action == MoveDown || action == MoveUp) {
        // Only Enter skips; the arrow keys come here through keyPressEvent below.
        if (!m_enterMove || !start.isValid())
            return first;
        // The next cell to fill in below (above), under the whole width of
        // the current one: on the paper's grid a wide cell sits above narrower ones.
        const int left = start.column();
        const int right = left + columnSpan(start.row(), left);
        const int step = action == MoveDown ? 1 : -1;
        for (int r = action == MoveDown ? start.row() + rowSpan(start.row(), left) : start.row() - 1;
             r >= 0 && r < model()->rowCount(); r += step) {
            for (int c = left; c < right; ++c) {
                const QModelIndex i = model()->index(r, c);
                if (model()->flags(i) & Qt::ItemIsEditable)
                    return i;
            }
        }
        return first;
    }
    // moveCursor steps from the current cell: move it quietly, then put it back.
    const QSignalBlocker quiet(selectionModel());
    QModelIndex found;
    QModelIndex i = first;
    for (int guard = 0; guard < 64 && i.isValid() && !found.isValid(); ++guard) {
        if (model()->flags(i) & Qt::ItemIsEditable) {
            found = i;
            break;
        }
        selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
        const QModelIndex next = QTableView::moveCursor(action, modifiers);
        if (next == i)
            break;
        i = next;
    }
    selectionModel()->setCurrentIndex(start, QItemSelectionModel::NoUpdate);
    return found.isValid() ? found : first;
}

namespace {

// The widget of an editor that takes keys and input-method text (a combo
// box's line edit, say).
QWidget *typingTarget(QWidget *editor)
{
    return editor->focusProxy() ? editor->focusProxy() : editor;
}

} // namespace

void FormView::keyPressEvent(QKeyEvent *event)
{
    if (QPointer<QWidget> editor = m_composing) {
        // A key the input method let through ends its composition.
        m_composing = nullptr;
        editor->setFocus();
        QApplication::sendEvent(typingTarget(editor), event);
        return;
    }
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copy();
            return;
        }
        if (event->matches(QKeySequence::Cut)) {
            cut();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        // Also here, for when the window's shortcuts do not see the key.
        if (event->matches(QKeySequence::Undo) && m_model && m_model->document()) {
            m_model->document()->undoStack()->undo();
            return;
        }
        if ((event->matches(QKeySequence::Redo)
                || (event->key() == Qt::Key_Y && event->modifiers() == Qt::ControlModifier))
            && m_model && m_model->document()) {
            m_model->document()->undoStack()->redo();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            moveAfterEdit(event->modifiers() & Qt::ShiftModifier ? MoveUp : MoveDown);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

namespace {

// Whether an event types text: a printable key (not a shortcut) or an input
// method's text, committed or being composed.
bool typesText(const QEvent *event)
{
    if (!event)
        return false;
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        // Ctrl+Alt is AltGr on Windows keyboards, which types characters.
        const bool shortcut = (mods & (Qt::ControlModifier | Qt::MetaModifier))
            && (mods & (Qt::ControlModifier | Qt::AltModifier)) != (Qt::ControlModifier | Qt::AltModifier);
        return !shortcut && !key->text().isEmpty() && key->text().at(0).isPrint();
    }
    if (event->type() == QEvent::InputMethod) {
        const auto *im = static_cast<const QInputMethodEvent *>(event);
        return !im->commitString().isEmpty() || !im->preeditString().isEmpty();
    }
    return false;
}

} // namespace

bool FormView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (trigger == AnyKeyPressed && typesText(event) && index.isValid()) {
        // Typing on a cell replaces what it holds, as in a spreadsheet.
        if (model()->flags(index) & Qt::ItemIsEditable)
            return typeInto(index, event);
        const auto type = CellType(index.data(FormModel::CellTypeRole).toInt());
        report(index,
            m_model && m_model->isReadOnly() ? tr("This filing is read-only.")
                : index.data(FormModel::OthersFieldRole).toBool()
                ? tr("This box is the finance department's, filled in when it reviews the form; it cannot be "
                     "changed here.")
                : type == CellType::Derived ? tr("This cell is calculated from other cells; change those instead.")
                                            : tr("This cell is part of the printed form and cannot be changed."));
        return false;
    }
    // F2, double-click: the cell's text to change, the cursor at its end.
    const bool opened = QTableView::edit(index, trigger, event);
    if (opened && trigger != AnyKeyPressed && state() == EditingState) {
        if (QWidget *editor = indexWidget(index))
            FormDelegate::beginEdit(editor, FormDelegate::EditStart::InPlace);
    }
    return opened;
}

bool FormView::typeInto(const QModelIndex &index, QEvent *event)
{
    const bool composing
        = event->type() == QEvent::InputMethod && static_cast<QInputMethodEvent *>(event)->commitString().isEmpty();
    auto *delegate = qobject_cast<FormDelegate *>(itemDelegateForIndex(index));
    if (delegate && composing)
        delegate->setNextEditorQuiet(true);
    const bool opened = QTableView::edit(index, AllEditTriggers, nullptr);
    if (delegate)
        delegate->setNextEditorQuiet(false);
    QWidget *editor = opened ? indexWidget(index) : nullptr;
    if (!editor)
        return opened;
    FormDelegate::beginEdit(editor, FormDelegate::EditStart::Replace);
    QWidget *target = typingTarget(editor);
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
        QApplication::sendEvent(target, &copy);
    } else {
        auto *im = static_cast<QInputMethodEvent *>(event);
        if (composing) {
            editor->setEnabled(true);
            m_composing = editor;
        }
        QApplication::sendEvent(target, im);
    }
    return true;
}

void FormView::inputMethodEvent(QInputMethodEvent *event)
{
    if (QPointer<QWidget> editor = m_composing) {
        QWidget *target = typingTarget(editor);
        QApplication::sendEvent(target, event);
        if (!event->commitString().isEmpty() || event->preeditString().isEmpty()) {
            m_composing = nullptr;
            if (!editor)
                return;
            if (event->commitString().isEmpty() && FormDelegate::editorText(editor).isEmpty())
                closeEditor(editor, QAbstractItemDelegate::RevertModelCache); // the composition was cancelled
            else
                editor->setFocus();
        }
        return;
    }
    if (state() != EditingState && typesText(event) && edit(currentIndex(), AnyKeyPressed, event)) {
        event->accept();
        return;
    }
    event->ignore();
}

QVariant FormView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (QWidget *editor = m_composing.data()) {
        // The input method places its candidates at the editor's cursor.
        QWidget *target = typingTarget(editor);
        const QVariant v = target->inputMethodQuery(query);
        if (query == Qt::ImCursorRectangle || query == Qt::ImAnchorRectangle)
            return v.toRectF().translated(target->mapTo(this, QPoint()));
        return v;
    }
    return QTableView::inputMethodQuery(query);
}

void FormView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (editor && editor == m_composing)
        m_composing = nullptr;
    if (editor && hint != QAbstractItemDelegate::RevertModelCache && !FormDelegate::refusal(editor).isEmpty()) {
        // A refused amount is neither stored nor thrown away: the editor stays
        // on its cell, as Excel keeps the cursor in a cell it refuses.
        const QPersistentModelIndex at = FormDelegate::editorIndex(editor);
        QTimer::singleShot(0, editor, [this, editor, at] {
            if (at.isValid() && currentIndex() != at)
                selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
            editor->setFocus();
            if (auto *line = qobject_cast<QLineEdit *>(editor))
                line->selectAll();
        });
        return;
    }
    // Enter, Tab and Shift+Tab finish the edit and go to the next cell without
    // opening its editor, as in Excel: typing there replaces it, F2 edits it.
    std::optional<CursorAction> move;
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        move = MoveDown;
    else if (hint == QAbstractItemDelegate::EditNextItem)
        move = MoveNext;
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        move = MovePrevious;
    QTableView::closeEditor(editor, move ? QAbstractItemDelegate::NoHint : hint);
    if (move)
        moveAfterEdit(*move);
}

void FormView::moveAfterEdit(CursorAction action)
{
    if (!currentIndex().isValid())
        return;
    m_enterMove = action == MoveDown || action == MoveUp;
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    m_enterMove = false;
    if (next.isValid())
        setCurrentIndex(next);
}

} // namespace jixiao::ui
