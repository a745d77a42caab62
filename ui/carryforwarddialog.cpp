// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryforwarddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>

namespace jixiao::ui {

CarryForwardDialog::CarryForwardDialog(const QList<Source> &sources, int selected, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
{
    setWindowTitle(tr("New from Last Year's Filing"));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_source = new QComboBox(this);
    for (const Source &s : sources)
        m_source->addItem(s.label);
    // Nothing chosen yet (the start page with no draft selected): the clerk
    // picks the year and department; no other department's draft by itself.
    m_source->setPlaceholderText(tr("Choose: year · department"));
    m_source->setCurrentIndex(selected < 0 ? -1 : qBound(0, selected, int(sources.size()) - 1));
    row->addWidget(m_source, 1);
    auto *browse = new QPushButton(tr("Other File…"), this);
    connect(browse, &QPushButton::clicked, this, &CarryForwardDialog::browseRequested);
    row->addWidget(browse);
    form->addRow(tr("Last year's filing:"), row);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    form->addRow(tr("Fiscal year:"), m_year);
    m_keep = new QCheckBox(tr("Keep last year's amounts"), this);
    m_keep->setChecked(true);
    form->addRow(QString(), m_keep);
    m_years = new QCheckBox(this);
    m_years->setChecked(true);
    form->addRow(QString(), m_years);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_source->currentIndex() >= 0)
            accept();
    });
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_source->currentIndex() >= 0);
    connect(
        m_source, &QComboBox::currentIndexChanged, ok, [this, ok] { ok->setEnabled(m_source->currentIndex() >= 0); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // A new source proposes the year after its own.
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (m_source->currentIndex() >= 0)
            m_year->setValue(source().fiscalYear + 1);
        updateYears();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &CarryForwardDialog::updateYears);
    if (m_source->currentIndex() >= 0)
        m_year->setValue(source().fiscalYear + 1);
    updateYears();
    setMinimumWidth(520);
}

CarryForwardDialog::Source CarryForwardDialog::source() const
{
    return m_sources.value(m_source->currentIndex());
}

CarryForwardOptions CarryForwardDialog::options() const
{
    CarryForwardOptions o;
    o.newYear = m_year->value();
    o.keepAmounts = m_keep->isChecked();
    o.replaceYears = m_years->isChecked();
    return o;
}

void CarryForwardDialog::updateYears()
{
    const int from = source().fiscalYear;
    if (m_source->currentIndex() < 0) {
        m_years->setText(tr("Move the years in the texts on"));
        return;
    }
    m_years->setText(tr("Move the years in the texts on (%1年 → %2年)").arg(from).arg(m_year->value()));
}

} // namespace jixiao::ui
