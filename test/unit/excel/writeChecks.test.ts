import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { checkOutputTargets, checkTableWrite, sheetNameProblem, tableDataRows } from "../../../src/excel/writeChecks";

const table = (rows: OutputTable["rows"], format: "text" | "date" = "text"): OutputTable => ({
  kind: "Plan",
  columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "BaseShipBy", zh: "发货日", format }],
  rows,
});

describe("tableDataRows", () => {
  it("counts Excel's one blank data row under a table without rows", () => {
    expect(tableDataRows(table([]))).toBe(1);
    expect(tableDataRows(table([["A", null], ["B", null]]))).toBe(2);
  });
});

describe("checkOutputTargets", () => {
  const book = { sheetNames: ["Sales", "Plan"], tables: [{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 3, columns: 2 }] };
  it("passes a replace of a table on its sheet and a create of free names, ignoring case", () => {
    expect(() => checkOutputTargets([
      { target: { kind: "Plan", sheet: "PLAN", tableName: "peakstock_plan", mode: "replace" }, table: table([]) },
      { target: { kind: "Batches", sheet: "Batches", tableName: "PeakStock_Batches", mode: "create" }, table: { ...table([]), kind: "Batches" } },
    ], book)).not.toThrow();
  });

  it("refuses a replace without its table and a create over taken names", () => {
    expect(() => checkOutputTargets([{ target: { kind: "Plan", sheet: "Sales", tableName: "PeakStock_Plan", mode: "replace" }, table: table([]) }], book))
      .toThrow('Cannot replace PeakStock_Plan: sheet "Sales" holds no table of that name');
    expect(() => checkOutputTargets([{ target: { kind: "Plan", sheet: "Plan 2", tableName: "PEAKSTOCK_PLAN", mode: "create" }, table: table([]) }], book))
      .toThrow('Cannot create table PEAKSTOCK_PLAN: sheet "Plan" already holds a table of that name');
    expect(() => checkOutputTargets([{ target: { kind: "Plan", sheet: "sales", tableName: "T", mode: "create" }, table: table([]) }], book))
      .toThrow('Cannot create sheet "sales": the workbook already has a sheet of that name');
  });
});

describe("sheetNameProblem", () => {
  it("accepts names Excel accepts", () => {
    for (const name of ["Plan", "计划 (PeakStock 2)", "x".repeat(31), "it's"]) expect(sheetNameProblem(name)).toBeNull();
  });

  it("names what Excel refuses", () => {
    expect(sheetNameProblem("")).toBe("the sheet name is empty");
    expect(sheetNameProblem("x".repeat(32))).toContain("longer than Excel's 31 characters");
    for (const bad of ["a:b", "a\\b", "a/b", "a?b", "a*b", "[a]"]) expect(sheetNameProblem(bad)).toContain("contains one of");
    expect(sheetNameProblem("'quoted'")).toContain("apostrophe");
    expect(sheetNameProblem("history")).toContain("reserved by Excel");
    expect(sheetNameProblem("_peakstock")).toContain("reserved for PeakStock's settings");
  });
});

describe("checkTableWrite", () => {
  it("gives the header row in the language", () => {
    expect(checkTableWrite("Plan", table([["A-1", "x"]]), "en")).toEqual(["SKU", "BaseShipBy"]);
    expect(checkTableWrite("计划", table([]), "zh-CN")).toEqual(["SKU", "发货日"]);
  });

  it("refuses cells Excel cannot store, naming row (header = row 1) and column", () => {
    expect(() => checkTableWrite("Plan", table([["A", 1], ["B", Infinity]]), "en")).toThrow("Plan row 3, BaseShipBy: Infinity is not a number Excel can store");
    expect(() => checkTableWrite("Plan", table([["A", -1]], "date"), "en")).toThrow("Plan row 2, BaseShipBy: -1 is not a date Excel can show");
    expect(() => checkTableWrite("Plan", table([["A", 2_958_466]], "date"), "en")).toThrow("2958466 is not a date"); // hand: 9999-12-31 is 2,958,465
    expect(() => checkTableWrite("Plan", table([["x".repeat(32_768), null]]), "en")).toThrow("the text is 32768 characters; a cell holds 32767");
    expect(() => checkTableWrite("Plan", table([["A", true as unknown as string]]), "en")).toThrow("boolean is not text, a number or blank");
  });

  it("refuses a table without columns or with an empty header", () => {
    expect(() => checkTableWrite("Plan", { kind: "Plan", columns: [], rows: [] }, "en")).toThrow("the table has no columns");
    expect(() => checkTableWrite("Plan", { kind: "Plan", columns: [{ key: " ", zh: "x", format: "text" }], rows: [] }, "en")).toThrow("column 1 ( ) has an empty header");
  });
});
