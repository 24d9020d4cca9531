/**
 * The command line's purchase-order summary and `--shipment-files`: a small FBA book (the event on
 * Amazon US) with two suppliers, run end to end, files and summary checked against the written sheets.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { parseArgs } from "../../../src/cli/args";
import { shipmentFileName } from "../../../src/cli/shipmentFiles";
import { serialFromYmd } from "../../../src/engine/dates";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { runCli as run, useTempDir } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);

let dir = "";
useTempDir("peakstock-sta-", (made) => (dir = made));

async function writeBook(): Promise<string> {
  const book = new Workbook();
  const sales = book.addWorksheet("Sales");
  sales.addRow(["Date", "SKU", "Units"]);
  for (let d = 0; d < 400; d++) for (let k = 0; k < 3; k++) sales.addRow([dateFromSerial(PLAN_DATE - 400 + d), `SKU-${k}`, 4 + 3 * k + (d % 7 >= 5 ? 2 : 0)]);
  book.addWorksheet("SKUs").addRows([
    ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "SupplierLeadDays", "Supplier", "FNSKU"],
    ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 10, "Meichu", "X00MUG0001"],
    ["SKU-1", "Spatula", 2, 9, 50, 60, 40, 30, 12, 10, "Meichu", null],
    ["SKU-2", "Lamp", 8, 30, 10, 60, 50, 40, 14, 20, "Aoli", null],
  ]);
  book.addWorksheet("Event").addRows([
    ["Event", "Black Friday 2026"], ["Marketplace", "Amazon US"], ["Start", dateFromSerial(START)], ["End", dateFromSerial(START + 3)], ["PlanDate", dateFromSerial(PLAN_DATE)],
  ]);
  const file = join(dir, "in.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

describe("peakstock plan --shipment-files", () => {
  it("lists the purchase orders per supplier as the PurchaseOrders sheet adds them up", async () => {
    const input = await writeBook();
    const result = await run(["plan", input, "--out", join(dir, "out.xlsx")]);
    expect(result.code).toBe(0);
    const sheet = await (await XlsxWorkbook.open(join(dir, "out.xlsx"))).readSheet("PurchaseOrders");
    const col = (key: string) => sheet[0].indexOf(key);
    const amountOf = (supplier: string) => sheet.slice(1).filter((r) => r[col("Supplier")] === supplier).reduce((s, r) => s + Number(r[col("Amount")]), 0);
    const usd = (x: number) => `$${Math.round(x).toLocaleString("en-US")}`;
    const block = result.out.split("\n").filter((l) => l.startsWith("Purchase orders:") || l.startsWith("  Meichu:") || l.startsWith("  Aoli:"));
    expect(block).toHaveLength(3);
    expect(block[0]).toMatch(new RegExp(`^Purchase orders: 2 to 2 suppliers, \\${usd(amountOf("Meichu") + amountOf("Aoli"))} \\(deposits \\$`));
    expect(block.find((l) => l.startsWith("  Meichu:"))).toMatch(new RegExp(`^  Meichu: 1 order, 2 SKUs, [\\d,]+ units, \\${usd(amountOf("Meichu"))} \\(deposit \\$[\\d,]+ on 2026-09-15, balances to 2026-1\\d-\\d\\d\\)$`));
  }, 60_000);

  it("writes one Send to Amazon file per FBA shipment, the rows the SendToAmazon sheet holds", async () => {
    const input = await writeBook();
    const folder = join(dir, "sta");
    const result = await run(["plan", input, "--out", join(dir, "out.xlsx"), "--shipment-files", folder]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const files = readdirSync(folder).sort();
    expect(result.out).toContain(`Wrote ${files.length} Send to Amazon file${files.length === 1 ? "" : "s"} to ${folder}`);
    const sheet = await (await XlsxWorkbook.open(join(dir, "out.xlsx"))).readSheet("SendToAmazon");
    const shipments = [...new Set(sheet.slice(1).map((r) => String(r[0])))];
    expect(files).toEqual(shipments.map((id) => expect.stringMatching(new RegExp(`^${id}-Amazon-US-2026-\\d\\d-\\d\\d\\.txt$`))).sort());
    for (const file of files) {
      const lines = readFileSync(join(folder, file), "utf8").split("\r\n");
      expect(lines[7]).toBe(sheet[0].slice(3).join("\t")); // the template's headers, as the sheet writes them
      const rows = sheet.slice(1).filter((r) => file.startsWith(`${String(r[0])}-`));
      expect(lines.slice(8, -1)).toEqual(rows.map((r) => r.slice(3).map((v) => (v === null ? "" : String(v))).join("\t")));
    }
  }, 60_000);

  it("names the folder and the cause when the files cannot be written, after saving the plan", async () => {
    const input = await writeBook();
    const blocked = join(dir, "a-file");
    writeFileSync(blocked, "not a folder");
    const result = await run(["plan", input, "--out", join(dir, "out.xlsx"), "--shipment-files", blocked, "--lang", "zh-CN"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(new RegExp(`^计划已保存，但亚马逊入库上传文件无法写入 ${blocked}：`));
    expect(existsSync(join(dir, "out.xlsx"))).toBe(true);
  }, 60_000);

  it("needs a folder after the option", () => {
    expect(parseArgs(["plan", "in.xlsx", "--shipment-files"])).toMatch(/^--shipment-files needs a folder\nusage: peakstock plan/);
    expect(parseArgs(["plan", "in.xlsx", "--shipment-files", "out/sta"])).toMatchObject({ shipmentFiles: "out/sta" });
  });

  it("names a file by shipment, destination and ship-by, in letters a file system takes", () => {
    expect(shipmentFileName({ id: "B03", shipment: { destination: "Amazon US / West", shipBy: serialFromYmd(2026, 10, 10) } })).toBe("B03-Amazon-US-West-2026-10-10.txt");
    expect(shipmentFileName({ id: "B01", shipment: { destination: "", shipBy: serialFromYmd(2026, 10, 10) } })).toBe("B01-2026-10-10.txt");
  });
});
