/**
 * Generates `examples/peakstock-demo.xlsx`, PeakStock's demo workbook: a
 * fictitious China → Amazon US seller with 60 SKUs, two years of daily sales
 * and the Black Friday / Cyber Monday 2026 event to plan. Seeded: the same seed
 * gives the same workbook, byte for byte.
 *
 *   node --import tsx examples/generateDemo.ts [out.xlsx] [--seed 20260915]
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { isoFromSerial, serialFromYmd } from "../src/engine/dates";
import { defaultLanes } from "../src/engine/plan/defaultLanes";
import type { Lane, SkuMaster } from "../src/engine/plan/types";
import { EVENT_SHEET, LANE_SHEET, SALES_SHEET, SCENARIOS_SHEET, SKU_SHEET, type EventKey } from "../src/engine/workbook/headerAliases";
import { DEMO_EVENTS, DEMO_SKUS } from "./demoCatalog";
import { simulateSku } from "./demoSales";

/** The seed of the committed workbook. */
export const DEMO_SEED = 20260915;
/** Plan date 2026-09-15, Excel serial; the history is the 730 days before it. */
export const DEMO_PLAN_DATE = serialFromYmd(2026, 9, 15);
/** Days of sales history: 2024-09-15 … 2026-09-14. */
export const DEMO_HISTORY_DAYS = 730;
/** The marketplace of every SKU and sales row. */
export const DEMO_MARKETPLACE = "Amazon US";
/** Black Friday / Cyber Monday 2026, Excel serials (inclusive). */
export const DEMO_EVENT = { name: "Black Friday / Cyber Monday 2026", start: serialFromYmd(2026, 11, 27), end: serialFromYmd(2026, 11, 30) };

/** One row of the Sales sheet. */
export interface DemoSalesRow {
  /** Excel serial day. */
  readonly date: number;
  readonly sku: string;
  readonly units: number;
  /** USD. */
  readonly revenue: number;
  /** Units on hand at the start of the day. */
  readonly onHand: number;
}

/** One key of the Event sheet, with how to format it and a note for the reader. */
export interface DemoEventEntry {
  readonly key: EventKey;
  readonly value: string | number;
  readonly format: "text" | "date" | "number" | "percent" | "usd";
  readonly note: string;
}

/** Everything the workbook holds, as plain records. */
export interface DemoData {
  readonly seed: number;
  readonly skus: readonly SkuMaster[];
  /** Date by date, SKUs in catalogue order. */
  readonly sales: readonly DemoSalesRow[];
  readonly lanes: readonly Lane[];
  readonly event: readonly DemoEventEntry[];
  /** The forced stock-outs: SKU, first day (Excel serial), days. */
  readonly stockOuts: readonly { readonly sku: string; readonly start: number; readonly days: number }[];
}

/**
 * Share of the estimated event stock volume set as the FBA capacity limit, so
 * the plan runs a little over it. The estimate uses the hidden demand model,
 * which runs higher than PeakStock's forecast (it knows the gift season): 0.7
 * puts the limit about 10 % under the engine's P90 event stock + 21 days of
 * cover + 15 % buffer (≈ 7,800 ft³ with seed 20260915). Tune here.
 */
const CAPACITY_SHARE = 0.7;
const CM3_PER_CUBIC_FOOT = 28_316.846592;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * A made-up FNSKU for a demo SKU: "X00" and seven letters or digits (the first not 0) from an FNV-1a hash of the SKU,
 * shaped like Amazon's (X00…, 10 characters) but not a real one.
 * @example demoFnsku("KIT-01").length // 10
 */
export function demoFnsku(sku: string): string {
  let h = 2166136261;
  for (const ch of sku) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return `X00${(36 ** 6 + (h % (35 * 36 ** 6))).toString(36).toUpperCase()}`;
}

/**
 * The demo seller's data: SKU master, daily sales, lanes and the event to plan,
 * all from the catalogue (`demoCatalog.ts`) and the seed.
 * CapacityCubicFeet is 70 % of the volume of the stock the event needs
 * (Σ unit ft³ × (event units + 21 days of baseline) × 1.15 buffer × 1.1 growth),
 * rounded down to 100 ft³.
 * @param seed PRNG seed (default {@link DEMO_SEED})
 * @example generateDemoData().sales.length // 43800 (60 SKUs × 730 days)
 */
