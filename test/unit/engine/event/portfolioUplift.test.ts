import { pastEventUplift } from "../../../../src/engine/event/pastEventUplift";
import { portfolioUplift } from "../../../../src/engine/event/portfolioUplift";
import { EVENT_DAYS, PAST_2023, PAST_2024, syntheticSku } from "./syntheticSku";

const year = (eventStartSerial: number, windowUnits: number, expectedUnits: number, usable = true) => ({ eventStartSerial, usable, windowUnits, expectedUnits });

describe("portfolioUplift", () => {
  const A = { perYear: [year(1, 30, 10), year(2, 60, 20)] };
  const B = { perYear: [year(1, 12, 12)] };
  const C = { perYear: [year(1, 3, 8), year(2, 50, 5, false)] };

  it("is the ratio of sums over three SKUs' usable years", () => {
    const p = portfolioUplift([A, B, C]);
    // hand: (30 + 60 + 12 + 3) ÷ (10 + 20 + 12 + 8) = 105 ÷ 50 = 2.1; C's unusable year left out
    expect(p.uplift).toBeCloseTo(2.1, 12);
    expect(p.windowUnits).toBe(105);
    expect(p.expectedUnits).toBe(50);
    expect(p.skusUsed).toBe(3);
    expect(p.skuYearsUsed).toBe(4);
  });

  it("gives the uplift of each past year and its spread", () => {
    const p = portfolioUplift([A, B, C]);
    // hand: year 1 (30 + 12 + 3) ÷ (10 + 12 + 8) = 1.5 over 3 SKUs; year 2 60 ÷ 20 = 3 over 1 SKU
    expect(p.perYear).toEqual([
      { eventStartSerial: 1, uplift: 1.5, skusUsed: 3 },
      { eventStartSerial: 2, uplift: 3, skusUsed: 1 },
    ]);
    // hand: mean 2.25, sample sd |3 − 1.5| ÷ √2 = 1.06066; cv = 0.471405
    expect(p.cvAcrossYears).toBeCloseTo(1.0606602 / 2.25, 6);
  });

  it("barely moves when a tiny SKU has a wild uplift", () => {
    const big = { perYear: [year(1, 1000, 1000)] };
    const tiny = { perYear: [year(1, 5, 0.5)] }; // uplift 10
    // hand: (1000 + 5) ÷ (1000 + 0.5) = 1.0045; a mean of ratios would say (1 + 10) ÷ 2 = 5.5
    expect(portfolioUplift([big, tiny]).uplift).toBeCloseTo(1005 / 1000.5, 12);
  });

  it("has no uplift when no SKU has a usable year", () => {
    const p = portfolioUplift([{ perYear: [year(1, 3, 0, false)] }, { perYear: [] }]);
    expect(p).toEqual({ uplift: null, skusUsed: 0, skuYearsUsed: 0, windowUnits: 0, expectedUnits: 0, perYear: [], cvAcrossYears: null });
  });

  it("pools pastEventUplift results, keeping a portfolio below 1 when SKUs sell less", () => {
    const up = pastEventUplift(syntheticSku({ eventPerDay: 12 }), EVENT_DAYS, [PAST_2023, PAST_2024]);
    const down = pastEventUplift(syntheticSku({ baselinePerDay: 20, eventPerDay: 10 }), EVENT_DAYS, [PAST_2023, PAST_2024]);
    if (!up.ok || !down.ok) throw new Error("setup");
    // hand: (2×48 + 2×40) ÷ (2×40 + 2×80) = 176 ÷ 240 = 0.7333
    expect(portfolioUplift([up.value, down.value]).uplift).toBeCloseTo(176 / 240, 12);
  });
});
