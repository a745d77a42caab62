// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The zip container of .docx/.xlsx files, read and written through minizip.
// Reading never trusts the archive: entry names, declared sizes and what is
// actually inflated are all bounded.
namespace jixiao::office {

class ZipPackage
{
    Q_DISABLE_COPY_MOVE(ZipPackage)

    Q_DECLARE_TR_FUNCTIONS(jixiao::office::ZipPackage)

public:
    ZipPackage() = default;
    ~ZipPackage();

    // Files larger than this are refused before they are read (as for JSON).
    static constexpr qint64 MaxFileSize = files::MaxInputSize;
    // No part of a form needs more (the 500-direction filing's largest sheet
    // is a few MB); a larger declared or inflated size is a bomb. With the
    // file itself and what is read from the XML, an import stays well within
    // 300 MB.
    static constexpr qint64 MaxEntrySize = 32LL * 1024 * 1024;
    static constexpr qint64 MaxTotalInflated = 96LL * 1024 * 1024;
    static constexpr int MaxEntries = 10000;

    // Checks the whole directory: names (no "..", no absolute paths), count,
    // encryption, declared sizes. False with a message a user understands.
    bool open(const QByteArray &archive, QString *error);
    QStringList entryNames() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    // Inflates one entry, stopping as soon as it would exceed its declared
    // size or the limits.
    bool read(const QString &name, QByteArray *out, QString *error);

    struct Entry
    {
        QString name;
        QByteArray data;
    };
    // A new archive holding `entries`, deflated.
    static bool write(const QList<Entry> &entries, QByteArray *archive, QString *error);

private:
    void close();

    QByteArray m_archive;
    QBuffer m_buffer;
    void *m_zip = nullptr; // unzFile, open while the package is
    QStringList m_names;
    QList<qint64> m_declared;
    QList<std::pair<quint64, quint64>> m_positions; // each entry's place in the directory
    qint64 m_inflated = 0;
};

// True for names a package must never contain: absolute paths, drive letters,
// backslashes and ".." components.
bool isUnsafeEntryName(const QString &name);

} // namespace jixiao::office
