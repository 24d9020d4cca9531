import fc from "fast-check";
import { xyzClassify, type XyzItem, type XyzOutcome } from "../../../../src/engine/classify/xyzClassify";
import { errorOf, unwrap } from "../stock/testResult";

function okItem(o: XyzOutcome | undefined): XyzItem {
  if (!o || o.status !== "ok") throw new Error(`expected a classified SKU, got ${JSON.stringify(o)}`);
  return o;
}

describe("xyzClassify", () => {
  it("makes a constant series X with cv 0", () => {
    const [s] = unwrap(xyzClassify([{ key: "flat", unitsPerPeriod: Object.freeze([10, 10, 10, 10]) }]));
    expect(okItem(s)).toMatchObject({ class: "X", cv: 0, mean: 10, sd: 0, periods: 4 });
  });

  it("makes an alternating series Y", () => {
    // hand: 5, 15, 5, 15 → mean 10, Σ(x−10)² = 100, sd = √(100/3) = 5.7735, cv = 0.57735 (0.5 < cv ≤ 1)
    const s = okItem(unwrap(xyzClassify([{ key: "alt", unitsPerPeriod: [5, 15, 5, 15] }]))[0]);
    expect(s.cv).toBeCloseTo(0.57735, 5);
    expect(s.class).toBe("Y");
  });

  it("makes a spiky series Z", () => {
    // hand: 0, 0, 0, 40 → mean 10, Σ(x−10)² = 100+100+100+900 = 1200, sd = √400 = 20, cv = 2.0
    const s = okItem(unwrap(xyzClassify([{ key: "spike", unitsPerPeriod: [0, 0, 0, 40] }]))[0]);
    expect(s.cv).toBe(2);
    expect(s.class).toBe("Z");
  });

  it("counts a cv exactly on a threshold in the steadier class", () => {
    // hand: 15, 15, 5, 5, 10 → mean 10, Σ(x−10)² = 100, sd = √(100/4) = 5, cv = 0.5 → X (≤ 0.5)
    // hand: 20, 20, 0, 0, 10 → mean 10, Σ(x−10)² = 400, sd = √(400/4) = 10, cv = 1.0 → Y (≤ 1.0)
    const [x, y] = unwrap(
      xyzClassify([
        { key: "edgeX", unitsPerPeriod: [15, 15, 5, 5, 10] },
        { key: "edgeY", unitsPerPeriod: [20, 20, 0, 0, 10] },
      ]),
    );
    expect(okItem(x)).toMatchObject({ cv: 0.5, class: "X" });
    expect(okItem(y)).toMatchObject({ cv: 1, class: "Y" });
  });

  it("makes a SKU that never sold Z with cv Infinity and a note", () => {
    const s = okItem(unwrap(xyzClassify([{ key: "dead", unitsPerPeriod: [0, 0, 0] }]))[0]);
    expect(s).toMatchObject({ class: "Z", cv: Infinity, mean: 0 });
    expect(s.note).toMatch(/never sold/);
  });

  it("follows configurable thresholds", () => {
    // hand: cv 0.57735 (alternating series) ≤ 0.6 → X
    const s = okItem(unwrap(xyzClassify([{ key: "alt", unitsPerPeriod: [5, 15, 5, 15] }], { x: 0.6, y: 1.5 }))[0]);
    expect(s.class).toBe("X");
  });

  it("reports a bad SKU on its own and still classes the others", () => {
    const out = unwrap(
      xyzClassify([
        { key: "short", unitsPerPeriod: [4] },
        { key: "good", unitsPerPeriod: [10, 10] },
        { key: "neg", unitsPerPeriod: [3, -1] },
      ]),
    );
    expect(out[0]).toMatchObject({
      key: "short",
      status: "error",
      error: { code: "INSUFFICIENT_HISTORY", message: "SKU 'short': XYZ needs at least 2 periods of demand; it has 1" },
    });
    expect(okItem(out[1]).class).toBe("X");
    expect(out[2]).toMatchObject({
      key: "neg",
      status: "error",
      error: { code: "NEGATIVE_VALUE", message: "SKU 'neg' demand per period: value 2 is negative (-1)", where: { sku: "neg", index: 2 } },
    });
  });

  it("fails as a whole on duplicate keys or bad thresholds", () => {
    expect(errorOf(xyzClassify([{ key: "a", unitsPerPeriod: [1, 2] }, { key: "a", unitsPerPeriod: [1, 2] }])).code).toBe("DUPLICATE_KEY");
    expect(errorOf(xyzClassify([], { x: 1.2, y: 0.5 })).message).toBe("XYZ threshold y (0.5) is smaller than threshold x (1.2)");
    expect(errorOf(xyzClassify([], { x: -1, y: 0.5 })).code).toBe("NEGATIVE_VALUE");
  });

  it("does not depend on the unit of measure: scaling demand keeps cv and class (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 2, max: 50 }), (series, k) => {
        const [a, b] = unwrap(
          xyzClassify([
            { key: "units", unitsPerPeriod: series },
            { key: "dozens", unitsPerPeriod: series.map((v) => v * k) },
          ]),
        );
        const ia = okItem(a);
        const ib = okItem(b);
        if (ia.cv === Infinity) expect(ib.cv).toBe(Infinity);
        else expect(ib.cv).toBeCloseTo(ia.cv, 9);
        // away from the thresholds the class cannot change
        if (Math.abs(ia.cv - 0.5) > 1e-9 && Math.abs(ia.cv - 1) > 1e-9) expect(ib.class).toBe(ia.class);
      }),
    );
  });
});
