import fc from "fast-check";
import { ISOLATING_GAP_DAYS, isolatedSideLimit, keptDateRange } from "../../../../src/engine/series/isolatedDates";

const days = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe("keptDateRange", () => {
  it("drops one date typed years late or years early", () => {
    // hand: 300 daily rows from 45000; 47900 is 2,601 days after the last (45299); 1 row ≤ max(1, 301 / 100 = 3)
    expect(keptDateRange([...days(45000, 300), 47900], 301)).toEqual({ from: 45000, to: 45299 });
    expect(keptDateRange([38000, ...days(45000, 300)], 301)).toEqual({ from: 45000, to: 45299 });
  });

  it("drops a typo at each end", () => {
    expect(keptDateRange([38000, ...days(45000, 300), 47900], 302)).toEqual({ from: 45000, to: 45299 });
  });

  it("keeps a long gap with many rows on both sides (a seller who paused for a year)", () => {
    // hand: 50 rows, a 400-day pause, 50 rows: the smaller side is 50 rows > max(1, 1) — not isolated
    expect(keptDateRange([...days(45000, 50), ...days(45450, 50)], 100)).toBeNull();
  });

  it("keeps a gap of exactly a year", () => {
    expect(keptDateRange([...days(45000, 300), 45299 + ISOLATING_GAP_DAYS], 301)).toBeNull();
    expect(keptDateRange([...days(45000, 300), 45299 + ISOLATING_GAP_DAYS + 1], 301)).toEqual({ from: 45000, to: 45299 });
  });

  it("reads only the first `count` serials", () => {
    expect(keptDateRange([...days(45000, 300), 47900], 300)).toBeNull();
  });

  it("never drops more than 1 % of the rows per end, and keeps dates found in the data at both ends (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 40000, max: 48000 }), { minLength: 2, maxLength: 300 }), (serials) => {
      const kept = keptDateRange(serials, serials.length);
      if (kept === null) return;
      const dropped = serials.filter((s) => s < kept.from || s > kept.to).length;
      // two passes, each at most max(1, 1 % of what is left)
      expect(dropped).toBeLessThanOrEqual(2 * isolatedSideLimit(serials.length));
      expect(serials.some((s) => s === kept.from) && serials.some((s) => s === kept.to)).toBe(true);
    }));
  });
});
