#!/usr/bin/env bash
# Configures and builds into ./build (warnings are errors when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
# Only CI forces -Werror; otherwise the cache keeps what the developer chose
# (flipping the option would rebuild everything).
args=()
[ "${CI:-}" = true ] && args+=(-DJIXIAO_WERROR=ON)
# JIXIAO_UNITY_BUILD=ON (scripts/test.sh): up to sixteen sources compiled as
# one, for a whole build from scratch; unset, the cache keeps what it has (one
# source at a time in a new folder: quicker after editing one file).
[ -n "${JIXIAO_UNITY_BUILD:-}" ] && args+=(-DCMAKE_UNITY_BUILD="$JIXIAO_UNITY_BUILD" -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${args[@]}" >/dev/null
cmake --build build -j"$(nproc)"
