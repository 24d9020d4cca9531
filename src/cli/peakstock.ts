/**
 * `peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--shipment-files <folder>] [--lang zh-CN]`:
 * plans the event of a workbook and writes the output sheets (Plan, Batches, CashFlow,
 * Alerts, Forecast, and Charts: native line charts of the costliest SKUs) into
 * `book-plan.xlsx` beside it (or `--out`, or the input itself with `--in-place`), every
 * other part of the workbook kept.
 * `peakstock replay <in.xlsx> [--event …] [--days-ahead n]` replays a past edition
 * of the event on the book's own history and writes the Replay sheet
 * (`book-replay.xlsx`). `peakstock watch <in.xlsx> [--sales-sheet name]` checks the sales
 * since the plan date against the plan made again from the book and writes the Watch sheet
 * (`book-watch.xlsx`). All three plan with the settings the task pane stored in the
 * workbook when it has them (`--ignore-saved-settings` uses the sheets).
 * Bad input stops with a message naming sheet, row and column, exit code 2,
 * and writes nothing; a file that cannot be read or saved gets a plain message.
 */
import type { EngineError } from "../engine/errors";
import type { MessageParam } from "../engine/messages/messageText";
import { errorText } from "../engine/errorText";
import { runPlan } from "../excel/runPlan";
import { runReplay } from "../excel/runReplay";
import { savedSettings } from "../excel/savedSettings";
import { fileProblemMessage } from "../excel/xlsx/fileMessages";
import { WorkbookFileError } from "../excel/xlsx/fileProblem";
import { XlsxWorkbook } from "../excel/xlsxWorkbook";
import type { InputSheetNames } from "../engine/plan/readBookInputs";
import type { EventPolicy, Lane } from "../engine/plan/types";
import { runWatch } from "../excel/runWatch";
import type { OutputLanguage } from "../excel/workbookPort";
import { parseArgs, type CliCommand, type PlanCommand, type ReplayCommand, type WatchCommand } from "./args";
import { cliText } from "./cliText";
import { helpLanguage, helpText, wantsHelp } from "./help";
import { replaySummaryLines, replaySummaryText } from "./replaySummary";
import { settingsLines } from "./settingsSummary";
import { writeShipmentFiles } from "./shipmentFiles";
import { summaryLines, summaryText } from "./summary";
import { watchStopText, watchSummaryLines, watchSummaryText } from "./watchSummary";

export { parseArgs, type CliCommand, type PlanCommand, type ReplayCommand, type WatchCommand } from "./args";

/** A one-line progress bar for stderr. */
function progressBar(done: number, total: number, unit: string): string {
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  return `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${unit}`;
}

/** Streams the command writes to; injectable for tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** The message for an error thrown while reading, planning or saving: a file problem in `language`, else its text. */
function messageOf(error: unknown, language: string): { text: string; code: number } {
  if (error instanceof WorkbookFileError) return { text: fileProblemMessage(error.file, error.problem, language), code: 2 };
  return { text: cliText(language).unexpectedFailure(error instanceof Error ? error.message : String(error)), code: 1 };
}

/** A progress listener that draws a bar on stderr for long runs; `shown()` says whether it drew. */
function progress(io: Io, unit: string, minimum: number): { onProgress: (done: number, total: number) => void; shown: () => boolean } {
  let drawn = false;
  return {
    onProgress: (done, total) => {
      if (total < minimum) return;
      drawn = true;
      if (done === total || done % 50 === 0 || total < 50) io.err(progressBar(done, total, unit));
    },
    shown: () => drawn,
  };
}

/**
 * What a command did, for the summary: its lines and where it saved, and work to do once the workbook
 * is saved (files beside it: the result's line, or throws); or the message for stderr (nothing saved).
 */
type Done =
  | { readonly ok: true; readonly lines: readonly string[]; readonly saved: string; readonly afterSave?: () => string }
  | { readonly ok: false; readonly message: string };

