/**
 * The arguments of `peakstock plan`, parsed: the input, where to write, the language.
 */
import { DEFAULT_CHART_SKUS } from "../engine/plan/chartsTable";
import type { OutputLanguage } from "../excel/workbookPort";
import { chooseOutputPath } from "./outputPath";
import { cliText } from "./cliText";

/** What the command line was asked to do. */
export interface PlanCommand {
  readonly input: string;
  /** The file to write: `book-plan.xlsx` beside the input unless `--out` or `--in-place` say otherwise. */
  readonly output: string;
  /** True when the output is the input (`--in-place`). */
  readonly inPlace: boolean;
  readonly language: OutputLanguage;
  /** True with `--overwrite-notes`: a re-run may write over notes where PeakStock's tables grow. */
  readonly overwriteNotes: boolean;
  /** How many of the costliest SKUs the Charts sheet charts (`--charts`, default 10; 0 = no Charts sheet). */
  readonly chartSkus: number;
  /** With `--shipment-files <folder>`: where to write one Send to Amazon upload file per FBA shipment. */
  readonly shipmentFiles?: string;
}

/** Most SKUs `--charts` may ask for: each is a chart part and about 180 rows. */
const MAX_CHART_SKUS = 100;

/** The language asked for with `--lang`, found before the rest is parsed (so usage errors speak it too). */
function languageOf(args: readonly string[]): OutputLanguage {
  const i = args.indexOf("--lang");
  return i >= 0 && (args[i + 1] ?? "").toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * Parses the arguments after `peakstock`.
 * @example parseArgs(["plan", "book.xlsx", "--lang", "zh-CN"]) // { input: "book.xlsx", output: "book-plan.xlsx", inPlace: false, language: "zh-CN", overwriteNotes: false, chartSkus: 10 }
 * @returns the command, or a message for stderr
 */
export function parseArgs(args: readonly string[]): PlanCommand | string {
  const t = cliText(languageOf(args));
  if (args[0] !== "plan") return t.usage;
  let input: string | undefined;
  let out: string | undefined;
  let inPlace = false;
  let overwriteNotes = false;
  let chartSkus = DEFAULT_CHART_SKUS;
  let shipmentFiles: string | undefined;
  let language: OutputLanguage = "en";
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === "--out") {
      out = args[++i];
      if (out === undefined || out.startsWith("--")) return `${t.outNeedsName}\n${t.usage}`;
    } else if (a === "--shipment-files") {
      shipmentFiles = args[++i];
      if (shipmentFiles === undefined || shipmentFiles.startsWith("--")) return `${t.shipmentFilesNeedsFolder}\n${t.usage}`;
    } else if (a === "--in-place") inPlace = true;
    else if (a === "--overwrite-notes") overwriteNotes = true;
    else if (a === "--charts") {
      const value = args[++i] ?? "";
      chartSkus = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
      if (!(chartSkus <= MAX_CHART_SKUS)) return `${t.badCharts}\n${t.usage}`;
    }
    else if (a === "--lang") {
      const value = (args[++i] ?? "").toLowerCase();
      if (value !== "en" && value !== "zh-cn" && value !== "zh") return `${t.badLanguage}\n${t.usage}`;
      language = value === "en" ? "en" : "zh-CN";
    } else if (a.startsWith("--")) return `${t.unknownOption(a)}\n${t.usage}`;
    else if (input === undefined) input = a;
    else return `${t.unexpected(a)}\n${t.usage}`;
  }
  if (!input) return t.usage;
  const output = chooseOutputPath(input, out, inPlace);
  if (typeof output !== "string") return output.problem === "outIsInput" ? t.outIsInput(input) : t.outAndInPlace;
  return { input, output, inPlace: output === input, language, overwriteNotes, chartSkus, ...(shipmentFiles !== undefined ? { shipmentFiles } : {}) };
}
