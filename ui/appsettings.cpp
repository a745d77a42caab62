// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace jixiao::ui {

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_own = std::make_unique<QSettings>();
        m_settings = m_own.get();
    }
}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

PrintSettings AppSettings::printSettings() const
{
    PrintSettings p;
    QSettings &s = *m_settings;
    p.titleFamily = s.value(QStringLiteral("print/titleFamily")).toString();
    p.headingFamily = s.value(QStringLiteral("print/headingFamily")).toString();
    p.bodyFamily = s.value(QStringLiteral("print/bodyFamily")).toString();
    p.titlePointSize = s.value(QStringLiteral("print/titlePointSize"), p.titlePointSize).toReal();
    p.bodyPointSize = s.value(QStringLiteral("print/bodyPointSize"), p.bodyPointSize).toReal();
    p.pdfA = s.value(QStringLiteral("print/pdfA"), p.pdfA).toBool();
    p.amountsWithUnit = s.value(QStringLiteral("print/amountsWithUnit"), p.amountsWithUnit).toBool();
    const QString numbers = s.value(QStringLiteral("print/pageNumbers")).toString();
    if (numbers == QLatin1String("table"))
        p.pageNumbers = PageNumbers::Table;
    else if (numbers == QLatin1String("both"))
        p.pageNumbers = PageNumbers::TableAndDocument;
    return p;
}

void AppSettings::setPrintSettings(const PrintSettings &p)
{
    QSettings &s = *m_settings;
    s.setValue(QStringLiteral("print/titleFamily"), p.titleFamily);
    s.setValue(QStringLiteral("print/headingFamily"), p.headingFamily);
    s.setValue(QStringLiteral("print/bodyFamily"), p.bodyFamily);
    s.setValue(QStringLiteral("print/titlePointSize"), p.titlePointSize);
    s.setValue(QStringLiteral("print/bodyPointSize"), p.bodyPointSize);
    s.setValue(QStringLiteral("print/pdfA"), p.pdfA);
    s.setValue(QStringLiteral("print/amountsWithUnit"), p.amountsWithUnit);
    // Words, not the enum's numbers: a settings file outlives the enum's order.
    const char *numbers = "document";
    if (p.pageNumbers == PageNumbers::Table)
        numbers = "table";
    else if (p.pageNumbers == PageNumbers::TableAndDocument)
        numbers = "both";
    s.setValue(QStringLiteral("print/pageNumbers"), QString::fromLatin1(numbers));
}

QString AppSettings::preparerName() const
{
    return m_settings->value(QStringLiteral("preparer/name")).toString();
}

void AppSettings::setPreparerName(const QString &name)
{
    m_settings->setValue(QStringLiteral("preparer/name"), name);
}

bool AppSettings::preparerAsked() const
{
    return m_settings->value(QStringLiteral("preparer/asked"), false).toBool();
}

void AppSettings::setPreparerAsked(bool asked)
{
    m_settings->setValue(QStringLiteral("preparer/asked"), asked);
}

QString AppSettings::preparerPhone() const
{
    return m_settings->value(QStringLiteral("preparer/phone")).toString();
}

void AppSettings::setPreparerPhone(const QString &phone)
{
    m_settings->setValue(QStringLiteral("preparer/phone"), phone);
}

QString AppSettings::draftFolder() const
{
    const QString stored = m_settings->value(QStringLiteral("drafts/folder")).toString();
    if (!stored.isEmpty())
        return stored;
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty())
        docs = QDir::homePath();
    return QDir(docs).filePath(QStringLiteral("Jixiao"));
}

void AppSettings::setDraftFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("drafts/folder"), folder);
}

QString AppSettings::sharedStoreAddress() const
{
    return m_settings->value(QStringLiteral("sharedStore/address")).toString();
}

void AppSettings::setSharedStoreAddress(const QString &address)
{
    m_settings->setValue(QStringLiteral("sharedStore/address"), address);
}

} // namespace jixiao::ui
