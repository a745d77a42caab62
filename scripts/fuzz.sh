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
cmake --build build-fuzz -j"$(nproc)" --target fuzz_money fuzz_json_import fuzz_office_import
work=build-fuzz/corpus
mkdir -p "$work/money" "$work/json" "$work/office" build-fuzz/artifacts
printf '19.54' >"$work/money/a"; printf '0.8万元' >"$work/money/b"; printf '１，２３４．５' >"$work/money/c"
printf '2000元' >"$work/money/d"; printf -- '-0.000001' >"$work/money/e"
cp resources/samples/shifeng-keji-gongxin-2023.json "$work/json/sample.json"
# Office: the first byte picks archive (0), .docx body (1) or .xlsx sheet (2).
{ printf '\0'; cat tests/fixtures/import/seed.docx; } >"$work/office/archive"
{ printf '\1'; python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' tests/fixtures/import/seed.docx word/document.xml; } >"$work/office/docx"
{ printf '\2'; python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' tests/fixtures/import/seed.xlsx xl/worksheets/sheet1.xml; } >"$work/office/xlsx"
export QT_QPA_PLATFORM=offscreen
for t in money:fuzz_money json:fuzz_json_import office:fuzz_office_import; do
  dir=${t%%:*}; exe=${t##*:}
  len=65536; [ "$dir" = office ] && len=262144 # a .docx body is larger
  echo "== $exe for ${secs}s"
  build-fuzz/fuzz/$exe "$work/$dir" -max_total_time="$secs" -max_len=$len \
    -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 2>&1 | grep -E 'stat::|Done|ERROR|SUMMARY' || true
done
echo "fuzz: crashes (if any) are in build-fuzz/artifacts/"
ls build-fuzz/artifacts/
