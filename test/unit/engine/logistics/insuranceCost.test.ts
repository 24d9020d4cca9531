import fc from "fast-check";
import { cargoInsuranceUsd } from "../../../../src/engine/logistics/insuranceCost";
import { errorOf, unwrap } from "../stock/testResult";

describe("cargoInsuranceUsd", () => {
  it("insures goods + freight plus 10 %", () => {
    // DESIGN.md §1 item 7, hand: (10 000 + 2 000) × 1.1 × 0.003 = 13 200 × 0.003 = 39.6
    expect(unwrap(cargoInsuranceUsd(10_000, 2_000, 0.003))).toBeCloseTo(39.6, 10);
  });

  it("is zero at a zero rate", () => {
    expect(unwrap(cargoInsuranceUsd(10_000, 2_000, 0))).toBe(0);
  });

  it("reports bad inputs by argument name", () => {
    expect(errorOf(cargoInsuranceUsd(-1, 0, 0.003))).toMatchObject({ code: "NEGATIVE_VALUE", message: "goods_usd (-1) is negative" });
    expect(errorOf(cargoInsuranceUsd(1, Number.NaN, 0.003))).toMatchObject({ code: "NOT_A_NUMBER", message: "freight_usd is not a number (NaN)" });
    expect(errorOf(cargoInsuranceUsd(1, 0, 3))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "insurance_rate (3) is above 1; enter rates as fractions (0.25 for 25 %)",
      where: { argument: "insurance_rate" },
    });
  });

  it("is 1.1 × rate of the insured sum and additive in goods and freight (property)", () => {
    const usd = fc.double({ min: 0, max: 1e7, noNaN: true });
    const rate = fc.double({ min: 0, max: 0.01, noNaN: true });
    fc.assert(
      fc.property(usd, usd, rate, (goods, freight, r) => {
        const whole = unwrap(cargoInsuranceUsd(goods, freight, r));
        const parts = unwrap(cargoInsuranceUsd(goods, 0, r)) + unwrap(cargoInsuranceUsd(0, freight, r));
        expect(whole).toBeCloseTo(parts, 6);
        expect(whole).toBeCloseTo((goods + freight) * 1.1 * r, 6);
      }),
    );
  });
});
