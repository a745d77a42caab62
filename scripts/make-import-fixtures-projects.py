#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes project forms (项目支出绩效目标表) the way offices make them, with
python-docx and openpyxl (Debian: python3-docx, python3-openpyxl), for the
import tests. The projects are those of tests/support/projectsample.h, which
the tests compare the imported filing with; the layouts are those of
shared/domain.md ("Other real-world variations"):

  projects-hunan.docx, projects-hunan.xlsx
        two Hunan 项目支出绩效目标申报表: the title, a line
        "填报单位（盖章）：<department>　……　单位：万元", 项目支出名称, 预算部门,
        年度本级预算金额 written "250万", 该项目支出上级资金, 项目支出实施期
        "2023.07-2024.01", 实施期绩效目标, 本年度绩效目标, 本年度绩效指标 with
        一级/二级 merged down over their rows (Word vMerge, Excel merged
        cells), an empty 二级 row left in place, 绩效标准, 财政部门审核意见
        left blank, the footer 填表人/联系电话/填报日期/单位负责人签字.
  projects-national.docx, projects-national.xlsx
        the national template of 财预〔2021〕101号: the title with
        "（2023年度）" under it, 主管部门及代码 in one cell ("…局 401001"),
        项目资金（万元） with 中期资金总额 and 年度资金总额 side by side and
        "其中：财政拨款" twice in a row, 总体目标 with 中期目标 | 年度目标 over
        their texts, 绩效指标 with 中期指标值 and 年度指标值.
  projects-provincial.docx, projects-provincial.xlsx
        another province's 项目绩效目标表: 主管部门及其编码, 项目负责人, 起止时间,
        the amounts inside their label cells ("资金总额：120"), 项目概况,
        项目实施进度计划, 长期目标, 年度目标, 绩效指标 with 指标值.

    make-import-fixtures-projects.py OUTDIR
