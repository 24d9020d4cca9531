import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planSku } from "../../../../src/engine/plan/planSku";
import { dailySeries } from "../../../../src/engine/series/dailySeries";
import { safetyStock } from "../../../../src/engine/stock/safetyStock";
import { safetyStock as peakSafetyStock } from "../../../../src/functions/functions";
import { PLAN, POLICY, SKU } from "../plan/flatBook";
import { errorOf, unwrap } from "./testResult";

describe("safetyStock, the one definition", () => {
  it("is max daily × max lead − average daily × average lead for MAXAVG (DESIGN.md §1.4)", () => {
    // hand: (15 × 23) − (7 × 10) = 275
    expect(unwrap(safetyStock({ dailyUnits: [15, 3, 3], leadTimeDays: { avg: 10, max: 23, sd: 0 }, method: "MAXAVG", serviceLevel: 0.95 }))).toEqual({
      safetyStockUnits: 275, avgUnitsPerDay: 7, avgLeadTimeDays: 10,
    });
  });

  it("is z·√(L̄·σd² + d̄²·σL²) for SERVICE", () => {
    // hand: d̄ 7, σd √48 = 6.928203; z(0.95) 1.644854 × √(10 × 48 + 49 × 4) = 1.644854 × 26 = 42.7662
    const r = unwrap(safetyStock({ dailyUnits: [15, 3, 3], leadTimeDays: { avg: 10, max: 12, sd: 2 }, method: "SERVICE", serviceLevel: 0.95 }));
    expect(r.safetyStockUnits).toBeCloseTo(42.76620, 4);
  });

  it("names the sales when there are none", () => {
    expect(errorOf(safetyStock({ dailyUnits: [], leadTimeDays: { avg: 1, max: 1, sd: 0 }, method: "MAXAVG", serviceLevel: 0.95, label: "SKU 'A' recent daily sales" })).message).toBe(
      "SKU 'A' recent daily sales: there are no values",
    );
  });
});

describe("the Plan sheet's SafetyStock = PEAK.SAFETYSTOCK on the same inputs (issue 11 §1)", () => {
  // 400 days alternating 5 and 15 (no past event, nothing excluded): the last 90 days are 45 × 5 and 45 × 15,
  // d̄ = 10, σd = √(90 × 25 ÷ 89) = 5.028011; a re-order by air takes handling 2 + worst transit 10 + receiving 14 = 26 days,
  // one known lead time (ship-by dates already plan on the worst transit: no lead-time spread on top).
  const units = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 5 : 15));
  const series = unwrap(dailySeries("A", PLAN - 400, units));
  const last90 = units.slice(-90).map((u) => [u]);
  const plan = (method: "SERVICE" | "MAXAVG") => unwrap(planSku({ series, sku: SKU, lanes: DEFAULT_LANES, policy: { ...POLICY, safetyStockMethod: method }, abcClass: "A", portfolioUplift: null, model: "ses" }));

  it("SERVICE: z(0.98) × 5.028011 × √26 = 52.6539 both ways", () => {
    // hand: 2.053749 × 5.028011 × 5.099020 = 52.6539 (scipy: norm.ppf(0.98) × statistics.stdev × √26)
    expect(plan("SERVICE").safetyStock).toBeCloseTo(52.65387, 4);
    expect(peakSafetyStock(last90, [[26]], undefined, "SERVICE", 0.98)).toBeCloseTo(52.65387, 4);
  });

  it("MAXAVG: (15 × 26) − (10 × 26) = 130 both ways, with the true maximum", () => {
    expect(plan("MAXAVG").safetyStock).toBeCloseTo(130, 9);
    expect(peakSafetyStock(last90, [[26]])).toBeCloseTo(130, 9);
  });

  it("is not added to the quantity: the newsvendor quantile already holds the window's risk", () => {
    const service = plan("SERVICE");
    const maxAvg = plan("MAXAVG");
    expect(maxAvg.safetyStock).not.toBe(service.safetyStock);
    expect(maxAvg.netNeed).toBe(service.netNeed);
    expect(maxAvg.base?.units).toBe(service.base?.units);
  });
});
