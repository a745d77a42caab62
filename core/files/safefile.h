// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

// Reading and writing the user's files the careful way. Inputs are opened
// without blocking and must be regular files (a FIFO or device never hangs
// us). Outputs are written whole into a recognisable temporary file beside the
// target and put in place in one step; what is there already is replaced only
// if it is a regular file we may write (or the user said --force), and never
// when the command promises not to replace: then the output is created
// exclusively, so of two racing writers one fails with a message.
namespace jixiao::files {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::files)
};

// PRAGMA application_id of a Jixiao draft: "JIXO".
constexpr quint32 DraftApplicationId = 0x4A49584F;

// The one size limit on every file Jixiao reads (filings, Word/Excel forms):
// no form comes near it, and everything read stays within memory we can spare.
constexpr qint64 MaxInputSize = 64LL * 1024 * 1024;

// Refuses, with a message that names the path, what cannot be a file to read:
// missing, a folder, FIFO, device or socket, or a path too long.
bool checkInput(const QString &path, QString *error);
// Opens `path` for reading without ever blocking (a FIFO is refused, not
// waited on) and only if it is a regular file.
bool openInput(const QString &path, QFile *file, QString *error);

// Reads the whole of a regular file of at most `maxBytes` (opened as
// openInput() does); a larger one is refused before it is read.
bool readInput(const QString &path, QByteArray *data, QString *error, qint64 maxBytes = MaxInputSize);

// What a file is by its content (never by its name): a Jixiao draft (SQLite
// with our application id), an interchange file (JSON of format
// "jixiao-filing"), or neither. A draft this process has open is a draft
// without being opened again.
enum class FilingKind { None, Draft, Json };
FilingKind filingKindOf(const QString &path);

// An operating system's error number (errno) in the user's words: "the disk
// is full", "your disk quota is used up", "permission denied", ...
QString describeError(int err);

// Whether the process `pid` of this computer is still running (for removing
// what an ended run left behind).
bool processAlive(qint64 pid);

// Why a path cannot be used because of its length, or empty when its length is
// fine: one name longer than the file system allows, or the whole path.
QString pathTooLong(const QString &path);

struct WriteOptions
{
    // false: the output must not exist; it is created exclusively.
    bool mayReplace = true;
    // Replace a read-only file too (it stays read-only).
    bool force = false;
    // An export (PDF, workbook): it never replaces a Jixiao filing (a draft
    // or an interchange file, recognised by content), --force or not.
    bool isExport = false;
};

// One output being written: prepare() checks the target and picks the
// temporary file beside it; write into device() (or let another writer create
// tempPath()), then commit(). Dropped without commit(), the temporary file is
// removed.
class SafeOutput
{
public:
    SafeOutput(const QString &target, const WriteOptions &options);
    ~SafeOutput();
    SafeOutput(const SafeOutput &) = delete;
    SafeOutput &operator=(const SafeOutput &) = delete;

    // Checks the target, removes stale temporary files of ours in its folder,
    // picks the temporary file's name; with `createTemp` also creates it
    // (exclusively) and opens it for writing as device().
    //
    // The rules, the same for every file Jixiao writes: only a regular file
    // is replaced; a read-only one only with `force`; never a draft open for
    // editing anywhere; never a filing by an export; with !mayReplace never
    // anything.
    bool prepare(QString *error, bool createTemp = true);
    QString tempPath() const { return m_temp; }
    QFile *device() { return m_file.get(); }
    // Appends `data` to the temporary file; on an error (a full disk) says
    // what happened, removes the temporary file and leaves the target alone.
    bool write(const QByteArray &data, QString *error);
    // prepare(), write(), commit() for a whole file in memory.
    static bool writeFile(const QString &target, const QByteArray &data, const WriteOptions &options, QString *error);
    // Syncs the temporary file and puts it in place: replacing (keeping the
    // old file's permissions) or, when replacing is not allowed, only if the
    // target still does not exist.
    bool commit(QString *error);
    void cancel();

    // The pattern of our temporary names, for tests and cleanup:
    // ".<name>.jixiao-tmp-<host>-<pid>-<random>" (+ "-journal"/"-wal"/"-shm").
    static bool isOurTempName(const QString &fileName, QString *host = nullptr, qint64 *pid = nullptr);
    // Removes the temporary files of ours in `folder` whose process ended (or
    // that are more than a day old); returns how many were removed.
    static int removeStaleTemps(const QString &folder);

private:
    QString m_target; // absolute; a symbolic link resolved to the file it names
    QString m_display;
    WriteOptions m_options;
    QString m_temp;
    std::unique_ptr<QFile> m_file;
    bool m_committed = false;
    bool m_hadTarget = false;

    // The rules of prepare(), checked again by commit() right before the
    // target is replaced.
    bool checkTarget(bool again, QString *error);
    bool fail(const QString &why, QString *error);
    QString writeFailed(const QString &why) const;
};

} // namespace jixiao::files
