// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace jixiao {
struct Filing;
}

namespace jixiao::ui {

// The status bar's two standing lines: the checks' counts at the left (each
// count a link to its findings) and the filing's totals at the right. A
// message takes the counts' place while it shows: never both at once.
class StatusLine : public QObject
{
    Q_OBJECT
public:
    explicit StatusLine(QStatusBar *bar);

    void showCounts(const QList<Finding> &findings);
    void showTotals(const Filing &filing);
    void clear();
    QString text() const; // the counts and totals, as plain text

Q_SIGNALS:
    void countClicked(Severity severity);

private:
    QLabel *m_counts;
    QLabel *m_totals;
    QString m_plain;
};

} // namespace jixiao::ui
