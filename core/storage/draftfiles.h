// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the draft (draft.cpp, draftopen.cpp): what a file is before SQLite
// reads it, and which drafts this process has open.
#include "files/draftlock.h"

#include <QFileInfo>
#include <QString>

namespace jixiao::draftfiles {

using files::OpenDrafts;
using files::registryKey;

// The path as the user's system writes it, for messages.
QString displayName(const QString &path);
// Whether the file or folder may be written and is not marked read-only.
bool writable(const QFileInfo &fi);
// Whether a crash left a journal or log with content beside the draft.
bool hotJournal(const QString &path);
// Whether the first bytes are those of a complete Jixiao draft; `journal`:
// a hot journal may still change the header. The error says what it is instead.
bool checkHeader(const QString &path, bool journal, QString *error);
// Whether the header says write-ahead log.
bool walHeader(const QString &path);
// A free name beside the draft for its copy before a schema update.
QString backupName(const QString &path, int version);

} // namespace jixiao::draftfiles
