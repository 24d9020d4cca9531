import { stockAtEvent, type StockAtEventInput } from "../../../../src/engine/plan/stockAtEvent";

// Event 46353–46356 (4 days, P50 80 units), two cover days of 10/day: window ends 46358.
const BASE: StockAtEventInput = {
  onHandUnits: 100,
  inTransitUnits: 500,
  inTransitArrivalSerial: 46340,
  preEventUnits: 300,
  eventStartSerial: 46353,
  eventEndSerial: 46356,
  eventDemandUnits: 80,
  coverUnitsPerDay: [10, 10],
};

describe("stockAtEvent", () => {
  it("takes the sales before the event from stock on hand only, never from stock at sea", () => {
    // hand: on hand left max(0, 100 − 300) = 0; the 500 arrive 46340 ≤ start 46353 → counted in full; usable 0 + 500
    // (the old count, max(0, 100 + 500 − 300) = 300, sold 200 units of the batch at sea before it arrived)
    expect(stockAtEvent(BASE)).toEqual({ onHandLeftUnits: 0, inTransitCountedUnits: 500, usableUnits: 500 });
  });

  it("keeps on hand that outlasts the pre-event sales", () => {
    // hand: 400 − 300 = 100 left; + 500 in transit
    expect(stockAtEvent({ ...BASE, onHandUnits: 400 })).toEqual({ onHandLeftUnits: 100, inTransitCountedUnits: 500, usableUnits: 600 });
  });

  it("counts in transit arriving between sellable-by and the start in full (it arrives on its date)", () => {
    // hand: arrives 46352, the day before the start → all 500 count
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46352 }).inTransitCountedUnits).toBe(500);
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46353 }).inTransitCountedUnits).toBe(500);
  });

  it("counts in transit arriving during the window for the demand of the days after it arrives", () => {
    // hand: arrives 46355, the event's 3rd day: event days left 46355, 46356 → 80 × 2/4 = 40; cover days 46357, 46358 → 10 + 10; 60 < 500
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46355 }).inTransitCountedUnits).toBeCloseTo(60, 12);
    // hand: arrives 46358, the last cover day: only that day's 10
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46358 }).inTransitCountedUnits).toBeCloseTo(10, 12);
    // hand: a small lot arriving on the 3rd event day counts in full: min(30, 60)
    expect(stockAtEvent({ ...BASE, inTransitUnits: 30, inTransitArrivalSerial: 46355 }).inTransitCountedUnits).toBe(30);
  });

  it("counts nothing that arrives after the window", () => {
    expect(stockAtEvent({ ...BASE, inTransitArrivalSerial: 46359 })).toEqual({ onHandLeftUnits: 0, inTransitCountedUnits: 0, usableUnits: 0 });
  });

  it("counts in transit without a date as arriving in time", () => {
    const { inTransitArrivalSerial: _drop, ...noDate } = BASE;
    expect(stockAtEvent(noDate).inTransitCountedUnits).toBe(500);
  });

  it("never counts more than is in transit, nor less when it arrives earlier (property)", () => {
    for (let day = 46300; day <= 46365; day++) {
      const counted = stockAtEvent({ ...BASE, inTransitArrivalSerial: day }).inTransitCountedUnits;
      const later = stockAtEvent({ ...BASE, inTransitArrivalSerial: day + 1 }).inTransitCountedUnits;
      expect(counted).toBeLessThanOrEqual(500);
      expect(later).toBeLessThanOrEqual(counted + 1e-12);
    }
  });
});
