/**
 * A shipment as Amazon's Send to Amazon file upload, so the seller uploads it instead
 * of retyping every SKU, box count, box size and weight.
 *
 * Which template: the "Create workflow – template" sheet of the file Seller Central offers
 * in Send to Amazon → Choose inventory to send → "File upload" (the file is named
 * ManifestFileUpload_Template_MPL.xlsx; its own instructions say to upload it as .xlsx or
 * "as a tab-delimited file (.txt)"). It is a single-SKU-box (case-pack) layout: one row per
 * Merchant SKU with its quantity and, for case-packed SKUs, units per box, number of boxes and
 * the box's dimensions and weight, so the workflow is created with its box contents and the
 * separate pack-group box-content step ("pack list", one column per box) is not needed —
 * PeakStock ships whole cartons of one SKU. Where the columns come from: Seller Central help
 * "Send to Amazon: Choose inventory to send" (case packs), "Provide box content information"
 * (box weight and dimensions are required for every box) and the template's "Data definitions"
 * sheet (prep and labeling owner: Seller or Amazon); the exact header texts and rows (note in
 * row 1, default prep and labeling owner in rows 3–4, "Optional" markers in row 7, headers in
 * row 8, data from row 9) follow copies of the US template published in public code, and the
 * EU/Japan copies, which measure boxes in cm and kg.
 *
 * Uncertain, because Amazon's template could not be downloaded here (it needs a seller login):
 * the template is versioned by Amazon without notice (some copies lack "Prep owner"/"Labeling
 * owner" or "Manufacturing lot code", India's adds FC and tax columns); which unit system
 * Canada and Mexico use; whether the upload accepts decimals in box sizes (PeakStock rounds
 * up to 0.1). Check the rows against the template your Seller Central offers before uploading.
 */
import { type BoxUnits } from "./fbaDestination";
import type { ShipmentPacking } from "./shipmentPacking";

/** The template's columns before the box dimensions, in its order. */
export const SEND_TO_AMAZON_COLUMNS = [
  "Merchant SKU", "Quantity", "Prep owner", "Labeling owner", "Expiration date (MM/DD/YYYY)", "Manufacturing lot code", "Units per box", "Number of boxes",
] as const;

/** The template's box dimension and weight columns in a unit system. */
export function boxColumns(units: BoxUnits): readonly [string, string, string, string] {
  return units === "in-lb"
    ? ["Box length (in)", "Box width (in)", "Box height (in)", "Box weight (lb)"]
    : ["Box length (cm)", "Box width (cm)", "Box height (cm)", "Box weight (kg)"];
}

/** Who preps and labels the units when a row leaves its own owner blank: the seller (the factory labels with FNSKU). */
export const DEFAULT_OWNER = "Seller";

/** The template's note above the defaults (row 1). */
const TEMPLATE_NOTE = "Please review the Example tab before you complete this sheet";

/** One template row: one SKU of one shipment, case-packed. */
export interface SendToAmazonRow {
  readonly merchantSku: string;
  /** Units shipped = units per box × number of boxes. */
  readonly quantity: number;
  readonly unitsPerBox: number;
  readonly numberOfBoxes: number;
  /** Box sides in the unit system's length unit (in or cm), rounded up to 0.1. */
  readonly boxLength: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  /** Box gross weight in lb or kg, rounded up to 0.1. */
  readonly boxWeight: number;
}

const CM_PER_INCH = 2.54;
/** The international avoirdupois pound, kg (exact by definition). */
const KG_PER_POUND = 0.45359237;

/** Rounded up to 0.1 (a box declared a hair smaller or lighter than it is gets re-measured at receiving). */
function upToTenth(x: number): number {
  return Math.ceil(x * 10 - 1e-9) / 10;
}

