// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "storage/library.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jixiao::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);

    auto *left = new QVBoxLayout;
    auto *title = new QLabel(tr("Jixiao — budget performance targets"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    left->addWidget(title);
    left->addSpacing(16);
    auto button = [&](const QString &text, auto signal) {
        auto *b = new QPushButton(text, this);
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
        connect(b, &QPushButton::clicked, this, signal);
        left->addWidget(b);
        return b;
    };
    button(tr("New Filing"), &WelcomePage::newRequested);
    m_carry = new QPushButton(tr("New from Last Year's Filing…"), this);
    m_carry->setMinimumHeight(m_carry->sizeHint().height() * 3 / 2);
    connect(m_carry, &QPushButton::clicked, this, [this] { Q_EMIT carryForwardRequested(selectedPath()); });
    left->addWidget(m_carry);
    button(tr("Open…"), &WelcomePage::openFileRequested);
    button(tr("Open the Sample"), &WelcomePage::sampleRequested);
    left->addStretch(1);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Recent drafts, by fiscal year and department:"), this));
    m_recent = new QTreeWidget(this);
    m_recent->setColumnCount(2);
    m_recent->setHeaderLabels({tr("Draft"), tr("Last opened")});
    m_recent->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    // Delete or the context menu takes a draft off the list; its file stays.
    m_forget = new QAction(tr("Remove from List"), m_recent);
    m_forget->setShortcut(QKeySequence::Delete);
    m_forget->setShortcutContext(Qt::WidgetShortcut);
    m_forget->setToolTip(tr("Removes the draft from this list; the file itself is kept."));
    connect(m_forget, &QAction::triggered, this, [this] {
        const QString path = selectedPath();
        if (!path.isEmpty())
            Q_EMIT forgetRequested(path);
    });
    m_recent->addAction(m_forget);
    m_recent->setContextMenuPolicy(Qt::ActionsContextMenu);
    right->addWidget(m_recent, 1);
    layout->addLayout(right, 2);
}

QString WelcomePage::selectedPath() const
{
    QTreeWidgetItem *item = m_recent->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void WelcomePage::refresh(DraftLibrary &library)
{
    m_recent->clear();
    const QLocale locale;
    for (const DraftLibrary::Group &g : library.groups()) {
        auto *group = new QTreeWidgetItem(m_recent, {QStringLiteral("%1年 · %2").arg(g.fiscalYear).arg(g.department)});
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        for (const DraftLibrary::Entry &e : g.entries) {
            auto *item = new QTreeWidgetItem(group,
                {QDir::toNativeSeparators(e.path), locale.toString(e.lastOpened.toLocalTime(), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, e.path);
            item->setToolTip(0, QDir::toNativeSeparators(e.path));
            if (!e.exists()) {
                item->setDisabled(true);
                item->setText(0, tr("%1 (missing)").arg(QFileInfo(e.path).fileName()));
            } else {
                item->setText(0, QFileInfo(e.path).fileName());
            }
        }
    }
    m_recent->expandAll();
}

} // namespace jixiao::ui
