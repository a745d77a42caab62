// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

#include "checkspanel.h"
#include "model/filing.h"

#include <QLabel>
#include <QStatusBar>

namespace jixiao::ui {

StatusLine::StatusLine(QStatusBar *bar)
    : QObject(bar)
{
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("statusChecks"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setToolTip(tr("Click a count to see those findings"));
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &key) {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            if (severityKey(s) == key)
                Q_EMIT countClicked(s);
    });
    bar->addWidget(m_counts, 1);
    // A message (an import, a refused cell) takes the counts' place while it
    // shows, also when it came before the window was shown: never both.
    connect(bar, &QStatusBar::messageChanged, m_counts,
        [this](const QString &message) { m_counts->setVisible(message.isEmpty()); });
    m_totals = new QLabel(bar);
    bar->addPermanentWidget(m_totals);
}

void StatusLine::showCounts(const QList<Finding> &findings)
{
    // The counts, each a link to its findings; what still does not add up, first.
    const FindingCounts c = countFindings(findings);
    QString plain = countsText(c);
    QString rich;
    if (c.errors == 0 && c.warnings == 0 && c.infos == 0) {
        rich = plain.toHtmlEscaped();
    } else {
        const auto link = [](Severity s, const QString &text) {
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(severityKey(s), text.toHtmlEscaped());
        };
        rich = link(Severity::Error, tr("Errors: %1").arg(c.errors)) + QStringLiteral(" · ")
            + link(Severity::Warning, tr("Warnings: %1").arg(c.warnings)) + QStringLiteral(" · ")
            + link(Severity::Info, tr("Hints: %1").arg(c.infos));
    }
    for (const Finding &f : findings) {
        if (f.rule.startsWith(QLatin1String("sum."))) {
            const QString more = QStringLiteral(" — ") + tr("Does not add up: %1").arg(f.message);
            plain += more;
            rich += more.toHtmlEscaped();
            break;
        }
    }
    m_plain = plain;
    m_counts->setText(rich);
}

void StatusLine::showTotals(const Filing &f)
{
    const Money funds = valueOrZero(sumOfAmounts(f.funds));
    m_totals->setText(QStringLiteral("资金总额 %1 · 项目支出 %2 · 专项合计 %3 %4")
                          .arg(amountToString(f.overview.budget.total), amountToString(f.overview.budget.project),
                              funds.toString(), amountUnitName(f.amountUnit)));
}

void StatusLine::clear()
{
    m_counts->clear();
    m_plain.clear();
    m_totals->clear();
}

QString StatusLine::text() const
{
    return m_plain + QStringLiteral(" | ") + m_totals->text();
}

} // namespace jixiao::ui
