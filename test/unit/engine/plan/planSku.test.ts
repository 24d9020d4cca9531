/**
 * planSku on the flat book (flatBook.ts), worked by hand: 10 units a day, so the forecast is 10/day, the
 * event's mean 4 × 10 = 40 and the cover days' 14 × 10 = 140: the window's mean 180.
 *
 * The window's spread (forecastDispersion.ts, demandDistribution.ts): the SES backtest on a constant series
 * measures no error over 14,000 forecast units, so the prior (b 0.21, v 0.035, g 0.0016, inflation 2) keeps the
 * weight 50 ÷ 14,050 = 0.003559: b = 0.000747, v = 0.000249, g = 0.0000114, the level error held at lead 28.
 * Var(window) = 180 + b·(18 × 10²) + (v + 28 g)·180² = 180 + 1.3452 + 18.4022 = 199.7475: a negative binomial with
 * mean 180 and size 180² ÷ 19.7475 = 1640.716. Its quantiles below are scipy.stats.nbinom.ppf(p, 1640.716, 180 ÷ 1820.716).
 *
 * Economics (landedLogistics.test.ts, leftoverCost): m = $10 − $3 = $7; o = $0.984056; k by fast boat $2.236882,
 * by air $5.379638. No stock: the shelf is empty from the plan date, so the event stock also sells the 7 days
 * from sellable-by to the start (70 units, added to every target).
 */
