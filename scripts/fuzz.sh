#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for a
# bounded time, starting from the sample and a few seeds. The Word/Excel
# readers run under a memory limit (-malloc_limit_mb, -rss_limit_mb; with
# -fork so that an out-of-memory input is recorded and the run goes on),
# seeded with the hostile workbooks of issue 20; then the release build's
# `jixiao import` reads each hostile file and the worst corpus inputs under
# `ulimit -v`, and the peak memory of each is reported.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
#   JIXIAO_FUZZ_TARGETS="office" scripts/fuzz.sh 600   only some targets
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
JIXIAO_FUZZ=1 scripts/install-deps.sh
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJIXIAO_FUZZ=ON -DJIXIAO_BUILD_TESTS=OFF -DJIXIAO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_money fuzz_json_import fuzz_draft_open fuzz_office_import
work=build-fuzz/corpus
mkdir -p "$work/money" "$work/json" "$work/draft" "$work/office" build-fuzz/artifacts
printf '19.54' >"$work/money/a"; printf '0.8万元' >"$work/money/b"; printf '１，２３４．５' >"$work/money/c"
printf '2000元' >"$work/money/d"; printf -- '-0.000001' >"$work/money/e"
cp resources/samples/shifeng-keji-gongxin-2023.json "$work/json/sample.json"
# What the strict reader refuses, as seeds: a key twice, raw NUL and control
# characters, half a surrogate pair, bytes that are not UTF-8.
sed 's/"fiscalYear": 2023,/"fiscalYear": 2023, "fiscalYear": 2024,/' "$work/json/sample.json" >"$work/json/dup-key.json"
sed 's/"amountUnit": "万元"/"amountUnit": "万\\ud800元"/' "$work/json/sample.json" >"$work/json/lone-surrogate.json"
sed 's/"amountUnit": "万元"/"amountUnit": "万\x01元"/' "$work/json/sample.json" >"$work/json/control.json"
printf '{"format":"jixiao-filing","a":"\0","a":"\xed\xa0\x80"}' >"$work/json/tiny.json"
# Office: the first byte picks archive (0), .docx body (1) or .xlsx sheet (2).
{ printf '\0'; cat tests/fixtures/import/seed.docx; } >"$work/office/archive"
{ printf '\1'; python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' tests/fixtures/import/seed.docx word/document.xml; } >"$work/office/docx"
{ printf '\2'; python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' tests/fixtures/import/seed.xlsx xl/worksheets/sheet1.xml; } >"$work/office/xlsx"
python3 - tests/fixtures/import/seed.xlsx "$work/office/workbook" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
part = lambda n: z.read(n) if n in z.namelist() else b''
open(sys.argv[2], 'wb').write(b'\x03' + part('xl/workbook.xml') + b'\0\0' + part('xl/worksheets/sheet1.xml') + b'\0\0' + part('xl/sharedStrings.xml'))
PY
hostile=build-fuzz/hostile
python3 tests/fuzz/make-hostile-office.py "$hostile" "$work/office"
export QT_QPA_PLATFORM=offscreen
JIXIAO_FUZZ_MAKE_SEED="$work/draft/sample.jixiao" build-fuzz/fuzz/fuzz_draft_open
# The memory limit of an import (issue 20: any input of at most 64 MB within
# 300 MB). Under ASan a process needs more than the program itself; one
# allocation, though, is held to the limit.
memory_mb=300
targets="${JIXIAO_FUZZ_TARGETS:-money json draft office}"
for t in money:fuzz_money json:fuzz_json_import draft:fuzz_draft_open office:fuzz_office_import; do
  dir=${t%%:*}; exe=${t##*:}
  case " $targets " in *" $dir "*) ;; *) continue ;; esac
  len=131072; limits=()
  if [ "$dir" = office ]; then
    len=262144 # a draft and a .docx body are large
    limits=(-malloc_limit_mb=$memory_mb -rss_limit_mb=$((memory_mb * 4)) -fork=1 -ignore_ooms=1 -ignore_crashes=1
      -ignore_timeouts=1)
  fi
  echo "== $exe for ${secs}s"
  # No leak check at the end of an out-of-memory input: it would walk the
  # whole heap for minutes (the leaks are what the memory limit is about).
  ASAN_OPTIONS=detect_leaks=$([ "$dir" = office ] && echo 0 || echo 1) \
  build-fuzz/fuzz/$exe "$work/$dir" -max_total_time="$secs" -max_len=$len -timeout=10 "${limits[@]}" \
    -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 2>&1 \
    | grep -E 'stat::|Done|ERROR|SUMMARY|out-of-memory|malloc\(|INFO: fuzzed for|crash-|oom-|timeout-|^#[0-9]+: cov' \
    | tail -n 25 || true
done

# The real program on the hostile files and on the largest corpus inputs:
# exit code, seconds and peak memory (KB) of each, under ulimit -v.
if [ -x build/bin/jixiao ]; then
  echo "== jixiao import under a memory limit (ulimit -v $((memory_mb * 4)) MB; peak RSS reported)"
  files=("$hostile"/*.xlsx)
  # The largest office corpus inputs, as the files they stand for.
  mkdir -p build-fuzz/corpus-files
  for f in $(ls -S "$work/office" | head -n 5); do
    python3 - "$work/office/$f" build-fuzz/corpus-files/"$f".xlsx <<'PY'
import sys, zipfile
data = open(sys.argv[1], 'rb').read()
mode, rest = data[0] % 4, data[1:]
out = sys.argv[2]
if mode == 0:
    open(out, 'wb').write(rest); sys.exit()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    if mode == 1:
        z.writestr('word/document.xml', rest)
    elif mode == 2:
        z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="s" sheetId="1"/></sheets></workbook>')
        z.writestr('xl/worksheets/sheet1.xml', rest)
    else:
        parts = rest.split(b'\0\0', 2) + [b'', b'']
        z.writestr('xl/workbook.xml', parts[0]); z.writestr('xl/worksheets/sheet1.xml', parts[1])
        z.writestr('xl/sharedStrings.xml', parts[2])
PY
    files+=(build-fuzz/corpus-files/"$f".xlsx)
  done
  worst=0; worst_file=
  for f in "${files[@]}"; do
    code=0
    (ulimit -v $((memory_mb * 4 * 1024)); /usr/bin/time -o build-fuzz/import-time.txt -f '%M %e' \
      timeout 60 build/bin/jixiao import "$f" -o build-fuzz/import-out.json >/dev/null 2>build-fuzz/import-err.txt) \
      || code=$?
    read -r rss secs_used < <(tail -n 1 build-fuzz/import-time.txt)
    printf '%8s KB %6ss  exit %3s  %s\n          %s\n' "$rss" "$secs_used" "$code" "$(basename "$f") ($(stat -c %s "$f") bytes)" \
      "$(grep -v '^Command' build-fuzz/import-err.txt | head -n 1 | cut -c1-200)"
    if [ "${rss:-0}" -gt "$worst" ] 2>/dev/null; then worst=$rss; worst_file=$f; fi
    rm -f build-fuzz/import-out.json
  done
  echo "worst: $((worst / 1024)) MB peak for $(basename "$worst_file") (limit ${memory_mb} MB)"
else
  echo "(build/bin/jixiao not built: scripts/build.sh first, for the memory of the real import)"
fi
echo "fuzz: crashes (if any) are in build-fuzz/artifacts/"
ls build-fuzz/artifacts/
