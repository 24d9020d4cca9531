import fc from "fast-check";
import { isoFromSerial, serialFromYmd } from "../../../../src/engine/dates";
import { fastestLaneArrivingBy, laneArrivalDay, laneShipBy, shipByDates } from "../../../../src/engine/logistics/shipByDates";
import type { Lane, LaneMode } from "../../../../src/engine/plan/types";
import { errorOf, unwrap } from "../stock/testResult";

function lane(name: string, mode: LaneMode, transitDays: number, transitDaysWorst: number, handlingDays: number, allowsSensitive: boolean): Lane {
  return Object.freeze({ name, mode, transitDays, transitDaysWorst, handlingDays, ratePerKg: 0, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive });
}

const sea = lane("Sea", "sea", 30, 35, 5, true);
const air = lane("Air", "air", 5, 10, 2, false);
const express = lane("Express", "express", 3, 5, 1, false);
const fastBoat = lane("Fast boat", "fast-sea", 12, 15, 3, true);

describe("shipByDates", () => {
  it("matches the issue example: event 2026-11-27 ships by 2026-09-27", () => {
    expect(serialFromYmd(2026, 11, 27)).toBe(46353);
    expect(serialFromYmd(2026, 9, 27)).toBe(46292);
    const d = unwrap(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35, receivingDays: 14, safetyDays: 7, handlingDays: 5 }));
    // hand: 46353 − 7 = 46346 (11-20); − 14 = 46332 (11-06); − 35 − 5 = 46292 (09-27)
    expect(d).toEqual({ sellableBy: 46346, arriveBy: 46332, shipBy: 46292, shipByTypical: 46292 });
    expect([isoFromSerial(d.sellableBy), isoFromSerial(d.arriveBy), isoFromSerial(d.shipBy)]).toEqual(["2026-11-20", "2026-11-06", "2026-09-27"]);
  });

  it("uses 14 receiving, 7 safety and 0 handling days by default", () => {
    // hand: 46353 − 7 − 14 − 35 − 0 = 46297
    expect(unwrap(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35 }))).toEqual({ sellableBy: 46346, arriveBy: 46332, shipBy: 46297, shipByTypical: 46297 });
  });

  it("shows the typical ship-by beside the worst case", () => {
    // hand: arriveBy 46332 − 25 typical − 5 handling = 46302; worst 46332 − 35 − 5 = 46292
    const d = unwrap(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35, transitDaysTypical: 25, handlingDays: 5 }));
    expect(d.shipByTypical).toBe(46302);
    expect(d.shipBy).toBe(46292);
  });

  it("rounds fractional days down to the earlier whole day, step by step", () => {
    // hand: ⌊46353 − 7.5⌋ = 46345; 46345 − 14 = 46331; ⌊46331 − 35 − 0.5⌋ = ⌊46295.5⌋ = 46295
    expect(unwrap(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35, safetyDays: 7.5, handlingDays: 0.5 }))).toEqual({
      sellableBy: 46345,
      arriveBy: 46331,
      shipBy: 46295,
      shipByTypical: 46295,
    });
  });

  it("drops a time fraction on the event start", () => {
    // hand: 46353.75 is 2026-11-27 18:00 → day 46353, same dates as the issue example
    expect(unwrap(shipByDates({ eventStartSerial: 46353.75, transitDaysWorst: 35, handlingDays: 5 })).shipBy).toBe(46292);
  });

  it("reports bad arguments by name", () => {
    expect(errorOf(shipByDates({ eventStartSerial: 46353, transitDaysWorst: -3 }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "transit_days_worst (-3) is negative",
      where: { argument: "transit_days_worst" },
    });
    expect(errorOf(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 20, transitDaysTypical: 25 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "transit_days_worst (20) is smaller than transit_days_typical (25)",
    });
    expect(errorOf(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 20, receivingDays: Number.NaN }))).toMatchObject({
      code: "NOT_A_NUMBER",
      message: "receiving_days is not a number (NaN)",
    });
    expect(errorOf(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 20, safetyDays: -1 })).message).toBe("safety_days (-1) is negative");
    expect(errorOf(shipByDates({ eventStartSerial: 46353, transitDaysWorst: 20, handlingDays: Infinity })).code).toBe("NOT_A_NUMBER");
    expect(errorOf(shipByDates({ eventStartSerial: 10, transitDaysWorst: 20 }))).toMatchObject({ code: "BAD_DATE", where: { argument: "event_start" } });
    expect(errorOf(shipByDates({ eventStartSerial: Number.NaN, transitDaysWorst: 20 })).code).toBe("BAD_DATE");
  });

  it("keeps ship-by ≤ typical ship-by ≤ arrive-by ≤ sellable-by ≤ start, exact for whole days (property)", () => {
    const days = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(fc.integer({ min: 45000, max: 50000 }), days, days, days, days, days, (start, typical, extra, receiving, safety, handling) => {
        const worst = typical + extra;
        const d = unwrap(shipByDates({ eventStartSerial: start, transitDaysWorst: worst, transitDaysTypical: typical, receivingDays: receiving, safetyDays: safety, handlingDays: handling }));
        expect(d.shipBy).toBeLessThanOrEqual(d.shipByTypical);
        expect(d.shipByTypical).toBeLessThanOrEqual(d.arriveBy);
        expect(d.arriveBy).toBeLessThanOrEqual(d.sellableBy);
        expect(d.sellableBy).toBeLessThanOrEqual(start);
        expect(d.shipBy).toBe(start - safety - receiving - worst - handling);
      }),
    );
  });
});

