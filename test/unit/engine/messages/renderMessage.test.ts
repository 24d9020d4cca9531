import { listParam, phrase, quoted } from "../../../../src/engine/messages/messageText";
import { placeText } from "../../../../src/engine/messages/placeText";
import { renderMessage } from "../../../../src/engine/messages/renderMessage";

describe("placeText", () => {
  it("names cells, rows, sheets, A1 addresses and arguments in each language", () => {
    const cases: [Parameters<typeof placeText>[0], string, string][] = [
      [{ sheet: "Sales", row: 6, column: "Units" }, "Sales row 6, Units", "表 Sales 第 6 行，Units 列"],
      [{ sheet: "Event", row: 4 }, "Event row 4", "表 Event 第 4 行"],
      [{ sheet: "SKUs" }, "SKUs", "表 SKUs"],
      [{ sheet: "Sales", row: 12, column: "H", address: "Sales!H12" }, "Sales!H12", "单元格 Sales!H12"],
      [{ argument: "daily_sales", index: 4 }, "daily_sales: cell 4", "daily_sales 第 4 个单元格"],
      [{ argument: "service_level" }, "service_level", "service_level"],
    ];
    for (const [where, en, zh] of cases) expect([placeText(where, "en"), placeText(where, "zh-CN")]).toEqual([en, zh]);
  });
});

describe("renderMessage", () => {
  it("fills values: quotes, phrases and lists as each language writes them", () => {
    const text = { key: "missingColumns" as const, params: { place: { place: { sheet: "Sales" } }, names: listParam(["Date (日期)", "Units (销量)"], "comma") } };
    expect(renderMessage(text, "en")).toBe("Sales: required columns Date (日期), Units (销量) not found in the header row");
    expect(renderMessage(text, "zh-CN")).toBe("表 Sales：表头中找不到必需的列 Date (日期)、Units (销量)");
    const lacks = { key: "salesHeaderLacks" as const, params: { row: 1, found: "Date", lacking: listParam(["SKU", "Units", "Revenue"]) } };
    expect(renderMessage(lacks, "en")).toBe(" Row 1 has Date but not SKU, Units and Revenue.");
    expect(renderMessage(lacks, "zh-CN")).toBe("第 1 行有 Date，但没有 SKU、Units 和 Revenue。");
    const blank = { key: "expectedDate" as const, params: { place: "start", value: phrase("cellBlank") } };
    expect([renderMessage(blank, "en"), renderMessage(blank, "zh-CN")]).toEqual(["start: expected a date, found a blank cell", "start：应为日期，实际是 空单元格"]);
    expect(renderMessage({ key: "notANumber", params: { place: "x", value: quoted("1,5") } }, "zh-CN")).toBe("x：“1,5” 不是数字");
  });

  it("leaves a value the caller did not give visible, so a gap shows in a test", () => {
    expect(renderMessage({ key: "notANumber", params: { place: "x" } }, "en")).toBe("x: {value} is not a number");
  });
});
