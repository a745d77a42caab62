#!/usr/bin/env bash
# Makes the NSIS installer (installer.nsi) of a staged installation folder:
#   make-installer.sh STAGE VERSION OUT.exe
# package.sh calls it for the release; scripts/windows/test.sh for the
# upgrade test (a later version over this one), which sets JIXIAO_NSIS_FAST=1
# for a quickly compressed one.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
stage=$1 version=$2 setup=$3
# The uninstaller removes exactly these files (and then the empty folders).
files=$(mktemp --suffix=.nsh)
trap 'rm -f "$files"' EXIT
(
  cd "$stage"
  find . -type f | sort | sed 's|^\./||; s|/|\\|g; s|.*|Delete "$INSTDIR\\&"|'
  find . -mindepth 1 -type d | sort -r | sed 's|^\./||; s|/|\\|g; s|.*|RMDir "$INSTDIR\\&"|'
) >"$files"
size_kb=$(du -sk "$stage" | cut -f1)
rm -f "$setup"
fast=()
[ "${JIXIAO_NSIS_FAST:-0}" = 1 ] && fast=(-X"SetCompressor /FINAL zlib")
makensis "${fast[@]}" -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$stage" -DFILES="$files" \
  -DSIZE_KB="$size_kb" -DICON="$win_repo/resources/icons/jixiao.ico" -DOUTFILE="$setup" \
  "$here/installer.nsi"
