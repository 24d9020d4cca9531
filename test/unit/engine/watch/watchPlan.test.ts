import fc from "fast-check";
import { renderWatchNotes, WATCH_NOTE_TEMPLATES } from "../../../../src/engine/watch/watchNotes";
import { watchPlan } from "../../../../src/engine/watch/watchPlan";
import { expectedPath } from "../../../../src/engine/plan/expectedPath";
import { watchSku, type SalesToDate } from "../../../../src/engine/watch/watchSku";
import { unwrap } from "../stock/testResult";
import { AIR, EXPRESS, FAST_BOAT, LANES, MASTER, PLAN, POLICY, planLine } from "./watchFixtures";

const TODAY = PLAN + 10; // 2026-09-25: ten days of sales since the plan date
const sold = (perDay: number, days = 10, onHand?: number | null): SalesToDate => ({
  startSerial: PLAN, units: Array<number>(days).fill(perDay), ...(onHand !== undefined ? { onHand: Array<number | null>(days).fill(onHand) } : {}),
});
const watch = (line: ReturnType<typeof planLine>, sales: SalesToDate, master = MASTER) => unwrap(watchSku({ line, master, sales, policy: POLICY, lanes: LANES, todaySerial: TODAY }));

describe("expectedPath", () => {
  it("scales the event days of the baseline to the event's P50", () => {
    // hand: event baseline 4 × 10 = 40, P50 80 → the event days 20 each
    expect(expectedPath(planLine(0, null, null), POLICY).slice(58, 65)).toEqual([10, 10, 20, 20, 20, 20, 10]);
  });
});

