import { serialFromYmd } from "../../../../src/engine/dates";
import type { BatchLine } from "../../../../src/engine/plan/batchLine";
import type { EventPolicy, Lane } from "../../../../src/engine/plan/types";
import { EVENT_DEFAULTS } from "../../../../src/engine/workbook/readEventSheet";
import { expectedUnits, watchReport, type WatchLine } from "../../../../src/taskpane/work/watchReport";

const P = serialFromYmd(2026, 9, 15); // 46280
const START = serialFromYmd(2026, 11, 27); // 46353
const POLICY: EventPolicy = { ...EVENT_DEFAULTS, name: "BF", start: START, end: START + 3, planDate: P, pastEventStarts: [] };
const AIR: Lane = { name: "Air", mode: "air", transitDays: 5, transitDaysWorst: 8, handlingDays: 2, ratePerKg: 6, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: false };

function batch(units: number): BatchLine {
  return { lane: "Sea", mode: "sea", units, cartons: units / 10, cbm: 1, cubicFeet: 35, actualKg: 100, chargeableKg: 100, shipBy: P + 5, shipByTypical: P + 10, arriveBy: P + 50, purchaseUsd: 0, freightUsd: 0, dutyUsd: 0, insuranceUsd: 0, storageUsd: 0 };
}

/** A SKU forecast at 10 units/day from the plan date, 200 units over the 4 event days, 100 on hand and a 1,000-unit base batch. */
function line(sku: string): WatchLine {
  const mean = Array.from({ length: 100 }, () => 10);
  return { sku, name: `${sku} name`, forecast: { firstSerial: P, mean, lower80: mean, upper80: mean, lower95: mean, upper95: mean }, eventDemandP50: 200, baselinePerDay: 10, onHand: 100, inTransitUsable: 0, base: batch(1000), sprint: null };
}

/** Long sales rows from the plan date: units per day per SKU. */
function recent(days: number, perDay: Readonly<Record<string, number | string>>, from = P): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < days; d++) for (const [sku, units] of Object.entries(perDay)) rows.push([from + d, sku, units]);
  return rows;
}

const input = (grid: unknown[][], lines = [line("A"), line("B"), line("C")]) => ({ salesGrid: grid, salesSheet: "Recent", skuGrid: null, skuSheet: null, lines, policy: POLICY, lanes: [AIR] });

describe("expectedUnits", () => {
  it("spreads the event's P50 over its days and uses the baseline elsewhere", () => {
    expect(expectedUnits(line("A"), POLICY, P)).toBe(10);
    expect(expectedUnits(line("A"), POLICY, START + 1)).toBe(50); // hand: 200 / 4 days
    expect(expectedUnits(line("A"), POLICY, P + 500)).toBe(10); // past the forecast: the baseline
  });
});

describe("watchReport", () => {
  it("re-orders a fast seller, flags a slow one, and lists planned SKUs without sales", () => {
    const out = watchReport(input(recent(10, { A: 20, B: 5, Z: 7 })));
    if (!out.ok || out.value.kind !== "report") throw new Error("expected a report");
    const r = out.value.report;
    expect([r.fromSerial, r.toSerial]).toEqual([P, P + 9]);
    expect(r.counts).toEqual({ reorder: 1, slow: 1, ok: 0 });
    expect(r.unmatched).toEqual(["C"]);
    expect(r.errors).toEqual([]);
    // hand: A sold 20 × 10 = 200 vs 10 × 10 = 100 forecast (+100 % > 30 %); the rest of the run is 63 days × 10 + 200
    // = 830, × 2 = 1,660; stock 100 + 1,000 − 200 sold = 900; re-order 760 by air, sellable P+10 + 2 + 8 + 14 = 46314
    // stock-out: 900 at 2 × 10 = 20/day lasts 45 days → first short day P + 10 + 45 = 46335; nothing left at the event's end
    expect(r.rows[0]).toEqual({
      sku: "A", name: "A name", alert: "REORDER", actualUnits: 200, forecastUnits: 100, reorderUnits: 760, lane: "Air", sellableBy: 46314,
      stockOutDay: 46335, leftoverUnits: 0,
      why: expect.stringContaining("re-order 760 units by Air"),
    });
    // hand: B sold 5 × 10 = 50 vs 100 (−50 %): slow; 830 to come (unscaled) against 1,100 − 50 = 1,050 → nothing to re-order
    expect(r.rows[1]).toMatchObject({ sku: "B", alert: "SLOW", actualUnits: 50, forecastUnits: 100, reorderUnits: 0 });
    expect(r.rows[1].lane).toBeUndefined();
  });

  it("says when the sheet has no day after the plan date, or reaches the event's end", () => {
    expect(watchReport(input(recent(5, { A: 3 }, P - 10)))).toEqual({ ok: true, value: { kind: "noDays", sheet: "Recent", planDate: P } });
    expect(watchReport(input(recent(80, { A: 3 })))).toEqual({ ok: true, value: { kind: "eventOver", end: START + 3 } });
  });

  it("returns the engine's message for a bad cell", () => {
    const out = watchReport(input(recent(3, { A: "abc" })));
    expect(!out.ok && out.error.message).toBe("Recent row 2, Units: 'abc' is not a number");
  });
});
