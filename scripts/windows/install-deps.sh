#!/usr/bin/env bash
# Installs what the Windows build, installer and Wine tests need, all from
# Debian's archive, and adds a deb-src entry (same archive and suites as the
# machine's deb entries) so that Qt's and SQLite's sources can be fetched.
# Idempotent: asks apt only for what is missing.
set -euo pipefail

packages=(
  # cross compiler (POSIX threads) and what builds the SQLite amalgamation
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  tcl dpkg-dev
  # host Qt tools (moc, rcc, lrelease) and Qt's zh_CN translations
  qt6-base-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # GoogleTest's sources, cross-built for the Windows tests
  googletest
  # zlib and minizip: their Debian sources are cross-built by build-zip.sh
  zlib1g-dev libminizip-dev
  # installer, portable zip, tests under Wine on a virtual display
  nsis zip wine64 xvfb xauth poppler-utils imagemagick x11-utils
  # the editor driven through X as a person types (its shared-store dialogs)
  xdotool
  fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-dejavu-core
  # the shared-store test: a clerk's edit made in a pulled draft; the TLS
  # server's test certificate
  sqlite3 openssl postgresql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "windows/install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO=sudo
fi

need_update=0
src_list=/etc/apt/sources.list.d/jixiao-deb-src.sources
if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  # Copy the Debian stanzas (deb822) and legacy lines, turning deb into deb-src.
  tmp=$(mktemp)
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk 'BEGIN{RS=""; ORS="\n\n"} /URIs:[^\n]*debian\.org/ && /Types:[^\n]*deb/ {sub(/Types:[^\n]*/, "Types: deb-src"); print}' "$f" >>"$tmp"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb [^#]*debian\.org' /etc/apt/sources.list | sed 's/^deb /deb-src /' \
      >/tmp/jixiao-deb-src.list.$$ || true
    if [ -s /tmp/jixiao-deb-src.list.$$ ]; then
      $SUDO cp /tmp/jixiao-deb-src.list.$$ /etc/apt/sources.list.d/jixiao-deb-src.list
    fi
    rm -f /tmp/jixiao-deb-src.list.$$
  fi
  if [ -s "$tmp" ]; then
    $SUDO cp "$tmp" "$src_list"
  fi
  rm -f "$tmp"
  need_update=1
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "windows/install-deps: everything is installed."
  exit 0
fi
echo "windows/install-deps: installing ${missing[*]}"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
