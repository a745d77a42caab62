<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jixiao::Checks</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>attachment label</source>
        <translation>附表编号</translation>
    </message>
    <message>
        <source>annual budget</source>
        <translation>年度预算申请</translation>
    </message>
    <message>
        <source>total funds</source>
        <translation>资金总额</translation>
    </message>
    <message>
        <source>general public budget</source>
        <translation>一般公共预算拨款</translation>
    </message>
    <message>
        <source>government fund budget</source>
        <translation>政府性基金拨款</translation>
    </message>
    <message>
        <source>other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>部门职责概述</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>年度重点工作计划</translation>
    </message>
    <message>
        <source>item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位/科室</translation>
    </message>
    <message>
        <source>work goal</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>performance indicators</source>
        <translation>年度绩效指标</translation>
    </message>
    <message>
        <source>level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>performance standard</source>
        <translation>绩效标准</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>implementation period</source>
        <translation>项目实施期</translation>
    </message>
    <message>
        <source>implementation-period goal</source>
        <translation>实施期绩效目标</translation>
    </message>
    <message>
        <source>annual goal</source>
        <translation>年度绩效目标</translation>
    </message>
    <message>
        <source>expenditure details</source>
        <translation>支出明细及测算说明</translation>
    </message>
    <message>
        <source>content</source>
        <translation>支出内容简介</translation>
    </message>
    <message>
        <source>calculation basis</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>expenditure directions</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>#%1 (no name)</source>
        <translation>第%1个（未命名）</translation>
    </message>
    <message>
        <source>the whole filing</source>
        <translation>整份填报</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第%2行</translation>
    </message>
    <message>
        <source>level-3 indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>年度重点工作计划</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>年度绩效指标</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>专项 %1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>支出方向 %1</translation>
    </message>
    <message>
        <source>Expenditure details</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>project amount</source>
        <translation>项目金额</translation>
    </message>
    <message>
        <source>The calculation comes to %1, but the line&apos;s amount is %2.</source>
        <translation>测算结果为%1，但本行金额为%2。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>The calculation states %1, but its own product is %2.</source>
        <translation>测算说明写明%1，但按其数量与单价相乘应为%2。</translation>
    </message>
    <message>
        <source>The calculation states a total of %1, but its items add up to %2.</source>
        <translation>测算说明写明合计%1，但各分项相加为%2。</translation>
    </message>
    <message>
        <source>“%1” states no calculation: give the quantities and rates that make up %2.</source>
        <translation>“%1”未列出测算过程：请写明构成%2的数量和标准。</translation>
    </message>
    <message>
        <source>What the calculation basis arrives at must be the amount of its detail line.</source>
        <translation>测算依据算出的金额必须与该行支出明细的金额一致。</translation>
    </message>
    <message>
        <source>A calculation such as “four times, 0.2 each, 0.8 in all” must multiply out.</source>
        <translation>“一年四次，每次0.2万元，共0.8万元”这类测算，数量乘单价必须等于所写结果。</translation>
    </message>
    <message>
        <source>The items a calculation lists must add up to the total it states.</source>
        <translation>测算中列出的各分项之和必须等于其写明的合计。</translation>
    </message>
    <message>
        <source>A calculation basis should show how the amount was calculated, not only name a standard.</source>
        <translation>测算依据应写明金额如何算出，而不只是写一个标准名称。</translation>
    </message>
    <message>
        <source>The cost indicator caps the cost at %1, but total funds are %2.</source>
        <translation>成本指标将成本控制在%1，但资金总额为%2。</translation>
    </message>
    <message>
        <source>The cost indicator caps the cost at %1, but the project amount is %2.</source>
        <translation>成本指标将成本控制在%1，但项目金额为%2。</translation>
    </message>
    <message>
        <source>The cost indicator must not promise a cap different from the money its table covers.</source>
        <translation>成本指标承诺的上限不得与本表涵盖的资金不一致。</translation>
    </message>
    <message>
        <source>The department name is empty.</source>
        <translation>部门名称为空。</translation>
    </message>
    <message>
        <source>Nobody is named as preparer (填表人).</source>
        <translation>未填写填表人。</translation>
    </message>
    <message>
        <source>The contact phone number is empty.</source>
        <translation>联系电话为空。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: a landline (with or without area code, such as 0731-22610152) or an 11-digit mobile number.</source>
        <translation>“%1”不是有效的电话号码：应为固定电话（可带区号，如0731-22610152）或11位手机号码。</translation>
    </message>
    <message>
        <source>Every table names the filing department.</source>
        <translation>每张表都须写明填报部门。</translation>
    </message>
    <message>
        <source>The footer names who filled in the tables (填表人).</source>
        <translation>表尾须写明填表人。</translation>
    </message>
    <message>
        <source>The footer gives a phone number the finance office can call back.</source>
        <translation>表尾须留有财政部门可回拨的联系电话。</translation>
    </message>
    <message>
        <source>The required indicator “%1 › %2” is missing (%3).</source>
        <translation>缺少必填指标“%1 › %2”（%3）。</translation>
    </message>
    <message>
        <source>There is no indicator for “%1 › %2” (%3).</source>
        <translation>未设置“%1 › %2”指标（%3）。</translation>
    </message>
    <message>
        <source>“%1” is not a level-1 indicator of %2.</source>
        <translation>“%1”不是%2的一级指标。</translation>
    </message>
    <message>
        <source>Its level-2 “%1” belongs under “%2”.</source>
        <translation>其二级指标“%1”应归入“%2”。</translation>
    </message>
    <message>
        <source>“%1” belongs under the level-1 indicator “%2”, not “%3”.</source>
        <translation>“%1”应归入一级指标“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” is not a level-2 indicator of %2.</source>
        <translation>“%1”不是%2的二级指标。</translation>
    </message>
    <message>
        <source>Every output and cost level-2 indicator of the scheme needs at least one level-3 row.</source>
        <translation>指标体系中的每个产出类、成本类二级指标至少要有一条三级指标。</translation>
    </message>
    <message>
        <source>Benefit and satisfaction level-2 indicators are expected; real filings sometimes leave one blank.</source>
        <translation>效益类和满意度类二级指标应当填写；实际填报中有时会空缺一项。</translation>
    </message>
    <message>
        <source>Level-1 indicators must be those of the filing&apos;s indicator scheme.</source>
        <translation>一级指标必须是本填报所用指标体系中的一级指标。</translation>
    </message>
    <message>
        <source>Level-2 indicators must be those of the scheme, under their own level-1 indicator.</source>
        <translation>二级指标必须是指标体系中的二级指标，并归入其所属的一级指标。</translation>
    </message>
    <message>
        <source>The level-3 indicator “%1” is only a number: name what is measured and put the number into the value.</source>
        <translation>三级指标“%1”只是一个数字：请写明衡量的内容，并把数字填入指标值。</translation>
    </message>
    <message>
        <source>“%1” is approximate: state the target with ≥, ≤ or =.</source>
        <translation>“%1”是约数：请用≥、≤或=写明目标值。</translation>
    </message>
    <message>
        <source>Write “%1” with a comparator: “%2”.</source>
        <translation>“%1”宜用比较符号表示：“%2”。</translation>
    </message>
    <message>
        <source>“%1” has no comparator: add ≥, ≤ or =.</source>
        <translation>“%1”缺少比较符号：请加上≥、≤或=。</translation>
    </message>
    <message>
        <source>“%1” has no unit: say what is counted (%, 万元, 家, 次, …).</source>
        <translation>“%1”缺少计量单位：请写明计量的对象（%、万元、家、次等）。</translation>
    </message>
    <message>
        <source>Only %1 of %2 indicators have a quantitative value (less than %3%); quantify targets where possible.</source>
        <translation>%2项指标中只有%1项为定量指标值（低于%3%），请尽量量化目标。</translation>
    </message>
    <message>
        <source>A level-3 indicator names what is measured; a bare number says nothing.</source>
        <translation>三级指标应写明衡量的内容，只写一个数字说明不了任何问题。</translation>
    </message>
    <message>
        <source>Quantitative values state their direction with a comparator (≥95%, not 95%以上).</source>
        <translation>定量指标值应用比较符号表明方向（写“≥95%”，而不是“95%以上”）。</translation>
    </message>
    <message>
        <source>Quantitative values carry a unit.</source>
        <translation>定量指标值应带计量单位。</translation>
    </message>
    <message>
        <source>Guidance asks for quantified indicators where possible; too few make targets unverifiable.</source>
        <translation>绩效指标应尽量量化；定量指标过少，目标将难以考核。</translation>
    </message>
    <message>
        <source>This cell of the form is empty.</source>
        <translation>表中此栏为空。</translation>
    </message>
    <message>
        <source>Every box of the printed form is filled in before it is signed.</source>
        <translation>报表签字盖章前，每一栏都应填写完整。</translation>
    </message>
    <message>
        <source>Total funds are %1, but general public budget + government funds + other funds come to %2.</source>
        <translation>资金总额为%1，但一般公共预算拨款、政府性基金拨款与其他资金合计为%2。</translation>
    </message>
    <message>
        <source>Total funds are %1, but basic + project expenditure come to %2.</source>
        <translation>资金总额为%1，但基本支出与项目支出合计为%2。</translation>
    </message>
    <message>
        <source>Project expenditure is %1, but the special funds (the summary table&apos;s total) come to %2.</source>
        <translation>项目支出为%1，但各专项资金（汇总表合计）为%2。</translation>
    </message>
    <message>
        <source>The fund “%1” is %2, but its expenditure directions come to %3.</source>
        <translation>专项“%1”金额为%2，但其各支出方向合计为%3。</translation>
    </message>
    <message>
        <source>The project amount is %1, but the expenditure details total %2.</source>
        <translation>项目金额为%1，但支出明细合计为%2。</translation>
    </message>
    <message>
        <source>The fund “%1” has no expenditure direction, so its amount is not broken down.</source>
        <translation>专项“%1”没有支出方向，其金额未作分解。</translation>
    </message>
    <message>
        <source>The direction has no expenditure detail lines, so its amount is not explained.</source>
        <translation>该支出方向没有支出明细，其金额未作说明。</translation>
    </message>
    <message>
        <source>Total funds must equal general public budget + government funds + other funds.</source>
        <translation>资金总额必须等于一般公共预算拨款、政府性基金拨款与其他资金之和。</translation>
    </message>
    <message>
        <source>Total funds must equal basic plus project expenditure.</source>
        <translation>资金总额必须等于基本支出与项目支出之和。</translation>
    </message>
    <message>
        <source>Project expenditure must equal the special funds&apos; total in the summary table.</source>
        <translation>项目支出必须等于汇总表中各专项资金的合计。</translation>
    </message>
    <message>
        <source>Each special fund must equal the sum of its expenditure directions.</source>
        <translation>每个专项的金额必须等于其各支出方向金额之和。</translation>
    </message>
    <message>
        <source>Each direction&apos;s project amount must equal the total of its expenditure details.</source>
        <translation>每个支出方向的项目金额必须等于其支出明细合计。</translation>
    </message>
    <message>
        <source>A special fund needs at least one expenditure direction table.</source>
        <translation>每个专项至少要有一张支出方向绩效目标表。</translation>
    </message>
    <message>
        <source>A direction&apos;s amount must be explained by expenditure detail lines.</source>
        <translation>支出方向的金额必须由支出明细加以说明。</translation>
    </message>
    <message>
        <source>work plan row %1</source>
        <translation>年度重点工作计划第%1行</translation>
    </message>
    <message>
        <source>the annual goal</source>
        <translation>年度绩效目标</translation>
    </message>
    <message>
        <source>the implementation-period goal</source>
        <translation>实施期绩效目标</translation>
    </message>
    <message>
        <source>indicator row %1</source>
        <translation>第%1行指标</translation>
    </message>
    <message>
        <source>“%1” is %2 here but %3 in %4 of the same table: one target, one value.</source>
        <translation>“%1”此处为%2，但本表%4中为%3：同一目标只能有一个数值。</translation>
    </message>
    <message>
        <source>A target stated in the goals and in an indicator must have the same value in both.</source>
        <translation>目标中和指标中写明的同一目标，数值必须一致。</translation>
    </message>
    <message>
        <source>“%1” looks like a leftover of the Word file or a placeholder: remove it or fill in the real text.</source>
        <translation>“%1”像是Word文件的残留或占位符：请删除，或填写实际内容。</translation>
    </message>
    <message>
        <source>“%1” looks cut off: elsewhere the same text reads “%2”.</source>
        <translation>“%1”似乎被截断：别处同样的文字为“%2”。</translation>
    </message>
    <message>
        <source>Word bookmarks, field codes and placeholders (**, …, XX) must not reach the printed form.</source>
        <translation>Word书签、域代码和占位符（**、…、XX）不应出现在打印的报表上。</translation>
    </message>
    <message>
        <source>Text copied from elsewhere must not be cut off mid-word.</source>
        <translation>从别处复制的文字不应在词语中间被截断。</translation>
    </message>
    <message>
        <source>The implementation period “%1” does not include the fiscal year %2.</source>
        <translation>项目实施期“%1”不包含预算年度%2年。</translation>
    </message>
    <message>
        <source>“%1” does not fit the fiscal year %2.</source>
        <translation>“%1”与预算年度%2年不符。</translation>
    </message>
    <message>
        <source>Years in the text must fit the fiscal year; copied filings keep last year&apos;s dates.</source>
        <translation>文字中的年份须与预算年度相符；沿用上年的填报常留下上年的日期。</translation>
    </message>
    <message>
        <source>expenditure item</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>expenditure content</source>
        <translation>支出内容简介</translation>
    </message>
