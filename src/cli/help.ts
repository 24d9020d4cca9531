/**
 * `peakstock --help` (or `-h`): what the commands (plan, replay, watch) do, their options, the settings
 * they use and the exit codes, in English or, with `--lang zh-CN`, in Simplified Chinese.
 */
import type { OutputLanguage } from "../excel/workbookPort";

const EN = `peakstock: plan stock for an e-commerce promotion from an Excel workbook

Usage:
  peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--shipment-files <folder>]
                 [--growth <x>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]
  peakstock replay <in.xlsx> [--event <start date | year | name>] [--days-ahead <n>]
                 [--out <out.xlsx> | --in-place] [--growth <x>] [--ignore-saved-settings]
                 [--overwrite-notes] [--lang en|zh-CN]
  peakstock watch <in.xlsx> [--sales-sheet <name>] [--out <out.xlsx> | --in-place]
                 [--growth <x>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]
  peakstock --help [--lang zh-CN]

plan reads the Sales, SKUs, Lanes (optional) and Event sheets of <in.xlsx>, found by their
headers in English or Chinese, and writes the Plan, Batches, CashFlow, Alerts and Forecast
sheets: base and sprint batches per lane with their ship-by dates, costs and alerts; the
PurchaseOrders, Shipments, SendToAmazon and CartonLabels sheets for the factories, the forwarder
and Amazon; and a Charts sheet with a line chart (history, forecast band, event window) for each
of the costliest SKUs. Every sheet prints landscape, one page wide, its header on every page.
With an Events sheet (活动日程: Event, Start, End, one further event per row) it plans the season:
the events in date order, what one is expected to leave is stock for the next, an Event column on
every sheet.
When the book has a Scenarios sheet (one what-if per row: Scenario, and any of Growth,
TransitSlipDays, DisableModes, SupplierCapacity, FreightIncreasePct), each scenario is planned in
full too and a ScenarioResults sheet sets them beside the base plan: units by mode and lane,
logistics cost, expected profit and fill rate, first ship-by, alerts, and what the base plan
earns if the scenario happens (the cost of not preparing for it).
An event that starts on or before its PlanDate is not planned (nothing can still reach it): it is
replayed instead (the Replay sheet, as peakstock replay writes it) when the sales cover its window.

replay takes the book's own history, pretends today is <n> days before a past edition of the
event (PastEventStarts on the Event sheet), plans it with the book's lanes and settings, plays
the actual sales day by day and writes the Replay sheet: per SKU and in total, units demanded,
sold, short and left over, fill rate, freight, storage, leftover cost and profit, for PeakStock
beside last year's window + 20 %, the 30-day average × (window + safety days), the seller's
rule (P50 by sea + max/avg safety stock by air) and a perfect-foresight reference: it knows the
actual sales but, like every policy, ships whole cartons, meets the MOQ and uses the lanes in time.

watch reads the sales since the plan date (a SalesToDate sheet: Date, SKU, Units and, if you
have it, OnHand at the end of each day; or the days added to Sales; or --sales-sheet), plans the
event again from the book as plan does (without writing the plan), and writes the Watch sheet: per
SKU, sold against the forecast, stock-out days, stock now and the day it runs out, and the re-order
(units, the cheapest lane still in time, ready and sellable dates, freight). It prints how many SKUs
need what, every re-order and the SKUs out of stock. A sheet with no day since the plan date, or
sales that reach the event's end, leave nothing to watch: exit code 2, nothing written.

Input sheets are never changed, and every part of the workbook PeakStock did not write (charts,
pivot tables, images, names, validation) is kept. Nothing leaves your computer.

Settings: when the task pane has stored its settings in the workbook (event, policy, lanes,
chosen sheets, the Watch's sheet of sales), every command uses them instead of the Event and
Lanes sheets, and says so.
An option on the command line wins over both.

Options:
  --out <out.xlsx>         where to write (default: <in>-plan.xlsx, <in>-replay.xlsx or <in>-watch.xlsx
                           beside the input)
  --in-place               write into <in.xlsx> itself instead
  --charts <n>             plan: chart the n SKUs whose batches cost most (default 10; 0: no Charts sheet)
  --shipment-files <folder>
                           plan: also write one Send to Amazon upload file (tab-delimited .txt) per FBA
                           shipment into <folder>
  --growth <x>             growth on last year's event, e.g. 1.2 for +20 % (replaces the stored or Event value)
  --ignore-saved-settings  use the Event and Lanes sheets, not the settings the task pane stored
  --event <…>              replay: the past edition, by its start date (2025-11-28), its year (2025)
                           or the event's name; default the most recent one the sales cover
  --days-ahead <n>         replay: plan n days before the edition starts (default: the Event's
                           PlanDate to Start, else 70)
  --sales-sheet <name>     watch: the sheet of sales since the plan date (default: the one the task
                           pane chose, else SalesToDate / 至今销量, else Sales)
  --overwrite-notes        let a re-run write over notes typed where PeakStock's tables now grow
  --lang en|zh-CN          language of the written sheets, the messages and the summary (default en)
  -h, --help               show this help

Exit codes:
  0  planned (replayed, watched) and saved
  2  bad input, a file that cannot be read or saved, or usage: the message names the sheet,
     row and column (or the file and the cause); nothing is written
  1  unexpected failure

Examples:
  peakstock plan examples/peakstock-demo.xlsx        # writes examples/peakstock-demo-plan.xlsx
  peakstock replay examples/peakstock-demo.xlsx --event 2025   # writes examples/peakstock-demo-replay.xlsx
  peakstock watch book.xlsx --sales-sheet "Sales Oct"   # writes book-watch.xlsx
`;

