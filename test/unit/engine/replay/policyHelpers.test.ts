import { replayArrivalDay } from "../../../../src/engine/replay/arrivalDay";
import { orderUnits } from "../../../../src/engine/replay/policies/cheapestLaneInTime";
import { averageDailyUnits, naiveStockForWindow } from "../../../../src/engine/replay/policies/naiveStock";
import { dailySeries } from "../../../../src/engine/series/dailySeries";

describe("replay policy helpers", () => {
  it("arrives after handling, typical or worst transit and receiving", () => {
    // hand: fast boat 5 + 13 typical + 14 = 32 days → 46337; worst 22 → 46346
    const boat = { handlingDays: 5, transitDays: 13, transitDaysWorst: 22 };
    expect(replayArrivalDay(boat, 46305, 14, "typical")).toBe(46337);
    expect(replayArrivalDay(boat, 46305, 14, "worst")).toBe(46346);
    expect(replayArrivalDay({ ...boat, handlingDays: 0.5 }, 46305, 14, "typical")).toBe(46333); // 46332.5 rounded up
  });

  it("orders whole cartons, at least the MOQ, nothing for no need", () => {
    expect(orderUnits(25, { unitsPerCarton: 12, moq: 0 })).toBe(36); // 3 cartons
    expect(orderUnits(25, { unitsPerCarton: 12, moq: 100 })).toBe(108); // 100 → 9 cartons
    expect(orderUnits(0, { unitsPerCarton: 12, moq: 100 })).toBe(0);
    expect(orderUnits(-3, { unitsPerCarton: 12, moq: 0 })).toBe(0);
    expect(orderUnits(24, { unitsPerCarton: 12, moq: 0 })).toBe(24);
  });

  it("counts what a simple rule sees as already there", () => {
    const h = dailySeries("A", 46000, [...Array.from({ length: 30 }, () => 0), ...Array.from({ length: 30 }, () => 10)]);
    if (!h.ok) throw new Error(h.error.message);
    expect(averageDailyUnits(h.value, 30)).toBe(10);
    expect(averageDailyUnits(h.value, 60)).toBe(5);
    // hand: (500 − 10 × 30) + 40 = 240; on hand that runs out before the event counts 0
    expect(naiveStockForWindow({ onHand: 500, inTransit: 40 }, h.value, 30)).toBe(240);
    expect(naiveStockForWindow({ onHand: 100, inTransit: 0 }, h.value, 30)).toBe(0);
  });
});
