/**
 * `peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--lang zh-CN]`:
 * plans the event of a workbook and writes the output sheets (Plan, Batches,
 * CashFlow, Alerts, Forecast, and Charts: native line charts of the costliest SKUs) into `book-plan.xlsx` beside it (or `--out`, or
 * the input itself with `--in-place`), every other part of the workbook kept.
 * `peakstock replay <in.xlsx> [--event …] [--days-ahead n]` replays a past edition
 * of the event on the book's own history and writes the Replay sheet
 * (`book-replay.xlsx`). Both plan with the settings the task pane stored in the
 * workbook when it has them (`--ignore-saved-settings` uses the sheets).
 * Bad input stops with a message naming sheet, row and column, exit code 2,
 * and writes nothing; a file that cannot be read or saved gets a plain message.
 */
import { errorText } from "../engine/errorText";
import { runPlan } from "../excel/runPlan";
import { runReplay } from "../excel/runReplay";
import { savedSettings } from "../excel/savedSettings";
import { fileProblemMessage } from "../excel/xlsx/fileMessages";
import { WorkbookFileError } from "../excel/xlsx/fileProblem";
import { XlsxWorkbook } from "../excel/xlsxWorkbook";
import { parseArgs, type CliCommand } from "./args";
import { cliText } from "./cliText";
import { helpLanguage, helpText, wantsHelp } from "./help";
import { replaySummaryLines, replaySummaryText } from "./replaySummary";
import { settingsLines } from "./settingsSummary";
import { summaryLines, summaryText } from "./summary";

export { parseArgs, type CliCommand, type PlanCommand, type ReplayCommand } from "./args";

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

/** Runs one command on its workbook; resolves to the exit code. */
async function runCommand(command: CliCommand, io: Io, bar: ReturnType<typeof progress>): Promise<number> {
  const { input, output, language } = command;
  const book = await XlsxWorkbook.open(input);
  const settings = await savedSettings(book, command.ignoreSavedSettings);
  if (!settings.ok) {
    io.err(`${input}: ${cliText(language).savedSettingsUnreadable(errorText(settings.error, language))}\n`);
    return 2;
  }
  const options = {
    language,
    overwriteNotes: command.overwriteNotes,
    onProgress: bar.onProgress,
    ...(settings.policy ? { policy: settings.policy } : {}),
    ...(settings.lanes ? { lanes: settings.lanes } : {}),
    ...(settings.sources ? { sources: settings.sources } : {}),
    ...(command.growth !== undefined ? { growth: command.growth } : {}),
  };
  const said = settingsLines(settings.origin, command.growth, language);
  if (command.command === "replay") {
    const run = await runReplay(book, { ...options, ...(command.edition !== undefined ? { edition: command.edition } : {}), ...(command.daysAhead !== undefined ? { daysAhead: command.daysAhead } : {}) });
    if (bar.shown()) io.err("\n");
    if (!run.ok) {
      io.err(`${input}: ${errorText(run.error, language)}\n`);
      return 2;
    }
    await book.save(output);
    io.out(`${[...replaySummaryLines(run.value, language), ...said, replaySummaryText(language).saved(output, command.inPlace ? null : input)].join("\n")}\n`);
    return 0;
  }
  const run = await runPlan(book, { ...options, chartSkus: command.chartSkus });
  if (bar.shown()) io.err("\n");
  if (!run.ok) {
    io.err(`${input}: ${errorText(run.error, language)}\n`);
    return 2;
  }
  await book.save(output);
  const lines = summaryLines(run.value, run.value.policy.name, language);
  io.out(`${[...lines, ...said, summaryText(language).saved(output, command.inPlace ? null : input)].join("\n")}\n`);
  return 0;
}

/**
 * Runs the command line; resolves to the exit code (0 done or help shown, 2 bad input, a
 * file it cannot read or save, or usage; 1 unexpected failure). Never throws.
 * @example await main(["plan", "examples/peakstock-demo.xlsx"]) // 0, writes examples/peakstock-demo-plan.xlsx
 * @example await main(["replay", "examples/peakstock-demo.xlsx", "--event", "2025"]) // 0, writes examples/peakstock-demo-replay.xlsx
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
