#!/usr/bin/env bash
# Fails when a tr() string in the sources has no finished zh_CN translation:
# runs lupdate on a copy of the committed .ts and counts what is unfinished.
set -euo pipefail
lupdate="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/jixiao_zh_CN.ts" "$tmp/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$root/core" "$root/ui" "$root/app" -ts "$tmp/check.ts" >/dev/null
python3 - "$tmp/check.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET
bad = []
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = context.find('name').text
    for m in context.iter('message'):
        t = m.find('translation')
        if t.get('type') in ('unfinished',) or not (t.text or '').strip() and not m.get('numerus'):
            bad.append((name, m.find('source').text))
for name, src in bad:
    print(f'untranslated [{name}]: {src!r}')
if bad:
    print(f'{len(bad)} string(s) lack a zh_CN translation: run `cmake --build build --target update_translations`, then translate them (scripts/ts-fill.py).')
    sys.exit(1)
print('every string has a zh_CN translation')
PY
