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
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出</translation>
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
        <source>Years in the text must fit the fiscal year; copied filings keep last year&apos;s dates.</source>
        <translation>文字中的年份须与预算年度相符；沿用上年的填报常留下上年的日期。</translation>
    </message>
    <message>
        <source>The implementation period “%1” ends (%2) before it starts (%3): write it from the earlier month to the later, e.g. “%4年1-12月”.</source>
        <translation>项目实施期“%1”的结束时间（%2）早于开始时间（%3）：请按从早到晚填写，如“%4年1-12月”。</translation>
    </message>
    <message>
        <source>the fiscal year %1</source>
        <translation>预算年度%1年</translation>
    </message>
    <message>
        <source>the implementation period “%1”</source>
        <translation>项目实施期“%1”</translation>
    </message>
    <message>
        <source>The deadline “%1” falls after %2 ends (%3): set a deadline within it, e.g. “%3底前”.</source>
        <translation>完成时限“%1”晚于%2的结束时间（%3）：请填写其范围内的时限，如“%3底前”。</translation>
    </message>
    <message>
        <source>The deadline “%1” falls before %2 starts (%3): set a deadline within it.</source>
        <translation>完成时限“%1”早于%2的开始时间（%3）：请填写其范围内的时限。</translation>
    </message>
    <message>
        <source>An implementation period must not end before it starts.</source>
        <translation>项目实施期的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>A timeliness deadline must fall within the implementation period (the fiscal year for the department overview).</source>
        <translation>时效指标的完成时限应在项目实施期内（部门整体支出表为预算年度内）。</translation>
    </message>
    <message>
        <source>This indicator row repeats row %1 (“%2”, %3): delete it, or make it measure something else.</source>
        <translation>该指标行与第%1行重复（“%2”，%3）：请删除，或改为衡量其他内容。</translation>
    </message>
    <message>
        <source>This expenditure line repeats line %1 (same content, %2, same calculation): the money would be counted twice. Delete it, or say what else it pays for.</source>
        <translation>该支出明细与第%1行重复（内容相同、金额%2、测算相同）：资金会被重复计算。请删除，或写明其另行支付的内容。</translation>
    </message>
    <message>
        <source>This work plan row repeats row %1 (“%2”): delete it, or state the other task.</source>
        <translation>该工作计划行与第%1行重复（“%2”）：请删除，或写明另一项工作。</translation>
    </message>
    <message>
        <source>Special fund %1 is also called “%2”: give each fund its own name, or merge them.</source>
        <translation>第%1个专项也叫“%2”：请为每个专项起不同的名称，或将二者合并。</translation>
    </message>
    <message>
        <source>Direction %1 of this fund is also called “%2”: give each direction its own name, or merge the two tables.</source>
        <translation>本专项的第%1个支出方向也叫“%2”：请为每个支出方向起不同的名称，或合并两张表。</translation>
    </message>
    <message>
        <source>An indicator row must not be repeated in the same table.</source>
        <translation>同一张表内的指标行不得重复。</translation>
    </message>
    <message>
        <source>An expenditure line repeated (same content, amount and calculation) counts the money twice.</source>
        <translation>重复的支出明细（内容、金额、测算均相同）会使资金被重复计算。</translation>
    </message>
    <message>
        <source>A work plan row must not be repeated.</source>
        <translation>年度重点工作计划不得重复。</translation>
    </message>
    <message>
        <source>Special funds, and the directions of one fund, have names of their own: the summary table must tell them apart.</source>
        <translation>专项之间、同一专项的支出方向之间各有其名称：汇总表上必须能区分。</translation>
    </message>
    <message>
        <source>This table has no performance indicators: add at least one level-3 indicator under each output and cost level-2 indicator of %1.</source>
        <translation>该表没有任何绩效指标：请按%1，在每个产出和成本二级指标下至少填写一个三级指标。</translation>
    </message>
    <message>
        <source>The performance standard is empty: write what the target is set against — 计划标准, 行业标准, 历史标准 or 其他标准.</source>
        <translation>绩效标准为空：请填写指标值的设定依据——计划标准、行业标准、历史标准或其他标准。</translation>
    </message>
    <message>
        <source>“%1” is not a performance standard: write 计划标准, 行业标准, 历史标准 or 其他标准 (and put any explanation into the indicator).</source>
        <translation>“%1”不是绩效标准：请填写计划标准、行业标准、历史标准或其他标准（说明性文字请写入指标）。</translation>
    </message>
    <message>
        <source>Every table sets performance indicators; a table without any is reported once, not per level-2.</source>
        <translation>每张表都要设置绩效指标；没有指标的表只报告一次，而不是按二级指标逐条报告。</translation>
    </message>
    <message>
        <source>Each indicator of a direction table names its performance standard (计划/行业/历史/其他标准).</source>
        <translation>支出方向表的每个指标都要填写绩效标准（计划/行业/历史/其他标准）。</translation>
    </message>
    <message>
        <source>The performance standard is one of 计划标准, 行业标准, 历史标准, 其他标准 (预算支出标准 where used).</source>
        <translation>绩效标准应为计划标准、行业标准、历史标准、其他标准之一（有的系统另设预算支出标准）。</translation>
    </message>
    <message>
        <source>The level-3 indicator “%1” only repeats its level-%2 heading: name what is measured (e.g. “培训企业数”, “项目验收合格率”).</source>
        <translation>三级指标“%1”只是重复了其%2级指标名称：请写明衡量的内容（如“培训企业数”“项目验收合格率”）。</translation>
    </message>
    <message>
        <source>A level-3 indicator names what is measured, not its level-1 or level-2 heading again.</source>
        <translation>三级指标应写明衡量的内容，而不是重复一级或二级指标名称。</translation>
    </message>
    <message>
        <source>The fund “%1” has no expenditure direction, so its amount is not broken down: add its direction tables, or delete the fund.</source>
        <translation>专项“%1”没有支出方向，其金额无从分解：请添加支出方向表，或删除该专项。</translation>
    </message>
    <message>
        <source>The project amount is %1, but there are no expenditure detail lines to make it up: add the lines with their amounts and calculations.</source>
        <translation>项目金额为%1，但没有支出明细构成该金额：请填写支出明细及其金额和测算说明。</translation>
    </message>
    <message>
        <source>The direction has neither an amount nor expenditure detail lines: fill in what it spends, or delete the direction.</source>
        <translation>该支出方向既无金额也无支出明细：请填写支出内容，或删除该支出方向。</translation>
    </message>
    <message>
        <source>Project expenditure is %1, but the filing has no special fund to account for it: add the special funds and their direction tables.</source>
        <translation>项目支出为%1，但没有任何专项与之对应：请添加专项及其支出方向表。</translation>
    </message>
    <message>
        <source>The annual work plan has no rows: list the year&apos;s key tasks with the responsible unit and the work goal.</source>
        <translation>年度重点工作计划没有任何一行：请列出本年度重点工作及其责任单位和工作目标。</translation>
    </message>
    <message>
        <source>A special fund needs at least one expenditure direction table, or its amount adds up to nothing.</source>
        <translation>每个专项至少要有一张支出方向表，否则其金额无从合计。</translation>
    </message>
    <message>
        <source>A direction&apos;s amount must be made up of expenditure detail lines; none cannot add up.</source>
        <translation>支出方向的金额必须由支出明细构成；没有明细就无法合计。</translation>
    </message>
    <message>
        <source>A direction table with neither amount nor detail lines is an unfinished table.</source>
        <translation>既无金额也无支出明细的支出方向表是未完成的表。</translation>
    </message>
    <message>
        <source>The department overview&apos;s annual work plan is a required part of the form and needs at least one row.</source>
        <translation>部门整体支出表的年度重点工作计划是必填部分，至少要有一行。</translation>
    </message>
    <message>
        <source>“%1” is %2 in indicator row %3 but %4 in row %5: one measure, one value. Keep the right one and delete or rename the other row.</source>
        <translation>“%1”在第%3行指标中为%2，在第%5行中却为%4：同一指标只能有一个值。请保留正确的一行，删除或改写另一行。</translation>
    </message>
    <message>
        <source>“%1” is “%2” in indicator row %3 but “%4” in row %5: one measure, one value. Keep the right one and delete or rename the other row.</source>
        <translation>“%1”在第%3行指标中为“%2”，在第%5行中却为“%4”：同一指标只能有一个值。请保留正确的一行，删除或改写另一行。</translation>
    </message>
    <message>
        <source>One measure has one value: two indicator rows of a table must not give it two.</source>
        <translation>同一指标只有一个值：同一张表的两行指标不能给出两个不同的值。</translation>
    </message>
    <message>
        <source>write the target itself, with a comparator and unit where it is a number (“≥95%”, “10家”) or as a checkable statement</source>
        <translation>直接填写指标值：数值要带比较符和单位（如“≥95%”“10家”），否则写成可检验的表述</translation>
    </message>
    <message>
        <source>name what is measured</source>
        <translation>写明衡量的内容</translation>
    </message>
    <message>
        <source>write the calculation itself (quantity × rate = amount, e.g. “4次×0.2万元=0.8万元”)</source>
        <translation>直接写出测算过程（数量×标准=金额，如“4次×0.2万元=0.8万元”）</translation>
    </message>
    <message>
        <source>say what the money pays for</source>
        <translation>写明资金用于什么</translation>
    </message>
    <message>
        <source>write the work goal itself, measurable where possible</source>
        <translation>直接填写工作目标，尽量可量化</translation>
    </message>
    <message>
        <source>fill in the row</source>
        <translation>填写该行内容</translation>
    </message>
    <message>
        <source>summarise the department&apos;s duties in the form itself</source>
        <translation>在表内概述部门职责</translation>
    </message>
    <message>
        <source>write the implementation period, e.g. “2023年1-12月”</source>
        <translation>填写项目实施期，如“2023年1-12月”</translation>
    </message>
    <message>
        <source>write the goal itself in the form</source>
        <translation>在表内直接填写绩效目标</translation>
    </message>
    <message>
        <source>fill in the content itself</source>
        <translation>直接填写内容</translation>
    </message>
    <message>
        <source>“%1” is no answer: the reviewer reads only the form, so %2.</source>
        <translation>“%1”不是有效内容：审核只看表内填写的内容，请%2。</translation>
    </message>
    <message>
        <source>“详见附件”, “见附表”, “略”, “无”, “同上”, “/”, “待定” are not answers: the form states the content.</source>
        <translation>“详见附件”“见附表”“略”“无”“同上”“/”“待定”都不是有效内容：表内要写明内容本身。</translation>
    </message>
    <message>
        <source>“%1” is above 100%: “%2” is a rate, share or satisfaction and cannot exceed 100%. Write the target as a percentage up to 100, e.g. “≥95%”.</source>
        <translation>“%1”超过100%：“%2”是比率、占比或满意度，不可能超过100%。请填写不超过100的百分比，如“≥95%”。</translation>
    </message>
    <message>
        <source>“%1” caps “%2” from above, but a satisfaction or quality rate is a floor to reach: write “≥%3”.</source>
        <translation>“%1”给“%2”设了上限，但满意度或质量类比率是要达到的下限：请写作“≥%3”。</translation>
    </message>
    <message>
        <source>“%1” sets a minimum for the cost “%2”, but a cost indicator is a cap not to exceed: write “≤%3”.</source>
        <translation>“%1”给成本“%2”设了下限，但成本指标是不得超过的上限：请写作“≤%3”。</translation>
    </message>
    <message>
        <source>“%1” sets a minimum for “%2”, which is to be kept low: write “≤%3”.</source>
        <translation>“%1”给“%2”设了下限，而该项应越低越好：请写作“≤%3”。</translation>
    </message>
    <message>
        <source>“%1” commits to nothing: any result is at least 0. Write the quantity the money is to achieve, e.g. “≥10%2”.</source>
        <translation>“%1”等于没有目标：任何结果都不小于0。请填写资金要实现的数量，如“≥10%2”。</translation>
    </message>
    <message>
        <source>A satisfaction target of “%1” is below %2%: reviewers expect at least %2% (often ≥90%). Check the number, e.g. “≥90%”.</source>
        <translation>满意度目标“%1”低于%2%：审核一般要求不低于%2%（常见为≥90%）。请核对数值，如“≥90%”。</translation>
    </message>
    <message>
        <source>The cost indicator “%1” states no amount: write the cap in money, e.g. “≤%2”.</source>
        <translation>成本指标“%1”没有写明金额：请以金额写出上限，如“≤%2”。</translation>
    </message>
    <message>
        <source>The satisfaction target “%1” is not measurable: write a percentage, e.g. “≥90%”.</source>
        <translation>满意度目标“%1”无法衡量：请写成百分比，如“≥90%”。</translation>
    </message>
    <message>
        <source>Rates, shares and satisfaction cannot exceed 100% (growth and returns are not such rates).</source>
        <translation>比率、占比和满意度不能超过100%（增长率、回报率不在此列）。</translation>
    </message>
    <message>
        <source>Satisfaction and quality rates are floors (≥), costs and rates to keep low are caps (≤).</source>
        <translation>满意度和质量类比率是下限（≥），成本和应越低越好的比率是上限（≤）。</translation>
    </message>
    <message>
        <source>A target of “≥0” commits to nothing.</source>
        <translation>“≥0”的目标等于没有目标。</translation>
    </message>
    <message>
        <source>A satisfaction target below the usual level (80% unless --min-satisfaction says otherwise) is queried.</source>
        <translation>满意度目标低于通常水平（默认80%，可用 --min-satisfaction 调整）时提示核对。</translation>
    </message>
    <message>
        <source>A cost indicator states its cap as an amount of money, not in words.</source>
        <translation>成本指标应以金额写明上限，而不是文字表述。</translation>
    </message>
    <message>
        <source>A satisfaction target is a percentage a survey can check.</source>
        <translation>满意度目标应是可由调查检验的百分比。</translation>
    </message>
    <message>
        <source>“%1” does not fit the fiscal year %2: write the year the filing is for, or cite the earlier year as a reference (“较%3年”, “%3年实际”).</source>
        <translation>“%1”与预算年度%2年不符：请改为申报年度，或写明以往年度仅作参照（如“较%3年”“%3年实际”）。</translation>
    </message>
    <message>
        <source>“%1” lies beyond the fiscal year %2 and the implementation period: write a date within them, or a horizon (“到%3年”).</source>
        <translation>“%1”超出预算年度%2年及项目实施期：请填写其范围内的时间，或写成远期目标（如“到%3年”）。</translation>
    </message>
    <message>
        <source>“%1” names a date that does not exist (%2): months run from 1 to 12, and a month has 28 to 31 days (February 29 only in a leap year).</source>
        <translation>“%1”中的日期不存在（%2）：月份为1至12月，每月28至31天（闰年2月才有29日）。</translation>
    </message>
    <message>
        <source>Dates in the period and the timeliness targets must exist (month 1–12, no 30 February, no fifth quarter).</source>
        <translation>实施期和时效指标中的日期必须存在（月份1–12，没有2月30日，没有第五季度）。</translation>
    </message>
    <message>
        <source>This annual goal repeats that of direction “%1” word for word: state what this direction&apos;s own money achieves.</source>
        <translation>本年度绩效目标与支出方向“%1”的一字不差：请写明本方向资金自身要实现的目标。</translation>
    </message>
    <message>
        <source>This expenditure line is budgeted in direction “%1” too (same content, %2, same calculation): the money would be counted twice.</source>
        <translation>这条支出明细在支出方向“%1”中也已列支（内容相同、%2、测算相同）：资金会被重复计算。</translation>
    </message>
    <message>
        <source>Each direction states its own annual goal; one copied word for word from another direction was not rewritten.</source>
        <translation>每个支出方向写明自己的年度绩效目标；与其他方向一字不差，说明复制后没有改写。</translation>
    </message>
    <message>
        <source>The same expenditure line (content, amount, calculation) in two directions counts the money twice.</source>
        <translation>两个支出方向中的同一条支出明细（内容、金额、测算相同）会把资金算两次。</translation>
    </message>
    <message>
        <source>There is no indicator for “%1 › %2” (%3); set one if the project has such an effect.</source>
        <translation>没有“%1 › %2”指标（%3）；项目若有此类效益，请设置。</translation>
    </message>
    <message>
        <source>There is no indicator for “%1 › %2” (%3), yet the goal names that effect: “%4”. Set an indicator that measures it.</source>
        <translation>没有“%1 › %2”指标（%3），而绩效目标写明了这一效益：“%4”。请设置衡量它的指标。</translation>
    </message>
    <message>
        <source>The satisfaction level-2 indicator is expected, and so is a benefit level-2 indicator whose effect the goals name.</source>
        <translation>应设满意度二级指标；绩效目标写明的效益也应有相应的二级指标。</translation>
    </message>
    <message>
        <source>Under 财预〔2021〕101号 the benefit level-2 indicators (economic, social, ecological, lasting) are set as the project warrants: a missing one is a hint, unless the goals name that effect.</source>
        <translation>按财预〔2021〕101号，效益类二级指标（经济、社会、生态、可持续影响）根据项目实际设置：缺少时仅作提示，除非绩效目标写明了该效益。</translation>
    </message>
    <message>
        <source>“%1” counts %2, but “%3” is a satisfaction, the share of those asked who are satisfied: write a percentage, e.g. “%4”.</source>
        <translation>“%1”计量单位是%2，但“%3”是满意度，即受访者中满意的比例：请写成百分比，如“%4”。</translation>
    </message>
    <message>
        <source>“%1” is a percentage, but “%2” counts things: write how many, with the measure word, e.g. “≥4次”, “≥30人”; a share belongs in an indicator named …率.</source>
        <translation>“%1”是百分比，但“%2”是计数：请写数量和量词，如“≥4次”“≥30人”；比例应放在名为“……率”的指标中。</translation>
    </message>
    <message>
        <source>“%1” counts %2, but “%3” is a rate or share: write a percentage, e.g. “≥95%”, or name the count (…数量) if a count is meant.</source>
        <translation>“%1”计量单位是%2，但“%3”是比率或占比：请写成百分比，如“≥95%”；如要计数，请把指标命名为“……数量”。</translation>
    </message>
    <message>
        <source>“%1” is a percentage, but a cost indicator caps the money spent: write the amount in %2, e.g. “≤…%2”.</source>
        <translation>“%1”是百分比，但成本指标是资金上限：请以%2写金额，如“≤…%2”。</translation>
    </message>
    <message>
        <source>“%1” is a percentage, but a cost indicator caps the money spent: write the amount, e.g. “%2”.</source>
        <translation>“%1”是百分比，但成本指标是资金上限：请写金额，如“%2”。</translation>
    </message>
    <message>
        <source>“%1” sets a minimum time, but a timeliness target is a deadline or a time limit: write “2023年12月底前”, “≤30个工作日”, or a rate such as “按时完成率 ≥95%”.</source>
        <translation>“%1”设定的是最短时间，而时效指标应是截止时间或时限：请写“2023年12月底前”“≤30个工作日”，或“按时完成率 ≥95%”这样的比率。</translation>
    </message>
    <message>
        <source>“%1” names no time: write a deadline (“2023年12月底前”), a time limit (“≤30个工作日”) or a rate (“按时完成率 ≥95%”).</source>
        <translation>“%1”没有写明时间：请写截止时间（“2023年12月底前”）、时限（“≤30个工作日”）或比率（“按时完成率 ≥95%”）。</translation>
    </message>
    <message>
        <source>“%1” counts %2, but “%3” is a quality indicator: state the standard met or a rate, e.g. “%3率 ≥98%” or “符合……标准”.</source>
        <translation>“%1”计量单位是%2，但“%3”是质量指标：请写达到的标准或比率，如“%3率 ≥98%”或“符合……标准”。</translation>
    </message>
    <message>
        <source>“%1” is a percentage of nothing: “%2” is an aim, not a rate. Name what is measured (e.g. “…覆盖率 ≥95%”, “带动就业 ≥20人”), or state the effect in words (“有效维护”, “明显提升”).</source>
        <translation>“%1”是没有对象的百分比：“%2”是目标方向，不是比率。请写明衡量的内容（如“……覆盖率 ≥95%”“带动就业 ≥20人”），或用文字描述效益（“有效维护”“明显提升”）。</translation>
    </message>
    <message>
        <source>“%1” counts in %2, but the indicator “%3” counts in %4: write “%5”.</source>
        <translation>“%1”的量词是%2，而指标“%3”的量词是%4：请写“%5”。</translation>
    </message>
    <message>
        <source>A satisfaction target is a percentage, not a count.</source>
        <translation>满意度目标是百分比，不是计数。</translation>
    </message>
    <message>
        <source>An indicator that counts things (…次数, …人数) is valued in things, not in percent.</source>
        <translation>计数类指标（……次数、……人数）以数量计，不以百分比计。</translation>
    </message>
    <message>
        <source>A rate or share (…率, …占比) is valued in percent, not in things.</source>
        <translation>比率或占比（……率、……占比）以百分比计，不以数量计。</translation>
    </message>
    <message>
        <source>A cost indicator caps an amount of money, not a percentage.</source>
        <translation>成本指标是资金金额上限，不是百分比。</translation>
    </message>
    <message>
        <source>A timeliness indicator names a deadline, a time limit or a rate of things done on time.</source>
        <translation>时效指标写截止时间、时限或按时完成的比率。</translation>
    </message>
    <message>
        <source>A quality indicator states a standard or a rate, not a count of people or things.</source>
        <translation>质量指标写达到的标准或比率，不是人数或件数。</translation>
    </message>
    <message>
        <source>A percentage on an effect that is not a rate (维护社会稳定 ≥95%) measures nothing.</source>
        <translation>不是比率的效益写百分比（维护社会稳定 ≥95%）无从衡量。</translation>
    </message>
    <message>
        <source>A count is valued in the measure word its indicator names (230人, not 230个).</source>
        <translation>计数用指标名称中的量词（230人，而不是230个）。</translation>
    </message>
    <message>
        <source>The range “%1” runs from %2 down to %3: write the lower bound first (“%3-%2”), or a floor (“≥%3”).</source>
        <translation>区间“%1”从%2降到%3：请先写下限（“%3-%2”），或写下限值（“≥%3”）。</translation>
    </message>
    <message>
        <source>A range is written from the lower bound to the upper (90%-95%, not 95%-90%).</source>
        <translation>区间从下限写到上限（90%-95%，而不是95%-90%）。</translation>
    </message>
    <message>
        <source>“%1” sets %2, but the calculation of the expenditure details funds %3 (“%4”): make the indicator and the calculation agree.</source>
        <translation>“%1”设定为%2，但支出明细的测算只安排了%3（“%4”）：请让指标与测算一致。</translation>
    </message>
    <message>
        <source>“%1” sets %2, but the goal says %3 (“%4”): one target, one number.</source>
        <translation>“%1”设定为%2，但绩效目标写的是%3（“%4”）：同一目标只能有一个数。</translation>
    </message>
    <message>
        <source>“%1” caps the cost per %2 at %3, but the calculation budgets %4 per %2 (“%5”): raise the cap or lower the rate.</source>
        <translation>“%1”把每%2成本限定为%3，但测算按每%2 %4安排（“%5”）：请提高上限或降低标准。</translation>
    </message>
    <message>
        <source>The work plan arranges %1 (“%2”), more than the department&apos;s whole budget of %3.</source>
        <translation>工作计划安排了%1（“%2”），超过部门全部预算%3。</translation>
    </message>
    <message>
        <source>The goal arranges %1 (“%2”), more than the direction&apos;s %3 and its fund&apos;s %4.</source>
        <translation>绩效目标安排了%1（“%2”），超过本支出方向的%3和所属专项的%4。</translation>
    </message>
    <message>
        <source>The goal quotes %1 (“%2”), but the direction&apos;s amount is %3.</source>
        <translation>绩效目标写的是%1（“%2”），但本支出方向金额为%3。</translation>
    </message>
    <message>
        <source>An indicator does not promise more of a thing (100家) than the calculation texts fund (50家).</source>
        <translation>指标承诺的数量（100家）不应多于测算安排的数量（50家）。</translation>
    </message>
    <message>
        <source>The goal and the indicator give one number for one measure (not 2次 and ≥4次).</source>
        <translation>绩效目标和指标对同一事项给出同一个数（而不是2次和≥4次）。</translation>
    </message>
    <message>
        <source>A cap per unit (≤0.2万元/次) is not below the rate the calculation budgets (每次0.25万元).</source>
        <translation>单位成本上限（≤0.2万元/次）不应低于测算安排的标准（每次0.25万元）。</translation>
    </message>
    <message>
        <source>Money a goal or work plan arranges fits the direction&apos;s amount and the department&apos;s budget.</source>
        <translation>绩效目标或工作计划安排的资金应与支出方向金额和部门预算相符。</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>The cost indicator caps the cost at %1, but the project&apos;s annual funds are %2.</source>
        <translation>成本指标将成本控制在%1，但项目年度资金为%2。</translation>
    </message>
    <message>
        <source>The medium-term total funds are %1, but where they come from (fiscal appropriation, other funds) is not filled in.</source>
        <translation>中期资金总额为%1，但未填写其资金来源（财政拨款、其他资金）。</translation>
    </message>
    <message>
        <source>The annual total funds are %1, but where they come from (fiscal appropriation, higher-level funds, other funds) is not filled in.</source>
        <translation>年度资金总额为%1，但未填写其资金来源（财政拨款、上级资金、其他资金）。</translation>
    </message>
    <message>
        <source>The medium-term total funds are %1, but fiscal appropriation + other funds come to %2.</source>
        <translation>中期资金总额为%1，但财政拨款与其他资金合计为%2。</translation>
    </message>
    <message>
        <source>The annual total funds are %1, but fiscal appropriation + higher-level funds + other funds come to %2.</source>
        <translation>年度资金总额为%1，但财政拨款、上级资金与其他资金合计为%2。</translation>
    </message>
    <message>
        <source>The medium-term total funds (%1) are less than this year&apos;s funds (%2), which are part of them.</source>
        <translation>中期资金总额（%1）小于本年度资金（%2），而本年度资金是中期资金的一部分。</translation>
    </message>
    <message>
        <source>The project “%1” states no funds: fill in its annual funds and where they come from, or delete the project.</source>
        <translation>项目“%1”未填写任何资金：请填写年度资金及其来源，或删除该项目。</translation>
    </message>
    <message>
        <source>“%1” is not a project attribute: write 新增 (a new project) or 延续 (one continued from earlier years).</source>
        <translation>“%1”不是项目属性：请填写“新增”（新设项目）或“延续”（以前年度延续的项目）。</translation>
    </message>
    <message>
        <source>The medium-term target “%1” is below this year&apos;s “%2”, though the period includes this year.</source>
        <translation>中期指标值“%1”低于本年度的“%2”，但项目期包含本年度。</translation>
    </message>
    <message>
        <source>The medium-term value is empty: write the target for the whole project period (the same as this year&apos;s for a one-year project).</source>
        <translation>中期指标值为空：请填写整个项目期的目标（一年期项目与年度指标值相同）。</translation>
    </message>
    <message>
        <source>Project expenditure is %1, but the filing&apos;s project forms, which it says are all its projects, come to %2.</source>
        <translation>项目支出为%1，但已声明为全部项目的各项目支出绩效目标表合计为%2。</translation>
    </message>
    <message>
        <source>Project expenditure is %1, but the project forms alone come to %2.</source>
        <translation>项目支出为%1，但仅各项目支出绩效目标表就合计为%2。</translation>
    </message>
    <message>
        <source>A project&apos;s annual (and medium-term) total funds must equal the sum of their sources.</source>
        <translation>项目的年度（及中期）资金总额必须等于其各项资金来源之和。</translation>
    </message>
    <message>
        <source>When the filing says its project forms are all its projects, their annual funds must add up to the overview&apos;s project expenditure.</source>
        <translation>填报声明项目支出绩效目标表即全部项目时，其年度资金合计必须等于部门整体表的项目支出。</translation>
    </message>
    <message>
        <source>The project forms&apos; annual funds cannot exceed the overview&apos;s project expenditure.</source>
        <translation>各项目支出绩效目标表的年度资金合计不能超过部门整体表的项目支出。</translation>
    </message>
    <message>
        <source>A project&apos;s medium-term funds include this year&apos;s and cannot be less.</source>
        <translation>项目的中期资金包含本年度资金，不能少于本年度资金。</translation>
    </message>
    <message>
        <source>A project form without any funds is an unfinished form.</source>
        <translation>没有任何资金的项目支出绩效目标表是未完成的表。</translation>
    </message>
    <message>
        <source>A project&apos;s attribute (项目属性) is 新增 or 延续.</source>
        <translation>项目属性为“新增”或“延续”。</translation>
    </message>
    <message>
        <source>A count&apos;s medium-term target covers this year&apos;s and cannot be smaller.</source>
        <translation>数量类指标的中期指标值包含本年度，不能小于年度指标值。</translation>
    </message>
    <message>
        <source>Under the national template each indicator states its medium-term value beside this year&apos;s.</source>
        <translation>按全国模板，每项指标在年度指标值旁填写中期指标值。</translation>
    </message>
    <message>
        <source>Project expenditure must be accounted for by special funds or project forms; with neither, the summary total cannot match.</source>
        <translation>项目支出必须由专项或项目支出绩效目标表构成；两者都没有，合计无法对应。</translation>
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
        <source>Filing</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出绩效目标表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
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
    <message>
        <source>the path is too long for a draft (%1 bytes; a draft can be kept at a path of at most %2 bytes). Choose a shorter folder or name, or write an interchange file (.json)</source>
        <translation>路径过长，无法保存草稿（%1 字节；草稿路径最多 %2 字节）。请选择较短的文件夹或文件名，或改为写出交换文件（.json）</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>无法创建“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: a temporary copy could not be made.</source>
        <translation>无法读取“%1”：无法创建临时副本。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly and must be repaired, which is not possible where it is: %2.</source>
        <translation>“%1”上次未正常关闭，需要修复，但在其所在位置无法修复：%2。</translation>
    </message>
    <message>
        <source>“%1” was opened read-only: changes cannot be saved there (%2). Save it under a shorter path to edit it.</source>
        <translation>“%1”已以只读方式打开：修改无法保存到该位置（%2）。请另存到较短的路径后再编辑。</translation>
    </message>
    <message>
        <source>another program is reading “%1”.</source>
        <translation>另一个程序正在读取“%1”。</translation>
    </message>
