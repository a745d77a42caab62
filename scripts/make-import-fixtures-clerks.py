#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the sample filing the way offices really make their files, with
python-docx and openpyxl (Debian: python3-docx, python3-openpyxl), for the
import tests (make-import-fixtures.sh also has LibreOffice save copies and
.doc/.xls conversions of them):

  clerk.docx    Word template: real merged cells (gridSpan, vMerge), 附表1 and
                附表3-1 labels, the indicator table split by a page break and
                continued under （续表） with its heading repeated, template
                codes in hidden text, 单位：万元 in the table's first row, a
                page footer.
  clerk.xlsx    one sheet per table after a notes sheet (填表说明), a hidden
                column and a hidden row of template codes, 政府性基金拨款 left
                blank (no cell at all), totals as formulas with no stored
                result (资金总额, 合计, the funds' amounts as SUM over the
                directions, a direction's amount from the summary sheet).
  typed.xlsx    all tables on one sheet, amounts in 元 typed as text:
                "3 463 600", "3,689,000", full-width digits, "8000元".
  remarks.docx, remarks.xlsx
                the sample with what the forms have no field for: a 备注 row
                under the overview's indicators, a 备注 row under each
                direction's details, a 权重 column, a 财政部门审核意见 row.
  hubei.docx, hubei.xlsx
                the sample in 湖北's 部门整体支出绩效目标申报表 (layout from
                shared/domain.md): 部门（单位）名称 with 填报人 and 联系电话,
                收入构成/支出构成 with 当年金额 and 占比, 近两年收支金额,
                部门职能概述, 年度主要任务, 年度总体目标, 年度绩效指标.

    make-import-fixtures-clerks.py SAMPLE.json OUTDIR