</context>
<context>
    <name>jixiao::Compare</name>
    <message>
        <source>%1: %2 filled in: %3</source>
        <translation>%1：%2已填写：%3</translation>
    </message>
    <message>
        <source>%1: %2 emptied (was %3)</source>
        <translation>%1：%2已清空（原为%3）</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1：%2由%3改为%4</translation>
    </message>
    <message>
        <source>%1: %2 filled in: %3 %4</source>
        <translation>%1：%2已填写：%3%4</translation>
    </message>
    <message>
        <source>%1: %2 emptied (was %3 %4)</source>
        <translation>%1：%2已清空（原为%3%4）</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4 %5 (%6)</source>
        <translation>%1：%2由%3改为%4%5（%6）</translation>
    </message>
    <message>
        <source>%1: %2 %3 added</source>
        <translation>%1：新增%2%3</translation>
    </message>
    <message>
        <source>%1: %2 %3 removed</source>
        <translation>%1：删除%2%3</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1, indicator %2</source>
        <translation>%1，指标%2</translation>
    </message>
    <message>
        <source>level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>绩效标准</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>fund level</source>
        <translation>资金级次</translation>
    </message>
    <message>
        <source>amount unit</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>indicator scheme</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>preparers</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出绩效目标表</translation>
    </message>
    <message>
        <source>attachment label</source>
        <translation>附表编号</translation>
    </message>
    <message>
        <source>total funds</source>
        <translation>资金总额</translation>
    </message>
    <message>
        <source>general public budget</source>
        <translation>一般公共预算拨款</translation>
    </message>
    <message>
        <source>government funds</source>
        <translation>政府性基金拨款</translation>
    </message>
    <message>
        <source>other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>basic expenditure</source>
        <translation>基本支出</translation>
    </message>
    <message>
        <source>project expenditure</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>部门职责概述</translation>
    </message>
    <message>
        <source>work plan item</source>
        <translation>重点工作事项</translation>
    </message>
    <message>
        <source>%1, work plan item %2</source>
        <translation>%1，重点工作事项%2</translation>
    </message>
    <message>
        <source>item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>责任单位/科室</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>专项%1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>Direction %1 of fund %2</source>
        <translation>专项%2的支出方向%1</translation>
    </message>
    <message>
        <source>implementation period</source>
        <translation>项目实施期</translation>
    </message>
    <message>
        <source>goal for the period</source>
        <translation>实施期绩效目标</translation>
    </message>
    <message>
        <source>annual goal</source>
        <translation>年度绩效目标</translation>
    </message>
    <message>
        <source>expenditure detail</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>%1, expenditure detail %2</source>
        <translation>%1，支出明细%2</translation>
    </message>
    <message>
        <source>content</source>
        <translation>支出内容简介</translation>
    </message>
    <message>
        <source>calculation</source>
        <translation>支出测算依据及过程说明</translation>
    </message>
