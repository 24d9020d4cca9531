import { serialFromYmd } from "../../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import { planChanges, replanFromActuals, skuAsItStands, withSalesToDate } from "../../../../src/engine/watch/replanFromActuals";
import type { EventPlan } from "../../../../src/engine/plan/planEvent";
import { unwrap } from "../stock/testResult";
import { MASTER, PLAN, POLICY } from "./watchFixtures";

const batch = (units: number, lane: string, shipBy: number, sellable: number) => ({ units, lane, shipBy, arriveBy: sellable - POLICY.receivingDays });
const line = (base: ReturnType<typeof batch> | null, sprint: ReturnType<typeof batch> | null) => ({ sku: "MUG", onHand: 300, base, sprint }) as unknown as PlanLine;

describe("withSalesToDate", () => {
  it("adds the days since the plan date to the history, the newer figure winning on a day both have", () => {
    const history = { sku: "A", startSerial: 100, units: [1, 2, 3], excluded: [false, true, false], missingDays: 0, stockOutDays: 1, onHand: [5, 0, 4] };
    expect(withSalesToDate(history, { startSerial: 102, units: [7, 8] })).toEqual({
      sku: "A", startSerial: 100, units: [1, 2, 7, 8], excluded: [false, true, false, false], missingDays: 0, stockOutDays: 1,
    });
  });
});

describe("skuAsItStands", () => {
  it("counts the sent base as in transit on its sellable day, what is left of production, and the MOQ less what was sent", () => {
    // hand: today PLAN + 10; base shipped PLAN + 5 (sent), lands PLAN + 45; sprint ship-by PLAN + 35 (not sent);
    // lead 20 from the plan date → 20 − 10 = 10 days left; MOQ 500 − 400 sent = 100
    const stands = skuAsItStands({ ...MASTER, supplierLeadDays: 20, moq: 500 }, line(batch(400, "Sea", PLAN + 5, PLAN + 45), batch(100, "Air", PLAN + 35, PLAN + 52)), 120, POLICY, PLAN + 10);
    expect(stands).toMatchObject({ onHand: 120, inTransit: 400, inTransitArrival: PLAN + 45, supplierLeadDays: 10, moq: 100 });
  });

  it("a batch that already landed is in the stock now, not in transit; the master's own lot joins the latest day", () => {
    // hand: base landed PLAN + 8 (before today PLAN + 10); the master's 50 land PLAN + 20; sprint sent PLAN + 9, lands PLAN + 30
    const master = { ...MASTER, inTransit: 50, inTransitArrival: PLAN + 20 };
    const stands = skuAsItStands(master, line(batch(400, "Sea", PLAN - 30, PLAN + 8), batch(100, "Air", PLAN + 9, PLAN + 30)), 380, POLICY, PLAN + 10);
    expect(stands).toMatchObject({ onHand: 380, inTransit: 150, inTransitArrival: PLAN + 30, supplierLeadDays: 0 });
  });
});

describe("planChanges", () => {
  it("says what was sent and which SKUs' unsent batches differ", () => {
    const before = [
      { ...line(batch(400, "Sea", PLAN + 5, PLAN + 45), batch(100, "Air", PLAN + 35, PLAN + 52)), sku: "A" },
      { ...line(null, batch(60, "Air", PLAN + 35, PLAN + 52)), sku: "B" },
      { ...line(null, null), sku: "C" },
    ];
    const after = {
      lines: [
        { sku: "A", base: null, sprint: batch(180, "Air", PLAN + 35, PLAN + 52) },
        { sku: "B", base: null, sprint: batch(60, "Air", PLAN + 35, PLAN + 52) },
      ],
      outcomes: [{ sku: "C", status: "error", error: { code: "EMPTY_SERIES", message: "no days" } }],
    } as unknown as EventPlan;
    const changes = planChanges(before, after, PLAN + 10);
    expect(changes.map((c) => [c.sku, c.sentUnits, c.changed])).toEqual([["A", 400, true], ["B", 0, false], ["C", 0, true]]);
    expect(changes[0].after).toEqual({ base: null, sprint: { units: 180, lane: "Air", shipBy: PLAN + 35 } });
    expect(changes[2]).toMatchObject({ after: null, error: { code: "EMPTY_SERIES" } });
  });
});

describe("replanFromActuals", () => {
  const planDate = serialFromYmd(2026, 9, 15);
  const start = serialFromYmd(2026, 11, 27);
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 400; d++) for (const sku of ["HOT", "COLD"]) sales.push([planDate - 400 + d, sku, 10]);
  const skus = [
    ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"],
    ["HOT", 3, 12, 10, 40, 30, 30, 8, 200, 15],
    ["COLD", 3, 12, 10, 40, 30, 30, 8, 200, 15],
  ];
  const event = [["Start", start], ["End", start + 3], ["PlanDate", planDate]];
  const toDate: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 14; d++) toDate.push([planDate + d, "HOT", 40], [planDate + d, "COLD", 0]);
  const grids = { Sales: sales, SKUs: skus, Event: event, SalesToDate: toDate };

  it("plans again from the day after the sales to date: a SKU selling four times the plan gets more, one selling nothing no more", () => {
    const first = unwrap(planFromSheets({ sheetNames: ["Sales", "SKUs", "Event"], grids }));
    const out = unwrap(replanFromActuals({ grids, salesSheet: "Sales", skuSheet: "SKUs", salesToDateSheet: "SalesToDate", policy: first.policy, lanes: DEFAULT_LANES, before: first.plan.lines }));
    if (out.kind !== "replan") throw new Error(out.kind);
    expect(out.todaySerial).toBe(planDate + 14);
    const total = (l: { base: { units: number } | null; sprint: { units: number } | null } | null | undefined) => (l?.base?.units ?? 0) + (l?.sprint?.units ?? 0);
    const change = (sku: string) => out.changes.find((c) => c.sku === sku);
    const beforeOf = (sku: string) => first.plan.lines.find((l) => l.sku === sku);
    // what is sent plus what the re-plan sends from today, against the first plan
    expect((change("HOT")?.sentUnits ?? 0) + total(change("HOT")?.after)).toBeGreaterThan(total(beforeOf("HOT")));
    expect((change("COLD")?.sentUnits ?? 0) + total(change("COLD")?.after)).toBeLessThanOrEqual(total(beforeOf("COLD")));
    expect(out.plan.lines.every((l) => l.forecast.firstSerial >= planDate + 14)).toBe(true);
  });

  it("answers noDays when the sales to date end before the plan date", () => {
    const stale = { ...grids, SalesToDate: [["Date", "SKU", "Units"], [planDate - 3, "HOT", 1]] };
    const out = unwrap(replanFromActuals({ grids: stale, salesSheet: "Sales", skuSheet: "SKUs", salesToDateSheet: "SalesToDate", policy: { ...POLICY, planDate, end: start + 3 }, lanes: [], before: [] }));
    expect(out).toEqual({ kind: "noDays", sheet: "SalesToDate", planDate });
  });
});
