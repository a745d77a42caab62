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
  # The sample unless the caller names a file.
  if [ $# -eq 0 ]; then exec "$exe" --sample; else exec "$exe" "$@"; fi
fi
echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no editor window."
echo "run: running the headless job on the bundled sample instead."
# Qt wants a private runtime folder; without one it warns on every start.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)" && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi
out="${JIXIAO_OUT:-$PWD/out}"
mkdir -p "$out"
"$exe" sample -o "$out/sample.json"
"$exe" convert "$out/sample.json" "$out/sample-converted.json"
echo "run: the sample filing is at $out/sample.json and, converted, at $out/sample-converted.json"
"$exe" export-pdf "$out/sample.json" -o "$out/sample.pdf"
echo "run: the sample's official tables, ready to print, stamp and sign, are at $out/sample.pdf"
# The checks on the sample: it has warnings (exit 0) and would exit 1 on
# errors; only 2 (unreadable input) is a failure of the run.
status=0
"$exe" validate "$out/sample.json" > "$out/sample-findings.txt" || status=$?
if [ "$status" -ge 2 ]; then
  echo "run: validate could not read $out/sample.json (exit $status)" >&2
  exit "$status"
fi
"$exe" validate "$out/sample.json" --format json > "$out/sample-findings.json" || true
echo "run: the checks' findings on the sample ($(tail -n 1 "$out/sample-findings.txt")) are in $out/sample-findings.txt and, for programs, $out/sample-findings.json"
