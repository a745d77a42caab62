#!/usr/bin/env bash
# The Windows job (part of scripts/test.sh): cross-builds Jixiao, its
# installer and zip (package.sh, which builds Qt for Windows when the cache
# lacks it), then under Wine, each time in a throwaway prefix:
#  1. the unit tests that need no display (model, rules, storage with the
#     lock across two processes and drafts on a UNC share and a mapped network
#     drive, print);
#  2. the installer, silently and per-user; the installed program against the
#     Linux build: --version, validate (exit code and Chinese findings),
#     export-pdf (text read back with pdftotext), verify; one draft opened by
#     two processes; the editor on a virtual display, with a screenshot;
#     the silent uninstaller, which must leave the user's drafts.
# Any failed check fails the job. Artifacts: out/windows/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
source "$here/wine.sh"
repo=$win_repo
started=$(date +%s)

export JIXIAO_WIN_TESTS=ON
# The Windows build has no PostgreSQL driver (libpq is not cross-built yet):
# its tests must not see the throwaway server scripts/test.sh started for the
# Linux suite, or they fail for want of the driver instead of skipping.
unset JIXIAO_TEST_PG_URI
"$here/package.sh"
build=${JIXIAO_WIN_BUILD:-$repo/build-windows}
out=$repo/out/windows
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
cmake --build "$build" -j"$(nproc)" --target test_model test_rules test_storage storage_test_child test_print

# The Linux build to compare with (scripts/test.sh has built it already).
if [ ! -x "$repo/build/bin/jixiao" ]; then
  cmake -S "$repo" -B "$repo/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$repo/build" -j"$(nproc)" --target jixiao
fi
linux_jixiao=$repo/build/bin/jixiao