</context>
<context>
    <name>jixiao::Fields</name>
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
        <source>duties</source>
        <translation>部门职责概述</translation>
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
        <source>level-1 indicator</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>level-2 indicator</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>level-3 indicator</source>
        <translation>三级指标</translation>
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
        <source>project amount</source>
        <translation>项目金额</translation>
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
        <source>expenditure content</source>
        <translation>支出内容简介</translation>
    </message>
    <message>
        <source>expenditure item</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>calculation basis</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>年度重点工作计划</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>年度重点工作计划</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>年度绩效指标</translation>
    </message>
    <message>
        <source>performance indicators</source>
        <translation>年度绩效指标</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>Expenditure directions</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>expenditure directions</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>Expenditure details</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>expenditure details</source>
        <translation>支出明细及测算说明</translation>
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
        <source>annual budget</source>
        <translation>年度预算申请</translation>
    </message>
    <message>
        <source>medium-term indicator value</source>
        <translation>中期指标值</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>form layout</source>
        <translation>表样</translation>
    </message>
    <message>
        <source>competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>competent department code</source>
        <translation>主管部门代码</translation>
    </message>
    <message>
        <source>implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>project attribute</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>project lead</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <source>annual total funds</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <source>annual fiscal appropriation</source>
        <translation>年度财政拨款</translation>
    </message>
    <message>
        <source>annual higher-level funds</source>
        <translation>年度上级资金</translation>
    </message>
    <message>
        <source>annual other funds</source>
        <translation>年度其他资金</translation>
    </message>
    <message>
        <source>medium-term total funds</source>
        <translation>中期资金总额</translation>
    </message>
    <message>
        <source>medium-term fiscal appropriation</source>
        <translation>中期财政拨款</translation>
    </message>
    <message>
        <source>medium-term other funds</source>
        <translation>中期其他资金</translation>
    </message>
    <message>
        <source>project overview</source>
        <translation>项目概况</translation>
    </message>
    <message>
        <source>implementation schedule</source>
        <translation>项目实施进度计划</translation>
    </message>
    <message>
        <source>finance department&apos;s review opinion</source>
        <translation>财政部门审核意见</translation>
    </message>
    <message>
        <source>date filed</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>all projects listed</source>
        <translation>项目已全部列出</translation>
    </message>
    <message>
        <source>work plan item</source>
        <translation>重点工作事项</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>支出方向</translation>
    </message>
    <message>
        <source>expenditure detail</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>jixiao::FilingFile</name>
    <message>
        <source>“%1” is neither a Jixiao draft (.jixiao) nor an interchange file (.json).</source>
        <translation>“%1”既不是绩效草稿（.jixiao），也不是交换文件（.json）。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: name it .jixiao (a draft) or .json (the interchange format).</source>
        <translation>无法写入“%1”：文件名请以 .jixiao（草稿）或 .json（交换格式）结尾。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
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
        <source>Cannot write “%1”: as an interchange file the filing would have %2 MB, more than the %3 MB that can be read back. Keep it as a draft (.jixiao) instead.</source>
        <translation>无法写入“%1”：写成交换文件将有 %2 MB，超过可读回的 %3 MB。请改为保存为草稿（.jixiao）。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it could not be read back (%2). Nothing was written.</source>
        <translation>无法写入“%1”：写出的内容无法读回（%2）。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it would not read back the same (a text holds a character that cannot be written). Nothing was written.</source>
        <translation>无法写入“%1”：读回的内容会与原内容不同（某段文字含有无法写出的字符）。未写入任何内容。</translation>
    </message>
    <message>
        <source>The field “%1” appears twice in the same object; it must appear once.</source>
        <translation>字段“%1”在同一对象中出现了两次；只能出现一次。</translation>
    </message>
    <message>
        <source>The text holds a NUL character (a zero byte), which a filing&apos;s text cannot hold.</source>
        <translation>文字中含有 NUL 字符（零字节），填报内容不能包含该字符。</translation>
    </message>
    <message>
        <source>The text holds half of a character (\u%1 without its second half); it cannot be read as text.</source>
        <translation>文字中含有半个字符（\u%1 缺少后半部分），无法作为文字读取。</translation>
    </message>
    <message>
        <source>The text holds half of a character (\u%1 without its first half); it cannot be read as text.</source>
        <translation>文字中含有半个字符（\u%1 缺少前半部分），无法作为文字读取。</translation>
    </message>
    <message>
        <source>The text holds a backslash that does not start an escape of JSON (\n, \&quot;, \\, \uXXXX, …); write a backslash as \\.</source>
        <translation>文字中有一个反斜杠不构成 JSON 的转义（\n、\&quot;、\\、\uXXXX 等）；反斜杠本身请写成 \\。</translation>
    </message>
    <message>
        <source>The text holds the control character U+%1 (written as an escape, \u%2); a filing&apos;s text cannot hold control characters other than tab, line feed and carriage return. Remove it.</source>
        <translation>文字中有控制字符 U+%1（以转义 \u%2 写出）；绩效目标表的文字中除制表符、换行符和回车符外不能有控制字符。请删除它。</translation>
    </message>
    <message>
        <source>The text holds the control character U+%1; a filing&apos;s text cannot hold control characters other than tab, line feed and carriage return. Remove it.</source>
        <translation>文字中有控制字符 U+%1；绩效目标表的文字中除制表符、换行符和回车符外不能有控制字符。请删除它。</translation>
    </message>
    <message>
        <source>The text holds the control character U+%1 as it is; write it as \t, \n or \r.</source>
        <translation>文字中直接出现了控制字符 U+%1；请写成 \t、\n 或 \r。</translation>
    </message>
    <message>
        <source>“formatVersion” must be a whole number from 1 to %1.</source>
        <translation>“formatVersion”必须是 1 到 %1 的整数。</translation>
    </message>
    <message>
        <source>Expected true or false here, found %1.</source>
        <translation>此处应为 true 或 false，实际为%1。</translation>
    </message>
