import { readNumber } from "../../../src/engine/cells";
import { engineText, formatDay, formatPercent, formatUnits, formatUsd } from "../../../src/taskpane/formatters";

describe("formatters", () => {
  it("show units, dollars and percentages in the pane's language", () => {
    expect(formatUnits(12400.4, "en")).toBe("12,400");
    expect(formatUnits(12400.4, "zh")).toBe("12,400");
    expect(formatUsd(182340.5, "en")).toBe("$182,341");
    expect(formatUsd(182340.5, "zh")).toBe("US$182,341");
    expect(formatPercent(0.3, "en")).toBe("30%");
  });

  it("show dates as yyyy-mm-dd in both languages", () => {
    expect(formatDay(46353)).toBe("2026-11-27");
  });

  it("say a reader's error in the pane's language, the place named in Chinese", () => {
    const r = readNumber("abc", { sheet: "Sales", row: 5, column: "Units" });
    if (r.ok) throw new Error("expected an error");
    expect(engineText(r.error, "en")).toBe("Sales row 5, Units: 'abc' is not a number");
    expect(engineText(r.error, "zh")).toBe("表 Sales 第 5 行，Units 列：“abc” 不是数字");
  });

  it("keep the English detail after a Chinese lead for an error without a message key", () => {
    const e = { code: "NOT_A_NUMBER" as const, message: "Sales row 5, Units: 'abc' is not a number" };
    expect(engineText(e, "zh")).toBe("不是数字。Sales row 5, Units: 'abc' is not a number");
  });
});
