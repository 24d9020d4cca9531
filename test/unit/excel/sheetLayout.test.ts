import type { OutputColumn, OutputTable } from "../../../src/engine/plan/outputTable";
import { PLAN_COLUMNS } from "../../../src/engine/plan/planTables";
import { columnWidth } from "../../../src/excel/columnLayout";
import { printLayoutOf, printTitleRows } from "../../../src/excel/printLayout";
import { ACROSS_HEADER_LIMIT_CHARS, sheetLayout, wrappedLines, wrappedRowHeights } from "../../../src/excel/sheetLayout";

describe("wrappedLines", () => {
  it("breaks at spaces, greedily", () => {
    // hand: width 12 → 11 characters a line: "stock on" (8) + " hand" = 13 > 11 → "stock on" | "hand (46)" (9) | "covers the" (10) | "need" (4)
    expect(wrappedLines("stock on hand (46) covers the need", 12)).toBe(4);
    expect(wrappedLines("short", 12)).toBe(1);
  });

  it("breaks a word longer than a line where it runs out", () => {
    // hand: 25 characters in 9-character lines (width 10) → 3 lines
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
  });

  it("breaks between Chinese characters, each two units wide", () => {
    // hand: 10 CJK characters = 20 units; width 9 → 8 units a line = 4 characters → 3 lines (4 + 4 + 2)
    expect(wrappedLines("基础批覆盖需求的基础批", 9)).toBe(3);
  });

  it("starts a new line at each line break", () => {
    expect(wrappedLines("a\nb\nc", 40)).toBe(3);
  });
});

const text = (key: string, wrapWidth?: number): OutputColumn => ({ key, zh: key, format: "text", ...(wrapWidth ? { wrapWidth } : {}) });

describe("sheetLayout", () => {
  it("keeps headers across on a narrow table, rows one line high", () => {
    const table: OutputTable = { kind: "Alerts", columns: [text("Severity"), text("Message", 40)], rows: [["high", "ok"]] };
    const layout = sheetLayout(table, ["Severity", "Message"]);
    expect(layout).toEqual({ widths: [11, 10], header: "across", headerHeight: null, rowHeights: [null] }); // hand: "Severity" 8 + 3; "Message" 7 + 3
  });

  it("turns the Plan's headers (29 columns are wider than a page holds across) and narrows its columns to their values", () => {
    const row = PLAN_COLUMNS.map((c) => (c.format === "text" ? "A" : 1));
    const table: OutputTable = { kind: "Plan", columns: PLAN_COLUMNS, rows: [row] };
    const headers = PLAN_COLUMNS.map((c) => c.key);
    const across = PLAN_COLUMNS.map((c, j) => columnWidth(headers[j], [row[j]], c.format, { wrapWidth: c.wrapWidth }));
    expect(across.reduce((s, w) => s + w, 0)).toBeGreaterThan(ACROSS_HEADER_LIMIT_CHARS);
    const layout = sheetLayout(table, headers);
    expect(layout.header).toBe("upward");
    expect(layout.widths[headers.indexOf("EventDemandP50")]).toBe(6); // hand: "1" + 2 = 3, at least 6 under a turned header
    // hand: longest header "LandedCostPerUnit" 17 units × 6.2 pt + 12 = 117.4 → 118
    expect(layout.headerHeight).toBe(118);
  });

  it("stacks Chinese headers, as tall as the longest in characters", () => {
    const table: OutputTable = { kind: "Plan", columns: PLAN_COLUMNS, rows: [] };
    const layout = sheetLayout(table, PLAN_COLUMNS.map((c) => c.zh));
    expect(layout.header).toBe("stacked");
    // hand: "基础批最晚发货日" / "冲刺批最晚发货日" 8 characters × 15 pt + 12 = 132
    expect(layout.headerHeight).toBe(132);
  });

  it("makes a row as tall as its longest wrapped cell", () => {
    const table: OutputTable = { kind: "Alerts", columns: [text("SKU"), text("Why", 12)], rows: [["A-1", "stock on hand (46) covers the need"], ["B-2", "short"]] };
    expect(wrappedRowHeights(table, [8, 12])).toEqual([60, null]); // hand: 4 lines (wrappedLines above) × 15 pt
  });
});

describe("printLayoutOf", () => {
  it("prints landscape, one page wide, repeating the header row, and names the wrapped columns", () => {
    const table = { columns: [text("SKU"), text("Name", 18), text("Why", 36)] };
    expect(printLayoutOf(table, 2, 1)).toEqual({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRow: 2, wrappedColumns: [2, 3] });
    expect(printTitleRows(2)).toBe("$3:$3");
  });
});

describe("columnWidth under a turned header or wrapped", () => {
  it("ignores the header's length under a turned header, at least 6", () => {
    expect(columnWidth("EventDemandP50", [12345], "integer", { headerTurned: true })).toBe(8); // hand: "12,345" 6 + 2
  });

  it("caps a wrapped column at its wrap width but never below its header", () => {
    expect(columnWidth("Why", ["x".repeat(100)], "text", { wrapWidth: 36 })).toBe(36);
    expect(columnWidth("Allocation", ["x".repeat(100)], "text", { wrapWidth: 8 })).toBe(13); // hand: header 10 + 3
  });
});
