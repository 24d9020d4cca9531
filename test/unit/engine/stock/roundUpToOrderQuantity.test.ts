import fc from "fast-check";
import { roundUpToOrderQuantity } from "../../../../src/engine/stock/roundUpToOrderQuantity";
import { errorOf, unwrap } from "./testResult";

describe("roundUpToOrderQuantity", () => {
  it("rounds up to whole cartons", () => {
    // hand: ⌈275 / 24⌉ = 12 cartons = 288 units
    expect(unwrap(roundUpToOrderQuantity(275, { unitsPerCarton: 24 }))).toEqual({ units: 288, cartons: 12 });
  });

  it("keeps an exact multiple", () => {
    expect(unwrap(roundUpToOrderQuantity(48, { unitsPerCarton: 24 }))).toEqual({ units: 48, cartons: 2 });
  });

  it("raises a small need to the MOQ rounded up to whole cartons", () => {
    // hand: need 40 < MOQ 100; ⌈100 / 24⌉ = 5 cartons = 120
    expect(unwrap(roundUpToOrderQuantity(40, { unitsPerCarton: 24, moq: 100 }))).toEqual({ units: 120, cartons: 5 });
  });

  it("ignores the MOQ when the need is above it", () => {
    // hand: ⌈130 / 24⌉ = 6 → 144
    expect(unwrap(roundUpToOrderQuantity(130, { unitsPerCarton: 24, moq: 100 }))).toEqual({ units: 144, cartons: 6 });
  });

  it("orders nothing for a need of 0, even with an MOQ", () => {
    expect(unwrap(roundUpToOrderQuantity(0, { unitsPerCarton: 24, moq: 100 }))).toEqual({ units: 0, cartons: 0 });
    expect(unwrap(roundUpToOrderQuantity(0, { moq: 100 }))).toEqual({ units: 0, cartons: null });
  });

  it("rounds a fractional need up to whole units when there is no carton size", () => {
    expect(unwrap(roundUpToOrderQuantity(10.2))).toEqual({ units: 11, cartons: null });
    expect(unwrap(roundUpToOrderQuantity(0.001, {}))).toEqual({ units: 1, cartons: null });
  });

  it("rounds a fractional MOQ up", () => {
    expect(unwrap(roundUpToOrderQuantity(3, { moq: 49.5 }))).toEqual({ units: 50, cartons: null });
  });

  it("rejects a carton size that is zero or not whole", () => {
    expect(errorOf(roundUpToOrderQuantity(10, { unitsPerCarton: 0 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "units_per_carton must be a whole number of units, at least 1 (got 0)",
    });
    expect(errorOf(roundUpToOrderQuantity(10, { unitsPerCarton: 12.5 })).code).toBe("OUT_OF_RANGE");
  });

  it("names a negative or non-numeric input", () => {
    expect(errorOf(roundUpToOrderQuantity(-5))).toMatchObject({ code: "NEGATIVE_VALUE", message: "units (-5) is negative" });
    expect(errorOf(roundUpToOrderQuantity(5, { moq: Number.NaN })).message).toBe("moq is not a number (NaN)");
    expect(errorOf(roundUpToOrderQuantity(5, { unitsPerCarton: -6 })).code).toBe("NEGATIVE_VALUE");
  });

  it("never loses units and wastes less than a carton when the MOQ does not bind (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
        (need, carton, moq) => {
          const r = unwrap(roundUpToOrderQuantity(need, { unitsPerCarton: carton, moq }));
          expect(r.units).toBeGreaterThanOrEqual(need);
          expect(r.units % carton).toBe(0);
          expect(r.cartons).toBe(r.units / carton);
          if (need === 0) expect(r.units).toBe(0);
          else if (moq !== undefined) expect(r.units).toBeGreaterThanOrEqual(moq);
          // one carton fewer would not cover the need (written so: `units − need < carton` rounds to false for need = 5e-324)
          if (moq === undefined || moq <= need) expect(r.units - carton).toBeLessThan(need);
        },
      ),
    );
  });

  it("with no carton size, rounds up by less than one unit (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (need) => {
        const r = unwrap(roundUpToOrderQuantity(need));
        expect(Number.isInteger(r.units)).toBe(true);
        expect(r.units).toBeGreaterThanOrEqual(need);
        expect(r.units - 1).toBeLessThan(need); // one unit fewer would not cover the need
      }),
    );
  });
});
