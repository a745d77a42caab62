// SPDX-License-Identifier: GPL-3.0-or-later
// jixiao push FILE URI [--new]: store a filing in the shared PostgreSQL store.
#include "cli.h"

#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/sharedstore.h"
#include "storage/sharedsync.h"

using namespace jixiao;

int runPush(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("The filing to store (.jixiao or .json)."));
    parser.addPositionalArgument(QStringLiteral("URI"),
        cli::Text::tr("The shared store: postgresql://user@host:port/database (the password "
                      "comes from PGPASSWORD or ~/.pgpass)."));
    const QCommandLineOption asNew(QStringLiteral("new"),
        cli::Text::tr("Store it as a new filing (needed unless it was pulled from, or pushed to, this store)."));
    parser.addOption(asNew);
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("push")), arguments, QStringLiteral("FILE URI"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        cli::err() << cli::Text::tr("push takes a filing and the address of the shared store: FILE URI") << Qt::endl;
        return cli::BadInput;
    }
    const QString uri = SharedStore::redactedUri(pos[1]);
    Filing filing;
    std::unique_ptr<Draft> draft;
    QString error;
    if (FilingFile::kindOf(pos[0]) == FilingFile::Draft) {
        // Open it for writing, to remember where it went (read-only if it is
        // open in the editor: then it is pushed without that note).
        draft = Draft::open(pos[0], &filing, nullptr, &error);
        if (!draft) {
            cli::err() << error << Qt::endl;
            return cli::BadInput;
        }
    } else if (!cli::loadFiling(pos[0], &filing)) {
        return cli::BadInput;
    }
    std::unique_ptr<SharedStore> store = SharedStore::connect(pos[1], &error);
    if (!store) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    const PushResult r = pushFiling(*store, draft.get(), filing, parser.isSet(asNew));
    const std::optional<Draft::Origin> &origin = r.origin;
    switch (r.kind) {
    case PushResult::NotFromThisStore:
        if (origin)
            cli::err() << cli::Text::tr("%1 came from filing %2 of another store (%3), not %4. Nothing was stored: "
                                        "to store it there as a new filing, use --new.")
                              .arg(pos[0])
                              .arg(origin->filingId)
                              .arg(SharedStore::redactedUri(origin->uri), uri)
                       << Qt::endl;
        else
            cli::err() << cli::Text::tr("%1 was never stored in %2. Nothing was stored: to store it as a new filing, "
                                        "use --new.")
                              .arg(pos[0], uri)
                       << Qt::endl;
        return cli::BadInput;
    case PushResult::ChangedMeanwhile:
        cli::err() << cli::Text::tr("Filing %1 in %2 was changed after %3 was pulled or pushed (revision %4, "
                                    "now %5). Nothing was stored: pull it again and apply your changes there, "
                                    "or use --new to store yours as a separate filing.")
                          .arg(origin->filingId)
                          .arg(uri, pos[0])
                          .arg(origin->revision)
                          .arg(r.revision)
                   << Qt::endl;
        return cli::Findings;
    case PushResult::Conflict:
        cli::err() << r.error << Qt::endl;
        return cli::Findings;
    case PushResult::Failed:
        cli::err() << r.error << Qt::endl;
        return cli::BadInput;
    case PushResult::Stored:
        break;
    }
    cli::out()
        << cli::Text::tr("Stored %1 as filing %2 in %3 (revision %4).").arg(pos[0]).arg(r.id).arg(uri).arg(r.revision)
        << Qt::endl;
    if (!r.notRecorded.isEmpty()) {
        // What a later push of this draft will really do: it still names
        // what it named before this push.
        if (r.sameStore && origin->filingId == r.id)
            cli::err() << cli::Text::tr("Note: %1 could not record that it was stored (%2). It still names "
                                        "revision %3 of filing %4, so a later push of it is refused as changed "
                                        "meanwhile; to go on working, pull filing %4 again.")
                              .arg(pos[0], r.notRecorded)
                              .arg(origin->revision)
                              .arg(r.id)
                       << Qt::endl;
        else
            cli::err() << cli::Text::tr("Note: %1 could not record that it was stored as filing %2 (%3). A "
                                        "later push of it is refused (it does not name filing %2; with --new it "
                                        "would make yet another filing); to go on working, pull filing %2 "
                                        "again.")
                              .arg(pos[0])
                              .arg(r.id)
                              .arg(r.notRecorded)
                       << Qt::endl;
    }
    return cli::Ok;
}
