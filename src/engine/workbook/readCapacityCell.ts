/**
 * The Event sheet's CapacityCubicFeet: one limit for every destination, or one per destination.
 */
import { cellParam, cellValue, readNumber } from "../cells";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "./inputLimits";

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
 * Each limit is at most `INPUT_LIMITS.cubicFeet`.
 * @param value the cell
 * @param where the cell, which messages name ("Event row 12, CapacityCubicFeet")
 * @returns the limits, or NOT_A_NUMBER / OUT_OF_RANGE / DUPLICATE_KEY naming the cell and the part
 * @example readCapacityCell("Amazon US: 5,000; Amazon DE：2000", { sheet: "Event", row: 12, column: "CapacityCubicFeet" })
 * // ok({ byDestination: { "Amazon US": 5000, "Amazon DE": 2000 } })
 * @example readCapacityCell(3000, { sheet: "Event", row: 12, column: "CapacityCubicFeet" }) // ok({ allCubicFeet: 3000, byDestination: {} })
 */
export function readCapacityCell(value: unknown, where: ErrorLocation): Result<CapacityLimits> {
  const v = cellValue(value);
  const positive = (raw: unknown, place: ErrorLocation): Result<number> => {
    const n = readNumber(raw, place, { min: 0, limit: INPUT_LIMITS.cubicFeet });
    if (!n.ok) return n;
    if (n.value === null || n.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(place) }, place);
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
    const place: ErrorLocation = name === "" ? where : { ...where, column: `${where.column ?? ""}, ${name}` };
    const n = positive(colon < 0 ? part : part.slice(colon + 1).trim(), place);
    if (!n.ok) return n;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      return fail(name === "" ? "capacityAllTwice" : "capacityDestinationTwice", "DUPLICATE_KEY", { place: placeParam(where), destination: quoted(name) }, where);
    }
    seen.add(key);
    if (name === "") all = n.value;
    else byDestination[name] = n.value;
  }
  if (all === undefined && seen.size === 0) return fail("notACapacity", "OUT_OF_RANGE", { place: placeParam(where), value: cellParam(v) }, where);
  return ok({ ...(all !== undefined ? { allCubicFeet: all } : {}), byDestination });
}
