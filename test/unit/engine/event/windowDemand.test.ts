import { windowDemand } from "../../../../src/engine/event/windowDemand";
import { demandDistribution } from "../../../../src/engine/forecast/demandDistribution";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";

/** Only a shared level error (v = 0.05): Var(total) = its Poisson part + v × (its mean)². */
const LEVEL_ONLY = { dailyNoise: 0, levelShared: 0.05, levelGrowthPerDay: 0, evidenceUnits: 100 };
const flat = (days: number) => demandDistribution(Array.from({ length: days }, () => 5), LEVEL_ONLY);
const event = (k: number | null, cv = 0) => ({ baselineMultiplier: k, multiplierCv: cv, distribution: countDistribution(40, 60) });

describe("windowDemand", () => {
  it("joins the event days (× the uplift) and the cover days, with the level error they share", () => {
    // hand: event days 0–3 (20 units × 2 = 40), cover days 4–17 (70): mean 110;
    // Var = Poisson part (2 × 20 + 70 = 110) + 0.05 × 110² (605) = 715
    // (piecewise: Var(2·B_E) = 40 + 4 × 20 = 120, Var B_C = 70 + 245 = 315, 2 × 2 × Cov(E, C) = 4 × 0.05 × 20 × 70 = 280)
    const w = windowDemand({ baseline: flat(18), event: event(2), fromDay: 0, eventFromDay: 0, eventToDay: 4, toDay: 18 });
    expect(w.mean).toBeCloseTo(110, 12);
    expect(w.variance).toBeCloseTo(715, 9);
    expect(w.family).toBe("negativeBinomial");
    expect(w.size).toBeCloseTo((110 * 110) / 605, 9);
  });

  it("takes days before the event as they are", () => {
    // hand: pre days 0–3 (20), event 4–7 (× 2 = 40), cover 8–13 (30): mean 90; Var = 90 + 0.05 × 90² = 495
    const w = windowDemand({ baseline: flat(14), event: event(2), fromDay: 0, eventFromDay: 4, eventToDay: 8, toDay: 14 });
    expect(w.mean).toBeCloseTo(90, 12);
    expect(w.variance).toBeCloseTo(495, 9);
  });

  it("adds the uplift's own uncertainty to the event days (Goodman's product variance)", () => {
    // hand: cv 0.1 adds k²c²·(B − M) + c²k²·M² to the event days: 4 × 0.01 × 20 + 0.01 × 4 × 400 = 0.8 + 16 → 715 + 16.8
    const w = windowDemand({ baseline: flat(18), event: event(2, 0.1), fromDay: 0, eventFromDay: 0, eventToDay: 4, toDay: 18 });
    expect(w.variance).toBeCloseTo(731.8, 9);
  });

  it("is the baseline's own window when the event does not change it", () => {
    const baseline = demandDistribution([3, 0, 7, 2, 9, 4, 4, 1, 6, 5], { dailyNoise: 0.2, levelShared: 0.03, levelGrowthPerDay: 0.004, evidenceUnits: 50 });
    const w = windowDemand({ baseline, event: event(1), fromDay: 1, eventFromDay: 3, eventToDay: 6, toDay: 9 });
    const plain = baseline.window(1, 9);
    expect(w.mean).toBeCloseTo(plain.mean, 12);
    expect(w.variance).toBeCloseTo(plain.variance, 9);
  });

  it("takes the event total on its own when the baseline forecasts nothing on the event days", () => {
    // hand: cover days 4–17: mean 70, variance 70 + 0.05 × 70² = 315; event total mean 40, variance 60 → 110, 375
    const w = windowDemand({ baseline: flat(18), event: event(null), fromDay: 0, eventFromDay: 0, eventToDay: 4, toDay: 18 });
    expect(w.mean).toBeCloseTo(110, 12);
    expect(w.variance).toBeCloseTo(375, 9);
  });
});
