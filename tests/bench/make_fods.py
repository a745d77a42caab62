#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the four official tables of a filing (overview, summary, one per
direction) as a flat OpenDocument spreadsheet (.fods), one sheet per table,
with the same merged cells, column widths, borders, wrapping, A4 portrait page
and font as jixiao's printout: the spreadsheet a finance office would
otherwise keep, for the LibreOffice side of scripts/bench-print.sh.

    make_fods.py FILING.json OUT.fods [FONT]
"""
import json
import sys
from xml.sax.saxutils import escape

FONT = sys.argv[3] if len(sys.argv) > 3 else "AR PL UMing CN"


class Grid:
    """Rows of cells given by their right edge in mm, as the form is drawn."""

    def __init__(self, width):
        self.width = width
        self.rows = []  # list of list of (left, right, text, rowspan, bold)

    def row(self):
        self.rows.append([])

    def occupied(self, x):
        r = len(self.rows) - 1
        for ri, cells in enumerate(self.rows[:-1]):
            for (left, right, _t, span, _b) in cells:
                if ri + span > r and left <= x + 0.01 < right:
                    return right
        return x

    def cell(self, right, text, rowspan=1, bold=False):
        cells = self.rows[-1]
        x = cells[-1][1] if cells else 0
        while True:
            nx = self.occupied(x)
            if nx == x:
                break
            x = nx
        cells.append((x, right, text, rowspan, bold))

    def columns(self):
        edges = sorted({0, self.width} | {e for cells in self.rows for c in cells for e in c[:2]})
        return edges


def amt(v):
    return v or ""


def indicator_rows(g, label_right, edges, indicators, with_standard):
    n = max(1, len(indicators))
    g.row()
    g.cell(label_right, "年度绩效\n指标", 1 + n)
    heads = ["一级指标", "二级指标", "三级指标", "指标值及单位"] + (["绩效标准"] if with_standard else [])
    for e, h in zip(edges, heads):
        g.cell(e, h, bold=True)
    i = 0
    while i < len(indicators):
        j = i
        while j < len(indicators) and indicators[j]["level1"] == indicators[i]["level1"]:
            j += 1
        for k in range(i, j):
            g.row()
            if k == i:
                g.cell(edges[0], indicators[k]["level1"], j - i)
            g.cell(edges[1], indicators[k]["level2"])
            g.cell(edges[2], indicators[k]["name"])
            g.cell(edges[3], indicators[k]["value"])
            if with_standard:
                g.cell(edges[4], indicators[k].get("standard", ""))
        i = j


def signature(f):
    d = f["department"]
    return ("单位负责人签字：" + (d.get("head") or "") + "\n\n\n填表人：" + (d.get("preparers") or "")
            + "        联系电话：" + (d.get("phone") or ""))


def overview(f):
    o, b = f["overview"], f["overview"]["budget"]
    g = Grid(180)
    g.row(); g.cell(20, "部门名称"); g.cell(180, f["department"]["name"])
    g.row(); g.cell(20, "年度预算申请\n（万元）", 5); g.cell(180, "资金总额：" + amt(b["total"]))
    g.row(); g.cell(100, "按收入性质分"); g.cell(180, "按支出性质分")
    g.row(); g.cell(66, "其中：一般公共预算拨款"); g.cell(100, amt(b["generalPublic"])); g.cell(142, "其中：基本支出"); g.cell(180, amt(b["basic"]))
    g.row(); g.cell(66, "　　　政府性基金拨款"); g.cell(100, amt(b["governmentFund"])); g.cell(142, "　　　项目支出"); g.cell(180, amt(b["project"]))
    g.row(); g.cell(66, "　　　其他资金"); g.cell(100, amt(b["other"])); g.cell(142, ""); g.cell(180, "")
    g.row(); g.cell(20, "部门职责概述"); g.cell(180, o["duties"])
    g.row(); g.cell(20, "年度重点工作计划", 1 + max(1, len(o["workPlan"])))
    g.cell(44, "事项", bold=True); g.cell(78, "责任单位/科室", bold=True); g.cell(180, "工作目标", bold=True)
    for w in o["workPlan"]:
        g.row(); g.cell(44, w["item"]); g.cell(78, w["owner"]); g.cell(180, w["goal"])
    indicator_rows(g, 20, [40, 70, 142, 180], o["indicators"], False)
    g.row(); g.cell(180, signature(f))
    return (f"{f['fiscalYear']}年部门整体支出绩效目标表", o.get("attachmentLabel", ""), "金额：万元", g)


def summary(f):
    g = Grid(180)
    g.row()
    for e, h in [(14, "序号"), (50, "名  称"), (72, "金  额"), (126, "实施期绩效目标"), (180, "年度绩效目标")]:
        g.cell(e, h, bold=True)
    total = sum(float(fu["amount"] or 0) for fu in f["funds"])
    g.row(); g.cell(14, ""); g.cell(50, "合  计"); g.cell(72, f"{total:g}"); g.cell(126, ""); g.cell(180, "")
    cn = "一二三四五六七八九十"
    for fi, fu in enumerate(f["funds"]):
        g.row(); g.cell(14, cn[fi] if fi < 10 else str(fi + 1)); g.cell(50, fu["name"]); g.cell(72, amt(fu["amount"])); g.cell(126, ""); g.cell(180, "")
        for di, d in enumerate(fu["directions"]):
            g.row(); g.cell(14, str(di + 1)); g.cell(50, d["name"]); g.cell(72, amt(d["amount"])); g.cell(126, d["periodGoal"]); g.cell(180, d["annualGoal"])
    d = f["department"]
    g.row(); g.cell(180, "单位负责人签字：" + (d.get("head") or ""))
    g.row(); g.cell(180, "填表人：" + (d.get("preparers") or "") + "        联系电话：" + (d.get("phone") or ""))
    return (f"{f['fiscalYear']}年{f.get('fundLevel', '区级')}专项资金绩效目标汇总表", "", "金额单位：万元", g)


def direction(f, fu, d):
    g = Grid(180)
    g.row(); g.cell(22, "支出方向\n（子项）"); g.cell(72, d["name"]); g.cell(92, "所属专项", 2); g.cell(114, "名称"); g.cell(180, fu["name"])
    g.row(); g.cell(22, "项目金额"); g.cell(72, amt(d["amount"])); g.cell(114, "金额"); g.cell(180, amt(fu["amount"]))
    g.row(); g.cell(22, "项目实施期"); g.cell(180, d["period"])
    g.row(); g.cell(22, "实施期绩效\n目标"); g.cell(180, d["periodGoal"])
    g.row(); g.cell(22, "年度绩效\n目标"); g.cell(180, d["annualGoal"])
    indicator_rows(g, 22, [42, 72, 122, 160, 180], d["indicators"], True)
    g.row(); g.cell(22, "支出明细\n及测算说明", 2 + max(1, len(d["details"])))
    for e, h in [(42, "支出内容简介"), (92, "支出明细"), (114, "金额"), (180, "支出测算依据及过程说明")]:
        g.cell(e, h, bold=True)
    for line in d["details"]:
        g.row(); g.cell(42, line["content"]); g.cell(92, line["item"]); g.cell(114, amt(line["amount"])); g.cell(180, line["basis"])
    total = sum(float(line["amount"] or 0) for line in d["details"])
    g.row(); g.cell(92, "合  计"); g.cell(114, f"{total:g}"); g.cell(180, "")
    g.row(); g.cell(180, signature(f))
    return (f"{f['fiscalYear']}年{f.get('fundLevel', '区级')}专项资金支出方向绩效目标表", "", "金额单位：万元", g)


def paragraphs(text):
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))


def sheet(name, title, label, unit, g, col_styles):
    edges = g.columns()
    ncols = len(edges) - 1
    col_index = {round(e, 2): i for i, e in enumerate(edges)}
    out = [f'<table:table table:name="{escape(name)}" table:style-name="ta1">']
    for i in range(ncols):
        out.append(f'<table:table-column table:style-name="{col_styles[round(edges[i + 1] - edges[i], 2)]}"/>')
    def caption(text, style, left_span):
        return (f'<table:table-row table:style-name="ro1"><table:table-cell table:style-name="{style}" '
                f'table:number-columns-spanned="{left_span}">{paragraphs(text)}</table:table-cell>'
                + "<table:covered-table-cell/>" * (left_span - 1) + "</table:table-row>")
    if label:
        out.append(caption(label, "label", ncols))
    out.append(caption(title, "title", ncols))
    half = max(1, ncols // 2)
    out.append('<table:table-row table:style-name="ro1">'
               f'<table:table-cell table:style-name="label" table:number-columns-spanned="{half}"><text:p>填报单位：（盖章）</text:p></table:table-cell>'
               + "<table:covered-table-cell/>" * (half - 1)
               + f'<table:table-cell table:style-name="unit" table:number-columns-spanned="{ncols - half}"><text:p>{unit}</text:p></table:table-cell>'
               + "<table:covered-table-cell/>" * (ncols - half - 1) + "</table:table-row>")
    covered = set()
    for r, cells in enumerate(g.rows):
        out.append("<table:table-row>")
        by_col = {col_index[round(c[0], 2)]: c for c in cells}
        c = 0
        while c < ncols:
            if (r, c) in covered:
                out.append("<table:covered-table-cell/>")
                c += 1
                continue
            left, right, text, rowspan, bold = by_col[c]
            span = col_index[round(right, 2)] - c
            for rr in range(r, r + rowspan):
                for cc in range(c, c + span):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
            out.append(f'<table:table-cell table:style-name="{"head" if bold else "cell"}" office:value-type="string" '
                       f'table:number-columns-spanned="{span}" table:number-rows-spanned="{rowspan}">{paragraphs(text)}</table:table-cell>')
            out.extend(["<table:covered-table-cell/>"] * (span - 1))
            c += span
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def main():
    f = json.load(open(sys.argv[1], encoding="utf-8"))
    tables = [overview(f), summary(f)]
    for fu in f["funds"]:
        for d in fu["directions"]:
            tables.append(direction(f, fu, d))
    widths = set()
    for _t, _l, _u, g in tables:
        e = g.columns()
        widths |= {round(e[i + 1] - e[i], 2) for i in range(len(e) - 1)}
    col_styles = {w: f"co{i}" for i, w in enumerate(sorted(widths))}
    border = 'fo:border="0.2mm solid #000000"'
    styles = [f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties '
              f'style:column-width="{w}mm"/></style:style>' for w, n in col_styles.items()]
    def cell_style(name, size, bold, align, with_border):
        weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        b = border if with_border else ""
        return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {b} '
                f'fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="1mm"/>'
                f'<style:paragraph-properties fo:text-align="{align}"/><style:text-properties style:font-name="{FONT}" '
                f'style:font-name-asian="{FONT}" fo:font-size="{size}pt" style:font-size-asian="{size}pt"{weight}/></style:style>')
    styles += [cell_style("cell", 10.5, False, "center", True), cell_style("head", 10.5, True, "center", True),
               cell_style("title", 18, True, "center", False), cell_style("label", 10.5, False, "start", False),
               cell_style("unit", 10.5, False, "end", False),
               '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="9mm"/></style:style>',
               '<style:style style:name="ta1" style:family="table" style:master-page-name="A4"><style:table-properties table:display="true"/></style:style>']
    sheets = [sheet(f"表{i + 1}", *t, col_styles) for i, t in enumerate(tables)]
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>{"".join(styles)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
 style:print-orientation="portrait" fo:margin-top="12mm" fo:margin-bottom="15mm" fo:margin-left="15mm" fo:margin-right="15mm"
 style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="A4" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet>{"".join(sheets)}</office:spreadsheet></office:body>
</office:document>
'''
    open(sys.argv[2], "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main()