</context>
<context>
    <name>jixiao::FilingPrinter</name>
    <message>
        <source>The filing has no such expenditure direction (it has %1).</source>
        <translation>该填报中没有这个支出方向（共有 %1 个支出方向）。</translation>
    </message>
    <message>
        <source>The filing has no such project (it has %1).</source>
        <translation>该填报中没有这个项目（共有 %1 个项目）。</translation>
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
    <name>jixiao::PrintFonts</name>
    <message>
        <source>the titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the headings</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>the cells</source>
        <translation>表格正文</translation>
    </message>
    <message>
        <source>The font “%1” cannot be used: text printed with it cannot be searched or copied from the PDF; %2 print in “%3” instead.</source>
        <translation>字体“%1”不能使用：用它印出的文字在 PDF 中无法搜索或复制；%2改用“%3”。</translation>
    </message>
    <message>
        <source>The font “%1” is not installed; %2 print in “%3” instead.</source>
        <translation>字体“%1”未安装；%2改用“%3”。</translation>
    </message>
    <message>
        <source>The form’s font “%1” is not installed; %2 print in “%3” instead.</source>
        <translation>表样规定的字体“%1”未安装；%2改用“%3”。</translation>
    </message>
    <message>
        <source>“%1” has no heavy or bold style, so %2 do not stand out. Install a heavy face: SimHei (黑体) on Windows, fonts-wqy-zenhei on Debian.</source>
        <translation>“%1”没有粗体或黑体字形，%2不够醒目。请安装一种粗重字体：Windows 上为黑体（SimHei），Debian 上为 fonts-wqy-zenhei。</translation>
    </message>
    <message>
        <source>The font “%1” has no Chinese characters; %2 print in “%3” instead.</source>
        <translation>字体“%1”没有汉字字形；%2改用“%3”。</translation>
    </message>
    <message>
        <source>“%1” has no heavy or bold style, so %2 do not stand out; “%3” is installed and has one.</source>
        <translation>“%1”没有粗体或黑体字形，%2不够醒目；已安装的“%3”有粗重字形，可以选用。</translation>
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
    <message>
        <source>This filing holds parts that only a newer version of Jixiao can show (format %1; this version reads up to %2). Update Jixiao to open it.</source>
        <translation>此填报含有只有更新版本的绩效才能显示的内容（格式 %1，本版本最高只能读取 %2），请升级绩效后再打开。</translation>
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
    <message>
        <source>Page %1, the title of “%2”: “%3” has no glyph in the fonts used and prints as an empty box.</source>
        <translation>第 %1 页，“%2”的标题：“%3”在所用字体中没有字形，将印成空框。</translation>
    </message>
    <message>
        <source>Page %1, “%2”, row %3, column %4: “%5” has no glyph in the fonts used and prints as an empty box.</source>
        <translation>第 %1 页，“%2”第 %3 行第 %4 列：“%5”在所用字体中没有字形，将印成空框。</translation>
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
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>生成 PDF/A-1b 格式，用于归档。</translation>
    </message>
    <message>
        <source>Write nothing and exit 1 when the checks find errors.</source>
        <translation>检查发现错误时不生成文件，并以退出码 1 结束。</translation>
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
        <source>Font sizes are points from 6 to 36.</source>
        <translation>字号须在 6 至 36 磅之间。</translation>
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
        <source>Replace the output even if it is a read-only file (it stays read-only).</source>
        <translation>即使输出文件为只读也替换它（替换后仍为只读）。</translation>
    </message>
    <message>
        <source>Store it as a new filing (needed unless it was pulled from, or pushed to, this store).</source>
        <translation>存为新的填报（除非它是从此共享库拉取或推送过的，否则必须指定）。</translation>
    </message>
    <message>
        <source>%1 came from filing %2 of another store (%3), not %4. Nothing was stored: to store it there as a new filing, use --new.</source>
        <translation>%1 来自另一个共享库（%3）的填报 %2，而不是 %4。未存储任何内容：如要在此存为新的填报，请使用 --new。</translation>
    </message>
    <message>
        <source>%1 was never stored in %2. Nothing was stored: to store it as a new filing, use --new.</source>
        <translation>%1 从未存入 %2。未存储任何内容：如要存为新的填报，请使用 --new。</translation>
    </message>
    <message>
        <source>Report satisfaction targets below this percentage (80).</source>
        <translation>满意度目标低于此百分比时提示（默认80）。</translation>
    </message>
    <message>
        <source>validate: --min-satisfaction must be a percentage from 0 to 100.</source>
        <translation>validate：--min-satisfaction 必须是0到100之间的百分比。</translation>
    </message>
    <message>
        <source>Import last year&apos;s Word/Excel forms into a filing, and check it</source>
        <translation>导入往年的 Word/Excel 表格为填报文件并检查</translation>
    </message>
    <message>
        <source>Export the official tables to an Excel workbook</source>
        <translation>将正式表格导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>The filing to export (.jixiao or .json).</source>
        <translation>要导出的填报文件（.jixiao 或 .json）。</translation>
    </message>
    <message>
        <source>The workbook to write (.xlsx).</source>
        <translation>要写入的工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>export-xlsx takes one file and -o OUT.xlsx</source>
        <translation>export-xlsx 需要一个文件和 -o OUT.xlsx</translation>
    </message>
    <message>
        <source>Last year&apos;s form: .docx, .xlsx (Word, Excel, WPS), or .doc/.xls/.wps/.et with LibreOffice.</source>
        <translation>往年的表格：.docx、.xlsx（Word、Excel、WPS），或借助 LibreOffice 读取 .doc/.xls/.wps/.et。</translation>
    </message>
    <message>
        <source>The filing to write (.jixiao draft or .json).</source>
        <translation>要写入的填报文件（.jixiao 草稿或 .json）。</translation>
    </message>
    <message>
        <source>import takes one file and -o OUT: import FILE -o OUT.jixiao|OUT.json</source>
        <translation>import 需要一个文件和 -o OUT：import FILE -o OUT.jixiao|OUT.json</translation>
    </message>
    <message>
        <source>import: OUT must end in .jixiao or .json, not “%1”.</source>
        <translation>import：OUT 必须以 .jixiao 或 .json 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>Not imported (%1 place(s) of the source):</source>
        <translation>未导入（原文件中 %1 处）：</translation>
    </message>
    <message>
        <source>Wrote %1: %2 errors, %3 warnings, %4 hints; %5 place(s) not imported.</source>
        <translation>已写入 %1：%2 个错误，%3 个警告，%4 个提示；%5 处未导入。</translation>
    </message>
    <message>
        <source>jixiao-cli runs commands; the editor is jixiao.exe. Use a command:</source>
        <translation>jixiao-cli 只执行命令；编辑器是 jixiao.exe。请使用以下命令：</translation>
    </message>
    <message>
        <source>Font family of the titles (default: 方正小标宋简体, else SimHei/黑体, else WenQuanYi Zen Hei, whichever is installed).</source>
        <translation>标题的字体（默认：方正小标宋简体，其次黑体/SimHei，再次文泉驿正黑，取已安装的第一种）。</translation>
    </message>
    <message>
        <source>Font family of the column headings and labels (default: SimHei/黑体, else WenQuanYi Zen Hei, whichever is installed).</source>
        <translation>表头和栏目名称的字体（默认：黑体/SimHei，其次文泉驿正黑，取已安装的第一种）。</translation>
    </message>
    <message>
        <source>Font family of the tables (default: FangSong/仿宋, else SimSun/宋体, else AR PL UMing CN, whichever is installed).</source>
        <translation>表格正文的字体（默认：仿宋/FangSong，其次宋体/SimSun，再次 AR PL UMing CN，取已安装的第一种）。</translation>
    </message>
    <message>
        <source>What the page numbers count: document (the whole PDF, the default), table (each table from 1) or both.</source>
        <translation>页码的计法：document（整个 PDF 连续编页，默认）、table（每张表从 1 起）或 both（两者都印）。</translation>
    </message>
    <message>
        <source>Unknown page numbering “%1”: use document, table or both.</source>
        <translation>未知的页码计法“%1”：请用 document、table 或 both。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Print the detail lines&apos; amounts and their total with the unit (0.8万元).</source>
        <translation>支出明细的金额及其合计带单位打印（如 0.8万元）。</translation>
    </message>
    <message>
        <source>Note: %1 could not record that it was stored (%2). It still names revision %3 of filing %4, so a later push of it is refused as changed meanwhile; to go on working, pull filing %4 again.</source>
        <translation>注意：%1 未能记下已存入（%2）。它记的仍是表 %4 的第 %3 版，因此以后再推送它会因“期间已被修改”而被拒绝；要继续工作，请重新拉取表 %4。</translation>
    </message>
    <message>
        <source>Note: %1 could not record that it was stored as filing %2 (%3). A later push of it is refused (it does not name filing %2; with --new it would make yet another filing); to go on working, pull filing %2 again.</source>
        <translation>注意：%1 未能记下已存为表 %2（%3）。以后再推送它会被拒绝（它未记有表 %2；加 --new 则会再建一份新表）；要继续工作，请重新拉取表 %2。</translation>
    </message>
    <message>
        <source>Which table: overview, summary, direction:N (the N-th direction, or direction:F.D for direction D of fund F), project:N (the N-th project) or all (the default).</source>
        <translation>打印哪张表：overview（部门整体支出绩效目标表）、summary（专项资金绩效目标汇总表）、direction:N（第 N 个支出方向；direction:F.D 为第 F 个专项的第 D 个支出方向）、project:N（第 N 个项目的项目支出绩效目标表）或 all（全部，默认）。</translation>
    </message>
    <message>
        <source>Unknown table “%1”: use overview, summary, direction:N, project:N or all.</source>
        <translation>未知的表“%1”：请使用 overview、summary、direction:N、project:N 或 all。</translation>
    </message>
    <message>
        <source>Number of project forms (0), alternately in the Hunan and the national layout.</source>
        <translation>项目支出绩效目标表的张数（0），湖南表样与全国表样交替。</translation>
    </message>
