// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedsync.h"

#include "filingfile.h"
#include "sharedstore.h"

namespace jixiao {

PushResult pushFiling(SharedStore &store, Draft *draft, const Filing &filing, bool asNew)
{
    PushResult r;
    r.origin = draft ? draft->origin() : std::nullopt;
    // The same store is the same database, however its address is written;
    // drafts of older versions remember only the address.
    r.sameStore = r.origin
        && (!r.origin->store.isEmpty() && !store.identity().isEmpty() ? r.origin->store == store.identity()
                                                                      : r.origin->uri == store.uri());
    if (!r.sameStore && !asNew) {
        // A new filing only when asked for: a mistyped address or another
        // store must not quietly make a second copy.
        r.kind = PushResult::NotFromThisStore;
        return r;
    }
    if (r.sameStore && !asNew) {
        Filing stored;
        std::unique_ptr<SharedFiling> shared = store.open(r.origin->filingId, &stored, &r.error);
        if (!shared)
            return r;
        if (shared->revision() != r.origin->revision) {
            r.kind = PushResult::ChangedMeanwhile;
            r.revision = shared->revision();
            return r;
        }
        SaveConflict conflict;
        switch (shared->save(filing, &r.error, &conflict)) {
        case SharedFiling::Saved:
            break;
        case SharedFiling::Conflict:
            r.kind = PushResult::Conflict;
            r.error = conflict.message;
            return r;
        case SharedFiling::Failed:
            return r;
        }
        r.id = shared->id();
        r.revision = shared->revision();
    } else {
        if (!store.insert(filing, &r.id, &r.error))
            return r;
        r.revision = 1;
    }
    r.kind = PushResult::Stored;
    // Nothing to record when the draft already names this revision (the
    // store had it unchanged).
    const bool recorded = r.sameStore && r.origin->filingId == r.id && r.origin->revision == r.revision;
    if (draft && !recorded) {
        QString error;
        if (draft->isReadOnly())
            r.notRecorded = draft->readOnlyReason();
        else if (!draft->setOrigin(Draft::Origin {store.uri(), r.id, r.revision, store.identity()}, &error))
            r.notRecorded = error;
    }
    return r;
}

bool pullFiling(SharedStore &store, qint64 id, const QString &target, qint64 *revision, QString *error)
{
    Filing filing;
    std::unique_ptr<SharedFiling> shared = store.open(id, &filing, error);
    if (!shared)
        return false;
    // Created exclusively, never replacing; a draft remembers where it came from.
    files::WriteOptions options;
    options.mayReplace = false;
    std::optional<Draft::Origin> origin;
    if (FilingFile::kindOf(target) == FilingFile::Draft)
        origin = Draft::Origin {store.uri(), id, shared->revision(), store.identity()};
    if (!saveFilingFile(target, filing, error, options, origin))
        return false;
    if (revision)
        *revision = shared->revision();
    return true;
}

} // namespace jixiao
