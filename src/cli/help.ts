/**
 * `peakstock --help` (or `-h`): what the command does, its options and exit codes, in English
 * or, with `--lang zh-CN`, in Simplified Chinese.
 */
import type { OutputLanguage } from "../excel/workbookPort";

const EN = `peakstock: plan stock for an e-commerce promotion from an Excel workbook

Usage:
  peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--overwrite-notes] [--charts <n>]
                 [--shipment-files <folder>] [--lang en|zh-CN]
  peakstock --help [--lang zh-CN]

Reads the Sales, SKUs, Lanes (optional) and Event sheets of <in.xlsx>, found by their
headers in English or Chinese, and writes the Plan, Batches, CashFlow, Alerts and Forecast
sheets: base and sprint batches per lane with their ship-by dates, costs and alerts; the
PurchaseOrders, Shipments, SendToAmazon and CartonLabels sheets for the factories, the forwarder
and Amazon; and a Charts sheet with a line chart (history, forecast band, event window) for each
of the costliest SKUs. Every sheet prints landscape, one page wide, its header on every page.
Input sheets are never changed, and every part of the workbook PeakStock did not write (charts,
pivot tables, images, names, validation) is kept. Nothing leaves your computer.

Options:
  --out <out.xlsx>   where to write the planned workbook (default: <in>-plan.xlsx beside the input)
  --in-place         write into <in.xlsx> itself instead
  --overwrite-notes  let a re-run write over notes typed where PeakStock's tables now grow
  --charts <n>       chart the n SKUs whose batches cost most (default 10; 0: no Charts sheet)
  --shipment-files <folder>
                     also write one Send to Amazon upload file (tab-delimited .txt) per FBA
                     shipment into <folder>
  --lang en|zh-CN    language of the written sheets, the messages and the summary (default en)
  -h, --help         show this help

Exit codes:
  0  planned and saved
  2  bad input, a file that cannot be read or saved, or usage: the message names the sheet,
     row and column (or the file and the cause); nothing is written
  1  unexpected failure

Example:
  peakstock plan examples/peakstock-demo.xlsx        # writes examples/peakstock-demo-plan.xlsx
`;

const ZH = `peakstock：根据 Excel 工作簿为电商大促规划备货

用法：
  peakstock plan <输入.xlsx> [--out <输出.xlsx> | --in-place] [--overwrite-notes] [--charts <数量>]
                 [--shipment-files <文件夹>] [--lang en|zh-CN]
  peakstock --help [--lang zh-CN]

读取 <输入.xlsx> 中的 Sales（销售）、SKUs（产品）、Lanes（物流渠道，可选）和 Event（活动）工作表
（按中英文表头识别），写出计划、批次、现金流、预警和预测工作表：各渠道的基础批与冲刺批、最晚发货日、
成本和预警；给工厂、货代和亚马逊用的采购单、货件、亚马逊入库上传和箱唛工作表；并写出重点SKU图表工作表：批次成本最高的几个 SKU 各一张折线图（历史销量、预测区间和活动期）。
每张工作表都按横向、一页宽打印，每页重复表头。输入工作表不会被修改，PeakStock 未写入的部分（图表、数据透视表、图片、名称、数据验证）都会保留。
数据不会离开您的电脑。

选项：
  --out <输出.xlsx>  计划后的工作簿写到哪里（默认：输入文件旁的 <输入>-plan.xlsx）
  --in-place         直接写回 <输入.xlsx>
  --overwrite-notes  重新规划时允许覆盖表格扩展区域内手写的备注
  --charts <数量>    为批次成本最高的前几个 SKU 画图（默认 10；0 表示不写图表工作表）
  --shipment-files <文件夹>
                     另为每个发往亚马逊的货件写一个 Send to Amazon 上传文件（制表符分隔的 .txt）到 <文件夹>
  --lang en|zh-CN    写出的工作表、提示和摘要所用的语言（默认 en）
  -h, --help         显示本帮助

退出码：
  0  已完成规划并保存
  2  输入、文件读写或用法有误：提示会指出工作表、行和列（或文件与原因）；不会写入任何内容
  1  意外失败

示例：
  peakstock plan examples/peakstock-demo.xlsx --lang zh-CN    # 写出 examples/peakstock-demo-plan.xlsx
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
