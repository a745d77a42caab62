#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test Jixiao.
# Idempotent: asks apt only for the packages that are missing.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config ccache python3
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql
  libgtest-dev libgmock-dev libbenchmark-dev
  # .docx/.xlsx import and export: bounded zip reading (see core/import)
  libminizip-dev
  # Qt's own zh_CN strings for the standard and print dialogs
  qt6-translations-l10n
  # fonts whose PDFs extract exactly (Noto CJK's do not): a Song/Ming face for
  # the body, and WenQuanYi Zen Hei as the heavy (黑体) face of titles and headings
  fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei
  # UI and PDF checks: the PDFs' text read back with poppler, MuPDF and Ghostscript
  xvfb xauth poppler-utils imagemagick mupdf-tools ghostscript
  # PDF/A-1b validation: Apache PDFBox Preflight, on Java (its jars need these two beside it)
  default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
  # the shared store's tests start a throwaway server
  postgresql
  # .doc/.xls import goes through LibreOffice; its tests need it, not the build
  libreoffice-writer-nogui libreoffice-calc-nogui
  # the import fixtures are made with python-docx and openpyxl (scripts/make-import-fixtures.sh;
  # the made files are committed, so the tests do not need them)
  python3-docx python3-openpyxl
)
if [ "${JIXIAO_FUZZ:-}" = 1 ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