"""
import json
import sys
from decimal import Decimal

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from openpyxl.utils import get_column_letter

sample, outdir = sys.argv[1], sys.argv[2]
f = json.load(open(sample, encoding="utf-8"))
year = f["fiscalYear"]
level = f.get("fundLevel", "区级")
dep = f["department"]
o = f["overview"]
b = o["budget"]
CN = "一二三四五六七八九十"


def dirs():
    for fi, fund in enumerate(f["funds"]):
        for di, d in enumerate(fund["directions"]):
            yield fi, fund, di, d


def yuan(s):
    """万元 → 元, as text."""
    return "" if s == "" else format((Decimal(s) * 10000).normalize(), "f")


def spaced(s):
    """3463600 → '3 463 600' (a space as thousands separator)."""
    if s == "":
        return s
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + ("." + frac if frac else "")


FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")

# ---------------------------------------------------------------- Word


class Word:
    """A .docx built table by table, rows as lists of (text, colspan) with
    vertical merges given as (text, colspan, rowspan)."""

    def __init__(self):
        self.doc = Document()
        footer = self.doc.sections[0].footer.paragraphs[0]
        footer.text = "第 1 页"

    def p(self, text, hidden_code=None):
        para = self.doc.add_paragraph(text)
        if hidden_code:
            r = para.add_run(hidden_code)
            r.font.hidden = True
        return para

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, ncols):
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = "Table Grid"
        taken = set()
        for ri, row in enumerate(rows):
            ci = 0
            for cell in row:
                while (ri, ci) in taken:
                    ci += 1
                text, cs, rs = (list(cell) + [1, 1])[:3] if isinstance(cell, tuple) else (cell, 1, 1)
                target = t.cell(ri, ci)
                if cs > 1 or rs > 1:
                    target = target.merge(t.cell(ri + rs - 1, ci + cs - 1))
                lines = str(text).split("\n")
                target.paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    target.paragraphs[0].add_run().add_break()
                    target.paragraphs[0].add_run(extra)
                for r in range(ri, ri + rs):
                    for c in range(ci, ci + cs):
                        taken.add((r, c))
                ci += cs
        return t

    def save(self, name):
        self.doc.save("%s/%s" % (outdir, name))


def indicator_rows(inds, with_std, extra=None):
    """一级 merged down over its rows (vMerge), the rest one cell each."""
    rows = []
    i = 0
    while i < len(inds):
        j = i
        while j < len(inds) and inds[j]["level1"] == inds[i]["level1"]:
            j += 1
        for k in range(i, j):
            ind = inds[k]
            r = [(ind["level1"], 1, j - i)] if k == i else []
            r += [ind["level2"], ind["name"], ind["value"]]
            if with_std:
                r.append(ind.get("standard", ""))
            if extra:
                r.append(extra(k))
            rows.append(r)
        i = j
    return rows


def clerk_docx(remarks):
    w = Word()
    w.p(o["attachmentLabel"])
    w.p("%d年部门整体支出绩效目标表" % year, hidden_code="ZBBM-01")
    w.p("填报单位：（盖章）")
    heads = ["年度绩效\n指标", "一级指标", "二级指标", "三级指标", "指标值及单位"]
    inds = o["indicators"]
    first, rest = inds[:5], inds[5:]
    rows = [
        [("单位：万元", 5)],
        ["部门名称", (dep["name"], 4)],
        [("年度预算申请\n（万元）", 1, 5), ("资金总额：" + b["total"], 4)],
        [("按收入性质分", 2), ("按支出性质分", 2)],
        ["其中：一般公共预算拨款", b["generalPublic"], "其中：基本支出", b["basic"]],
        ["政府性基金拨款", b["governmentFund"], "项目支出", b["project"]],
        ["其他资金", b["other"], "", ""],
        ["部门职责概述", (o["duties"], 4)],
        [("年度重点\n工作计划", 1, 1 + len(o["workPlan"])), "事项", "责任单位/科室", ("工作目标", 2)],
    ]
    for item in o["workPlan"]:
        rows.append([item["item"], item["owner"], (item["goal"], 2)])
    rows.append([(heads[0], 1, 1 + len(first))] + heads[1:])
    rows += indicator_rows(first, False)
    w.table(rows, 5)
    # The page ends inside the indicators: the table goes on under 续表
    # with its heading repeated.
    w.p("第 1 页，共 4 页")
    w.page_break()
    w.p("（续表）")
    rows = [[(heads[0], 1, 1 + len(rest) + (1 if remarks else 0))] + heads[1:]]
    rows += indicator_rows(rest, False)
    if remarks:
        rows.append([("备注：指标值以市定目标为准", 4)])
    w.table(rows, 5)
    w.p("单位负责人签字：" + dep.get("head", ""))
    w.p("填表人：%s　　　　联系电话：%s" % (dep["preparers"], dep["phone"]))
    w.page_break()

    w.p("附表2")
    w.p("%d年%s专项资金绩效目标汇总表" % (year, level))
    w.p("填报单位：（盖章）　　　　　　金额单位：万元")
    rows = [["序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"] + (["权重"] if remarks else [])]
    total = sum(Decimal(x["amount"]) for x in f["funds"])
    rows.append(["", "合  计", format(total.normalize(), "f"), "", ""] + ([""] if remarks else []))
    for fi, fund in enumerate(f["funds"]):
        rows.append([CN[fi], fund["name"], fund["amount"], "", ""] + ([""] if remarks else []))
        for di, d in enumerate(fund["directions"]):
            rows.append([str(di + 1), d["name"], d["amount"], d["periodGoal"], d["annualGoal"]]
                        + (["50"] if remarks else []))
    w.table(rows, 6 if remarks else 5)
    w.p("单位负责人签字：")
    w.p("填表人：%s　　　　联系电话：%s" % (dep["preparers"], dep["phone"]))

    n = 0
    for fi, fund, di, d in dirs():
        n += 1
        w.page_break()
        w.p("附表3-%d" % n)
        w.p("%d年%s专项资金支出方向绩效目标表" % (year, level))
        w.p("填报单位：（盖章）　　　　　　金额单位：万元")
        det = d["details"]
        rows = [
            [("支出方向\n（子项）"), (d["name"], 2), ("所属专项", 1, 2), "名称", fund["name"]],
            ["项目金额", (d["amount"], 2), "金额", fund["amount"]],
            ["项目实施期", (d["period"], 5)],
            ["实施期绩效\n目标", (d["periodGoal"], 5)],
            ["年度绩效\n目标", (d["annualGoal"], 5)],
        ]
        rows.append([("年度绩效\n指标", 1, 1 + len(d["indicators"])), "一级指标", "二级指标", "三级指标", "指标值及单位",
                     "绩效标准"])
        rows += indicator_rows(d["indicators"], True)
        rows.append([("支出明细\n及测算说明", 1, 2 + len(det) + (1 if remarks else 0)), "支出内容\n简介", ("支出明细", 2),
                     "金额", "支出测算依据及过程说明"])
        s = Decimal(0)
        for line in det:
            rows.append([line["content"], (line["item"], 2), line["amount"], line["basis"]])
            s += Decimal(line["amount"] or "0")
        if remarks:
            rows.append(["备注", ("按实际发生结算", 4)])
        rows.append([("合  计", 3), format(s.normalize(), "f"), ""])
        w.table(rows, 6)
        w.p("单位负责人签字：")
        w.p("填表人：%s　　　　联系电话：%s" % (dep["preparers"], dep["phone"]))
    if remarks:
        w.p("财政部门审核意见：同意")
    w.save("remarks.docx" if remarks else "clerk.docx")


# ---------------------------------------------------------------- Excel


class Sheet:
    """Writes rows into an openpyxl sheet with merges, keeping the row."""

    def __init__(self, ws, first_col=1):
        self.ws = ws
        self.r = 1
        self.c0 = first_col

    def row(self, cells, hidden=False):
        """cells: text | (text, colspan) | (text, colspan, rowspan) | None
        (a cell left out of the file)."""
        c = self.c0
        for cell in cells:
            text, cs, rs = (list(cell) + [1, 1])[:3] if isinstance(cell, tuple) else (cell, 1, 1)
            if text is not None and text != "":
                self.ws.cell(row=self.r, column=c, value=text)
            if cs > 1 or rs > 1:
                self.ws.merge_cells(start_row=self.r, start_column=c, end_row=self.r + rs - 1,
                                    end_column=c + cs - 1)
            c += cs
        if hidden:
            self.ws.row_dimensions[self.r].hidden = True
        self.r += 1
        return self.r - 1

    def blank(self):
        self.r += 1


def signature(sh, width, head=""):
    sh.row([("单位负责人签字：%s" % head, width)])
    sh.row([("填表人：%s　　　　联系电话：%s" % (dep["preparers"], dep["phone"]), width)])


def direction_top(sh, d, fund, amount, fund_amount, weight=None):
    """A direction's table down to its indicators: 支出方向, 所属专项, the
    amounts (as the caller writes them), the period and goals, the
    indicators (with a 权重 column when `weight` is given)."""
    sh.row(["支出方向\n（子项）", (d["name"], 2), ("所属专项", 1, 2), "名称", fund["name"]])
    sh.row(["项目金额", (amount, 2), None, "金额", fund_amount])
    sh.row(["项目实施期", (d["period"], 5)])
    sh.row(["实施期绩效\n目标", (d["periodGoal"], 5)])
    sh.row(["年度绩效\n目标", (d["annualGoal"], 5)])
    inds = d["indicators"]
    sh.row([("年度绩效\n指标", 1, 1 + len(inds)), "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"]
           + (["权重"] if weight is not None else []))
    for r in indicator_rows(inds, True, extra=(lambda k: weight) if weight is not None else None):
        # the group label's column, and the 一级 merged from above, are covered
        sh.row([None] + r if isinstance(r[0], tuple) else [None, None] + r)


def num(s, amounts):
    """An amount cell: a number, or text as the clerk typed it."""
    if s == "":
        return None
    return amounts(s)


def overview_sheet(sh, amounts, formulas, remarks=False):
    sh.row([("%d年部门整体支出绩效目标表" % year, 5)])
    sh.row([("填报单位：（盖章）", 3), ("金额：" + unit_of(amounts), 2)])
    sh.row(["部门名称", (dep["name"], 4)])
    r_total = sh.r
    total_cell = ("资金总额：" + str(amounts(b["total"])), 4)
    sh.row([("年度预算申请\n（%s）" % unit_of(amounts), 1, 5), total_cell])
    sh.row([None, ("按收入性质分", 2), ("按支出性质分", 2)])
    sh.row([None, "其中：一般公共预算拨款", num(b["generalPublic"], amounts), "其中：基本支出", num(b["basic"], amounts)])
    # 政府性基金拨款 left blank: its value cell is not in the file at all.
    sh.row([None, "政府性基金拨款", num(b["governmentFund"], amounts), "项目支出", num(b["project"], amounts)])
    sh.row([None, "其他资金", num(b["other"], amounts), None, None])
    sh.row(["部门职责概述", (o["duties"], 4)])
    plan = o["workPlan"]
    sh.row([("年度重点\n工作计划", 1, 1 + len(plan)), "事项", "责任单位/科室", ("工作目标", 2)])
    for item in plan:
        sh.row([None, item["item"], item["owner"], (item["goal"], 2)])
    inds = o["indicators"]
    sh.row([("年度绩效\n指标", 1, 1 + len(inds) + (1 if remarks else 0)), "一级指标", "二级指标", "三级指标", "指标值及单位"])
    for r in indicator_rows(inds, False):
        # the group label's column, and the 一级 merged from above, are covered
        sh.row([None] + r if isinstance(r[0], tuple) else [None, None] + r)
    if remarks:
        sh.row([None, ("备注：指标值以市定目标为准", 4)])
    signature(sh, 5, dep.get("head", ""))
    return r_total


def unit_of(amounts):
    return "元" if amounts is not ident else "万元"


def ident(s):
    return float(s) if s != "" else None


def clerk_xlsx():
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    for i, t in enumerate(["填表说明：", "1. 金额单位为万元，保留两位小数。", "2. 指标值应尽量量化。",
                           "3. 部门名称：填写部门全称。"]):
        notes.cell(row=i + 1, column=1, value=t)

    # The overview, with a hidden template-code column A and a hidden row.
    ws = wb.create_sheet("附表1 整体")
    ws.column_dimensions["A"].hidden = True
    sh = Sheet(ws, first_col=2)
    sh.row([("附表1", 5)])
    for k in range(30):
        ws.cell(row=k + 1, column=1, value="ZB%03d" % (k + 1))
    r_total = overview_sheet(sh, ident, True)
    # 资金总额 as a formula with no stored result (the income split's sum),
    # its label in a cell of its own.
    ws.unmerge_cells(start_row=r_total, start_column=3, end_row=r_total, end_column=6)
    ws.cell(row=r_total, column=3).value = "资金总额："
    ws.cell(row=r_total, column=4).value = "=D%d+D%d+D%d" % (r_total + 2, r_total + 3, r_total + 4)
    ws.merge_cells(start_row=r_total, start_column=4, end_row=r_total, end_column=6)
    sh.row([("模板代码：ZBBM-01", 5)], hidden=True)

    # The summary: fund amounts as SUM over their directions, the 合计 as SUM.
    ws = wb.create_sheet("附表2 汇总")
    sh = Sheet(ws)
    sh.row([("%d年%s专项资金绩效目标汇总表" % (year, level), 5)])
    sh.row([("填报单位：（盖章）", 3), ("金额单位：万元", 2)])
    sh.row(["序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"])
    total_row = sh.row(["", "合  计", None, "", ""])
    fund_rows = []
    dir_cells = {}
    for fi, fund in enumerate(f["funds"]):
        fr = sh.row([CN[fi], fund["name"], None, "", ""])
        fund_rows.append(fr)
        for di, d in enumerate(fund["directions"]):
            r = sh.row([str(di + 1), d["name"], float(d["amount"]), d["periodGoal"], d["annualGoal"]])
            dir_cells[(fi, di)] = "C%d" % r
        ws.cell(row=fr, column=3, value="=SUM(C%d:C%d)" % (fr + 1, fr + len(fund["directions"])))
    ws.cell(row=total_row, column=3, value="=" + "+".join("C%d" % r for r in fund_rows))
    signature(sh, 5)

    n = 0
    for fi, fund, di, d in dirs():
        n += 1
        ws = wb.create_sheet("附表3-%d" % n)
        sh = Sheet(ws)
        sh.row([("附表3-%d" % n, 6)])
        sh.row([("%d年%s专项资金支出方向绩效目标表" % (year, level), 6)])
        sh.row([("填报单位：（盖章）", 3), ("金额单位：万元", 3)])
        # 项目金额 from the summary sheet, the fund's amount from its SUM there.
        direction_top(sh, d, fund, "='附表2 汇总'!%s" % dir_cells[(fi, di)], "='附表2 汇总'!C%d" % fund_rows[fi])
        det = d["details"]
        sh.row([("支出明细\n及测算说明", 1, 2 + len(det)), "支出内容\n简介", ("支出明细", 2), "金额",
                "支出测算依据及过程说明"])
        first = sh.r
        for line in det:
            sh.row([None, line["content"], (line["item"], 2), float(line["amount"]), line["basis"]])
        sh.row([None, ("合  计", 3), "=SUM(E%d:E%d)" % (first, sh.r - 1), ""])
        signature(sh, 6)
    wb.save("%s/clerk.xlsx" % outdir)


def yuan_xlsx():
    """All tables on one sheet, amounts in 元 typed as text the clerks' ways."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    sh = Sheet(ws)
    ways = [lambda s: spaced(yuan(s)), lambda s: "{:,}".format(int(Decimal(yuan(s)))) if "." not in yuan(s)
            else yuan(s), lambda s: yuan(s).translate(FULL), lambda s: yuan(s) + "元"]
    count = [0]

    def typed(s):
        count[0] += 1
        return ways[count[0] % len(ways)](s)
    typed.__name__ = "typed"
    sh.row([("附表1", 5)])
    overview_sheet(sh, typed, False)
    sh.blank()
    sh.row([("%d年%s专项资金绩效目标汇总表" % (year, level), 5)])
    sh.row([("填报单位：（盖章）", 3), ("金额单位：元", 2)])
    sh.row(["序号", "名  称", "金  额", "实施期绩效目标", "年度绩效目标"])
    total = sum(Decimal(x["amount"]) for x in f["funds"])
    sh.row(["", "合  计", typed(format(total.normalize(), "f")), "", ""])
    for fi, fund in enumerate(f["funds"]):
        sh.row([CN[fi], fund["name"], typed(fund["amount"]), "", ""])
        for di, d in enumerate(fund["directions"]):
            sh.row([str(di + 1), d["name"], typed(d["amount"]), d["periodGoal"], d["annualGoal"]])
    signature(sh, 5)
    n = 0
    for fi, fund, di, d in dirs():
        n += 1
        sh.blank()
        sh.row([("附表3-%d" % n, 6)])
        sh.row([("%d年%s专项资金支出方向绩效目标表" % (year, level), 6)])
        sh.row([("填报单位：（盖章）", 3), ("金额单位：元", 3)])
        direction_top(sh, d, fund, typed(d["amount"]), typed(fund["amount"]))
        det = d["details"]
        # the heading names the unit of its column
        sh.row([("支出明细\n及测算说明", 1, 2 + len(det)), "支出内容\n简介", ("支出明细", 2), "金额（元）",
                "支出测算依据及过程说明"])
        s = Decimal(0)
        for line in det:
            sh.row([None, line["content"], (line["item"], 2), typed(line["amount"]), line["basis"]])
            s += Decimal(line["amount"] or "0")
        sh.row([None, ("合  计", 3), typed(format(s.normalize(), "f")), ""])
        signature(sh, 6)
    wb.save("%s/typed.xlsx" % outdir)


