import { ARGUMENT_RULES, readNumberArgument } from "../../../src/functions/argumentRules";

describe("readNumberArgument", () => {
  it("applies the declared default to a blank argument", () => {
    expect(readNumberArgument(null, "service_level")).toEqual({ ok: true, value: 0.95 });
    expect(readNumberArgument(undefined, "receiving_days")).toEqual({ ok: true, value: 14 });
    expect(readNumberArgument("  ", "buffer_pct")).toEqual({ ok: true, value: 0.15 });
  });

  it("requires an argument that has no default", () => {
    const r = readNumberArgument(null, "transit_days");
    expect(!r.ok && [r.error.code, r.error.message]).toEqual(["MISSING_VALUE", "transit_days is required"]);
  });

  it("reads a one-cell range and numeric text", () => {
    expect(readNumberArgument([[12]], "transit_days")).toEqual({ ok: true, value: 12 });
    expect(readNumberArgument(" 0.9 ", "quantile")).toEqual({ ok: true, value: 0.9 });
  });

  it("checks open and closed limits as declared", () => {
    const zero = readNumberArgument(0, "service_level");
    expect(!zero.ok && zero.error.message).toBe("service_level must be between 0 and 1 (got 0)");
    expect(readNumberArgument(0.5, "quantile").ok).toBe(true);
    const one = readNumberArgument(1, "quantile");
    expect(!one.ok && one.error.message).toBe("quantile must be at least 0.01 and at most 0.99 (got 1)");
    const neg = readNumberArgument(-1, "on_hand");
    expect(!neg.ok && [neg.error.code, neg.error.message]).toEqual(["NEGATIVE_VALUE", "on_hand (-1) is negative"]);
  });

  it("rejects text, Excel errors and a multi-cell range by name", () => {
    const text = readNumberArgument("ten", "growth");
    expect(!text.ok && text.error.message).toBe("growth: 'ten' is not a number");
    const error = readNumberArgument("#DIV/0!", "growth");
    expect(!error.ok && error.error.message).toBe("growth holds the Excel error #DIV/0!");
    const range = readNumberArgument([[1, 2]], "growth");
    expect(!range.ok && range.error.message).toBe("growth must be one number, not a range");
  });

  it("has a default inside its own limits for every rule", () => {
    for (const [name, rule] of Object.entries(ARGUMENT_RULES)) {
      if (!("default" in rule)) continue;
      expect([name, readNumberArgument(rule.default, name as keyof typeof ARGUMENT_RULES).ok]).toEqual([name, true]);
    }
  });
});
