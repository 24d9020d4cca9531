/**
 * Large ranges in chunks under Excel on the web's 5 MB request limit: the
 * sizes PeakStock estimates, and what the fake Excel measures it was sent.
 */
import fc from "fast-check";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, payloadBytes, SYNC_PAYLOAD_LIMIT_BYTES, utf8Bytes } from "../../../src/excel/office/payloadSize";
import { nextChunkRows } from "../../../src/excel/office/readUsedRange";
import { rowChunks } from "../../../src/excel/office/rowChunks";
import { FakeExcel } from "../../shims/fakeExcel/state";
import { writeTables } from "./workbookContract";

const ROWS = 100_000;

/** 100,000 plan rows of 8 columns, ~190 bytes each with their formats: ~19 MB in all. */
function bigPlan(): OutputTable {
  return {
    kind: "Plan",
    columns: [
      { key: "SKU", zh: "SKU", format: "text" },
      { key: "Name", zh: "名称", format: "text" },
      { key: "BaseQty", zh: "基础批次数量", format: "integer" },
      { key: "BaselinePerDay", zh: "基线日销量", format: "decimal" },
      { key: "LandedCostPerUnit", zh: "单位到岸成本", format: "currency" },
      { key: "BaseShipBy", zh: "基础批次最晚发货日", format: "date" },
      { key: "Uplift", zh: "活动提升", format: "percent" },
      { key: "Why", zh: "说明", format: "text" },
    ],
    rows: Array.from({ length: ROWS }, (_, i) => [
      `SKU-${String(i).padStart(6, "0")}`, `保温杯 ${i}`, i % 5000, (i % 97) / 7, 12.34 + (i % 10), 46353 + (i % 60), (i % 100) / 100,
      i % 3 === 0 ? "=base covers 30 days, sprint covers the event" : "base covers 30 days",
    ]),
  };
}

describe("writing a 100,000-row table", () => {
  jest.setTimeout(60_000);

  it("goes out in several syncs, each under the limit, and reports the largest", async () => {
    const excel = new FakeExcel({});
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    const table = bigPlan();
    await writeTables(book, [table]);

    // The last sync with values is the ownership registry's, in _PeakStock column B.
    const chunkSyncs = excel.syncs.filter((s) => s.ops.includes("range.values")).slice(0, -1);
    const measured = chunkSyncs.map((s) => s.sentBytes); // the fake's own count: UTF-8 JSON of values + formats
    const total = measured.reduce((a, b) => a + b, 0);
    // hand: ~190 bytes a row × 100,001 rows ≈ 19 MB → 5 chunks of ≤ 4 MB
    expect(total).toBeGreaterThan(15_000_000);
    expect(chunkSyncs.length).toBe(Math.ceil(total / SYNC_PAYLOAD_LIMIT_BYTES));
    expect(Math.max(...measured)).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...measured)).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    expect(Math.min(...measured.slice(0, -1))).toBeGreaterThan(SYNC_PAYLOAD_LIMIT_BYTES * 0.99); // full chunks, not many small ones

    // The estimate is what was measured plus the per-row commas and a 1 kB envelope allowance, never less.
    const { largestSyncBytes, syncs } = book.stats;
    expect(largestSyncBytes).toBeGreaterThanOrEqual(Math.max(...measured));
    expect(largestSyncBytes).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT_BYTES);
    expect(largestSyncBytes - Math.max(...measured)).toBeLessThan(200_000); // hand: ~21,000 rows × 2 commas + 1,024
    expect(syncs).toBe(excel.syncs.filter((s) => s.error === null).length); // the refused ones (looking for a _PeakStock not there yet) are not counted
    console.info(`100,000 rows: ${chunkSyncs.length} chunks, largest sync ${largestSyncBytes} bytes estimated, ${Math.max(...measured)} measured`);

    const grid = excel.grid("Plan");
    expect(grid).toHaveLength(ROWS + 1);
    expect(grid[1]).toEqual(table.rows[0]);
    expect(grid[ROWS]).toEqual(table.rows[ROWS - 1]);
    expect(grid[4]).toEqual(table.rows[3]); // "=base covers…" is text
    expect(excel.tables[0]).toMatchObject({ name: "PeakStock_Plan", address: "A1:H100001" });
  });

  it("refuses a row no request can carry before writing anything", async () => {
    const excel = new FakeExcel({});
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, limitBytes: 10_000 });
    const table: OutputTable = { kind: "Alerts", columns: [{ key: "Why", zh: "说明", format: "text" }], rows: [["short"], ["x".repeat(20_000)]] };
    await expect(writeTables(book, [table])).rejects.toThrow("Row 3 holds 20 kB, more than one request to Excel can carry (9 kB)") // hand: 20,000 + 11 bytes; 10,000 − 1,024;
    expect(excel.sheets).toEqual([]);
  });
});

