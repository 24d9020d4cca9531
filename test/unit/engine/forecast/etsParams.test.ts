import { checkWeight, readEtsParams } from "../../../../src/engine/forecast/etsParams";
import type { Result } from "../../../../src/engine/errors";

const code = <T>(r: Result<T>): string => (r.ok ? "ok" : r.error.code);

describe("readEtsParams", () => {
  it("returns the smoothing weights in key order and the states given, undefined where missing", () => {
    const r = readEtsParams("Holt", { phi: 0.9, alpha: 0.5, beta: 0.1, l0: 3, other: Number.NaN }, ["alpha", "beta", "phi"], ["l0", "b0"]);
    expect(r).toEqual({ ok: true, value: { smoothing: [0.5, 0.1, 0.9], states: [3, undefined] } });
  });

  it("leaves the smoothing undefined when none is fixed, so the model optimises it", () => {
    expect(readEtsParams("Holt", undefined, ["alpha", "gamma"], ["l0"])).toEqual({ ok: true, value: { smoothing: undefined, states: [undefined] } });
  });

  it("needs the smoothing weights all together and names the missing ones", () => {
    const r = readEtsParams("Holt", { alpha: 0.5 }, ["alpha", "beta", "phi"], []);
    expect(r.ok ? "" : r.error.message).toBe("Holt: fixed parameters need alpha, beta, phi together; missing beta, phi");
    const two = readEtsParams("HW", { gamma: 0.1 }, ["alpha", "gamma"], []);
    expect(two.ok ? "" : two.error.message).toBe("HW: fixed parameters need alpha and gamma together; missing alpha");
  });

  it("rejects a parameter that is not a finite number, naming it", () => {
    const r = readEtsParams("SES", { alpha: 0.5, l0: Number.POSITIVE_INFINITY }, ["alpha"], ["l0"]);
    expect(code(r)).toBe("NOT_A_NUMBER");
    expect(r.ok ? "" : r.error.where).toEqual({ argument: "l0" });
    expect(code(readEtsParams("SES", { alpha: Number.NaN }, ["alpha"], ["l0"]))).toBe("NOT_A_NUMBER");
  });
});

describe("checkWeight", () => {
  it("accepts both ends of a closed range and rejects outside it", () => {
    expect(code(checkWeight("SES", "alpha", 0, 0, 1))).toBe("ok");
    expect(code(checkWeight("SES", "alpha", 1, 0, 1))).toBe("ok");
    expect(code(checkWeight("SES", "alpha", 1.0001, 0, 1))).toBe("OUT_OF_RANGE");
    expect(code(checkWeight("SES", "alpha", -0.0001, 0, 1))).toBe("OUT_OF_RANGE");
  });

  it("excludes the lower end when asked and names a bound that depends on another weight", () => {
    const phi = checkWeight("Holt", "phi", 0, 0, 1, true);
    expect(phi.ok ? "" : phi.error.message).toBe("Holt: parameter phi = 0 must be above 0 and at most 1");
    const beta = checkWeight("Holt", "beta", 0.4, 0, 0.3, false, "alpha (0.3)");
    expect(beta.ok ? "" : beta.error.message).toBe("Holt: parameter beta = 0.4 must be between 0 and alpha (0.3)");
  });
});
