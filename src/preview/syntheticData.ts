/**
 * A synthetic seller for the preview's `?scenario=synthetic&skus=N&days=D`:
 * N SKUs with D days of long-form sales ending the day before the plan date
 * (2026-09-15), weekly pattern, trend, slow movers and Black Friday peaks in
 * the years the history covers, and an Event sheet for Black Friday / Cyber
 * Monday 2026. Seeded: the same (N, D, seed) gives the same workbook. No Lanes
 * sheet, so the plan uses PeakStock's default lanes. Pure (no DOM).
 */
import { isoFromSerial, serialFromYmd } from "../engine/dates";
import { mulberry32, poisson } from "../engine/stats/seededRandom";
import type { PreviewData } from "./previewData";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const EVENT_START = serialFromYmd(2026, 11, 27);
/** Black Friday of earlier years: the history may cover them. */
const PAST_BLACK_FRIDAYS = [serialFromYmd(2025, 11, 28), serialFromYmd(2024, 11, 29), serialFromYmd(2023, 11, 24), serialFromYmd(2022, 11, 25)];
const FAMILIES = ["KIT", "PHN", "PET", "HOM", "FIT", "DEC"] as const;
const NOUNS: Readonly<Record<(typeof FAMILIES)[number], readonly string[]>> = {
  KIT: ["Garlic press", "Silicone spatula set", "Knife sharpener", "Salad spinner", "Measuring cups"],
  PHN: ["USB-C cable 2 m", "Phone stand", "Magnetic car mount", "Screen protector 3-pack", "Power bank 10,000 mAh"],
  PET: ["Cat scratcher", "Dog poop bags 300", "Slow feeder bowl", "Pet hair remover", "Chew toy set"],
  HOM: ["Drawer organiser", "Vacuum storage bags", "Shoe rack", "Cable clips 20", "Closet hangers 30"],
  FIT: ["Resistance bands", "Yoga mat 6 mm", "Jump rope", "Camping lantern", "Foam roller"],
  DEC: ["LED string lights", "Christmas ornaments 24", "Halloween garland", "Table runner", "Fairy curtain lights"],
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The synthetic workbook: About, SKUs, Sales (Date, SKU, Units, Marketplace) and Event.
 * @param skus number of SKUs
 * @param days days of history, ending 2026-09-14
 * @param seed PRNG seed
 * @example syntheticData(2, 90, 1).sheets.find((s) => s.name === "Sales")?.rows.length // 181: header + 2 × 90
 */
export function syntheticData(skus: number, days: number, seed: number): PreviewData {
  const rand = mulberry32(seed);
  const first = PLAN_DATE - days;
  const pastStarts = PAST_BLACK_FRIDAYS.filter((s) => s >= first && s + 3 < PLAN_DATE);
  const master: unknown[][] = [["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm",
    "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "InTransit", "SupplierLeadDays", "MOQ", "Sensitive", "Marketplace"]];
  const daily: number[][] = [];
  for (let k = 0; k < skus; k++) {
    const family = FAMILIES[k % FAMILIES.length];
    const nouns = NOUNS[family];
    const slow = rand() < 0.2;
    const level = slow ? 0.1 + 0.6 * rand() : 2 + 38 * rand();
    const trend = (rand() - 0.4) * 0.0015;
    const uplift = 1.8 + 3 * rand();
    const weekly = Array.from({ length: 7 }, (_, d) => (d === 0 || d === 6 ? 1.25 : 0.9) + 0.1 * rand());
    const units: number[] = [];
    for (let t = 0; t < days; t++) {
      const serial = first + t;
      const peak = pastStarts.some((s) => serial >= s && serial <= s + 3) ? uplift : 1;
      units.push(poisson(rand, level * Math.max(0.2, 1 + trend * (t - days)) * weekly[((serial % 7) + 7) % 7] * peak));
    }
    daily.push(units);
    const unitCost = round2(1.5 + 18 * rand());
    const perCarton = [12, 20, 24, 30, 40, 50][Math.floor(rand() * 6)];
    const sku = `${family}-${String(Math.floor(k / FAMILIES.length) + 1).padStart(String(Math.ceil(skus / FAMILIES.length)).length + 1, "0")}`;
    master.push([
      sku, `${nouns[Math.floor(k / FAMILIES.length) % nouns.length]}`, unitCost, round2(unitCost * (2.6 + rand())), perCarton,
      50 + Math.floor(rand() * 15), 35 + Math.floor(rand() * 10), 25 + Math.floor(rand() * 15), Math.round((4 + rand() * 14) * 10) / 10,
      [0.025, 0.037, 0.045, 0.065][Math.floor(rand() * 4)], Math.round(level * (20 + 40 * rand())), 0,
      15 + Math.floor(rand() * 30), [100, 200, 300, 500][Math.floor(rand() * 4)], family === "PHN" && rand() < 0.5, "Amazon US",
    ]);
  }
  const sales: unknown[][] = [["Date", "SKU", "Units", "Marketplace"]];
  for (let t = 0; t < days; t++) {
    for (let k = 0; k < skus; k++) sales.push([first + t, master[k + 1][0], daily[k][t], "Amazon US"]);
  }
  const event: unknown[][] = [
    ["Key", "Value"],
    ["Event", "Black Friday / Cyber Monday 2026"],
    ["Marketplace", "Amazon US"],
    ["Start", EVENT_START],
    ["End", EVENT_START + 3],
    ["PlanDate", PLAN_DATE],
    ["PastEventStarts", pastStarts.map(isoFromSerial).join(", ")],
    ["ServiceLevel", 0.95],
    ["BufferPct", 0.15],
    ["Growth", 1.1],
  ];
  const about: unknown[][] = [
    ["PeakStock synthetic workbook"],
    ["GENERATED", `Fictitious: ${skus} SKUs × ${days} days made in the browser (seed ${seed}). Lanes: PeakStock's defaults (China → US West).`],
  ];
  return {
    source: `synthetic: ${skus} SKUs × ${days} days, seed ${seed}`,
    sheets: [
      { name: "About", rows: about, formats: { columns: [], cells: [] } },
      {
        name: "SKUs", rows: master,
        formats: { columns: [null, null, "currency", "currency", "integer", null, null, null, "decimal", "percent", "integer", "integer", null, "integer"], cells: [] },
      },
      { name: "Sales", rows: sales, formats: { columns: ["date", null, "integer"], cells: [] } },
      {
        name: "Event", rows: event,
        formats: { columns: [], cells: [[4, 2, "date"], [5, 2, "date"], [6, 2, "date"], [8, 2, "percent"], [9, 2, "percent"]] },
      },
    ],
  };
}
