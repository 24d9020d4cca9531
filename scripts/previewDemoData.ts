/**
 * The browser preview's demo data: `examples/peakstock-demo.xlsx` as JSON
 * (`PreviewData`, src/preview/previewData.ts), made at build time so the
 * preview needs neither exceljs nor the .xlsx in the browser. Values come from
 * `XlsxWorkbook.readSheet`, the same reader the command line and the e2e tests'
 * expected plan use, so the page plans on exactly the grids Node does; number
 * formats (which cells are dates, money, percents) come from the cells' Excel
 * number formats.
 *
 *   node --import tsx scripts/previewDemoData.ts [in.xlsx] [out.json]   # default: the demo, to stdout
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Workbook } from "exceljs";
import type { CellFormat } from "../src/engine/plan/outputTable";
import { XlsxWorkbook } from "../src/excel/xlsxWorkbook";
import type { PreviewData, PreviewSheet, SheetFormats } from "../src/preview/previewData";

/** The demo workbook, relative to the repository. */
export const DEMO_WORKBOOK = "examples/peakstock-demo.xlsx";

/**
 * The preview format of an Excel number format, or null for General.
 * @example cellFormatOf("yyyy-mm-dd") // "date"
 * @example cellFormatOf("$#,##0.00") // "currency"
 * @example cellFormatOf("0.0%") // "percent"
 */
export function cellFormatOf(numFmt: string | undefined): CellFormat | null {
  if (numFmt === undefined || numFmt === "" || /^general$/i.test(numFmt)) return null;
  const bare = numFmt.replace(/"[^"]*"|\\./g, ""); // quoted literals and escaped characters say nothing
  if (bare === "@") return "text";
  if (/[ymd]/i.test(bare)) return "date";
  if (bare.includes("%")) return "percent";
  if (/[$¥€£]/.test(bare)) return "currency";
  if (/[0#]\.[0#]/.test(bare)) return "decimal";
  if (/[0#]/.test(bare)) return "integer";
  return null;
}

/** The formats of a sheet's numeric cells: each column's most common one, the others as exceptions. */
function sheetFormats(rows: readonly (readonly unknown[])[], formatAt: (row: number, column: number) => CellFormat | null): SheetFormats {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const columns: (CellFormat | null)[] = [];
  const cells: [number, number, CellFormat][] = [];
  for (let c = 1; c <= width; c++) {
    const found: { row: number; format: CellFormat | null }[] = [];
    for (let r = 2; r <= rows.length; r++) {
      if (typeof rows[r - 1][c - 1] === "number") found.push({ row: r, format: formatAt(r, c) });
    }
    const counts = new Map<CellFormat | null, number>();
    for (const f of found) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
    let common: CellFormat | null = null;
    let most = 0;
    for (const [format, count] of counts) {
      if (count > most) [common, most] = [format, count];
    }
    columns.push(common);
    for (const f of found) {
      if (f.format !== common && f.format !== null) cells.push([f.row, c, f.format]);
    }
  }
  // General cells in a formatted column would take the column's format: say so per cell.
  for (let c = 1; c <= width; c++) {
    const common = columns[c - 1];
    if (common === null) continue;
    for (let r = 2; r <= rows.length; r++) {
      if (typeof rows[r - 1][c - 1] === "number" && formatAt(r, c) === null) cells.push([r, c, "decimal"]);
    }
  }
  while (columns.length > 0 && columns[columns.length - 1] === null) columns.pop();
  return { columns, cells };
}

/**
 * The workbook at `path` as preview data: every sheet (hidden settings sheet
 * excepted) in tab order, values as `readSheet` gives them.
 * @example (await previewDataFromXlsx("examples/peakstock-demo.xlsx")).sheets.map((s) => s.name)
 * // ["About", "SKUs", "Sales", "Lanes", "Event"]
 */
export async function previewDataFromXlsx(path: string, source: string = path): Promise<PreviewData> {
  const book = await XlsxWorkbook.open(path);
  const styled = new Workbook();
  await styled.xlsx.readFile(path);
  const sheets: PreviewSheet[] = [];
  for (const name of await book.sheetNames()) {
    const rows = await book.readSheet(name);
    const sheet = styled.getWorksheet(name);
    const formatAt = (row: number, column: number): CellFormat | null => cellFormatOf(sheet?.getCell(row, column).numFmt);
    sheets.push({ name, rows, formats: sheetFormats(rows, formatAt) });
  }
  return { source, sheets };
}

async function main(): Promise<void> {
  const [input = DEMO_WORKBOOK, output] = process.argv.slice(2);
  const data = await previewDataFromXlsx(resolve(input), input);
  const json = JSON.stringify(data);
  if (output) writeFileSync(output, json);
  else process.stdout.write(json);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
