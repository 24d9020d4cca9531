/**
 * Reading the plan settings' JSON field by field (`parseSettings`): each value checked as the
 * engine checks it, the first bad one reported with its path ("policy.bufferPct: 1.5 is more than 1").
 * Pure: no Office, no DOM.
 */
import { parseDate } from "../engine/dates";
import type { EngineErrorCode } from "../engine/errors";

/** A parse failure: stops reading at the first bad field. */
export class Bad extends Error {
  constructor(readonly code: EngineErrorCode, readonly field: string, detail: string) {
    super(`PeakStock settings, ${field}: ${detail}`);
  }
}

/** A JSON object as read. */
export type Json = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON value as a message shows it. */
export function describe(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value) ?? String(value);
}

/** Reads the fields of one JSON object, each by name, with the checks the engine applies. */
export class Fields {
  constructor(private readonly object: Json, private readonly path: string) {}

  private name(key: string): string {
    return this.path === "" ? key : `${this.path}.${key}`;
  }

  /** The object's keys with a value (not null). */
  keys(): string[] {
    return Object.keys(this.object).filter((k) => this.has(k));
  }

  has(key: string): boolean {
    return this.object[key] !== undefined && this.object[key] !== null;
  }

  child(key: string, required: boolean): Fields {
    const value = this.object[key];
    if (isObject(value)) return new Fields(value, this.name(key));
    if (value === undefined && !required) return new Fields({}, this.name(key));
    throw new Bad("MISSING_VALUE", this.name(key), value === undefined ? "is missing" : `${describe(value)} is not an object`);
  }

  text(key: string, fallback: string): string {
    const value = this.object[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "string") throw new Bad("INCONSISTENT_INPUT", this.name(key), `${describe(value)} is not text`);
    return value;
  }

  number(key: string, fallback: number, check: { min?: number; max?: number; above?: number; below?: number; integer?: boolean } = {}): number {
    const value = this.object[key];
    if (value === undefined || value === null) return fallback;
    const field = this.name(key);
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Bad("NOT_A_NUMBER", field, `${describe(value)} is not a number`);
    if (check.integer && !Number.isInteger(value)) throw new Bad("OUT_OF_RANGE", field, `${value} is not a whole number`);
    if (check.min !== undefined && value < check.min) throw new Bad("OUT_OF_RANGE", field, `${value} is less than ${check.min}`);
    if (check.max !== undefined && value > check.max) throw new Bad("OUT_OF_RANGE", field, `${value} is more than ${check.max}`);
    if (check.above !== undefined && value <= check.above) throw new Bad("OUT_OF_RANGE", field, `${value} must be more than ${check.above}`);
    if (check.below !== undefined && value >= check.below) throw new Bad("OUT_OF_RANGE", field, `${value} must be less than ${check.below}`);
    return value;
  }

  optionalNumber(key: string, above: number): number | undefined {
    return this.has(key) ? this.number(key, 0, { above }) : undefined;
  }

  fraction(key: string, fallback: number): number {
    return this.number(key, fallback, { min: 0, max: 1 });
  }

  days(key: string, fallback: number): number {
    return this.number(key, fallback, { min: 0, integer: true });
  }

  flag(key: string, fallback: boolean): boolean {
    const value = this.object[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "boolean") throw new Bad("INCONSISTENT_INPUT", this.name(key), `${describe(value)} is not true or false`);
    return value;
  }

  date(key: string): number {
    const value = this.object[key];
    if (value === undefined || value === null) throw new Bad("MISSING_VALUE", this.name(key), "is missing");
    return dateOf(value, this.name(key));
  }

  list(key: string): readonly unknown[] {
    const value = this.object[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new Bad("INCONSISTENT_INPUT", this.name(key), `${describe(value)} is not a list`);
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(key, fallback);
    if (!(allowed as readonly string[]).includes(value)) throw new Bad("OUT_OF_RANGE", this.name(key), `'${value}' is not one of ${allowed.join(", ")}`);
    return value as T;
  }
}

/** An ISO date (yyyy-mm-dd) as an Excel serial day, or a BAD_DATE problem naming the field. */
export function dateOf(value: unknown, field: string): number {
  const parsed = typeof value === "string" ? parseDate(value, field) : { ok: false as const };
  if (!parsed.ok) throw new Bad("BAD_DATE", field, `${describe(value)} is not a date (yyyy-mm-dd)`);
  return parsed.value;
}
