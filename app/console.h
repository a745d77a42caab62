// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

#include <cstdio>

namespace jixiao::cli {

// A text stream on stdout or stderr. In a Windows console it writes UTF-16
// with WriteConsoleW, so Chinese reads right whatever the console's code
// page (CP936 in a Chinese Windows); to pipes, files and on Unix it writes
// UTF-8 bytes as they are.
QTextStream *openStandardStream(FILE *file);

} // namespace jixiao::cli
