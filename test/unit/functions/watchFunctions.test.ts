import { alert, weeksOfCover } from "../../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

describe("PEAK.SALESALERT (id ALERT)", () => {
  it("flags sales running hot or slow by more than the threshold", () => {
    // hand: 140 > 100 × 1.3 → REORDER; 60 < 100 × 0.7 → SLOW; 120 within ±30 % → OK
    expect(alert(140, 100)).toBe("REORDER");
    expect(alert(60, 100)).toBe("SLOW");
    expect(alert(120, 100)).toBe("OK");
  });

  it("treats exactly the threshold as OK and takes another threshold", () => {
    expect(alert(130, 100)).toBe("OK");
    expect(alert(120, 100, 0.1)).toBe("REORDER");
  });

  it("explains a threshold typed as a percentage number", () => {
    expect(excelErrorOf(() => alert(120, 100, 30))).toBe("#VALUE! threshold must be at least 0 and below 1 (got 30)");
  });
});

describe("PEAK.WEEKSOFCOVER", () => {
  it("divides stock by a weekly rate", () => {
    // hand: 70 ÷ (5 × 7) = 2 weeks
    expect(weeksOfCover(70, [[5]])).toBe(2);
  });

  it("walks a range of daily forecasts", () => {
    // hand: 35 units vs 10/day: 3 days use 30, the remaining 5 last half a day at the range's average → 3.5 days = 0.5 weeks
    expect(weeksOfCover(35, [[10], [10], [10]])).toBeCloseTo(0.5, 10);
  });

  it("explains a zero forecast instead of showing infinity", () => {
    expect(excelErrorOf(() => weeksOfCover(35, [[0]]))).toBe("#VALUE! daily_forecast is 0: with no demand the stock never runs out");
  });
});
