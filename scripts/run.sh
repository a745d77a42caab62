#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens the
# bundled sample filing in the editor. With no display it says so and runs the
# headless main job on the sample instead, printing where the output went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exe=build/bin/jixiao
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$exe" "$@"
fi
echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no editor window."
echo "run: running the headless job on the bundled sample instead."
out="${JIXIAO_OUT:-$PWD/out}"
mkdir -p "$out"
"$exe" sample -o "$out/sample.json"
"$exe" convert "$out/sample.json" "$out/sample-converted.json"
echo "run: the sample filing is at $out/sample.json and, converted, at $out/sample-converted.json"