</context>
<context>
    <name>jixiao::files</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <source>the name “%1…” is too long (%2 bytes; the file system allows at most %3)</source>
        <translation>名称“%1…”过长（%2 字节；文件系统最多允许 %3 字节）</translation>
    </message>
    <message>
        <source>the path is too long (%1 bytes; this system allows at most %2)</source>
        <translation>路径过长（%1 字节；本系统最多允许 %2 字节）</translation>
    </message>
    <message>
        <source>No file was named.</source>
        <translation>未指定文件。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file.</source>
        <translation>“%1”是%2，不是文件。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” already exists; it is never replaced. Choose another name.</source>
        <translation>“%1”已存在，不会被替换。请另选名称。</translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; it was not replaced.</source>
        <translation>“%1”是指向不存在文件的链接，未被替换。</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file; only a file can be replaced. Nothing was written.</source>
        <translation>“%1”是%2，不是文件；只有文件才能被替换。未写入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is a read-only file; it was not replaced. (On the command line, --force replaces it; it stays read-only.)</source>
        <translation>“%1”是只读文件，未被替换。（在命令行中使用 --force 可替换它，替换后仍为只读。）</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the finished file is missing.</source>
        <translation>无法写入“%1”：写好的文件不见了。</translation>
    </message>
    <message>
        <source> The previous file is unchanged.</source>
        <translation>原文件保持不变。</translation>
    </message>
    <message>
        <source>“%1” was created by somebody else meanwhile; it is never replaced. Nothing was written.</source>
        <translation>“%1”在此期间已被他人创建，不会被替换。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the finished file could not be put in place (%2).%3</source>
        <translation>无法写入“%1”：写好的文件无法放到目标位置（%2）。%3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the finished file could not be put in place (%2).</source>
        <translation>无法写入“%1”：写好的文件无法放到目标位置（%2）。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>您的磁盘配额已用完</translation>
    </message>
    <message>
        <source>permission denied (you may not write there)</source>
        <translation>没有权限（您不能在那里写入）</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; it was not read.</source>
        <translation>“%1”大于 %2 MB，未读取。</translation>
    </message>
    <message>
        <source>“%1” is a Jixiao draft; an export never replaces a filing. Choose another name. Nothing was written.</source>
        <translation>“%1”是绩效目标表草稿；导出绝不会替换绩效目标表。请另选文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is a Jixiao interchange file (.json filing); an export never replaces a filing. Choose another name. Nothing was written.</source>
        <translation>“%1”是绩效目标表交换文件（.json）；导出绝不会替换绩效目标表。请另选文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: it is open for editing in Jixiao. Close it there first. Nothing was written.</source>
        <translation>无法替换“%1”：它正在绩效中编辑。请先在那里关闭它。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. %3</source>
        <translation>无法写入“%1”：%2。%3</translation>
    </message>
    <message>
        <source>The previous file is unchanged.</source>
        <translation>原文件未改动。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the output was not prepared.</source>
        <translation>无法写入“%1”：输出文件未准备好。</translation>
    </message>