import { DEFAULT_LANES, defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { planSku, type PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { dailySeries } from "../../../../src/engine/series/dailySeries";
import { unwrap } from "../stock/testResult";
import { flatSeries, PLAN, POLICY, S, SKU } from "./flatBook";

function plan(sku: Partial<SkuMaster> = {}, policy: Partial<EventPolicy> = {}, lanes: readonly Lane[] = DEFAULT_LANES): PlanLine {
  const r = planSku({ series: flatSeries(), sku: { ...SKU, ...sku }, lanes, policy: { ...POLICY, ...policy }, abcClass: "A", portfolioUplift: null, model: "ses", destination: "Amazon US" });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("planSku, worked by hand", () => {
  it("stocks the window by a two-stage newsvendor: the base by fast boat to its level, the sprint by air expected", () => {
    const line = plan();
    expect(line.destination).toBe("Amazon US");
    // P50 is the median of a count distribution with mean 40 (issue 14): within half a unit of 40.
    expect(Math.abs(line.eventDemandP50 - 40)).toBeLessThan(0.5);
    expect(line.coverUnits).toBe(140);
    expect(line.windowDemandMean).toBeCloseTo(180, 9);
    expect(line.unitMarginUsd).toBe(7); // 10 − 3
    expect(line.baseLandedUsd).toBeCloseTo(2.236882, 6);
    expect(line.sprintLandedUsd).toBeCloseTo(5.379638, 6);
    expect(line.leftoverCostUsd).toBeCloseTo(0.984056, 6);
    // hand: CR_air = (7 − 5.379638) ÷ (7 + 0.984056) = 0.202950; the base's level (ρ = 1) = (5.379638 − 2.236882) ÷ (5.379638 + 0.984056) = 0.493857
    expect(line.quantityMode).toBe("two-stage");
    expect(line.criticalRatio).toBeCloseTo(0.20295, 5);
    expect(line.serviceLevel).toBeCloseTo(0.20295, 5);
    expect(line.baseLevel).toBeCloseTo(0.493857, 5);
    // hand: base = nbinom.ppf(0.493857) = 180 + 70 = 250 → 25 cartons by fast boat on its ship-by 2026-10-10 (laneOptions.test.ts)
    expect(line.base).toMatchObject({ lane: "Fast boat → US West", units: 250, shipBy: S - 48 });
    // hand: expected sprint E[(D + 70 − 250)⁺] = σ·φ(0) = √199.7475 × 0.398942 = 5.638 → 1 carton to the nearest, by air,
    // decided by the re-plan on the air ship-by 2026-10-25
    expect(line.sprint).toMatchObject({ lane: "Air → US West", units: 10, shipBy: S - 33 });
    expect(line.sprintReviewSerial).toBe(S - 33);
    expect(line.netNeed).toBeCloseTo(255.638, 3);
    // hand: buffer = stock expected 255.638 − window P50 179.797 − 70 = 5.841
    expect(line.buffer).toBeCloseTo(line.netNeed - line.windowDemandP50 - 70, 9);
    expect(line.buffer).toBeCloseTo(5.841, 2);
    expect(renderNotes(line.why)).toContain(
      "base by Fast boat → US West covers the window's P49.4 ($2.24/unit landed); the sprint by Air → US West ($5.38/unit) is decided by the re-plan on 2026-10-25 from the sales to date, up to P20.3 of the demand known then: about 6 units expected (margin $7.00, leftover $0.98)",
    );
  });

  it("stocks the window's quantile at the fast boat's CR when air does not pay, and says why", () => {
    // hand: price $8: m = $5 < air's k $5.38 → no sprint; CR = (5 − 2.236882) ÷ (5 + 0.984056) = 0.461747;
    // nbinom.ppf(0.461747) = 178 + 70 = 248 → 25 cartons
    const line = plan({ price: 8 });
    expect(line.quantityMode).toBe("base");
    expect(line.criticalRatio).toBeCloseTo(0.461747, 5);
    expect(line.netNeed).toBe(248);
    expect(line.base?.units).toBe(250);
    expect(line.sprint).toBeNull();
    expect(line.sprintReviewSerial).toBeNull();
    const why = renderNotes(line.why);
    expect(why).toContain("stocks the window's P46.2 (248 units) by Fast boat → US West: CR = (margin $5.00 − landed $2.24) ÷ ($5.00 + leftover $0.98) = 0.462");
    expect(why).toContain("Air → US West does not pay its freight: freight, duty, insurance and storage $5.38/unit against the $5.00 margin of a sale, so nothing goes by it");
    expect(line.unprofitable).toEqual([]);
  });

  it("ships nothing when no lane in time pays its freight, and names the cheapest lane that would", () => {
    // hand: price $5: m = $2 < fast boat's $2.24 and air's $5.38 → nothing; sea FCL would pay: $120/CBM × 0.006 = $0.72
    // + insurance 3.72 × 1.1 × 0.003 = $0.012276 + storage from 2026-10-26 (sellable-by − 25 days) to 12-06:
    // 0.211888 × 2.4 × (6/31 + 1 + 5/31) = $0.688978 → k $1.421254 < $2, but its ship-by S − 81 = 2026-09-07 has passed
    const line = plan({ price: 5 });
    expect(line.quantityMode).toBe("none");
    expect([line.base, line.sprint, line.netNeed, line.serviceLevel]).toEqual([null, null, 0, null]);
    const notes = renderNotes(line.unprofitable);
    expect(notes).toBe(
      "Fast boat → US West does not pay its freight: freight, duty, insurance and storage $2.24/unit against the $2.00 margin of a sale, so nothing goes by it; " +
        "the cheapest lane that would pay: Sea FCL → US West at $1.42/unit, shipped by 2026-09-07",
    );
    expect(renderNotes(line.unprofitable, "zh-CN")).toContain("能赚钱的最便宜渠道：Sea FCL → US West，每件 $1.42，须在 2026-09-07 前发货");
    // hand: price $4: m = $1 < every lane's k (sea FCL $1.42 the cheapest) → none would pay
    expect(renderNotes(plan({ price: 4 }).unprofitable)).toContain("no lane would pay: the cheapest, Sea FCL → US West, costs $1.42/unit against the $1.00 margin");
  });

  it("adds the days the event stock sells before the start when the shelf is empty, and only then", () => {
    // hand: no stock: out on the plan date 2026-09-18; sellable-by 2026-11-20 … 11-26 = 7 days × 10 = 70 more in the need;
    // the 63 days from 09-18 to 11-19 lose 630 units of sales
    const empty = plan();
    expect(empty).toMatchObject({ runsOutSerial: S - 70, sellableBySerial: S - 7 });
    expect(empty.preEventGapUnits).toBeCloseTo(70, 9);
    expect(empty.shortBeforeSellableUnits).toBeCloseTo(630, 9);
    expect(renderNotes(empty.why)).toContain("stock on hand runs out 2026-09-18: the need includes the 70 units the event stock sells from 2026-11-20 to the start");
    // hand: held until the start (the replay), the same 70 are not the event stock's: exactly 70 less need
    const held = plan({}, { eventStockHeldUntilStart: true });
    expect(held.preEventGapUnits).toBe(0);
    expect(empty.netNeed - held.netNeed).toBeCloseTo(70, 9);
    // hand: 700 on hand last the 70 days to the start (70 × 10): no gap, nothing lost
    const stocked = plan({ onHand: 700 });
    expect(stocked).toMatchObject({ runsOutSerial: null, preEventGapUnits: 0, shortBeforeSellableUnits: 0 });
  });

  it("says on which day stock runs out before the event, and what is lost until the event stock is sellable", () => {
    // hand: 300 on hand last 30 days (09-18 … 10-17), out on 2026-10-18 = S − 40; lost 10-18 … 11-19 = 33 days × 10 = 330; gap 70
    const line = plan({ onHand: 300 });
    expect(line.runsOutSerial).toBe(S - 40);
    expect(line.shortBeforeSellableUnits).toBeCloseTo(330, 9);
    expect(line.preEventGapUnits).toBeCloseTo(70, 9);
  });

  it("lets a lot arriving between sellable-by and the start serve its days, and counts the rest of the gap", () => {
    // hand: 20 in transit arriving S − 3 serve S − 3 and S − 2; short S − 7 … S − 4 (4 × 10) and S − 1 (10) = 50
    const line = plan({ inTransit: 20, inTransitArrival: S - 3 });
    expect(line.preEventGapUnits).toBeCloseTo(50, 9);
    expect(line.inTransitUsable).toBe(20);
    expect(line.stockAtEventUnits).toBe(0);
  });

  it("raises an order below the MOQ to it by the slow lane", () => {
    // hand: base 250 + sprint 10 = 260 < MOQ 1000: the other 74 cartons go by fast boat → 990 + 10
    const line = plan({ moq: 1000 });
    expect(line.base).toMatchObject({ lane: "Fast boat → US West", units: 990 });
    expect(line.sprint?.units).toBe(10);
    expect(renderNotes(line.why)).toContain("raised to the MOQ of 1000 by Fast boat → US West");
  });

  it("never flies an order up to its MOQ: without a slow lane in time it says why not", () => {
    // hand: goods ready 2026-10-15 (lead 27), after the fast boat's ship-by 10-10: air alone, at CR_air 0.202950:
    // nbinom.ppf = 168 + 70 = 238; 23 full cartons, and the 24th (stock 230 … 239, F(160 … 169) = 0.0817 … 0.2307)
    // sums Σ (1.620362 − 7.984056 × F) = +4.32 > 0 → 24 cartons = 240 (the 25th sums −13.25)
    const line = plan({ supplierLeadDays: 27, moq: 1000 });
    expect(line.quantityMode).toBe("sprint");
    expect(line.base).toBeNull();
    expect(line.sprint).toMatchObject({ lane: "Air → US West", units: 240 });
    // hand: the other 760 units by air would cost 760 × $5.00 = $3,800
    expect(renderNotes(line.why)).toContain(
      "below the MOQ of 1000: 240 units go by Air → US West, the other 760 are not flown (about $3800.00 of freight for stock the window does not need)",
    );
  });

  it("re-plans the sprint at its ship-by, counting the base at sea as arriving on its date", () => {
    // hand: the re-plan on S − 33 (sales to S − 34, still 10/day: the same window, its leads held at 28 days), the fast boat
    // gone, the base held for the window and counted from the start (as the replay passes it): air alone at CR 0.202950 → 168.
    const replan = (atSea: number) => {
      const series = unwrap(dailySeries("A", PLAN - 400, Array.from({ length: 437 }, () => 10)));
      return unwrap(planSku({ series, sku: { ...SKU, inTransit: atSea, inTransitArrival: S }, lanes: DEFAULT_LANES, policy: { ...POLICY, planDate: S - 33, eventStockHeldUntilStart: true }, abcClass: "A", portfolioUplift: null, model: "ses" }));
    };
    // 250 at sea ≥ 168: nothing flies
    const covered = replan(250);
    expect([covered.quantityMode, covered.stockAtEventUnits, covered.netNeed, covered.sprint]).toEqual(["sprint", 250, 0, null]);
    expect(renderNotes(covered.why)).toContain("the stock there (250 units) already covers the window's P20.3: nothing to ship");
    // 100 at sea: 168 − 100 = 68 → 6 full cartons, and the 7th (stock 160 … 169) pays +4.32 (as above) → 70 by air
    const short = replan(100);
    expect(short.netNeed).toBe(68);
    expect(short.sprint).toMatchObject({ lane: "Air → US West", units: 70, shipBy: S - 33 });
  });

  it("raises the quantity to a class's service-level floor and says what it costs", () => {
    // hand: price $8 (fast boat alone, economic level 0.461747 → 248); class A floor 0.95 → nbinom.ppf(0.95) = 204 + 70 = 274 → 28 cartons;
    // cost = Σ_{x=178}^{203} (5.984056 × F(x) − 2.763118) with scipy's nbinom.cdf (0.463393 … 0.949408) = $45.51
    const line = plan({ price: 8 }, { serviceLevelFloorByClass: { A: 0.95 } });
    expect(line.serviceLevel).toBe(0.95);
    expect(line.criticalRatio).toBeCloseTo(0.461747, 5);
    expect(line.netNeed).toBe(274);
    expect(line.base?.units).toBe(280);
    expect(line.floorCostUsd).toBeCloseTo(45.5125, 3);
    expect(renderNotes(line.why)).toContain("class A floor P95: 274 units instead of the economic 248, about $45.51 less expected profit");
    // a floor below the economic level costs nothing and changes nothing
    expect(plan({ price: 8 }, { serviceLevelFloorByClass: { A: 0.3 } })).toMatchObject({ netNeed: 248, floorCostUsd: 0 });
  });

  it("holds a written BufferPct as a least cushion above the window's median, with its cost", () => {
    // hand: price $8, buffer 15 %: 1.15 × window P50 179.797 = 206.77 → 207, F(207) = 0.971843 above the economic 0.461747
    // → nbinom.ppf(0.971843) = 207 + 70 = 277
    const line = plan({ price: 8 }, { bufferPct: 0.15 });
    expect(line.serviceLevel).toBeCloseTo(0.971843, 5);
    expect(line.netNeed).toBe(277);
    expect(renderNotes(line.why)).toContain("buffer 15 % above the window's median: 277 units instead of the economic 248");
  });

  it("keeps the need of a battery SKU no lane can bring in time, with why, and ships nothing", () => {
    // hand: ready 2026-09-18 + 27 = 10-15, after the fast boat's ship-by 10-10 (typical 10-19); sea FCL/LCL passed; air and express refuse batteries
    const line = plan({ sensitive: true, supplierLeadDays: 27 });
    expect(line).toMatchObject({ noLaneInTime: true, base: null, sprint: null, landedCostPerUnit: null });
    expect(line.netNeed).toBeGreaterThan(250); // hand: at least 40 + 140 + 70 + buffer 6
    expect(renderNotes(line.why)).toBe(
      "no lane arrives in time: goods ready 2026-10-15, Fast boat → US West needed them by 2026-10-10; " +
        "battery or liquid goods: Air → US West, Express → US West refuse them; " +
        "Fast boat → US West at its typical transit would still make it if shipped by 2026-10-19; " +
        `nothing ships: the need of ${Math.ceil(line.netNeed)} units stays unshipped; ` +
        "stock on hand runs out 2026-09-18: the need includes the 70 units the event stock sells from 2026-11-20 to the start",
    );
    expect(renderNotes(line.why, "zh-CN")).toContain("带电或液体货：Air → US West, Express → US West 不接；Fast boat → US West 按正常时效若在 2026-10-19 前发货仍可赶上");
    expect(renderNotes(line.why)).not.toContain("fast lane");
  });

  it("does not raise an unshippable SKU to its MOQ", () => {
    const line = plan({ sensitive: true, supplierLeadDays: 27, moq: 1000 });
    expect(renderNotes(line.why)).not.toContain("MOQ");
  });

  it("plans a SKU selling in Germany on Germany's lanes only", () => {
    // hand: rail ship-by 2026-10-01 (46292) at $1.32/unit; the sprint by air → Germany, decided on its ship-by 46320
    const line = plan({}, {}, defaultLanes("DE"));
    expect(line.base?.lane).toBe("Rail → Germany");
    expect(line.base?.shipBy).toBe(46292);
    expect(line.sprintReviewSerial).toBe(46320);
  });

  it("multiplies the event forecast by the seller's growth: 1.15 → +15 %", () => {
    // hand: event 40 × 1.15 = 46; the cover days stay the baseline's 140 → window 186
    const line = plan({}, { growth: 1.15 });
    expect(line.windowDemandMean).toBeCloseTo(186, 9);
    expect(Math.abs(line.eventDemandP50 - 46)).toBeLessThan(0.5);
  });
});
