import fc from "fast-check";
import { stockPath } from "../../../../src/engine/watch/stockPath";

describe("stockPath", () => {
  it("serves each day from what is there and loses the rest; a lot counts from its day", () => {
    // hand: 25 → 15 → 5 (day 3 wants 10, has 5: 5 lost) → 0 + 30 landing on day 4 → 20 → 10
    expect(stockPath({ startSerial: 46300, startUnits: 25, arrivals: [{ day: 46303, units: 30 }], demandPerDay: [10, 10, 10, 10, 10] })).toEqual({
      startOfDay: [25, 15, 5, 30, 20], lostPerDay: [0, 0, 5, 0, 0], firstShortDay: 46302, endUnits: 10, lostUnits: 5,
    });
  });

  it("counts a lot dated before the first day on the first day, and leaves out one after the last", () => {
    const r = stockPath({ startSerial: 100, startUnits: 0, arrivals: [{ day: 90, units: 4 }, { day: 103, units: 50 }], demandPerDay: [1, 1, 1] });
    expect(r).toMatchObject({ startOfDay: [4, 3, 2], endUnits: 1, firstShortDay: null, lostUnits: 0 });
  });

  it("uses up stock exactly without a false shortage (ten days of 0.1 from 1 unit)", () => {
    expect(stockPath({ startSerial: 1, startUnits: 1, arrivals: [], demandPerDay: Array<number>(10).fill(0.1) })).toMatchObject({ firstShortDay: null, lostUnits: 0, endUnits: 0 });
  });

  it("never serves more than there is: served + lost = demand, stock never negative (property)", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.array(fc.nat(50), { maxLength: 40 }), fc.array(fc.record({ day: fc.integer({ min: 0, max: 45 }), units: fc.nat(80) }), { maxLength: 4 }), (start, demand, lots) => {
        const r = stockPath({ startSerial: 0, startUnits: start, arrivals: lots, demandPerDay: demand });
        const landed = lots.filter((l) => l.day < demand.length).reduce((s, l) => s + l.units, 0);
        const served = demand.reduce((s, d) => s + d, 0) - r.lostUnits;
        expect(r.startOfDay.every((x) => x >= 0)).toBe(true);
        expect(start + landed - served - r.endUnits).toBeCloseTo(0, 6);
      }),
    );
  });
});
