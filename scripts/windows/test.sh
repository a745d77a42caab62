#!/usr/bin/env bash
# The Windows job (part of scripts/test.sh): cross-builds Jixiao, its
# installer and zip (package.sh, which builds Qt, OpenSSL, libpq and Qt's
# PostgreSQL driver for Windows when the cache lacks them), then under Wine,
# each time in a throwaway prefix:
#  1. the unit tests (model, rules, storage with the lock across two
#     processes, drafts on a UNC share and a mapped network drive, a folder
#     an ACL keeps from being written, the shared store over TLS; print),
#     two at a time;
#  2. the installer, silently and per-user; the installed program against the
#     Linux build: --version, validate (exit code and Chinese findings),
#     export-pdf (text read back with pdftotext), verify; in a Windows console
#     (Chinese as shown, %ERRORLEVEL%); the shared store (push and pull over
#     TLS with a password, a Linux and a Windows client racing); the office's
#     fonts by their names (SimSun, SimHei, FangSong, 方正小标宋, Microsoft
#     YaHei made to resolve to free faces: the PDF's fonts and text); one
#     draft opened by two processes; the editor at 1366×768 and at 1920×1080
#     with 150 % scaling, with screenshots; the editor's shared-store
#     dialogs driven key by key (open a filing, send one); an upgrade to a later version
#     (drafts, settings, association kept); the silent uninstaller, which
#     must leave the user's drafts.
# Any failed check fails the job. Artifacts: out/windows/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/common.sh"
source "$here/wine.sh"
repo=$win_repo
started=$(date +%s)