/** The options every pipeline takes: the language, notes, progress and the settings to plan with. */
interface CommonOptions {
  readonly language: OutputLanguage;
  readonly overwriteNotes: boolean;
  readonly onProgress: (done: number, total: number) => void;
  readonly policy?: EventPolicy;
  readonly lanes?: readonly Lane[];
  readonly sources?: InputSheetNames;
  readonly growth?: number;
}

/** The file saved, in the summary's words: `input` is left unchanged unless written in place. */
const savedAs = (command: CliCommand): { file: string; input: string | null } => ({ file: command.output, input: command.inPlace ? null : command.input });

/**
 * `peakstock plan` on an event that started by its plan date: nothing can be shipped for it, so the
 * edition is replayed instead (planned as far ahead as a replay plans, on the sales that followed) and
 * the Replay sheet written, its summary opened by a line saying so. When the sales do not cover its
 * window (a PlanDate typed a year late, say) the plan stops as before, with the replay's reason added.
 */
async function replayInstead(book: XlsxWorkbook, command: PlanCommand, options: CommonOptions, started: EngineError): Promise<Done> {
  const params = started.text?.params ?? {};
  const zh = command.language.toLowerCase().startsWith("zh");
  const plain = (p: MessageParam | undefined): string => (typeof p === "string" ? p : typeof p === "object" && "quoted" in p ? (zh ? `“${p.quoted}”` : `'${p.quoted}'`) : "");
  const [event, start, planDate] = [params.event, params.start, params.planDate].map(plain);
  const run = await runReplay(book, { ...options, edition: start });
  const text = cliText(command.language);
  if (!run.ok) return { ok: false, message: `${errorText(started, command.language)}.${text.cannotReplayEither(errorText(run.error, command.language))}` };
  const { file, input } = savedAs(command);
  return {
    ok: true,
    lines: [text.replayedInstead(event, start, planDate), ...replaySummaryLines(run.value, command.language)],
    saved: replaySummaryText(command.language).saved(file, input),
  };
}

/** `peakstock plan`: runPlan, then its summary; an event already started is replayed instead ({@link replayInstead}). */
async function plan(book: XlsxWorkbook, command: PlanCommand, options: CommonOptions): Promise<Done> {
  const run = await runPlan(book, { ...options, chartSkus: command.chartSkus });
  if (!run.ok && run.error.text?.key === "eventAlreadyStarted") return replayInstead(book, command, options, run.error);
  if (!run.ok) return { ok: false, message: errorText(run.error, command.language) };
  const { file, input } = savedAs(command);
  const folder = command.shipmentFiles;
  const packing = run.value.plan.packing;
  return {
    ok: true,
    lines: summaryLines(run.value, run.value.policy.name, command.language),
    saved: summaryText(command.language).saved(file, input),
    ...(folder !== undefined ? { afterSave: () => summaryText(command.language).shipmentFiles(writeShipmentFiles(folder, packing).length, folder) } : {}),
  };
}

/** `peakstock replay`: runReplay on the edition asked for, then its summary. */
async function replay(book: XlsxWorkbook, command: ReplayCommand, options: CommonOptions): Promise<Done> {
  const run = await runReplay(book, { ...options, ...(command.edition !== undefined ? { edition: command.edition } : {}), ...(command.daysAhead !== undefined ? { daysAhead: command.daysAhead } : {}) });
  if (!run.ok) return { ok: false, message: errorText(run.error, command.language) };
  const { file, input } = savedAs(command);
  return { ok: true, lines: replaySummaryLines(run.value, command.language), saved: replaySummaryText(command.language).saved(file, input) };
}

/**
 * `peakstock watch`: runWatch with no plan (planned again from the book, not written) on the sheet of
 * sales to date asked for (`--sales-sheet`, else the one the task pane stored, else a SalesToDate sheet,
 * else Sales), then its summary. A sheet with no day since the plan date, or sales that reach the
 * event's end, leave nothing to watch: a message, nothing saved.
 */