</context>
<context>
    <name>jixiao::Draft</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it is not a Jixiao draft. Perhaps it was not saved or copied completely.</source>
        <translation>“%1”是空文件（0 字节），不是绩效草稿，可能未完整保存或复制。</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive (such as a Word, Excel or WPS document), not a Jixiao draft.</source>
        <translation>“%1”是 ZIP 压缩文件（如 Word、Excel 或 WPS 文档），不是绩效草稿。</translation>
    </message>
    <message>
        <source>“%1” is a PDF document, not a Jixiao draft.</source>
        <translation>“%1”是 PDF 文档，不是绩效草稿。</translation>
    </message>
    <message>
        <source>“%1” is not a Jixiao draft: its content is not a Jixiao database.</source>
        <translation>“%1”不是绩效草稿：其内容不是绩效数据库。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: it ends after %2 bytes. It is probably a truncated copy (an interrupted download or copy); ask for the file again.</source>
        <translation>“%1”不完整：文件只有 %2 字节，可能是下载或复制中断造成的残缺副本，请重新索取该文件。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Jixiao draft.</source>
        <translation>“%1”是其他软件的数据库，不是绩效草稿。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: it has %2 bytes but should have %3. It is probably a truncated copy (an interrupted download or copy); ask for the file again.</source>
        <translation>“%1”不完整：文件有 %2 字节，应有 %3 字节，可能是下载或复制中断造成的残缺副本，请重新索取该文件。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>“%1” already exists; a new draft never replaces a file. Choose another name.</source>
        <translation>“%1”已存在；新建草稿不会覆盖已有文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a draft.</source>
        <translation>“%1”是文件夹，不是草稿。</translation>
    </message>
    <message>
        <source>“%1” is a read-only file. It was opened read-only: changes cannot be saved to it.</source>
        <translation>“%1”是只读文件，已以只读方式打开，修改无法保存到该文件。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to. The draft was opened read-only: changes cannot be saved to it.</source>
        <translation>文件夹“%1”不可写入，草稿已以只读方式打开，修改无法保存到该文件。</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Jixiao window, or by another user. It was opened read-only: changes cannot be saved until it is closed there.</source>
        <translation>“%1”正在另一个绩效窗口中编辑，或正被其他用户编辑，已以只读方式打开；在对方关闭之前，修改无法保存。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing (%2). It was opened read-only.</source>
        <translation>“%1”无法以可写方式打开（%2），已以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and must be repaired, which needs it opened for editing: %2</source>
        <translation>“%1”上次未正常关闭，需要修复，修复须以可编辑方式打开：%2</translation>
    </message>
    <message>
        <source>it is open elsewhere</source>
        <translation>该文件正在别处打开</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Jixiao (file format %2; this version reads up to %3). Update Jixiao to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的绩效保存（文件格式 %2，本版本最高只能读取 %3），请升级绩效后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: it was never saved completely (no file format version).</source>
        <translation>“%1”不完整：从未完整保存（没有文件格式版本）。</translation>
    </message>
    <message>
        <source>“%1” holds database objects that Jixiao did not create (%2). It may have been altered by another program, so it was not opened. The file was not changed.</source>
        <translation>“%1”含有不是绩效创建的数据库对象（%2），可能被其他程序改动过，因此未打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Open a backup copy instead. The file was not changed.</source>
        <translation>“%1”已损坏（%2），请改用备份副本。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: its older file format needs a temporary copy, which could not be made.</source>
        <translation>无法读取“%1”：其旧文件格式需要先生成临时副本，但副本未能生成。</translation>
    </message>
    <message>
        <source>“%1” has an older file format and must be updated, but the backup copy “%2” could not be written first. The file was not changed.</source>
        <translation>“%1”是旧文件格式，需要升级，但未能先写出备份副本“%2”。文件未作任何改动。</translation>
    </message>
    <message>
        <source>this version does not know how to update file format %1</source>
        <translation>本版本不知道如何升级文件格式 %1</translation>
    </message>
    <message>
        <source>“%1” could not be updated from file format %2 to %3: %4. It keeps file format %2; the original is also kept as “%5”.</source>
        <translation>“%1”未能从文件格式 %2 升级到 %3：%4。文件仍为格式 %2，原文件另存为“%5”。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds no filing.</source>
        <translation>“%1”已损坏：其中没有填报内容。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds more than one filing.</source>
        <translation>“%1”已损坏：其中有不止一份填报。</translation>
    </message>
    <message>
        <source>“%1” was opened read-only; the change was not saved.</source>
        <translation>“%1”以只读方式打开，修改未保存。</translation>
    </message>
    <message>
        <source>The change to “%1” was not saved: %2 The draft keeps what was saved before.</source>
        <translation>对“%1”的修改未保存：%2 草稿保留上次保存的内容。</translation>
    </message>
    <message>
        <source>another program changed the file (revision %1, expected %2).</source>
        <translation>其他程序修改了该文件（版本 %1，应为 %2）。</translation>
    </message>
