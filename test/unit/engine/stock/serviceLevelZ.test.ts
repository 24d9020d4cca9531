import { serviceLevelZ } from "../../../../src/engine/stock/serviceLevelZ";
import { errorOf, unwrap } from "./testResult";

describe("serviceLevelZ", () => {
  it("gives the tabled safety factors", () => {
    // standard normal table (e.g. Silver, Pyke & Thomas appendix): z(0.90) = 1.2816, z(0.95) = 1.6449, z(0.98) = 2.0537, z(0.99) = 2.3263
    expect(unwrap(serviceLevelZ(0.9))).toBeCloseTo(1.2816, 4);
    expect(unwrap(serviceLevelZ(0.95))).toBeCloseTo(1.6449, 4);
    expect(unwrap(serviceLevelZ(0.98))).toBeCloseTo(2.0537, 4);
    expect(unwrap(serviceLevelZ(0.99))).toBeCloseTo(2.3263, 4);
  });

  it("is zero at 50 % and negative below", () => {
    // table: z(0.5) = 0, z(0.2) = −0.8416
    expect(unwrap(serviceLevelZ(0.5))).toBeCloseTo(0, 9);
    expect(unwrap(serviceLevelZ(0.2))).toBeCloseTo(-0.8416, 4);
  });

  it("rejects a service level of 1 or more with a plain message", () => {
    expect(errorOf(serviceLevelZ(1.2))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "service level must be between 0 and 1 (e.g. 0.95), got 1.2",
      where: { argument: "service_level" },
    });
    expect(errorOf(serviceLevelZ(1)).code).toBe("OUT_OF_RANGE");
    expect(errorOf(serviceLevelZ(95)).message).toBe("service level must be between 0 and 1 (e.g. 0.95), got 95");
  });

  it("rejects 0 and negative service levels", () => {
    expect(errorOf(serviceLevelZ(0)).code).toBe("OUT_OF_RANGE");
    expect(errorOf(serviceLevelZ(-0.5)).code).toBe("OUT_OF_RANGE");
  });

  it("reports a service level that is not a number", () => {
    expect(errorOf(serviceLevelZ(Number.NaN))).toMatchObject({ code: "NOT_A_NUMBER", message: "service level is not a number (NaN)" });
    expect(errorOf(serviceLevelZ("95%" as unknown as number)).message).toBe("service level is not a number ('95%')");
  });
});
