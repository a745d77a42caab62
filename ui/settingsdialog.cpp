// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jixiao::ui {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560); // room for a folder path
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    auto *gf = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    gf->addRow(tr("Language (after a restart):"), m_language);
    m_folder = new QLineEdit(QDir::toNativeSeparators(settings->draftFolder()), general);
    m_folder->setCursorPosition(0);
    gf->addRow(tr("New drafts go to:"), m_folder);
    layout->addWidget(general);

    auto *who = new QGroupBox(tr("Preparer (filled into new filings)"), this);
    auto *wf = new QFormLayout(who);
    m_preparer = new QLineEdit(settings->preparerName(), who);
    m_phone = new QLineEdit(settings->preparerPhone(), who);
    wf->addRow(tr("Name:"), m_preparer);
    wf->addRow(tr("Phone:"), m_phone);
    layout->addWidget(who);

    auto *print = new QGroupBox(tr("Printing"), this);
    auto *pf = new QFormLayout(print);
    const PrintSettings p = resolveFonts(settings->printSettings());
    m_titleFont = new QFontComboBox(print);
    m_titleFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_titleFont->setCurrentFont(QFont(p.titleFamily));
    m_bodyFont = new QFontComboBox(print);
    m_bodyFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_bodyFont->setCurrentFont(QFont(p.bodyFamily));
    m_titleSize = new QDoubleSpinBox(print);
    m_titleSize->setRange(6, 36);
    m_titleSize->setSingleStep(0.5);
    m_titleSize->setValue(p.titlePointSize);
    m_bodySize = new QDoubleSpinBox(print);
    m_bodySize->setRange(6, 36);
    m_bodySize->setSingleStep(0.5);
    m_bodySize->setValue(p.bodyPointSize);
    m_pdfA = new QCheckBox(tr("PDF/A for archiving"), print);
    m_pdfA->setChecked(p.pdfA);
    pf->addRow(tr("Title font:"), m_titleFont);
    pf->addRow(tr("Title size (pt):"), m_titleSize);
    pf->addRow(tr("Body font:"), m_bodyFont);
    pf->addRow(tr("Body size (pt):"), m_bodySize);
    pf->addRow(QString(), m_pdfA);
    layout->addWidget(print);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != m_settings->language();
    m_settings->setLanguage(language);
    m_settings->setPreparerName(m_preparer->text().trimmed());
    m_settings->setPreparerPhone(m_phone->text().trimmed());
    if (!m_folder->text().trimmed().isEmpty())
        m_settings->setDraftFolder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    PrintSettings p;
    p.titleFamily = m_titleFont->currentFont().family();
    p.bodyFamily = m_bodyFont->currentFont().family();
    p.titlePointSize = m_titleSize->value();
    p.bodyPointSize = m_bodySize->value();
    p.pdfA = m_pdfA->isChecked();
    m_settings->setPrintSettings(p);
    return changed;
}

} // namespace jixiao::ui
