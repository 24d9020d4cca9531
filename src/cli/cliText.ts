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
}

const USAGE = "usage: peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--shipment-files <folder>] [--lang en|zh-CN]";

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
};

const ZH: CliText = {
  usage: `${USAGE}\n用法：peakstock plan <输入.xlsx> [--out <输出.xlsx> | --in-place] [--charts <数量>] [--shipment-files <文件夹>] [--lang en|zh-CN]`,
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
};

/** The messages in `language` ("zh…" → Chinese). */
export function cliText(language: string): CliText {
  return language.toLowerCase().startsWith("zh") ? ZH : EN;
}
