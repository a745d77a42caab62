#!/usr/bin/env bash
# Builds what Jixiao links on Windows, from Debian's own sources, with
# Debian's MinGW-w64: SQLite (amalgamation, for the QSQLITE driver), Qt 6.4
# (qtbase: Core Gui Widgets Sql PrintSupport, and only the plugins that ship:
# the windows platform, the windowsvista style, QSQLITE) and GoogleTest
# (without GoogleMock, which no test uses). What Jixiao never uses is not
# built: it was most of the cold run's time. Qt is optimised for size (Qt's
# own -optimize-size): smaller DLLs and installer, and less compiling; a forms
# editor spends little of its time in Qt's inner loops. The result
# goes to a cache outside the work tree (see common.sh) and is built only when
# missing. Prints the cache folder on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
"$here/install-deps.sh" >&2

prefix=$(win_prefix)
if [ -f "$prefix/.complete" ]; then
  echo "windows/build-qt: cached in $prefix" >&2
  echo "$prefix"
  exit 0
fi

jobs=${JIXIAO_WIN_JOBS:-$(nproc)}
work=$win_cache_root/work-$(win_key)
rm -rf "$work" "$prefix"
mkdir -p "$work" "$prefix"
cd "$work"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# Sources of exactly the installed versions (the host's Qt tools must match).
fetch_source() { # package version
  mkdir -p "src-$1" && (cd "src-$1" && apt-get source --download-only "$1=$2" >&2)
}

# --- SQLite: the amalgamation, built from Debian's sqlite3 source ---------
sqlite_version=$(win_pkg_version libsqlite3-0)
fetch_source sqlite3 "$sqlite_version"
(cd src-sqlite3 && dpkg-source --no-check -x ./*.dsc sqlite3 >&2)
mkdir -p sqlite-build && (
  cd sqlite-build
  ../src-sqlite3/sqlite3/configure >&2
  make -j"$jobs" sqlite3.c >&2
  ${win_mingw}-gcc-posix -O2 -DSQLITE_ENABLE_COLUMN_METADATA -c sqlite3.c -o sqlite3.o
  mkdir -p "$prefix/sqlite/include" "$prefix/sqlite/lib"
  ${win_mingw}-ar rcs "$prefix/sqlite/lib/libsqlite3.a" sqlite3.o
  cp sqlite3.h sqlite3ext.h "$prefix/sqlite/include/"
)

# --- Qt: qtbase from Debian's qt6-base source -----------------------------
qt_version=$(win_pkg_version qt6-base-dev)
fetch_source qt6-base "$qt_version"
mkdir -p qtbase && tar -xf src-qt6-base/qt6-base_*.orig.tar.* -C qtbase --strip-components=1
# What has no switch of its own in 6.4: the minimal platform plugin (a test
# platform; the Windows tests run on the windows platform), OpenGLWidgets,
# the QtOpenGL module (the windows platform links it but uses only QtGui's
# OpenGL classes) and the framebuffer helpers of the Linux platforms.
sed -i '/add_subdirectory(minimal)/d' qtbase/src/plugins/platforms/CMakeLists.txt
sed -i '/add_subdirectory(openglwidgets)/d; /add_subdirectory(opengl)/d; /add_subdirectory(platformsupport)/d' \
  qtbase/src/CMakeLists.txt
sed -i '/Qt::OpenGLPrivate/d' qtbase/src/plugins/platforms/windows/CMakeLists.txt
host_info=$(dpkg -L qt6-base-dev | grep '/cmake/Qt6HostInfo$' | sed -n 1p)
cmake -S qtbase -B qt-build -G Ninja "${launcher[@]}" \
  -DCMAKE_TOOLCHAIN_FILE="$win_toolchain" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix/qt" \
  -DQT_HOST_PATH=/usr -DQt6HostInfo_DIR="$host_info" \
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
  -DFEATURE_optimize_size=ON -DFEATURE_testlib=OFF \
  -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_concurrent=OFF \
  -DFEATURE_tabletevent=OFF \
  -DFEATURE_vulkan=OFF -DFEATURE_direct2d1_1=OFF \
  -DFEATURE_freetype=OFF -DFEATURE_xml=OFF \
  -DFEATURE_gif=OFF -DFEATURE_ico=OFF -DFEATURE_jpeg=OFF \
  -DFEATURE_textodfwriter=OFF -DFEATURE_textmarkdownreader=OFF -DFEATURE_textmarkdownwriter=OFF \
  -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
  -DSQLite3_INCLUDE_DIR="$prefix/sqlite/include" \
  -DSQLite3_LIBRARY="$prefix/sqlite/lib/libsqlite3.a" \
  -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
  -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF >&2
cmake --build qt-build -j"$jobs" >&2
cmake --install qt-build >&2

# --- GoogleTest: Debian ships its sources ready to build --------------------
cmake -S /usr/src/googletest -B gtest-build -G Ninja "${launcher[@]}" \
  -DCMAKE_TOOLCHAIN_FILE="$win_toolchain" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix/gtest" -DBUILD_GMOCK=OFF >&2
cmake --build gtest-build -j"$jobs" >&2
cmake --install gtest-build >&2

cd /
rm -rf "$work"
touch "$prefix/.complete"
echo "windows/build-qt: built into $prefix" >&2
echo "$prefix"
