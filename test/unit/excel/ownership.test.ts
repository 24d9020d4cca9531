import fc from "fast-check";
import {
  EMPTY_REGISTRY, noteCollisions, notedCells, notesInTheWay, parseOwnership, resolveOutputTargets, serializeOwnership, type OwnershipRegistry,
} from "../../../src/excel/ownership";
import type { TableInfo } from "../../../src/excel/workbookPort";

const table = (name: string, sheet: string, rows = 3, columns = 2, top = 0, left = 0): TableInfo => ({ name, sheet, top, left, rows, columns });
const registry = (...tables: [OwnershipRegistry["tables"][number]["kind"], string, string][]): OwnershipRegistry => ({
  version: 1,
  tables: tables.map(([kind, sheet, t]) => ({ kind, sheet, table: t })),
});

describe("parseOwnership and serializeOwnership", () => {
  it("round-trips a registry", () => {
    const r = registry(["Plan", "Plan Sept", "PeakStock_Plan_2"], ["Chart", "图表", "PeakStock_Chart"]);
    expect(parseOwnership(serializeOwnership(r))).toEqual(r);
    expect(serializeOwnership(EMPTY_REGISTRY)).toBe('{"version":1,"tables":[]}');
  });

  it("reads anything else as owning nothing, and leaves out entries it cannot trust", () => {
    for (const bad of [null, "", "  ", "not json", "[]", "42", '{"version":2,"tables":[]}', '{"version":1}', '{"version":1,"tables":{}}']) {
      expect(parseOwnership(bad)).toEqual(EMPTY_REGISTRY);
    }
    const mixed = JSON.stringify({
      version: 1,
      tables: [
        { kind: "Plan", sheet: "Plan", table: "PeakStock_Plan" },
        { kind: "Plan", sheet: "Other", table: "PeakStock_Plan_2" }, // a second Plan: the first wins
        { kind: "Notes", sheet: "N", table: "T" }, // not a kind
        { kind: "Alerts", sheet: "", table: "T" }, // no sheet
        { kind: "Batches", sheet: "Batches", table: 7 },
        "Forecast",
        { kind: "Forecast", sheet: "Forecast", table: "PeakStock_Forecast", extra: true },
      ],
    });
    expect(parseOwnership(mixed)).toEqual(registry(["Plan", "Plan", "PeakStock_Plan"], ["Forecast", "Forecast", "PeakStock_Forecast"]));
  });

  it("never owns more after a round trip through any JSON (property)", () => {
    fc.assert(fc.property(fc.json(), (json) => {
      const parsed = parseOwnership(json);
      expect(parseOwnership(serializeOwnership(parsed))).toEqual(parsed);
      expect(new Set(parsed.tables.map((t) => t.kind)).size).toBe(parsed.tables.length);
    }));
  });
});

