#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the
# whole suite with CTest (PostgreSQL tests get a throwaway server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 600
