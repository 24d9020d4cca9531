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
