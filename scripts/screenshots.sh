#!/usr/bin/env bash
# Screenshots of the editor on the bundled sample, in Chinese, on a real X
# server (Xvfb): the main window on each kind of table, the welcome page and
# the whole screen. Look at them before calling UI work done.
#   scripts/screenshots.sh [OUT_DIR]          (default: out/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${JIXIAO_EXE:-build/bin/jixiao}"
[ -x "$exe" ] || scripts/build.sh >/dev/null
out="${1:-out/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export LANGUAGE=zh_CN LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/runtime" && mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
screen="-screen 0 1440x900x24"

shot() { # name, then options for jixiao
  local name="$1"; shift
  xvfb-run -a -s "$screen" "$exe" "$@" --screenshot "$out/$name.png" 2>/dev/null
  echo "screenshots: $out/$name.png"
}
shot overview --sample
shot summary --sample --show /funds
shot direction --sample --show /funds/1/directions/0/details/1/basis
shot direction-indicators --sample --show /funds/1/directions/0/indicators/0/level1
shot settings --sample --show settings
shot print-preview --sample --show preview
# The start page, once a draft has been opened (it is then in the recent list).
"$exe" sample -o "$home/sample.json" >/dev/null
"$exe" convert "$home/sample.json" "$home/2023年株洲市石峰区科技和工业信息化局.jixiao" >/dev/null
xvfb-run -a -s "$screen" "$exe" "$home/2023年株洲市石峰区科技和工业信息化局.jixiao" --screenshot "$out/draft.png" 2>/dev/null
echo "screenshots: $out/draft.png"
shot welcome

# A draft open in another window opens read-only, with a notice.
draft="$home/2023年株洲市石峰区科技和工业信息化局.jixiao"
xvfb-run -a -s "$screen" bash -c '"$0" "$1" & holder=$!; sleep 3; "$0" "$1" --screenshot "$2"; kill $holder' \
  "$(realpath "$exe")" "$draft" "$out/read-only.png" 2>/dev/null
echo "screenshots: $out/read-only.png"

# The whole screen as X shows it (no window manager, so no title bar).
xvfb-run -a -s "$screen" bash -c '"$0" --sample & pid=$!; sleep 3; import -window root "$1"; kill $pid' \
  "$(realpath "$exe")" "$out/screen.png"
echo "screenshots: $out/screen.png"