wine=$(wine_loader)
wineserver=$(wine_server)
work=$(mktemp -d /tmp/jixiao-windows.XXXXXX)
# Wine links the prefix's Documents and Desktop into HOME: a throwaway one.
export HOME=$work/home
mkdir -p "$HOME"
xvfb_pid=
cleanup() {
  for p in "$work"/prefix-*; do
    [ -d "$p" ] && WINEPREFIX=$p "$wineserver" -k 2>/dev/null || true
  done
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

failures=()
fail() { echo "windows/test: FAILED: $*" >&2; failures+=("$*"); }
pass() { echo "windows/test: ok: $*"; }
step() { echo "windows/test: --- $* ($(($(date +%s) - started)) s)"; }

# A new Wine prefix with a UNC share \\fileserver\drafts and a network drive
# N: (Wine maps UNC paths to dosdevices/unc/, and its Drives key gives N:
# the type DRIVE_REMOTE), both folders of this machine.
new_prefix() { # name
  local p=$work/prefix-$1
  mkdir -p "$work/share-$1" "$work/netdrive-$1"
  WINEPREFIX=$p WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" "$wine" wineboot -i >/dev/null 2>&1
  mkdir -p "$p/dosdevices/unc/fileserver"
  ln -sfn "$work/share-$1" "$p/dosdevices/unc/fileserver/drafts"
  ln -sfn "$work/netdrive-$1" "$p/dosdevices/n:"
  WINEPREFIX=$p WINEDEBUG=-all "$wine" reg add 'HKLM\Software\Wine\Drives' /v n: /d network /f >/dev/null 2>&1
  WINEPREFIX=$p "$wineserver" -w # the drive types are read when Wine starts
  echo "$p"
}

# Qt makes windows even offscreen, and a Windows PC has a display: Wine
# gets a virtual one.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 2

# --- 1. unit tests ----------------------------------------------------------
step "unit tests under Wine"
export JIXIAO_WINEPREFIX
JIXIAO_WINEPREFIX=$(new_prefix tests)
exe() { find "$build" -name "$1.exe" -not -path '*/stage/*' | head -n1; }
run_tests() { # test [gtest options…]
  local exe
  exe=$(exe "$1")
  shift
  local log=$work/$(basename "$exe").log
  # A crash under Wine starts its debugger, which waits for ever: give up instead.
  if (cd "$work" && timeout 900 "$build/wine-run" "$exe" --gtest_brief=1 "$@") >"$log" 2>&1; then
    pass "$(basename "$exe") $* ($(grep -Eo '[0-9]+ tests? from [0-9]+ test suites? ran' "$log" | tail -n1))"
  else
    tail -n 40 "$log" >&2
    fail "$(basename "$exe") $*"
  fi
}
run_tests test_model
run_tests test_rules
export JIXIAO_TEST_NETWORK_FOLDERS='\\fileserver\drafts;N:\'
# Not on Windows: a folder's permission bits (Windows keeps who may write in
# ACLs, which this test does not set), and the one shared-store test that
# needs Qt's PostgreSQL driver (libpq is not cross-built: no shared store on
# Windows yet).
run_tests test_storage \
  --gtest_filter='-DraftTest.AReadOnlyFolderOpensReadOnlyWithANotice:SharedStoreUri.PasswordsNeverAppearInMessagesOrOrigins'
# The share test skips without shares; here it must have run.
if grep -q 'SKIPPED.*NetworkPath' "$work/test_storage.exe.log"; then
  fail "NetworkPath.ADraftOnAShareKeepsARollbackJournal was skipped"
fi
unset JIXIAO_TEST_NETWORK_FOLDERS
# Print: everything but what calls poppler's programs (no Windows build of
# them here; the smoke test below reads the PDF back on the host instead) and
# what needs real faces — the font choice and the typesetting of whole
# filings — which the offscreen platform cannot see on Windows (it has no font
# database there; jixiao.exe uses the windows platform's).
run_tests test_print --gtest_filter='-Pdf.*:Golden.*:PrintFonts.*:Typesetting.*'
WINEPREFIX=$JIXIAO_WINEPREFIX "$wineserver" -k || true

# --- 2. the installer ---------------------------------------------------------
step "silent per-user install"
setup=$out/Jixiao-$version-setup.exe
prefix=$(new_prefix install)
export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset JIXIAO_WINEPREFIX
if "$wine" "$setup" /S /CurrentUser; then pass "setup.exe /S /CurrentUser exits 0"; else fail "setup.exe /S exit code $?"; fi
"$wineserver" -w
cli=$(find "$prefix/drive_c" -name jixiao-cli.exe -path '*Programs/Jixiao/*' | head -n1 || true)
if [ -z "$cli" ]; then
  fail "jixiao-cli.exe not installed under the user's Programs folder"
  find "$prefix/drive_c" -name 'jixiao*.exe' >&2 || true
  exit 1
fi
instdir=$(dirname "$cli")
pass "installed per-user in ${instdir#"$prefix"/}"
user_dir=$(cd "$instdir/../../../.." && pwd) # …/users/<name>
lnk=$(find "$user_dir" -name '绩效 Jixiao.lnk' | head -n1 || true)
[ -n "$lnk" ] && pass "Start menu entry ${lnk#"$prefix"/}" || fail "no Start menu entry"
if "$wine" reg query 'HKCU\Software\Classes\.jixiao' 2>/dev/null | grep -q 'Jixiao.Draft' \
  && "$wine" reg query 'HKCU\Software\Classes\Jixiao.Draft\DefaultIcon' 2>/dev/null | grep -q 'jixiao.exe'; then
  pass ".jixiao opens with Jixiao, with its icon (HKCU)"
else
  fail ".jixiao association missing"
fi

# --- the installed program, next to the Linux build ---------------------------
step "installed program"
# A folder with Chinese and spaces; the same relative file names on both sides.
docs="$work/财务 共享"
mkdir -p "$docs"
cp "$repo/resources/samples/shifeng-keji-gongxin-2023.json" "$docs/示例 2023.json"
cd "$docs"
win() { "$wine" "$cli" "$@"; }
same() { # what: compares linux.out and windows.out (line ends aside)
  if diff <(tr -d '\r' <windows.out) linux.out >diff.out; then pass "$1"; else
    head -n 20 diff.out >&2
    fail "$1 differs from the Linux build"
  fi
}

v=$(win --version | tr -d '\r')
[ "$v" = "jixiao $version" ] && pass "--version: $v" || fail "--version printed '$v'"

set +e
LANGUAGE=zh_CN "$linux_jixiao" validate "示例 2023.json" >linux.out 2>&1
lrc=$?
LANGUAGE=zh_CN win validate "示例 2023.json" >windows.out 2>&1
wrc=$?
set -e
[ "$lrc" = "$wrc" ] && pass "validate exit code $wrc, as on Linux" || fail "validate exit code $wrc, Linux $lrc"
grep -qP '[\x{4e00}-\x{9fff}]' linux.out || fail "validate printed no Chinese on Linux"
same "validate's Chinese findings"

"$linux_jixiao" export-pdf "示例 2023.json" -o linux.pdf >/dev/null
if win export-pdf "示例 2023.json" -o "示例 2023.pdf" >/dev/null 2>&1 && [ -s "示例 2023.pdf" ]; then
  # Every character, as often as on Linux. Not in the same order: Windows'
  # font metrics wrap one two-line label (所属专项名称) differently, which
  # changes pdftotext's reading order there.
  pdftotext linux.pdf - | tr -d '[:space:]' | grep -o . | sort >linux.out
  pdftotext "示例 2023.pdf" - | tr -d '[:space:]' | grep -o . | sort >windows.out
  same "export-pdf: pdftotext reads the same text ($(pdfinfo "示例 2023.pdf" | sed -n 's/^Pages: *//p') pages, $(wc -l <windows.out) characters)"
  cp "示例 2023.pdf" "$out/sample-wine.pdf"
  # Headings bold only from a real bold face (Qt's Windows font database lists
  # a synthesized one for every face): MuPDF and Ghostscript read them once.
  for reader in "mutool draw -q -F txt -o -" "gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=txtwrite -sOutputFile=-"; do
    command -v "${reader%% *}" >/dev/null || continue
    n=$($reader "示例 2023.pdf" 2>/dev/null | tr -d '[:space:]' | grep -o '附表1' | wc -l || true)
    [ "$n" = 1 ] && pass "export-pdf: ${reader%% *} reads 附表1 once" || fail "export-pdf: ${reader%% *} reads 附表1 $n times"
  done
else
  fail "export-pdf"
fi
"$linux_jixiao" verify "示例 2023.json" >linux.out
win verify "示例 2023.json" >windows.out
same "verify: $(cat linux.out)"

# --- one draft, two processes --------------------------------------------------
step "one draft opened twice"
win convert "示例 2023.json" "草稿 2023.jixiao" >/dev/null
child=$(exe storage_test_child)
# Starts a holder of DRAFT in the background; prints its pid once it has
# said "ready 0" (editing) or "ready 1" (read-only) into FILE.
hold() { # draft file
  JIXIAO_WINEPREFIX=$prefix "$build/wine-run" "$child" hold "$1" >"$2" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    grep -q ready "$2" && break
    sleep 0.5
  done
  echo $pid
}
lock_check() { # draft what
  local a b c
  a=$(hold "$1" first.out)
  b=$(hold "$1" second.out)
  if grep -q 'ready 0' first.out && grep -q 'ready 1' second.out; then
    pass "$2: the first process edits, the second is read-only"
  else
    fail "$2: first '$(cat first.out)', second '$(cat second.out)'"
  fi
  kill "$b" 2>/dev/null || true
  kill -9 "$a" 2>/dev/null || true # the holder dies: its lock goes with it
  wait "$a" "$b" 2>/dev/null || true
  "$wineserver" -k 2>/dev/null || true
  "$wineserver" -w 2>/dev/null || true
  c=$(hold "$1" third.out)
  grep -q 'ready 0' third.out && pass "$2: free again once the holder is gone" || fail "$2: after the holder died '$(cat third.out)'"
  kill "$c" 2>/dev/null || true
  wait "$c" 2>/dev/null || true
}
lock_check "草稿 2023.jixiao" "local draft"
cp "草稿 2023.jixiao" "$work/netdrive-install/共享 草稿.jixiao"
lock_check 'N:\共享 草稿.jixiao' "draft on a network drive"
cp "草稿 2023.jixiao" "$work/share-install/共享 草稿.jixiao"
lock_check '\\fileserver\drafts\共享 草稿.jixiao' "draft on a UNC share"

# --- the editor on a virtual display --------------------------------------------
step "editor under Xvfb"
LANGUAGE=zh_CN "$wine" "$instdir/jixiao.exe" "草稿 2023.jixiao" >editor.log 2>&1 &
editor=$!
# Once its window is up and the draft open, the editor holds the draft: a
# second opener gets it read-only. (Probing earlier would take the lock first.)
for _ in $(seq 1 60); do
  xwininfo -root -tree | grep -v 'Root window' | grep -qE ' [0-9]{3,4}x[0-9]{3,4}\+' && break
  sleep 2
done
sleep 8
opened=0
b=$(hold "草稿 2023.jixiao" probe.out)
kill "$b" 2>/dev/null || true
wait "$b" 2>/dev/null || true
grep -q 'ready 1' probe.out && opened=1
[ $opened = 1 ] && pass "the editor holds the draft it opened (another process gets it read-only)" \
  || fail "the editor did not open the draft: $(cat editor.log)"
sleep 5
shot=$out/editor-wine.png
import -display "$display" -window root "$shot"
spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
if awk -v s="$spread" 'BEGIN{exit !(s > 0.05)}'; then pass "editor screenshot $shot"; else fail "editor screenshot is blank ($spread)"; fi
kill "$editor" 2>/dev/null || true
"$wineserver" -k 2>/dev/null || true

# --- uninstall: the program goes, the drafts stay ------------------------------
step "silent uninstall"
drafts=$user_dir/Documents/Jixiao
mkdir -p "$drafts"
cp "草稿 2023.jixiao" "$drafts/我的草稿.jixiao"
"$wine" "$instdir/uninstall.exe" /S /CurrentUser || fail "uninstall.exe /S exit code $?"
"$wineserver" -w
[ ! -e "$instdir" ] && pass "the installation folder is gone" || fail "left behind: $(find "$instdir" | head)"
[ -f "$drafts/我的草稿.jixiao" ] && pass "the user's drafts stay" || fail "the uninstaller removed a draft"
[ -z "$(find "$user_dir" -name '绩效 Jixiao.lnk')" ] || fail "Start menu entry left behind"
if "$wine" reg query 'HKCU\Software\Classes\.jixiao' >/dev/null 2>&1; then fail ".jixiao association left behind"; fi
"$wineserver" -k 2>/dev/null || true

elapsed=$(($(date +%s) - started))
ls -l "$out"
if [ ${#failures[@]} -gt 0 ]; then
  echo "windows/test: ${#failures[@]} check(s) failed in ${elapsed} s:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "windows/test: all checks passed in ${elapsed} s"
