#!/usr/bin/env bash
# Print benchmark, side by side in one run:
#   1. whole-process time of `jixiao export-pdf` on the sample versus
#      `libreoffice --headless --convert-to pdf` on the same four tables as a
#      spreadsheet (tests/bench/make_fods.py writes it from the sample);
#   2. the large generated filing (500 directions): wall time and peak memory
#      of `jixiao export-pdf` (/usr/bin/time -v), goals < 5 s and < 300 MB;
#   3. bench_print (Google Benchmark): layout alone and export, in process;
#   4. with BASELINE=/path/to/another/jixiao (the previous release, built from
#      its commit in a folder of its own), the sample and the 200- and
#      500-direction exports of both side by side in the same run (hyperfine:
#      median wall time, mean CPU time).
# LibreOffice (and hyperfine, when missing) are installed here only, not by
# scripts/install-deps.sh. Numbers go to stdout and tests/bench/results/print.txt.
#   scripts/bench-print.sh            (RUNS=N repetitions, default 10; BUILD_DIR=… default build;
#                                      BASELINE=…/jixiao to compare with another build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"
runs="${RUNS:-10}"
[ -x "$build/bin/jixiao" ] || scripts/build.sh >/dev/null
cmake --build "$build" --target jixiao bench_print >/dev/null
exe="$PWD/$build/bin/jixiao"

need=()
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "bench-print: installing ${need[*]} (benchmark only)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/xdg"; mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
mkdir -p tests/bench/results
report=tests/bench/results/print.txt
: >"$report"
say() { echo "$*" | tee -a "$report"; }

"$exe" sample -o "$work/sample.json" >/dev/null
python3 tests/bench/make_fods.py "$work/sample.json" "$work/sample.fods"
lo=(soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work/sample.fods")
jx=("$exe" export-pdf "$work/sample.json" -o "$work/jixiao.pdf")
# Both once untimed: LibreOffice creates its profile, both fill the disk cache.
"${lo[@]}" >/dev/null 2>&1
"${jx[@]}" >/dev/null
say "== the sample: jixiao $(pdfinfo "$work/jixiao.pdf" | awk '/^Pages:/ {print $2}') pages," \
    "LibreOffice $(pdfinfo "$work/lo/sample.pdf" | awk '/^Pages:/ {print $2}') pages (same four tables)"

median_ms() { # command… → median wall time of $runs runs in ms
  local t=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    t+=($(((e - s) / 1000000)))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" -N \
    --command-name "jixiao export-pdf" "$(printf '%q ' "${jx[@]}")" \
    --command-name "libreoffice --convert-to pdf" "$(printf '%q ' "${lo[@]}")" | tee -a "$report"
  read -r jms lms < <(python3 -c "import json,sys; r=json.load(open('$work/h.json'))['results']; print(*(round(x['median']*1000) for x in r))")
  # CPU time too: on a busy machine the wall clock also measures the neighbours.
  say "$(python3 -c "
import json
j, l = json.load(open('$work/h.json'))['results']
cj, cl = (x['user'] + x['system'] for x in (j, l))
print(f'mean CPU time (user + system): jixiao {cj * 1000:.0f} ms, LibreOffice {cl * 1000:.0f} ms: {cl / cj:.1f}x')")"
else
  jms=$(median_ms "${jx[@]}")
  lms=$(median_ms "${lo[@]}")
fi
say "median whole-process time over $runs runs: jixiao ${jms} ms, LibreOffice ${lms} ms"
say "$(python3 -c "print(f'jixiao is {$lms / max($jms, 1):.1f}x faster in wall time (goal: at least 20x)')")"
say "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

say "== the large generated filing (500 directions)"
"$exe" generate --directions 500 -o "$work/large.json" >/dev/null
/usr/bin/time -v "$exe" export-pdf "$work/large.json" -o "$work/large.pdf" 2>"$work/time.txt" >"$work/out.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
secs=$(python3 -c "p='$wall'.split(':'); print(sum(float(x) * 60 ** i for i, x in enumerate(reversed(p))))")
say "$(cat "$work/out.txt")"
say "wall ${secs} s (goal < 5 s), peak memory $((rss / 1024)) MB (goal < 300 MB)"
ok=$(python3 -c "print(int($secs < 5 and $rss < 300 * 1024))")

say "== bench_print (in process)"
"$build/bench/bench_print" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>/dev/null \
  | grep -E '_median|^Benchmark' | tee -a "$report"
if [ -n "${BASELINE:-}" ]; then
  say "== side by side with the baseline $BASELINE (hyperfine, $runs runs each)"
  "$exe" generate --directions 200 -o "$work/d200.json" >/dev/null
  for f in sample.json d200.json large.json; do
    hyperfine --warmup 1 --runs "$runs" -N --export-json "$work/b.json" \
      --command-name "baseline $f" "$(printf '%q ' "$BASELINE" export-pdf "$work/$f" -o "$work/base.pdf")" \
      --command-name "this build $f" "$(printf '%q ' "$exe" export-pdf "$work/$f" -o "$work/this.pdf")" >/dev/null
    say "$(python3 -c "
import json
b, t = json.load(open('$work/b.json'))['results']
cpu = lambda x: (x['user'] + x['system']) * 1000
print(f'$f: median wall baseline {b[\"median\"] * 1000:.0f} ms, this build {t[\"median\"] * 1000:.0f} ms '
      f'({b[\"median\"] / t[\"median\"]:.2f}x); mean CPU baseline {cpu(b):.0f} ms, this build {cpu(t):.0f} ms')")"
  done
  say "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
fi
echo "bench-print: results in $report"
[ "$ok" = 1 ] || { echo "bench-print: the large export missed its goal" >&2; exit 1; }
