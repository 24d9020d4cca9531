/**
 * The Event sheet's CapacityCubicFeet: one limit for every destination, or one per destination.
 */
import { cellValue, describeCell, readNumber } from "../cells";
import { err, ok, type ErrorLocation, type Result } from "../errors";

/** Storage limits read from one cell, ft³. */
export interface CapacityLimits {
  /** The limit of every destination not named (a bare number); undefined = none. */
  readonly allCubicFeet?: number;
  /** Limits by destination, as written ("Amazon US" → 5000). */
  readonly byDestination: Readonly<Record<string, number>>;
}

/** Separators between destinations in one cell: semicolons (ASCII or full-width) and line breaks; a comma is a thousands separator. */
const PART_SEPARATORS = /[;；\r\n]+/;

/**
 * Reads a capacity cell: a number (ft³, the limit of every destination), or text listing
 * `destination: ft³` parts separated by `;` or line breaks ("Amazon US: 5,000; Amazon DE: 2000"),
 * full-width `：` and `；` accepted; a part without a name is the limit of every destination not
 * named. Each limit is a number more than 0 ("5,000" = 5000); a destination named twice is an error.
 * @param value the cell
 * @param where how messages name the place ("Event row 12, CapacityCubicFeet")
 * @returns the limits, or NOT_A_NUMBER / OUT_OF_RANGE / DUPLICATE_KEY naming the cell and the part
 * @example readCapacityCell("Amazon US: 5,000; Amazon DE：2000", "Event row 12, CapacityCubicFeet")
 * // ok({ byDestination: { "Amazon US": 5000, "Amazon DE": 2000 } })
 * @example readCapacityCell(3000, "Event row 12, CapacityCubicFeet") // ok({ allCubicFeet: 3000, byDestination: {} })
 */
export function readCapacityCell(value: unknown, where: string, location?: ErrorLocation): Result<CapacityLimits> {
  const v = cellValue(value);
  const positive = (raw: unknown, place: string): Result<number> => {
    const n = readNumber(raw, place, { min: 0, ...(location ? { location } : {}) });
    if (!n.ok) return n;
    if (n.value === null || n.value === 0) return err("OUT_OF_RANGE", `${place}: must be more than 0 (got ${describeCell(raw)})`, location);
    return ok(n.value);
  };
  if (typeof v !== "string") {
    const n = positive(v, where);
    return n.ok ? ok({ allCubicFeet: n.value, byDestination: {} }) : n;
  }
  let all: number | undefined;
  const byDestination: Record<string, number> = {};
  const seen = new Set<string>();
  for (const part of v.split(PART_SEPARATORS).map((p) => p.trim()).filter((p) => p !== "")) {
    const colon = Math.max(part.lastIndexOf(":"), part.lastIndexOf("："));
    const name = colon < 0 ? "" : part.slice(0, colon).trim();
    const place = name === "" ? where : `${where}, ${name}`;
    const n = positive(colon < 0 ? part : part.slice(colon + 1).trim(), place);
    if (!n.ok) return n;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      return err("DUPLICATE_KEY", `${where}: ${name === "" ? "the limit without a destination" : `'${name}'`} is given twice; keep one`, location);
    }
    seen.add(key);
    if (name === "") all = n.value;
    else byDestination[name] = n.value;
  }
  if (all === undefined && seen.size === 0) return err("OUT_OF_RANGE", `${where}: ${describeCell(v)} is not a capacity (a number of ft³, or "Amazon US: 5000; Amazon DE: 2000")`, location);
  return ok({ ...(all !== undefined ? { allCubicFeet: all } : {}), byDestination });
}
