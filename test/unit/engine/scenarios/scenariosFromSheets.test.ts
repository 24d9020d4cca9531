/**
 * Scenarios through the plan's pure step: a book with a Scenarios sheet gets a ScenarioResults table,
 * a book without one plans exactly as before, a bad cell stops the plan with the cell named.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import { errorText } from "../../../../src/engine/errorText";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";

const PLAN_DATE = serialFromYmd(2026, 9, 1);
const START = serialFromYmd(2026, 11, 27);

type Grid = unknown[][];
function sales(): Grid {
  const rows: Grid = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 365; d++) for (const [k, sku] of ["A", "B"].entries()) rows.push([PLAN_DATE - 365 + d, sku, 6 + 2 * k]);
  return rows;
}
const BOOK = {
  Sales: sales(),
  SKUs: [["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "SupplierLeadDays"], ["A", 5, 15, 24, 40, 30, 30, 8, 10], ["B", 3, 9, 50, 50, 40, 30, 10, 15]],
  Event: [["Event", "Black Friday 2026"], ["Start", START], ["End", START + 3], ["PlanDate", PLAN_DATE]],
};

function plan(extra: Record<string, Grid>, names?: string[]) {
  const grids = { ...BOOK, ...extra };
  return planFromSheets({ sheetNames: names ?? Object.keys(grids), grids });
}

describe("planFromSheets with scenarios", () => {
  it("plans a book without a Scenarios sheet exactly as before: no ScenarioResults", () => {
    const r = plan({});
    expect(r.ok && r.value.tables.map((t) => t.kind)).toEqual(["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels"]);
    expect(r.ok && r.value.scenarios).toBeUndefined();
  });

  it("writes ScenarioResults with the base plan and two scenarios from a Chinese 情景 sheet", () => {
    const r = plan({ 情景: [["情景", "增长系数", "停用运输方式"], ["增长 1.3", 1.3, ""], ["不走空运", "", "空运、快递"]] });
    if (!r.ok) throw new Error(r.error.message);
    const table = r.value.tables.find((t) => t.kind === "ScenarioResults");
    expect(table?.rows.map((row) => row[0])).toEqual(["Base plan", "增长 1.3", "不走空运"]);
    const comparison = r.value.scenarios;
    expect(comparison?.scenarios).toHaveLength(2);
    // The base figures are the written plan's: its shipments' units.
    expect(comparison?.base.unitsByLane.reduce((s, l) => s + l.units, 0)).toBe(r.value.plan.shipments.reduce((s, x) => s + x.units, 0));
    expect((comparison?.scenarios[1].figures.unitsByMode.air ?? 0) + (comparison?.scenarios[1].figures.unitsByMode.express ?? 0)).toBe(0);
  });

  it("stops on a bad Scenarios cell, naming it in English and Chinese, before planning anything", () => {
    const r = plan({ Scenarios: [["Scenario", "TransitSlipDays"], ["late boats", "two weeks"]] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorText(r.error, "en")).toBe("Scenarios row 2, TransitSlipDays: 'two weeks' is not a number");
    expect(errorText(r.error, "zh-CN")).toBe("表 Scenarios 第 2 行，TransitSlipDays 列：“two weeks” 不是数字");
  });

  it("plans an empty Scenarios sheet, or one of headers only, as a book without one", () => {
    for (const grid of [[], [[null, ""]], [["Scenario", "Growth"]]]) {
      const r = plan({ Scenarios: grid });
      expect(r.ok && r.value.tables.some((t) => t.kind === "ScenarioResults")).toBe(false);
    }
  });

  it("runs the scenarios it is given instead of the sheet's, and none for an empty list", () => {
    const given = planFromSheets({ sheetNames: [...Object.keys(BOOK), "Scenarios"], grids: { ...BOOK, Scenarios: [["Scenario", "Growth"], ["x", "bad"]] }, scenarios: [] });
    expect(given.ok && given.value.scenarios).toBeUndefined();
  });
});
