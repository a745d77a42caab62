// SPDX-License-Identifier: GPL-3.0-or-later
// jixiao pull URI FILING-ID -o FILE: copy a filing of the shared store into a
// local draft (or .json); without FILING-ID, list the store's filings.
#include "cli.h"

#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/sharedstore.h"
#include "storage/sharedsync.h"

#include <QFileInfo>

using namespace jixiao;

int runPull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URI"),
        cli::Text::tr("The shared store: postgresql://user@host:port/database (the password "
                      "comes from PGPASSWORD or ~/.pgpass)."));
    parser.addPositionalArgument(
        QStringLiteral("FILING-ID"), cli::Text::tr("The number of the filing in the store; without it, list them."));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("The file to create (.jixiao or .json); never replaced."), QStringLiteral("FILE"));
    parser.addOption(output);
    int exit = cli::Ok;
    if (!cli::parse(
            parser, *cli::find(QStringLiteral("pull")), arguments, QStringLiteral("URI [FILING-ID -o FILE]"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2 || (pos.size() == 2 && !parser.isSet(output))) {
        cli::err() << cli::Text::tr("pull takes the address of the shared store, then FILING-ID -o FILE") << Qt::endl;
        return cli::BadInput;
    }
    qint64 id = 0;
    if (pos.size() == 2) {
        bool ok = false;
        id = pos[1].toLongLong(&ok);
        if (!ok || id <= 0) {
            cli::err() << cli::Text::tr("“%1” is not a filing number.").arg(pos[1]) << Qt::endl;
            return cli::BadInput;
        }
        if (QFileInfo::exists(parser.value(output))) {
            cli::err() << cli::Text::tr("%1 already exists; choose another name.").arg(parser.value(output))
                       << Qt::endl;
            return cli::BadInput;
        }
    }
    QString error;
    std::unique_ptr<SharedStore> store = SharedStore::connect(pos[0], &error);
    if (!store) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    if (pos.size() == 1) {
        QList<SharedStore::Entry> entries;
        if (!store->list(&entries, &error)) {
            cli::err() << error << Qt::endl;
            return cli::BadInput;
        }
        for (const SharedStore::Entry &e : entries)
            cli::out() << QStringLiteral("%1\t%2\t%3\t").arg(e.id).arg(e.fiscalYear).arg(e.department)
                       << cli::Text::tr("revision %1, saved by %2 at %3").arg(e.revision).arg(e.updatedBy, e.updatedAt)
                       << Qt::endl;
        return cli::Ok;
    }
    const QString target = parser.value(output);
    qint64 revision = 0;
    if (!pullFiling(*store, id, target, &revision, &error)) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    cli::out()
        << cli::Text::tr("Wrote %1: filing %2 of %3 (revision %4).").arg(target).arg(id).arg(store->uri()).arg(revision)
        << Qt::endl;
    return cli::Ok;
}