export JIXIAO_WIN_TESTS=ON
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
pg_dir=
cleanup() {
  for p in "$work"/prefix-*; do
    [ -d "$p" ] && WINEPREFIX=$p "$wineserver" -k 2>/dev/null || true
  done
  [ -f "$work/xvfb.pids" ] && while read -r x; do kill "$x" 2>/dev/null || true; done <"$work/xvfb.pids"
  [ -n "$pg_dir" ] && "$repo/scripts/pg-test-server.sh" stop "$pg_dir"
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

# A Windows PC has a display: Wine gets virtual ones, an office PC's screens.
start_display() { # WxH: prints the display
  local d
  for _ in 1 2 3 4 5; do
    d=:$((90 + RANDOM % 400))
    [ -e "/tmp/.X11-unix/X${d#:}" ] && continue
    Xvfb "$d" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
    # Called as $(start_display …), a subshell: the pid goes to a file.
    echo $! >>"$work/xvfb.pids"
    sleep 2
    [ -e "/tmp/.X11-unix/X${d#:}" ] && { echo "$d"; return 0; }
  done
  echo "windows/test: Xvfb did not start" >&2
  return 1
}
display=$(start_display 1366x768)
export DISPLAY=$display

# The shared store: a throwaway PostgreSQL server as real ones are set up
# (TLS only, a test certificate made now; a role with a password), reached
# by the Windows client over TCP. Its URI carries the password, which no
# output may show.
pg_env=$("$repo/scripts/pg-test-server.sh" start --tls)
eval "$pg_env"
pg_dir=$JIXIAO_PG_TEST_DIR
export JIXIAO_TEST_PG_URI
pg_uri=$JIXIAO_TEST_PG_URI
pg_password=$(sed -n 's|^postgresql://[^:]*:\([^@]*\)@.*|\1|p' <<<"$pg_uri")

# --- 1. unit tests ----------------------------------------------------------
step "unit tests under Wine, two at a time"
export JIXIAO_WINEPREFIX
JIXIAO_WINEPREFIX=$(new_prefix tests)
exe() { find "$build" -name "$1.exe" -not -path '*/stage/*' | head -n1; }
# Each test program in the background (two at a time: the machine's cores),
# its log and exit code in $work; the results are read once all are done.
running=()
tests_started=()
run_tests() { # name test [gtest options…]
  local name=$1 exe
  exe=$(exe "$2")
  shift 2
  while :; do
    local alive=()
    for p in "${running[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
    running=("${alive[@]}")
    [ ${#running[@]} -lt 2 ] && break
    sleep 1
  done
  # A crash under Wine starts its debugger, which waits for ever: give up instead.
  (
    cd "$work"
    set +e
    timeout 900 "$build/wine-run" "$exe" --gtest_brief=1 "$@" >"$work/$name.log" 2>&1
    echo $? >"$work/$name.rc"
  ) &
  running+=($!)
  tests_started+=("$name")
}
export JIXIAO_TEST_NETWORK_FOLDERS='\\fileserver\drafts;N:\'
run_tests test_storage test_storage --gtest_filter='-SharedStore*:*Postgres*'
unset JIXIAO_TEST_NETWORK_FOLDERS
run_tests test_print test_print --gtest_filter='-Pdf.*:Golden.*:Typesetting.ThePdfReadsBack*'
# Not under Wine: the test with three writer threads, each with its own
# connection; it passes, but its process then never exits under Wine (the
# program itself uses the store from one thread; a Linux and a Windows client
# racing is tested below).
run_tests test_storage-shared-store test_storage \
  --gtest_filter='SharedStore*:*Postgres*:-SharedStorePostgres.ConcurrentWritersLoseNoUpdate'
run_tests test_rules test_rules
run_tests test_model test_model
wait "${running[@]}" 2>/dev/null || true
for name in "${tests_started[@]}"; do
  log=$work/$name.log
  if [ "$(cat "$work/$name.rc" 2>/dev/null)" = 0 ]; then
    pass "$name ($(grep -Eo '[0-9]+ tests? from [0-9]+ test suites? ran' "$log" | tail -n1))"
  else
    tail -n 40 "$log" >&2
    fail "$name"
  fi
done
# Tests that skip without their surroundings must have run here: the shares,
# the shared store (the driver, libpq and OpenSSL in the Windows build).
for skipped in NetworkPath Postgres; do
  if cat "$work"/test_storage*.log | grep -q "SKIPPED.*$skipped"; then
    cat "$work"/test_storage*.log | grep "SKIPPED.*$skipped" | head -n 3 >&2
    fail "test_storage skipped $skipped tests"
  fi
done
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

# --- a Windows console -----------------------------------------------------------
# jixiao-cli.exe in a console window (wineconsole: a real console, so the
# program writes with WriteConsoleW), the console on the code page of a
# Chinese Windows (936); what the console shows is read back from its screen
# buffer (console-dump.exe), %ERRORLEVEL% as cmd.exe sees it.
step "jixiao-cli.exe in a console"
${win_mingw}-gcc-posix -municode -O1 "$here/console-dump.c" -o "$work/console-dump.exe"
cp "示例 2023.json" console-sample.json
printf '%s\r\n' '@echo off' 'chcp 936 >nul' \
  "\"$(wine_path "$cli")\" validate console-sample.json" 'echo validate-exit=%ERRORLEVEL%' \
  "\"$(wine_path "$cli")\" verify console-sample.json --expect AAAA-AAAA" 'echo verify-exit=%ERRORLEVEL%' \
  "\"$(wine_path "$cli")\" validate no-such-file.json" 'echo missing-exit=%ERRORLEVEL%' \
  "\"$(wine_path "$work/console-dump.exe")\" console.txt" >console.bat
rm -f console.txt
LANGUAGE=zh_CN timeout 120 "$wine" wineconsole cmd /c console.bat >/dev/null 2>&1 || true
if [ -s console.txt ]; then
  cp console.txt "$out/console-wine.txt"
  LANGUAGE=zh_CN "$linux_jixiao" validate console-sample.json >linux.out 2>&1 || true
  # Every line the Linux build prints appears in the console as written (the
  # console wraps long lines at its width: compared without line breaks).
  tr -d ' \n' <console.txt >console-joined.txt
  missing=0
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    grep -qF -- "$(tr -d ' ' <<<"$line")" console-joined.txt || { missing=$((missing + 1)); echo "  not in the console: $line" >&2; }
  done <linux.out
  [ $missing = 0 ] && pass "console: validate's Chinese findings read right on code page 936 ($(grep -cP '[\x{4e00}-\x{9fff}]' console.txt) lines with Chinese)" \
    || fail "console: $missing lines of validate's output not shown as written"
  for expect in validate-exit=0 verify-exit=1 missing-exit=2; do
    grep -qx "$expect" console.txt && pass "console: %ERRORLEVEL% ${expect/=/ }" || fail "console: expected $expect, got $(grep -- "${expect%%=*}" console.txt)"
  done
else
  fail "console: nothing read back from the console"
fi

# --- the shared store ------------------------------------------------------------
# Over TCP to the throwaway server, TLS required (it refuses plain
# connections), with the password in the URI: push, pull, list; a Linux and a
# Windows client pushing changes to one filing at once, exactly one winning;
# the password in no output.
step "shared store over TLS"
store_out=$work/store-output.txt
: >"$store_out"
wstore() { win "$@" >>"$store_out" 2>&1; }
lstore() { QT_QPA_PLATFORM=offscreen "$linux_jixiao" "$@" >>"$store_out" 2>&1; }
if wstore push "示例 2023.json" "$pg_uri" --new; then pass "push --new from Windows over TLS"; else fail "push --new from Windows: $(tail -n 2 "$store_out")"; fi
id=$(tr -d '\r' <"$store_out" | sed -n 's/.* as filing \([0-9][0-9]*\) in .*/\1/p' | tail -n1)
win pull "$pg_uri" >list.out 2>&1 || true
cat list.out >>"$store_out"
if [ -n "$id" ] && tr -d '\r' <list.out | grep -q "^$id"$'\t' && wstore pull "$pg_uri" "$id" -o "从库 Windows.jixiao" && lstore pull "$pg_uri" "$id" -o "从库 Linux.jixiao"; then
  pass "pull from Windows and Linux (filing $id)"
  "$linux_jixiao" verify "示例 2023.json" >linux.out
  win verify "从库 Windows.jixiao" >windows.out
  same "pull: the Windows copy has the filing's verification code"
  # Each client changes the filing (a clerk's edit, made in the draft)…
  sqlite3 "从库 Windows.jixiao" "UPDATE filing SET phone = '0731-28800001'"
  sqlite3 "从库 Linux.jixiao" "UPDATE filing SET phone = '0731-28800002'"
  # …and both push at once.
  ( set +e; win push "从库 Windows.jixiao" "$pg_uri" >race-windows.out 2>&1; echo $? >race-windows.rc ) &
  rw=$!
  ( set +e; QT_QPA_PLATFORM=offscreen "$linux_jixiao" push "从库 Linux.jixiao" "$pg_uri" >race-linux.out 2>&1; echo $? >race-linux.rc ) &
  rl=$!
  wait $rw $rl || true
  cat race-windows.out race-linux.out >>"$store_out"
  codes="$(cat race-windows.rc) $(cat race-linux.rc)"
  if [ "$codes" = "0 1" ] || [ "$codes" = "1 0" ]; then
    pass "a Windows and a Linux client push at once: exactly one stores (exit codes $codes)"
  else
    fail "the race: exit codes Windows/Linux $codes: $(cat race-windows.out race-linux.out)"
  fi
else
  fail "pull: $(tail -n 3 "$store_out")"
fi
# Plain connections are refused: what passed above went over TLS.
if wstore pull "${pg_uri/sslmode=require/sslmode=disable}"; then fail "the server took a connection without TLS"; else pass "without TLS the server refuses (exit $?)"; fi
# A wrong password: refused, and not shown either.
bad_uri=${pg_uri/:$pg_password@/:wrong$pg_password@}
if wstore pull "$bad_uri"; then fail "a wrong password was accepted"; else pass "a wrong password is refused"; fi
if grep -qF -- "$pg_password" "$store_out"; then fail "a password shows in the output"; else pass "no output shows the password ($(wc -l <"$store_out") lines)"; fi

# --- the office's fonts by name ---------------------------------------------------
# A Chinese Windows has 宋体 SimSun, 黑体 SimHei, 仿宋 FangSong, 楷体 KaiTi,
# 微软雅黑 Microsoft YaHei (UI), Segoe UI; 方正小标宋 where installed. Wine's
# font replacements make those names resolve to free faces here; Qt's PDF
# names each embedded font by the family asked for (FangSong-0-400), so the
# PDF shows which name the program chose.
step "the office's fonts"
replace_fonts() { # name=face…
  local pair
  for pair in "$@"; do
    "$wine" reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "${pair%%=*}" /d "${pair#*=}" /f >/dev/null 2>&1
  done
  "$wineserver" -w 2>/dev/null || true
}
replace_fonts "SimSun=AR PL UMing CN" "NSimSun=AR PL UMing CN" "SimHei=WenQuanYi Zen Hei" \
  "FangSong=AR PL UKai CN" "KaiTi=AR PL UKai TW" "Microsoft YaHei=WenQuanYi Zen Hei" \
  "Microsoft YaHei UI=WenQuanYi Zen Hei" "Segoe UI=DejaVu Sans"
fonts_pdf() { # pdf: the embedded fonts, one "name type embedded" line each
  pdffonts "$1" | awk 'NR>2{print $1, $2, $(NF-4)}'
}
LANGUAGE=zh_CN win export-pdf "示例 2023.json" -o "字体 2023.pdf" >fonts.out 2>&1 || true
if [ -s "字体 2023.pdf" ]; then
  cp "字体 2023.pdf" "$out/fonts-office-names.pdf"
  fonts_pdf "字体 2023.pdf" >"$out/fonts-office-names.txt"
  # Cells in 仿宋, headings and titles in 黑体 (方正小标宋 is not installed,
  # which the notice says), nothing else; all embedded.
  names=$(cut -d' ' -f1 "$out/fonts-office-names.txt" | sed 's/-0-[0-9]*$//' | sort | tr '\n' ' ')
  [ "$names" = "FangSong SimHei " ] && pass "fonts: the PDF embeds FangSong (cells) and SimHei (headings, titles)" \
    || fail "fonts: the PDF embeds $(tr '\n' ';' <"$out/fonts-office-names.txt")"
  [ "$(awk '$3 != "yes"' "$out/fonts-office-names.txt" | wc -l)" = 0 ] && pass "fonts: every font is embedded" || fail "fonts: a font is not embedded"
  if tr -d '\r' <fonts.out | grep -q '方正小标宋简体' && tr -d '\r' <fonts.out | grep -qE '黑体|SimHei'; then
    pass "fonts: the notice says 方正小标宋 is missing and titles print in 黑体"
  else
    fail "fonts: no notice for the missing 方正小标宋: $(cat fonts.out)"
  fi
  pdftotext linux.pdf - | tr -d '[:space:]' | grep -o . | sort >linux.out
  pdftotext "字体 2023.pdf" - | tr -d '[:space:]' | grep -o . | sort >windows.out
  same "fonts: pdftotext reads the same text from the PDF in the office's faces"
else
  fail "fonts: export-pdf wrote nothing: $(cat fonts.out)"
fi
# 方正小标宋 installed (to a face of its own file: Qt embeds one font per file).
replace_fonts "FZXiaoBiaoSong-B05S=AR PL UMing CN"
LANGUAGE=zh_CN win export-pdf "示例 2023.json" -o "字体 小标宋.pdf" >fonts.out 2>&1 || true
fonts_pdf "字体 小标宋.pdf" >"$out/fonts-xiaobiaosong.txt" 2>&1 || true
if grep -q '^FZXiaoBiaoSong-B05S' "$out/fonts-xiaobiaosong.txt" && ! grep -q '方正小标宋' fonts.out; then
  pass "fonts: with 方正小标宋 installed the titles print in it, without a notice"
else
  fail "fonts: 方正小标宋: $(tr '\n' ';' <"$out/fonts-xiaobiaosong.txt") / $(cat fonts.out)"
fi

# --- one draft, two processes --------------------------------------------------
step "one draft opened twice"
win convert "示例 2023.json" "草稿 2023.jixiao" >/dev/null
child=$(exe storage_test_child)
# Starts a holder of DRAFT in the background; prints its pid once it has
# said "ready 0" (editing) or "ready 1" (read-only) into FILE.
hold() { # draft file
  : >"$2" # emptied here: the child's own redirection may come after the first look below
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

# --- the editor on an office's screens ---------------------------------------------
# In the office's faces (the replacements above: Microsoft YaHei UI for the
# window, Segoe UI for what YaHei lacks), at 1366×768 and at 1920×1080 with
# 150 % scaling (LogPixels 144): the window must fit the screen; the
# screenshots are kept (out/windows/editor-*.png).
step "editor under Xvfb"
wait_for_window() { # display
  for _ in $(seq 1 60); do
    xwininfo -display "$1" -root -tree | grep -v 'Root window' | grep -qE ' [0-9]{3,4}x[0-9]{3,4}\+' && return 0
    sleep 2
  done
  return 1
}
# The largest top-level window Wine shows on DISPLAY, as WxH.
window_size() { # display
  xwininfo -display "$1" -root -children | grep -oE ' [0-9]{3,4}x[0-9]{3,4}\+' | tr -d ' +' |
    awk -Fx '{print $1*$2, $0}' | sort -n | tail -n1 | cut -d' ' -f2
}
screen_check() { # display screen-WxH name
  local shot=$out/editor-$3.png size spread
  size=$(window_size "$1")
  import -display "$1" -window root "$shot"
  spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  if awk -v s="$spread" 'BEGIN{exit !(s > 0.05)}'; then pass "editor screenshot $shot"; else fail "editor screenshot is blank ($spread)"; fi
  if [ -n "$size" ] && [ "${size%x*}" -le "${2%x*}" ] && [ "${size#*x}" -le "${2#*x}" ]; then
    pass "the editor's window ($size) fits the $2 screen"
  else
    fail "the editor's window ($size) does not fit the $2 screen"
  fi
}
# The first start's question (preparer and phone) answered, as after a first
# start: the screenshots show the table.
"$wine" reg add 'HKCU\Software\Jixiao\jixiao\preparer' /v asked /d true /f >/dev/null 2>&1
LANGUAGE=zh_CN "$wine" "$instdir/jixiao.exe" "草稿 2023.jixiao" >editor.log 2>&1 &
editor=$!
# Once its window is up and the draft open, the editor holds the draft: a
# second opener gets it read-only. (Probing earlier would take the lock first.)
wait_for_window "$display" || true
sleep 8
opened=0
b=$(hold "草稿 2023.jixiao" probe.out)
kill "$b" 2>/dev/null || true
wait "$b" 2>/dev/null || true
grep -q 'ready 1' probe.out && opened=1
[ $opened = 1 ] && pass "the editor holds the draft it opened (another process gets it read-only)" \
  || fail "the editor did not open the draft: $(cat editor.log)"
sleep 3
screen_check "$display" 1366x768 1366x768
kill "$editor" 2>/dev/null || true
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true

# The editor and the shared store, as a clerk uses them, through X key by key
# (xdotool): File › 从共享库打开 (the address, Tab, the password, Enter to
# connect, Enter on the filing) copies a filing of the store into a new draft,
# which opens; File › 打开示例, then File › 发送到共享库 (the password, Enter;
# Enter again to store it as a new filing) sends a filing the store never had.
# What happened is read from the draft folder and the store.
step "the editor's shared-store dialogs"
sample_dept=株洲市石峰区科技和工业信息化局
editor_dept="AAA Wine editor 测试局" # first in the store's list (year, then department)
sed "s/\"$sample_dept\"/\"$editor_dept\"/g" "示例 2023.json" >editor-store.json
lpull() { QT_QPA_PLATFORM=offscreen "$linux_jixiao" pull "$pg_uri" 2>&1; }
QT_QPA_PLATFORM=offscreen "$linux_jixiao" push editor-store.json "$pg_uri" --new >editor-push.out 2>&1 || fail "push for the editor: $(cat editor-push.out)"
sample_filings=$(lpull | grep -c "$sample_dept" || true)
LANGUAGE=zh_CN "$wine" "$instdir/jixiao.exe" >editor-store.log 2>&1 &
editor=$!
wait_for_window "$display" || true
sleep 8
main_window=$(xdotool search --name '绩效$' | head -n1 || true)
if [ -z "$main_window" ]; then
  fail "the editor's window was not found: $(cat editor-store.log)"
else
  eval "$(xdotool getwindowgeometry --shell "$main_window")" # X, Y
  file_menu() { xdotool mousemove $((X + 27)) $((Y + 9)) click 1; sleep 1.5; }
  keys() { xdotool type --delay 40 "$1"; }
  file_menu
  xdotool key f
  sleep 2
  keys "${pg_uri/:$pg_password@/@}"
  xdotool key Tab
  keys "$pg_password"
  xdotool key Return
  sleep 8
  import -window root "$out/editor-store-open.png"
  xdotool key Return
  sleep 6
  pulled=$(find -L "$user_dir" "$HOME" -name "*$editor_dept*.jixiao" 2>/dev/null | head -n1 || true)
  if [ -n "$pulled" ]; then
    pass "从共享库打开: the filing became the draft ${pulled##*/}"
    "$linux_jixiao" verify editor-store.json >linux.out
    "$linux_jixiao" verify "$pulled" >windows.out
    same "从共享库打开: the draft has the stored filing's verification code"
  else
    fail "从共享库打开 made no draft: $(tail -n 3 editor-store.log)"
  fi
  file_menu
  xdotool key s
  sleep 4
  file_menu
  xdotool key h
  sleep 2
  keys "$pg_password" # the address is remembered from the last time
  xdotool key Return
  sleep 6
  import -window root "$out/editor-store-send.png"
  xdotool key Return # 存为新填报？ 是
  sleep 6
  now=$(lpull | grep -c "$sample_dept" || true)
  [ "$now" = $((sample_filings + 1)) ] && pass "发送到共享库: the sample, never stored, became a new filing after a yes" \
    || fail "发送到共享库: $sample_filings filings of the sample before, $now after"
fi
grep -qF -- "$pg_password" editor-store.log && fail "the editor's output shows the password" || true
kill "$editor" 2>/dev/null || true
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true

big=$(start_display 1920x1080)
"$wine" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 144 /f >/dev/null 2>&1
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true
DISPLAY=$big LANGUAGE=zh_CN "$wine" "$instdir/jixiao.exe" "草稿 2023.jixiao" >editor.log 2>&1 &
editor=$!
wait_for_window "$big" || true
sleep 10
screen_check "$big" 1920x1080 1920x1080-150
kill "$editor" 2>/dev/null || true
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true
"$wine" reg delete 'HKCU\Control Panel\Desktop' /v LogPixels /f >/dev/null 2>&1 || true

# --- an upgrade: version N+1 over N ------------------------------------------------
# The next version is this one's files less one (a file N+1 no longer ships)
# plus one (a file N did not have), made with the same installer script. Over
# the installed N it must keep the user's drafts, settings and the .jixiao
# association, leave none of N's files behind, and its uninstaller then
# remove everything it installed.
step "upgrade to the next version"
next_version=$(awk -F. -v OFS=. '{$NF = $NF + 1; print}' <<<"$version")
next_stage=$work/stage-next/Jixiao-$next_version
mkdir -p "$(dirname "$next_stage")"
cp -r "$build/stage/Jixiao-$version" "$next_stage"
rm "$next_stage/translations/qtbase_zh_CN.qm"
echo "Jixiao $next_version" >"$next_stage/VERSION.txt"
JIXIAO_NSIS_FAST=1 "$here/make-installer.sh" "$next_stage" "$next_version" "$work/Jixiao-$next_version-setup.exe" >/dev/null
drafts=$user_dir/Documents/Jixiao
mkdir -p "$drafts"
cp "草稿 2023.jixiao" "$drafts/我的草稿.jixiao"
draft_hash=$(sha256sum <"$drafts/我的草稿.jixiao")
"$wine" reg add 'HKCU\Software\Jixiao\jixiao\preparer' /v phone /d 0731-28800000 /f >/dev/null 2>&1
if "$wine" "$work/Jixiao-$next_version-setup.exe" /S /CurrentUser; then pass "setup $next_version /S over $version exits 0"; else fail "setup $next_version /S exit code $?"; fi
"$wineserver" -w
v=$(win --version | tr -d '\r')
[ "$v" = "jixiao $version" ] && [ -f "$instdir/VERSION.txt" ] && pass "the next version's files are installed" || fail "after the upgrade: '$v', VERSION.txt $(ls "$instdir/VERSION.txt" 2>&1)"
[ ! -e "$instdir/translations/qtbase_zh_CN.qm" ] && pass "the file the next version dropped is gone" || fail "the upgrade left the old version's qtbase_zh_CN.qm"
"$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Jixiao' /v DisplayVersion 2>/dev/null | grep -q "$next_version" \
  && pass "Apps & features shows $next_version" || fail "Apps & features does not show $next_version"
[ "$(sha256sum <"$drafts/我的草稿.jixiao")" = "$draft_hash" ] && pass "the upgrade keeps the user's draft" || fail "the upgrade changed or removed a draft"
"$wine" reg query 'HKCU\Software\Jixiao\jixiao\preparer' /v phone 2>/dev/null | grep -q '0731-28800000' \
  && pass "the upgrade keeps the settings" || fail "the upgrade lost the settings"
if "$wine" reg query 'HKCU\Software\Classes\.jixiao' 2>/dev/null | grep -q 'Jixiao.Draft' \
  && "$wine" reg query 'HKCU\Software\Classes\Jixiao.Draft\shell\open\command' 2>/dev/null | grep -q 'jixiao.exe'; then
  pass "the upgrade keeps the .jixiao association"
else
  fail "the upgrade lost the .jixiao association"
fi
[ -n "$(find "$user_dir" -name '绩效 Jixiao.lnk')" ] && pass "the Start menu entry is there" || fail "the upgrade lost the Start menu entry"

# --- uninstall: the program goes, the drafts stay ------------------------------
step "silent uninstall"
"$wine" "$instdir/uninstall.exe" /S /CurrentUser || fail "uninstall.exe /S exit code $?"
"$wineserver" -w
[ ! -e "$instdir" ] && pass "the installation folder is gone" || fail "left behind: $(find "$instdir" | head)"
[ -f "$drafts/我的草稿.jixiao" ] && pass "the user's drafts stay" || fail "the uninstaller removed a draft"
"$wine" reg query 'HKCU\Software\Jixiao\jixiao\preparer' /v phone 2>/dev/null | grep -q '0731-28800000' && pass "the user's settings stay" || fail "the uninstaller removed the settings"
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
