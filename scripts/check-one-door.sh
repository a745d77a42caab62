#!/usr/bin/env bash
# One door for writing, one way in for reading: fails when product code
# outside core/files opens a file itself (QSaveFile, QFile::open for writing
# or reading, QPdfWriter/QPrinter on a path, C and C++ file streams, POSIX or
# Win32 opens, copies and renames) instead of going through core/files
# (files::SafeOutput, files::openInput / files::readInput). Each exception
# below is a line that opens something that is not a user's file, with why.
set -euo pipefail
root="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
cd "$root"
pattern='QSaveFile|QTemporaryFile|QIODevice::(WriteOnly|ReadWrite|Append|ReadOnly|Truncate|NewOnly)|QFile(Device)?::(WriteOnly|ReadWrite|Append|ReadOnly)|QPdfWriter *\(|QPdfWriter [A-Za-z_]+ *\( *[^&)]|setOutputFileName|std::[io]?fstream|\bfopen *\(|_wfopen|(^|[^A-Za-z0-9_])::open *\(|\bCreateFileW? *\(|QFile::copy|QFile::rename|QFile::link|QDir\(\)\.rename|\.copy\(|(^|[^A-Za-z0-9_])::rename *\(|std::filesystem'
# file:text-on-the-line — why it is not a user's file
allowed=(
  'app/console.cpp:device->open(QIODevice::WriteOnly | QIODevice::Unbuffered)'   # stdout/stderr, not a file
  'core/import/zippackage.cpp:m_buffer.open(QIODevice::ReadOnly)'                # a QBuffer over bytes already read
  'core/import/zippackage.cpp:buffer.open(QIODevice::ReadWrite)'                 # a QBuffer the workbook is packed into
  'core/print/filingprinter.cpp:pdf.open(QIODevice::WriteOnly)'                  # the QBuffer the PDF is painted into, then SafeOutput
  'core/print/filingprinter.cpp:QPdfWriter writer(&pdf)'                         # on that QBuffer
  'core/storage/draftopen.cpp:QFile::copy(abs, copy)'                            # a look-only copy into a QTemporaryDir of ours
  'core/storage/draftopen.cpp:QFile::copy(abs, backup)'                          # the backup beside a draft before its schema update (a new name, never a replacement)
)
status=0
while IFS= read -r hit; do
  file=${hit%%:*}; rest=${hit#*:}; line=${rest#*:}
  ok=0
  for a in "${allowed[@]}"; do
    if [ "$file" = "${a%%:*}" ] && [[ "$line" == *"${a#*:}"* ]]; then ok=1; break; fi
  done
  if [ "$ok" = 0 ]; then
    echo "not through core/files: $hit"
    status=1
  fi
done < <(grep -rnE --include='*.cpp' --include='*.h' "$pattern" core app ui | grep -v '^core/files/' \
  | grep -vE '^[^:]+:[0-9]+: *//')
if [ "$status" != 0 ]; then
  echo "Every file Jixiao writes goes through files::SafeOutput and every file it reads through files::openInput"
  echo "or files::readInput (core/files/safefile.h). See scripts/check-one-door.sh."
fi
exit $status
