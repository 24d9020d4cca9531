import { cbm, chargeableWeight, cubicFeet, landedCost, shipBy, storageFee } from "../../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

describe("PEAK.CHARGEABLEWEIGHT", () => {
  it("takes the volume weight when it is above the actual weight", () => {
    // hand: 50 × 40 × 30 = 60,000 cm³ ÷ 6000 = 10 kg > 8 kg actual
    expect(chargeableWeight(50, 40, 30, 8)).toBeCloseTo(10, 10);
    // hand: ÷ 5000 = 12 kg per carton × 3 cartons = 36 kg
    expect(chargeableWeight(50, 40, 30, 8, 5000, 3)).toBeCloseTo(36, 10);
  });

  it("takes the actual weight when the carton is dense", () => {
    expect(chargeableWeight(50, 40, 30, 15)).toBe(15);
  });

  it("explains a zero divisor and a negative side", () => {
    expect(excelErrorOf(() => chargeableWeight(50, 40, 30, 8, 0))).toBe("#VALUE! divisor must be above 0 (got 0)");
    expect(excelErrorOf(() => chargeableWeight(-50, 40, 30, 8))).toBe("#VALUE! length_cm (-50) is negative");
  });
});

describe("PEAK.CBM and PEAK.CUBICFEET", () => {
  it("turns centimetres into cubic metres", () => {
    // hand: 50 × 40 × 30 = 60,000 cm³ = 0.06 m³; × 10 = 0.6
    expect(cbm(50, 40, 30)).toBeCloseTo(0.06, 12);
    expect(cbm(50, 40, 30, 10)).toBeCloseTo(0.6, 12);
  });

  it("turns a one-foot cube into one cubic foot", () => {
    // hand: 1 ft = 30.48 cm exactly
    expect(cubicFeet(30.48, 30.48, 30.48)).toBeCloseTo(1, 12);
    expect(cubicFeet(30.48, 30.48, 30.48, 12)).toBeCloseTo(12, 10);
  });
});

describe("PEAK.SHIPBY", () => {
  it("counts back from the event: the issue's example", () => {
    // hand: 2026-11-27 − 7 safety − 14 receiving − 35 transit − 5 handling = 2026-09-27 (serial 46292)
    expect(shipBy(46353, 35, 14, 7, 5)).toBe(46292);
    expect(shipBy("2026-11-27", 35, 14, 7, 5)).toBe(46292);
  });

  it("uses 14 receiving, 7 safety and 0 handling days by default", () => {
    // hand: 46353 − 7 − 14 − 35 = 46297 (2026-10-02)
    expect(shipBy(46353, 35)).toBe(46297);
  });

  it("explains a date it cannot read", () => {
    expect(excelErrorOf(() => shipBy("next friday", 35))).toMatch(/^#VALUE! event_start: 'next friday'/);
    expect(excelErrorOf(() => shipBy(null, 35))).toBe("#N/A event_start is required (a date)");
  });

  it("never answers a date before 1900-03-01 or a negative serial, and says why", () => {
    // before: shipBy(100, 35) answered 44 (1900-02-12) and transit 1e9 a negative serial
    // hand: 1900-04-09 (serial 100) − 7 − 14 − 35 = serial 44, before serial 61 (1900-03-01)
    expect(excelErrorOf(() => shipBy(100, 35))).toBe(
      "#VALUE! the ship-by date would fall 56 days before the event start 1900-04-09, before 1900-03-01, the first date Excel shows correctly; check event_start and the day counts",
    );
    expect(excelErrorOf(() => shipBy(46353, 1e9))).toBe("#VALUE! transit_days must be at least 0 and at most 1000 (got 1000000000)");
    expect(shipBy(161, 35)).toBe(105); // hand: 161 − 7 − 14 − 35 = 105 (1900-04-14) is fine
  });
});

describe("PEAK.LANDEDCOST", () => {
  it("adds freight, duty, insurance and fees to the purchase cost", () => {
    // hand: 10 + 2 + 10 × 0.075 + (10 + 2) × 1.1 × 0.003 + 0.5 = 10 + 2 + 0.75 + 0.0396 + 0.5 = 13.2896
    expect(landedCost(10, 2, 0.075, 0.003, 0.5)).toBeCloseTo(13.2896, 10);
    expect(landedCost(10, 2)).toBe(12);
  });
});

describe("PEAK.STORAGEFEE", () => {
  it("prorates by day and charges the peak rate from October 1", () => {
    // hand: 10 ft³ × (0.78 × 15/30 for Sep 16–30 + 2.40 × 15/31 for Oct 1–15) = 3.9 + 11.6129 = 15.5129
    expect(storageFee(10, "2026-09-16", "2026-10-16")).toBeCloseTo(15.512903, 5);
  });

  it("explains an end before the start", () => {
    expect(excelErrorOf(() => storageFee(10, "2026-10-16", "2026-09-16"))).toMatch(/^#VALUE! /);
  });
});
