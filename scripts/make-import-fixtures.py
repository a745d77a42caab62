#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the sample filing's three kinds of table as HTML the way an office
lays them out in Word or Excel (merged cells, soft line breaks, the title,
seal and unit lines, the signature lines), with the variations real offices
make, for make-import-fixtures.sh to turn into .docx/.xlsx/.doc/.xls with
LibreOffice.

    make-import-fixtures.py SAMPLE.json VARIANT OUT.html

VARIANT: seed | layout (blank rows, title over two lines, 附表2, columns in
another order, labels broken) | yuan (amounts in 元) | satisfaction (the
satisfaction row under its own 一级 满意度指标).
"""
import json
import sys
from decimal import Decimal
from html import escape

sample, variant, out = sys.argv[1], sys.argv[2], sys.argv[3]
f = json.load(open(sample, encoding="utf-8"))
unit = "万元"


def amt(s):
    if s == "" or variant != "yuan":
        return s
    v = Decimal(s) * 10000
    t = format(v.normalize(), "f")
    return t


if variant == "yuan":
    unit = "元"

html = []


def p(text):
    html.append("<p>%s</p>" % esc(text))


def esc(t):
    return escape(t).replace("\n", "<br>")


def td(text, rs=1, cs=1):
    a = ""
    if rs > 1:
        a += ' rowspan="%d"' % rs
    if cs > 1:
        a += ' colspan="%d"' % cs
    return "<td%s>%s</td>" % (a, esc(text))


def table(rows):
    html.append('<table border="1" cellspacing="0">')
    for r in rows:
        html.append("<tr>" + "".join(r) + "</tr>")
    html.append("</table>")


def blank(n):
    return [td("") for _ in range(n)]


def indicator_rows(inds, with_std, label_rows_extra):
    """Rows for 年度绩效指标 with 一级/二级 merged over consecutive rows."""
    order = ["l1", "l2", "name", "value"] + (["std"] if with_std else [])
    if variant == "layout":  # 指标值 before 三级, 绩效标准 before 指标值
        order = ["l1", "l2", "value", "name"] + (["std"] if with_std else [])
        if with_std:
            order = ["l1", "l2", "std", "value", "name"]
    heads = {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "value": "指标值及单位", "std": "绩效标准"}
    rows = []
    head = [td("年度绩效\n指标", rs=1 + len(inds) + label_rows_extra)] + [td(heads[k]) for k in order]
    rows.append(head)
    for i, ind in enumerate(inds):
        l1 = ind["level1"]
        l2 = ind["level2"]
        if variant == "satisfaction" and "满意度" in l2:
            l1 = "满意度指标"
        vals = {"name": ind["name"], "value": ind["value"], "std": ind.get("standard", "")}
        prev = inds[i - 1] if i else None
        prev_l1 = None if not prev else ("满意度指标" if variant == "satisfaction" and "满意度" in prev["level2"] else prev["level1"])
        r = []
        for k in order:
            if k == "l1":
                if prev_l1 != l1:
                    span = 1
                    for j in range(i + 1, len(inds)):
                        n1 = "满意度指标" if variant == "satisfaction" and "满意度" in inds[j]["level2"] else inds[j]["level1"]
                        if n1 != l1:
                            break
                        span += 1
                    r.append(td(l1, rs=span))
            elif k == "l2":
                r.append(td(l2))
            else:
                r.append(td(vals[k]))
        rows.append(r)
        if label_rows_extra and i == len(inds) - 1:
            rows.append(blank(len(order)))  # an empty row left at the table's end
    return rows


def captions(title):
    if variant == "layout":  # the title broken over two lines
        half = len(title) // 2
        p(title[:half])
        p(title[half:])
    else:
        p(title)
    p("填报单位：（盖章）　　　　　　　　金额单位：" + unit)


def signature():
    d = f["department"]
    p("单位负责人签字：" + d.get("head", ""))
    p("填表人：%s　　　　　　联系电话：%s" % (d.get("preparers", ""), d.get("phone", "")))


year = f["fiscalYear"]
level = f.get("fundLevel", "区级")
o = f["overview"]
b = o["budget"]
html.append('<html><head><meta charset="utf-8"></head><body>')
p("附表2" if variant == "layout" else o.get("attachmentLabel", ""))
captions("%d年部门整体支出绩效目标表" % year)
rows = [
    [td("部门名称"), td(f["department"]["name"], cs=4)],
    [td("年度预算申请\n（%s）" % unit, rs=5), td("资金总额：" + amt(b["total"]), cs=4)],
    [td("按收入性质分", cs=2), td("按支出性质分", cs=2)],
    [td("其中：一般公共预算拨款"), td(amt(b["generalPublic"])), td("其中：基本支出"), td(amt(b["basic"]))],
    [td("政府性基金拨款"), td(amt(b["governmentFund"])), td("项目支出"), td(amt(b["project"]))],
    [td("其他资金"), td(amt(b["other"])), td(""), td("")],
    [td("部门职责概述"), td(o["duties"], cs=4)],
]
if variant == "layout":
    rows.append(blank(5))
plan = o["workPlan"]
rows.append([td("年度重点\n工作计划", rs=1 + len(plan)), td("事项"), td("责任单位/科室"), td("工作目标", cs=2)])
for w in plan:
    rows.append([td(w["item"]), td(w["owner"]), td(w["goal"], cs=2)])
rows += indicator_rows(o["indicators"], False, 1 if variant == "layout" else 0)
table(rows)
signature()

# 汇总表
captions("%d年%s专项资金绩效目标汇总表" % (year, level))
cn = "一二三四五六七八九十"
goal_cols = ["实施期绩效目标", "年度绩效目标"]
if variant == "layout":
    goal_cols.reverse()
rows = [[td("序号"), td("名  称"), td("金  额"), td(goal_cols[0]), td(goal_cols[1])]]
total = sum(Decimal(x["amount"]) for x in f["funds"])
rows.append([td(""), td("合  计"), td(amt(format(total.normalize(), "f"))), td(""), td("")])
for i, fund in enumerate(f["funds"]):
    rows.append([td(cn[i]), td(fund["name"]), td(amt(fund["amount"])), td(""), td("")])
    if variant == "layout":
        rows.append(blank(5))
    for j, d in enumerate(fund["directions"]):
        g = {"实施期绩效目标": d["periodGoal"], "年度绩效目标": d["annualGoal"]}
        rows.append([td(str(j + 1)), td(d["name"]), td(amt(d["amount"])), td(g[goal_cols[0]]), td(g[goal_cols[1]])])
table(rows)
signature()

for fund in f["funds"]:
    for d in fund["directions"]:
        captions("%d年%s专项资金支出方向绩效目标表" % (year, level))
        rows = [
            [td("支出方向\n（子项）"), td(d["name"], cs=2), td("所属专项", rs=2), td("名称"), td(fund["name"])],
            [td("项目金额"), td(amt(d["amount"]), cs=2), td("金额"), td(amt(fund["amount"]))],
            [td("项目实施期"), td(d["period"], cs=5)],
            [td("实施期绩效\n目标"), td(d["periodGoal"], cs=5)],
            [td("年度绩效\n目标"), td(d["annualGoal"], cs=5)],
        ]
        rows += indicator_rows(d["indicators"], True, 0)
        det = d["details"]
        rows.append([td("支出明细\n及测算说明", rs=2 + len(det)), td("支出内容\n简介"), td("支出明细", cs=2), td("金额"),
                     td("支出测算依据及过程说明")])
        s = Decimal(0)
        for line in det:
            rows.append([td(line["content"]), td(line["item"], cs=2), td(amt(line["amount"])), td(line["basis"])])
            s += Decimal(line["amount"] or "0")
        rows.append([td("合  计", cs=3), td(amt(format(s.normalize(), "f"))), td("")])
        table(rows)
        signature()
html.append("</body></html>")
open(out, "w", encoding="utf-8").write("\n".join(html))
