// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates.h"

#include "document.h"
#include "formmodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jixiao::ui {

namespace {
const char *MoneyProperty = "jixiaoMoney";
const char *RefusedProperty = "jixiaoRefused";
const char *IndexProperty = "jixiaoIndex";
const char *LoadedProperty = "jixiaoLoaded";
} // namespace

FormDelegate::FormDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void FormDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString prefix = index.data(FormModel::PrefixRole).toString();
    if (!prefix.isEmpty())
        option->text.prepend(prefix);
}

QWidget *FormDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto kind = EditorKind(index.data(FormModel::EditorRole).toInt());
    QWidget *editor = nullptr;
    switch (kind) {
    case EditorKind::None:
        return nullptr;
    case EditorKind::MultiLine: {
        auto *e = new QPlainTextEdit(parent);
        e->setTabChangesFocus(true);
        e->setFrameShape(QFrame::NoFrame);
        editor = e;
        break;
    }
    case EditorKind::Level1:
    case EditorKind::Level2:
    case EditorKind::Standard: {
        auto *c = new QComboBox(parent);
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
        c->addItems(index.data(FormModel::ChoicesRole).toStringList());
        // What is typed is what is stored: no inline completion adding to it
        // (the list offers the scheme's names: Alt+Down, F4, the arrow).
        c->setCompleter(nullptr);
        editor = c;
        break;
    }
    case EditorKind::Money:
    case EditorKind::Text: {
        auto *e = new QLineEdit(parent);
        e->setFrame(false);
        if (kind == EditorKind::Money) {
            e->setProperty(MoneyProperty, true);
            e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Typing again takes the refusal's mark away until the next commit.
            connect(e, &QLineEdit::textEdited, e, [e] { markRefused(e, QString()); });
        }
        editor = e;
        break;
    }
    }
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    if (m_quiet)
        editor->setEnabled(false); // setFocus() passes it by; enabled again at once
    editor->installEventFilter(const_cast<FormDelegate *>(this));
    return editor;
}

QString FormDelegate::editorText(QWidget *editor)
{
    if (auto *e = qobject_cast<QLineEdit *>(editor))
        return e->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(editor))
        return e->toPlainText();
    if (auto *c = qobject_cast<QComboBox *>(editor))
        return c->currentText();
    return QString();
}

void FormDelegate::beginEdit(QWidget *editor, EditStart how)
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    QLineEdit *line = combo ? combo->lineEdit() : qobject_cast<QLineEdit *>(editor);
    auto *plain = qobject_cast<QPlainTextEdit *>(editor);
    if (how == EditStart::Replace) {
        const QSignalBlocker block(editor);
        if (combo)
            combo->setCurrentIndex(-1);
        if (line)
            line->clear();
        if (plain)
            plain->clear();
        return;
    }
    if (line) {
        line->deselect();
        line->end(false);
    }
    if (plain)
        plain->moveCursor(QTextCursor::End);
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The editor takes the cell's value once, when it opens. The view calls
    // this again whenever anything about the cell changes (the checks' marks
    // every quarter second): what is being typed is never overwritten.
    if (editor->property(LoadedProperty).toBool())
        return;
    editor->setProperty(LoadedProperty, true);
    const QString text = index.data(Qt::EditRole).toString();
    QSignalBlocker block(editor);
    if (auto *e = qobject_cast<QLineEdit *>(editor))
        e->setText(text);
    else if (auto *e = qobject_cast<QPlainTextEdit *>(editor))
        e->setPlainText(text);
    else if (auto *c = qobject_cast<QComboBox *>(editor))
        c->setCurrentText(text);
}

void FormDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = editorText(editor);
    if (editor->property(MoneyProperty).toBool()) {
        // Only a value the money parser accepts reaches the filing; anything
        // else stays in the editor with the parser's reason.
        const auto *m = qobject_cast<const FormModel *>(model);
        Amount parsed;
        QString why;
        if (m && m->document() && !parseAmountInput(text, m->document()->filing().amountUnit, &parsed, &why)) {
            markRefused(editor, why);
            model->setData(index, text, Qt::EditRole); // refused there too: reports the reason
            return;
        }
        markRefused(editor, QString());
    }
    if (text == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, text, Qt::EditRole);
}

QPersistentModelIndex FormDelegate::editorIndex(const QWidget *editor)
{
    return editor->property(IndexProperty).value<QPersistentModelIndex>();
}

QString FormDelegate::refusal(const QWidget *editor)
{
    return editor->property(RefusedProperty).toString();
}

void FormDelegate::markRefused(QWidget *editor, const QString &reason)
{
    if (refusal(editor) == reason)
        return;
    editor->setProperty(RefusedProperty, reason);
    editor->setToolTip(reason);
    editor->setStyleSheet(reason.isEmpty()
            ? QString()
            : QStringLiteral("QLineEdit { background: #fde8e8; border: 2px solid #c62828; color: #b71c1c; }"));
}

void FormDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect r = option.rect;
    // A multi-line cell gets room to write in even when its row is short.
    if (qobject_cast<QPlainTextEdit *>(editor))
        r.setHeight(qMax(r.height(), editor->fontMetrics().height() * 4));
    editor->setGeometry(r);
}

bool FormDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && qobject_cast<QPlainTextEdit *>(editor)) {
            if (key->modifiers() & (Qt::AltModifier | Qt::ShiftModifier)) {
                static_cast<QPlainTextEdit *>(editor)->insertPlainText(QStringLiteral("\n"));
                return true;
            }
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
        if (enter && qobject_cast<QComboBox *>(editor)) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace jixiao::ui
