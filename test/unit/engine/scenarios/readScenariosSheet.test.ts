/**
 * The Scenarios sheet read cell by cell: English and Chinese headers, every override, and each
 * bad cell refused with its row and column named in English and Simplified Chinese.
 */
import { errorText } from "../../../../src/engine/errorText";
import type { EngineError } from "../../../../src/engine/errors";
import { readScenariosSheet } from "../../../../src/engine/scenarios/readScenariosSheet";

const LANES = ["Sea FCL → US West", "Fast boat → US West", "Air → US West"];
const HEADER = ["Scenario", "Growth", "TransitSlipDays", "DisableModes", "SupplierCapacity", "FreightIncreasePct"];

function refused(rows: unknown[][], header: unknown[] = HEADER): { en: string; zh: string; error: EngineError } {
  const r = readScenariosSheet([header, ...rows], LANES, { sheet: "Scenarios" });
  if (r.ok) throw new Error("expected the sheet to be refused");
  return { en: errorText(r.error, "en"), zh: errorText(r.error, "zh-CN"), error: r.error };
}

describe("readScenariosSheet", () => {
  it("reads the four scenarios of the issue with their overrides", () => {
    const r = readScenariosSheet([
      HEADER,
      ["growth 1.3", 1.3, null, null, null, null],
      ["ocean slips 14 days", null, "sea: 14; fast sea: 14", null, null, null],
      ["no air", null, null, "air, express", null, null],
      ["capacity cut to 60 %", null, null, null, "60%", "20%"],
    ], LANES, { sheet: "Scenarios" });
    expect(r.ok && r.value).toEqual([
      { name: "growth 1.3", row: 2, growth: 1.3, transitSlips: [], disabled: [] },
      { name: "ocean slips 14 days", row: 3, transitSlips: [{ target: { kind: "mode", mode: "sea" }, days: 14 }, { target: { kind: "mode", mode: "fast-sea" }, days: 14 }], disabled: [] },
      { name: "no air", row: 4, transitSlips: [], disabled: [{ kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }] },
      { name: "capacity cut to 60 %", row: 5, transitSlips: [], disabled: [], supplierCapacity: 0.6, freightIncreasePct: 0.2 },
    ]);
  });

  it("reads Chinese headers, Chinese modes, a bare number of days for every lane and a lane by its name", () => {
    const r = readScenariosSheet([
      ["情景", "增长系数", "运输延误天数", "停用运输方式", "供应商产能"],
      ["海运延误", "", 10, "空运、快递", 0.5],
      ["快船慢一周", "", "fast boat → us west：7", "", ""],
    ], LANES, { sheet: "情景" });
    expect(r.ok && r.value).toEqual([
      { name: "海运延误", row: 2, transitSlips: [{ target: { kind: "all" }, days: 10 }], disabled: [{ kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }], supplierCapacity: 0.5 },
      { name: "快船慢一周", row: 3, transitSlips: [{ target: { kind: "lane", lane: "Fast boat → US West" }, days: 7 }], disabled: [] },
    ]);
  });

  it("reads a sheet of headers only as no scenarios", () => {
    expect(readScenariosSheet([HEADER], LANES)).toEqual({ ok: true, value: [] });
  });

  it("refuses text in Growth, naming the cell", () => {
    const r = refused([["a", "abc", null, null, null, null], ["b", "x", null, null, null, null]]);
    expect(r.en).toBe("Scenarios row 2, Growth: 'abc' is not a number");
    expect(r.zh).toContain("第 2 行");
    expect(r.zh).toContain("不是数字");
    expect(r.error.where).toEqual({ sheet: "Scenarios", row: 2, column: "Growth" });
  });

  it("refuses a growth of 0", () => {
    expect(refused([["a", 0, null, null, null, null]]).en).toBe("Scenarios row 2, Growth: must be more than 0 (got 0)");
  });

  it("refuses a word in DisableModes that is neither a mode nor a lane, listing the lanes", () => {
    const r = refused([["no truck", null, null, "air, truck", null, null]]);
    expect(r.en).toBe("Scenarios row 2, DisableModes: 'truck' is neither a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递) nor a lane of the plan ('Sea FCL → US West', 'Fast boat → US West', 'Air → US West')");
    expect(r.zh).toContain("既不是运输方式");
  });

  it("refuses slip days that are not whole, negative or not a number, naming the part", () => {
    expect(refused([["a", null, 1.5, null, null, null]]).en).toBe("Scenarios row 2, TransitSlipDays: 1.5 is not a whole number");
    expect(refused([["a", null, -3, null, null, null]]).en).toBe("Scenarios row 2, TransitSlipDays: -3 is negative");
    expect(refused([["a", null, "sea: two weeks", null, null, null]]).en).toBe("Scenarios row 2, TransitSlipDays, sea: 'two weeks' is not a number");
    expect(refused([["a", null, "sea: 14; 海运: 7", null, null, null]]).en).toBe("Scenarios row 2, TransitSlipDays: '海运' is given twice; keep one");
    expect(refused([["a", null, "boat: 14", null, null, null]]).en).toContain("'boat' is neither a lane mode");
  });

  it("refuses a supplier capacity typed as 60 (6,000 %) or 0, and says how to write it", () => {
    expect(refused([["a", null, null, null, 60, null]]).en).toContain("Scenarios row 2, SupplierCapacity: 60");
    expect(refused([["a", null, null, null, 60, null]]).en).toContain("0.6");
    expect(refused([["a", null, null, null, 0, null]]).en).toBe("Scenarios row 2, SupplierCapacity: must be more than 0 (got 0)");
  });

  it("refuses a scenario without a name and the same name twice", () => {
    expect(refused([[null, 1.2, null, null, null, null]]).en).toBe("Scenarios row 2, Scenario: the cell is blank");
    const twice = refused([["No Air", null, null, "air", null, null], ["no air ", null, null, "express", null, null]]);
    expect(twice.en).toBe("Scenarios row 3, Scenario: 'no air' is already in row 2; scenario names must be unique");
    expect(twice.zh).toBe("表 Scenarios 第 3 行，Scenario 列：“no air” 已在第 2 行出现；情景名称不能重复");
  });

  it("refuses a sheet without its Scenario column", () => {
    expect(refused([[1.3]], ["Growth"]).error.code).toBe("MISSING_COLUMN");
  });
});
