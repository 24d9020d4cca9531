import { doublesOf, emptyDoubles } from "../../../../src/engine/series/doubleArray";

describe("doubleArray", () => {
  it("copies the same numbers into a new array", () => {
    const source = [0, 3, -0, 2.5, 1e300];
    const copy = doublesOf(source);
    expect(copy).not.toBe(source);
    expect(copy.length).toBe(5);
    copy.forEach((v, i) => expect(Object.is(v, source[i])).toBe(true));
  });

  it("starts empty and keeps whole numbers whole", () => {
    const a = emptyDoubles();
    expect(a).toEqual([]);
    a.push(3, 4);
    expect(a).toEqual([3, 4]);
    expect(Number.isInteger(a[0])).toBe(true);
  });
});