describe("laneShipBy", () => {
  it("uses the lane's worst and typical transit and its handling", () => {
    // hand: arriveBy 46332; worst 46332 − 35 − 5 = 46292; typical 46332 − 30 − 5 = 46297
    expect(unwrap(laneShipBy(sea, 46353, 14, 7))).toEqual({ sellableBy: 46346, arriveBy: 46332, shipBy: 46292, shipByTypical: 46297 });
  });

  it("names the lane and column when a lane is wrong", () => {
    expect(errorOf(laneShipBy({ ...sea, transitDaysWorst: 20 }, 46353, 14, 7))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "lane 'Sea' TransitDaysWorst (20) is smaller than TransitDays (30)",
      where: { sheet: "Lanes", column: "TransitDaysWorst" },
    });
    expect(errorOf(laneShipBy({ ...sea, handlingDays: -2 }, 46353, 14, 7))).toMatchObject({ code: "NEGATIVE_VALUE", message: "lane 'Sea' HandlingDays (-2) is negative" });
    expect(errorOf(laneShipBy({ ...sea, name: " " }, 46353, 14, 7))).toMatchObject({ code: "MISSING_VALUE", message: "the lane has no name" });
    expect(errorOf(laneShipBy(sea, 46353, -14, 7)).message).toBe("receiving_days (-14) is negative");
  });
});

describe("laneArrivalDay", () => {
  it("adds handling, worst transit and receiving to the ship day", () => {
    // hand: 46300 + 2 + 10 + 14 = 46326 (2026-10-31)
    expect(unwrap(laneArrivalDay(air, 46300, 14))).toBe(46326);
    expect(isoFromSerial(46326)).toBe("2026-10-31");
  });

  it("rounds a fractional arrival up to the later whole day", () => {
    // hand: 46300 + 1.5 + 10 + 14 = 46325.5 → 46326
    expect(unwrap(laneArrivalDay({ ...air, handlingDays: 1.5 }, 46300, 14))).toBe(46326);
  });

  it("reports a bad ship day or receiving time", () => {
    expect(errorOf(laneArrivalDay(air, -5, 14))).toMatchObject({ code: "BAD_DATE", where: { argument: "ship_day" } });
    expect(errorOf(laneArrivalDay(air, 46300, Number.NaN)).code).toBe("NOT_A_NUMBER");
    expect(errorOf(laneArrivalDay({ ...air, transitDays: -1 }, 46300, 14)).message).toBe("lane 'Air' TransitDays (-1) is negative");
  });

  it("lands goods shipped on the ship-by day by the sellable-by day (property)", () => {
    const day = fc.double({ min: 0, max: 60, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 45000, max: 50000 }), day, day, day, day, day, (start, typical, extra, handling, receiving, safety) => {
        const l = lane("L", "sea", typical, typical + extra, handling, true);
        const d = unwrap(laneShipBy(l, start, receiving, safety));
        expect(unwrap(laneArrivalDay(l, d.shipBy, receiving))).toBeLessThanOrEqual(d.sellableBy);
      }),
    );
  });
});

