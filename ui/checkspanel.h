// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace jixiao::ui {

class Document;

// The findings as a table: severity, where, what.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, ApplicableRole };

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

// 检查结果: the findings, a line of counts, "apply expected value" for
// findings whose fix is unambiguous. Double-click jumps to the cell.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    void showFindings(const QList<Finding> &findings);

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    QString summaryText() const;
    // Writes the selected finding's expected value into its cell (one undo step).
    bool applySelected();
    // Activates row `row` as a double-click does.
    void activate(int row);

Q_SIGNALS:
    void jumpRequested(const QString &pointer);

private:
    void updateButtons();

    QPointer<Document> m_doc;
    FindingsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
};

// "2 errors, 1 warning, 3 hints" in the UI language.
QString countsText(const FindingCounts &counts);

} // namespace jixiao::ui
