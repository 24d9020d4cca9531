import { eventDaysOfSupply } from "../../../../src/engine/plan/eventDaysOfSupply";

describe("eventDaysOfSupply", () => {
  it("serves the event's P50 first, then the baseline", () => {
    expect(eventDaysOfSupply(1000, 600, 4, 10)).toBe(44); // hand: 4 + (1000 − 600) ÷ 10
    expect(eventDaysOfSupply(300, 600, 4, 10)).toBe(2); // hand: 4 × 300 ÷ 600
    expect(eventDaysOfSupply(600, 600, 4, 10)).toBe(4);
  });

  it("is 0 without stock and endless without sales after the event", () => {
    expect(eventDaysOfSupply(0, 600, 4, 10)).toBe(0);
    expect(eventDaysOfSupply(700, 600, 4, 0)).toBe(Infinity);
    expect(eventDaysOfSupply(50, 0, 4, 10)).toBe(9); // hand: no event demand: 4 + 50 ÷ 10
  });

  it("never lasts longer with less stock (property)", () => {
    let before = 0;
    for (let stock = 0; stock <= 2000; stock += 25) {
      const days = eventDaysOfSupply(stock, 600, 4, 10);
      expect(days).toBeGreaterThanOrEqual(before);
      before = days;
    }
  });
});
