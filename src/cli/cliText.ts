/**
 * The command line's own messages (usage and argument problems), in English
 * and Simplified Chinese. File problems are worded by `excel/xlsx/fileMessages.ts`.
 */

interface CliText {
  usage: string;
  outNeedsName: string;
  shipmentFilesNeedsFolder: string;
  shipmentFilesFailed(folder: string, detail: string): string;
  badLanguage: string;
  badCharts: string;
  unknownOption(option: string): string;
  unexpected(argument: string): string;
  outIsInput(input: string): string;
  outAndInPlace: string;
  unexpectedFailure(detail: string): string;
  badGrowth(value: string): string;
  badDaysAhead(value: string): string;
  eventNeedsValue: string;
  salesSheetNeedsName: string;
  /** `option` belongs to the commands `owners`, not to `command`. */
  notAnOptionOf(option: string, owners: readonly string[], command: string): string;
  /** The task pane's stored settings cannot be read: `detail` says why. */
  savedSettingsUnreadable(detail: string): string;
  /** `plan` on an event that started by its plan date, replayed instead (the summary's first line). */
  replayedInstead(event: string, start: string, planDate: string): string;
  /** …and why it could not be replayed either (added to the refusal). */
  cannotReplayEither(detail: string): string;
}

const USAGE = [
  "usage: peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--shipment-files <folder>] [--growth <x>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
  "       peakstock replay <in.xlsx> [--event <start date, year or name>] [--days-ahead <n>] [--out <out.xlsx> | --in-place] [--growth <x>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
  "       peakstock watch <in.xlsx> [--sales-sheet <name>] [--out <out.xlsx> | --in-place] [--growth <x>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
].join("\n");

const EN: CliText = {
  usage: USAGE,
  outNeedsName: "--out needs a file name",
  shipmentFilesNeedsFolder: "--shipment-files needs a folder",
  shipmentFilesFailed: (folder, detail) => `The plan is saved, but the Send to Amazon files could not be written to ${folder}: ${detail}`,
  badLanguage: "--lang must be en or zh-CN",
  badCharts: "--charts needs a whole number of SKUs from 0 to 100 (0: no Charts sheet)",
  unknownOption: (option) => `unknown option ${option}`,
  unexpected: (argument) => `unexpected argument ${argument}`,
  outIsInput: (input) => `--out names the input file ${input}; PeakStock does not write over its input unless you ask: add --in-place (or leave out --out to write beside it).`,
  outAndInPlace: "--out and --in-place ask for different files; give one of them.",
  unexpectedFailure: (detail) => `peakstock stopped unexpectedly: ${detail}. The input is unchanged.`,
  badGrowth: (value) => `--growth must be a number above 0 and at most 1000, e.g. 1.2 for +20 % (got '${value}')`,
  badDaysAhead: (value) => `--days-ahead must be a whole number of days from 1 to 1000, e.g. 70 (got '${value}')`,
  eventNeedsValue: "--event needs a past edition: its start date (yyyy-mm-dd), its year or the event's name",
  salesSheetNeedsName: "--sales-sheet needs the name of the sheet with the sales since the plan date, e.g. SalesToDate",
  notAnOptionOf: (option, owners, command) => `${option} is an option of peakstock ${owners.join(" and ")}, not of ${command}`,
  savedSettingsUnreadable: (detail) =>
    `The plan settings the task pane stored in this workbook cannot be read: ${detail}. Open the workbook in Excel and save them again from the task pane, or add --ignore-saved-settings to plan from the Event and Lanes sheets. Nothing was written.`,
  replayedInstead: (event, start, planDate) =>
    `${event} started on ${start}, on or before the plan date ${planDate}: nothing shipped now can be sold in it, so no Plan was written. It was replayed instead: how a plan made before it would have done against what sold (to plan its next edition, move Start, End and PlanDate to it).`,
  cannotReplayEither: (detail) => ` It cannot be replayed either: ${detail}`,
};

const ZH: CliText = {
  usage: [
    USAGE,
    "用法：peakstock plan <输入.xlsx> [--out <输出.xlsx> | --in-place] [--charts <数量>] [--shipment-files <文件夹>] [--growth <倍数>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
    "      peakstock replay <输入.xlsx> [--event <开始日期、年份或活动名称>] [--days-ahead <天数>] [--out <输出.xlsx> | --in-place] [--growth <倍数>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
    "      peakstock watch <输入.xlsx> [--sales-sheet <工作表名>] [--out <输出.xlsx> | --in-place] [--growth <倍数>] [--ignore-saved-settings] [--overwrite-notes] [--lang en|zh-CN]",
  ].join("\n"),
  outNeedsName: "--out 后面需要文件名",
  shipmentFilesNeedsFolder: "--shipment-files 后面需要文件夹",
  shipmentFilesFailed: (folder, detail) => `计划已保存，但亚马逊入库上传文件无法写入 ${folder}：${detail}`,
  badLanguage: "--lang 只能是 en 或 zh-CN",
  badCharts: "--charts 需要 0 到 100 之间的整数（SKU 数量；0 表示不写图表工作表）",
  unknownOption: (option) => `未知选项 ${option}`,
  unexpected: (argument) => `多余的参数 ${argument}`,
  outIsInput: (input) => `--out 指向输入文件 ${input}；除非你明确要求，PeakStock 不会覆盖输入文件：请加上 --in-place（或去掉 --out，结果将写在它旁边）。`,
  outAndInPlace: "--out 和 --in-place 指向不同的文件；请只用其中一个。",
  unexpectedFailure: (detail) => `peakstock 意外停止：${detail}。输入文件没有改动。`,
  badGrowth: (value) => `--growth 必须是大于 0、不超过 1000 的数字，例如 1.2 表示增长 20%（实际为“${value}”）`,
  badDaysAhead: (value) => `--days-ahead 必须是 1 到 1000 之间的整数天数，例如 70（实际为“${value}”）`,
  eventNeedsValue: "--event 后面需要指定往届活动：开始日期（yyyy-mm-dd）、年份或活动名称",
  salesSheetNeedsName: "--sales-sheet 后面需要工作表名称：计划日期以来销量所在的工作表，例如 SalesToDate（至今销量）",
  notAnOptionOf: (option, owners, command) => `${option} 是 peakstock ${owners.join("、")} 的选项，不能用于 ${command}`,
  savedSettingsUnreadable: (detail) =>
    `无法读取任务窗格保存在此工作簿中的规划设置：${detail}。请在 Excel 中打开工作簿，从任务窗格重新保存设置；或加上 --ignore-saved-settings，按活动表和物流渠道表规划。没有写入任何内容。`,
  replayedInstead: (event, start, planDate) =>
    `${event} 已于 ${start} 开始，不晚于计划日期 ${planDate}：现在发出的货赶不上这次活动，因此没有写出计划。已改为复盘：看看活动前做的计划对照实际销量会怎样（如要规划下一届，请把开始日期、结束日期和计划日期改到下一届）。`,
  cannotReplayEither: (detail) => ` 也无法复盘：${detail}`,
};

/** The messages in `language` ("zh…" → Chinese). */
export function cliText(language: string): CliText {
  return language.toLowerCase().startsWith("zh") ? ZH : EN;
}