export function generateDemoData(seed: number = DEMO_SEED): DemoData {
  const first = DEMO_PLAN_DATE - DEMO_HISTORY_DAYS;
  const planned = { start: DEMO_EVENT.start, days: DEMO_EVENT.end - DEMO_EVENT.start + 1 };
  const skus: SkuMaster[] = [];
  const stockOuts: { sku: string; start: number; days: number }[] = [];
  const sims = DEMO_SKUS.map((item) => simulateSku(item, seed, first, DEMO_HISTORY_DAYS, planned));
  let eventCubicFeet = 0;
  DEMO_SKUS.forEach((item, i) => {
    const sim = sims[i];
    const [length, width, height] = item.cartonCm;
    skus.push({
      sku: item.sku, name: item.name, unitCost: item.unitCost, price: sim.price, unitsPerCarton: item.unitsPerCarton,
      cartonLengthCm: length, cartonWidthCm: width, cartonHeightCm: height, cartonWeightKg: round1(item.unitKg * item.unitsPerCarton + 0.8),
      dutyRate: item.dutyRate, onHand: sim.onHandAtPlan, inTransit: sim.inTransit,
      ...(sim.inTransitArrival !== undefined ? { inTransitArrival: sim.inTransitArrival } : {}),
      supplierLeadDays: item.supplierLeadDays, moq: item.moq, sensitive: item.sensitive, marketplace: DEMO_MARKETPLACE, supplier: item.supplier, destination: DEMO_MARKETPLACE,
      ...(item.backupSupplier !== undefined ? { backupSupplier: item.backupSupplier } : {}), fnsku: demoFnsku(item.sku),
    });
    if (sim.stockOutStart !== undefined && item.stockOut) stockOuts.push({ sku: item.sku, start: sim.stockOutStart, days: item.stockOut.days });
    const unitCubicFeet = (length * width * height) / CM3_PER_CUBIC_FOOT / item.unitsPerCarton;
    eventCubicFeet += unitCubicFeet * (sim.plannedEventUnits + 21 * sim.baselineAtEvent) * 1.15 * 1.1;
  });
  const sales: DemoSalesRow[] = [];
  for (let t = 0; t < DEMO_HISTORY_DAYS; t++) {
    DEMO_SKUS.forEach((item, i) => {
      sales.push({ date: first + t, sku: item.sku, units: sims[i].units[t], revenue: sims[i].revenue[t], onHand: sims[i].onHand[t] });
    });
  }
  const bfcmStarts = DEMO_EVENTS.filter((e) => e.kind === "bfcm").map((e) => e.start).join(", ");
  const event: DemoEventEntry[] = [
    { key: "Event", value: DEMO_EVENT.name, format: "text", note: "The event being planned." },
    { key: "Marketplace", value: DEMO_MARKETPLACE, format: "text", note: "Only this marketplace's sales are used." },
    { key: "Start", value: DEMO_EVENT.start, format: "date", note: "First day (Black Friday)." },
    { key: "End", value: DEMO_EVENT.end, format: "date", note: "Last day (Cyber Monday)." },
    { key: "PlanDate", value: DEMO_PLAN_DATE, format: "date", note: "Today, for the plan: the day after the last sales row." },
    { key: "PastEventStarts", value: bfcmStarts, format: "text", note: "First days of the same event in past years, to measure its uplift." },
    { key: "ReceivingDays", value: 14, format: "number", note: "FBA receiving at peak, days." },
    { key: "SafetyDays", value: 7, format: "number", note: "Stock should be sellable this many days before Start." },
    { key: "ServiceLevel", value: 0.95, format: "percent", note: "Chance of not running out, every class." },
    { key: "BufferPct", value: 0.15, format: "percent", note: "Extra stock on top of the forecast." },
    { key: "ContingencyPct", value: 0.1, format: "percent", note: "Budget reserve for surprises." },
    { key: "AlertThreshold", value: 0.3, format: "percent", note: "Alert when actual sales differ from the forecast by more than this." },
    { key: "Growth", value: 1.1, format: "number", note: "Expected year-on-year growth of the event." },
    { key: "CoverDaysAfter", value: 14, format: "number", note: "Days after the event the stock should also cover." },
    { key: "CapacityCubicFeet", value: Math.floor((eventCubicFeet * CAPACITY_SHARE) / 100) * 100, format: "number", note: "FBA storage limit at Amazon US, ft³ (set a little under what the plan needs); one per destination as Amazon US: 5000; Amazon DE: 2000." },
    { key: "StorageRateOffPeak", value: 0.78, format: "usd", note: "Amazon US monthly storage, USD per ft³, January–September." },
    { key: "StorageRatePeak", value: 2.4, format: "usd", note: "Amazon US monthly storage, USD per ft³, October–December." },
    { key: "InsuranceRate", value: 0.003, format: "percent", note: "Cargo insurance, share of (goods + freight) × 1.1." },
    { key: "SafetyStockMethod", value: "SERVICE", format: "text", note: "MAXAVG (sellers' max/avg rule) or SERVICE (service-level formula)." },
  ];
  return { seed, skus, sales, lanes: defaultLanes("US-West"), event, stockOuts };
}

