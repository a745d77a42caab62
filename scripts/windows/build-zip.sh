#!/usr/bin/env bash
# Builds zlib and minizip for Windows from Debian's own sources (the `zlib`
# and `minizip` source packages, the versions installed on this machine), with
# Debian's MinGW-w64, as static libraries: the Word/Excel import and the
# Excel export read and write zip packages through minizip. Kept apart from
# build-qt.sh so that its cache (and Qt's long build) does not depend on it.
# The result goes to a cache outside the work tree, built only when missing;
# prints the folder (include/, lib/) on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
"$here/install-deps.sh" >&2

zlib_version=$(win_pkg_version zlib1g-dev)
minizip_version=$(win_pkg_version libminizip-dev)
key=$({
  echo "zlib $zlib_version"
  echo "minizip $minizip_version"
  echo "mingw $(win_pkg_version gcc-mingw-w64-x86-64-posix)"
  cat "$here/build-zip.sh"
} | sha256sum | cut -c1-16)
prefix=$win_cache_root/zip-$key
if [ -f "$prefix/.complete" ]; then
  echo "windows/build-zip: cached in $prefix" >&2
  echo "$prefix"
  exit 0
fi

work=$win_cache_root/work-zip-$key
rm -rf "$work" "$prefix"
mkdir -p "$work" "$prefix/include/minizip" "$prefix/lib"
cd "$work"
for p in "zlib=$zlib_version" "minizip=$minizip_version"; do
  name=${p%%=*}
  mkdir -p "src-$name"
  (cd "src-$name" && apt-get source --download-only "$p" >&2 && dpkg-source --no-check -x ./*.dsc tree >&2)
done

cc="${win_mingw}-gcc-posix"
# zlib: Debian's tarball drops win32/Makefile.gcc, so compile the library's
# files directly (the list of zlib's own Makefile).
mkdir -p zobj
for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate inftrees trees \
  uncompr zutil; do
  "$cc" -O2 -c "src-zlib/tree/$f.c" -o "zobj/$f.o"
done
"${win_mingw}-ar" rcs "$prefix/lib/libz.a" zobj/*.o
cp src-zlib/tree/zlib.h src-zlib/tree/zconf.h "$prefix/include/"

# minizip: the reader, the writer and their Windows file functions.
mkdir -p mzobj
for f in ioapi unzip zip iowin32; do
  # minizip's own sources predate zlib's z_crc_t; the warning is theirs.
  "$cc" -O2 -Wno-incompatible-pointer-types -I"$prefix/include" -c "src-minizip/tree/$f.c" -o "mzobj/$f.o"
done
"${win_mingw}-ar" rcs "$prefix/lib/libminizip.a" mzobj/*.o
cp src-minizip/tree/{ioapi,unzip,zip,iowin32,crypt}.h "$prefix/include/minizip/"

cd /
rm -rf "$work"
touch "$prefix/.complete"
echo "windows/build-zip: built into $prefix" >&2
echo "$prefix"
