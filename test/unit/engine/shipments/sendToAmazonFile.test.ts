import { boxColumns, SEND_TO_AMAZON_COLUMNS, sendToAmazonRows, sendToAmazonSheet, sendToAmazonText } from "../../../../src/engine/shipments/sendToAmazonFile";
import { sendToAmazonTable } from "../../../../src/engine/shipments/sendToAmazonTable";
import { PACKING } from "./packedBook";

const air = PACKING.find((p) => p.shipment.lane === "Air → US West");
const germany = PACKING.find((p) => p.shipment.lane === "Air → Germany");
if (!air || !germany) throw new Error("packed book");

describe("the Send to Amazon file upload template", () => {
  it("has the US template's twelve columns in its order", () => {
    expect([...SEND_TO_AMAZON_COLUMNS, ...boxColumns("in-lb")]).toEqual([
      "Merchant SKU", "Quantity", "Prep owner", "Labeling owner", "Expiration date (MM/DD/YYYY)", "Manufacturing lot code", "Units per box", "Number of boxes",
      "Box length (in)", "Box width (in)", "Box height (in)", "Box weight (lb)",
    ]);
    expect(boxColumns("cm-kg")).toEqual(["Box length (cm)", "Box width (cm)", "Box height (cm)", "Box weight (kg)"]);
  });

  it("converts a carton to inches and pounds, rounded up to 0.1", () => {
    // hand: BOX 50 × 40 × 30 cm = 19.685 × 15.748 × 11.811 in → 19.7, 15.8, 11.9; 8 kg ÷ 0.45359237 = 17.637 lb → 17.7
    // IRON 40 × 30 × 20 cm = 15.748 × 11.811 × 7.874 in → 15.8, 11.9, 7.9; 9 kg = 19.842 lb → 19.9
    expect(sendToAmazonRows(air, "in-lb")).toEqual([
      { merchantSku: "BOX", quantity: 120, unitsPerBox: 10, numberOfBoxes: 12, boxLength: 19.7, boxWidth: 15.8, boxHeight: 11.9, boxWeight: 17.7 },
      { merchantSku: "IRON", quantity: 30, unitsPerBox: 6, numberOfBoxes: 5, boxLength: 15.8, boxWidth: 11.9, boxHeight: 7.9, boxWeight: 19.9 },
    ]);
    expect(sendToAmazonRows(germany, "cm-kg")).toEqual([{ merchantSku: "BOX", quantity: 40, unitsPerBox: 10, numberOfBoxes: 4, boxLength: 50, boxWidth: 40, boxHeight: 30, boxWeight: 8 }]);
  });

  it("lays the sheet out as the template does: note, default owners, Optional markers, headers in row 8, data from row 9", () => {
    const sheet = sendToAmazonSheet(air, "in-lb");
    expect(sheet.slice(0, 8)).toEqual([
      ["Please review the Example tab before you complete this sheet"], [], ["Default prep owner", "Seller"], ["Default labeling owner", "Seller"], [], [],
      ["", "", "Optional", "", "", "", "Optional: Use only for case-packed SKUs", "", "", "", "", ""],
      [...SEND_TO_AMAZON_COLUMNS, ...boxColumns("in-lb")],
    ]);
    expect(sheet[8]).toEqual(["BOX", "120", "", "", "", "", "10", "12", "19.7", "15.8", "11.9", "17.7"]);
    expect(sheet).toHaveLength(10);
  });

  it("writes tab-delimited text with CRLF line ends, and keeps a tab in a SKU from splitting the row", () => {
    const text = sendToAmazonText({ ...air, items: [{ ...air.items[0], sku: "BOX\tA" }] }, "cm-kg");
    const lines = text.split("\r\n");
    expect(lines[2]).toBe("Default prep owner\tSeller");
    expect(lines[7].split("\t")).toHaveLength(12);
    expect(lines[8]).toBe("BOX A\t120\t\t\t\t\t10\t12\t50\t40\t30\t8");
    expect(text.endsWith("\r\n")).toBe(true);
  });
});

describe("sendToAmazonTable", () => {
  const table = sendToAmazonTable(PACKING);
  const keys = table.columns.map((c) => c.key);

  it("lists every SKU of every FBA shipment, with both unit systems' box columns when the plan ships to the US and to Germany", () => {
    expect(keys).toEqual(["Shipment", "Destination", "ShipBy", ...SEND_TO_AMAZON_COLUMNS, ...boxColumns("in-lb"), ...boxColumns("cm-kg")]);
    expect(table.columns.slice(3).every((c) => c.zh === c.key)).toBe(true); // Amazon's headers, in both languages
    const row = (sku: string, destination: string, lane: string) => table.rows.find((r) => r[keys.indexOf("Merchant SKU")] === sku && r[1] === destination && PACKING.find((p) => p.id === r[0])?.shipment.lane === lane);
    expect(row("BOX", "Amazon DE", "Air → Germany")?.slice(-8)).toEqual([null, null, null, null, 50, 40, 30, 8]);
    expect(row("IRON", "Amazon US", "Air → US West")?.slice(3, 11)).toEqual(["IRON", 30, null, null, null, null, 6, 5]);
    expect(row("IRON", "Amazon US", "Air → US West")?.slice(-8)).toEqual([15.8, 11.9, 7.9, 19.9, null, null, null, null]);
    expect(table.rows).toHaveLength(4); // hand: BOX by boat, BOX and IRON by air to the US, BOX by air to Germany
  });

  it("has only its header when no shipment goes to Amazon", () => {
    const none = sendToAmazonTable(PACKING.map((p) => ({ ...p, boxUnits: null })));
    expect([none.rows, none.columns.map((c) => c.key).slice(-4)]).toEqual([[], boxColumns("in-lb")]);
  });
});
