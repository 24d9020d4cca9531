import fc from "fast-check";
import { US_IMPORT_FEE_RATES_FY2025, landedCostPerUnit, usImportFeesUsd } from "../../../../src/engine/logistics/landedCost";
import { errorOf, unwrap } from "../stock/testResult";

describe("landedCostPerUnit", () => {
  const base = { unitCostUsd: 10, freightPerUnitUsd: 2, dutyRate: 0.075, insuranceRate: 0.003, feesPerUnitUsd: 0.5 };

  it("adds purchase, freight, duty on FOB value, insurance and fees", () => {
    // hand: duty 10 × 0.075 = 0.75; insurance (10 + 2) × 1.1 × 0.003 = 0.0396
    //       total 10 + 2 + 0.75 + 0.0396 + 0.5 = 13.2896
    const r = unwrap(landedCostPerUnit(base));
    expect(r.parts.purchase).toBe(10);
    expect(r.parts.freight).toBe(2);
    expect(r.parts.duty).toBeCloseTo(0.75, 12);
    expect(r.parts.insurance).toBeCloseTo(0.0396, 12);
    expect(r.parts.fees).toBe(0.5);
    expect(r.totalUsd).toBeCloseTo(13.2896, 10);
  });

  it("charges duty on goods + freight + insurance when the basis is CIF (EU)", () => {
    // hand: customs value 10 + 2 + 0.0396 = 12.0396; duty × 0.075 = 0.90297; total 13.44257
    const r = unwrap(landedCostPerUnit({ ...base, customsValueBasis: "CIF" }));
    expect(r.parts.duty).toBeCloseTo(0.90297, 10);
    expect(r.totalUsd).toBeCloseTo(13.44257, 10);
  });

  it("is purchase + freight when rates and fees default to 0", () => {
    // hand: 10 + 2 = 12
    expect(unwrap(landedCostPerUnit({ unitCostUsd: 10, freightPerUnitUsd: 2 }))).toEqual({
      totalUsd: 12,
      parts: { purchase: 10, freight: 2, duty: 0, insurance: 0, fees: 0 },
    });
  });

  it("accepts 2025-size tariffs above 100 %", () => {
    // hand: duty 10 × 1.45 = 14.5; total 10 + 2 + 14.5 = 26.5
    expect(unwrap(landedCostPerUnit({ unitCostUsd: 10, freightPerUnitUsd: 2, dutyRate: 1.45 })).totalUsd).toBeCloseTo(26.5, 12);
  });

  it("reports bad inputs by field name", () => {
    expect(errorOf(landedCostPerUnit({ ...base, unitCostUsd: -1 }))).toMatchObject({ code: "NEGATIVE_VALUE", message: "unit_cost_usd (-1) is negative" });
    expect(errorOf(landedCostPerUnit({ ...base, freightPerUnitUsd: Number.NaN })).code).toBe("NOT_A_NUMBER");
    expect(errorOf(landedCostPerUnit({ ...base, dutyRate: 25 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "duty_rate (25) is above 5; enter rates as fractions (0.25 for 25 %)",
    });
    expect(errorOf(landedCostPerUnit({ ...base, insuranceRate: -0.1 })).message).toBe("insurance_rate (-0.1) is negative");
    expect(errorOf(landedCostPerUnit({ ...base, feesPerUnitUsd: -2 })).message).toBe("fees_per_unit_usd (-2) is negative");
    expect(errorOf(landedCostPerUnit({ ...base, customsValueBasis: "DDP" as "FOB" })).code).toBe("OUT_OF_RANGE");
  });

  it("total is the sum of its parts and at least purchase + freight (property)", () => {
    const usd = fc.double({ min: 0, max: 1e5, noNaN: true });
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(usd, usd, rate, rate, usd, fc.constantFrom("FOB" as const, "CIF" as const), (c, f, d, i, fees, basis) => {
        const r = unwrap(landedCostPerUnit({ unitCostUsd: c, freightPerUnitUsd: f, dutyRate: d, insuranceRate: i, feesPerUnitUsd: fees, customsValueBasis: basis }));
        const p = r.parts;
        expect(r.totalUsd).toBeCloseTo(p.purchase + p.freight + p.duty + p.insurance + p.fees, 6);
        expect(r.totalUsd).toBeGreaterThanOrEqual(c + f);
      }),
    );
  });
});

describe("usImportFeesUsd", () => {
  it("states the FY2025 CBP figures", () => {
    // CBP, Federal Register 2024-15990 (FY2025): MPF 0.3464 %, min $32.71, max $634.62; HMF 0.125 % (19 CFR 24.24)
    expect(US_IMPORT_FEE_RATES_FY2025).toEqual({ mpfRate: 0.003464, mpfMinUsd: 32.71, mpfMaxUsd: 634.62, hmfRate: 0.00125 });
  });

  it("charges MPF and HMF on an ocean entry", () => {
    // hand: MPF 50 000 × 0.003464 = 173.20; HMF 50 000 × 0.00125 = 62.50; total 235.70
    const r = unwrap(usImportFeesUsd(50_000, true));
    expect(r.mpfUsd).toBeCloseTo(173.2, 10);
    expect(r.hmfUsd).toBeCloseTo(62.5, 10);
    expect(r.totalUsd).toBeCloseTo(235.7, 10);
  });

  it("charges no HMF on an air entry", () => {
    expect(unwrap(usImportFeesUsd(50_000, false)).hmfUsd).toBe(0);
  });

  it("holds MPF between the minimum and the maximum", () => {
    // hand: 5 000 × 0.003464 = 17.32 < 32.71 → 32.71
    expect(unwrap(usImportFeesUsd(5_000, false)).mpfUsd).toBe(32.71);
    // hand: 500 000 × 0.003464 = 1 732 > 634.62 → 634.62; HMF 500 000 × 0.00125 = 625 (no cap)
    expect(unwrap(usImportFeesUsd(500_000, true))).toEqual({ mpfUsd: 634.62, hmfUsd: 625, totalUsd: 1259.62 });
  });

  it("takes a later year's limits as overrides", () => {
    // hand: 5 000 × 0.003464 = 17.32 < 40 → 40
    expect(unwrap(usImportFeesUsd(5_000, false, { mpfMinUsd: 40 })).mpfUsd).toBe(40);
  });

  it("costs nothing when nothing is entered", () => {
    expect(unwrap(usImportFeesUsd(0, true))).toEqual({ mpfUsd: 0, hmfUsd: 0, totalUsd: 0 });
  });

  it("reports bad inputs by argument name", () => {
    expect(errorOf(usImportFeesUsd(-5, true))).toMatchObject({ code: "NEGATIVE_VALUE", message: "customs_value_usd (-5) is negative" });
    expect(errorOf(usImportFeesUsd(5, "yes" as unknown as boolean)).code).toBe("NOT_A_NUMBER");
    expect(errorOf(usImportFeesUsd(5, true, { mpfMinUsd: 700 }))).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "mpf_max_usd (634.62) is smaller than mpf_min_usd (700)",
    });
    expect(errorOf(usImportFeesUsd(5, true, { hmfRate: 2 })).code).toBe("OUT_OF_RANGE");
  });

  it("keeps MPF within its limits and never falls as value grows (property)", () => {
    const value = fc.double({ min: 0.01, max: 1e8, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.boolean(), (a, b, ocean) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = unwrap(usImportFeesUsd(lo, ocean));
        const y = unwrap(usImportFeesUsd(hi, ocean));
        expect(x.mpfUsd).toBeGreaterThanOrEqual(32.71);
        expect(x.mpfUsd).toBeLessThanOrEqual(634.62);
        expect(y.totalUsd).toBeGreaterThanOrEqual(x.totalUsd);
      }),
    );
  });
});
