/**
 * The command-line size benchmark's baseline: open an .xlsx file with
 * PeakStock's reader and read every sheet into a grid, nothing else.
 *   node --import tsx bench/readWorkbook.ts <book.xlsx>
 */
import { XlsxWorkbook } from "../src/excel/xlsxWorkbook";

async function main(path: string): Promise<void> {
  const book = await XlsxWorkbook.open(path);
  let cells = 0;
  for (const name of await book.sheetNames()) {
    const grid = await book.readSheet(name);
    cells += grid.length * (grid[0]?.length ?? 0);
  }
  process.stdout.write(`${cells} cells\n`);
}

main(process.argv[2] ?? "").catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
