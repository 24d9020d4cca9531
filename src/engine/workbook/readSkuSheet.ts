/**
 * The `SKUs` sheet (master data per SKU) from a plain grid.
 */
import { cellValue, isBlankCell, readNumber, readText } from "../cells";
import type { DayOrder } from "../dates";
import { errorAt, fail, ok, problem, type EngineError, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import type { SkuMaster } from "../plan/types";
import { inferDayOrder, type DateSample } from "../series/inferDayOrder";
import { SKU_SHEET, type SkuKey } from "./headerAliases";
import { readBoolean } from "./readBoolean";
import { readDateCell } from "./readDateCell";
import { readFraction } from "./readFraction";
import { INPUT_LIMITS } from "./inputLimits";
import { cellOf, locationOf, readSheetTable, type Grid, type GridOptions, type SheetTable, type TableRow } from "./sheetTable";
import { foldSkuDestinations } from "./foldSkuDestinations";

/**
 * What a blank or missing optional column means. Dimensions and weight 0 =
 * unknown (freight by weight or volume then comes out 0, so fill them in);
 * MOQ 0 = no minimum (as `roundUpToOrderQuantity` reads an omitted MOQ).
 */
export const SKU_DEFAULTS = Object.freeze({
  unitCost: 0,
  unitsPerCarton: 1,
  cartonLengthCm: 0,
  cartonWidthCm: 0,
  cartonHeightCm: 0,
  cartonWeightKg: 0,
  dutyRate: 0,
  onHand: 0,
  inTransit: 0,
  supplierLeadDays: 0,
  moq: 0,
  sensitive: false,
});

/**
 * A blank Price is the unit cost × 3: the cross-border sellers' rule of thumb
 * that landed cost, marketplace fees and margin are a third of the price each.
 * It only orders SKUs by revenue when Sales has no Revenue column; write the
 * real price where it matters.
 */
export const DEFAULT_PRICE_TO_COST = 3;

/** Largest duty rate accepted, as a fraction: 3 = 300 % (2025 US tariffs on some Chinese goods passed 100 %). */
export const MAX_DUTY_RATE = 3;

/** The SKUs read, and the rows left out with why. */
export interface SkuSheet {
  /** The sheet's name, as messages name it. */
  readonly sheet: string;
  /** One record per good row, in sheet order. */
  readonly skus: SkuMaster[];
  /**
   * One error per row left out (a bad cell, a blank SKU, a repeated SKU); its
   * `where.sku` is the row's SKU when that cell could be read.
   */
  readonly issues: EngineError[];
  /** All-blank rows skipped. */
  readonly blankRows: number;
  /** 1-based sheet row of each SKU read. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Each header found, as the sheet writes it. */
  readonly labels: Readonly<Partial<Record<SkuKey, string>>>;
}

/** Reads one row; the first bad cell is its error. */
function readRow(t: SheetTable<SkuKey>, r: TableRow, dayOrder: DayOrder | undefined): Result<SkuMaster> {
  const at = (key: SkuKey) => locationOf(t, r.row, key);
  const sku = readText(cellOf(t, r, "SKU"), at("SKU"));
  if (!sku.ok) return sku;
  const text = (key: SkuKey): Result<string | null> => readText(cellOf(t, r, key), at(key), { blank: "skip" });
  const num = (key: SkuKey, fallback: number, limit: number, integer = false): Result<number> => {
    const read = readNumber(cellOf(t, r, key), at(key), { blank: "skip", min: 0, limit, integer });
    return read.ok ? ok(read.value ?? fallback) : read;
  };
  const name = text("Name");
  if (!name.ok) return name;
  const unitCost = num("UnitCost", SKU_DEFAULTS.unitCost, INPUT_LIMITS.unitPriceUsd);
  if (!unitCost.ok) return unitCost;
  const price = num("Price", unitCost.value * DEFAULT_PRICE_TO_COST, INPUT_LIMITS.unitPriceUsd);
  if (!price.ok) return price;
  const perCarton = num("UnitsPerCarton", SKU_DEFAULTS.unitsPerCarton, INPUT_LIMITS.units, true);
  if (!perCarton.ok) return perCarton;
  if (perCarton.value === 0) return fail("zeroPerCarton", "OUT_OF_RANGE", { place: placeParam(at("UnitsPerCarton")) }, at("UnitsPerCarton"));
  const length = num("CartonLengthCm", SKU_DEFAULTS.cartonLengthCm, INPUT_LIMITS.cartonCm);
  if (!length.ok) return length;
  const width = num("CartonWidthCm", SKU_DEFAULTS.cartonWidthCm, INPUT_LIMITS.cartonCm);
  if (!width.ok) return width;
  const height = num("CartonHeightCm", SKU_DEFAULTS.cartonHeightCm, INPUT_LIMITS.cartonCm);
  if (!height.ok) return height;
  const weight = num("CartonWeightKg", SKU_DEFAULTS.cartonWeightKg, INPUT_LIMITS.cartonKg);
  if (!weight.ok) return weight;
  const duty = readFraction(cellOf(t, r, "DutyRate"), at("DutyRate"), { max: MAX_DUTY_RATE });
  if (!duty.ok) return duty;
  const onHand = num("OnHand", SKU_DEFAULTS.onHand, INPUT_LIMITS.units);
  if (!onHand.ok) return onHand;
  const inTransit = num("InTransit", SKU_DEFAULTS.inTransit, INPUT_LIMITS.units);
  if (!inTransit.ok) return inTransit;
  let arrival: number | undefined;
  const arrivalCell = cellOf(t, r, "InTransitArrival");
  if (!isBlankCell(arrivalCell)) {
    const read = readDateCell(arrivalCell, at("InTransitArrival"), dayOrder);
    if (!read.ok) return read;
    arrival = read.value;
  }
  const lead = num("SupplierLeadDays", SKU_DEFAULTS.supplierLeadDays, INPUT_LIMITS.days, true);
  if (!lead.ok) return lead;
  const moq = num("MOQ", SKU_DEFAULTS.moq, INPUT_LIMITS.units, true);
  if (!moq.ok) return moq;
  const sensitive = readBoolean(cellOf(t, r, "Sensitive"), at("Sensitive"), SKU_DEFAULTS.sensitive);
  if (!sensitive.ok) return sensitive;
  const marketplace = text("Marketplace");
  if (!marketplace.ok) return marketplace;
  const supplier = text("Supplier");
  if (!supplier.ok) return supplier;
  const destination = text("Destination");
  if (!destination.ok) return destination;
  const backup = text("BackupSupplier");
  if (!backup.ok) return backup;
  const fnsku = text("FNSKU");
  if (!fnsku.ok) return fnsku;
  return ok({
    sku: sku.value as string,
    ...(name.value !== null ? { name: name.value } : {}),
    unitCost: unitCost.value,
    price: price.value,
    unitsPerCarton: perCarton.value,
    cartonLengthCm: length.value,
    cartonWidthCm: width.value,
    cartonHeightCm: height.value,
    cartonWeightKg: weight.value,
    dutyRate: duty.value ?? SKU_DEFAULTS.dutyRate,
    onHand: onHand.value,
    inTransit: inTransit.value,
    ...(arrival !== undefined ? { inTransitArrival: arrival } : {}),
    supplierLeadDays: lead.value,
    moq: moq.value,
    sensitive: sensitive.value,
    ...(marketplace.value !== null ? { marketplace: marketplace.value } : {}),
    ...(supplier.value !== null ? { supplier: supplier.value } : {}),
    ...(destination.value !== null ? { destination: destination.value } : {}),
    ...(backup.value !== null ? { backupSupplier: backup.value } : {}),
    ...(fnsku.value !== null ? { fnsku: fnsku.value } : {}),
  });
}

/**
 * Reads the `SKUs` sheet: headers in English or Chinese, in any order
 * (`SKU_SHEET`); only SKU is required. Blank optional cells take
 * {@link SKU_DEFAULTS} (UnitsPerCarton 1; dimensions, weight, DutyRate, OnHand,
 * InTransit, SupplierLeadDays and MOQ 0; Sensitive false; Name, Marketplace,
 * Supplier, BackupSupplier, FNSKU and InTransitArrival left out) and a blank Price is UnitCost ×
 * {@link DEFAULT_PRICE_TO_COST}.
 *
 * Cells: numbers ≥ 0 (UnitsPerCarton a whole number ≥ 1; SupplierLeadDays and
 * MOQ whole numbers) below the sanity limits of `INPUT_LIMITS` (a billion units,
 * $1,000,000 a unit, 1,000 cm, 1,000 kg, 1,000 days); DutyRate a fraction or a
 * percentage ("7.5%"), at most {@link MAX_DUTY_RATE} — 50 is refused as "read as
 * 5,000 %; write 50 % as 0.5 or 50%"; Sensitive TRUE/FALSE, yes/no, Y/N, 是/否 or
 * 1/0; InTransitArrival a date (serial or text, `a/b/yyyy` in one order for the
 * whole column, see `inferDayOrder`). With a Destination column a SKU may have
 * one row per destination: the first row gives its master data, each row its
 * stock there ({@link foldSkuDestinations}; `SkuMaster.stockAt`). One SKU's bad row never sinks the rest
 * (STYLE.md 5): a row with a bad cell, a blank SKU or a SKU already read is left
 * out and its error, naming the row and the column as the sheet writes it (and
 * the row's SKU in `where.sku`), goes to `issues` ("SKUs row 5, UnitCost: 'abc'
 * is not a number"; a repeat is DUPLICATE_KEY naming both rows); the plan fails
 * that SKU with the error. When no row is usable at all (a column written wrong
 * throughout), the first row's error is returned instead. All-blank rows are skipped.
 * @param grid the sheet's cells, header row first (title rows above it are skipped)
 * @param options sheet name, position and date order
 * @returns the SKUs, issues, each SKU's row and the headers as written; MISSING_COLUMN / DUPLICATE_KEY for a bad header row;
 * EMPTY_SERIES when no row holds data; INCONSISTENT_INPUT / AMBIGUOUS_DATE when the
 * InTransitArrival column mixes or cannot settle its day order
 * @example
 * readSkuSheet([["SKU", "Unit cost (USD)", "每箱数量"], ["A-1", 2.5, 24], ["A-2", "abc", ""]])
 * // ok: skus [{ sku: "A-1", unitCost: 2.5, price: 7.5, unitsPerCarton: 24, … }],
 * //     issues [NOT_A_NUMBER "SKUs row 3, Unit cost (USD): 'abc' is not a number"]
 */
export function readSkuSheet(grid: Grid, options: GridOptions = {}): Result<SkuSheet> {
  const table = readSheetTable(grid, SKU_SHEET, options);
  if (!table.ok) return table;
  const t = table.value;
  if (t.rows.length === 0) return fail("noSkuRows", "EMPTY_SERIES", { place: placeParam({ sheet: t.sheet }), headerRow: t.headerRow }, { sheet: t.sheet });

  const samples: DateSample[] = [];
  for (const r of t.rows) {
    const v = cellValue(cellOf(t, r, "InTransitArrival"));
    if (typeof v === "string") samples.push({ text: v, where: locationOf(t, r.row, "InTransitArrival") });
  }
  const order = inferDayOrder(samples, options.dayOrder);
  if (!order.ok) return order;

  const skus: SkuMaster[] = [];
  const issues: EngineError[] = [];
  const firstRowOf = new Map<string, number>();
  const rowOf = new Map<string, number>(); // each SKU's first row, whatever its destination
  for (const r of t.rows) {
    const read = readRow(t, r, order.value ?? undefined);
    if (!read.ok) {
      const sku = readText(cellOf(t, r, "SKU"), locationOf(t, r.row, "SKU"));
      issues.push(sku.ok ? errorAt(read.error, { ...read.error.where, sku: sku.value as string }) : read.error);
      continue;
    }
    // One row per SKU, or per SKU and Destination when the sheet has that column (its stock there).
    const key = `${read.value.sku}\u0000${(read.value.destination ?? "").toLowerCase()}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const where = { ...locationOf(t, r.row, "SKU"), sku: read.value.sku };
      issues.push(problem("duplicateSku", "DUPLICATE_KEY", { place: placeParam(where), sku: quoted(read.value.sku), first, row: r.row }, where));
      continue;
    }
    firstRowOf.set(key, r.row);
    if (!rowOf.has(read.value.sku)) rowOf.set(read.value.sku, r.row);
    skus.push(read.value);
  }
  if (skus.length === 0 && issues.length > 0) return { ok: false, error: issues[0] };
  return ok({ sheet: t.sheet, skus: foldSkuDestinations(skus), issues, blankRows: t.blankRows, rowOf, labels: t.labels });
}