const ZH = `peakstock：根据 Excel 工作簿为电商大促规划备货

用法：
  peakstock plan <输入.xlsx> [--out <输出.xlsx> | --in-place] [--charts <数量>] [--shipment-files <文件夹>]
                 [--growth <倍数>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]
  peakstock replay <输入.xlsx> [--event <开始日期 | 年份 | 名称>] [--days-ahead <天数>]
                 [--out <输出.xlsx> | --in-place] [--growth <倍数>] [--ignore-saved-settings]
                 [--overwrite-notes] [--lang en|zh-CN]
  peakstock watch <输入.xlsx> [--sales-sheet <工作表名>] [--out <输出.xlsx> | --in-place]
                 [--growth <倍数>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]
  peakstock --help [--lang zh-CN]

plan 读取 <输入.xlsx> 中的 Sales（销售）、SKUs（产品）、Lanes（物流渠道，可选）和 Event（活动）工作表
（按中英文表头识别），写出计划、批次、现金流、预警和预测工作表：各渠道的基础批与冲刺批、最晚发货日、
成本和预警；给工厂、货代和亚马逊用的采购单、货件、亚马逊入库上传和箱唛工作表；并写出重点SKU图表工作表：批次成本最高的几个 SKU 各一张折线图（历史销量、预测区间和活动期）。
每张工作表都按横向、一页宽打印，每页重复表头。开始日期不晚于计划日期的活动不会规划（已经来不及发货）；销量覆盖其窗口时改为复盘（写出复盘工作表）。
有 Events（活动日程）工作表时（活动、开始日期、结束日期，每行一个后续活动）按旺季规划：活动按日期顺序，
前一个活动预计剩下的库存留给下一个，每张工作表都有“活动”列。
工作簿有 Scenarios（情景）工作表时（每行一个假设：情景名称，以及增长系数、运输延误天数、停用运输方式、供应商产能、运费上涨比例中的任意几项），
每个情景也完整规划一遍，并写出情景对比工作表：各运输方式和渠道的数量、物流成本、预期利润和满足率、最早发货日、预警数，
以及情景发生时基础计划的利润（未准备的代价）。

replay（复盘）用工作簿自己的历史数据，假设今天是往届活动（活动表的往年开始日期）开始前 <天数> 天，
用工作簿的物流渠道和设置规划这一届，再按实际销量逐日演练，写出复盘工作表：每个 SKU 及合计的需求、
售出、缺货、剩余件数，满足率，运费，仓储费，剩余成本和利润；PeakStock 与去年同期窗口 +20%、
近 30 天日均 ×（窗口 + 安全天数）、卖家经验（P50 走海运 + 最大/平均安全库存走空运）以及完美预知参照并列；
完美预知参照知道实际销量，但和所有策略一样整箱发货、满足最小起订量、只用来得及的渠道。

watch（监控）读取计划日期以来的销量（SalesToDate / 至今销量工作表：日期、SKU、销量，如有请附每天结束时的库存；
或追加在销售表中；或用 --sales-sheet 指定），像 plan 一样根据工作簿重新规划（不写出计划），并写出监控工作表：
每个 SKU 的实际销量与预测、断货天数、当前库存和预计断货日，以及补货建议（数量、仍来得及的最便宜渠道、
生产完成日和可售日、运费）。摘要列出各状态的 SKU 数、每条补货建议和当前断货的 SKU。若工作表中没有计划日期
以来的销量，或销量已到活动最后一天，则无可监控：退出码 2，不写入任何内容。

输入工作表不会被修改，PeakStock 未写入的部分（图表、数据透视表、图片、名称、数据验证）都会保留。
数据不会离开您的电脑。

设置：如果任务窗格已把设置（活动、策略、物流渠道、所选工作表、监控的销量工作表）保存在工作簿中，每个命令都会
使用这些设置，而不是活动表和物流渠道表，并在摘要中说明。命令行选项优先于两者。

选项：
  --out <输出.xlsx>        写到哪里（默认：输入文件旁的 <输入>-plan.xlsx、<输入>-replay.xlsx 或 <输入>-watch.xlsx）
  --in-place               直接写回 <输入.xlsx>
  --charts <数量>          规划：为批次成本最高的前几个 SKU 画图（默认 10；0 表示不写图表工作表）
  --shipment-files <文件夹>
                           规划：另为每个发往亚马逊的货件写一个 Send to Amazon 上传文件（制表符分隔的 .txt）到 <文件夹>
  --growth <倍数>          活动相对去年的增长系数，例如 1.2 表示 +20%（替代保存的设置或活动表中的值）
  --ignore-saved-settings  使用活动表和物流渠道表，不用任务窗格保存的设置
  --event <…>              复盘：要复盘的往届活动，按开始日期（2025-11-28）、年份（2025）或活动名称指定；
                           默认为销量覆盖到的最近一届
  --days-ahead <天数>      复盘：在该届开始前多少天规划（默认：活动表计划日期到开始日期的天数，否则 70）
  --sales-sheet <工作表名>  监控：计划日期以来销量所在的工作表（默认：任务窗格所选的工作表，否则 SalesToDate /
                           至今销量，否则销售表）
  --overwrite-notes        重新规划时允许覆盖表格扩展区域内手写的备注
  --lang en|zh-CN          写出的工作表、提示和摘要所用的语言（默认 en）
  -h, --help               显示本帮助

退出码：
  0  已完成规划（复盘、监控）并保存
  2  输入、文件读写或用法有误：提示会指出工作表、行和列（或文件与原因）；不会写入任何内容
  1  意外失败

示例：
  peakstock plan examples/peakstock-demo.xlsx --lang zh-CN    # 写出 examples/peakstock-demo-plan.xlsx
  peakstock replay examples/peakstock-demo.xlsx --event 2025 --lang zh-CN   # 写出 examples/peakstock-demo-replay.xlsx
  peakstock watch book.xlsx --lang zh-CN                     # 写出 book-watch.xlsx
`;

/**
 * True when the arguments ask for help: `--help` or `-h` anywhere.
 * @example wantsHelp(["plan", "--help"]) // true
 */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

/**
 * The language the help is asked in: Chinese when `--lang` is followed by zh or zh-CN (any case).
 * @example helpLanguage(["--help", "--lang", "zh-CN"]) // "zh-CN"
 */
export function helpLanguage(args: readonly string[]): OutputLanguage {
  const at = args.indexOf("--lang");
  const value = at >= 0 ? (args[at + 1] ?? "").toLowerCase() : "";
  return value === "zh" || value === "zh-cn" ? "zh-CN" : "en";
}

/**
 * The help text in `language`.
 * @example helpText("en").startsWith("peakstock: plan stock") // true
 */
export function helpText(language: OutputLanguage): string {
  return language === "zh-CN" ? ZH : EN;
}
