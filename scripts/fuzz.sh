#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for a
# bounded time, starting from the sample and a few seeds.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
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
export QT_QPA_PLATFORM=offscreen
JIXIAO_FUZZ_MAKE_SEED="$work/draft/sample.jixiao" build-fuzz/fuzz/fuzz_draft_open
for t in money:fuzz_money json:fuzz_json_import draft:fuzz_draft_open office:fuzz_office_import; do
  dir=${t%%:*}; exe=${t##*:}
  len=131072; [ "$dir" = office ] && len=262144 # a draft and a .docx body are large
  echo "== $exe for ${secs}s"
  build-fuzz/fuzz/$exe "$work/$dir" -max_total_time="$secs" -max_len=$len -timeout=10 \
    -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 2>&1 | grep -E 'stat::|Done|ERROR|SUMMARY' || true
done
echo "fuzz: crashes (if any) are in build-fuzz/artifacts/"
ls build-fuzz/artifacts/