def remarks_xlsx():
    """The overview and one direction with what the forms have no field for."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体"
    sh = Sheet(ws)
    overview_sheet(sh, ident, False, remarks=True)
    sh.row([("财政部门审核意见", 1), ("同意", 4)])
    for fi, fund, di, d in dirs():
        ws = wb.create_sheet(d["name"])
        sh = Sheet(ws)
        sh.row([("%d年%s专项资金支出方向绩效目标表" % (year, level), 7)])
        sh.row([("填报单位：（盖章）", 3), ("金额单位：万元", 4)])
        direction_top(sh, d, fund, float(d["amount"]), float(fund["amount"]), weight=10)
        det = d["details"]
        sh.row([("支出明细\n及测算说明", 1, 3 + len(det)), "支出内容\n简介", ("支出明细", 2), "金额",
                "支出测算依据及过程说明"])
        for line in det:
            sh.row([None, line["content"], (line["item"], 2), float(line["amount"]), line["basis"]])
        sh.row([None, "备注", ("按实际发生结算", 4)])
        s = sum(Decimal(x["amount"] or "0") for x in det)
        sh.row([None, ("合  计", 3), float(s), ""])
    wb.save("%s/remarks.xlsx" % outdir)


# ---------------------------------------------------------------- 湖北


def share(part, whole):
    if part == "" or Decimal(whole) == 0:
        return ""
    return "%.2f%%" % (Decimal(part) * 100 / Decimal(whole))


def hubei_rows():
    """The sample in 湖北's layout, as rows for both Word and Excel (6 columns)."""
    t = b["total"]
    rows = [
        ["部门（单位）名称", dep["name"], "填报人", dep["preparers"], "联系电话", dep["phone"]],
        [("收入构成", 1, 5), "项目", ("当年金额", 2), ("占比", 2)],
        ["收入合计", (t, 2), (share(t, t), 2)],
        ["一般公共预算拨款", (b["generalPublic"], 2), (share(b["generalPublic"], t), 2)],
        ["政府性基金拨款", (b["governmentFund"], 2), (share(b["governmentFund"], t), 2)],
        ["其他资金", (b["other"], 2), (share(b["other"], t), 2)],
        [("支出构成", 1, 4), "项目", ("当年金额", 2), ("占比", 2)],
        ["支出合计", (t, 2), (share(t, t), 2)],
        ["基本支出", (b["basic"], 2), (share(b["basic"], t), 2)],
        ["项目支出", (b["project"], 2), (share(b["project"], t), 2)],
        ["近两年收支金额", ("2021年：收入350.12万元，支出348.5万元；2022年：收入360.4万元，支出359.8万元", 5)],
        ["部门职能概述", (o["duties"], 5)],
        [("年度主要任务", 1, 1 + len(o["workPlan"])), ("任务名称", 2), ("主要内容", 2), "预算金额（万元）"],
    ]
    for item in o["workPlan"]:
        rows.append([(item["item"], 2), (item["goal"], 2), ""])
    rows.append(["年度总体目标", ("围绕“三高四新”战略定位，推动工业经济高质量发展。", 5)])
    inds = o["indicators"]
    rows.append([("年度绩效指标", 1, 1 + len(inds)), "一级指标", "二级指标", ("三级指标", 2), "指标值"])
    for r in indicator_rows(inds, False):
        if isinstance(r[0], tuple):
            rows.append([r[0], r[1], (r[2], 2), r[3]])
        else:
            rows.append([r[0], (r[1], 2), r[2]])
    return rows


def hubei():
    title = "%d年部门整体支出绩效目标申报表" % year
    caption = "填报单位：（盖章）　　　　　　　　单位：万元"
    w = Word()
    w.p(title)
    w.p(caption)
    w.table(hubei_rows(), 6)
    w.save("hubei.docx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效目标"
    sh = Sheet(ws)
    sh.row([(title, 6)])
    sh.row([(caption, 6)])
    covered = {}
    for r in hubei_rows():
        cells = []
        c = 0
        for cell in r:
            while covered.get((sh.r, c)):
                cells.append(None)
                c += 1
            text, cs, rs = (list(cell) + [1, 1])[:3] if isinstance(cell, tuple) else (cell, 1, 1)
            if text != "" and isinstance(text, str) and text.replace(".", "", 1).isdigit() and "%" not in text:
                text = float(text)
            cells.append((text, cs, rs))
            for k in range(1, rs):
                for j in range(cs):
                    covered[(sh.r + k, c + j)] = True
            c += cs
        sh.row(cells)
    wb.save("%s/hubei.xlsx" % outdir)


clerk_docx(False)
clerk_docx(True)
clerk_xlsx()
yuan_xlsx()
remarks_xlsx()
hubei()
