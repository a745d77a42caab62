// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/carryforward.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace jixiao::ui {

// 由上年度填报新建: which filing to start from (the open one, or a draft
// picked by year and department), the new year, keep or clear the amounts,
// move the years in the texts on — its label naming the real years.
class CarryForwardDialog : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        QString label; // "2023年 · 民政局 — 2023年民政局.jixiao"
        QString path; // "" = the filing open in the window
        int fiscalYear = 0;
    };
    explicit CarryForwardDialog(const QList<Source> &sources, int selected, QWidget *parent = nullptr);

    Source source() const;
    CarryForwardOptions options() const;
    QComboBox *sourceBox() const { return m_source; }
    QSpinBox *yearBox() const { return m_year; }
    QCheckBox *yearsBox() const { return m_years; }

Q_SIGNALS:
    void browseRequested(); // "Other File…"

private:
    void updateYears();

    QList<Source> m_sources;
    QComboBox *m_source = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_keep = nullptr;
    QCheckBox *m_years = nullptr;
};

} // namespace jixiao::ui
