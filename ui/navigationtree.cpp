// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationtree.h"

#include "model/filing.h"
#include "model/jsonpointer.h"
#include "model/location.h"

namespace jixiao::ui {

namespace {
enum TreeRole { KindRole = Qt::UserRole, FundRole, DirectionRole };
enum TreeKind { OverviewItem, SummaryItem, FundItem, DirectionItem };
constexpr auto Editing = QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked;
} // namespace

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setHeaderHidden(true);
    setEditTriggers(Editing);
    connect(this, &QTreeWidget::itemSelectionChanged, this, &NavigationTree::onSelection);
    connect(this, &QTreeWidget::itemChanged, this, &NavigationTree::onItemChanged);
}

void NavigationTree::rebuild(const Filing &f)
{
    const QSignalBlocker quiet(this);
    clear();
    auto *overview = new QTreeWidgetItem(this, {QStringLiteral("部门整体支出绩效目标表")});
    overview->setData(0, KindRole, OverviewItem);
    auto *summary = new QTreeWidgetItem(this, {QStringLiteral("专项资金绩效目标汇总表")});
    summary->setData(0, KindRole, SummaryItem);
    for (int fi = 0; fi < f.funds.size(); ++fi) {
        auto *fundItem = new QTreeWidgetItem(summary, {f.funds[fi].name});
        fundItem->setData(0, KindRole, FundItem);
        fundItem->setData(0, FundRole, fi);
        fundItem->setFlags(fundItem->flags() | Qt::ItemIsEditable);
        for (int di = 0; di < f.funds[fi].directions.size(); ++di) {
            auto *dir = new QTreeWidgetItem(fundItem, {f.funds[fi].directions[di].name});
            dir->setData(0, KindRole, DirectionItem);
            dir->setData(0, FundRole, fi);
            dir->setData(0, DirectionRole, di);
            dir->setFlags(dir->flags() | Qt::ItemIsEditable);
        }
    }
    expandAll();
}

void NavigationTree::followValue(const Filing &f, const QString &pointer)
{
    const std::optional<Location> at = Location::parse(pointer);
    if (!at || at->list || at->field != u"name")
        return;
    QTreeWidgetItem *item = nullptr;
    QString name;
    if (at->area == Location::Fund && at->fund < f.funds.size()) {
        item = fundItem(at->fund);
        name = f.funds[at->fund].name;
    } else if (at->area == Location::Direction && at->fund < f.funds.size()
        && at->direction < f.funds[at->fund].directions.size()) {
        QTreeWidgetItem *fund = fundItem(at->fund);
        item = fund ? fund->child(at->direction) : nullptr;
        name = f.funds[at->fund].directions[at->direction].name;
    }
    if (item) {
        const QSignalBlocker quiet(this);
        item->setText(0, name);
    }
}

QTreeWidgetItem *NavigationTree::fundItem(int fund) const
{
    QTreeWidgetItem *summary = topLevelItem(1);
    return summary && fund >= 0 ? summary->child(fund) : nullptr;
}

void NavigationTree::select(QTreeWidgetItem *item)
{
    if (!item || currentItem() == item)
        return;
    m_quiet = true;
    setCurrentItem(item);
    m_quiet = false;
}

void NavigationTree::showOverview()
{
    select(topLevelItem(0));
}

void NavigationTree::showSummary()
{
    select(topLevelItem(1));
}

void NavigationTree::showFund(int fund)
{
    select(fundItem(fund));
}

void NavigationTree::showDirection(int fund, int direction)
{
    QTreeWidgetItem *f = fundItem(fund);
    select(f ? f->child(direction) : nullptr);
}

void NavigationTree::setEditable(bool editable)
{
    setEditTriggers(editable ? Editing : QAbstractItemView::NoEditTriggers);
}

void NavigationTree::renameCurrent()
{
    if (QTreeWidgetItem *item = currentItem(); item && (item->flags() & Qt::ItemIsEditable))
        editItem(item);
}

void NavigationTree::onSelection()
{
    QTreeWidgetItem *item = currentItem();
    if (m_quiet || !item)
        return;
    switch (item->data(0, KindRole).toInt()) {
    case OverviewItem:
        Q_EMIT overviewChosen();
        break;
    case SummaryItem:
        Q_EMIT summaryChosen();
        break;
    case FundItem:
        Q_EMIT fundChosen(item->data(0, FundRole).toInt());
        break;
    case DirectionItem:
        Q_EMIT directionChosen(item->data(0, FundRole).toInt(), item->data(0, DirectionRole).toInt());
        break;
    }
}

void NavigationTree::onItemChanged(QTreeWidgetItem *item, int)
{
    if (m_quiet || !item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    const int fi = item->data(0, FundRole).toInt();
    if (kind == FundItem)
        Q_EMIT renamed(pointer::fund(fi) + QStringLiteral("/name"), item->text(0));
    else if (kind == DirectionItem)
        Q_EMIT renamed(
            pointer::direction(fi, item->data(0, DirectionRole).toInt()) + QStringLiteral("/name"), item->text(0));
}

} // namespace jixiao::ui
