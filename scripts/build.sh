#!/usr/bin/env bash
# Configures and builds into ./build (warnings are errors when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
# Only CI forces -Werror; otherwise the cache keeps what the developer chose
# (flipping the option would rebuild everything).
args=()
[ "${CI:-}" = true ] && args+=(-DJIXIAO_WERROR=ON)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${args[@]}" >/dev/null
cmake --build build -j"$(nproc)"
