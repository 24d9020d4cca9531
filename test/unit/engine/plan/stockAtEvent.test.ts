import { stockAtEvent, type StockAtEventInput } from "../../../../src/engine/plan/stockAtEvent";

// Plan date 46283, event 46353–46356 (4 days, P50 80), two cover days of 10/day: window ends 46358.
// The forecast sells 5 a day for the 70 days before the event.
const BASE: StockAtEventInput = {
  onHandUnits: 100,
  inTransitUnits: 500,
  inTransitArrivalSerial: 46340,
  planDateSerial: 46283,
  preEventUnitsPerDay: Array.from({ length: 70 }, () => 5),
  eventStartSerial: 46353,
  eventEndSerial: 46356,
  eventDemandUnits: 80,
  coverUnitsPerDay: [10, 10],
};

describe("stockAtEvent", () => {
  it("never sells the days before a lot arrives out of that lot", () => {
    // hand: on hand 100 lasts 20 days (46283–46302), out from 46303; 46303–46339 lose their sales;
    // the 500 arrive 46340 and sell 46340–46352 = 13 days × 5 = 65 → 435 left at the start
    // (the old count, max(0, 100 + 500 − 350) = 250, sold 250 units of the lot while it was still at sea)
    // 46303–46339 = 37 days × 5 = 185 unserved, all before the start (no sellable day given = the start)
    expect(stockAtEvent(BASE)).toEqual({
      leftAtStartUnits: 435, inTransitCountedUnits: 500, usableUnits: 435, runsOutSerial: 46303, shortBeforeSellableUnits: 185, shortFromSellableUnits: 0,
    });
  });

  it("is the old count when the lot is already there", () => {
    // hand: arrival on the plan date: 100 + 500 − 70 × 5 = 250, never runs out
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46283 })).toEqual({
      leftAtStartUnits: 250, inTransitCountedUnits: 500, usableUnits: 250, runsOutSerial: null, shortBeforeSellableUnits: 0, shortFromSellableUnits: 0,
    });
    const { inTransitArrivalSerial: _drop, ...noDate } = BASE;
    expect(stockAtEvent(noDate).usableUnits).toBe(250);
  });

  it("counts a lot arriving between sellable-by and the start for the days it is there", () => {
    // hand: arrives 46352, the day before the start: sells that day's 5 → 495
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46352 }).usableUnits).toBe(495);
  });

  it("counts in transit arriving during the window for the demand of the days after it arrives", () => {
    // hand: arrives 46355, the event's 3rd day: event days left 46355, 46356 → 80 × 2/4 = 40; cover 10 + 10 → 60 of the 500
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46355 })).toMatchObject({ leftAtStartUnits: 0, inTransitCountedUnits: 60, usableUnits: 60 });
    // hand: arrives 46358, the last cover day: only its 10
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46358 }).usableUnits).toBeCloseTo(10, 12);
    // hand: a small lot arriving on the event's 3rd day counts in full: min(30, 60)
    expect(stockAtEvent({ ...BASE, inTransitUnits: 30, inTransitArrivalSerial: 46355 }).usableUnits).toBe(30);
  });

  it("counts nothing that arrives after the window", () => {
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46359 })).toMatchObject({ inTransitCountedUnits: 0, usableUnits: 0 });
  });

  it("never counts more than is there, nor less when a lot arrives earlier than the start (property)", () => {
    for (let day = 46283; day <= 46365; day++) {
      const now = stockAtEvent({ ...BASE, inTransitArrivalSerial: day });
      const later = stockAtEvent({ ...BASE, inTransitArrivalSerial: day + 1 });
      expect(now.usableUnits).toBeLessThanOrEqual(600);
      if (day + 1 <= 46353) expect(later.usableUnits).toBeGreaterThanOrEqual(now.usableUnits); // by the start: later → fewer days sold out of it
      else expect(later.usableUnits).toBeLessThanOrEqual(now.usableUnits + 1e-12);
    }
  });

  it("splits the sales the stock cannot serve at the event stock's sellable day", () => {
    // hand: no lot; 100 on hand last 46283–46302, out from 46303. Sellable-by 46346 (start − 7):
    // lost before it 46303–46345 = 43 days × 5 = 215; served by the event stock 46346–46352 = 7 × 5 = 35
    const r = stockAtEvent({ ...BASE, inTransitUnits: 0, eventStockSellableSerial: 46346 });
    expect(r).toMatchObject({ runsOutSerial: 46303, shortBeforeSellableUnits: 215, shortFromSellableUnits: 35, usableUnits: 0 });
    // hand: the lot of 500 on 46340 refills the shelf before sellable-by: only 46303–46339 = 37 × 5 = 185 lost, none after
    expect(stockAtEvent({ ...BASE, eventStockSellableSerial: 46346 })).toMatchObject({ shortBeforeSellableUnits: 185, shortFromSellableUnits: 0 });
    // hand: a lot of 20 on 46349 serves 4 days of the 7 (46349–46352): 46346–46348 = 3 × 5 = 15 short from sellable-by
    expect(stockAtEvent({ ...BASE, inTransitUnits: 20, inTransitArrivalSerial: 46349, eventStockSellableSerial: 46346 }).shortFromSellableUnits).toBe(15);
  });
});
