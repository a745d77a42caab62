#!/usr/bin/env bash
# The shared store on Windows: libpq from Debian's `postgresql-15` source,
# cross-built with Debian's MinGW-w64 against the OpenSSL of build-ssl.sh
# (linked in statically: one libpq.dll, TLS included), then Qt's PostgreSQL
# driver (qsqlpsql.dll) built against it from Qt's own source, as Qt
# documents for drivers built apart from Qt. Each of the two is cached in its
# own folder (common.sh), keyed by its recipe, its source and what it links,
# so that neither Qt nor OpenSSL is rebuilt for it. Prints the driver's
# folder (bin/libpq.dll, plugins/sqldrivers/qsqlpsql.dll) on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
"$here/install-deps.sh" >&2

qt=$("$here/build-qt.sh" | tail -n1)
ssl=$("$here/build-ssl.sh" | tail -n1)
jobs=${JIXIAO_WIN_JOBS:-$(nproc)}

# --- libpq ------------------------------------------------------------------
newest=$(win_source_versions postgresql-15 | head -n1)
pq_key=$(win_piece_key "$here/build-pq.sh" "postgresql-15 $newest" "openssl ${ssl##*/}")
pq=$win_cache_root/libpq-$pq_key
if [ -f "$pq/.complete" ]; then
  echo "windows/build-pq: libpq cached in $pq" >&2
else
  work=$win_cache_root/work-libpq-$pq_key
  rm -rf "$work" "$pq"
  mkdir -p "$work" "$pq/bin" "$pq/lib" "$pq/include"
  cd "$work"
  version=$(win_fetch_source postgresql-15 src)
  mkdir build && cd build
  # OpenSSL is static: what it calls in Windows goes on every link.
  ../src/tree/configure --host=$win_mingw CC=${win_mingw}-gcc-posix \
    --prefix="$pq" --with-ssl=openssl --without-readline --without-zlib --without-icu \
    --with-includes="$ssl/include" --with-libraries="$ssl/lib" \
    LIBS="-lcrypt32 -lws2_32 -lgdi32 -luser32 -ladvapi32" >&2
  # Only the client library and what it is made of.
  make -C src/include -j"$jobs" >&2
  make -C src/common -j"$jobs" >&2
  make -C src/port -j"$jobs" >&2
  make -C src/interfaces/libpq -j"$jobs" >&2
  cp src/interfaces/libpq/libpq.dll "$pq/bin/"
  cp src/interfaces/libpq/libpq.a "$pq/lib/"
  cp ../src/tree/src/interfaces/libpq/libpq-fe.h ../src/tree/src/include/postgres_ext.h \
    src/include/pg_config.h src/include/pg_config_ext.h "$pq/include/"
  echo "$version" >"$pq/VERSION"
  cd /
  rm -rf "$work"
  touch "$pq/.complete"
  echo "windows/build-pq: built libpq $version into $pq" >&2
fi

# --- Qt's PostgreSQL driver ---------------------------------------------------
drv_key=$(win_piece_key "$here/build-pq.sh" "qt ${qt##*/}" "libpq ${pq##*/}")
drv=$win_cache_root/qpsql-$drv_key
if [ -f "$drv/.complete" ]; then
  echo "windows/build-pq: Qt's PostgreSQL driver cached in $drv" >&2
else
  work=$win_cache_root/work-qpsql-$drv_key
  rm -rf "$work" "$drv"
  mkdir -p "$work" "$drv/bin"
  cd "$work"
  qt_version=$(win_pkg_version qt6-base-dev)
  apt-get source --download-only "qt6-base=$qt_version" >&2
  mkdir qtbase
  tar -xf qt6-base_*.orig.tar.* -C qtbase --strip-components=1 --wildcards '*/src/plugins/sqldrivers/*'
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S qtbase/src/plugins/sqldrivers -B build -G Ninja "${launcher[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$qt/qt/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$drv" \
    -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF \
    -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
    -DPostgreSQL_INCLUDE_DIR="$pq/include" -DPostgreSQL_LIBRARY="$pq/lib/libpq.a" >&2
  cmake --build build -j"$jobs" >&2
  cmake --install build >&2
  plugin=$(find "$drv" -name qsqlpsql.dll | head -n1)
  [ -n "$plugin" ] || { echo "windows/build-pq: qsqlpsql.dll was not built" >&2; exit 1; }
  mkdir -p "$drv/plugins/sqldrivers"
  [ "$plugin" = "$drv/plugins/sqldrivers/qsqlpsql.dll" ] || mv "$plugin" "$drv/plugins/sqldrivers/"
  cp "$pq/bin/libpq.dll" "$drv/bin/"
  cd /
  rm -rf "$work"
  touch "$drv/.complete"
  echo "windows/build-pq: built Qt's PostgreSQL driver into $drv" >&2
fi
echo "$drv"