</context>
<context>
    <name>jixiao::form::Layouts</name>
    <message>
        <source>&amp;National Template (财预〔2021〕101号)</source>
        <translation>全国模板（财预〔2021〕101号）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hunan 申报表</source>
        <translation>湖南申报表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Other Provinces&apos; 项目绩效目标表</source>
        <translation>其他省份项目绩效目标表(&amp;O)</translation>
    </message>
</context>
<context>
    <name>jixiao::form::Registry</name>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出绩效目标表</translation>
    </message>
    <message>
        <source>Special-fund summary</source>
        <translation>专项资金绩效目标汇总表</translation>
    </message>
    <message>
        <source>Expenditure directions</source>
        <translation>支出方向绩效目标表</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目支出绩效目标表</translation>
    </message>
</context>
<context>
    <name>jixiao::office::FormMapper</name>
    <message>
        <source>amount not understood (%1)</source>
        <translation>金额无法识别（%1）</translation>
    </message>
    <message>
        <source>indicator row without an indicator</source>
        <translation>没有指标内容的指标行</translation>
    </message>
    <message>
        <source>%1: the summary table gives “%2” as the amount of the fund “%3”; this table says “%4”</source>
        <translation>%1：汇总表中专项“%3”的金额为“%2”，本表为“%4”</translation>
    </message>
    <message>
        <source>%1: the summary table gives “%2” as %3 of “%4”; this table&apos;s “%5” was kept</source>
        <translation>%1：汇总表中“%4”的%3为“%2”；已采用本表的“%5”</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>the period goal</source>
        <translation>实施期绩效目标</translation>
    </message>
    <message>
        <source>the annual goal</source>
        <translation>年度绩效目标</translation>
    </message>
    <message>
        <source>unrecognised row</source>
        <translation>未识别的行</translation>
    </message>
    <message>
        <source>summary row that is neither a fund (一、二、…) nor a direction (1, 2, …)</source>
        <translation>既不是专项（一、二、…）也不是支出方向（1、2、…）的汇总行</translation>
    </message>
    <message>
        <source>%1 line(s) of text outside the tables were not imported.</source>
        <translation>表格之外的 %1 行文字未导入。</translation>
    </message>
    <message>
        <source>No year was found in the titles; the filing is for %1.</source>
        <translation>标题中没有找到年度；按 %1 年导入。</translation>
    </message>
    <message>
        <source>%1 was read before as “%2”; this value was not imported</source>
        <translation>%1 前面已读作“%2”；此处的值未导入</translation>
    </message>
    <message>
        <source>the form has no field for “%1”</source>
        <translation>表中没有“%1”这一栏</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>a cell spans the columns of several fields</source>
        <translation>一个单元格横跨了几个栏目</translation>
    </message>
    <message>
        <source>a cell under no heading</source>
        <translation>单元格上方没有栏目标题</translation>
    </message>
    <message>
        <source>a fund&apos;s row has no field for its goals</source>
        <translation>专项一行没有绩效目标栏</translation>
    </message>
    <message>
        <source>No performance-target table was found (部门整体支出绩效目标表, 专项资金绩效目标汇总表, 支出方向绩效目标表 or 项目支出绩效目标表). Nothing was imported.</source>
        <translation>没有找到绩效目标表（部门整体支出绩效目标表、专项资金绩效目标汇总表、支出方向绩效目标表或项目支出绩效目标表），未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>jixiao::office::OfficeImport</name>
    <message>
        <source>%1 is in an old binary format. To import it, install LibreOffice (Writer and Calc; on Debian: libreoffice-writer libreoffice-calc), or save it in Word/Excel/WPS as .docx or .xlsx and import that.</source>
        <translation>%1 是旧的二进制格式。要导入它，请安装 LibreOffice（Writer 和 Calc；Debian 上为 libreoffice-writer libreoffice-calc），或在 Word/Excel/WPS 中另存为 .docx 或 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>无法为转换创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 is password-protected. Remove the password in Word, Excel or WPS (save a copy without encryption) and import that copy.</source>
        <translation>%1 设有密码保护。请在 Word、Excel 或 WPS 中取消密码（另存一份不加密的副本），再导入该副本。</translation>
    </message>
    <message>
        <source>%1 is not a Word or Excel document (.docx, .xlsx, .doc, .xls, .wps, .et).</source>
        <translation>%1 不是 Word 或 Excel 文档（.docx、.xlsx、.doc、.xls、.wps、.et）。</translation>
    </message>
    <message>
        <source>it is neither a Word document nor an Excel workbook.</source>
        <translation>它既不是 Word 文档，也不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1.</source>
        <translation>无法启动 LibreOffice：%1。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1 (it did not finish within %2 seconds).</source>
        <translation>LibreOffice 无法转换 %1（%2 秒内未完成）。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1 (is it password-protected or damaged?).</source>
        <translation>LibreOffice 无法转换 %1（是否设有密码或已损坏？）。</translation>
    </message>
