import { DEFAULT_LANES, defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import { cheapestOption, isFastLane, laneOptions, slowLaneGoneNote } from "../../../../src/engine/plan/laneOptions";
import { renderNote } from "../../../../src/engine/plan/planNotes";
import { unwrap } from "../stock/testResult";
import { PLAN, S, SKU } from "./flatBook";

// hand: sellable-by S − 7 = 46346, arrive-by 46346 − 14 = 46332 (2026-11-06); ship-by = 46332 − worst − handling,
// typical = 46332 − typical − handling. Carton 0.06 CBM, 10 kg, 10 units.
describe("laneOptions, worked by hand on the default US West lanes", () => {
  const options = unwrap(laneOptions(SKU, DEFAULT_LANES, S, 14, 7, PLAN));
  const by = (name: string) => {
    const o = options.find((x) => x.lane.name === name);
    if (!o) throw new Error(name);
    return o;
  };

  it("dates every lane back from the event on its worst-case transit", () => {
    expect(options.map((o) => [o.lane.name, o.dates.shipBy, o.dates.shipByTypical, o.reachable])).toEqual([
      ["Sea FCL → US West", 46332 - 55 - 5, 46332 - 30 - 5, false], // 46272 = 2026-09-07 < plan 46283
      ["Sea LCL → US West", 46332 - 65 - 7, 46332 - 35 - 7, false],
      ["Fast boat → US West", 46332 - 22 - 5, 46332 - 13 - 5, true], // 46305 = 2026-10-10
      ["Air → US West", 46332 - 10 - 2, 46332 - 5 - 2, true],
      ["Express → US West", 46332 - 5 - 1, 46332 - 2 - 1, true],
    ]);
    expect(by("Fast boat → US West").dates).toMatchObject({ sellableBy: 46346, arriveBy: 46332 });
  });

  it("prices a unit on each lane from one carton", () => {
    // hand: sea by CBM (W/M: max(0.06, 10 kg ÷ 1000) = 0.06): FCL 120 × 0.06 = 7.20, LCL 160 × 0.06 = 9.60, fast boat 300 × 0.06 = 18 per carton;
    // air max(10 kg, 60 000 ÷ 6000 = 10) × $5 = 50; express max(10, 60 000 ÷ 5000 = 12) × $7 = 84; ÷ 10 units
    expect(options.map((o) => Math.round(o.freightPerUnitUsd * 1e6) / 1e6)).toEqual([0.72, 0.96, 1.8, 5, 8.4]);
  });

  it("takes the cheapest reachable slow and fast lane; battery goods only where allowed", () => {
    expect(cheapestOption(options, (o) => !isFastLane(o.lane))?.lane.name).toBe("Fast boat → US West");
    expect(cheapestOption(options, (o) => isFastLane(o.lane))?.lane.name).toBe("Air → US West");
    const battery = unwrap(laneOptions({ ...SKU, sensitive: true }, DEFAULT_LANES, S, 14, 7, PLAN));
    expect(battery.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(cheapestOption(battery, (o) => isFastLane(o.lane))).toBeUndefined();
  });

  it("finds rail the cheapest slow lane to Germany still in time", () => {
    // hand: Sea FCL DE 46332 − 50 − 5 = 46277, LCL 46332 − 60 − 7 = 46265 (both before the plan date);
    // rail 46332 − 35 − 5 = 46292 (2026-10-01) in time at 220 × 0.06 = 13.20 per carton = 1.32/unit
    const de = unwrap(laneOptions(SKU, defaultLanes("DE"), S, 14, 7, PLAN));
    const slow = cheapestOption(de, (o) => !isFastLane(o.lane));
    expect(slow?.lane.name).toBe("Rail → Germany");
    expect(slow?.dates.shipBy).toBe(46292);
    expect(slow?.freightPerUnitUsd).toBeCloseTo(1.32, 12);
    expect(slow?.lane.destination).toBe("Amazon DE");
  });

  it("says when the slow lane's ship-by has passed", () => {
    // hand: goods ready 2026-10-15 (46310), fast boat ship-by 2026-10-10
    expect(renderNote(slowLaneGoneNote(options, 46310, "air"))).toBe("fast boat ship-by passed on 2026-10-10, goods ready 2026-10-15 → all by air");
  });
});
