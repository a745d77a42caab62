// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draft.h"
#include "model/filing.h"

#include <QString>

#include <optional>

// Between a local file and the shared store: pulling a filing into a new
// draft, and pushing a draft back as an update of the filing it came from.
// The command line (push, pull) and the editor (File › Shared Store) take
// this one path; each words the outcome for its own user.
namespace jixiao {

class SharedStore;

struct PushResult
{
    enum Kind {
        Stored,
        // The file did not come from this store (or from none) and a new
        // filing was not asked for: nothing was written.
        NotFromThisStore,
        // The filing it came from was saved by somebody else after it was
        // pulled or pushed: nothing was written.
        ChangedMeanwhile,
        Conflict, // the same, found while saving; `error` says who saved
        Failed,
    };
    Kind kind = Failed;
    bool sameStore = false; // it came from this store
    std::optional<Draft::Origin> origin; // where the draft said it came from, before
    qint64 id = 0; // Stored: the filing
    qint64 revision = 0; // Stored: its new revision; ChangedMeanwhile: the stored one
    QString error; // Failed, Conflict: translated
    // Stored, but the draft could not record it (read-only, a failed write):
    // why. Its next push will be refused as changed meanwhile.
    QString notRecorded;
};

// Stores `filing` (the content of `draft`, when it is one) in `store`: an
// update of the filing the draft came from when that is this store, else a
// new filing when `asNew`. The draft then records the filing and revision.
PushResult pushFiling(SharedStore &store, Draft *draft, const Filing &filing, bool asNew);

// Copies filing `id` of `store` into the new file `target` (a draft or
// .json; never replacing one); a draft remembers where it came from.
bool pullFiling(SharedStore &store, qint64 id, const QString &target, qint64 *revision, QString *error);

} // namespace jixiao
