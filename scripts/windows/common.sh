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

# The versions of a source package the archive lists, newest first.
win_source_versions() { apt-cache showsrc --only-source "$1" | sed -n 's/^Version: //p' | sort -Vru; }
# Fetches and unpacks the newest source of a package that the archive still
# holds (a mirror may list a security update whose files it lacks) into
# DIR/tree; prints the version.
win_fetch_source() { # package dir
  local v
  mkdir -p "$2"
  for v in $(win_source_versions "$1"); do
    if (cd "$2" && apt-get source --download-only "$1=$v" >/dev/null 2>&1); then
      (cd "$2" && dpkg-source --no-check -x ./*.dsc tree >&2)
      echo "$v"
      return 0
    fi
    rm -f "$2"/*
  done
  echo "windows: no source of $1 could be fetched (is there a deb-src entry?)" >&2
  return 1
}
# A cache folder's key: the recipe (the calling script and the toolchain
# file), the compiler and what else is given (versions, other pieces' keys).
win_piece_key() { # script extra…
  {
    cat "$1" "$win_toolchain"
    echo "mingw $(win_pkg_version g++-mingw-w64-x86-64-posix)"
    shift
    printf '%s\n' "$@"
  } | sha256sum | cut -c1-16
}
