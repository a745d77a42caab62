# Shared by the Windows scripts (sourced): Debian's Wine. wine64 puts no
# command on PATH; its loader and wineserver are in the package's library
# folder.
wine_file() { # name: the executable of that name among wine64's files
  local f
  for f in $(dpkg -L wine64); do
    if [ "${f##*/}" = "$1" ] && [ -f "$f" ] && [ -x "$f" ]; then
      echo "$f"
      return 0
    fi
  done
  echo "wine64's $1 not found (apt-get install wine64)" >&2
  return 1
}
wine_loader() { wine_file wine64; }
wine_server() { wine_file wineserver64 || wine_file wineserver; }
# A Unix path as Wine's Z: drive sees it.
wine_path() { echo "Z:${1//\//\\}"; }
