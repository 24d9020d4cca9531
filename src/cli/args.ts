/**
 * The arguments of `peakstock plan`, `peakstock replay` and `peakstock watch`, parsed: the
 * input, where to write, the language, the settings to plan with, which past edition a replay
 * plays and which sheet of sales to date a watch reads.
 */
import { DEFAULT_CHART_SKUS } from "../engine/plan/chartsTable";
import { INPUT_LIMITS } from "../engine/workbook/inputLimits";
import type { OutputLanguage } from "../excel/workbookPort";
import { chooseOutputPath } from "./outputPath";
import { cliText } from "./cliText";

/** What every command takes. */
interface CommonCommand {
  readonly input: string;
  /** The file to write: `book-plan.xlsx` (`book-replay.xlsx`, `book-watch.xlsx`) beside the input unless `--out` or `--in-place` say otherwise. */
  readonly output: string;
  /** True when the output is the input (`--in-place`). */
  readonly inPlace: boolean;
  readonly language: OutputLanguage;
  /** True with `--overwrite-notes`: a re-run may write over notes where PeakStock's tables grow. */
  readonly overwriteNotes: boolean;
  /** True with `--ignore-saved-settings`: plan from the Event and Lanes sheets, not the task pane's stored settings. */
  readonly ignoreSavedSettings: boolean;
  /** `--growth x`: × on last year, replacing the settings' or the Event sheet's growth. */
  readonly growth?: number;
}

/** `peakstock plan`. */
export interface PlanCommand extends CommonCommand {
  readonly command: "plan";
  /** How many of the costliest SKUs the Charts sheet charts (`--charts`, default 10; 0 = no Charts sheet). */
  readonly chartSkus: number;
  /** With `--shipment-files <folder>`: where to write one Send to Amazon upload file per FBA shipment. */
  readonly shipmentFiles?: string;
}

/** `peakstock replay`. */
export interface ReplayCommand extends CommonCommand {
  readonly command: "replay";
  /** `--event`: a past edition's start date, its year or the event's name; undefined = the most recent the sales cover. */
  readonly edition?: string;
  /** `--days-ahead n`: the replayed plan is made n days before the edition starts. */
  readonly daysAhead?: number;
}

/** `peakstock watch`. */
export interface WatchCommand extends CommonCommand {
  readonly command: "watch";
  /** `--sales-sheet`: the sheet of sales to date; undefined = the one the task pane stored, else a SalesToDate sheet, else Sales. */
  readonly salesSheet?: string;
}

export type CliCommand = PlanCommand | ReplayCommand | WatchCommand;

/** The commands. */
type CommandName = CliCommand["command"];

/** True when `word` names a command. */
function isCommand(word: string | undefined): word is CommandName {
  return word === "plan" || word === "replay" || word === "watch";
}

/** Options that belong to some commands only (the rest are every command's). */
const OPTION_COMMANDS: Readonly<Record<string, readonly CommandName[]>> = {
  "--charts": ["plan"],
  "--shipment-files": ["plan"],
  "--event": ["replay"],
  "--days-ahead": ["replay"],
  "--sales-sheet": ["watch"],
};

/** Most SKUs `--charts` may ask for: each is a chart part and about 180 rows. */
const MAX_CHART_SKUS = 100;

