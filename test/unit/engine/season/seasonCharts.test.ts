/**
 * The Charts of a season: the first of its events that ships anything (the one being prepared), not an
 * event served from stock alone. Event 1 starts 10 days after the plan date: with goods ready in 10 days
 * at the earliest, 14 receiving and 7 safety days, no lane can deliver, so it ships nothing; Black Friday does.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const SOON = serialFromYmd(2026, 9, 25);
const BF = serialFromYmd(2026, 11, 27);

function sheets(): Record<string, unknown[][]> {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 400; d++) for (let k = 0; k < 2; k++) sales.push([PLAN_DATE - 400 + d, `SKU-${k}`, 6 + 4 * k + (d % 7 >= 5 ? 2 : 0)]);
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"],
      ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 100, 10],
      ["SKU-1", "Lamp", 8, 30, 10, 60, 50, 40, 14, 100, 20],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 300, 1000],
      ["Air", "air", 6, 10, 2, 5.5, 0, 100, 6000],
    ],
    Event: [["Event", "Flash sale"], ["Start", SOON], ["End", SOON + 1], ["PlanDate", PLAN_DATE]],
    Events: [["Event", "Start", "End"], ["Black Friday 2026", BF, BF + 3]],
  };
}

describe("the Charts of a season", () => {
  it("charts the first event that ships anything, Black Friday, not the flash sale served from stock", () => {
    const all = sheets();
    const r = planFromSheets({ sheetNames: Object.keys(all), grids: all, chartSkus: 2 });
    if (!r.ok) throw new Error(r.error.message);
    const shipped = (event: string) => r.value.plan.lines.filter((l) => l.event === event).reduce((s, l) => s + (l.base?.units ?? 0) + (l.sprint?.units ?? 0), 0);
    expect(shipped("Flash sale")).toBe(0);
    expect(shipped("Black Friday 2026")).toBeGreaterThan(0);
    const charts = r.value.tables.find((t) => t.kind === "Charts");
    expect(charts?.charts?.length).toBe(2);
    for (const c of charts?.charts ?? []) expect(c.title).toContain("Black Friday 2026");
  });
});
