#!/usr/bin/env bash
# The Windows build under Wine side by side with the Linux build, on this
# machine: start to window (the editor on the sample, quitting once shown),
# the sample to a PDF, a .docx imported. Each is a whole program run, timed
# from outside (wall clock) RUNS times after one warm-up run; prints the
# medians and the ratio Wine / Linux. Not a test (nothing is asserted).
#   scripts/windows/bench.sh [RUNS]      (after scripts/windows/package.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
source "$here/wine.sh"
repo=$win_repo
runs=${1:-7}
build=${JIXIAO_WIN_BUILD:-$repo/build-windows}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
stage=$build/stage/Jixiao-$version
linux=$repo/build/bin/jixiao
[ -x "$stage/jixiao.exe" ] && [ -x "$linux" ] || { echo "bench: build both first (scripts/build.sh, scripts/windows/package.sh)" >&2; exit 2; }
wine=$(wine_loader)
wineserver=$(wine_server)
work=$(mktemp -d /tmp/jixiao-winbench.XXXXXX)
export HOME=$work/home XDG_RUNTIME_DIR=$work
mkdir -p "$HOME"
Xvfb :$((600 + RANDOM % 100)) -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:$(ps -o args= -p $xvfb | sed -n 's/^Xvfb :\([0-9]*\).*/\1/p')
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
trap '"$wineserver" -k 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$WINEPREFIX"
"$wineserver" -p # stays up between runs, as on a PC where Windows is running
"$wine" wineboot -i >/dev/null 2>&1
cp "$repo/resources/samples/shifeng-keji-gongxin-2023.json" "$work/sample.json"
cp "$repo/tests/fixtures/import/seed.docx" "$work/seed.docx"
cd "$work"

# Median wall time in ms of RUNS runs of the command (after one warm-up).
median_ms() {
  "$@" >/dev/null 2>&1 || true
  local t=() i s e
  for ((i = 0; i < runs; i++)); do
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    t+=($(((e - s) / 1000000)))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
# Each run writes a new file (import never replaces one).
lin() { rm -f l.pdf l.jixiao; "$linux" "$@"; }
win() { rm -f w.pdf w.jixiao; "$wine" "$stage/$1" "${@:2}"; }
printf '%-28s %10s %10s %7s\n' "what (median of $runs)" "Linux ms" "Wine ms" "ratio"
row() { # name linux-ms wine-ms
  printf '%-28s %10s %10s %7s\n' "$1" "$2" "$3" "$(awk -v a="$2" -v b="$3" 'BEGIN{printf "%.1f", b/a}')"
}
row "start to window (sample)" "$(median_ms lin --sample --exit-when-shown)" "$(median_ms win jixiao.exe --sample --exit-when-shown)"
row "sample -> PDF" "$(median_ms lin export-pdf sample.json -o l.pdf)" "$(median_ms win jixiao-cli.exe export-pdf sample.json -o w.pdf)"
row "import seed.docx" "$(median_ms lin import seed.docx -o l.jixiao)" "$(median_ms win jixiao-cli.exe import seed.docx -o w.jixiao)"
