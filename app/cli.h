// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/safefile.h"
#include "model/filing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace jixiao::cli {

// Translation context for the command line's messages: cli::Text::tr("…").
class Text
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::cli)
};

// Exit codes shared by every subcommand.
enum Exit { Ok = 0, Findings = 1, BadInput = 2 };

struct Command
{
    const char *name;
    const char *summary; // English; shown translated in --help
    bool needsGui;       // fonts and painting: a QGuiApplication (offscreen without a display)
    int (*run)(const QStringList &arguments);
};

// Every subcommand, in the order --help lists them. Each lives in cmd_<name>.cpp.
const QList<Command> &commands();
const Command *find(const QString &name);

QTextStream &out();
QTextStream &err();

// Parses `arguments` (the subcommand's, program name first) with --help; on
// --help prints and returns Ok through *exitCode, on an error prints the reason
// and returns BadInput. Returns true when the command should go on.
bool parse(QCommandLineParser &parser, const Command &command, const QStringList &arguments,
           const QString &positionalSyntax, int *exitCode);

// Reads a filing from a .json interchange file (or, where storage supports
// it, a draft). On failure prints "FILE: reason" to stderr and returns false.
bool loadFiling(const QString &path, Filing *filing);
bool saveFiling(const QString &path, const Filing &filing, const files::WriteOptions &options = {});
// --force: replace a read-only output too (it stays read-only).
QCommandLineOption forceOption();

} // namespace jixiao::cli

int runConvert(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runSample(const QStringList &arguments);
int runExportPdf(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runNewYear(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runPush(const QStringList &arguments);
int runPull(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runRules(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExportXlsx(const QStringList &arguments);
