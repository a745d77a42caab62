// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingdialogs.h"

#include "model/filing.h"
#include "model/indicatorscheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace jixiao::ui {

namespace {
QDialogButtonBox *okCancel(QDialog *d)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    QObject::connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return buttons;
}
} // namespace

PropertiesDialog::PropertiesDialog(const Filing &f, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Filing Properties"));
    auto *form = new QFormLayout(this);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(f.fiscalYear);
    form->addRow(tr("Fiscal year:"), m_year);
    m_level = new QComboBox(this);
    m_level->setEditable(true);
    m_level->addItems({QStringLiteral("区级"), QStringLiteral("县级"), QStringLiteral("市级"), QStringLiteral("省级")});
    m_level->setCurrentText(f.effectiveFundLevel());
    form->addRow(tr("Level of government:"), m_level);
    m_scheme = new QComboBox(this);
    for (IndicatorSchemeId id : allIndicatorSchemes())
        m_scheme->addItem(indicatorScheme(id).title, indicatorSchemeKey(id));
    m_scheme->setCurrentIndex(m_scheme->findData(indicatorSchemeKey(f.effectiveScheme())));
    form->addRow(tr("Indicator framework:"), m_scheme);
    form->addRow(okCancel(this));
}

QString PropertiesDialog::schemeKey() const
{
    return m_scheme->currentData().toString();
}

PreparerDialog::PreparerDialog(const QString &name, const QString &phone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preparerDialog"));
    setWindowTitle(tr("Welcome to Jixiao"));
    auto *form = new QFormLayout(this);
    auto *intro
        = new QLabel(tr("Who fills in the forms? New filings start with this name and phone (填报人, 联系电话); "
                        "you can change them later in Settings."),
            this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("preparerName"));
    form->addRow(tr("Preparer:"), m_name);
    m_phone = new QLineEdit(phone, this);
    m_phone->setObjectName(QStringLiteral("preparerPhone"));
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(okCancel(this));
    setMinimumWidth(440);
}

QString PreparerDialog::name() const
{
    return m_name->text().trimmed();
}

QString PreparerDialog::phone() const
{
    return m_phone->text().trimmed();
}

GuideWindow::GuideWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Jixiao User Guide"));
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setSource(QUrl(QStringLiteral("qrc:/jixiao/guide/guide_zh_CN.html")));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace jixiao::ui
