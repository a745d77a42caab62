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
# Files made as offices make them (python-docx, openpyxl: Debian's
# python3-docx, python3-openpyxl), and LibreOffice's copies of them: saved
# again as .docx/.xlsx (LibreOffice stores the formulas' results), and as
# .doc/.xls.
mkdir -p "$work/clerks" "$work/lo"
/usr/bin/python3 "$here/scripts/make-import-fixtures-clerks.py" "$sample" "$work/clerks"
cp "$work/clerks/"* "$out/"
soffice --convert-to 'docx:MS Word 2007 XML' --outdir "$work/lo" "$work/clerks/clerk.docx"
soffice --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/lo" "$work/clerks/clerk.xlsx"
soffice --convert-to 'doc:MS Word 97' --outdir "$work/lo" "$work/clerks/clerk.docx"
soffice --convert-to 'xls:MS Excel 97' --outdir "$work/lo" "$work/clerks/clerk.xlsx"
cp "$work/lo/clerk.docx" "$out/clerk-lo.docx"
cp "$work/lo/clerk.xlsx" "$out/clerk-lo.xlsx"
cp "$work/lo/clerk.doc" "$work/lo/clerk.xls" "$out/"
# Project forms (项目支出绩效目标表) in three layouts, Word and Excel.
/usr/bin/python3 "$here/scripts/make-import-fixtures-projects.py" "$out"
ls -l "$out"
