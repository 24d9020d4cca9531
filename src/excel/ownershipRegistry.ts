/**
 * The ownership registry: the one record of which sheets and tables PeakStock
 * wrote, stored in the workbook beside the settings (`_PeakStock` column B), and
 * where each output goes next. Ownership is explicit: a table is PeakStock's
 * because the registry names it, never because of its name, so a seller's own
 * table called "PeakStock_Plan" or a plan sheet the seller renamed to keep it
 * is never written over. Browser-safe.
 */
import { SHEET_SPECS, sheetLabel, type SheetKind } from "../engine/workbook/headerAliases";
import type { OutputLanguage, OutputTarget, TableInfo } from "./workbookPort";
import { sameSheetName } from "./writeChecks";

/** One output PeakStock wrote: its kind, the sheet and the Excel table, as the workbook spells them. */
export interface OwnedTable {
  readonly kind: SheetKind;
  readonly sheet: string;
  readonly table: string;
}

/** Everything PeakStock owns in a workbook, at most one table per kind. */
export interface OwnershipRegistry {
  readonly version: 1;
  readonly tables: readonly OwnedTable[];
}

/** The registry of a workbook PeakStock has not written to. */
export const EMPTY_REGISTRY: OwnershipRegistry = Object.freeze({ version: 1, tables: Object.freeze([]) });

/** What the workbook holds now, as {@link resolveOutputTargets} needs it. */
export interface WorkbookLayout {
  /** Sheet names in tab order (without `_PeakStock`). */
  readonly sheetNames: readonly string[];
  /** Every table in the workbook. */
  readonly tables: readonly TableInfo[];
  readonly registry: OwnershipRegistry;
}

function isSheetKind(value: unknown): value is SheetKind {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(SHEET_SPECS, value);
}

function isOwnedTable(value: unknown): value is OwnedTable {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return isSheetKind(entry.kind) && typeof entry.sheet === "string" && entry.sheet !== "" && typeof entry.table === "string" && entry.table !== "";
}

/**
 * The registry stored as `json`. Anything that is not a version-1 registry
 * (null, empty, broken JSON, another shape) reads as the empty registry, and
 * entries that are not {kind, sheet, table} are left out, as is a second entry
 * of a kind: a damaged registry can only make PeakStock own less, never more.
 * @example parseOwnership('{"version":1,"tables":[{"kind":"Plan","sheet":"Plan","table":"PeakStock_Plan"}]}').tables // [{ kind: "Plan", sheet: "Plan", table: "PeakStock_Plan" }]
 * @example parseOwnership("not json") // { version: 1, tables: [] }
 */
export function parseOwnership(json: string | null): OwnershipRegistry {
  if (json === null || json.trim() === "") return EMPTY_REGISTRY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return EMPTY_REGISTRY;
  }
  if (typeof parsed !== "object" || parsed === null) return EMPTY_REGISTRY;
  const { version, tables } = parsed as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(tables)) return EMPTY_REGISTRY;
  const seen = new Set<SheetKind>();
  const kept: OwnedTable[] = [];
  for (const entry of tables) {
    if (!isOwnedTable(entry) || seen.has(entry.kind)) continue;
    seen.add(entry.kind);
    kept.push({ kind: entry.kind, sheet: entry.sheet, table: entry.table });
  }
  return { version: 1, tables: kept };
}

/**
 * The registry as the JSON {@link parseOwnership} reads back.
 * @example serializeOwnership({ version: 1, tables: [] }) // '{"version":1,"tables":[]}'
 */
export function serializeOwnership(registry: OwnershipRegistry): string {
  return JSON.stringify({ version: 1, tables: registry.tables.map(({ kind, sheet, table }) => ({ kind, sheet, table })) });
}

/**
 * The first name of PeakStock's table of a kind; taken names get `_2`, `_3` …
 * @example outputTableName("CashFlow") // "PeakStock_CashFlow"
 */
export function outputTableName(kind: SheetKind): string {
  return `PeakStock_${kind}`;
}

/** `candidate(1)`, `candidate(2)` …: the first that is not in `taken` (ignoring case). */
function firstFree(candidate: (n: number) => string, taken: ReadonlySet<string>): string {
  // Each taken name rules out at most one candidate, so one of the first taken.size + 1 is free.
  for (let n = 1; ; n++) {
    const name = candidate(n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Where each output of `kinds` goes, and the registry after writing them.
 *
 * For kind K, a registry entry {K, sheet S, table T} whose sheet S exists and
 * holds table T gives "replace" on S and T (as the workbook spells them). Else —
 * never written, the seller renamed or deleted the sheet, or the table moved —
 * "create": the sheet is the first free of the label in `language` ("Plan",
 * "计划"), "Plan (PeakStock)", "Plan (PeakStock 2)" …, the table the first free
 * of "PeakStock_Plan", "PeakStock_Plan_2" … (free: no sheet, or no table
 * anywhere, of that name ignoring case). A table that is not in the registry is
 * never taken over, whatever its name. The new registry is the old one with each
 * written kind's entry replaced.
 * @throws Error when a kind is asked for twice
 * @example resolveOutputTargets(["Plan"], "en", { sheetNames: ["Plan Sept"], tables: [{ name: "PeakStock_Plan", sheet: "Plan Sept", top: 0, left: 0, rows: 3, columns: 20 }], registry: EMPTY_REGISTRY }).targets
 * // [{ kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan_2", mode: "create" }]
 */
export function resolveOutputTargets(kinds: readonly SheetKind[], language: OutputLanguage, book: WorkbookLayout): { targets: OutputTarget[]; registry: OwnershipRegistry } {
  const takenSheets = new Set(book.sheetNames.map((name) => name.toLowerCase()));
  const takenTables = new Set(book.tables.map((table) => table.name.toLowerCase()));
  const targets: OutputTarget[] = [];
  const entries = new Map<SheetKind, OwnedTable>(book.registry.tables.map((entry) => [entry.kind, entry]));
  for (const kind of kinds) {
    if (targets.some((target) => target.kind === kind)) throw new Error(`The ${kind} output is asked for twice`);
    const owned = entries.get(kind);
    const sheet = owned && book.sheetNames.find((name) => sameSheetName(name, owned.sheet));
    const table = owned && sheet !== undefined && book.tables.find((t) => sameSheetName(t.name, owned.table) && sameSheetName(t.sheet, sheet));
    let target: OutputTarget;
    if (sheet !== undefined && table) {
      target = { kind, sheet, tableName: table.name, mode: "replace" };
    } else {
      const label = sheetLabel(kind, language);
      const base = outputTableName(kind);
      target = {
        kind,
        sheet: firstFree((n) => (n === 1 ? label : n === 2 ? `${label} (PeakStock)` : `${label} (PeakStock ${n - 1})`), takenSheets),
        tableName: firstFree((n) => (n === 1 ? base : `${base}_${n}`), takenTables),
        mode: "create",
      };
      takenSheets.add(target.sheet.toLowerCase());
      takenTables.add(target.tableName.toLowerCase());
    }
    targets.push(target);
    entries.set(kind, { kind, sheet: target.sheet, table: target.tableName });
  }
  return { targets, registry: { version: 1, tables: [...entries.values()] } };
}