</context>
<context>
    <name>jixiao::FilingFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is neither a Jixiao draft (.jixiao) nor an interchange file (.json).</source>
        <translation>“%1”既不是绩效草稿（.jixiao），也不是交换文件（.json）。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: name it .jixiao (a draft) or .json (the interchange format).</source>
        <translation>无法写入“%1”：文件名请以 .jixiao（草稿）或 .json（交换格式）结尾。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: it is open for editing in Jixiao. Close it there first.</source>
        <translation>无法替换“%1”：该文件正在绩效中编辑，请先在那里关闭。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the finished file could not be put in place. The previous file is unchanged.</source>
        <translation>无法写入“%1”：写好的文件未能替换到位，原文件保持不变。</translation>
    </message>
</context>
<context>
    <name>jixiao::FilingJson</name>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Expected an object here, found %1.</source>
        <translation>此处应为对象，实际为%1。</translation>
    </message>
    <message>
        <source>Unknown field “%1”: this version of the format does not have it.</source>
        <translation>未知字段“%1”：此版本的格式中没有该字段。</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Expected a list here, found %1.</source>
        <translation>此处应为列表，实际为%1。</translation>
    </message>
    <message>
        <source>Expected text here, found %1.</source>
        <translation>此处应为文本，实际为%1。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>文本超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Expected an amount as text (such as &quot;19.54&quot;), found %1.</source>
        <translation>此处应为以文本表示的金额（如 &quot;19.54&quot;），实际为%1。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of the interchange format (digits with at most 6 decimals, no unit, such as 19.54): %2</source>
        <translation>“%1”不是交换格式的金额（数字，最多 6 位小数，不带单位，如 19.54）：%2</translation>
    </message>
    <message>
        <source>This is not a Jixiao filing: the file holds %1, not an object.</source>
        <translation>这不是绩效填报文件：文件内容是%1，而不是对象。</translation>
    </message>
    <message>
        <source>This is not a Jixiao filing (“format” must be “jixiao-filing”).</source>
        <translation>这不是绩效填报文件（“format”必须为“jixiao-filing”）。</translation>
    </message>
    <message>
        <source>This filing was written by a newer version of Jixiao (format version %1); this version reads format version %2. Update Jixiao to open it.</source>
        <translation>此填报文件由更新版本的绩效软件写入（格式版本 %1）；本版本只能读取格式版本 %2。请升级软件后再打开。</translation>
    </message>
    <message>
        <source>“formatVersion” must be %1.</source>
        <translation>“formatVersion”必须为 %1。</translation>
    </message>
    <message>
        <source>The fiscal year must be a whole year from 2000 to 2100.</source>
        <translation>年度必须是 2000 至 2100 之间的整数年份。</translation>
    </message>
    <message>
        <source>The amount unit must be “万元” or “元”.</source>
        <translation>金额单位必须为“万元”或“元”。</translation>
    </message>
    <message>
        <source>Unknown indicator scheme; expected hunan-2023, mof-2015 or mof-2021.</source>
        <translation>未知的指标体系；应为 hunan-2023、mof-2015 或 mof-2021。</translation>
    </message>
    <message>
        <source>(line %1, column %2)</source>
        <translation>（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a filing is never that large.</source>
        <translation>文件大于 %1 MB，填报文件不可能这么大。</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a filing.</source>
        <translation>文件嵌套层次过深，不是填报文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a filing.</source>
        <translation>“%1”是文件夹，不是填报文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>jixiao::FilingPrinter</name>
    <message>
        <source>The filing has no such expenditure direction (it has %1).</source>
        <translation>该填报中没有这个支出方向（共有 %1 个支出方向）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>jixiao::Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>“%1” is not an exact decimal amount such as 19.54.</source>
        <translation>“%1”不是精确的十进制金额（如 19.54）。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places.</source>
        <translation>“%1”的小数位数超过 %2 位。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>“%1” is too large to be an amount.</source>
        <translation>“%1”太大，不能作为金额。</translation>
    </message>
    <message>
        <source>The thousands separators in “%1” are misplaced.</source>
        <translation>“%1”中的千位分隔符位置不正确。</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal point.</source>
        <translation>“%1”中有不止一个小数点。</translation>
    </message>
    <message>
        <source>“%1”: scientific notation is not accepted; type the amount in full.</source>
        <translation>“%1”：不接受科学计数法，请输入完整金额。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type a number such as 19.54, 0.8万元 or 2000元.</source>
        <translation>“%1”不是金额。请输入数字，如 19.54、0.8万元 或 2000元。</translation>
    </message>
    <message>
        <source>“%1” is more precise than one fen (0.01元); round it first.</source>
        <translation>“%1”的精度超过了分（0.01元），请先取整到分。</translation>
    </message>
