/**
 * `peakstock plan <in.xlsx> [--out <out.xlsx>] [--lang zh-CN]`: plans the event
 * of a workbook and writes the output sheets (Plan, Batches, CashFlow, Alerts,
 * Forecast), leaving every input sheet untouched. Bad input stops with a message
 * naming sheet, row and column, exit code 2, and writes nothing.
 */
import { XlsxWorkbook } from "../excel/xlsxWorkbook";
import { runPlan } from "../excel/runPlan";
import type { OutputLanguage } from "../excel/workbookPort";
import { helpLanguage, helpText, wantsHelp } from "./help";
import { summaryLines, summaryText } from "./summary";

const USAGE = "usage: peakstock plan <in.xlsx> [--out <out.xlsx>] [--lang en|zh-CN]";

/** What the command line was asked to do. */
export interface PlanCommand {
  readonly input: string;
  readonly output: string;
  readonly language: OutputLanguage;
}

/**
 * Parses the arguments after `peakstock`.
 * @example parseArgs(["plan", "book.xlsx", "--lang", "zh-CN"]) // { input: "book.xlsx", output: "book.xlsx", language: "zh-CN" }
 * @returns the command, or a message for stderr
 */
export function parseArgs(args: readonly string[]): PlanCommand | string {
  if (args[0] !== "plan") return USAGE;
  let input: string | undefined;
  let output: string | undefined;
  let language: OutputLanguage = "en";
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === "--out") output = args[++i];
    else if (a === "--lang") {
      const value = (args[++i] ?? "").toLowerCase();
      if (value !== "en" && value !== "zh-cn" && value !== "zh") return `--lang must be en or zh-CN\n${USAGE}`;
      language = value === "en" ? "en" : "zh-CN";
    } else if (a.startsWith("--")) return `unknown option ${a}\n${USAGE}`;
    else if (input === undefined) input = a;
    else return `unexpected argument ${a}\n${USAGE}`;
  }
  if (!input) return USAGE;
  if (output === undefined && args.includes("--out")) return `--out needs a file name\n${USAGE}`;
  return { input, output: output ?? input, language };
}

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

/**
 * Runs the command line; resolves to the exit code (0 done or help shown, 2 bad input or usage, 1 unexpected failure).
 * @example await main(["plan", "examples/peakstock-demo.xlsx", "--out", "plan.xlsx"]) // 0
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
  let book: XlsxWorkbook;
  try {
    book = await XlsxWorkbook.open(command.input);
  } catch (error) {
    io.err(`Cannot open ${command.input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let showBar = false;
  const run = await runPlan(book, {
    language: command.language,
    onProgress: (done, total) => {
      if (total < 200) return;
      showBar = true;
      if (done === total || done % 50 === 0) io.err(progressBar(done, total));
    },
  });
  if (showBar) io.err("\n");
  if (!run.ok) {
    io.err(`${command.input}: ${run.error.message}\n`);
    return 2;
  }
  await book.save(command.output);
  const lines = summaryLines(run.value, run.value.policy.name, command.language);
  io.out(`${[...lines, summaryText(command.language).saved(command.output)].join("\n")}\n`);
  return 0;
}
