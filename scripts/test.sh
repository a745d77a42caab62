#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the
# whole suite with CTest (PostgreSQL tests get a throwaway server), then the
# Windows job (scripts/windows/test.sh). Fails if either fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# A whole build from scratch, as CI's is: compiled as unity sources (build.sh).
JIXIAO_UNITY_BUILD=${JIXIAO_UNITY_BUILD:-ON} scripts/build.sh
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway PostgreSQL server for the shared-store tests, always stopped
# again; without one they are skipped, each saying why.
if pg_env=$(scripts/pg-test-server.sh start); then
  eval "$pg_env"
  trap '"'"$PWD"'/scripts/pg-test-server.sh" stop "$JIXIAO_PG_TEST_DIR"' EXIT
  trap 'exit 130' INT TERM
else
  echo "test.sh: no PostgreSQL server could be started; the shared-store tests will be skipped" >&2
fi
linux=0
(cd build && ctest --output-on-failure -j"$(nproc)" --timeout 600) || linux=$?
# The Windows build, its installer and its tests under Wine.
windows=0
if [ "${JIXIAO_WINDOWS:-1}" = 0 ]; then
  echo "test.sh: JIXIAO_WINDOWS=0: the Windows job is left out" >&2
else
  scripts/windows/test.sh || windows=$?
fi
[ $linux = 0 ] || echo "test.sh: the Linux suite failed" >&2
[ $windows = 0 ] || echo "test.sh: the Windows job failed" >&2
[ $linux = 0 ] && [ $windows = 0 ]