</context>
<context>
    <name>jixiao::office::OfficeReader</name>
    <message>
        <source>The part “%1” declares a DTD (entities); such files are refused.</source>
        <translation>部件“%1”声明了 DTD（实体）；此类文件一律拒绝。</translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (line %2: %3).</source>
        <translation>部件“%1”不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>The file contains macros; they were neither run nor imported.</source>
        <translation>文件含有宏；宏既未运行也未导入。</translation>
    </message>
    <message>
        <source>The file is not a Word document (it has no word/document.xml).</source>
        <translation>文件不是 Word 文档（没有 word/document.xml）。</translation>
    </message>
    <message>
        <source>Table %1, row %2</source>
        <translation>表%1 第%2行</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>正文第%1段</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>文件不是 Excel 工作簿（没有 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell with an invalid reference “%2”.</source>
        <translation>工作表“%1”中有引用无效的单元格“%2”。</translation>
    </message>
    <message>
        <source>The sheet “%1” has too many merged cells to be a form.</source>
        <translation>工作表“%1”的合并单元格过多，不像是表格。</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2</source>
        <translation>工作表“%1” 第%2行</translation>
    </message>
    <message>
        <source>The sheet “%1” has a cell (%2) with more than %3 characters; Excel itself allows no more. The file was refused.</source>
        <translation>工作表“%1”的单元格 %2 超过 %3 个字符，Excel 本身也不允许这么多。文件未导入。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 million characters of text, far more than any form. The file was refused.</source>
        <translation>工作簿的文字超过 %1 百万个字符，远超任何表格所需。文件未导入。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells, far more than any form. The file was refused.</source>
        <translation>工作簿的单元格超过 %1 个，远超任何表格所需。文件未导入。</translation>
    </message>
    <message>
        <source>The sheet “%1” has a formula longer than Excel allows. The file was refused.</source>
        <translation>工作表“%1”中有一个公式超过 Excel 允许的长度。文件未导入。</translation>
    </message>
    <message>
        <source>The workbook has a text of more than %1 characters; Excel itself allows no more in a cell. The file was refused.</source>
        <translation>工作簿中有一段文字超过 %1 个字符，Excel 本身也不允许单元格有这么多。文件未导入。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 texts, far more than any form. The file was refused.</source>
        <translation>工作簿的文字条目超过 %1 条，远超任何表格所需。文件未导入。</translation>
    </message>
    <message>
        <source>The workbook names the sheet “%1” more than once; it was read once.</source>
        <translation>工作簿多次列出工作表“%1”，只读取了一次。</translation>
    </message>
    <message>
        <source>The hidden sheet “%1” was not imported.</source>
        <translation>隐藏的工作表“%1”未导入。</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2 hidden row(s) and %3 hidden column(s) were not imported.</source>
        <translation>工作表“%1”：%2 个隐藏行和 %3 个隐藏列未导入。</translation>
    </message>
    <message>
        <source>%1: the formula =%2 was not computed (%3), so its cell is empty</source>
        <translation>%1：公式 =%2 未能计算（%3），该单元格为空</translation>
    </message>
