// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

// What the tests and benchmarks share, so that none of them builds a path to
// the repository's files or a temporary home of its own: the process's
// surroundings, the fixtures, interchange files written for a test, settings
// that are never the user's.
namespace jixiao::testing {

// Set up by the test and benchmark mains before the application object, for
// the life of the run: no display (offscreen unless a platform is given),
// English messages, and a private folder for XDG_RUNTIME_DIR and the
// configuration, data and cache homes, so that nothing a run does reaches the
// user's own settings or another run's.
class IsolatedRun
{
public:
    IsolatedRun();
    IsolatedRun(const IsolatedRun &) = delete;
    IsolatedRun &operator=(const IsolatedRun &) = delete;

private:
    QTemporaryDir m_dir;
};

// A file of the repository by its path from the top: "resources/spec/…".
QString sourcePath(const QString &relative);
// A file of tests/fixtures: "schema-v1.jixiao"; "" for the folder itself.
QString fixturePath(const QString &relative = QString());
// A document of tests/fixtures/import made by a real office suite: "seed.docx".
QString importFixture(const QString &name);
// The interchange format's schema (resources/spec/filing.schema.json).
QString schemaFile();

// `filing` written as an interchange file named `name` into `dir`; a failure
// fails the current test.
QString writeFilingJson(
    const QTemporaryDir &dir, const Filing &filing, const QString &name = QStringLiteral("filing.json"));

// Writes `bytes` to `path` (a file a test wants broken, or in the way);
// false when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

// A folder the user may not write to, for as long as this lives: on Unix
// its write bits are taken away; on Windows a deny entry for everyone
// (adding files and folders) goes into its ACL, as IT sets with icacls.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    bool isSet() const { return m_set; }

private:
    QString m_folder;
    QByteArray m_saved; // Windows: the folder's security descriptor before
    bool m_set = false;
};

// Whether the process `pid` runs (a zombie does not); Linux only (false elsewhere).
bool processRunning(qint64 pid);

// Settings of the test's own in a temporary folder (an INI file), for the
// classes that take a QSettings. `dir` is free for the test's other files.
struct TempSettings
{
    QTemporaryDir dir;
    QSettings settings {fileName(), QSettings::IniFormat};
    QString fileName() const { return dir.filePath(QStringLiteral("settings.ini")); }
};

// The environment for a child process whose home (and so its settings) is
// `home`, on the offscreen platform.
QProcessEnvironment isolatedEnvironment(const QString &home);

} // namespace jixiao::testing
