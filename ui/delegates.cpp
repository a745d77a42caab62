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
const char *LiveProperty = "jixiaoLive";
const char *MoneyProperty = "jixiaoMoney";
} // namespace

FormDelegate::FormDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

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
        connect(e, &QPlainTextEdit::textChanged, this, [this, e] { const_cast<FormDelegate *>(this)->commitLive(e); });
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
        connect(
            c, &QComboBox::currentTextChanged, this, [this, c] { const_cast<FormDelegate *>(this)->commitLive(c); });
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
        }
        connect(e, &QLineEdit::textEdited, this, [this, e] { const_cast<FormDelegate *>(this)->commitLive(e); });
        editor = e;
        break;
    }
    }
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

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    const QString current = editorText(editor);
    // Our own live commits come back as dataChanged: keep what is being typed.
    if (current == text && !current.isEmpty())
        return;
    if (editor->property(MoneyProperty).toBool() && !current.isEmpty()) {
        const auto *model = qobject_cast<const FormModel *>(index.model());
        Money typed;
        if (model && model->document() && Money::parseInput(current, model->document()->filing().amountUnit, &typed)
            && typed.toString() == text)
            return;
    }
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
    const bool live = editor->property(LiveProperty).toBool();
    const QString text = editorText(editor);
    if (live && editor->property(MoneyProperty).toBool()) {
        // Half-typed amounts ("0.", "1万") are not errors yet; only the final
        // commit reports them.
        const auto *m = qobject_cast<const FormModel *>(model);
        Amount parsed;
        if (!m || !m->document() || !parseAmountInput(text, m->document()->filing().amountUnit, &parsed))
            return;
    }
    if (text == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, text, Qt::EditRole);
}

void FormDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect r = option.rect;
    // A multi-line cell gets room to write in even when its row is short.
    if (qobject_cast<QPlainTextEdit *>(editor))
        r.setHeight(qMax(r.height(), editor->fontMetrics().height() * 4));
    editor->setGeometry(r);
}

void FormDelegate::commitLive(QWidget *editor)
{
    editor->setProperty(LiveProperty, true);
    Q_EMIT commitData(editor);
    editor->setProperty(LiveProperty, false);
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
