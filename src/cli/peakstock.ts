/**
 * `peakstock plan <in.xlsx> [--out <out.xlsx> | --in-place] [--charts <n>] [--shipment-files <folder>] [--lang zh-CN]`:
 * plans the event of a workbook and writes the output sheets (Plan, Batches,
 * CashFlow, Alerts, Forecast, and Charts: native line charts of the costliest SKUs) into `book-plan.xlsx` beside it (or `--out`, or
 * the input itself with `--in-place`), every other part of the workbook kept.
 * Bad input stops with a message naming sheet, row and column, exit code 2,
 * and writes nothing; a file that cannot be read or saved gets a plain message.
 */
import { errorText } from "../engine/errorText";
import { runPlan } from "../excel/runPlan";
import { fileProblemMessage } from "../excel/xlsx/fileMessages";
import { WorkbookFileError } from "../excel/xlsx/fileProblem";
import { XlsxWorkbook } from "../excel/xlsxWorkbook";
import { parseArgs } from "./args";
import { cliText } from "./cliText";
import { helpLanguage, helpText, wantsHelp } from "./help";
import { writeShipmentFiles } from "./shipmentFiles";
import { summaryLines, summaryText } from "./summary";

export { parseArgs, type PlanCommand } from "./args";

/** A one-line progress bar for stderr. */
function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  return `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} SKUs`;
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

/**
 * Runs the command line; resolves to the exit code (0 done or help shown, 2 bad input, a
 * file it cannot read or save, or usage; 1 unexpected failure). Never throws.
 * @example await main(["plan", "examples/peakstock-demo.xlsx"]) // 0, writes examples/peakstock-demo-plan.xlsx
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
  const { input, output, language } = command;
  let showBar = false;
  try {
    const book = await XlsxWorkbook.open(input);
    const run = await runPlan(book, {
      language,
      overwriteNotes: command.overwriteNotes,
      chartSkus: command.chartSkus,
      onProgress: (done, total) => {
        if (total < 200) return;
        showBar = true;
        if (done === total || done % 50 === 0) io.err(progressBar(done, total));
      },
    });
    if (showBar) io.err("\n");
    if (!run.ok) {
      io.err(`${input}: ${errorText(run.error, language)}\n`);
      return 2;
    }
    await book.save(output);
    const lines = summaryLines(run.value, run.value.policy.name, language);
    lines.push(summaryText(language).saved(output, command.inPlace ? null : input));
    if (command.shipmentFiles !== undefined) {
      try {
        lines.push(summaryText(language).shipmentFiles(writeShipmentFiles(command.shipmentFiles, run.value.plan.packing).length, command.shipmentFiles));
      } catch (error) {
        io.out(`${lines.join("\n")}\n`);
        io.err(`${cliText(language).shipmentFilesFailed(command.shipmentFiles, error instanceof Error ? error.message : String(error))}\n`);
        return 2;
      }
    }
    io.out(`${lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    if (showBar) io.err("\n");
    const { text, code } = messageOf(error, language);
    io.err(`${text}\n`);
    return code;
  }
}
