/**
 * Where `peakstock plan` writes: `book-plan.xlsx` beside the input by default (`peakstock
 * replay`: `book-replay.xlsx`, `peakstock watch`: `book-watch.xlsx`),
 * `--out <path>` elsewhere, over the input only with `--in-place`. Refuses
 * `--out` naming the input itself (also through another spelling of the same
 * file) unless `--in-place` says so.
 */
import { statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";

/** The command whose output is named: its name goes into the default file name. */
export type OutputCommand = "plan" | "replay" | "watch";

/**
 * The default output path: the input's name with "-plan" (or "-replay", "-watch": the command) before the extension, in the same folder.
 * @example defaultOutputPath("data/book.xlsx") // "data/book-plan.xlsx"
 * @example defaultOutputPath("book") // "book-plan.xlsx"
 * @example defaultOutputPath("book.xlsx", "replay") // "book-replay.xlsx"
 */
export function defaultOutputPath(input: string, command: OutputCommand = "plan"): string {
  const ext = extname(input);
  const stem = basename(input, ext);
  return join(dirname(input), `${stem}-${command}${ext === "" ? ".xlsx" : ext}`);
}

/**
 * True when two paths name the same file: equal once resolved, or (when both
 * exist) the same file on disk — a case-insensitive disk, a link.
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

/** Why the output path cannot be used, for the caller to word. */
export type OutputPathProblem = "outIsInput" | "outAndInPlace";

/**
 * The path to write, or the problem.
 * @example chooseOutputPath("book.xlsx", undefined, false) // "book-plan.xlsx"
 * @example chooseOutputPath("book.xlsx", undefined, true) // "book.xlsx"
 * @example chooseOutputPath("book.xlsx", "./book.xlsx", false) // { problem: "outIsInput" }
 */
export function chooseOutputPath(input: string, out: string | undefined, inPlace: boolean, command: OutputCommand = "plan"): string | { problem: OutputPathProblem } {
  if (inPlace) return out === undefined || sameFile(out, input) ? input : { problem: "outAndInPlace" };
  if (out === undefined) return defaultOutputPath(input, command);
  return sameFile(out, input) ? { problem: "outIsInput" } : out;
}
