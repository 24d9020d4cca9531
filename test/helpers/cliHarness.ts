/**
 * What the command line's tests share: a fresh temporary folder per test, an .xlsx written from
 * plain sheets, and `main` run in-process with its output captured.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { main } from "../../src/cli/peakstock";

/** Sheets by name, each a grid of rows (what a test's workbook holds). */
export type Sheets = Record<string, unknown[][]>;

/**
 * Gives each test a new folder under the system's temporary folder (removed after it): `use` is
 * called with its path before each test.
 * @example let dir = ""; useTempDir("peakstock-cli-", (made) => (dir = made));
 */
export function useTempDir(prefix: string, use: (dir: string) => void): void {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    use(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Writes `sheets` as an .xlsx workbook (exceljs, as a seller's spreadsheet program would) to `file`.
 * @returns the file's path
 */
export async function writeXlsx(file: string, sheets: Sheets): Promise<string> {
  const book = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  await book.xlsx.writeFile(file);
  return file;
}

/**
 * Runs `peakstock <args>` in-process.
 * @returns its exit code and what it wrote to stdout and stderr
 */
export async function runCli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