describe("resolveOutputTargets", () => {
  it("creates Plan and PeakStock_Plan in a workbook PeakStock has not written, and records them", () => {
    const { targets, registry: next } = resolveOutputTargets(["Plan", "CashFlow"], "en", { sheetNames: ["Sales"], tables: [], registry: EMPTY_REGISTRY });
    expect(targets).toEqual([
      { kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan", mode: "create" },
      { kind: "CashFlow", sheet: "CashFlow", tableName: "PeakStock_CashFlow", mode: "create" },
    ]);
    expect(next).toEqual(registry(["Plan", "Plan", "PeakStock_Plan"], ["CashFlow", "CashFlow", "PeakStock_CashFlow"]));
  });

  it("replaces what the registry names, as the workbook spells it, in either language", () => {
    const book = { sheetNames: ["Sales", "Plan"], tables: [table("PeakStock_Plan", "Plan")], registry: registry(["Plan", "PLAN", "peakstock_plan"]) };
    for (const language of ["en", "zh-CN"] as const) {
      expect(resolveOutputTargets(["Plan"], language, book).targets).toEqual([{ kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan", mode: "replace" }]);
    }
  });

  it("counts past taken names: Plan (PeakStock 2), PeakStock_Plan_3, and Chinese base names", () => {
    const book = {
      sheetNames: ["plan", "Plan (PeakStock)", "计划"],
      tables: [table("PeakStock_Plan", "plan"), table("peakstock_plan_2", "Plan (PeakStock)")],
      registry: EMPTY_REGISTRY, // neither table is PeakStock's
    };
    expect(resolveOutputTargets(["Plan"], "en", book).targets[0]).toEqual({ kind: "Plan", sheet: "Plan (PeakStock 2)", tableName: "PeakStock_Plan_3", mode: "create" });
    expect(resolveOutputTargets(["Plan"], "zh-CN", book).targets[0]).toMatchObject({ sheet: "计划 (PeakStock)", tableName: "PeakStock_Plan_3" });
    expect(resolveOutputTargets(["CashFlow"], "zh-CN", book).targets[0]).toMatchObject({ sheet: "现金流", tableName: "PeakStock_CashFlow" });
  });

  it("creates again when the registered sheet was renamed or deleted, or no longer holds the table", () => {
    const registered = registry(["Plan", "Plan", "PeakStock_Plan"]);
    const renamed = { sheetNames: ["Plan Sept"], tables: [table("PeakStock_Plan", "Plan Sept")], registry: registered };
    expect(resolveOutputTargets(["Plan"], "en", renamed)).toEqual({
      targets: [{ kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan_2", mode: "create" }],
      registry: registry(["Plan", "Plan", "PeakStock_Plan_2"]),
    });
    const moved = { sheetNames: ["Plan", "Other"], tables: [table("PeakStock_Plan", "Other")], registry: registered };
    expect(resolveOutputTargets(["Plan"], "en", moved).targets[0]).toEqual({ kind: "Plan", sheet: "Plan (PeakStock)", tableName: "PeakStock_Plan_2", mode: "create" });
    const deleted = { sheetNames: [], tables: [], registry: registered };
    expect(resolveOutputTargets(["Plan"], "en", deleted).targets[0]).toEqual({ kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan", mode: "create" });
  });

  it("keeps the other kinds' entries and refuses a kind asked for twice", () => {
    const book = { sheetNames: ["Chart"], tables: [table("PeakStock_Chart", "Chart")], registry: registry(["Chart", "Chart", "PeakStock_Chart"]) };
    expect(resolveOutputTargets(["Plan"], "en", book).registry).toEqual(registry(["Chart", "Chart", "PeakStock_Chart"], ["Plan", "Plan", "PeakStock_Plan"]));
    expect(() => resolveOutputTargets(["Plan", "Plan"], "en", book)).toThrow("The Plan output is asked for twice");
  });
});

describe("noteCollisions", () => {
  // A table at B2:C4 (header row 2, 2 data rows); the seller's cells around it.
  const grid = [
    [null, "title", null, null],
    [null, "SKU", "Qty", "note D2"],
    [null, "A", 1, null],
    [null, "B", 2, ""],
    ["A5", "note B5", null, "D5"],
  ];
  const old = table("PeakStock_Plan", "Plan", 3, 2, 1, 1);

  it("names the seller's cells a grown table would cover, row by row, and nothing inside the old table", () => {
    expect(noteCollisions(grid, old, 3, 2)).toEqual([]); // the same size
    expect(noteCollisions(grid, old, 4, 2)).toEqual(["B5"]); // one row more: B5 (C5 is blank)
    expect(noteCollisions(grid, old, 3, 3)).toEqual(["D2"]); // one column more: D2 (D4 is "", blank)
    expect(noteCollisions(grid, old, 4, 3)).toEqual(["D2", "B5", "D5"]);
    expect(noteCollisions(grid, old, 9, 9)).toEqual(["D2", "B5", "D5"]); // A1's row and column are never covered
    expect(noteCollisions(grid, old, 2, 1)).toEqual([]); // shrinking covers nothing new
  });

  it("words the cells as a seller reads them, quoting sheet names as Excel does", () => {
    expect(notedCells([{ sheet: "Plan", cells: ["AC3"] }], "en")).toBe("Plan!AC3");
    expect(notedCells([{ sheet: "Plan", cells: ["AC3", "AD7"] }], "en")).toBe("Plan!AC3 and Plan!AD7");
    expect(notedCells([{ sheet: "Plan Sept", cells: ["A1", "B1"] }, { sheet: "Alerts", cells: ["C9"] }], "en")).toBe("'Plan Sept'!A1, 'Plan Sept'!B1 and Alerts!C9");
    const many = ["A1", "A2", "A3", "A4", "A5", "A6", "A7"];
    expect(notedCells([{ sheet: "Plan", cells: many }], "en")).toBe("Plan!A1, Plan!A2, Plan!A3, Plan!A4, Plan!A5 and 2 more cells");
    expect(notedCells([{ sheet: "计划", cells: many }], "zh-CN")).toBe("'计划'!A1、'计划'!A2、'计划'!A3、'计划'!A4、'计划'!A5 等 7 个单元格");
    const error = notesInTheWay([{ sheet: "Plan", cells: ["AC3", "AD7"] }], "en");
    expect(error).toMatchObject({ code: "INCONSISTENT_INPUT", where: { sheet: "Plan" }, notes: [{ sheet: "Plan", cells: ["AC3", "AD7"] }] });
    expect(error.message).toBe("Plan!AC3 and Plan!AD7 hold notes the new plan would overwrite: the tables grow into them. Move them out of the way, or allow PeakStock to overwrite them, and run again. Nothing was written.");
  });
});
