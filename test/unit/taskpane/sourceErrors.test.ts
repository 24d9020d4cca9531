import { err, ok } from "../../../src/engine/errors";
import { sourceErrors, sourceOfError } from "../../../src/taskpane/sourceErrors";
import type { Findings } from "../../../src/taskpane/work/inspectSources";

const unitsError = { code: "NOT_A_NUMBER" as const, message: "Sales row 5, Units: 'abc' is not a number", where: { sheet: "Sales", row: 5, column: "Units" } };

describe("sourceOfError", () => {
  it("finds the input sheet an error names, by its name in the workbook or by kind", () => {
    expect(sourceOfError({ ...unitsError, where: { sheet: "销售" } }, { Sales: "销售" })).toBe("Sales");
    expect(sourceOfError({ code: "MISSING_COLUMN", message: "No 'Sales' sheet (or '销售'): add one, or rename yours", where: { sheet: "Sales" } }, {})).toBe("Sales");
    expect(sourceOfError({ code: "OUT_OF_RANGE", message: "Lanes row 2, Mode: 'truck' …", where: { sheet: "my lanes" } }, { Lanes: "My Lanes" })).toBe("Lanes");
  });

  it("gives null for errors about no input sheet", () => {
    expect(sourceOfError({ code: "MODEL_FAILED", message: "x" }, { Sales: "Sales" })).toBeNull();
    expect(sourceOfError({ code: "MODEL_FAILED", message: "x", where: { sheet: "Plan" } }, { Sales: "Sales" })).toBeNull();
  });
});

describe("sourceErrors", () => {
  it("shows each sheet's read error, the last run's error winning for its sheet", () => {
    const findings: Findings = { sources: {}, sales: err("EMPTY_SERIES", "Sales: the sheet is empty"), skus: ok({ sheet: "SKUs", count: 1, issues: [] }), lanes: null, event: err("MISSING_COLUMN", "Event: the key Start (开始日期) is missing") };
    expect(sourceErrors(findings, null)).toEqual({ Sales: { code: "EMPTY_SERIES", message: "Sales: the sheet is empty" }, Event: { code: "MISSING_COLUMN", message: "Event: the key Start (开始日期) is missing" } });
    expect(sourceErrors(findings, { kind: "Sales", error: unitsError }).Sales).toBe(unitsError);
    expect(sourceErrors(null, null)).toEqual({});
  });
});
