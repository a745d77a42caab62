<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>预算年度必须是 2000 至 2100 之间的整数年份。</translation>
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
    <name>jixiao::cli</name>
    <message>
        <source>Convert a filing between formats (.json)</source>
        <translation>在格式之间转换填报文件（.json）</translation>
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
</context>
<context>
    <name>jixiao::ui::MainWindow</name>
    <message>
        <source>%1 — Jixiao</source>
        <translation>%1 — 绩效</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Department overview</source>
        <translation>部门整体支出绩效目标表</translation>
    </message>
    <message>
        <source>Special-fund summary</source>
        <translation>专项资金绩效目标汇总表</translation>
    </message>
</context>
</TS>
