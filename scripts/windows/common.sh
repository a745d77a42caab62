# Shared by the Windows scripts (sourced, not run): where the cross-built
# dependencies live. The cache sits outside the work tree and is keyed by the
# versions of the Debian sources and by the recipe (build-qt.sh and the
# toolchain file), so a change to either builds a fresh tree and an
# unchanged one is reused.
win_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
win_toolchain=$win_repo/cmake/mingw-w64-x86_64.cmake
win_cache_root=${JIXIAO_WIN_CACHE:-/var/cache/jixiao/windows}
win_mingw=x86_64-w64-mingw32

# The Debian version of a package's source = the installed binary's version.
win_pkg_version() { dpkg-query -W -f='${Version}' "$1"; }

win_key() {
  {
    echo "qt6-base $(win_pkg_version qt6-base-dev)"
    echo "sqlite3 $(win_pkg_version libsqlite3-0)"
    echo "googletest $(win_pkg_version googletest)"
    echo "mingw $(win_pkg_version g++-mingw-w64-x86-64-posix)"
    cat "$win_repo/scripts/windows/build-qt.sh" "$win_toolchain"
  } | sha256sum | cut -c1-16
}

win_prefix() { echo "$win_cache_root/qt-$(win_pkg_version qt6-base-dev | sed 's/[^A-Za-z0-9.]/_/g')-$(win_key)"; }
