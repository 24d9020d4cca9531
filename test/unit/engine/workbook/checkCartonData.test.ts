import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import type { Lane } from "../../../../src/engine/plan/types";
import { checkCartonData } from "../../../../src/engine/workbook/checkCartonData";
import { readSkuSheet } from "../../../../src/engine/workbook/readSkuSheet";
import { errorOf, unwrap } from "../stock/testResult";

const HEADER = ["SKU", "Carton length (cm)", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg"];
const sea: Lane = { ...DEFAULT_LANES.find((l) => l.mode === "sea") as Lane, name: "Sea LCL", ratePerKg: 0, ratePerCbm: 180 };

describe("checkCartonData", () => {
  it("names the first SKU with sales lacking a value, the lane that needs it and how many lack it", () => {
    const sheet = unwrap(readSkuSheet([HEADER, ["A", 0, 30, 30, 8], ["B", 40, 30, 30, 8], ["C", "", 30, 30, 8]]));
    // hand: A and C lack a length; B has one; all three sold
    expect(errorOf(checkCartonData(sheet, [sea], new Set(["A", "B", "C"])))).toEqual({
      code: "OUT_OF_RANGE",
      message: "SKUs row 2, Carton length (cm): blank or 0, but lane 'Sea LCL' charges by volume (per CBM), so freight, duty and landed cost would come out too low; write the carton's length in cm (SKUs with sales lacking it: 2)",
      where: { sheet: "SKUs", row: 2, column: "Carton length (cm)", sku: "A" },
    });
  });

  it("asks nothing of SKUs without sales, nor when no lane charges by weight or volume", () => {
    const sheet = unwrap(readSkuSheet([HEADER, ["A", 0, 0, 0, 0], ["B", 40, 30, 30, 8]]));
    expect(checkCartonData(sheet, [sea], new Set(["B"]))).toEqual({ ok: true, value: true });
    expect(checkCartonData(sheet, [{ ...sea, ratePerCbm: 0, minCharge: 300 }], new Set(["A", "B"]))).toEqual({ ok: true, value: true });
  });
});
