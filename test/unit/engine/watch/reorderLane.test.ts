import fc from "fast-check";
import { chooseReorderLane } from "../../../../src/engine/watch/reorderLane";
import { unwrap } from "../stock/testResult";
import { AIR, EXPRESS, FAST_BOAT, LANES, MASTER, SEA } from "./watchFixtures";

const ORDER_DAY = 46300; // 2026-10-05; goods made by 46310 (10 supplier lead days)
/** Short units per day from the order day: `from` days of none, then `perDay` for `days` days. */
const short = (from: number, perDay: number, days: number): number[] => [...Array<number>(from).fill(0), ...Array<number>(days).fill(perDay)];
const input = (shortPerDay: readonly number[], sku = MASTER, lanes = LANES) => ({ lanes, sku, orderDaySerial: ORDER_DAY, receivingDays: 7, shortPerDay });

describe("chooseReorderLane", () => {
  it("counts the supplier's production days and takes the cheapest lane in time, not the fastest", () => {
    // hand: ready 46300 + 10 = 46310; sellable = ready + handling + worst + receiving 7:
    // Sea 46310 + 5 + 35 + 7 = 46357, Fast boat + 3 + 20 + 7 = 46340, Air + 2 + 10 + 7 = 46329, Express + 1 + 5 + 7 = 46323.
    // Short 10/day from day 45 (46345, 2026-11-19) for 15 days = 150 → in time: Fast boat, Air, Express (Sea is late);
    // 150 units → 8 cartons = 160 units; freight Fast boat 8 × $18 = $144, Air 8 × $72 = $576, Express 8 × $108 = $864
    const r = unwrap(chooseReorderLane(input(short(45, 10, 15))));
    if (r.kind !== "inTime") throw new Error(`expected inTime, got ${r.kind}`);
    expect(r.deadline).toBe(46345);
    expect(r.option).toMatchObject({ lane: FAST_BOAT, readyDay: 46310, sellableDay: 46340, units: 160, cartons: 8, freightUsd: 144, purchaseUsd: 1280, dutyUsd: 128, servedUnits: 150, lostBeforeUnits: 0 });
    expect(r.fastest).toMatchObject({ lane: EXPRESS, sellableDay: 46323, freightUsd: 864 });
  });

  it("with no lane in time, names the late option that still saves the most", () => {
    // hand: short 10/day from day 20 (46320) for 40 days = 400; deadline 46320 < Express 46323: none in time.
    // served = short on and after the sellable day; units up to whole cartons; saves = served × $12 − freight − duty 10 % × $8 × units:
    // Express 46323–46359: 37 days = 370 → 19 cartons (380): 4440 − 19 × 108 (2052) − 304 = 2084
    // Air     46329–46359: 31 days = 310 → 16 cartons (320): 3720 − 1152 − 256 = 2312  ← best
    // Fast boat 46340–46359: 20 days = 200 → 10 cartons (200): 2400 − 180 − 160 = 2060
    // Sea     46357–46359: 3 days = 30 → 2 cartons (40): 360 − 18 − 32 = 310
    const r = unwrap(chooseReorderLane(input(short(20, 10, 40))));
    if (r.kind !== "late") throw new Error(`expected late, got ${r.kind}`);
    expect(r.option).toMatchObject({ lane: AIR, sellableDay: 46329, units: 320, freightUsd: 1152, dutyUsd: 256, servedUnits: 310, lostBeforeUnits: 90 });
    expect(r.option.savesUsd).toBeCloseTo(2312, 9);
    expect(r.fastest.lane).toBe(EXPRESS);
  });

  it("says not to re-order when no late lane earns back its freight (a sale earns less than it costs)", () => {
    // hand: price 9 − cost 8 − fees 5 = −$4 a unit: every option saves less than 0
    const r = unwrap(chooseReorderLane(input(short(20, 10, 40), { ...MASTER, price: 9 })));
    expect(r.kind).toBe("noneSaves");
  });

  it("finds no lane for battery goods when no lane allows them, and nothing to do when nothing is short", () => {
    expect(unwrap(chooseReorderLane(input(short(45, 10, 15), { ...MASTER, sensitive: true }))).kind).toBe("noLaneForGoods");
    expect(unwrap(chooseReorderLane(input(short(0, 0, 30))))).toEqual({ kind: "notShort" });
  });

  it("orders at least the MOQ, in whole cartons, and the cheapest lane still pays the larger booking", () => {
    // hand: MOQ 500 → 25 cartons; Fast boat 25 × $18 = $450
    const r = unwrap(chooseReorderLane(input(short(45, 10, 15), { ...MASTER, moq: 500 })));
    expect(r.kind === "inTime" && r.option).toMatchObject({ lane: FAST_BOAT, units: 500, cartons: 25, freightUsd: 450 });
  });

  it("a lane's minimum charge can make a slower lane the cheaper one in time", () => {
    // hand: Fast boat with a $1,000 minimum: max(144, 1000) = $1,000 > Air's $576 → Air
    const costly = { ...FAST_BOAT, minCharge: 1000 };
    const r = unwrap(chooseReorderLane(input(short(45, 10, 15), MASTER, [SEA, costly, AIR, EXPRESS])));
    expect(r.kind === "inTime" && r.option).toMatchObject({ lane: AIR, freightUsd: 576 });
  });

  it("never picks a lane that lands after the deadline when one lands before it, nor a dearer one in time (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (from, perDay, lead) => {
        const sku = { ...MASTER, supplierLeadDays: lead };
        const r = unwrap(chooseReorderLane(input(short(from, perDay, 20), sku)));
        const deadline = ORDER_DAY + from;
        const arrivals = LANES.map((l) => ({ lane: l, day: ORDER_DAY + lead + l.handlingDays + l.transitDaysWorst + 7 }));
        const inTime = arrivals.filter((a) => a.day <= deadline);
        if (inTime.length > 0) {
          expect(r.kind).toBe("inTime");
          if (r.kind === "inTime") {
            expect(r.option.sellableDay).toBeLessThanOrEqual(deadline);
            // freight per carton: Sea 9 < Fast boat 18 < Air 72 < Express 108, so the cheapest in time is the slowest in time
            const slowest = inTime.reduce((a, b) => (b.day > a.day ? b : a));
            expect(r.option.lane).toBe(slowest.lane);
          }
        } else expect(["late", "noneSaves"]).toContain(r.kind);
      }),
    );
  });
});