/** The language asked for with `--lang`, found before the rest is parsed (so usage errors speak it too). */
function languageOf(args: readonly string[]): OutputLanguage {
  const i = args.indexOf("--lang");
  return i >= 0 && (args[i + 1] ?? "").toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** A number typed on the command line: digits, one point, no sign or exponent ("1.2", "70"). */
function numberOf(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * Parses the arguments after `peakstock`.
 * @example parseArgs(["plan", "book.xlsx", "--lang", "zh-CN"]) // { command: "plan", input: "book.xlsx", output: "book-plan.xlsx", inPlace: false, language: "zh-CN", overwriteNotes: false, ignoreSavedSettings: false, chartSkus: 10 }
 * @example parseArgs(["replay", "book.xlsx", "--event", "2025-11-28", "--days-ahead", "60"]) // { command: "replay", output: "book-replay.xlsx", edition: "2025-11-28", daysAhead: 60, … }
 * @example parseArgs(["watch", "book.xlsx", "--sales-sheet", "Actuals"]) // { command: "watch", output: "book-watch.xlsx", salesSheet: "Actuals", … }
 * @returns the command, or a message for stderr
 */
export function parseArgs(args: readonly string[]): CliCommand | string {
  const t = cliText(languageOf(args));
  const command = args[0];
  if (!isCommand(command)) return t.usage;
  let input: string | undefined;
  let out: string | undefined;
  let inPlace = false;
  let overwriteNotes = false;
  let ignoreSavedSettings = false;
  let growth: number | undefined;
  let edition: string | undefined;
  let daysAhead: number | undefined;
  let chartSkus = DEFAULT_CHART_SKUS;
  let salesSheet: string | undefined;
  let shipmentFiles: string | undefined;
  let language: OutputLanguage = "en";
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => {
      const v = args[++i];
      return v === undefined || v.startsWith("--") ? undefined : v;
    };
    if (a === "--out") {
      out = value();
      if (out === undefined) return `${t.outNeedsName}\n${t.usage}`;
    } else if (a === "--in-place") inPlace = true;
    else if (a === "--overwrite-notes") overwriteNotes = true;
    else if (a === "--ignore-saved-settings") ignoreSavedSettings = true;
    else if (OPTION_COMMANDS[a] !== undefined && !OPTION_COMMANDS[a].includes(command)) return `${t.notAnOptionOf(a, OPTION_COMMANDS[a], command)}\n${t.usage}`;
    else if (a === "--growth") {
      const v = value();
      growth = numberOf(v);
      if (growth === undefined || growth <= 0 || growth > INPUT_LIMITS.multiplier) return `${t.badGrowth(v ?? "")}\n${t.usage}`;
    } else if (a === "--charts") {
      const v = args[++i] ?? "";
      chartSkus = /^\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
      if (!(chartSkus <= MAX_CHART_SKUS)) return `${t.badCharts}\n${t.usage}`;
    } else if (a === "--event") {
      const v = value();
      if (v === undefined || v.trim() === "") return `${t.eventNeedsValue}\n${t.usage}`;
      edition = v;
    } else if (a === "--days-ahead") {
      const v = value();
      daysAhead = numberOf(v);
      if (daysAhead === undefined || !Number.isInteger(daysAhead) || daysAhead < 1 || daysAhead > INPUT_LIMITS.days) return `${t.badDaysAhead(v ?? "")}\n${t.usage}`;
    } else if (a === "--shipment-files") {
      shipmentFiles = value();
      if (shipmentFiles === undefined) return `${t.shipmentFilesNeedsFolder}\n${t.usage}`;
    } else if (a === "--sales-sheet") {
      const v = value();
      if (v === undefined || v.trim() === "") return `${t.salesSheetNeedsName}\n${t.usage}`;
      salesSheet = v;
    } else if (a === "--lang") {
      const v = (args[++i] ?? "").toLowerCase();
      if (v !== "en" && v !== "zh-cn" && v !== "zh") return `${t.badLanguage}\n${t.usage}`;
      language = v === "en" ? "en" : "zh-CN";
    } else if (a.startsWith("--")) return `${t.unknownOption(a)}\n${t.usage}`;
    else if (input === undefined) input = a;
    else return `${t.unexpected(a)}\n${t.usage}`;
  }
  if (!input) return t.usage;
  const output = chooseOutputPath(input, out, inPlace, command);
  if (typeof output !== "string") return output.problem === "outIsInput" ? t.outIsInput(input) : t.outAndInPlace;
  const common: CommonCommand = { input, output, inPlace: output === input, language, overwriteNotes, ignoreSavedSettings, ...(growth !== undefined ? { growth } : {}) };
  if (command === "plan") return { command, ...common, chartSkus, ...(shipmentFiles !== undefined ? { shipmentFiles } : {}) };
  if (command === "watch") return { command, ...common, ...(salesSheet !== undefined ? { salesSheet } : {}) };
  return { command, ...common, ...(edition !== undefined ? { edition } : {}), ...(daysAhead !== undefined ? { daysAhead } : {}) };
}
