// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real jixiao executable with no display, as CI and a script would.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

using EnvironmentChanges = QList<std::pair<QString, QString>>;

// The environment of a jixiao run: no display, English unless `changes` say
// otherwise.
inline QProcessEnvironment cliEnvironment(const EnvironmentChanges &changes = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const auto &[key, value] : changes)
        env.insert(key, value);
    return env;
}

// Runs jixiao with `changes` to its environment; a process still running
// after `ms` is killed and reported as exit code -2 (the promise is then to
// come back at all).
inline CliResult runJixiaoWith(const QStringList &args, const EnvironmentChanges &changes, int ms = 120000)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(changes));
    p.start(QStringLiteral(JIXIAO_EXE), args);
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished(5000);
        return {-2, QString(), QString()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline CliResult runJixiao(const QStringList &args, const QString &language = QStringLiteral("en"))
{
    return runJixiaoWith(args, {{QStringLiteral("LANGUAGE"), language}});
}
