import fc from "fast-check";
import { isoFromSerial, weekdayOfSerial } from "../../../../src/engine/dates";
import { weeklyCashFlow, type CashCategory, type CashItem } from "../../../../src/engine/plan/weeklyCashFlow";
import { errorOf, unwrap } from "../stock/testResult";

// Calendar: 46292 = Sun 2026-09-27, 46293 = Mon 09-28, 46294 = Tue 09-29, 46300 = Mon 10-05, 46307 = Mon 10-12.
const zero = { purchase: 0, freight: 0, duty: 0, storage: 0, contingency: 0 };

describe("weeklyCashFlow", () => {
  it("checks the calendar used below", () => {
    expect(isoFromSerial(46293)).toBe("2026-09-28");
    expect(weekdayOfSerial(46293)).toBe(1); // Monday
    expect(weekdayOfSerial(46292)).toBe(0); // Sunday
  });

  it("sums by Monday week, fills the empty weeks between and keeps a running total", () => {
    const items: CashItem[] = [
      { daySerial: 46294, category: "purchase", amountUsd: 3000 }, // Tue 09-29 → week 46293
      { daySerial: 46299, category: "contingency", amountUsd: 450 }, // Sun 10-04 → still week 46293
      { daySerial: 46308, category: "freight", amountUsd: 1200 }, // Tue 10-13 → week 46307
      { daySerial: 46307, category: "duty", amountUsd: 90 }, // Mon 10-12 → week 46307
      { daySerial: 46309, category: "freight", amountUsd: 300 }, // Wed 10-14 → week 46307
    ];
    expect(unwrap(weeklyCashFlow(items, "monday"))).toEqual([
      // hand: 3000 + 450 = 3450
      { weekStartSerial: 46293, ...zero, purchase: 3000, contingency: 450, total: 3450, cumulative: 3450 },
      { weekStartSerial: 46300, ...zero, total: 0, cumulative: 3450 },
      // hand: freight 1200 + 300 = 1500, duty 90 → 1590; 3450 + 1590 = 5040
      { weekStartSerial: 46307, ...zero, freight: 1500, duty: 90, total: 1590, cumulative: 5040 },
    ]);
  });

  it("defaults to Monday weeks and can start them on Sunday", () => {
    const items: CashItem[] = [{ daySerial: 46292, category: "storage", amountUsd: 78 }]; // Sun 09-27
    // hand: Monday week of Sun 09-27 starts Mon 09-21 = 46286; Sunday week starts that day, 46292
    expect(unwrap(weeklyCashFlow(items))[0].weekStartSerial).toBe(46286);
    expect(unwrap(weeklyCashFlow(items, "sunday"))[0].weekStartSerial).toBe(46292);
  });

  it("sorts unordered items and drops a time fraction on the day", () => {
    const rows = unwrap(
      weeklyCashFlow([
        { daySerial: 46307.9, category: "duty", amountUsd: 10 },
        { daySerial: 46293.2, category: "duty", amountUsd: 5 },
      ]),
    );
    // hand: weeks 46293, 46300 (empty), 46307; cumulative 5, 5, 15
    expect(rows.map((r) => [r.weekStartSerial, r.duty, r.cumulative])).toEqual([
      [46293, 5, 5],
      [46300, 0, 5],
      [46307, 10, 15],
    ]);
  });

  it("returns no rows for no items", () => {
    expect(unwrap(weeklyCashFlow([]))).toEqual([]);
  });

  it("reports bad items by position", () => {
    expect(errorOf(weeklyCashFlow([{ daySerial: 46294, category: "purchase", amountUsd: 1 }, { daySerial: 46294, category: "fee" as CashCategory, amountUsd: 1 }]))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "cash item 2, category: 'fee' is not one of purchase, freight, duty, storage, contingency",
      where: { argument: "items", index: 2 },
    });
    expect(errorOf(weeklyCashFlow([{ daySerial: 46294, category: "duty", amountUsd: -5 }]))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "cash item 1, amount_usd (-5) is negative",
    });
    expect(errorOf(weeklyCashFlow([{ daySerial: 7, category: "duty", amountUsd: 5 }]))).toMatchObject({ code: "BAD_DATE", where: { index: 1 } });
    expect(errorOf(weeklyCashFlow([{ daySerial: 46294, category: "duty", amountUsd: Number.NaN }])).code).toBe("NOT_A_NUMBER");
    expect(errorOf(weeklyCashFlow([], "friday" as "monday")).code).toBe("OUT_OF_RANGE");
    // hand: 2062-09-29 (59443) typed for 2026-09-29 → (59443 − 46294) ÷ 7 ≈ 1878 weeks, over 520
    expect(errorOf(weeklyCashFlow([{ daySerial: 46294, category: "duty", amountUsd: 1 }, { daySerial: 59443, category: "duty", amountUsd: 1 }])).message).toMatch(
      /^the payments span \d+ weeks \(2026-09-28 to 2062-.*\); check for a mistyped year$/,
    );
  });

  it("keeps every payment, in consecutive weeks that start on Monday (property)", () => {
    const category = fc.constantFrom<CashCategory>("purchase", "freight", "duty", "storage", "contingency");
    const item = fc.record({ daySerial: fc.integer({ min: 46000, max: 46400 }), category, amountUsd: fc.integer({ min: 0, max: 100000 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (items) => {
        const rows = unwrap(weeklyCashFlow(items));
        const sum = items.reduce((a, i) => a + i.amountUsd, 0);
        expect(rows[rows.length - 1].cumulative).toBe(sum);
        let running = 0;
        rows.forEach((r, k) => {
          expect(weekdayOfSerial(r.weekStartSerial)).toBe(1);
          if (k > 0) expect(r.weekStartSerial - rows[k - 1].weekStartSerial).toBe(7);
          expect(r.total).toBe(r.purchase + r.freight + r.duty + r.storage + r.contingency);
          running += r.total;
          expect(r.cumulative).toBe(running);
        });
        for (const i of items) {
          const row = rows.find((r) => i.daySerial >= r.weekStartSerial && i.daySerial < r.weekStartSerial + 7);
          expect(row).toBeDefined();
        }
      }),
    );
  });
});
