// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printsettings.h"

#include <QString>

#include <memory>

class QSettings;

namespace jixiao::ui {

// The editor's settings in QSettings: language, print fonts and sizes, the
// preparer to prefill new filings with, where new drafts go. Tests pass their
// own QSettings (a temporary file).
class AppSettings
{
public:
    explicit AppSettings(QSettings *settings = nullptr); // nullptr = the application's
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QSettings *qsettings() const { return m_settings; }

    // "zh_CN", "en", or "" for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    PrintSettings printSettings() const; // as stored; resolveFonts() before use
    void setPrintSettings(const PrintSettings &settings);

    QString preparerName() const;
    void setPreparerName(const QString &name);
    QString preparerPhone() const;
    void setPreparerPhone(const QString &phone);

    // Whether the first start has asked for the preparer's name and phone.
    bool preparerAsked() const;
    void setPreparerAsked(bool asked);

    QString draftFolder() const; // default: Documents/Jixiao
    // The shared store last connected to, without its password.
    QString sharedStoreAddress() const;
    void setSharedStoreAddress(const QString &address);
    void setDraftFolder(const QString &folder);

private:
    QSettings *m_settings;
    std::unique_ptr<QSettings> m_own;
};

} // namespace jixiao::ui
