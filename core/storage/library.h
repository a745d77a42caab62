// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace jixiao {

// The drafts the application has opened, remembered in QSettings (paths,
// fiscal year and department only: never a password or a filing's content),
// listed by fiscal year and department so that last year's filing is one
// click away.
class DraftLibrary
{
public:
    struct Entry
    {
        QString path; // absolute
        int fiscalYear = 0;
        QString department;
        QDateTime lastOpened; // UTC
        bool exists() const;
        bool operator==(const Entry &) const = default;
    };
    struct Group
    {
        int fiscalYear = 0;
        QString department;
        QList<Entry> entries; // most recently opened first
    };

    static constexpr int MaxEntries = 200;

    // nullptr: the application's QSettings. Tests pass their own.
    explicit DraftLibrary(QSettings *settings = nullptr);
    ~DraftLibrary();
    DraftLibrary(const DraftLibrary &) = delete;
    DraftLibrary &operator=(const DraftLibrary &) = delete;

    // Remembers (or refreshes) a draft after it was opened or saved.
    void record(const QString &path, const Filing &filing, const QDateTime &when = QDateTime::currentDateTimeUtc());
    void forget(const QString &path);
    // Forgets drafts whose file is gone; returns how many.
    int forgetMissing();

    // Newest fiscal year first, then by department, then most recently opened.
    QList<Entry> entries() const;
    QList<Group> groups() const;
    // The most recently opened existing draft of the same department for the
    // year before `filing`'s: what "start from last year's" opens.
    std::optional<Entry> lastYear(const Filing &filing) const;
    std::optional<Entry> find(const QString &department, int fiscalYear) const;

private:
    void write(const QList<Entry> &entries);
    QList<Entry> read() const;

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_own;
};

} // namespace jixiao