describe("reading a large sheet", () => {
  jest.setTimeout(60_000);

  it("asks for rows in chunks whose responses stay under the limit", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`SKU-${i}`, `a longer description of item ${i} for the catalogue`, i, i / 3]);
    const excel = new FakeExcel({ Sales: rows });
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, limitBytes: 1_000_000 });
    expect(await book.readSheet("Sales")).toEqual(rows);
    const reads = excel.syncs.filter((s) => s.ops.includes("range.load")).length;
    // hand: ~90 bytes a row; 5,000 rows first (20,000 cells), then ≤ 0.5 MB ÷ 90 ≈ 5,500 rows a chunk → ~11 chunks
    expect(reads).toBeGreaterThanOrEqual(10);
    expect(book.stats.largestResponseBytes).toBeLessThanOrEqual(1_000_000);
    expect(book.stats.largestSyncBytes).toBe(0); // reading sends no values
  });

  it("places a used range that starts below and right of A1 from A1", async () => {
    const excel = new FakeExcel({ Sales: [[], [null, null, "SKU", "Units"], [null, null, "A-1", 3]] });
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    expect(await book.readSheet("sales")).toEqual([[null, null, null, null], [null, null, "SKU", "Units"], [null, null, "A-1", 3]]);
  });

  it("reads an empty sheet as no rows", async () => {
    const excel = new FakeExcel({ Empty: [] });
    expect(await new OfficeWorkbook({ run: excel.run, isSetSupported: () => true }).readSheet("Empty")).toEqual([]);
  });
});

describe("rowChunks", () => {
  it("fills each chunk as far as it goes", () => {
    // hand: 40 + 40 = 80 ≤ 100; + 40 = 120 > 100
    expect(rowChunks([40, 40, 40], 100)).toEqual([{ start: 0, end: 2, bytes: 80 }, { start: 2, end: 3, bytes: 40 }]);
    expect(rowChunks([30, 30], 100, 10)).toEqual([{ start: 0, end: 2, bytes: 70 }]);
    expect(rowChunks([], 100)).toEqual([]);
  });

  it("covers every row once, in order, each chunk within the limit and no chunk able to take the next row (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 100, max: 1000 }), fc.integer({ min: 0, max: 50 }), (sizes, limit, overhead) => {
      const chunks = rowChunks(sizes, limit, overhead);
      expect(chunks.map((c) => [c.start, c.end]).flat()).toEqual(chunks.length === 0 ? [] : [0, ...chunks.slice(1).flatMap((c) => [c.start, c.start]), sizes.length]);
      chunks.forEach((c, k) => {
        expect(c.bytes).toBe(overhead + sizes.slice(c.start, c.end).reduce((a, b) => a + b, 0));
        expect(c.bytes).toBeLessThanOrEqual(limit);
        if (k < chunks.length - 1) expect(c.bytes + sizes[c.end]).toBeGreaterThan(limit);
      });
    }));
  });
});

describe("payload sizes", () => {
  it("counts UTF-8 bytes of the JSON", () => {
    expect(utf8Bytes("计划😀")).toBe(10); // hand: 3 + 3 + 4
    expect(payloadBytes([["SKU", 12.5], [null, true]])).toBe(26); // '[["SKU",12.5],[null,true]]'
    expect(payloadBytes(undefined)).toBe(0);
  });

  it("agrees with Node's UTF-8 encoder on any JSON (property)", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: "grapheme" }), (value, text) => {
      expect(payloadBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value) ?? "", "utf8"));
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
    }));
  });

  it("next read chunk: half the limit at the bytes per row seen, at most 4 times the last", () => {
    expect(nextChunkRows(1000, 400_000, 4_000_000)).toBe(4000); // hand: 2 MB ÷ 400 = 5,000, capped at 4 × 1,000
    expect(nextChunkRows(1000, 4_000_000, 4_000_000)).toBe(500); // hand: 2 MB ÷ 4,000
    expect(nextChunkRows(1, 10_000_000, 4_000_000)).toBe(1);
  });
});
