#!/usr/bin/env bash
# Builds OpenSSL for Windows from Debian's `openssl` source with Debian's
# MinGW-w64, as static libraries: libpq (build-pq.sh) links them into
# libpq.dll, so that the shared store can be reached over TLS. Only the
# libraries (no openssl.exe, no tests, no manuals), and without what TLS to
# PostgreSQL never uses (engines, loadable modules, the legacy provider,
# DTLS, SSLv3, old and national ciphers). Cached apart from Qt (common.sh);
# prints the folder (include/, lib/) on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
"$here/install-deps.sh" >&2

newest=$(win_source_versions openssl | head -n1)
key=$(win_piece_key "$0" "openssl $newest")
prefix=$win_cache_root/openssl-$key
if [ -f "$prefix/.complete" ]; then
  echo "windows/build-ssl: cached in $prefix" >&2
  echo "$prefix"
  exit 0
fi

jobs=${JIXIAO_WIN_JOBS:-$(nproc)}
work=$win_cache_root/work-openssl-$key
rm -rf "$work" "$prefix"
mkdir -p "$work" "$prefix"
cd "$work"
version=$(win_fetch_source openssl src)
cd src/tree
CC=${win_mingw}-gcc-posix AR=${win_mingw}-ar RANLIB=${win_mingw}-ranlib RC=${win_mingw}-windres \
  ./Configure mingw64 --prefix="$prefix" --libdir=lib --openssldir="$prefix/ssl" \
  no-shared no-module no-legacy no-engine no-dso no-comp no-tests no-ui-console \
  no-ssl3 no-dtls no-srtp no-nextprotoneg no-srp no-ct no-ts no-cms no-ocsp \
  no-idea no-mdc2 no-rc2 no-rc4 no-rc5 no-md4 no-bf no-cast no-seed no-camellia no-aria \
  no-whirlpool no-sm2 no-sm3 no-sm4 no-siphash no-blake2 no-scrypt >&2
make -j"$jobs" build_libs >&2
make install_dev >&2
rm -rf "$prefix/lib/pkgconfig" "$prefix/lib/cmake"
echo "$version" >"$prefix/VERSION"
cd /
rm -rf "$work"
touch "$prefix/.complete"
echo "windows/build-ssl: built OpenSSL $version into $prefix" >&2
echo "$prefix"
