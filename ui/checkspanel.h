// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace jixiao::ui {

class Document;

// The findings as a table: severity, where, what.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    // SortRole: severity column = errors first, then place; place column =
    // the cells' order in the filing; message column = the text.
    enum Role { PointerRole = Qt::UserRole + 1, ApplicableRole, SeverityRole, SortRole };

    explicit FindingsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFindings(const QList<Finding> &findings, const QStringList &locations);
    const QList<Finding> &findings() const { return m_findings; }

private:
    QList<Finding> m_findings;
    QStringList m_locations;
};

// What the panel shows of the findings: some severities, optionally only the
// table on screen; sorted by a header click (errors first by default).
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilter(QObject *parent = nullptr);
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const;
    // pointer → is it on the table on screen; empty = every table.
    void setPlaceFilter(const std::function<bool(const QString &)> &onTable);
    bool hasPlaceFilter() const { return bool(m_onTable); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
    std::function<bool(const QString &)> m_onTable;
};

// Runs the checks on a document as it changes: debounced, so that typing
// never waits for them.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject *parent = nullptr);
    void setDocument(Document *doc);
    void setDelay(int ms) { m_timer.setInterval(ms); }
    // Runs now (skipping the wait); what the timer calls.
    void runNow();
    const QList<Finding> &findings() const { return m_findings; }
    qint64 lastRunMicros() const { return m_lastRunMicros; }
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void finished(const QList<Finding> &findings);

private:
    QPointer<Document> m_doc;
    QTimer m_timer;
    QList<Finding> m_findings;
    qint64 m_lastRunMicros = 0;
};

// One way to make a sum hold: a value for one of its cells, and what it does
// ("一般公共预算拨款 → 346.36 (every sum then holds)").
struct Correction
{
    QString pointer;
    QString value;
    QString text;
};

// 检查结果: the findings, the counts (buttons that show or hide each
// severity), "only this table", "apply expected value" for sums, which offers
// each correction with its effect. Double-click jumps to the cell.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    void showFindings(const QList<Finding> &findings);

    FindingsModel *model() const { return m_model; }
    FindingsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // The view's index of finding `row` of model() (invalid when filtered out).
    QModelIndex viewIndex(int row, int column = FindingsModel::MessageColumn) const;
    // The severity buttons ("错误 3"): checked = shown.
    QToolButton *severityButton(Severity severity) const;
    QCheckBox *onlyThisTableBox() const { return m_onlyThisTable; }
    // Shows only findings of `severity` (all tables), as a click on a count
    // in the status bar asks.
    void showOnly(Severity severity);
    // The test for "on the table on screen", from the window.
    void setTableTest(const std::function<bool(const QString &)> &onTable);
    // The table on screen changed: refilter when "only this table" is on.
    void tableChanged();
    QPushButton *applyButton() const { return m_apply; }
    QString summaryText() const;
    // Where a sum disagrees: its total set to the parts' sum, or one part set
    // so that the parts add up to the total; offered only where fewer sums
    // disagree afterwards, never a change that only moves the disagreement.
    QList<Correction> corrections(int row) const;
    // Writes a correction (one undo step), then shows its cell in the grid.
    bool applyCorrection(const Correction &correction);
    // Offers the selected finding's corrections (the Apply button's menu).
    void offerCorrections();
    QMenu *correctionsMenu() const { return m_offers; }
    // Activates finding `row` of model() as a double-click does.
    void activate(int row);

Q_SIGNALS:
    void jumpRequested(const QString &pointer);

private:
    void updateButtons();
    void updateCounts();
    int sourceRow(const QModelIndex &viewIndex) const;

    QPointer<Document> m_doc;
    FindingsModel *m_model = nullptr;
    FindingsFilter *m_filter = nullptr;
    QToolButton *m_severity[3] = {};
    QCheckBox *m_onlyThisTable = nullptr;
    std::function<bool(const QString &)> m_onTable;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
    QMenu *m_offers = nullptr;
};

// "2 errors, 1 warning, 3 hints" in the UI language.
QString countsText(const FindingCounts &counts);

} // namespace jixiao::ui
