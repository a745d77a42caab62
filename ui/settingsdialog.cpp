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
#include <QLabel>
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
    const auto fontBox = [print](const QString &family) {
        auto *box = new QFontComboBox(print);
        box->setWritingSystem(QFontDatabase::SimplifiedChinese);
        box->setCurrentFont(QFont(family));
        return box;
    };
    m_titleFont = fontBox(p.titleFamily);
    m_headingFont = fontBox(p.headingFamily);
    m_bodyFont = fontBox(p.bodyFamily);
    m_titleSize = new QDoubleSpinBox(print);
    m_titleSize->setRange(6, 36);
    m_titleSize->setSingleStep(0.5);
    m_titleSize->setValue(p.titlePointSize);
    m_bodySize = new QDoubleSpinBox(print);
    m_bodySize->setRange(6, 36);
    m_bodySize->setSingleStep(0.5);
    m_bodySize->setValue(p.bodyPointSize);
    m_pageNumbers = new QComboBox(print);
    m_pageNumbers->addItem(tr("Through the whole printout"), int(PageNumbers::Document));
    m_pageNumbers->addItem(tr("Each table from 1"), int(PageNumbers::Table));
    m_pageNumbers->addItem(tr("Each table, and through the printout"), int(PageNumbers::TableAndDocument));
    m_pageNumbers->setCurrentIndex(qMax(0, m_pageNumbers->findData(int(p.pageNumbers))));
    m_amountsWithUnit = new QCheckBox(tr("Detail amounts with their unit (0.8万元)"), print);
    m_amountsWithUnit->setChecked(p.amountsWithUnit);
    m_pdfA = new QCheckBox(tr("PDF/A for archiving"), print);
    m_pdfA->setChecked(p.pdfA);
    m_fontNotice = new QLabel(print);
    m_fontNotice->setWordWrap(true);
    m_fontNotice->setTextFormat(Qt::PlainText);
    m_fontNotice->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    pf->addRow(tr("Title font:"), m_titleFont);
    pf->addRow(tr("Title size (pt):"), m_titleSize);
    pf->addRow(tr("Heading font:"), m_headingFont);
    pf->addRow(tr("Body font:"), m_bodyFont);
    pf->addRow(tr("Body size (pt):"), m_bodySize);
    pf->addRow(m_fontNotice);
    pf->addRow(tr("Page numbers:"), m_pageNumbers);
    pf->addRow(QString(), m_amountsWithUnit);
    pf->addRow(QString(), m_pdfA);
    for (QFontComboBox *box : {m_titleFont, m_headingFont, m_bodyFont})
        connect(box, &QFontComboBox::currentFontChanged, this, &SettingsDialog::updateFontNotice);
    updateFontNotice();
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
    const PrintSettings p = chosenPrintSettings();
    m_settings->setPrintSettings(p);
    return changed;
}

PrintSettings SettingsDialog::chosenPrintSettings() const
{
    PrintSettings p;
    p.titleFamily = m_titleFont->currentFont().family();
    p.headingFamily = m_headingFont->currentFont().family();
    p.bodyFamily = m_bodyFont->currentFont().family();
    p.titlePointSize = m_titleSize->value();
    p.bodyPointSize = m_bodySize->value();
    p.pageNumbers = PageNumbers(m_pageNumbers->currentData().toInt());
    p.pdfA = m_pdfA->isChecked();
    p.amountsWithUnit = m_amountsWithUnit->isChecked();
    return p;
}

void SettingsDialog::updateFontNotice()
{
    const QStringList notices = fontFallbackNotices(chosenPrintSettings());
    m_fontNotice->setText(notices.join(QLatin1Char('\n')));
    m_fontNotice->setVisible(!notices.isEmpty());
}

} // namespace jixiao::ui
