#!/usr/bin/env bash
# Runs the Google Benchmark programs with repetitions and reports medians.
# The machine is noisy: compare numbers from the same run only.
#   scripts/bench.sh [FILTER]      e.g. scripts/bench.sh ImportJson
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
filter="${1:-.}"
mkdir -p tests/bench/results
for b in build/bench/bench_*; do
  [ -x "$b" ] || continue
  name=$(basename "$b")
  echo "== $name"
  "$b" --benchmark_filter="$filter" --benchmark_repetitions=9 --benchmark_report_aggregates_only=true \
       --benchmark_out="tests/bench/results/$name.json" --benchmark_out_format=json 2>/dev/null \
    | grep -E '_median|^Benchmark|^-' || true
done