async function watch(book: XlsxWorkbook, command: WatchCommand, options: CommonOptions, storedSheet: string | undefined): Promise<Done> {
  const salesSheet = command.salesSheet ?? storedSheet;
  const run = await runWatch(book, { ...options, ...(salesSheet !== undefined ? { salesSheet } : {}) });
  if (!run.ok) return { ok: false, message: errorText(run.error, command.language) };
  const { outcome } = run.value;
  if (outcome.kind !== "report") return { ok: false, message: watchStopText(outcome, command.language) ?? "" };
  const { file, input } = savedAs(command);
  return { ok: true, lines: watchSummaryLines(run.value, outcome.report, command.language), saved: watchSummaryText(command.language).saved(file, input) };
}

/** Runs one command on its workbook: the stored settings, the pipeline, the save and the summary; resolves to the exit code. */
async function runCommand(command: CliCommand, io: Io, bar: ReturnType<typeof progress>): Promise<number> {
  const { input, output, language } = command;
  const book = await XlsxWorkbook.open(input);
  const settings = await savedSettings(book, command.ignoreSavedSettings);
  if (!settings.ok) {
    io.err(`${input}: ${cliText(language).savedSettingsUnreadable(errorText(settings.error, language))}\n`);
    return 2;
  }
  const options: CommonOptions = {
    language,
    overwriteNotes: command.overwriteNotes,
    onProgress: bar.onProgress,
    ...(settings.policy ? { policy: settings.policy } : {}),
    ...(settings.lanes ? { lanes: settings.lanes } : {}),
    ...(settings.sources ? { sources: settings.sources } : {}),
    ...(command.growth !== undefined ? { growth: command.growth } : {}),
  };
  const done =
    command.command === "plan" ? await plan(book, command, options)
    : command.command === "replay" ? await replay(book, command, options)
    : await watch(book, command, options, settings.watchSheet);
  if (bar.shown()) io.err("\n");
  if (!done.ok) {
    io.err(`${input}: ${done.message}\n`);
    return 2;
  }
  await book.save(output);
  const lines = [...done.lines, ...settingsLines(settings.origin, command.growth, language), done.saved];
  if (done.afterSave) {
    try {
      lines.push(done.afterSave());
    } catch (error) {
      io.out(`${lines.join("\n")}\n`);
      const folder = command.command === "plan" ? command.shipmentFiles ?? "" : "";
      io.err(`${cliText(language).shipmentFilesFailed(folder, error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
  }
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

/**
 * Runs the command line; resolves to the exit code (0 done or help shown, 2 bad input, a
 * file it cannot read or save, or usage; 1 unexpected failure). Never throws.
 * @example await main(["plan", "examples/peakstock-demo.xlsx"]) // 0, writes examples/peakstock-demo-plan.xlsx
 * @example await main(["replay", "examples/peakstock-demo.xlsx", "--event", "2025"]) // 0, writes examples/peakstock-demo-replay.xlsx
 * @example await main(["watch", "book.xlsx"]) // 0, writes book-watch.xlsx with the Watch sheet
 */
export async function main(args: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  if (wantsHelp(args)) {
    io.out(helpText(helpLanguage(args)));
    return 0;
  }
  const command = parseArgs(args);
  if (typeof command === "string") {
    io.err(`${command}\n`);
    return 2;
  }
  // A replay reports per policy and destination (a few steps of seconds each): a bar only on a terminal.
  const bar = command.command === "replay" ? progress(io, "policy replays", io === PROCESS_IO && process.stderr.isTTY ? 1 : Infinity) : progress(io, "SKUs", 200);
  try {
    return await runCommand(command, io, bar);
  } catch (error) {
    if (bar.shown()) io.err("\n");
    const { text, code } = messageOf(error, command.language);
    io.err(`${text}\n`);
    return code;
  }
}
