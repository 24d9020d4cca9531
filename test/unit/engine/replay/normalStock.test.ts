import { normalStockOn } from "../../../../src/engine/replay/normalStock";
import { dailySeries } from "../../../../src/engine/series/dailySeries";

const TEN_A_DAY = (() => {
  const r = dailySeries("A", 90, Array.from({ length: 40 }, () => 10));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

describe("normalStockOn", () => {
  it("serves the days before the window from on hand, then from the in-transit lot once it is there", () => {
    // hand: 30 on hand sells days 100–102; day 103 loses its 10; 50 arrive on 104; 104–105 sell 20 → 30 on the morning of 106
    expect(normalStockOn({ onHand: 30, inTransit: 50, inTransitArrival: 104 }, TEN_A_DAY, 100, 106)).toEqual({ onHandUnits: 30, inTransit: null });
  });

  it("keeps a lot that has not arrived by the day apart", () => {
    // hand: on the morning of 103 the 30 are gone and the 50 are still on their way (arrive 104)
    expect(normalStockOn({ onHand: 30, inTransit: 50, inTransitArrival: 104 }, TEN_A_DAY, 100, 103)).toEqual({ onHandUnits: 0, inTransit: { units: 50, day: 104 } });
  });

  it("treats a lot without a date as there on the plan date, and the plan date morning as given", () => {
    // hand: 30 + 50 − 6 days × 10 = 20
    expect(normalStockOn({ onHand: 30, inTransit: 50 }, TEN_A_DAY, 100, 106)).toEqual({ onHandUnits: 20, inTransit: null });
    expect(normalStockOn({ onHand: 30, inTransit: 0 }, TEN_A_DAY, 100, 100)).toEqual({ onHandUnits: 30, inTransit: null });
  });
});
