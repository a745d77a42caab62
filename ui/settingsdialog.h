// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;

namespace jixiao::ui {

class AppSettings;

// 设置: language, print fonts and sizes, the preparer, where drafts go.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    // Stores what the dialog shows. True when the language changed (it takes
    // effect at the next start).
    bool apply();

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *preparerEdit() const { return m_preparer; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QFontComboBox *titleFontBox() const { return m_titleFont; }
    QFontComboBox *headingFontBox() const { return m_headingFont; }
    QFontComboBox *bodyFontBox() const { return m_bodyFont; }
    QComboBox *pageNumbersBox() const { return m_pageNumbers; }
    QCheckBox *amountsWithUnitBox() const { return m_amountsWithUnit; }
    // Which faces print instead of the form's or the chosen ones; hidden when none.
    QLabel *fontNotice() const { return m_fontNotice; }
    QDoubleSpinBox *bodySizeBox() const { return m_bodySize; }

private:
    PrintSettings chosenPrintSettings() const;
    void updateFontNotice();

    AppSettings *m_settings;
    QComboBox *m_language = nullptr;
    QFontComboBox *m_titleFont = nullptr;
    QFontComboBox *m_headingFont = nullptr;
    QFontComboBox *m_bodyFont = nullptr;
    QComboBox *m_pageNumbers = nullptr;
    QCheckBox *m_amountsWithUnit = nullptr;
    QLabel *m_fontNotice = nullptr;
    QDoubleSpinBox *m_titleSize = nullptr;
    QDoubleSpinBox *m_bodySize = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QLineEdit *m_preparer = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace jixiao::ui