</context>
<context>
    <name>jixiao::SharedStore</name>
    <message>
        <source>The database holds a table “jixiao_meta” that Jixiao did not create.</source>
        <translation>该数据库中有一张不是绩效创建的“jixiao_meta”表。</translation>
    </message>
    <message>
        <source>The shared store was set up by a newer version of Jixiao (schema %1; this version knows up to %2). Update Jixiao to use it.</source>
        <translation>共享库由更新版本的绩效建立（结构版本 %1，本版本最高支持 %2），请升级绩效后再使用。</translation>
    </message>
    <message>
        <source>The shared store could not be updated from schema %1: %2</source>
        <translation>共享库未能从结构版本 %1 升级：%2</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>“%1”不是 PostgreSQL 地址，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>“%1” names no database. Write it as postgresql://user@host:port/database.</source>
        <translation>“%1”没有指明数据库，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The option “%1” of the address cannot be used.</source>
        <translation>地址中的选项“%1”无法使用。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>The filing was not stored: %1</source>
        <translation>填报未存入：%1</translation>
    </message>
    <message>
        <source>Cannot read filing %1 from %2: %3</source>
        <translation>无法从 %2 读取填报 %1：%3</translation>
    </message>
    <message>
        <source>The change to filing %1 was not saved: %2</source>
        <translation>对填报 %1 的修改未保存：%2</translation>
    </message>
    <message>
        <source>Filing %1 (%2, %3) was changed by %4 at %5 after you opened it: your copy is revision %6, the shared store has revision %7. Your changes were not saved. Reload the filing to see theirs, then apply yours again.</source>
        <translation>填报 %1（%2，%3年度）在您打开后已被 %4 于 %5 修改：您的副本为第 %6 版，共享库中为第 %7 版。您的修改未保存。请重新载入查看对方的修改，再重新录入您的修改。</translation>
    </message>
</context>
<context>
    <name>jixiao::Storage</name>
    <message>
        <source>The database is damaged: an unexpected value in %1.</source>
        <translation>数据库已损坏：%1 中有异常数据。</translation>
    </message>
    <message>
        <source>The database is damaged: %1.</source>
        <translation>数据库已损坏：%1。</translation>
    </message>
    <message>
        <source>The disk is full (or the file reached its size limit).</source>
        <translation>磁盘已满（或文件已达到大小上限）。</translation>
    </message>
    <message>
        <source>The file cannot be written to (it is read-only).</source>
        <translation>文件无法写入（只读）。</translation>
    </message>
    <message>
        <source>Permission to write the file was denied.</source>
        <translation>没有写入该文件的权限。</translation>
    </message>
    <message>
        <source>The file is busy in another program; try again in a moment.</source>
        <translation>文件正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the file.</source>
        <translation>读写文件时磁盘报告错误。</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>文件已损坏。</translation>
    </message>
    <message>
        <source>The file cannot be opened (check that it exists and that you may read it).</source>
        <translation>文件无法打开（请检查文件是否存在、是否有读取权限）。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告错误。</translation>
    </message>
    <message>
        <source>Cannot connect to the shared store.</source>
        <translation>无法连接共享库。</translation>
    </message>
    <message>
        <source>The shared store reported an error.</source>
        <translation>共享库报告错误。</translation>
    </message>
    <message>
        <source>The filing %1 does not exist (any more).</source>
        <translation>填报 %1 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>the fiscal year %1 is not a year from 2000 to 2100</source>
        <translation>年度 %1 不在 2000 至 2100 之间</translation>
    </message>
    <message>
        <source>the amount unit “%1” is unknown</source>
        <translation>金额单位“%1”无法识别</translation>
    </message>
    <message>
        <source>the indicator scheme “%1” is unknown</source>
        <translation>指标体系“%1”无法识别</translation>
    </message>
    <message>
        <source>the rows of “%1” are out of order or incomplete</source>
        <translation>“%1”的行顺序错乱或不完整</translation>
    </message>
    <message>
        <source>The database did not return the new filing&apos;s number.</source>
        <translation>数据库未返回新填报的编号。</translation>
    </message>
</context>
<context>
    <name>jixiao::TablePrinter</name>
    <message>
        <source>Printing needs the graphical part of the program (fonts); it was started without it.</source>
        <translation>打印需要程序的图形部分（字体），但程序启动时未加载该部分。</translation>
    </message>
    <message>
        <source>No Chinese font for printing is installed. Install SimSun or FangSong, or on Linux the package fonts-arphic-uming.</source>
        <translation>未安装可用于打印的中文字体。请安装宋体（SimSun）或仿宋（FangSong），Linux 系统可安装 fonts-arphic-uming 软件包。</translation>
    </message>
    <message>
        <source>There is nothing to print on.</source>
        <translation>没有可供打印的设备。</translation>
    </message>
    <message>
        <source>There is nothing to print: the selection has no tables.</source>
        <translation>没有可打印的内容：所选范围不含任何表格。</translation>
    </message>
    <message>
        <source>The printer or the file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>The printer did not accept page %1.</source>
        <translation>打印机未能接收第 %1 页。</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
