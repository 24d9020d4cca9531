import { defaultServiceLevelForClass } from "../../../../src/engine/classify/defaultServiceLevelForClass";
import type { AbcClass } from "../../../../src/engine/classify/abcClassify";
import { errorOf, unwrap } from "../stock/testResult";

describe("defaultServiceLevelForClass", () => {
  it("gives DESIGN.md's defaults: A 98 %, B 95 %, C 90 %", () => {
    expect(unwrap(defaultServiceLevelForClass("A"))).toBe(0.98);
    expect(unwrap(defaultServiceLevelForClass("B"))).toBe(0.95);
    expect(unwrap(defaultServiceLevelForClass("C"))).toBe(0.9);
  });

  it("lets the user override one class and keeps the others", () => {
    expect(unwrap(defaultServiceLevelForClass("A", { A: 0.99 }))).toBe(0.99);
    expect(unwrap(defaultServiceLevelForClass("C", { A: 0.99 }))).toBe(0.9);
  });

  it("rejects an override outside (0, 1), naming the class", () => {
    expect(errorOf(defaultServiceLevelForClass("B", { B: 95 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "class B: service level must be between 0 and 1 (e.g. 0.95), got 95",
    });
  });

  it("rejects a class that is not A, B or C", () => {
    expect(errorOf(defaultServiceLevelForClass("D" as AbcClass)).message).toBe("ABC class must be A, B or C (got 'D')");
  });
});
