// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "model/carryforward.h"
#include "model/fields.h"
#include "model/filing.h"
#include "rules/checks.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace jixiao::ui {

FindBar::FindBar(std::function<const Filing *()> filing, std::function<bool(const QString &)> show, QWidget *parent)
    : QWidget(parent)
    , m_filing(std::move(filing))
    , m_show(std::move(show))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Find:"), this));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("text in any table (Enter: next, Shift+Enter: previous)"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *close = new QPushButton(tr("Close"), this);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);
    connect(m_edit, &QLineEdit::returnPressed, this,
        [this] { findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_at = -1;
        m_count->clear();
    });
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    auto *escape = new QAction(m_edit);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_edit->addAction(escape);
    hide();
}

QStringList FindBar::matches(const Filing &filing, const QString &text)
{
    QStringList pointers;
    if (text.isEmpty())
        return pointers;
    Filing copy = filing; // forEachText visits a mutable filing
    forEachText(copy, Typed, [&](QString &t, const QString &pointer) {
        if (t.contains(text, Qt::CaseInsensitive))
            pointers.append(pointer);
    });
    // In the order the tables show them.
    std::stable_sort(pointers.begin(), pointers.end(), pointerLess);
    return pointers;
}

int FindBar::findNext(bool backwards)
{
    const Filing *filing = m_filing();
    const QStringList found = filing ? matches(*filing, m_edit->text()) : QStringList();
    if (found.isEmpty()) {
        m_at = -1;
        m_count->setText(m_edit->text().isEmpty() ? QString() : tr("Not found"));
        return 0;
    }
    const int n = int(found.size());
    m_at = m_at < 0 ? (backwards ? n - 1 : 0) : (m_at + (backwards ? n - 1 : 1)) % n;
    // A match on no table (it should not happen) is skipped, not shown as found.
    for (int tries = 0; tries < n && !m_show(found[m_at]); ++tries)
        m_at = (m_at + (backwards ? n - 1 : 1)) % n;
    m_count->setText(tr("%1 of %2").arg(m_at + 1).arg(n));
    m_edit->setFocus(); // Enter again finds the next
    return n;
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

} // namespace jixiao::ui
