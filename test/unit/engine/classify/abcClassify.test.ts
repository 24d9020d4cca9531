import fc from "fast-check";
import { abcClassesByPosition, abcClassify, type AbcInput } from "../../../../src/engine/classify/abcClassify";
import { errorOf, unwrap } from "../stock/testResult";

// Hand-made portfolio, total 1000, given out of order (S10 before S09 to test the tie-break).
// hand: cumulative share BEFORE each item, in revenue order:
// S01 400 → 0.000 A | S02 200 → 0.400 A | S03 150 → 0.600 A | S04 50 → 0.750 A
// S05 45 → 0.800 B (boundary: not < 0.80) | S06 40 → 0.845 B | S07 35 → 0.885 B | S08 30 → 0.920 B
// S09 25 → 0.950 C (boundary: not < 0.95) | S10 25 → 0.975 C
const portfolio: readonly AbcInput[] = Object.freeze([
  { key: "S07", revenue: 35 },
  { key: "S02", revenue: 200 },
  { key: "S10", revenue: 25 },
  { key: "S05", revenue: 45 },
  { key: "S01", revenue: 400 },
  { key: "S09", revenue: 25 },
  { key: "S04", revenue: 50 },
  { key: "S08", revenue: 30 },
  { key: "S03", revenue: 150 },
  { key: "S06", revenue: 40 },
]);

