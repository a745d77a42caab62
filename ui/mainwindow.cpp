// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "model/jsonio.h"

#include <QFileInfo>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

namespace jixiao::ui {

namespace {
enum Role { KindRole = Qt::UserRole, FundRole, DirectionRole };
enum Kind { OverviewKind, SummaryKind, DirectionKind };

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
QString row(const QStringList &cells)
{
    QString r = QStringLiteral("<tr>");
    for (const QString &c : cells)
        r += QStringLiteral("<td>") + esc(c) + QStringLiteral("</td>");
    return r + QStringLiteral("</tr>");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setHeaderHidden(true);
    m_view = new QTextBrowser(splitter);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    resize(1200, 800);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::showTable);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    Filing f;
    ImportError e;
    if (!FilingJson::readFile(path, &f, &e)) {
        *error = e.toString();
        return false;
    }
    setFiling(f, path);
    return true;
}

void MainWindow::setFiling(const Filing &filing, const QString &path)
{
    m_filing = filing;
    m_path = path;
    setWindowTitle(tr("%1 — Jixiao").arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    rebuildTree();
}

void MainWindow::rebuildTree()
{
    m_tree->clear();
    auto *overview = new QTreeWidgetItem(m_tree, {tr("Department overview")});
    overview->setData(0, KindRole, OverviewKind);
    auto *summary = new QTreeWidgetItem(m_tree, {tr("Special-fund summary")});
    summary->setData(0, KindRole, SummaryKind);
    for (int fi = 0; fi < m_filing.funds.size(); ++fi) {
        auto *fund = new QTreeWidgetItem(summary, {m_filing.funds[fi].name});
        fund->setData(0, KindRole, SummaryKind);
        for (int di = 0; di < m_filing.funds[fi].directions.size(); ++di) {
            auto *dir = new QTreeWidgetItem(fund, {m_filing.funds[fi].directions[di].name});
            dir->setData(0, KindRole, DirectionKind);
            dir->setData(0, FundRole, fi);
            dir->setData(0, DirectionRole, di);
        }
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(overview);
}

void MainWindow::showTable()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString year = QString::number(m_filing.fiscalYear);
    QString html = QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%>");
    switch (item->data(0, KindRole).toInt()) {
    case OverviewKind: {
        const Budget &b = m_filing.overview.budget;
        html = QStringLiteral("<h2 align=center>") + esc(year + QStringLiteral("年部门整体支出绩效目标表")) + QStringLiteral("</h2>") + html;
        html += row({QStringLiteral("部门名称"), m_filing.department.name});
        html += row({QStringLiteral("资金总额"), amountToString(b.total)});
        html += row({QStringLiteral("一般公共预算拨款"), amountToString(b.generalPublic), QStringLiteral("基本支出"), amountToString(b.basic)});
        html += row({QStringLiteral("政府性基金拨款"), amountToString(b.governmentFund), QStringLiteral("项目支出"), amountToString(b.project)});
        html += row({QStringLiteral("其他资金"), amountToString(b.other)});
        html += row({QStringLiteral("部门职责概述"), m_filing.overview.duties});
        for (const WorkPlanItem &w : m_filing.overview.workPlan)
            html += row({w.item, w.owner, w.goal});
        for (const Indicator &i : m_filing.overview.indicators)
            html += row({i.level1, i.level2, i.name, i.value});
        break;
    }
    case SummaryKind:
        html = QStringLiteral("<h2 align=center>") + esc(year + QStringLiteral("年") + m_filing.effectiveFundLevel() + QStringLiteral("专项资金绩效目标汇总表")) + QStringLiteral("</h2>") + html;
        for (const SummaryRow &r : summaryTable(m_filing))
            html += row({r.number, r.name, amountToString(r.amount), r.periodGoal, r.annualGoal});
        break;
    case DirectionKind: {
        const Fund &f = m_filing.funds[item->data(0, FundRole).toInt()];
        const Direction &d = f.directions[item->data(0, DirectionRole).toInt()];
        html = QStringLiteral("<h2 align=center>") + esc(year + QStringLiteral("年") + m_filing.effectiveFundLevel() + QStringLiteral("专项资金支出方向绩效目标表")) + QStringLiteral("</h2>") + html;
        html += row({QStringLiteral("支出方向（子项）"), d.name, QStringLiteral("所属专项"), f.name, amountToString(f.amount)});
        html += row({QStringLiteral("项目金额"), amountToString(d.amount)});
        html += row({QStringLiteral("项目实施期"), d.period});
        html += row({QStringLiteral("实施期绩效目标"), d.periodGoal});
        html += row({QStringLiteral("年度绩效目标"), d.annualGoal});
        for (const Indicator &i : d.indicators)
            html += row({i.level1, i.level2, i.name, i.value, i.standard.value_or(QString())});
        for (const DetailLine &l : d.details)
            html += row({l.content, l.item, amountToString(l.amount), l.basis});
        break;
    }
    }
    m_view->setHtml(html + QStringLiteral("</table>"));
}

} // namespace jixiao::ui
