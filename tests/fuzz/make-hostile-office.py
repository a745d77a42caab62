#!/usr/bin/env python3
"""Hostile Word/Excel files for scripts/fuzz.sh: what issue 20 found took the
machine down, and their neighbours. Writes whole files into DIR (for the real
`jixiao import` under a memory limit) and libFuzzer seeds into SEEDS (mode
byte 3: workbook.xml, sheet1.xml, sharedStrings.xml separated by two NULs).
  make-hostile-office.py DIR SEEDS"""
import os
import sys
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(sheets):
    entries = ''.join(f'<sheet name="s{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(sheets))
    return f'<workbook {NS} {REL}><sheets>{entries}</sheets></workbook>'


RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>')


def sheet(cells, dimension='A1'):
    rows = ''.join(f'<row r="{r}">{c}</row>' for r, c in cells)
    return f'<worksheet {NS}><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'


def shared(strings):
    items = ''.join(f'<si><t xml:space="preserve">{s}</t></si>' for s in strings)
    return f'<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'


def write_xlsx(path, wb, sh, sst=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', wb)
        z.writestr('xl/_rels/workbook.xml.rels', RELS)
        z.writestr('xl/worksheets/sheet1.xml', sh)
        if sst is not None:
            z.writestr('xl/sharedStrings.xml', sst)


def seed(path, wb, sh, sst=''):
    with open(path, 'wb') as f:
        f.write(b'\x03' + wb.encode() + b'\0\0' + sh.encode() + b'\0\0' + sst.encode())


def main():
    out, seeds = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    os.makedirs(seeds, exist_ok=True)
    corner = [(1048576, '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>')]
    for n in (1, 8, 64):
        wb, sh = workbook(n), sheet(corner, 'A1:XFD1048576')
        write_xlsx(f'{out}/corner-cell-{n}-sheets.xlsx', wb, sh)
        seed(f'{seeds}/corner-cell-{n}-sheets', wb, sh)
    # One 20 MB shared string (leading space: kept as it is) in 500 cells.
    big = ' ' + 'x' * (20 * 1024 * 1024)
    cells = [(r, ''.join(f'<c r="{col}{r}" t="s"><v>0</v></c>' for col in 'ABCDEFGHIJ')) for r in range(1, 51)]
    write_xlsx(f'{out}/shared-string-20mb-500-cells.xlsx', workbook(1), sheet(cells), shared([big]))
    # Its seed is small: the fuzzer grows it.
    seed(f'{seeds}/shared-string-500-cells', workbook(1), sheet(cells), shared([' ' + 'x' * 1000]))
    # Many shared strings, many cells, long cell text.
    write_xlsx(f'{out}/many-shared-strings.xlsx', workbook(1), sheet(cells), shared(['s%d' % i for i in range(2000000)]))
    many = [(r, '<c r="A%d" t="inlineStr"><is><t>%s</t></is></c>' % (r, 'y' * 20)) for r in range(1, 400001)]
    write_xlsx(f'{out}/many-cells.xlsx', workbook(1), sheet(many))
    write_xlsx(f'{out}/long-cell.xlsx', workbook(1),
               sheet([(1, '<c r="A1" t="inlineStr"><is><t>%s</t></is></c>' % ('z' * (30 * 1024 * 1024)))]))


if __name__ == '__main__':
    main()
