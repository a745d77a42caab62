// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkspanel.h"

#include "document.h"
#include "filingfields.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace jixiao::ui {

QString countsText(const FindingCounts &c)
{
    if (c.errors == 0 && c.warnings == 0 && c.infos == 0)
        return ChecksPanel::tr("No findings: everything adds up.");
    return ChecksPanel::tr("Errors: %1 · Warnings: %2 · Hints: %3").arg(c.errors).arg(c.warnings).arg(c.infos);
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return QVariant();
    const Finding &f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(f.severity);
        case LocationColumn:
            return m_locations.value(index.row());
        case MessageColumn:
            return f.message;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        QString t = f.message;
        if (!f.expected.isEmpty())
            t += QLatin1Char('\n') + tr("Expected: %1").arg(f.expected);
        if (!f.actual.isEmpty())
            t += QLatin1Char('\n') + tr("Found: %1").arg(f.actual);
        return t;
    }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(f.severity == Severity::Error ? QColor(0xb0, 0x1c, 0x12)
                    : f.severity == Severity::Warning   ? QColor(0x8a, 0x5a, 0x00)
                                                        : QColor(0x1f, 0x5b, 0x99));
        return QVariant();
    case PointerRole:
        return f.pointer;
    case SeverityRole:
        return int(f.severity);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            // Errors first; within a severity, the filing's order.
            return qlonglong(f.severity) * 1000000 + index.row();
        case LocationColumn:
            return index.row();
        default:
            return f.message;
        }
    case ApplicableRole:
        return f.applicable && !f.expected.isEmpty();
    default:
        return QVariant();
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Finding");
    }
    return QVariant();
}

void FindingsModel::setFindings(const QList<Finding> &findings, const QStringList &locations)
{
    // Unchanged findings (most keystrokes) leave the table and its selection alone.
    if (findings == m_findings && locations == m_locations)
        return;
    // In the filing's order, so that "by place" is a plain row order.
    QList<int> order(findings.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return pointerLess(findings[a].pointer, findings[b].pointer); });
    beginResetModel();
    m_findings.clear();
    m_locations.clear();
    for (int i : order) {
        m_findings.append(findings[i]);
        m_locations.append(locations.value(i));
    }
    endResetModel();
}

FindingsFilter::FindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilter::setSeverityShown(Severity severity, bool shown)
{
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool FindingsFilter::isSeverityShown(Severity severity) const
{
    return m_shown[int(severity)];
}

void FindingsFilter::setPlaceFilter(const std::function<bool(const QString &)> &onTable)
{
    m_onTable = onTable;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_shown[i.data(FindingsModel::SeverityRole).toInt()])
        return false;
    return !m_onTable || m_onTable(i.data(FindingsModel::PointerRole).toString());
}

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::runNow);
}

void CheckRunner::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, &m_timer, nullptr);
    m_doc = doc;
    m_timer.stop();
    m_findings.clear();
    if (!doc)
        return;
    connect(doc, &Document::changed, &m_timer, qOverload<>(&QTimer::start));
    runNow();
}

void CheckRunner::runNow()
{
    m_timer.stop();
    QElapsedTimer t;
    t.start();
    m_findings = m_doc ? runChecks(m_doc->filing()) : QList<Finding>();
    m_lastRunMicros = t.nsecsElapsed() / 1000;
    Q_EMIT finished(m_findings);
}

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilter(this))
{
    m_filter->setSourceModel(m_model);
    setObjectName(QStringLiteral("checksPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_apply = new QPushButton(tr("Apply Expected Value"), this);
    m_apply->setToolTip(tr("Offers the values that make this sum hold, each with its effect; you can undo it."));
    m_offers = new QMenu(this);
    m_apply->setEnabled(false);
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto *b = m_severity[int(sev)] = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show or hide these findings"));
        connect(b, &QToolButton::toggled, this, [this, sev](bool on) { m_filter->setSeverityShown(sev, on); });
        top->addWidget(b);
    }
    m_onlyThisTable = new QCheckBox(tr("Only this table"), this);
    m_onlyThisTable->setToolTip(tr("Show only the findings about the table on screen"));
    connect(m_onlyThisTable, &QCheckBox::toggled, this, &ChecksPanel::tableChanged);
    top->addWidget(m_onlyThisTable);
    top->addWidget(m_summary, 1);
    top->addWidget(m_apply);
    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FindingsModel::LocationColumn, 320);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) { activate(sourceRow(i)); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { activate(sourceRow(i)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksPanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ChecksPanel::offerCorrections);
    updateCounts();
}

int ChecksPanel::sourceRow(const QModelIndex &viewIndex) const
{
    return m_filter->mapToSource(viewIndex).row();
}

QModelIndex ChecksPanel::viewIndex(int row, int column) const
{
    return m_filter->mapFromSource(m_model->index(row, column));
}

QToolButton *ChecksPanel::severityButton(Severity severity) const
{
    return m_severity[int(severity)];
}

void ChecksPanel::showOnly(Severity severity)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        m_severity[int(s)]->setChecked(s == severity);
    m_onlyThisTable->setChecked(false);
}