describe("watchSku", () => {
  it("re-orders a hot seller's shortfall by the cheapest lane still in time, after the supplier's production days", () => {
    // hand: sold 10 × 15 = 150 against 10 × 10 = 100 → +50 % → hot, the rest × 1.5.
    // stock now 700 − 150 = 550; ahead (PLAN+10 … +63): 15/day to +59, the event 20 × 1.5 = 30/day;
    // base 200 lands +45, sprint 100 lands +52. 550 − 35 × 15 = 25 at +45, + 200 = 225; − 7 × 15 = 120 at +52,
    // + 100 = 220; − 8 × 15 = 100 at the event (+60 … +63 at 30/day): 100, 70, 40, 10 → +63 has 10 of 30: 20 short from +63.
    // Re-order on +10: made by +20 (10 days); sellable Fast boat +20+3+20+7 = +50, Air +39, Express +33, Sea +67 (late).
    // Cheapest in time: Fast boat, 20 → 1 carton = 20 units, $18 (Express $108); goods 20 × $8 = $160
    const row = watch(planLine(700, [200, PLAN + 45, PLAN + 5], [100, PLAN + 52, PLAN + 35]), sold(15));
    expect(row).toMatchObject({
      status: "REORDER", trend: "REORDER", actualUnits: 150, forecastUnits: 100, deviation: 0.5, stockOutDays: 0,
      stockNowUnits: 550, stockOutDay: PLAN + 63, shortUnits: 20, leftoverUnits: 0,
    });
    expect(row.reorder.kind === "inTime" && row.reorder.option).toMatchObject({ lane: FAST_BOAT, readyDay: PLAN + 20, sellableDay: PLAN + 50, units: 20, freightUsd: 18 });
    expect(renderWatchNotes(row.notes, "en")).toBe(
      "Sold 150 against 100 forecast on the days in stock (+50 %); the event runs short from 2026-11-17: 20 units short by 2026-11-17; " +
        "re-order 20 units (1 × 20) by Fast boat: made by 2026-10-05, sellable by 2026-11-04 (worst case) before 2026-11-17; freight $18, goods $160; " +
        "the fastest, Express (sellable 2026-10-18), costs $108 in freight",
    );
  });

  it("calls zero stock with zero sales a stock-out, not a slow mover, and re-orders the event's shortfall by the cheapest lane in time", () => {
    // hand: on hand 0, nothing in transit: 10 days at 0 stock selling 0 → 10 stock-out days, no day to compare (not SLOW).
    // Ahead at 10/day (event 20/day): the run-up +10 … +44 loses 35 × 10 = 350 (said, not re-ordered for: the plan
    // stocks the event); base 200 lands +45 and serves +45 … +59 (150) → 50 left; event: 30, 10, then +62 loses 10,
    // +63 loses 20 → 30 short in the event from +62. Made by +20: Express +33, Air +39, Fast boat +50 in time, Sea +67 late;
    // cheapest in time Fast boat: 30 → 2 cartons = 40 units, 2 × $18 = $36
    const row = watch(planLine(0, [200, PLAN + 45, PLAN + 5], null), sold(0));
    expect(row).toMatchObject({ status: "STOCKOUT", trend: null, stockOutDays: 10, stockNowUnits: 0, stockOutDay: TODAY, shortUnits: 30 });
    if (row.reorder.kind !== "inTime") throw new Error(`expected a lane in time, got ${row.reorder.kind}`);
    expect(row.reorder.option).toMatchObject({ lane: FAST_BOAT, sellableDay: PLAN + 50, units: 40, freightUsd: 36 });
    expect(row.notes.map((n) => n.key)).toEqual(["noInStockDays", "stockOutNow", "runUpGap", "runsOut", "reorderInTime", "fasterCostsMore"]);
    expect(renderWatchNotes(row.notes, "en")).toContain("stock runs out on 2026-09-25, before the event: about 350 units of sales lost until a batch lands on 2026-10-30");
    expect(renderWatchNotes(row.notes, "zh-CN")).toContain("补货 40 件（2 箱 × 20）走 Fast boat");
  });

  it("with no lane in time for the event, says what the best late re-order still saves", () => {
    // hand: nothing on hand or coming; re-order placed +55 (55 days of no stock and no sales), made +65, after the first
    // short event day +60: nothing in time, and the fastest, Express, is sellable +65 + 1 + 5 + 7 = +78, after the event
    // end +63: no lane serves any of the 4 × 20 = 80 short units → do not re-order; out of stock now → STOCKOUT
    const row = unwrap(watchSku({ line: planLine(0, null, null), master: MASTER, sales: sold(0, 55), policy: POLICY, lanes: LANES, todaySerial: PLAN + 55 }));
    expect(row).toMatchObject({ status: "STOCKOUT", shortUnits: 80, reorder: { kind: "noneSaves" } });
    expect(row.notes.map((n) => n.key)).toContain("nothingSaves");
    // lead 1 day (ready +56) and receiving 0: Express sellable +56 + 1 + 5 = +62, late for +60 but serving +62 and +63
    // (40 units, 2 cartons): saves 40 × $12 − 2 × $108 − 10 % × 40 × $8 = 480 − 216 − 32 = $232; Air +68 serves nothing
    const quick = unwrap(watchSku({ line: planLine(0, null, null), master: { ...MASTER, supplierLeadDays: 1 }, sales: sold(0, 55), policy: { ...POLICY, receivingDays: 0 }, lanes: LANES, todaySerial: PLAN + 55 }));
    if (quick.reorder.kind !== "late") throw new Error(`expected a late option, got ${quick.reorder.kind}`);
    expect(quick.reorder.option).toMatchObject({ lane: EXPRESS, sellableDay: PLAN + 62, units: 40, servedUnits: 40 });
    expect(quick.reorder.option.savesUsd).toBeCloseTo(232, 9);
    expect(quick.status).toBe("STOCKOUT");
  });

  it("trusts the sheet's OnHand: zero on hand and zero sales is a stock-out even when the plan thought there was stock", () => {
    const row = watch(planLine(300, null, null), sold(0, 10, 0));
    expect(row).toMatchObject({ status: "STOCKOUT", trend: null, stockOutDays: 10, stockNowUnits: 0 });
  });

  it("leaves stock-out days out of the comparison: 3 days out of stock do not make a steady seller slow", () => {
    // hand: OnHand 0 on the first 3 days (0 sold), then 7 days at 10 with OnHand 500 → 70 against 7 × 10 = 70: OK
    const sales: SalesToDate = { startSerial: PLAN, units: [0, 0, 0, 10, 10, 10, 10, 10, 10, 10], onHand: [0, 0, 0, 500, 490, 480, 470, 460, 450, 440] };
    const row = watch(planLine(0, [200, PLAN + 45, PLAN + 5], null), sales);
    expect(row).toMatchObject({ trend: "OK", actualUnits: 70, forecastUnits: 70, stockOutDays: 3, stockNowUnits: 440, status: "OK" });
  });

  it("a slow seller whose sprint has not shipped is told to hold it, with no red badge", () => {
    // hand: 10 × 5 = 50 against 100 → −50 % → SLOW, the rest × 0.5; stock 650 + 200 + 100 against 50 × 5 + 4 × 10 = 290 → 660 left.
    // Today +10 is before the sprint's ship-by +35 → hold it
    const row = watch(planLine(700, [200, PLAN + 45, PLAN + 5], [100, PLAN + 52, PLAN + 35]), sold(5));
    expect(row).toMatchObject({ status: "SLOW", trend: "SLOW", shortUnits: 0, leftoverUnits: 660 });
    expect(renderWatchNotes(row.notes, "en")).toContain("hold the sprint batch: 100 units by Air, ship-by 2026-10-20");
  });

  it("a hot seller whose stock still covers the event is HOT, not a red REORDER next to 'no re-order'", () => {
    // hand: +50 % → 870 ahead against 850 + 200 + 100 = 1150 → 280 left, nothing short
    const row = watch(planLine(1000, [200, PLAN + 45, PLAN + 5], [100, PLAN + 52, PLAN + 35]), sold(15));
    expect(row).toMatchObject({ status: "HOT", trend: "REORDER", shortUnits: 0, leftoverUnits: 280, reorder: { kind: "notShort" } });
    expect(renderWatchNotes(row.notes, "en")).toContain("stock covers the forecast to 2026-11-17: no re-order");
  });

  it("badges match the advice: REORDER exactly when units are short and a lane is advised (property)", () => {
    fc.assert(
      fc.property(fc.nat(1500), fc.nat(40), fc.nat(400), fc.integer({ min: 0, max: 40 }), fc.boolean(), (onHand, perDay, base, lead, battery) => {
        const master = { ...MASTER, supplierLeadDays: lead, sensitive: battery };
        const row = watch(planLine(onHand, base > 0 ? [base, PLAN + 45, PLAN + 5] : null, null), sold(perDay), master);
        const advised = row.reorder.kind === "inTime" || row.reorder.kind === "late";
        if (row.status === "REORDER") expect(row.shortUnits > 0 && advised).toBe(true);
        if (row.status === "SHORT") expect(row.shortUnits > 0 && !advised).toBe(true);
        if (row.status === "HOT" || row.status === "OK" || row.status === "SLOW") expect(row.shortUnits).toBe(0);
        if (row.shortUnits === 0) expect(row.notes.some((n) => n.key === "reorderInTime" || n.key === "lateStillSaves")).toBe(false);
        if (row.status === "SLOW") expect(row.trend).toBe("SLOW");
      }),
      { numRuns: 200 },
    );
  });
});

