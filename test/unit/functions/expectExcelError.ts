/**
 * Test helper: calls a PEAK function and returns the Excel error it throws as
 * "#VALUE! message" (outside Excel the error's name starts with the Excel error value).
 */
export function excelErrorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof Error) return `${error.name.split(" ")[0]} ${error.message}`;
    throw error;
  }
  throw new Error("expected the function to throw an Excel error");
}