"""
import sys

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK

outdir = sys.argv[1]
YEAR = 2023
DEPARTMENT = "株洲市石峰区科技和工业信息化局"
PREPARERS, PHONE = "谭丽红、方宏宇", "22610152"

HUNAN = [
    {
        "name": "石峰区中小企业公共服务平台建设",
        "authority": DEPARTMENT,
        "fiscal": "250万", "upper": "30.5",
        "period": "2023.07-2024.01",
        "periodGoal": "建成覆盖全区的中小企业公共服务平台，服务企业不少于200家。",
        "annualGoal": "完成平台一期建设并上线运行，年内服务企业120家以上。",
        "filedOn": "2023年1月10日",
        # 一级, 二级, 三级, 指标值, 绩效标准
        "indicators": [
            ("产出指标", "数量指标", "服务企业数量", "≥120家", "计划标准"),
            ("产出指标", "质量指标", "平台验收合格率", "100%", "计划标准"),
            ("产出指标", "时效指标", "平台上线时间", "2023年12月底前", "计划标准"),
            ("产出指标", "成本指标", "项目总成本", "≤280.5万元", "计划标准"),
            ("效益指标", "社会效益指标", "企业融资对接成功率", "≥30%", "行业标准"),
            ("效益指标", "", "", "", ""),  # an empty 二级 row left in place
            ("效益指标", "社会公众及（或）服务对象满意度指标", "服务企业满意度", "95%以上", "历史标准"),
        ],
    },
    {
        "name": "工业企业技术改造奖补",
        "authority": DEPARTMENT,
        "fiscal": "80万", "upper": "",
        "period": "2023年1-12月",
        "periodGoal": "支持工业企业技术改造，提升制造水平。",
        "annualGoal": "奖补技术改造项目8个。",
        "filedOn": "2023年1月10日",
        "indicators": [
            ("产出指标", "数量指标", "奖补项目数量", "≥8个", "计划标准"),
            ("产出指标", "成本指标", "奖补资金", "≤80万元", "计划标准"),
            ("效益指标", "经济效益指标", "带动企业技改投资", "≥2000万元", "历史标准"),
        ],
    },
]

NATIONAL = {
    "name": "工业互联网平台推广应用",
    "authority": DEPARTMENT + " 401001",
    "implementer": "石峰区工业和信息化服务中心",
    "attribute": "延续",
    "period": "2023年-2025年",
    "mid": ("600", "540", "60"), "annual": ("200", "180", "20"),
    "periodGoal": "目标1：三年内推动60家规模以上工业企业上云用平台。",
    "annualGoal": "目标1：年内推动20家规模以上工业企业上云用平台。",
    # 一级, 二级, 三级, 中期指标值, 年度指标值
    "indicators": [
        ("成本指标", "经济成本指标", "推广补助成本", "≤600万元", "≤200万元"),
        ("产出指标", "数量指标", "上云企业数量", "≥60家", "≥20家"),
        ("效益指标", "经济效益指标", "企业生产效率提升", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "≥90%"),
    ],
}

PROVINCIAL = {
    "name": "智能制造示范车间奖补",
    "authority": DEPARTMENT + "（401001）",
    "implementer": DEPARTMENT,
    "lead": "方宏宇",
    "period": "2023年1月-2023年12月",
    "amounts": ("120", "100", "20"),
    "summary": "对认定的智能制造示范车间按设备投入给予奖补。",
    "schedule": "3月发布申报通知，6月完成评审，9月前拨付资金。",
    "periodGoal": "培育智能制造示范车间10个。",
    "annualGoal": "年内认定并奖补示范车间4个。",
    "indicators": [
        ("产出指标", "数量指标", "奖补示范车间数量", "≥4个"),
        ("产出指标", "成本指标", "奖补资金总额", "≤120万元"),
        ("效益指标", "经济效益指标", "示范车间生产效率提升", "≥10%"),
    ],
}


def merged_levels(inds, label, label_rows_extra=0):
    """The indicator rows: 一级 merged down over its rows, 二级 too where
    neighbours share it (the empty 二级 row keeps its own cell); the group
    label spans the heading and every row."""
    rows = []
    n = len(inds)
    i = 0
    while i < n:
        j = i
        while j < n and inds[j][0] == inds[i][0]:
            j += 1
        k = i
        while k < j:
            m = k
            while m < j and inds[m][1] == inds[k][1] and inds[k][1]:
                m += 1
            m = max(m, k + 1)
            for r in range(k, m):
                row = []
                if r == i:
                    row.append((inds[r][0], 1, j - i))
                if r == k:
                    row.append((inds[r][1], 1, m - k))
                row += list(inds[r][2:])
                rows.append(row)
            k = m
        i = j
    return rows


def hunan_rows(p):
    heads = ["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"]
    ind_rows = merged_levels(p["indicators"], None)
    return [
        ["项目支出名称", (p["name"], 5)],
        ["预算部门", (p["authority"], 5)],
        ["年度本级预算金额", (p["fiscal"], 2), "该项目支出上级资金", (p["upper"], 2)],
        ["项目支出实施期", (p["period"], 5)],
        ["实施期绩效目标", (p["periodGoal"], 5)],
        ["本年度绩效目标", (p["annualGoal"], 5)],
        [("本年度绩效指标", 1, 1 + len(ind_rows))] + heads,
    ] + ind_rows + [["财政部门审核意见", ("", 5)]]


def hunan_footer(p):
    return "填表人：%s　　联系电话：%s　　填报日期：%s　　单位负责人签字：" % (PREPARERS, PHONE, p["filedOn"])


def national_rows(p):
    mid, annual = p["mid"], p["annual"]
    ind_rows = merged_levels(p["indicators"], None)
    return [
        ["项目名称", (p["name"], 5)],
        ["主管部门及代码", (p["authority"], 2), "实施单位", (p["implementer"], 2)],
        ["项目属性", (p["attribute"], 2), "项目期", (p["period"], 2)],
        [("项目资金\n（万元）", 1, 3), ("中期资金总额", 2), mid[0], "年度资金总额", annual[0]],
        [("其中：财政拨款", 2), mid[1], "其中：财政拨款", annual[1]],
        [("　　　其他资金", 2), mid[2], "　　　其他资金", annual[2]],
        [("总体目标", 1, 2), ("中期目标", 3), ("年度目标", 2)],
        [(p["periodGoal"], 3), (p["annualGoal"], 2)],
        [("绩效指标", 1, 1 + len(ind_rows)), "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
    ] + ind_rows


def provincial_rows(p):
    total, fiscal, other = p["amounts"]
    ind_rows = merged_levels(p["indicators"], None)
    return [
        ["项目名称", (p["name"], 4)],
        ["主管部门及其编码", (p["authority"], 2), "实施单位", p["implementer"]],
        ["项目负责人", (p["lead"], 2), "起止时间", p["period"]],
        ["项目资金（万元）", "资金总额：" + total, ("财政拨款：" + fiscal, 2), "其他资金：" + other],
        ["项目概况", (p["summary"], 4)],
        ["项目实施进度计划", (p["schedule"], 4)],
        ["长期目标", (p["periodGoal"], 4)],
        ["年度目标", (p["annualGoal"], 4)],
        [("绩效指标", 1, 1 + len(ind_rows)), "一级指标", "二级指标", "三级指标", "指标值"],
    ] + ind_rows


def cells_of(row):
    for cell in row:
        text, cs, rs = (list(cell) + [1, 1])[:3] if isinstance(cell, tuple) else (cell, 1, 1)
        yield str(text), cs, rs


# ---------------------------------------------------------------- Word


class Word:
    def __init__(self):
        self.doc = Document()
        self.doc.sections[0].footer.paragraphs[0].text = "第 1 页"

    def p(self, text):
        return self.doc.add_paragraph(text)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, ncols):
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = "Table Grid"
        taken = set()
        for ri, row in enumerate(rows):
            ci = 0
            for text, cs, rs in cells_of(row):
                while (ri, ci) in taken:
                    ci += 1
                target = t.cell(ri, ci)
                if cs > 1 or rs > 1:
                    target = target.merge(t.cell(ri + rs - 1, ci + cs - 1))
                lines = text.split("\n")
                target.paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    target.paragraphs[0].add_run().add_break()
                    target.paragraphs[0].add_run(extra)
                for r in range(ri, ri + rs):
                    for c in range(ci, ci + cs):
                        taken.add((r, c))
                ci += cs

    def save(self, name):
        self.doc.save("%s/%s" % (outdir, name))


# ---------------------------------------------------------------- Excel


def sheet_rows(ws, first, rows):
    """Writes rows from sheet row `first`, merging spans; returns the next row."""
    taken = set()
    for ri, row in enumerate(rows):
        ci = 0
        for text, cs, rs in cells_of(row):
            while (ri, ci) in taken:
                ci += 1
            if text:
                ws.cell(row=first + ri, column=ci + 1, value=text)
            if cs > 1 or rs > 1:
                ws.merge_cells(start_row=first + ri, start_column=ci + 1, end_row=first + ri + rs - 1,
                               end_column=ci + cs)
            for r in range(ri, ri + rs):
                for c in range(ci, ci + cs):
                    taken.add((r, c))
            ci += cs
    return first + len(rows)


def line(ws, r, text, width):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)


# ---------------------------------------------------------------- files

SEAL = "填报单位（盖章）：%s　　　　　　　　　　单位：万元" % DEPARTMENT


def hunan():
    w = Word()
    for i, p in enumerate(HUNAN):
        if i:
            w.page_break()
        w.p("%d年项目支出绩效目标申报表" % YEAR)
        w.p(SEAL)
        w.table(hunan_rows(p), 6)
        w.p(hunan_footer(p))
    w.save("projects-hunan.docx")

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for p in HUNAN:
        ws = wb.create_sheet(p["name"][:12])
        line(ws, 1, "%d年项目支出绩效目标申报表" % YEAR, 6)
        line(ws, 2, SEAL, 6)
        r = sheet_rows(ws, 3, hunan_rows(p))
        line(ws, r, hunan_footer(p), 6)
        for col, width in zip("ABCDEF", (18, 12, 16, 26, 14, 12)):
            ws.column_dimensions[col].width = width
    wb.save("%s/projects-hunan.xlsx" % outdir)


def national():
    p = NATIONAL
    footer = "填表人：%s　　　　联系电话：%s" % (PREPARERS, PHONE)
    w = Word()
    w.p("项目支出绩效目标表")
    w.p("（%d年度）" % YEAR)
    w.table(national_rows(p), 6)
    w.p(footer)
    w.save("projects-national.docx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    line(ws, 1, "项目支出绩效目标表", 6)
    line(ws, 2, "（%d年度）" % YEAR, 6)
    r = sheet_rows(ws, 3, national_rows(p))
    line(ws, r, footer, 6)
    wb.save("%s/projects-national.xlsx" % outdir)


def provincial():
    p = PROVINCIAL
    footer = "填表人：%s　　　　联系电话：%s　　　　单位负责人签字：" % (PREPARERS, PHONE)
    w = Word()
    w.p("%d年项目绩效目标表" % YEAR)
    w.p("填报单位：（盖章）　　　　　　　　　　　　　　金额单位：万元")
    w.table(provincial_rows(p), 5)
    w.p(footer)
    w.save("projects-provincial.docx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目绩效目标表"
    line(ws, 1, "%d年项目绩效目标表" % YEAR, 5)
    line(ws, 2, "填报单位：（盖章）　　　　　　　　金额单位：万元", 5)
    r = sheet_rows(ws, 3, provincial_rows(p))
    line(ws, r, footer, 5)
    wb.save("%s/projects-provincial.xlsx" % outdir)


hunan()
national()
provincial()