/**
 * The template rows of one shipment: per SKU its Merchant SKU, quantity, units per box,
 * number of boxes and the carton's sides and weight, converted to `units`
 * (in = cm ÷ 2.54, lb = kg ÷ 0.45359237) and rounded up to 0.1. A SKU packed twice in one shipment with the
 * same units per box (a season's two events) is one row, its quantities and boxes added.
 * @example sendToAmazonRows(packing, "in-lb")[0] // carton 50 × 40 × 30 cm, 10 kg, 24 per carton, 12 cartons
 * // { merchantSku: "KIT-01", quantity: 288, unitsPerBox: 24, numberOfBoxes: 12, boxLength: 19.7, boxWidth: 15.8, boxHeight: 11.9, boxWeight: 22.1 }
 */
export function sendToAmazonRows(packing: ShipmentPacking, units: BoxUnits): SendToAmazonRow[] {
  const side = (cm: number): number => upToTenth(units === "in-lb" ? cm / CM_PER_INCH : cm);
  const weight = (kg: number): number => upToTenth(units === "in-lb" ? kg / KG_PER_POUND : kg);
  // One row per Merchant SKU and case pack: a season's shipment may carry one SKU's batches of two events.
  const rows = new Map<string, SendToAmazonRow>();
  for (const p of packing.items) {
    const key = `${p.sku}\u0000${p.unitsPerCarton}`;
    const before = rows.get(key);
    rows.set(key, {
      merchantSku: p.sku,
      quantity: (before?.quantity ?? 0) + p.units,
      unitsPerBox: p.unitsPerCarton,
      numberOfBoxes: (before?.numberOfBoxes ?? 0) + p.cartons,
      boxLength: side(p.lengthCm),
      boxWidth: side(p.widthCm),
      boxHeight: side(p.heightCm),
      boxWeight: weight(p.cartonKg),
    });
  }
  return [...rows.values()];
}

/** Tabs and line breaks would split a field of the tab-delimited file. */
function field(value: string | number): string {
  return String(value).replace(/[\t\r\n]+/g, " ");
}

/**
 * The whole "Create workflow – template" sheet of one shipment as rows of cells, in the
 * template's layout: row 1 its note, rows 3–4 the default prep and labeling owner
 * ({@link DEFAULT_OWNER}), row 7 the "Optional" markers, row 8 the headers
 * ({@link SEND_TO_AMAZON_COLUMNS} and {@link boxColumns}), then one row per SKU
 * ({@link sendToAmazonRows}; prep and labeling owner, expiration date and lot code left blank).
 * @example sendToAmazonSheet(packing, "in-lb")[7].slice(0, 2) // ["Merchant SKU", "Quantity"]
 */
export function sendToAmazonSheet(packing: ShipmentPacking, units: BoxUnits): string[][] {
  const header = [...SEND_TO_AMAZON_COLUMNS, ...boxColumns(units)];
  const optional = header.map((_h, i) => (i === 2 ? "Optional" : i === 6 ? "Optional: Use only for case-packed SKUs" : ""));
  const rows = sendToAmazonRows(packing, units).map((r) => [
    r.merchantSku, r.quantity, "", "", "", "", r.unitsPerBox, r.numberOfBoxes, r.boxLength, r.boxWidth, r.boxHeight, r.boxWeight,
  ].map(field));
  return [[TEMPLATE_NOTE], [], ["Default prep owner", DEFAULT_OWNER], ["Default labeling owner", DEFAULT_OWNER], [], [], optional, header, ...rows];
}

/**
 * {@link sendToAmazonSheet} as the tab-delimited text the template's instructions allow
 * uploading instead of the .xlsx: one line per row, cells joined by tabs, lines ended by CRLF
 * (as Excel saves "Text (Tab delimited)").
 * @example sendToAmazonText(packing, "cm-kg").split("\r\n")[2] // "Default prep owner\tSeller"
 */
export function sendToAmazonText(packing: ShipmentPacking, units: BoxUnits): string {
  return sendToAmazonSheet(packing, units).map((row) => row.join("\t")).join("\r\n") + "\r\n";
}