</context>
<context>
    <name>jixiao::office::XlsxFormula</name>
    <message>
        <source>it refers to itself</source>
        <translation>它引用了自身</translation>
    </message>
    <message>
        <source>it is a shared formula without a stored result</source>
        <translation>它是没有保存结果的共享公式</translation>
    </message>
    <message>
        <source>its references are nested too deeply</source>
        <translation>它的引用嵌套过深</translation>
    </message>
    <message>
        <source>%1 is not computed (%2)</source>
        <translation>%1 未能计算（%2）</translation>
    </message>
    <message>
        <source>%1 holds “%2”, not a number</source>
        <translation>%1 的内容是“%2”，不是数字</translation>
    </message>
    <message>
        <source>the sum is too large to be an amount</source>
        <translation>合计太大，不可能是金额</translation>
    </message>
    <message>
        <source>there is no sheet “%1”</source>
        <translation>没有名为“%1”的工作表</translation>
    </message>
    <message>
        <source>“%1” is not understood</source>
        <translation>无法识别“%1”</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>the result is too large to be an amount</source>
        <translation>结果太大，不可能是金额</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the number “%1” is not understood</source>
        <translation>无法识别数字“%1”</translation>
    </message>
    <message>
        <source>a range outside SUM</source>
        <translation>区域引用不在 SUM 中</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>公式不完整</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>括号没有闭合</translation>
    </message>
    <message>
        <source>a sheet name is not closed</source>
        <translation>工作表名称的引号没有闭合</translation>
    </message>
    <message>
        <source>the function %1 is not computed</source>
        <translation>不计算函数 %1</translation>
    </message>
    <message>
        <source>ROUND needs a number and the places</source>
        <translation>ROUND 需要一个数和小数位数</translation>
    </message>
    <message>
        <source>ROUND to negative places is not computed</source>
        <translation>不计算舍入到负数位的 ROUND</translation>
    </message>
</context>
<context>
    <name>jixiao::office::ZipPackage</name>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>The file is not a valid Office document (its zip container cannot be read).</source>
        <translation>文件不是有效的 Office 文档（无法读取其 zip 容器）。</translation>
    </message>
    <message>
        <source>The file&apos;s zip container has too many entries or cannot be read.</source>
        <translation>文件的 zip 容器条目过多或无法读取。</translation>
    </message>
    <message>
        <source>The file&apos;s zip container has an unreadable entry.</source>
        <translation>文件的 zip 容器中有无法读取的条目。</translation>
    </message>
    <message>
        <source>The file contains an entry with an unsafe path (“%1”); it was refused.</source>
        <translation>文件含有路径不安全的条目（“%1”），已拒绝。</translation>
    </message>
    <message>
        <source>The file is password-protected. Remove the password in Word, Excel or WPS (save a copy without encryption) and import that copy.</source>
        <translation>文件设有密码保护。请在 Word、Excel 或 WPS 中取消密码（另存一份不加密的副本），再导入该副本。</translation>
    </message>
    <message>
        <source>The document has no part “%1”.</source>
        <translation>文档中没有部件“%1”。</translation>
    </message>
    <message>
        <source>The part “%1” cannot be read.</source>
        <translation>无法读取部件“%1”。</translation>
    </message>
    <message>
        <source>The part “%1” is damaged (it cannot be inflated).</source>
        <translation>部件“%1”已损坏（无法解压）。</translation>
    </message>
    <message>
        <source>The part “%1” is damaged (checksum mismatch).</source>
        <translation>部件“%1”已损坏（校验和不符）。</translation>
    </message>
    <message>
        <source>The workbook could not be packed.</source>
        <translation>无法打包工作簿。</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to more than %2 MB, which no form needs (a “zip bomb”); the file was refused.</source>
        <translation>部件“%1”解压后将超过 %2 MB，任何表格都不需要这么大（“压缩炸弹”）；已拒绝该文件。</translation>
    </message>
    <message>
        <source>The file&apos;s parts would unpack to more than %1 MB together, which no form needs (a “zip bomb”); the file was refused.</source>
        <translation>文件各部件解压后合计将超过 %1 MB，任何表格都不需要这么大（“压缩炸弹”）；已拒绝该文件。</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than its header declares: the file is damaged or made to exhaust memory (a “zip bomb”), and was refused.</source>
        <translation>部件“%1”解压后超过其文件头声明的大小：文件已损坏或意在耗尽内存（“压缩炸弹”），已拒绝。</translation>
    </message>
    <message>
        <source>The file&apos;s parts unpack to more than %1 MB together, which no form needs (a “zip bomb”); the file was refused.</source>
        <translation>文件各部件解压后合计超过 %1 MB，任何表格都不需要这么大（“压缩炸弹”）；已拒绝该文件。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::CarryForwardDialog</name>
    <message>
        <source>New from Last Year&apos;s Filing</source>
        <translation>由上年度填报新建</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Last year&apos;s filing:</source>
        <translation>上年度填报：</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <source>Keep last year&apos;s amounts</source>
        <translation>保留上年金额</translation>
    </message>
    <message>
        <source>Move the years in the texts on (%1年 → %2年)</source>
        <translation>顺延文字中的年份（%1年 → %2年）</translation>
    </message>
    <message>
        <source>Choose: year · department</source>
        <translation>请选择：年度 · 部门</translation>
    </message>
    <message>
        <source>Move the years in the texts on</source>
        <translation>文字中的年份顺延</translation>
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
        <source>Apply expected value</source>
        <translation>采用应有值</translation>
    </message>
    <message>
        <source>Show or hide these findings</source>
        <translation>显示或隐藏这一类检查结果</translation>
    </message>
    <message>
        <source>Only this table</source>
        <translation>只看本表</translation>
    </message>
    <message>
        <source>Show only the findings about the table on screen</source>
        <translation>只显示当前所看表格的检查结果</translation>
    </message>
    <message>
        <source>Errors %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>Warnings %1</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <source>Hints %1</source>
        <translation>提示 %1</translation>
    </message>
    <message>
        <source>Offers the values that make this sum hold, each with its effect; you can undo it.</source>
        <translation>列出能使合计相符的取值及其效果；可以撤销。</translation>
    </message>
    <message>
        <source>every sum then holds</source>
        <translation>合计全部相符</translation>
    </message>
    <message numerus="yes">
        <source>%n sum(s) still disagree</source>
        <translation>
            <numerusform>仍有 %n 处合计不符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>No single value makes the sums hold: check the amounts</source>
        <translation>改一个数不能使合计相符：请核对各金额</translation>
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
    <name>jixiao::ui::FileActions</name>
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
        <source>The filing on screen was kept.</source>
        <translation>当前屏幕上的填报保持不变。</translation>
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
        <source>Sample filing</source>
        <translation>示例填报</translation>
    </message>
    <message>
        <source>New from Last Year&apos;s Filing</source>
        <translation>由上年度填报新建</translation>
    </message>
    <message>
        <source>The %1 draft of %2 exists already:
%3

Open it instead?</source>
        <translation>%2的%1年度草稿已经存在：
%3

改为打开它吗？</translation>
    </message>
    <message>
        <source>The %1 filing was started from the %2 filing and saved as %3.</source>
        <translation>已由%2年度填报新建%1年度填报，保存为 %3。</translation>
    </message>
    <message>
        <source>The amounts are last year&apos;s: change them to this year&apos;s budget.</source>
        <translation>金额沿用上年数：请改为本年度预算数。</translation>
    </message>
    <message>
        <source>The amounts were cleared: fill in this year&apos;s budget.</source>
        <translation>金额已清空：请填写本年度预算数。</translation>
    </message>
    <message>
        <source>No text names %1 any more.</source>
        <translation>文字中已不再出现%1年。</translation>
    </message>
    <message>
        <source>These texts still name %1 (also listed in the checks):</source>
        <translation>以下文字仍写着%1年（检查结果中也有列出）：</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>The open filing: %1年 · %2</source>
        <translation>当前打开的填报：%1年 · %2</translation>
    </message>
    <message>
        <source>Cannot open the filing</source>
        <translation>无法打开填报文件</translation>
    </message>
    <message>
        <source>Last year&apos;s filing</source>
        <translation>上年度填报</translation>
    </message>
    <message>
        <source>Cannot start the new filing</source>
        <translation>无法新建本年度填报</translation>
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
        <source>Import Word/Excel</source>
        <translation>导入 Word/Excel</translation>
    </message>
    <message>
        <source>Word and Excel forms (*.docx *.xlsx *.doc *.xls *.wps *.et)</source>
        <translation>Word 和 Excel 表格 (*.docx *.xlsx *.doc *.xls *.wps *.et)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Imported; these places of the source could not be placed in the filing:
%1</source>
        <translation>已导入；原文件中以下位置无法放入填报文件：
