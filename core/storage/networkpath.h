// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jixiao::storage {

// True when `path` lies on a file server: a UNC path (\\server\share\…,
// \\?\UNC\…) or a mapped network drive on Windows, an NFS or SMB mount on
// Linux. SQLite's write-ahead log needs shared memory that file servers do
// not provide, so drafts there keep a rollback journal.
bool isOnNetworkFileSystem(const QString &path);

// The part decided by the spelling alone, as Windows reads it:
// \\server\share\… or //server/share/… (and the \\?\UNC\ long form), but not
// the local \\?\C:\ or \\.\ forms.
bool isUncPath(const QString &path);

} // namespace jixiao::storage