describe("abcClassify", () => {
  it("classes a 10-item portfolio by cumulative revenue share with the default 80/95 thresholds", () => {
    const r = unwrap(abcClassify(portfolio));
    expect(r.totalRevenue).toBe(1000);
    expect(r.items.map((i) => i.key)).toEqual(["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"]);
    expect(r.items.map((i) => i.class).join("")).toBe("AAAABBBBCC");
    // hand: shares 0.40, 0.20, 0.15, 0.05, 0.045, 0.04, 0.035, 0.03, 0.025, 0.025
    expect(r.items.map((i) => i.share)).toEqual([0.4, 0.2, 0.15, 0.05, 0.045, 0.04, 0.035, 0.03, 0.025, 0.025]);
    // hand: cumulative (inclusive) 0.40, 0.60, 0.75, 0.80, 0.845, 0.885, 0.92, 0.95, 0.975, 1.00
    const cum = r.items.map((i) => i.cumulativeShare);
    [0.4, 0.6, 0.75, 0.8, 0.845, 0.885, 0.92, 0.95, 0.975, 1].forEach((c, k) => expect(cum[k]).toBeCloseTo(c, 12));
    expect(cum[9]).toBe(1);
    expect(r.note).toBeUndefined();
  });

  it("puts an item that starts exactly on a threshold in the lower class", () => {
    // hand: 50/30/20 → S3 starts at 80/100 = 0.80, not < 0.80 → B
    const r = unwrap(abcClassify([{ key: "S1", revenue: 50 }, { key: "S2", revenue: 30 }, { key: "S3", revenue: 20 }]));
    expect(r.items.map((i) => i.class)).toEqual(["A", "A", "B"]);
  });

  it("puts the item that crosses a threshold in the upper class", () => {
    // hand: 50/29/21 → S3 starts at 0.79 < 0.80 → A, though it ends at 1.00
    const r = unwrap(abcClassify([{ key: "S1", revenue: 50 }, { key: "S2", revenue: 29 }, { key: "S3", revenue: 21 }]));
    expect(r.items.map((i) => i.class)).toEqual(["A", "A", "A"]);
  });

  it("makes a dominant seller A", () => {
    // hand: 90/10 → X starts at 0 → A; Y starts at 0.90 < 0.95 → B
    const r = unwrap(abcClassify([{ key: "Y", revenue: 10 }, { key: "X", revenue: 90 }]));
    expect(r.items.map((i) => [i.key, i.class])).toEqual([["X", "A"], ["Y", "B"]]);
  });

  it("follows configurable thresholds (supplychainpy's 80/90)", () => {
    // hand: with b = 0.90, S08 starts at 0.92 → C; S07 starts at 0.885 → B
    const r = unwrap(abcClassify(portfolio, { a: 0.8, b: 0.9 }));
    expect(r.items.map((i) => i.class).join("")).toBe("AAAABBBCCC");
  });

  it("makes a SKU with no revenue C", () => {
    const r = unwrap(abcClassify([{ key: "S1", revenue: 100 }, { key: "S2", revenue: 0 }], { a: 1, b: 1 }));
    expect(r.items.map((i) => i.class)).toEqual(["A", "C"]);
  });

  it("makes every SKU C with a note when there is no revenue at all", () => {
    const r = unwrap(abcClassify([{ key: "S1", revenue: 0 }, { key: "S2", revenue: 0 }]));
    expect(r.items.map((i) => i.class)).toEqual(["C", "C"]);
    expect(r.note).toBe("Total revenue is 0: every SKU is class C");
  });

  it("reports a negative revenue naming the SKU", () => {
    expect(errorOf(abcClassify([{ key: "S1", revenue: 10 }, { key: "KB-7", revenue: -3 }]))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "SKU 'KB-7': revenue (-3) is negative",
      where: { sku: "KB-7", index: 2 },
    });
  });

  it("reports a revenue that is not a number", () => {
    expect(errorOf(abcClassify([{ key: "S1", revenue: Number.NaN }])).message).toBe("SKU 'S1': revenue is not a number (NaN)");
  });

  it("reports a duplicate or blank key", () => {
    expect(errorOf(abcClassify([{ key: "S1", revenue: 1 }, { key: "S1", revenue: 2 }]))).toMatchObject({
      code: "DUPLICATE_KEY",
      message: "SKU 'S1' appears twice in the ABC list (items 1 and 2)",
    });
    expect(errorOf(abcClassify([{ key: " ", revenue: 1 }])).code).toBe("MISSING_VALUE");
  });

  it("rejects thresholds outside (0, 1] or out of order", () => {
    expect(errorOf(abcClassify(portfolio, { a: 80, b: 95 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "ABC threshold a must be a share between 0 and 1 (e.g. 0.8), got 80",
    });
    expect(errorOf(abcClassify(portfolio, { a: 0.9, b: 0.8 })).message).toBe("ABC threshold b (0.8) is smaller than threshold a (0.9)");
    expect(errorOf(abcClassify(portfolio, { a: 0, b: 0.8 })).code).toBe("OUT_OF_RANGE");
  });

  it("returns an empty table for no SKUs", () => {
    expect(unwrap(abcClassify([])).items).toEqual([]);
  });

  it("keeps classes in order, A holds at least share a, and the running share ends at 1 (property)", () => {
    const items = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }).filter((k) => k.trim() !== ""), revenue: fc.integer({ min: 0, max: 1e6 }) }), {
      minLength: 1,
      maxLength: 30,
      selector: (i) => i.key,
    });
    const shares = fc.tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(items, shares, (list, [a, t]) => {
        const b = a + (1 - a) * t;
        const r = unwrap(abcClassify(list, { a, b }));
        const classes = r.items.map((i) => i.class).join("");
        expect(classes).toMatch(/^A*B*C*$/);
        if (r.totalRevenue > 0) {
          expect(r.items[r.items.length - 1].cumulativeShare).toBe(1);
          const aRevenue = r.items.filter((i) => i.class === "A").reduce((s, i) => s + i.revenue, 0);
          expect(aRevenue / r.totalRevenue).toBeGreaterThanOrEqual(a - 1e-12);
        }
      }),
    );
  });
});

describe("abcClassesByPosition", () => {
  it("gives the classes abcClassify gives when keys sort in position order (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), (revenues, a) => {
      const b = Math.min(1, a + 0.1);
      const items = revenues.map((revenue, i) => ({ key: String(i).padStart(3, "0"), revenue }));
      const table = unwrap(abcClassify(items, { a, b }));
      const byKey = new Map(table.items.map((x) => [x.key, x.class]));
      expect(unwrap(abcClassesByPosition(revenues, { a, b }))).toEqual(items.map((x) => byKey.get(x.key)));
    }));
  });

  it("names a bad item by position", () => {
    expect(errorOf(abcClassesByPosition([1, -2])).message).toBe("item 2: revenue (-2) is negative");
  });
});
