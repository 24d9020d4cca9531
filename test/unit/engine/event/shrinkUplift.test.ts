import { shrinkUplift } from "../../../../src/engine/event/shrinkUplift";

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("shrinkUplift", () => {
  it("gives the SKU no weight when it has no evidence (E = 0)", () => {
    // hand: w = 0 ÷ (0 + 30) = 0 → the portfolio's 1.2
    expect(value(shrinkUplift(2, 0, 1.2))).toEqual({ uplift: 1.2, weightOwn: 0, source: "shrunk" });
  });

  it("weighs own and portfolio equally when E = k", () => {
    // hand: w = 30 ÷ 60 = 0.5; 0.5×2 + 0.5×1.2 = 1.6
    const r = value(shrinkUplift(2, 30, 1.2, 30));
    expect(r.weightOwn).toBe(0.5);
    expect(r.uplift).toBeCloseTo(1.6, 12);
  });

  it("tends to the SKU's own uplift as evidence grows", () => {
    // hand: w = 1e6 ÷ (1e6 + 30) = 0.99997; uplift = 2 − 0.00003×0.8 ≈ 1.999976
    const r = value(shrinkUplift(2, 1e6, 1.2));
    expect(r.weightOwn).toBeCloseTo(1e6 / (1e6 + 30), 12);
    expect(r.uplift).toBeCloseTo(2, 4);
    expect(r.uplift).toBeLessThan(2);
  });

  it("uses k as given", () => {
    // hand: w = 90 ÷ (90 + 10) = 0.9; 0.9×0.6 + 0.1×1.2 = 0.66 (an own uplift below 1 is kept)
    const r = value(shrinkUplift(0.6, 90, 1.2, 10));
    expect(r.weightOwn).toBeCloseTo(0.9, 12);
    expect(r.uplift).toBeCloseTo(0.66, 12);
  });

  it("takes the portfolio's uplift when the SKU has none", () => {
    const r = value(shrinkUplift(null, 0, 1.3));
    expect(r).toMatchObject({ uplift: 1.3, weightOwn: 0, source: "portfolio" });
    expect(r.reason).toContain("portfolio");
  });

  it("keeps the SKU's own uplift when there is no portfolio figure", () => {
    expect(value(shrinkUplift(1.8, 5, null))).toMatchObject({ uplift: 1.8, weightOwn: 1, source: "sku" });
  });

  it("falls back to 1.0 with a reason when neither exists", () => {
    const r = value(shrinkUplift(null, 0, null));
    expect(r).toMatchObject({ uplift: 1, weightOwn: 0, source: "none" });
    expect(r.reason).toBe("no past-event uplift for this SKU or the portfolio, so no uplift (1.0) is assumed");
  });

  it("rejects negative or non-finite arguments, naming them", () => {
    const cases: [ReturnType<typeof shrinkUplift>, string][] = [
      [shrinkUplift(-1, 10, 1), "skuUplift"],
      [shrinkUplift(1, -5, 1), "skuEvidenceUnits"],
      [shrinkUplift(1, 10, Number.NaN), "portfolioUplift"],
      [shrinkUplift(1, 10, 1, -1), "priorUnits"],
    ];
    for (const [r, name] of cases) {
      expect(r.ok ? null : r.error.code).toBe("OUT_OF_RANGE");
      expect(r.ok ? "" : r.error.message).toContain(name);
    }
  });
});
