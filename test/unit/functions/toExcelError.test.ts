import { readNumberArgument } from "../../../src/functions/argumentRules";
import { numbersFromRange } from "../../../src/functions/numbersFromRange";
import { toExcelError } from "../../../src/functions/toExcelError";

const error = { code: "NOT_A_NUMBER", message: "daily_sales: cell 4 is text 'abc'" } as const;

describe("toExcelError", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("is a plain Error with the engine's message outside Excel", () => {
    const thrown = toExcelError(error);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.message).toBe("daily_sales: cell 4 is text 'abc'");
  });

  it("is a #VALUE! CustomFunctions.Error with the message inside Excel", () => {
    class FakeCustomFunctionsError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    const thrown = toExcelError(error) as unknown as FakeCustomFunctionsError;
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect({ code: thrown.code, message: thrown.message }).toEqual({ code: "#VALUE!", message: error.message });
  });
});

describe("toExcelError: error values and language", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const install = () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
  };

  it("shows missing input as #N/A and an impossible answer as #NUM!", () => {
    install();
    const missing = toExcelError({ code: "EMPTY_SERIES", message: "history: there are no sales values" }, "en-US") as unknown as FakeError;
    const impossible = toExcelError({ code: "INSUFFICIENT_HISTORY", message: "holtWinters needs 14 days" }, "en-US") as unknown as FakeError;
    expect([missing.code, impossible.code]).toEqual(["#N/A", "#NUM!"]);
  });

  it("speaks Chinese first, keeping the English detail, when Office's language is zh-CN", () => {
    const thrown = toExcelError({ code: "NOT_A_NUMBER", message: "daily_sales: cell 4 is text 'abc'", where: { argument: "daily_sales", index: 4 } }, "zh-CN");
    expect(thrown.message).toBe("daily_sales 第 4 个单元格不是数字。daily_sales: cell 4 is text 'abc'");
  });
});

describe("toExcelError: argument errors wholly in Chinese", () => {
  it("says the argument checks' messages in Chinese, values kept", () => {
    const level = readNumberArgument(1.5, "service_level");
    const cell = numbersFromRange([[1], ["abc"]], "daily_sales");
    const lead = readNumberArgument(-2, "lead_time_days");
    expect([level, cell, lead].map((r) => (r.ok ? "" : toExcelError(r.error, "zh-CN").message))).toEqual([
      "service_level 必须在 0 和 1 之间（实际为 1.5）",
      "daily_sales 第 2 个单元格是文字 “abc”",
      "lead_time_days（-2）是负数",
    ]);
    const capped = readNumberArgument(5000, "transit_days");
    expect(!capped.ok && toExcelError(capped.error, "zh-CN").message).toBe("transit_days 必须至少 0 且至多 1000（实际为 5000）");
  });
});