describe("fastestLaneArrivingBy", () => {
  const lanes = [sea, air, express, fastBoat];
  // hand, shipping 46300 with 14 receiving days: sea 46300+5+35+14 = 46354, air 46326,
  // express 46300+1+5+14 = 46320, fast boat 46300+3+15+14 = 46332

  it("picks the earliest worst-case arrival", () => {
    const r = unwrap(fastestLaneArrivingBy(lanes, 46300, 46330, 14, false));
    expect(r.lane?.name).toBe("Express");
    expect(r.sellableDay).toBe(46320);
    expect(r.why).toBe("Express is sellable by 2026-10-25 (worst case), on time for 2026-11-04.");
  });

  it("skips lanes that do not allow sensitive goods, and counts the deadline day as in time", () => {
    const r = unwrap(fastestLaneArrivingBy(lanes, 46300, 46332, 14, true));
    expect(r.lane?.name).toBe("Fast boat");
    expect(r.sellableDay).toBe(46332);
  });

  it("explains when the fastest allowed lane is late", () => {
    // hand: fast boat 46332 vs deadline 46330 → 2 days late
    expect(unwrap(fastestLaneArrivingBy(lanes, 46300, 46330, 14, true))).toEqual({
      lane: undefined,
      sellableDay: undefined,
      why: "No lane is sellable by 2026-11-04: the fastest, Fast boat, is sellable 2026-11-06 (worst case), 2 days late.",
    });
    expect(unwrap(fastestLaneArrivingBy(lanes, 46300, 46331, 14, true)).why).toContain("1 day late.");
  });

  it("explains when no lane allows sensitive goods", () => {
    expect(unwrap(fastestLaneArrivingBy([air, express], 46300, 46400, 14, true))).toEqual({
      lane: undefined,
      sellableDay: undefined,
      why: "No lane allows sensitive (battery or liquid) goods.",
    });
  });

  it("breaks a tie in favour of the lane listed first", () => {
    const twin = lane("Air 2", "air", 5, 10, 2, false);
    expect(unwrap(fastestLaneArrivingBy([twin, air], 46300, 46400, 14, false)).lane?.name).toBe("Air 2");
    expect(unwrap(fastestLaneArrivingBy([air, twin], 46300, 46400, 14, false)).lane?.name).toBe("Air");
  });

  it("reports no lanes, duplicate names and bad lanes by position", () => {
    expect(errorOf(fastestLaneArrivingBy([], 46300, 46330, 14, false)).code).toBe("MISSING_VALUE");
    expect(errorOf(fastestLaneArrivingBy([air, air], 46300, 46330, 14, false))).toMatchObject({
      code: "DUPLICATE_KEY",
      message: "lane 'Air' appears more than once",
      where: { index: 2 },
    });
    expect(errorOf(fastestLaneArrivingBy([air, { ...sea, transitDaysWorst: Number.NaN }], 46300, 46330, 14, false))).toMatchObject({
      code: "NOT_A_NUMBER",
      where: { sheet: "Lanes", column: "TransitDaysWorst", index: 2 },
    });
    expect(errorOf(fastestLaneArrivingBy([air, { ...sea, name: "" }], 46300, 46330, 14, false)).message).toBe("lane 2 has no name");
    expect(errorOf(fastestLaneArrivingBy(lanes, 46300, 0, 14, false))).toMatchObject({ code: "BAD_DATE", where: { argument: "deadline" } });
    expect(errorOf(fastestLaneArrivingBy(lanes, 46300, 46330, -1, false)).code).toBe("NEGATIVE_VALUE");
  });

  it("returns an allowed lane on time with no earlier allowed lane, or none only when all are late (property)", () => {
    const laneArb = fc.record({ t: fc.integer({ min: 0, max: 40 }), e: fc.integer({ min: 0, max: 20 }), h: fc.integer({ min: 0, max: 10 }), s: fc.boolean() });
    fc.assert(
      fc.property(fc.array(laneArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), (specs, window, sensitive) => {
        const ls = specs.map((x, i) => lane(`L${i}`, "sea", x.t, x.t + x.e, x.h, x.s));
        const r = unwrap(fastestLaneArrivingBy(ls, 46300, 46300 + window, 7, sensitive));
        const allowed = ls.filter((l) => !sensitive || l.allowsSensitive).map((l) => unwrap(laneArrivalDay(l, 46300, 7)));
        if (r.lane === undefined) {
          expect(allowed.every((d) => d > 46300 + window)).toBe(true);
        } else {
          expect(!sensitive || r.lane.allowsSensitive).toBe(true);
          expect(r.sellableDay).toBeLessThanOrEqual(46300 + window);
          expect(r.sellableDay).toBe(Math.min(...allowed));
        }
      }),
    );
  });
});
