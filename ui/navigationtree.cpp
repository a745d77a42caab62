// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationtree.h"

#include "model/filing.h"
#include "model/jsonpointer.h"
#include "model/location.h"

namespace jixiao::ui {

namespace {
enum TreeRole { KindRole = Qt::UserRole, FundRole, DirectionRole, ProjectRole };
enum TreeKind { OverviewItem, SummaryItem, FundItem, DirectionItem, ProjectsItem, ProjectItem };
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
    // One 项目支出绩效目标表 per project, under a heading of its own.
    auto *projects = new QTreeWidgetItem(this, {QStringLiteral("项目支出绩效目标表")});
    projects->setData(0, KindRole, ProjectsItem);
    for (int p = 0; p < f.projects.size(); ++p) {
        auto *item = new QTreeWidgetItem(projects, {f.projects[p].name});
        item->setData(0, KindRole, ProjectItem);
        item->setData(0, ProjectRole, p);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
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
    } else if (at->area == Location::Project && at->project < f.projects.size()) {
        item = projectItem(at->project);
        name = f.projects[at->project].name;
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

QTreeWidgetItem *NavigationTree::projectItem(int project) const
{
    QTreeWidgetItem *projects = topLevelItem(2);
    return projects && project >= 0 ? projects->child(project) : nullptr;
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

void NavigationTree::showProject(int project)
{
    select(projectItem(project));
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
    case ProjectsItem: // the heading has no table: its first project's
        if (item->childCount() > 0)
            Q_EMIT projectChosen(0);
        break;
    case ProjectItem:
        Q_EMIT projectChosen(item->data(0, ProjectRole).toInt());
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
    else if (kind == ProjectItem)
        Q_EMIT renamed(pointer::project(item->data(0, ProjectRole).toInt()) + QStringLiteral("/name"), item->text(0));
}

} // namespace jixiao::ui
