/**
 * The command-line size benchmark's workbooks, generated in the same run: a
 * long Sales sheet of about 1,000,000 rows with all six columns (Date, SKU,
 * Units, Marketplace, Revenue, OnHand) and a wide one of 5,000 SKUs × 730
 * days, each with matching SKUs and Event sheets. Written the way Excel
 * writes: text in the shared string table, dates as serials in a date style.
 * Uses PeakStock's own zip writer (`src/excel/xlsx`), so generating a
 * workbook takes seconds, not the minutes a general library needs.
 */
import { open } from "node:fs/promises";
import { serialFromYmd } from "../src/engine/dates";
import { cellXml } from "../src/excel/xlsx/cellXml";
import { packText, type PackedPart } from "../src/excel/xlsx/packedPart";
import { writeZip, type OutputEntry } from "../src/excel/xlsx/zipWriter";
import { escapeXml } from "../src/excel/xlsx/xmlEscape";
import { mulberry32, syntheticSku } from "./prng";

export const PLAN_DATE = serialFromYmd(2026, 9, 15);
export const EVENT_START = serialFromYmd(2026, 11, 27);
export const HISTORY_DAYS = 730;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style 1 shows a date (built-in format 14). */
const DATE_STYLE = 1;

/** Shared strings collected while the sheets are written. */
class StringTable {
  private readonly index = new Map<string, number>();
  readonly strings: string[] = [];

  cell(address: string, text: string): string {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.index.set(text, i);
      this.strings.push(text);
    }
    return `<c r="${address}" t="s"><v>${i}</v></c>`;
  }

  xml(): string {
    return `${DECL}<sst ${NS} count="${this.strings.length}" uniqueCount="${this.strings.length}">${this.strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`;
  }
}