void ChecksPanel::setTableTest(const std::function<bool(const QString &)> &onTable)
{
    m_onTable = onTable;
    tableChanged();
}

void ChecksPanel::tableChanged()
{
    if (m_onlyThisTable->isChecked() && m_onTable)
        m_filter->setPlaceFilter(m_onTable);
    else if (m_filter->hasPlaceFilter())
        m_filter->setPlaceFilter({});
}

void ChecksPanel::updateCounts()
{
    const FindingCounts c = countFindings(m_model->findings());
    m_severity[int(Severity::Error)]->setText(tr("Errors %1").arg(c.errors));
    m_severity[int(Severity::Warning)]->setText(tr("Warnings %1").arg(c.warnings));
    m_severity[int(Severity::Info)]->setText(tr("Hints %1").arg(c.infos));
    const bool none = c.errors == 0 && c.warnings == 0 && c.infos == 0;
    for (QToolButton *b : m_severity)
        b->setVisible(!none);
    m_onlyThisTable->setVisible(!none);
    // The buttons show the counts; the line says so only when there is nothing.
    m_summary->setText(none ? countsText(c) : QString());
}

void ChecksPanel::setDocument(Document *doc)
{
    // What the panel shows is chosen per filing: another one starts with all.
    if (doc != m_doc) {
        for (QToolButton *b : m_severity)
            b->setChecked(true);
        m_onlyThisTable->setChecked(false);
    }
    m_doc = doc;
    m_model->setFindings({}, {});
    updateCounts();
}

void ChecksPanel::showFindings(const QList<Finding> &findings)
{
    QStringList locations;
    locations.reserve(findings.size());
    for (const Finding &f : findings)
        locations.append(m_doc ? describeLocation(m_doc->filing(), f.pointer) : f.pointer);
    m_model->setFindings(findings, locations);
    updateCounts();
    if (m_onlyThisTable->isChecked())
        m_filter->invalidate(); // places may have moved with the filing
}

QString ChecksPanel::summaryText() const
{
    return countsText(countFindings(m_model->findings()));
}

void ChecksPanel::activate(int row)
{
    if (row < 0 || row >= m_model->findings().size())
        return;
    Q_EMIT jumpRequested(m_model->findings()[row].pointer);
}

void ChecksPanel::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_apply->setEnabled(!rows.isEmpty() && rows.first().data(FindingsModel::ApplicableRole).toBool());
}

namespace {

int sumErrors(const Filing &filing)
{
    int n = 0;
    for (const Finding &f : runChecks(filing))
        n += f.severity == Severity::Error && f.applicable;
    return n;
}

} // namespace

QList<Correction> ChecksPanel::corrections(int row) const
{
    const Finding f = m_model->findings().value(row);
    if (!m_doc || !f.applicable || f.expected.isEmpty())
        return {};
    const Filing &filing = m_doc->filing();
    Money expected, actual;
    if (!Money::parseCanonical(f.expected, &expected))
        return {};
    if (!f.actual.isEmpty() && !Money::parseCanonical(f.actual, &actual))
        return {};
    // The total takes the parts' sum, or one part takes what the total leaves.
    QList<std::pair<QString, Money>> candidates {{f.pointer, expected}};
    for (const QString &part : f.related) {
        FieldValue v;
        Money now;
        if (fieldKind(filing, part) != FieldKind::Amount || !readField(filing, part, &v)
            || (v && !Money::parseCanonical(*v, &now)))
            continue;
        const Money fixed = now + (actual - expected);
        if (!fixed.isNegative())
            candidates.append({part, fixed});
    }
    const int before = sumErrors(filing);
    QList<Correction> out;
    for (const auto &[pointer, value] : candidates) {
        Filing after = filing;
        if (!writeField(&after, pointer, value.toString()))
            continue;
        const int left = sumErrors(after);
        if (left >= before)
            continue; // it would only move the disagreement
        const QString effect = left == 0 ? tr("every sum then holds") : tr("%n sum(s) still disagree", nullptr, left);
        out.append({pointer, value.toString(),
            tr("%1 → %2 (%3)").arg(describeLocation(filing, pointer), value.toString(), effect)});
    }
    return out;
}

void ChecksPanel::offerCorrections()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_offers->clear();
    const QList<Correction> offers = rows.isEmpty() ? QList<Correction>() : corrections(sourceRow(rows.first()));
    if (offers.isEmpty()) {
        m_offers->addAction(tr("No single value makes the sums hold: check the amounts"))->setEnabled(false);
    }
    for (const Correction &c : offers)
        connect(m_offers->addAction(c.text), &QAction::triggered, this, [this, c] { applyCorrection(c); });
    m_offers->popup(m_apply->mapToGlobal(QPoint(0, m_apply->height())));
}

bool ChecksPanel::applyCorrection(const Correction &c)
{
    if (!m_doc)
        return false;
    m_doc->undoStack()->beginMacro(tr("Apply expected value"));
    const bool ok = m_doc->setAmountInput(c.pointer, c.value, nullptr, false);
    m_doc->undoStack()->endMacro();
    if (ok)
        Q_EMIT jumpRequested(c.pointer); // the grid, on that cell, with the keyboard
    return ok;
}

} // namespace jixiao::ui