</context>
<context>
    <name>jixiao::cli</name>
    <message>
        <source>Convert a filing between formats (.json interchange, .jixiao draft)</source>
        <translation>在格式之间转换填报文件（.json 交换格式、.jixiao 草稿）</translation>
    </message>
    <message>
        <source>Write the bundled sample filing (the seed)</source>
        <translation>写出内置的示例填报（种子表）</translation>
    </message>
    <message>
        <source>Write a large generated filing for tests and benchmarks</source>
        <translation>生成用于测试和性能评测的大型填报文件</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The filing to read.</source>
        <translation>要读取的填报文件。</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>写入位置。</translation>
    </message>
    <message>
        <source>convert takes two files: IN OUT</source>
        <translation>convert 需要两个文件：输入 输出</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>sample needs -o FILE.</source>
        <translation>sample 需要 -o 文件。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “jixiao COMMAND --help” for a command&apos;s options.</source>
        <translation>运行“jixiao 命令 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Jixiao: fill in, check, store and print budget performance-target forms.</source>
        <translation>绩效：填报、检查、保存并打印预算绩效目标表。</translation>
    </message>
    <message>
        <source>A filing to open in the editor.</source>
        <translation>在编辑器中打开的填报文件。</translation>
    </message>
    <message>
        <source>There is no display to show the editor on. Use a command:</source>
        <translation>没有可以显示编辑器的显示器。请使用命令：</translation>
    </message>
    <message>
        <source>Cannot open the filing</source>
        <translation>无法打开填报文件</translation>
    </message>
    <message>
        <source>Number of expenditure directions (500).</source>
        <translation>支出方向数量（500）。</translation>
    </message>
    <message>
        <source>Indicators per direction (12).</source>
        <translation>每个支出方向的指标数（12）。</translation>
    </message>
    <message>
        <source>Detail lines per direction (10).</source>
        <translation>每个支出方向的明细行数（10）。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>Fiscal year.</source>
        <translation>预算年度。</translation>
    </message>
    <message>
        <source>Plant one of each known defect (sum, basis, stale year, conflicting target).</source>
        <translation>每种已知缺陷各植入一处（合计、测算、过期年份、目标值冲突）。</translation>
    </message>
    <message>
        <source>generate: the numbers are out of range.</source>
        <translation>generate：数值超出范围。</translation>
    </message>
    <message>
        <source>generate needs -o FILE.</source>
        <translation>generate 需要 -o 文件。</translation>
    </message>
    <message>
        <source>Print the official tables to a PDF, ready to stamp and sign</source>
        <translation>将正式表格打印为 PDF，可直接盖章签字</translation>
    </message>
    <message>
        <source>Print the verification code (校验码) of a filing</source>
        <translation>显示填报的校验码</translation>
    </message>
    <message>
        <source>Start next year&apos;s filing from last year&apos;s</source>
        <translation>由上年度填报生成下一年度填报</translation>
    </message>
    <message>
        <source>Show what changed between two filings</source>
        <translation>显示两份填报之间的变动</translation>
    </message>
    <message>
        <source>Store a filing in the shared PostgreSQL store</source>
        <translation>将填报存入 PostgreSQL 共享库</translation>
    </message>
    <message>
        <source>Copy a filing from the shared store into a local draft</source>
        <translation>从共享库取出填报，存为本地草稿</translation>
    </message>
    <message>
        <source>Check a filing: sums, calculations, targets, years, completeness</source>
        <translation>检查填报：合计、测算、目标、年份、完整性</translation>
    </message>
    <message>
        <source>List the checks validate runs, and why each exists</source>
        <translation>列出 validate 执行的各项检查及其理由</translation>
    </message>
    <message>
        <source>The earlier filing (.jixiao or .json).</source>
        <translation>较早的填报（.jixiao 或 .json）。</translation>
    </message>
    <message>
        <source>The later filing (.jixiao or .json).</source>
        <translation>较新的填报（.jixiao 或 .json）。</translation>
    </message>
    <message>
        <source>diff takes two filings: OLD NEW</source>
        <translation>diff 需要两份填报：旧 新</translation>
    </message>
    <message>
        <source>The filings are the same.</source>
        <translation>两份填报内容相同。</translation>
    </message>
    <message>
        <source>The filing to print.</source>
        <translation>要打印的填报文件。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Which table: overview, summary, direction:N (the N-th direction, or direction:F.D for direction D of fund F) or all (the default).</source>
        <translation>打印哪张表：overview（部门整体支出绩效目标表）、summary（专项资金绩效目标汇总表）、direction:N（第 N 个支出方向；direction:F.D 为第 F 个专项的第 D 个支出方向）或 all（全部，默认）。</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>生成 PDF/A-1b 格式，用于归档。</translation>
    </message>
    <message>
        <source>Write nothing and exit 1 when the checks find errors.</source>
        <translation>检查发现错误时不生成文件，并以退出码 1 结束。</translation>
    </message>
    <message>
        <source>Font family of the titles (default: 方正小标宋简体, SimSun or AR PL UMing CN, whichever is installed).</source>
        <translation>标题字体（默认：方正小标宋简体、宋体或 AR PL UMing CN，取已安装者）。</translation>
    </message>
    <message>
        <source>Font family of the tables (default: FangSong, SimSun or AR PL UMing CN, whichever is installed).</source>
        <translation>表格正文字体（默认：仿宋、宋体或 AR PL UMing CN，取已安装者）。</translation>
    </message>
    <message>
        <source>Title size in points (18).</source>
        <translation>标题字号，单位为磅（默认 18）。</translation>
    </message>
    <message>
        <source>Table text size in points (10.5).</source>
        <translation>表格正文字号，单位为磅（默认 10.5）。</translation>
    </message>
    <message>
        <source>export-pdf takes one filing and -o OUT.pdf.</source>
        <translation>export-pdf 需要一个填报文件和 -o OUT.pdf。</translation>
    </message>
    <message>
        <source>Unknown table “%1”: use overview, summary, direction:N or all.</source>
        <translation>未知的表“%1”：请使用 overview、summary、direction:N 或 all。</translation>
    </message>
    <message>
        <source>Font sizes are points from 6 to 36.</source>
        <translation>字号须在 6 至 36 磅之间。</translation>
    </message>
    <message>
        <source>Warning: the font “%1” cannot be used; the titles use “%2”.</source>
        <translation>警告：无法使用字体“%1”，标题改用“%2”。</translation>
    </message>
    <message>
        <source>Warning: the font “%1” cannot be used; the tables use “%2”.</source>
        <translation>警告：无法使用字体“%1”，表格改用“%2”。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, verification code %3)</source>
        <translation>已生成 %1（共 %2 页，校验码 %3）</translation>
    </message>
    <message>
        <source>Last year&apos;s filing (.jixiao or .json).</source>
        <translation>上年度的填报（.jixiao 或 .json）。</translation>
    </message>
    <message>
        <source>The new fiscal year (default: the year after FILE&apos;s).</source>
        <translation>新年度（默认为 FILE 年度的下一年）。</translation>
    </message>
    <message>
        <source>The new filing to create (.jixiao or .json); never replaced.</source>
        <translation>要新建的填报（.jixiao 或 .json），不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Empty every amount instead of keeping last year&apos;s.</source>
        <translation>清空所有金额，不沿用上年金额。</translation>
    </message>
    <message>
        <source>Move the years named in the texts forward as well (2023年 → 2024年).</source>
        <translation>同时将文字中的年份顺延（2023年 → 2024年）。</translation>
    </message>
    <message>
        <source>new-year takes last year&apos;s filing and -o NEW</source>
        <translation>new-year 需要上年度的填报和 -o 新文件</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new filing.</source>
        <translation>%1 已存在，请为新填报换一个文件名。</translation>
    </message>
    <message>
        <source>The fiscal year must be a whole year from 2000 to 2100.</source>
        <translation>年度必须是 2000 至 2100 之间的整数年份。</translation>
    </message>
    <message>
        <source>Wrote %1: fiscal year %2, carried forward from %3.</source>
        <translation>已写出 %1：%2年度，由 %3年度结转而来。</translation>
    </message>
    <message>
        <source>%1 texts still name %2; check them (jixiao validate reports them), or use --replace-years:</source>
        <translation>有 %1 处文字仍写着 %2 年，请逐一核对（jixiao validate 会列出），或使用 --replace-years：</translation>
    </message>
    <message>
        <source>The shared store: postgresql://user@host:port/database (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>共享库：postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>The number of the filing in the store; without it, list them.</source>
        <translation>填报在共享库中的编号；不写则列出全部填报。</translation>
    </message>
    <message>
        <source>The file to create (.jixiao or .json); never replaced.</source>
        <translation>要新建的文件（.jixiao 或 .json），不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>pull takes the address of the shared store, then FILING-ID -o FILE</source>
        <translation>pull 需要共享库地址，然后是填报编号 -o 文件</translation>
    </message>
    <message>
        <source>“%1” is not a filing number.</source>
        <translation>“%1”不是填报编号。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>revision %1, saved by %2 at %3</source>
        <translation>第 %1 版，%2 于 %3 保存</translation>
    </message>
    <message>
        <source>Wrote %1: filing %2 of %3 (revision %4).</source>
        <translation>已写出 %1：%3 中的填报 %2（第 %4 版）。</translation>
    </message>
    <message>
        <source>The filing to store (.jixiao or .json).</source>
        <translation>要存入的填报（.jixiao 或 .json）。</translation>
    </message>
    <message>
        <source>Store it as a new filing even if it was pulled from the store.</source>
        <translation>即使是从共享库取出的，也作为新填报存入。</translation>
    </message>
    <message>
        <source>push takes a filing and the address of the shared store: FILE URI</source>
        <translation>push 需要一份填报和共享库地址：文件 地址</translation>
    </message>
    <message>
        <source>Filing %1 in %2 was changed after %3 was pulled or pushed (revision %4, now %5). Nothing was stored: pull it again and apply your changes there, or use --new to store yours as a separate filing.</source>
        <translation>%3 取出或存入之后，%2 中的填报 %1 已被修改（原为第 %4 版，现为第 %5 版）。未存入任何内容：请重新取出并在其上修改，或使用 --new 将您的版本另存为一份新填报。</translation>
    </message>
    <message>
        <source>Stored %1 as filing %2 in %3 (revision %4).</source>
        <translation>已将 %1 存入 %3，填报编号 %2（第 %4 版）。</translation>
    </message>
    <message>
        <source>Note: %1 could not record that it was stored (%2); a later push stores it as a new filing.</source>
        <translation>注意：%1 未能记下已存入共享库（%2），以后再次存入时将作为新填报。</translation>
    </message>
    <message>
        <source>Output format: text (for people) or json (for programs).</source>
        <translation>输出格式：text（供人阅读）或 json（供程序处理）。</translation>
    </message>
    <message>
        <source>rules takes no files.</source>
        <translation>rules 不接受文件参数。</translation>
    </message>
    <message>
        <source>rules: --format must be text or json, not “%1”.</source>
        <translation>rules：--format 只能是 text 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>The filing to check.</source>
        <translation>要检查的填报文件。</translation>
    </message>
    <message>
        <source>Report tables with fewer quantitative indicators than this percentage (50).</source>
        <translation>定量指标占比低于此百分比（默认50）的表给出提示。</translation>
    </message>
    <message>
        <source>validate takes one file: FILE</source>
        <translation>validate 需要一个文件：FILE</translation>
    </message>
    <message>
        <source>validate: --format must be text or json, not “%1”.</source>
        <translation>validate：--format 只能是 text 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>validate: --min-quantitative must be a percentage from 0 to 100.</source>
        <translation>validate：--min-quantitative 须为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 hints.</source>
        <translation>%1：错误 %2 个，警告 %3 个，提示 %4 个。</translation>
    </message>
    <message>
        <source>The filing whose code to print.</source>
        <translation>要显示校验码的填报文件。</translation>
    </message>
    <message>
        <source>The code on the paper: exit 1 unless the filing has it.</source>
        <translation>纸质表上的校验码：与该填报不符时以退出码 1 结束。</translation>
    </message>
    <message>
        <source>verify takes one file: FILE</source>
        <translation>verify 需要一个文件参数：FILE</translation>
    </message>
    <message>
        <source>The code does not match: the paper is not this filing (or it was changed after printing).</source>
        <translation>校验码不符：纸质表与此填报不一致（或打印后内容已被修改）。</translation>
    </message>
    <message>
        <source>The code matches.</source>
        <translation>校验码一致。</translation>
    </message>
    <message>
        <source>Open the bundled sample filing.</source>
        <translation>打开内置的示例填报。</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>变动：%1 处</translation>
    </message>
    <message>
        <source>The checks find %1 error(s) in %2; nothing was written (--strict):</source>
        <translation>检查发现 %2 中有 %1 处错误，未生成文件（--strict）：</translation>
    </message>
    <message>
        <source>Warning: the checks find %1 error(s) in %2; the PDF is written anyway:</source>
        <translation>警告：检查发现 %2 中有 %1 处错误，仍已生成 PDF：</translation>
    </message>
    <message>
        <source>Run “jixiao validate %1” for every finding.</source>
        <translation>运行“jixiao validate %1”可查看全部检查结果。</translation>
    </message>
    <message>
        <source>jixiao-cli runs commands; the editor is jixiao.exe. Use a command:</source>
        <translation>jixiao-cli 只执行命令；编辑器是 jixiao.exe。请使用以下命令：</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::ChecksPanel</name>
    <message>
        <source>No findings: everything adds up.</source>
        <translation>未发现问题：各项金额均已平衡。</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Hints: %3</source>
        <translation>错误 %1 · 警告 %2 · 提示 %3</translation>
    </message>
    <message>
        <source>Apply Expected Value</source>
        <translation>采用应有值</translation>
    </message>
    <message>
        <source>Write the value the checks expect into the cell (a sum); you can undo it.</source>
        <translation>将检查得出的应有值（合计数）填入单元格；可以撤销。</translation>
    </message>
    <message>
        <source>Apply expected value</source>
        <translation>采用应有值</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::Document</name>
    <message>
        <source>This filing is open read-only.</source>
        <translation>此填报以只读方式打开。</translation>
    </message>
    <message>
        <source>This filing has no draft file to save into.</source>
        <translation>此填报没有可保存的草稿文件。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>This cell does not hold an amount.</source>
        <translation>此单元格不是金额。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::FindingsModel</name>
    <message>
        <source>Expected: %1</source>
        <translation>应为：%1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>实为：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::FormModel</name>
    <message>
        <source>Calculated; it changes when the lines above change.</source>
        <translation>自动计算，随上方各行变化。</translation>
    </message>
    <message>
        <source>Amount in %1, e.g. 0.8 or 0.8万元</source>
        <translation>金额（单位：%1），如 0.8 或 0.8万元</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::FormView</name>
    <message>
        <source>This filing is read-only.</source>
        <translation>此填报为只读。</translation>
    </message>
    <message>
        <source>Nothing here can take the pasted cells.</source>
        <translation>此处没有可粘贴的单元格。</translation>
    </message>
    <message>
        <source>Row %1, column %2 (“%3”): %4</source>
        <translation>第 %1 行第 %2 列（“%3”）：%4</translation>
    </message>
    <message>
        <source>Nothing was pasted; these cells are not amounts (%1):</source>
        <translation>未粘贴任何内容；以下单元格不是有效金额（%1 处）：</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Cells pasted: %1</source>
        <translation>已粘贴单元格：%1 个</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>This cell is calculated from other cells; change those instead.</source>
        <translation>此单元格由其他单元格计算得出，请修改相应的单元格。</translation>
    </message>
    <message>
        <source>This cell is part of the printed form and cannot be changed.</source>
        <translation>此单元格是表格固定内容，不能修改。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::InsertRowsCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::MainWindow</name>
    <message>
        <source>Filing interchange files (*.json)</source>
        <translation>填报交换文件 (*.json)</translation>
    </message>
    <message>
        <source>Filings (*.jixiao *.json);;Drafts (*.jixiao);;Interchange files (*.json)</source>
        <translation>填报文件 (*.jixiao *.json);;草稿 (*.jixiao);;交换文件 (*.json)</translation>
    </message>
    <message>
        <source>Drafts (*.jixiao);;Interchange files (*.json)</source>
        <translation>草稿 (*.jixiao);;交换文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the filing</source>
        <translation>无法打开填报文件</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>New from &amp;Last Year&apos;s Filing…</source>
        <translation>由上年度填报新建(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>开始页(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview &amp;This Table…</source>
        <translation>预览本表(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>在上方插入行(&amp;A)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>在下方插入行(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Move Row U&amp;p</source>
        <translation>上移行(&amp;P)</translation>
    </message>
    <message>
        <source>Move Row Do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
    </message>
    <message>
        <source>F&amp;iling</source>
        <translation>填报(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>填报属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Add Special &amp;Fund</source>
        <translation>添加专项(&amp;F)</translation>
    </message>
    <message>
        <source>Add Expenditure &amp;Direction</source>
        <translation>添加支出方向(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Fund or Direction</source>
        <translation>删除专项或支出方向(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Run Checks &amp;Now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未能保存：%1</translation>
    </message>
    <message>
        <source>The draft was updated to this version; the original is kept at %1</source>
        <translation>草稿已升级到当前版本；原文件已备份在 %1</translation>
    </message>
    <message>
        <source>Imported %1; your changes are kept in a new draft.</source>
        <translation>已导入 %1；所做修改将保存在新草稿中。</translation>
    </message>
    <message>
        <source>Read-only: %1 Changes cannot be made or saved here; use Save As to work on a copy.</source>
        <translation>只读：%1 此处不能修改或保存；如需修改，请“另存为”副本后编辑。</translation>
    </message>
    <message>
        <source>this draft is open read-only.</source>
        <translation>此草稿以只读方式打开。</translation>
    </message>
    <message>
        <source>Does not add up: %1</source>
        <translation>金额不平：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The checks found errors in this filing (%1): the printed tables would not agree with each other. Print anyway?</source>
        <translation>检查发现本填报有 %1 处错误，打印出的各表将互不一致。仍要打印吗？</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>无法打印：%1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>PDF written: %1 (pages: %2)</source>
        <translation>已导出 PDF：%1（共 %2 页）</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Change filing properties</source>
        <translation>修改填报属性</translation>
    </message>
    <message>
        <source>Filing Properties</source>
        <translation>填报属性</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <source>Level of government:</source>
        <translation>资金级次：</translation>
    </message>
    <message>
        <source>Indicator framework:</source>
        <translation>指标体系：</translation>
    </message>
    <message>
        <source>Last year&apos;s filing</source>
        <translation>上年度填报</translation>
    </message>
    <message>
        <source>New from Last Year&apos;s Filing</source>
        <translation>由上年度填报新建</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Keep last year&apos;s amounts</source>
        <translation>保留上年金额</translation>
    </message>
    <message>
        <source>Move the years in the texts on (2023年 → 2024年)</source>
        <translation>顺延文字中的年份（2023年 → 2024年）</translation>
    </message>
    <message>
        <source>Cannot start the new filing</source>
        <translation>无法新建本年度填报</translation>
    </message>
    <message>
        <source>%1[*] — Jixiao</source>
        <translation>%1[*] — 绩效</translation>
    </message>
    <message>
        <source>New special fund</source>
        <translation>新专项</translation>
    </message>
    <message>
        <source>New expenditure direction</source>
        <translation>新支出方向</translation>
    </message>
    <message>
        <source>Remove expenditure direction</source>
        <translation>删除支出方向</translation>
    </message>
    <message>
        <source>Remove the expenditure direction “%1” with its indicators and detail lines? You can undo this.</source>
        <translation>删除支出方向“%1”及其全部指标和支出明细？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Remove special fund</source>
        <translation>删除专项</translation>
    </message>
    <message>
        <source>Remove the special fund “%1” with all its expenditure directions? You can undo this.</source>
        <translation>删除专项“%1”及其全部支出方向？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Open filing</source>
        <translation>打开填报文件</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1
Close and lose them?</source>
        <translation>最近的修改未能保存：%1
仍要关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>The filing on screen was kept.</source>
        <translation>当前屏幕上的填报保持不变。</translation>
    </message>
    <message>
        <source>%1 (read-only) — Jixiao</source>
        <translation>%1（只读）— 绩效</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::MoveRowCommand</name>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::RemoveRowsCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::SetValueCommand</name>
    <message>
        <source>work-plan row</source>
        <translation>重点工作计划行</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>special fund</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>expenditure direction</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>detail line</source>
        <translation>支出明细行</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
    <message>
        <source>New drafts go to:</source>
        <translation>新草稿保存位置：</translation>
    </message>
    <message>
        <source>Preparer (filled into new filings)</source>
        <translation>填表人（新建填报时自动填入）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF/A for archiving</source>
        <translation>存档用 PDF/A</translation>
    </message>
    <message>
        <source>Title font:</source>
        <translation>标题字体：</translation>
    </message>
    <message>
        <source>Title size (pt):</source>
        <translation>标题字号（磅）：</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>正文字体：</translation>
    </message>
    <message>
        <source>Body size (pt):</source>
        <translation>正文字号（磅）：</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::WelcomePage</name>
    <message>
        <source>Jixiao — budget performance targets</source>
        <translation>绩效 — 预算绩效目标填报</translation>
    </message>
    <message>
        <source>New Filing</source>
        <translation>新建填报</translation>
    </message>
    <message>
        <source>New from Last Year&apos;s Filing…</source>
        <translation>由上年度填报新建…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Recent drafts, by fiscal year and department:</source>
        <translation>最近的草稿（按预算年度和部门）：</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次打开</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件已不存在）</translation>
    </message>
</context>
</TS>