function letters(j: number): string {
  let n = j + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function* sheetXml(rows: Iterable<string>): Generator<string> {
  yield `${DECL}<worksheet ${NS}><sheetData>`;
  yield* rows;
  yield "</sheetData></worksheet>";
}

/** One synthetic SKU: its daily units over the history, unit cost and stock on hand. */
interface SkuData {
  readonly sku: string;
  readonly units: number[];
  readonly cost: number;
}

function skus(count: number): SkuData[] {
  const rand = mulberry32(20260915);
  return Array.from({ length: count }, (_, k) => ({ sku: `SKU-${String(k).padStart(5, "0")}`, units: syntheticSku(rand, HISTORY_DAYS), cost: 2 + Math.round(2000 * rand()) / 100 }));
}

function* longRows(data: readonly SkuData[], strings: StringTable): Generator<string> {
  const first = PLAN_DATE - HISTORY_DAYS;
  yield `<row r="1">${["Date", "SKU", "Units", "Marketplace", "Revenue", "OnHand"].map((h, j) => strings.cell(`${letters(j)}1`, h)).join("")}</row>`;
  let r = 2;
  let piece = "";
  for (let d = 0; d < HISTORY_DAYS; d++) {
    for (const s of data) {
      const units = s.units[d];
      const onHand = Math.max(0, 500 - ((d * 7) % 500));
      piece += `<row r="${r}"><c r="A${r}" s="${DATE_STYLE}"><v>${first + d}</v></c>${strings.cell(`B${r}`, s.sku)}<c r="C${r}"><v>${units}</v></c>` +
        `${strings.cell(`D${r}`, "Amazon US")}<c r="E${r}"><v>${Math.round(units * s.cost * 300) / 100}</v></c><c r="F${r}"><v>${onHand}</v></c></row>`;
      r++;
      if (r % 5000 === 0) {
        yield piece;
        piece = "";
      }
    }
  }
  yield piece;
}

function* wideRows(data: readonly SkuData[], strings: StringTable): Generator<string> {
  const first = PLAN_DATE - HISTORY_DAYS;
  let header = `<row r="1">${strings.cell("A1", "SKU")}`;
  for (let d = 0; d < HISTORY_DAYS; d++) header += `<c r="${letters(d + 1)}1" s="${DATE_STYLE}"><v>${first + d}</v></c>`;
  yield `${header}</row>`;
  const columns = Array.from({ length: HISTORY_DAYS }, (_, d) => letters(d + 1));
  for (let k = 0; k < data.length; k++) {
    const r = k + 2;
    let row = `<row r="${r}">${strings.cell(`A${r}`, data[k].sku)}`;
    for (let d = 0; d < HISTORY_DAYS; d++) row += `<c r="${columns[d]}${r}"><v>${data[k].units[d]}</v></c>`;
    yield `${row}</row>`;
  }
}

function* skuRows(data: readonly SkuData[], strings: StringTable): Generator<string> {
  const headers = ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"];
  yield `<row r="1">${headers.map((h, j) => strings.cell(`${letters(j)}1`, h)).join("")}</row>`;
  let piece = "";
  data.forEach((s, k) => {
    const r = k + 2;
    const mean = s.units.reduce((a, b) => a + b, 0) / s.units.length;
    const values = [s.cost, s.cost * 3, 24, 50, 40, 30, 10, Math.round(mean * 30), 15];
    piece += `<row r="${r}">${strings.cell(`A${r}`, s.sku)}${values.map((v, j) => cellXml(`${letters(j + 1)}${r}`, v, 0)).join("")}</row>`;
  });
  yield piece;
}

function* eventRows(strings: StringTable): Generator<string> {
  const rows: [string, string | number, boolean][] = [
    ["Event", "Black Friday 2026", false],
    ["Start", EVENT_START, true],
    ["End", EVENT_START + 3, true],
    ["PlanDate", PLAN_DATE, true],
    ["PastEventStarts", `${EVENT_START - 364}, ${EVENT_START - 728}`, false],
  ];
  yield rows.map(([key, value, date], i) => {
    const r = i + 1;
    const v = typeof value === "string" ? strings.cell(`B${r}`, value) : `<c r="B${r}" s="${date ? DATE_STYLE : 0}"><v>${value}</v></c>`;
    return `<row r="${r}">${strings.cell(`A${r}`, key)}${v}</row>`;
  }).join("");
}

const STYLES = `${DECL}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Writes a workbook of the named sheets (in order) to `path`. */
async function writeWorkbook(path: string, sheets: readonly [string, (strings: StringTable) => Iterable<string>][]): Promise<void> {
  const strings = new StringTable();
  const parts: [string, PackedPart][] = [];
  for (const [i, [, rows]] of sheets.entries()) parts.push([`xl/worksheets/sheet${i + 1}.xml`, await packText(sheetXml(rows(strings)))]);
  const sheetList = sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const n = sheets.length;
  const small: [string, string][] = [
    ["[Content_Types].xml", `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") + "</Types>"],
    ["_rels/.rels", `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `${DECL}<workbook ${NS}><sheets>${sheetList}</sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ["xl/styles.xml", STYLES],
    ["xl/sharedStrings.xml", strings.xml()],
  ];
  const entries: OutputEntry[] = [];
  for (const [name, text] of small) entries.push({ kind: "new", name, part: await packText([text]) });
  for (const [name, part] of parts) entries.push({ kind: "new", name, part });
  const handle = await open(path, "w");
  try {
    await writeZip({ write: async (bytes) => void (await handle.write(bytes)) }, entries);
  } finally {
    await handle.close();
  }
}

/**
 * Writes the long workbook: `skuCount` SKUs × 730 days of Sales rows (1,370 SKUs ≈ 1,000,100 rows).
 * @returns the number of Sales rows (without the header)
 */
export async function writeLongWorkbook(path: string, skuCount: number): Promise<number> {
  const data = skus(skuCount);
  await writeWorkbook(path, [["Sales", (s) => longRows(data, s)], ["SKUs", (s) => skuRows(data, s)], ["Event", (s) => eventRows(s)]]);
  return skuCount * HISTORY_DAYS;
}

/** Writes the wide workbook: one Sales row per SKU, one column per day. */
export async function writeWideWorkbook(path: string, skuCount: number): Promise<void> {
  const data = skus(skuCount);
  await writeWorkbook(path, [["Sales", (s) => wideRows(data, s)], ["SKUs", (s) => skuRows(data, s)], ["Event", (s) => eventRows(s)]]);
}
