import { findSheet } from "../../../../src/engine/workbook/findSheet";

describe("findSheet", () => {
  it("finds a sheet by its English or Chinese name, ignoring case and spaces", () => {
    expect(findSheet(["说明", "产品", "销售"], "SKUs")).toBe("产品");
    expect(findSheet(["说明", "产品", "销售"], "Sales")).toBe("销售");
    expect(findSheet(["sales", "LANES"], "Lanes")).toBe("LANES");
    expect(findSheet(["Cash Flow"], "CashFlow")).toBe("Cash Flow");
    expect(findSheet(["现金流"], "CashFlow")).toBe("现金流");
    for (const [name, kind] of [["活动", "Event"], ["计划", "Plan"], ["批次", "Batches"], ["预警", "Alerts"], ["预测", "Forecast"], ["物流渠道", "Lanes"]] as const) {
      expect(findSheet(["Sheet1", name], kind)).toBe(name);
    }
  });

  it("finds other listed names", () => {
    expect(findSheet(["Products"], "SKUs")).toBe("Products");
    expect(findSheet(["Sales history"], "Sales")).toBe("Sales history");
  });

  it("prefers the English name, then the Chinese one, then other names", () => {
    expect(findSheet(["Products", "产品", "SKUs"], "SKUs")).toBe("SKUs");
    expect(findSheet(["Products", "产品"], "SKUs")).toBe("产品");
    expect(findSheet(["Sales data", "sales history"], "Sales")).toBe("sales history"); // hand: "sales history" is listed before "sales data"
  });

  it("is undefined when no sheet matches", () => {
    expect(findSheet(["Sheet1", "Salesforce"], "Sales")).toBeUndefined();
    expect(findSheet([], "Plan")).toBeUndefined();
  });
});