const DATE_FORMAT = "yyyy-mm-dd";
const USD = "$#,##0.00";
const WHOLE = "#,##0";
const dateOf = (serial: number): Date => new Date((serial - 25569) * 86_400_000);

/** Bold, shaded, frozen header row with a filter. */
function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

/** A sheet whose columns are a contract sheet's English headers, with a width and number format each. */
function tableSheet(wb: ExcelJS.Workbook, name: string, headers: readonly string[], formats: Readonly<Record<string, readonly [number, string?]>>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = headers.map((h) => {
    const [width, numFmt] = formats[h] ?? [Math.max(10, h.length + 2)];
    return { header: h, key: h, width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  styleHeader(ws, headers.length);
  return ws;
}

function aboutSheet(wb: ExcelJS.Workbook, data: DemoData): void {
  const ws = wb.addWorksheet("About");
  ws.columns = [{ width: 22 }, { width: 110 }];
  const first = DEMO_PLAN_DATE - DEMO_HISTORY_DAYS;
  const lines: [string, string][] = [
    ["PeakStock demo workbook", ""],
    ["GENERATED", `Fictitious data, made by examples/generateDemo.ts (seed ${data.seed}). Not a real seller; rates, duties and fees are illustrative, not quotes. Do not edit: regenerating overwrites this file.`],
    ["", ""],
    ["Seller", `Ships from China to ${DEMO_MARKETPLACE} (US West FBA): ${data.skus.length} SKUs in six families — KIT kitchen, PHN phone accessories, PET pet supplies, HOM home & storage, FIT outdoor & fitness, DEC seasonal decor.`],
    ["Sales", `One row per SKU and day, ${isoFromSerial(first)} … ${isoFromSerial(DEMO_PLAN_DATE - 1)}: units sold, revenue (USD) and units on hand at the start of the day.`],
    ["SKUs", "Costs and prices (USD), cartons, duty, supplier lead days, MOQ, battery/liquid goods (Sensitive), stock on hand and in transit on the plan date, the supplier (a backup supplier for four SKUs) and a made-up FNSKU for the carton labels."],
    ["Lanes", "Five China → US West lanes to the Amazon US destination with PeakStock's default transit days and rates: sea FCL, sea LCL, fast boat (Matson type), air, express."],
    ["Event", `${DEMO_EVENT.name} (${isoFromSerial(DEMO_EVENT.start)} … ${isoFromSerial(DEMO_EVENT.end)}) and the plan's settings; plan date ${isoFromSerial(DEMO_PLAN_DATE)}.`],
    ["Scenarios", "Two what-ifs planned beside the base plan: the ocean slipping 14 days, and no air or express."],
    ["", ""],
    ["In the history", "Weekends sell more; some SKUs grow, some decline (an iPhone case ages); six slow movers sell a few units now and then; Christmas and Halloween decor peak in Q4, fans and camping gear in summer, fitness in January."],
    ["Events", DEMO_EVENTS.map((e) => `${e.name} (${e.start}, ${e.days} days)`).join("; ") + ". Uplifts differ by SKU (about 1.5–5×), with deal prices on event days."],
    ["Stock-outs", data.stockOuts.map((s) => `${s.sku} from ${isoFromSerial(s.start)} for ${s.days} days`).join("; ") + " (on hand 0, no sales)."],
    ["Regenerate", "npm run examples (node --import tsx examples/generateDemo.ts); see examples/README.md."],
  ];
  for (const line of lines) ws.addRow(line);
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(1).alignment = { vertical: "top" };
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").font = { bold: true, color: { argb: "FFC00000" } };
}

/**
 * The demo workbook in memory: About, SKUs, Sales, Lanes, Event and Scenarios sheets with
 * the contract's English headers (`headerAliases.ts`), real Excel dates and
 * money formats, and workbook properties that say it is generated.
 * @param seed PRNG seed (default {@link DEMO_SEED})
 * @example (await generateDemoWorkbook()).worksheets.map((w) => w.name) // ["About", "SKUs", "Sales", "Lanes", "Event", "Scenarios"]
 */
export async function generateDemoWorkbook(seed: number = DEMO_SEED): Promise<ExcelJS.Workbook> {
  const data = generateDemoData(seed);
  const wb = new ExcelJS.Workbook();
  // Fixed timestamps (the plan date), so the same seed gives the same bytes.
  wb.created = wb.modified = dateOf(DEMO_PLAN_DATE);
  wb.creator = wb.lastModifiedBy = "PeakStock examples/generateDemo.ts";
  wb.title = "PeakStock demo workbook (generated)";
  wb.subject = "Fictitious China → Amazon US seller for trying PeakStock";
  wb.description = `GENERATED by examples/generateDemo.ts with seed ${seed}. Fictitious data; do not edit by hand.`;
  wb.keywords = "PeakStock; demo; generated; fictitious";
  wb.category = "Demo";
  wb.company = "PeakStock";
  aboutSheet(wb, data);

  const skuHeaders = SKU_SHEET.headers.map((h) => h.en);
  const skuSheet = tableSheet(wb, SKU_SHEET.en, skuHeaders, {
    Name: [46], UnitCost: [10, USD], Price: [10, USD], DutyRate: [10, "0.0%"], CartonWeightKg: [16, "0.0"], OnHand: [10, WHOLE],
    InTransit: [11, WHOLE], InTransitArrival: [17, DATE_FORMAT], MOQ: [8, WHOLE], Marketplace: [13], Supplier: [44], Destination: [13],
    BackupSupplier: [44], FNSKU: [12],
  });
  for (const s of data.skus) {
    skuSheet.addRow([s.sku, s.name, s.unitCost, s.price, s.unitsPerCarton, s.cartonLengthCm, s.cartonWidthCm, s.cartonHeightCm, s.cartonWeightKg,
      s.dutyRate, s.onHand, s.inTransit, s.inTransitArrival !== undefined ? dateOf(s.inTransitArrival) : null, s.supplierLeadDays, s.moq,
      s.sensitive, s.marketplace, s.supplier, s.destination ?? null, s.backupSupplier ?? null, s.fnsku ?? null]);
  }

  const salesSheet = tableSheet(wb, SALES_SHEET.en, SALES_SHEET.headers.map((h) => h.en), {
    Date: [12, DATE_FORMAT], SKU: [10], Units: [8, WHOLE], Marketplace: [13], Revenue: [12, USD], OnHand: [10, WHOLE],
  });
  for (const r of data.sales) salesSheet.addRow([dateOf(r.date), r.sku, r.units, DEMO_MARKETPLACE, r.revenue, r.onHand]);

  const laneSheet = tableSheet(wb, LANE_SHEET.en, LANE_SHEET.headers.map((h) => h.en), {
    Lane: [24], Mode: [10], RatePerKg: [11, USD], RatePerCbm: [12, USD], MinCharge: [12, USD], VolumetricDivisor: [18, WHOLE], Destination: [13],
  });
  for (const l of data.lanes) {
    laneSheet.addRow([l.name, l.mode === "fast-sea" ? "fast sea" : l.mode, l.transitDays, l.transitDaysWorst, l.handlingDays, l.ratePerKg,
      l.ratePerCbm, l.minCharge, l.volumetricDivisor, l.allowsSensitive, l.harborFee ?? null, l.destination ?? null]);
  }

  const eventSheet = wb.addWorksheet(EVENT_SHEET.en);
  eventSheet.columns = [{ header: "Key", width: 20 }, { header: "Value", width: 34 }, { header: "Note", width: 70 }];
  styleHeader(eventSheet, 3);
  for (const e of data.event) {
    const value = e.format === "date" && typeof e.value === "number" ? dateOf(e.value) : e.value;
    const cell = eventSheet.addRow([e.key, value, e.note]).getCell(2);
    cell.alignment = { horizontal: "left" };
    if (e.format === "date") cell.numFmt = DATE_FORMAT;
    else if (e.format === "usd") cell.numFmt = USD;
    else if (e.format === "percent") cell.numFmt = typeof e.value === "number" && e.value < 0.01 ? "0.0%" : "0%";
  }

  // What-ifs planned beside the base plan (the ScenarioResults sheet): the ocean slipping before a big
  // event (DESIGN.md §2: "ocean legs slip 1–2 weeks before big events") and air unavailable.
  const scenarioSheet = tableSheet(wb, SCENARIOS_SHEET.en, SCENARIOS_SHEET.headers.map((h) => h.en), {
    Scenario: [24], TransitSlipDays: [22], DisableModes: [18], SupplierCapacity: [17, "0%"], FreightIncreasePct: [19, "0%"],
  });
  for (const row of DEMO_SCENARIOS) scenarioSheet.addRow(row);
  return wb;
}

/** The demo's Scenarios rows: Scenario, Growth, TransitSlipDays, DisableModes, SupplierCapacity, FreightIncreasePct. */
export const DEMO_SCENARIOS: readonly (readonly (string | number | null)[])[] = [
  ["ocean slips 14 days", null, "sea: 14; fast sea: 14", null, null, null],
  ["no air", null, null, "air, express", null, null],
];

// JSZip stamps each file with the current time; a fixed DOS date (2026-09-15 00:00) makes the bytes repeatable.
const DOS_DATE = ((2026 - 1980) << 9) | (9 << 5) | 15;

/** Sets every entry's modification time in a zip (central directory and local headers) to {@link DOS_DATE}. */
function fixZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("exceljs wrote something that is not a zip file");
  let p = out.readUInt32LE(end + 16);
  for (let i = out.readUInt16LE(end + 10); i > 0; i--) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip central directory entry expected at byte ${p}`);
    const local = out.readUInt32LE(p + 42);
    out.writeUInt32LE(DOS_DATE << 16, p + 12);
    out.writeUInt32LE(DOS_DATE << 16, local + 10);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/**
 * The demo workbook as xlsx bytes, identical for the same seed (zip entry times fixed to 2026-09-15).
 * @param seed PRNG seed (default {@link DEMO_SEED})
 * @example (await demoWorkbookBuffer()).equals(await demoWorkbookBuffer()) // true
 */
export async function demoWorkbookBuffer(seed: number = DEMO_SEED): Promise<Buffer> {
  const wb = await generateDemoWorkbook(seed);
  return fixZipTimes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * Writes the demo workbook to a file.
 * @param file path of the .xlsx to write
 * @param seed PRNG seed (default {@link DEMO_SEED})
 * @returns the file's size, bytes
 * @example await writeDemoWorkbook("examples/peakstock-demo.xlsx") // about 1.38 million bytes
 */
export async function writeDemoWorkbook(file: string, seed: number = DEMO_SEED): Promise<number> {
  const bytes = await demoWorkbookBuffer(seed);
  writeFileSync(file, bytes);
  return bytes.length;
}

async function main(args: readonly string[]): Promise<void> {
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEMO_SEED;
  if (!Number.isInteger(seed)) throw new Error(`--seed needs a whole number (got ${args[seedAt + 1]})`);
  const rest = seedAt >= 0 ? args.filter((_, i) => i !== seedAt && i !== seedAt + 1) : args;
  const file = resolve(rest[0] ?? join(dirname(resolve(process.argv[1])), "peakstock-demo.xlsx"));
  const size = await writeDemoWorkbook(file, seed);
  const data = generateDemoData(seed);
  const totals = new Map<number, number>();
  for (const r of data.sales) totals.set(r.date, (totals.get(r.date) ?? 0) + r.units);
  const daily = [...totals.values()].sort((a, b) => a - b);
  const capacity = data.event.find((e) => e.key === "CapacityCubicFeet")?.value;
  console.log(`${file}: ${(size / 1024).toFixed(0)} KiB, ${data.skus.length} SKUs, ${data.sales.length} sales rows, seed ${seed}`);
  console.log(`units/day over all SKUs: min ${daily[0]}, median ${daily[daily.length >> 1]}, max ${daily[daily.length - 1]}; CapacityCubicFeet ${capacity}`);
  console.log(`stock-outs: ${data.stockOuts.map((s) => `${s.sku} ${isoFromSerial(s.start)} +${s.days}d`).join(", ")}`);
}

if (/generateDemo\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
