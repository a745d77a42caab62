// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTextStream>

#include <cstdio>

namespace jixiao::cli {

// A text stream on stdout or stderr. Control characters other than tab and
// line feed (ESC, CR, DEL, the C1 controls) are written visibly as \u001b and
// the like, so that a filing's text or a file's name cannot command the
// terminal. In a Windows console it writes UTF-16 with WriteConsoleW, so
// Chinese reads right whatever the console's code page (CP936 in a Chinese
// Windows); to pipes, files and on Unix it writes UTF-8.
QTextStream *openStandardStream(FILE *file);

// The escaping of openStandardStream(), for UTF-8 text written in pieces:
// `pending` keeps a character's first byte that the next piece completes.
QByteArray escapeControls(QByteArrayView utf8, QByteArray *pending);

} // namespace jixiao::cli
