#!/usr/bin/env bash
# Regenerates the golden page images of the sample's printout (tests/golden/)
# after an intended change of the print layout. Look at the new images before
# committing them: titles, borders, merged cells, alignment, no clipped text.
#   scripts/refresh-golden.sh            (uses ./build; BUILD_DIR=… for another)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"
[ -f "$build/CMakeCache.txt" ] || scripts/build.sh >/dev/null
cmake --build "$build" --target test_print >/dev/null
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
JIXIAO_REFRESH_GOLDEN=1 "$build/tests/unit/print/test_print" --gtest_filter='Golden.SamplePagesMatchTheReferences' | grep '^golden:'
git status --short tests/golden
