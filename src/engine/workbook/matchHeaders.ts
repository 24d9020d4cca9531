/**
 * Recognising a sheet's columns by their headers, in English or Chinese, in any
 * order (DESIGN.md §3: input is recognised by headers, not by position).
 */
import { cellValue, columnLetter } from "../cells";
import { fail, ok, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import type { HeaderSpec, SheetSpec } from "./headerAliases";

/** Units or notes in round, square or Chinese brackets: "(USD)", "[cm]", "【kg】". */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g;
/** Spaces (any kind), `_` and `-`. */
const SEPARATORS = /[\s_-]+/g;

/**
 * The form headers are compared in: Unicode NFKC (full-width letters and
 * brackets become plain ones), lower case, without units in brackets, spaces,
 * `_`, `-` and a trailing colon.
 * @param text a header as written
 * @example normalizeHeader("Unit cost (USD)") // "unitcost"
 * @example normalizeHeader(" unit_cost ") // "unitcost"
 * @example normalizeHeader("单位成本（美元）") // "单位成本"
 */
export function normalizeHeader(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(BRACKETED, "").replace(SEPARATORS, "").replace(/:+$/, "");
}

/** Normalised spelling → header, per sheet spec (built once). */
const LOOKUPS = new WeakMap<SheetSpec, ReadonlyMap<string, HeaderSpec>>();

function lookupOf<K extends string>(spec: SheetSpec<K>): ReadonlyMap<string, HeaderSpec<K>> {
  let map = LOOKUPS.get(spec) as ReadonlyMap<string, HeaderSpec<K>> | undefined;
  if (!map) {
    const built = new Map<string, HeaderSpec<K>>();
    for (const h of spec.headers) {
      for (const name of [h.key, h.en, h.zh, ...(h.aliases ?? [])]) {
        const n = normalizeHeader(name);
        if (n !== "" && !built.has(n)) built.set(n, h);
      }
    }
    LOOKUPS.set(spec, built);
    map = built;
  }
  return map;
}

/**
 * The canonical header a text names in a sheet, or undefined.
 * @example headerKeyOf("单位成本", SKU_SHEET)?.key // "UnitCost"
 */
export function headerKeyOf<K extends string>(text: string, spec: SheetSpec<K>): HeaderSpec<K> | undefined {
  return lookupOf(spec).get(normalizeHeader(text));
}

/**
 * How a header is named in a message: both labels, or one when they agree.
 * @example bilingualName({ key: "MOQ", en: "MOQ", zh: "最小起订量" }) // "MOQ (最小起订量)"
 * @example bilingualName({ key: "SKU", en: "SKU", zh: "SKU" }) // "SKU"
 */
export function bilingualName(h: HeaderSpec): string {
  return h.en === h.zh ? h.en : `${h.en} (${h.zh})`;
}

/** Canonical key → 0-based column index in the header row, for the headers found. */
export type HeaderColumns<K extends string> = Readonly<Partial<Record<K, number>>>;

/**
 * Finds each canonical header of a sheet in its header row. A cell matches a
 * header when its `normalizeHeader` form equals that of the header's key, its
 * English or Chinese label or one of its aliases; cells that match nothing are
 * ignored (sellers keep their own columns), as are blank and non-text cells.
 * @param headerRow the header row's cells, as Excel or exceljs gives them
 * @param spec the sheet's headers (e.g. `SKU_SHEET`)
 * @param sheetName the sheet's name as the workbook spells it, for messages (default the spec's English name)
 * @param firstColumn 0-based sheet column of `headerRow[0]`, for column letters (default 0, column A)
 * @returns the column of every header found; MISSING_COLUMN naming each required
 * header not found in both languages; DUPLICATE_KEY when two columns name the same header
 * @example matchHeaders(["SKU", "Unit cost (USD)", "备注"], SKU_SHEET) // ok({ SKU: 0, UnitCost: 1 })
 * @example matchHeaders(["SKU", "UnitCost", "单位成本"], SKU_SHEET)
 * // err DUPLICATE_KEY "SKUs: columns B ('UnitCost') and C ('单位成本') are both UnitCost (单位成本); keep one"
 */
export function matchHeaders<K extends string>(
  headerRow: readonly unknown[],
  spec: SheetSpec<K>,
  sheetName: string = spec.en,
  firstColumn = 0,
): Result<HeaderColumns<K>> {
  const lookup = lookupOf(spec);
  const columns: Partial<Record<K, number>> = {};
  for (let j = 0; j < headerRow.length; j++) {
    const v = cellValue(headerRow[j]);
    if (typeof v !== "string") continue;
    const h = lookup.get(normalizeHeader(v));
    if (!h) continue;
    const before = columns[h.key];
    if (before !== undefined) {
      const first = columnLetter(firstColumn + before);
      const second = columnLetter(firstColumn + j);
      const firstText = String(cellValue(headerRow[before])).trim();
      return fail(
        "duplicateHeader",
        "DUPLICATE_KEY",
        { place: placeParam({ sheet: sheetName }), first, firstText: quoted(firstText), second, secondText: quoted(v.trim()), header: bilingualName(h) },
        { sheet: sheetName, column: second },
      );
    }
    columns[h.key] = j;
  }
  const missing = spec.headers.filter((h) => h.required && columns[h.key] === undefined);
  if (missing.length > 0) {
    return fail(
      missing.length > 1 ? "missingColumns" : "missingColumn",
      "MISSING_COLUMN",
      { place: placeParam({ sheet: sheetName }), names: listParam(missing.map(bilingualName), "comma") },
      { sheet: sheetName, column: missing[0].en },
    );
  }
  return ok(columns);
}