%1</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Workbook written: %1</source>
        <translation>工作簿已写入：%1</translation>
    </message>
    <message>
        <source>Open from the Shared Store</source>
        <translation>从共享库打开</translation>
    </message>
    <message>
        <source>Filing %1 was copied to %2, but it could not be opened: %3</source>
        <translation>填报 %1 已复制到 %2，但无法打开：%3</translation>
    </message>
    <message>
        <source>Filing %1 of %2 (revision %3) is now the draft %4; File › Send to Shared Store sends your changes back.</source>
        <translation>%2 的填报 %1（第 %3 版）已成为草稿 %4；修改后用“文件 › 发送到共享库”送回。</translation>
    </message>
    <message>
        <source>Send to the Shared Store</source>
        <translation>发送到共享库</translation>
    </message>
    <message>
        <source>This filing is open read-only here, so it cannot be sent from this window: %1</source>
        <translation>此填报在本窗口为只读，不能从这里发送：%1</translation>
    </message>
    <message>
        <source>The filing could not be saved, so nothing was sent: %1</source>
        <translation>填报未能保存，因此没有发送任何内容：%1</translation>
    </message>
    <message>
        <source>This draft came from filing %1 of another store (%2), not %3. Store it in %3 as a new filing?</source>
        <translation>此草稿来自另一个共享库（%2）的填报 %1，而不是 %3。要把它作为新填报存入 %3 吗？</translation>
    </message>
    <message>
        <source>This draft was never stored in %1. Store it there as a new filing?</source>
        <translation>此草稿从未存入 %1。要把它作为新填报存入吗？</translation>
    </message>
    <message>
        <source>Filing %1 in %2 was changed by somebody else after this draft was opened from the store or sent (revision %3, now %4). Nothing was sent: open the filing from the shared store again and apply your changes there.</source>
        <translation>%2 中的填报 %1 在此草稿打开或发送之后已被他人修改（第 %3 版，现为第 %4 版）。没有发送任何内容：请从共享库重新打开该填报，再在其中做您的修改。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>没有发送任何内容：%1</translation>
    </message>
    <message>
        <source>Sent to %1 as filing %2 (revision %3).</source>
        <translation>已发送到 %1，填报 %2（第 %3 版）。</translation>
    </message>
    <message>
        <source>The filing was stored as filing %1, but this draft could not record it (%2). Open filing %1 from the shared store again before you go on working.</source>
        <translation>已存为填报 %1，但此草稿未能记下这一点（%2）。继续工作前，请从共享库重新打开填报 %1。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>text in any table (Enter: next, Shift+Enter: previous)</source>
        <translation>在所有表格中查找文字（Enter 下一个，Shift+Enter 上一个）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
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
    <message>
        <source>一级指标 (%1): %2.</source>
        <translation>一级指标（%1）：%2。</translation>
    </message>
    <message>
        <source>%1 takes these 二级指标: %2.</source>
        <translation>%1下设二级指标：%2。</translation>
    </message>
    <message>
        <source>二级指标 under %1: %2.</source>
        <translation>%1下的二级指标：%2。</translation>
    </message>
    <message>
        <source>Choose the 一级指标 first; its 二级指标 are then offered here.</source>
        <translation>请先选一级指标，这里再列出它下设的二级指标。</translation>
    </message>
    <message>
        <source>%1 belongs to %2.</source>
        <translation>%1属于%2。</translation>
    </message>
    <message>
        <source>Required: a table without it does not pass the checks.</source>
        <translation>必填：缺少它，检查会报错误。</translation>
    </message>
    <message>
        <source>Recommended: fill it in where it applies; the checks warn when it is missing.</source>
        <translation>建议填写：适用时请填写，缺少时检查会给出警告。</translation>
    </message>
    <message>
        <source>Its value is the cost cap: it must agree with the amounts of the table.</source>
        <translation>指标值是成本上限，应与本表的金额一致。</translation>
    </message>
    <message>
        <source>Its value is the share of those served who are satisfied, e.g. ≥90%.</source>
        <translation>指标值是服务对象的满意比例，例如 ≥90%。</translation>
    </message>
    <message>
        <source>Type here to add the first row.</source>
        <translation>在此输入即新增第一行。</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>新增行</translation>
    </message>
    <message>
        <source>Filled in by the finance department when it reviews the form; shown here, not typed.</source>
        <translation>由财政部门审核时填写；此处仅显示，不可输入。</translation>
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
    <message>
        <source>Zoom: %1%</source>
        <translation>缩放：%1%</translation>
    </message>
    <message>
        <source>This box is the finance department&apos;s, filled in when it reviews the form; it cannot be changed here.</source>
        <translation>此栏由财政部门审核时填写，不能在此修改。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::GuideWindow</name>
    <message>
        <source>Jixiao User Guide</source>
        <translation>绩效 使用说明</translation>
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
        <source>F&amp;iling</source>
        <translation>填报(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>填报属性(&amp;P)…</translation>
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
        <source>Read-only: %1 Changes cannot be made or saved here; use Save As to work on a copy.</source>
        <translation>只读：%1 此处不能修改或保存；如需修改，请“另存为”副本后编辑。</translation>
    </message>
    <message>
        <source>this draft is open read-only.</source>
        <translation>此草稿以只读方式打开。</translation>
    </message>
    <message>
        <source>Change filing properties</source>
        <translation>修改填报属性</translation>
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
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Import &amp;Word/Excel…</source>
        <translation>导入 Word/Excel(&amp;W)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>“%1” could not be written into one complete file: %2
Nothing is lost: the latest changes are in “%1-wal” beside it and are taken in the next time it is opened. Until then, a copy of “%1” alone does not have them: copy both files, or close the other window or program reading it and close this one again.

Close now?</source>
        <translation>未能把“%1”写成一个完整的文件：%2
内容没有丢失：最新的修改保存在旁边的“%1-wal”文件中，下次打开时会自动并入。在此之前，单独复制“%1”不包含这些修改：请把两个文件一起复制，或者关闭正在读取它的其他窗口或程序后再关闭本窗口。

现在关闭吗？</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (read-only) — %2 — Jixiao</source>
        <translation>%1（只读）— %2 — 绩效</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Jixiao</source>
        <translation>%1[*] — %2 — 绩效</translation>
    </message>
    <message>
        <source>Jixiao</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Sta&amp;rt Page</source>
        <translation>开始页(&amp;R)</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>设置(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>检查结果(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot reload the draft</source>
        <translation>无法重新载入草稿</translation>
    </message>
    <message>
        <source>It has been saved since it was opened here.</source>
        <translation>在此打开后，它已被保存过。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Open &amp;from Shared Store…</source>
        <translation>从共享库打开(&amp;F)…</translation>
    </message>
    <message>
        <source>Send to S&amp;hared Store…</source>
        <translation>发送到共享库(&amp;H)…</translation>
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
    <name>jixiao::ui::PreparerDialog</name>
    <message>
        <source>Welcome to Jixiao</source>
        <translation>欢迎使用绩效</translation>
    </message>
    <message>
        <source>Who fills in the forms? New filings start with this name and phone (填报人, 联系电话); you can change them later in Settings.</source>
        <translation>请填写填报人和联系电话，新建的填报会自动带上；以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::PrintActions</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The checks found errors in this filing (%1): the printed tables would not agree with each other. Print anyway?</source>
        <translation>检查发现本填报有 %1 处错误，打印出的各表将互不一致。仍要打印吗？</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <source>View Errors</source>
        <translation>查看错误</translation>
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
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Paper (A4), orientation and margins are the form&apos;s own: what is shown here is what prints and what Export PDF writes.</source>
        <translation>纸张（A4）、方向和页边距按表格的规定设置：这里看到的就是打印和导出 PDF 的样子。</translation>
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
        <source>Printed on A4 portrait</source>
        <translation>按A4纵向打印</translation>
    </message>
    <message>
        <source>The official forms are printed on A4 paper, portrait, as the form prescribes; the orientation and paper size chosen in the print dialog are not used.</source>
        <translation>正式表格按规定用A4纸纵向打印；打印对话框中选择的方向和纸张大小不会采用。</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::PropertiesDialog</name>
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
    <message>
        <source>project</source>
        <translation>项目</translation>
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
    <message>
        <source>Through the whole printout</source>
        <translation>整份打印连续编页</translation>
    </message>
    <message>
        <source>Each table from 1</source>
        <translation>每张表从第 1 页起</translation>
    </message>
    <message>
        <source>Each table, and through the printout</source>
        <translation>每张表单独编页，并注明总页码</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>表头字体：</translation>
    </message>
    <message>
        <source>Page numbers:</source>
        <translation>页码：</translation>
    </message>
    <message>
        <source>Detail amounts with their unit (0.8万元)</source>
        <translation>明细金额带单位（如 0.8万元）</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::SharedStoreDialog</name>
    <message>
        <source>Open from the Shared Store</source>
        <translation>从共享库打开</translation>
    </message>
    <message>
        <source>Send to the Shared Store</source>
        <translation>发送到共享库</translation>
    </message>
    <message>
        <source>from PGPASSWORD or pgpass when left empty</source>
        <translation>留空则取自 PGPASSWORD 或 pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Type the shared store&apos;s address, as your administrator gave it.</source>
        <translation>请输入共享库的地址（由管理员提供）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>%1 has no filings yet.</source>
        <translation>%1 中还没有填报。</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 份填报。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jixiao::ui::StatusLine</name>
    <message>
        <source>Click a count to see those findings</source>
        <translation>点击数字查看对应的检查结果</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <source>Hints: %1</source>
        <translation>提示 %1</translation>
    </message>
    <message>
        <source>Does not add up: %1</source>
        <translation>金额不平：%1</translation>
    </message>
</context>
<context>
    <name>jixiao::ui::StructureActions</name>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>在上方插入行(&amp;A)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>在下方插入行(&amp;B)</translation>
    </message>
    <message>
        <source>Move Row Do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
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
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
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
        <source>Re&amp;move Row</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>Mo&amp;ve Row Up</source>
        <translation>上移行(&amp;V)</translation>
    </message>
    <message>
        <source>Add Pro&amp;ject</source>
        <translation>添加项目(&amp;J)</translation>
    </message>
    <message>
        <source>Projects Are &amp;All Project Expenditure</source>
        <translation>所列项目即全部项目支出(&amp;A)</translation>
    </message>
    <message>
        <source>The project forms are all of the department&apos;s project expenditure: the checks then hold their annual funds against the overview&apos;s 项目支出.</source>
        <translation>各项目支出绩效目标表即部门的全部项目支出：检查将核对其年度资金合计与部门整体表的项目支出。</translation>
    </message>
    <message>
        <source>&amp;Remove Fund, Direction or Project</source>
        <translation>删除专项、支出方向或项目(&amp;R)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Remove the project “%1” with its indicators? You can undo this.</source>
        <translation>删除项目“%1”及其全部指标？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Project La&amp;yout</source>
        <translation>项目表式(&amp;Y)</translation>
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
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Removes the draft from this list; the file itself is kept.</source>
        <translation>只从列表中移除这份草稿，文件本身保留。</translation>
    </message>
</context>
</TS>
