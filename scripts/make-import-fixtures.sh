#!/usr/bin/env bash
# Makes the import tests' fixtures with a real office suite: the sample's
# tables as HTML (make-import-fixtures.py), opened by LibreOffice Writer and
# Calc headless and saved as .docx/.xlsx (and .doc/.xls). Run by hand when
# the fixtures should change; CI uses the committed files and needs no
# LibreOffice. Needs: libreoffice-writer libreoffice-calc.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/tests/fixtures/import
sample=$here/resources/samples/shifeng-keji-gongxin-2023.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
soffice() { command soffice "-env:UserInstallation=file://$work/profile" --headless --norestore "$@" >/dev/null; }
for variant in seed layout yuan satisfaction; do
  python3 "$here/scripts/make-import-fixtures.py" "$sample" "$variant" "$work/$variant.html"
  soffice --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$variant.html"
  soffice --infilter="HTML (StarCalc)" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" "$work/$variant.html"
  cp "$work/$variant.docx" "$out/$variant.docx"
  cp "$work/$variant.xlsx" "$out/$variant.xlsx"
done
# The old binary formats, read through LibreOffice at import time.
soffice --infilter="HTML (StarWriter)" --convert-to 'doc:MS Word 97' --outdir "$work" "$work/seed.html"
soffice --infilter="HTML (StarCalc)" --convert-to 'xls:MS Excel 97' --outdir "$work" "$work/seed.html"
cp "$work/seed.doc" "$work/seed.xls" "$out/"
ls -l "$out"