describe("watchPlan", () => {
  it("lists what needs doing first, names SKUs with no sales, and reports a SKU missing from the master without sinking the rest", () => {
    const hot = { ...planLine(700, [200, PLAN + 45, PLAN + 5], [100, PLAN + 52, PLAN + 35]), sku: "HOT" };
    const out = { ...planLine(0, [200, PLAN + 45, PLAN + 5], null), sku: "OUT" };
    const quiet = { ...planLine(700, null, null), sku: "QUIET" };
    const lost = { ...planLine(700, null, null), sku: "LOST" };
    const sales = new Map([["HOT", sold(15)], ["OUT", sold(0)], ["LOST", sold(10)]]);
    const masters = new Map(["HOT", "OUT", "QUIET"].map((sku) => [sku, { ...MASTER, sku }]));
    const r = watchPlan([hot, quiet, out, lost], sales, masters, POLICY, [SEA_FIRST, AIR], TODAY);
    expect(r.rows.map((row) => [row.sku, row.status])).toEqual([["OUT", "STOCKOUT"], ["HOT", "REORDER"]]);
    expect(r.unmatched).toEqual(["QUIET"]);
    expect(r.errors).toEqual([expect.objectContaining({ code: "MISSING_VALUE", where: expect.objectContaining({ sku: "LOST" }) })]);
  });

  it("every Watch sentence exists in English and Chinese with the same placeholders", () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(WATCH_NOTE_TEMPLATES.en) as (keyof typeof WATCH_NOTE_TEMPLATES.en)[]) {
      expect({ key, zh: names(WATCH_NOTE_TEMPLATES.zh[key]) }).toEqual({ key, zh: names(WATCH_NOTE_TEMPLATES.en[key]) });
    }
  });
});

const SEA_FIRST = LANES[0];
