#!/usr/bin/env bash
# Cross-builds Jixiao for Windows with the cached Qt (scripts/windows/build-qt.sh
# makes it when missing) and writes into out/windows/:
#   Jixiao-<version>-setup.exe   NSIS installer (per-user or per-machine, /S)
#   Jixiao-<version>-win64.zip   the same folder, portable
# The build folder is build-windows/ (JIXIAO_WIN_BUILD to change); with
# JIXIAO_WIN_TESTS=ON (what scripts/windows/test.sh sets) the tests are
# configured too, to run under Wine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
source "$here/wine.sh"

prefix=$("$here/build-qt.sh" | tail -n1)
zipdeps=$("$here/build-zip.sh" | tail -n1)
qpsql=$("$here/build-pq.sh" | tail -n1)
build=${JIXIAO_WIN_BUILD:-$win_repo/build-windows}
out=$win_repo/out/windows
mkdir -p "$build" "$out"

# Runs a cross-built program under Wine: CTest and gtest_discover_tests call
# it (CMAKE_CROSSCOMPILING_EMULATOR; tests are listed when CTest runs, not at
# build time). Qt makes windows even offscreen, so under Wine the tests need
# a display (scripts/windows/test.sh starts Xvfb). The DLLs come from the Qt cache and the
# MinGW run time, the plugins from the Qt cache; one Wine prefix per build.
gcc_dir=$(dirname "$(${win_mingw}-g++-posix -print-file-name=libstdc++-6.dll)")
pthread_dir=$(cd "$(dirname "$(${win_mingw}-g++-posix -print-file-name=libwinpthread-1.dll)")" && pwd)
cat >"$build/wine-run" <<RUN
#!/usr/bin/env bash
export WINEPREFIX=\${JIXIAO_WINEPREFIX:-$build/wineprefix}
export WINEDEBUG=\${WINEDEBUG:--all} WINEDLLOVERRIDES="mscoree,mshtml="
export WINEPATH='$(wine_path "$prefix/qt/bin");$(wine_path "$qpsql/bin");$(wine_path "$gcc_dir");$(wine_path "$pthread_dir")'
# Wine keeps the host's QT_* variables from Windows programs; WINEQT_* ones
# reach them without the prefix. The tests run on the windows platform, as
# the program does (Wine has a display: scripts/windows/test.sh starts Xvfb).
export WINEQT_PLUGIN_PATH='$(wine_path "$prefix/qt/plugins");$(wine_path "$qpsql/plugins")'
export WINEQT_QPA_PLATFORM=\${WINEQT_QPA_PLATFORM:-windows}
exec '$(wine_loader)' "\$@"
RUN
chmod +x "$build/wine-run"

tests=${JIXIAO_WIN_TESTS:-OFF}
cmake -S "$win_repo" -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$prefix/qt/lib/cmake/Qt6/qt.toolchain.cmake" \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$win_toolchain" \
  -DCMAKE_BUILD_TYPE=Release -DJIXIAO_WERROR=ON \
  -DJIXIAO_BUILD_TESTS="$tests" -DJIXIAO_BUILD_UI_TESTS=OFF -DJIXIAO_BUILD_BENCHMARKS=OFF \
  -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 \
  -DGTest_DIR="$prefix/gtest/lib/cmake/GTest" \
  -DMINIZIP_INCLUDE_DIR="$zipdeps/include/minizip" -DMINIZIP_LIBRARY="$zipdeps/lib/libminizip.a" \
  -DZLIB_INCLUDE_DIR="$zipdeps/include" -DZLIB_LIBRARY="$zipdeps/lib/libz.a" \
  -DJIXIAO_WIN_QPSQL_DIR="$qpsql" \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$build/wine-run" \
  -DCMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE=PRE_TEST >/dev/null
cmake --build "$build" -j"$(nproc)" --target jixiao jixiao-cli

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
stage=$build/stage/Jixiao-$version
rm -rf "$build/stage"
cmake --install "$build" --prefix "$stage" --strip >/dev/null
find "$stage" -name '*.dll' -exec ${win_mingw}-strip --strip-unneeded {} +

setup=$out/Jixiao-$version-setup.exe
zip=$out/Jixiao-$version-win64.zip
rm -f "$zip"
"$here/make-installer.sh" "$stage" "$version" "$setup"
(cd "$build/stage" && zip -qr9 "$zip" "Jixiao-$version")
ls -l "$setup" "$zip"
