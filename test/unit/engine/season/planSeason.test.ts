import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planEvent } from "../../../../src/engine/plan/planEvent";
import { planTables } from "../../../../src/engine/plan/planTables";
import type { EventPolicy, SeasonEvent } from "../../../../src/engine/plan/types";
import { planSeason } from "../../../../src/engine/season/planSeason";
import { flatSeries, POLICY, S, SKU } from "../plan/flatBook";

/** Cyber week after flatBook's Black Friday (S … S + 3), `gap` days after BF's start. */
const later = (gap: number): SeasonEvent => ({ name: "CM", marketplace: "", start: S + gap, end: S + gap + 3, pastEventStarts: [] });
const season = (gap: number, onHand: number, policy: EventPolicy = POLICY) =>
  planSeason({ series: [flatSeries()], skus: [{ ...SKU, onHand }], lanes: DEFAULT_LANES, policy: { ...policy, laterEvents: [later(gap)] } });
const lineOf = (plan: ReturnType<typeof season>, event: string) => {
  const l = plan.lines.find((x) => x.event === event);
  if (!l) throw new Error(event);
  return l;
};

describe("planSeason on a flat-demand SKU (flatBook: 10 units a day, uplift 1), worked by hand", () => {
  it("carries what Black Friday leaves to the next event, less the baseline sold in between", () => {
    const plan = season(30, 2000);
    const bf = lineOf(plan, "BF");
    const cm = lineOf(plan, "CM");
    // hand: BF's window S … S + 17 (14 cover days: CM starts S + 30, 26 days after BF's end)
    expect(bf.windowEndSerial).toBe(S + 17);
    // hand: 2,000 on hand − 70 days × 10 before the start = 1,300 at BF; its window sells 18 × 10 = 180
    expect(bf.stockAtEventUnits).toBeCloseTo(1300, 0);
    expect(bf.windowDemandMean).toBeCloseTo(180, 0);
    expect(bf.base).toBeNull();
    // hand: leftover E[(1,300 − D)⁺] = 1,300 − 180 = 1,120 (D never comes near 1,300)
    expect(cm.carryInUnits).toBeCloseTo(1120, 0);
    // hand: it sells from S + 18; 12 days × 10 until CM starts at S + 30 → 1,000 at CM's start
    expect(cm.stockAtEventUnits).toBeCloseTo(1000, 0);
    expect(cm.base).toBeNull();
    expect(cm.why.some((n) => n.key === "carriedOver")).toBe(true);
  });

  it("adds the leftover's variance (that of BF's window demand, since L = 1,300 − D) to the next window's", () => {
    const plan = season(30, 2000);
    const alone = planEvent({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: { ...POLICY, name: "CM", start: S + 30, end: S + 33 } }).lines[0];
    expect(lineOf(plan, "CM").windowDemandVariance).toBeCloseTo(alone.windowDemandVariance + lineOf(plan, "BF").windowDemandVariance, 3);
  });

  it("cuts the cover days where the next event starts", () => {
    const plan = season(10, 2000);
    // hand: BF's cover = min(14, (S + 10) − 1 − (S + 3)) = 6 days → window S … S + 9, 10 × 10 = 100 units
    expect(lineOf(plan, "BF").windowEndSerial).toBe(S + 9);
    expect(lineOf(plan, "BF").windowDemandMean).toBeCloseTo(100, 0);
    // hand: 1,300 − 100 = 1,200 left, on the shelf from S + 10, CM's first day: no days in between
    expect(lineOf(plan, "CM").carryInUnits).toBeCloseTo(1200, 0);
    expect(lineOf(plan, "CM").stockAtEventUnits).toBeCloseTo(1200, 0);
    expect(plan.events?.map((e) => [e.name, e.windowEnd, Math.round(e.carryInUnits)])).toEqual([["BF", S + 9, 0], ["CM", S + 13 + 14, 1200]]);
  });

  it("buys less for the second event than when it is planned alone, by about what the first leaves (a property)", () => {
    // No stock: BF buys its window quantile, leaving its expected excess for CM, which starts the day after BF's window.
    // (30 days apart, 12 days of baseline sales between the windows eat the few units left: CM buys as if alone.)
    const plan = season(10, 0);
    const cm = lineOf(plan, "CM");
    const alone = planEvent({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: { ...POLICY, name: "CM", start: S + 10, end: S + 13 } }).lines[0];
    const units = (l: typeof cm) => (l.base?.units ?? 0) + (l.sprint?.units ?? 0);
    expect(cm.carryInUnits).toBeGreaterThan(0);
    expect(units(cm)).toBeLessThan(units(alone));
    // Alone, CM also buys the 7 days from its sellable-by to its start (its preEventGapUnits, 70); in the season BF's
    // window covers them. Within a carton (10 units) and the wider spread, CM buys alone − gap − the carried units.
    expect(alone.preEventGapUnits).toBeCloseTo(70, 0);
    expect(cm.preEventGapUnits).toBe(0);
    expect(units(cm)).toBeGreaterThanOrEqual(units(alone) - alone.preEventGapUnits - cm.carryInUnits - 10);
    expect(units(cm)).toBeLessThanOrEqual(units(alone) - alone.preEventGapUnits + 10);
    const far = season(30, 0);
    expect(units(lineOf(far, "CM"))).toBe(units(planEvent({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: { ...POLICY, name: "CM", start: S + 30, end: S + 33 } }).lines[0]));
  });

  it("names the event on every line of the Plan and Batches sheets", () => {
    const plan = season(30, 0);
    const [planSheet, batches] = planTables(plan, "en");
    const col = (t: typeof planSheet) => t.columns.findIndex((c) => c.key === "Event");
    expect(col(planSheet)).toBeGreaterThanOrEqual(0);
    expect(planSheet.rows.map((r) => r[col(planSheet)])).toEqual(["BF", "CM"]);
    expect(new Set(batches.rows.map((r) => r[col(batches)]))).toEqual(new Set(["BF", "CM"]));
    expect(planSheet.columns[col(planSheet)].zh).toBe("活动");
  });

  it("plans one event exactly as planEvent does", () => {
    const one = planSeason({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: POLICY });
    const direct = planEvent({ series: [flatSeries()], skus: [SKU], lanes: DEFAULT_LANES, policy: POLICY });
    expect(one.lines).toEqual(direct.lines);
    expect(planTables(one, "en")[0].columns.some((c) => c.key === "Event")).toBe(false);
  });
});
