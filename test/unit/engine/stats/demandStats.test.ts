import { demandStats } from "../../../../src/engine/stats/demandStats";
import { errorOf, unwrap } from "../stock/testResult";

describe("demandStats", () => {
  it("gives count, mean, max, min and the sample sd", () => {
    const s = unwrap(demandStats(Object.freeze([2, 4, 4, 4, 5, 5, 7, 9])));
    // hand: mean 40/8 = 5; Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32; sample sd = √(32/7) = 2.13809
    expect(s.count).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.max).toBe(9);
    expect(s.min).toBe(2);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.sd).toBeCloseTo(2.13809, 5);
  });

  it("divides by n − 1, not n", () => {
    // hand: lead times 10, 12, 14 → mean 12, Σ(x−12)² = 8, sample sd = √(8/2) = 2 (population sd would be 1.633)
    const s = unwrap(demandStats([10, 12, 14], "Lead times"));
    expect(s.mean).toBe(12);
    expect(s.sd).toBe(2);
  });

  it("is zero sd for a single value", () => {
    expect(unwrap(demandStats([7]))).toEqual({ count: 1, mean: 7, max: 7, min: 7, sd: 0 });
  });

  it("is exactly zero sd when demand has no variance, even for values like 0.1", () => {
    expect(unwrap(demandStats([0.1, 0.1, 0.1, 0.1, 0.1])).sd).toBe(0);
  });

  it("reports an empty series", () => {
    expect(errorOf(demandStats([], "SKU A12 daily sales"))).toMatchObject({ code: "EMPTY_SERIES", message: "SKU A12 daily sales: there are no values" });
  });

  it("names the position of a value that is not a number", () => {
    const e = errorOf(demandStats([1, 2, Number.NaN, 4], "Lead times"));
    expect(e).toMatchObject({ code: "NOT_A_NUMBER", message: "Lead times: value 3 is not a number (NaN)", where: { index: 3 } });
    expect(errorOf(demandStats([1, Infinity])).code).toBe("NOT_A_NUMBER");
    expect(errorOf(demandStats([1, "abc" as unknown as number])).message).toBe("Values: value 2 is not a number ('abc')");
  });

  it("names the position of a negative value", () => {
    expect(errorOf(demandStats([3, -2]))).toMatchObject({ code: "NEGATIVE_VALUE", message: "Values: value 2 is negative (-2)", where: { index: 2 } });
  });
});
