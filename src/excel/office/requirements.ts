/**
 * Which Excel can run PeakStock's workbook code: the Excel JavaScript API
 * requirement sets (ExcelApi 1.x) it uses, checked with
 * `Office.context.requirements.isSetSupported`, and a plain message when the
 * Excel at hand is too old.
 */

/** Answers whether the host supports a requirement set, like `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** A feature PeakStock needs and the ExcelApi version that brought it. */
export interface ExcelFeature {
  readonly feature: string;
  /** Minor version of ExcelApi 1.x. */
  readonly minor: number;
}

/** Everything the workbook code needs, with the ExcelApi 1.x version of each. */
export const REQUIRED_FEATURES: readonly ExcelFeature[] = [
  { feature: "tables", minor: 2 }, // Table.worksheet: 1.2
  { feature: "a very hidden settings sheet", minor: 2 }, // setting Worksheet.visibility: 1.2
  { feature: "reading sheets that may be empty", minor: 4 }, // getUsedRangeOrNullObject: 1.4
  { feature: "conditional formats", minor: 6 },
  { feature: "pausing calculation while writing", minor: 6 }, // suspendApiCalculationUntilNextSync: 1.6
  { feature: "freezing the header row", minor: 7 }, // freezePanes: 1.7
  { feature: "writing rows by position", minor: 7 }, // getRangeByIndexes: 1.7
  { feature: "dates on a chart's axis", minor: 7 }, // ChartAxis.setCategoryNames: 1.7
  { feature: "keeping a copy of the previous results while writing", minor: 9 }, // Range.copyFrom: 1.9
  { feature: "print setup: landscape, one page wide, the header on every page", minor: 9 }, // Worksheet.pageLayout: 1.9
  { feature: "resizing a table in place, so formulas that use it keep working", minor: 13 }, // Table.resize: 1.13
];

/** The ExcelApi minor version PeakStock needs: the newest of {@link REQUIRED_FEATURES}. */
export const REQUIRED_MINOR = Math.max(...REQUIRED_FEATURES.map((f) => f.minor));

/**
 * The ExcelApi requirement set version PeakStock needs ("1.7"), as manifest.xml declares it in
 * `<Set Name="ExcelApi" MinVersion="…"/>`; test/unit/manifest.test.ts keeps the two equal.
 */
export const REQUIRED_EXCEL_API_VERSION = `1.${REQUIRED_MINOR}`;

/** ExcelApi minor version of `suspendScreenUpdatingUntilNextSync`, used only where supported. */
export const SCREEN_UPDATING_MINOR = 9;

/** The newest ExcelApi version there is to ask about (requirement sets are cumulative). */
const NEWEST_MINOR_ASKED = 30;

/** `Office.context.requirements.isSetSupported`, or undefined outside Office (tests, preview). */
function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    const requirements = Office.context?.requirements;
    return requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined;
  } catch {
    return undefined; // Office.context is not ready before Office.onReady
  }
}

/**
 * The newest ExcelApi 1.x the host supports (0 when none).
 * @example highestExcelApiMinor((_, v) => Number(v.slice(2)) <= 8) // 8
 */
export function highestExcelApiMinor(isSetSupported: IsSetSupported): number {
  let minor = 0;
  while (minor < NEWEST_MINOR_ASKED && isSetSupported("ExcelApi", `1.${minor + 1}`)) minor++;
  return minor;
}

/**
 * Whether this Excel can run PeakStock: ExcelApi {@link REQUIRED_MINOR} or later.
 * Excel 2021 (ExcelApi 1.14) and later, Microsoft 365 and Excel on the web can;
 * Excel 2019 (1.8) and 2016 cannot: re-running a plan resizes PeakStock's tables
 * in place (`Table.resize`, 1.13) so that the seller's formulas, charts and
 * pivots that use them keep working, and keeps a copy of the previous results
 * while it writes (`Range.copyFrom`, 1.9). Microsoft's requirement-set table:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * @param isSetSupported defaults to `Office.context.requirements.isSetSupported`
 * @example checkRequirements(() => true) // { ok: true }
 * @example checkRequirements((_, v) => Number(v.slice(2)) <= 8).message // "PeakStock needs Excel 2021 or later, Microsoft 365 or Excel on the web (ExcelApi 1.13); this Excel supports ExcelApi 1.8, without …"
 */
export function checkRequirements(isSetSupported: IsSetSupported | undefined = officeIsSetSupported()): { ok: true } | { ok: false; message: string } {
  const needs = `PeakStock needs Excel 2021 or later, Microsoft 365 or Excel on the web (ExcelApi ${REQUIRED_EXCEL_API_VERSION})`;
  if (isSetSupported === undefined) return { ok: false, message: `${needs}; Office.js is not loaded here, so this is not Excel.` };
  const has = highestExcelApiMinor(isSetSupported);
  if (has >= REQUIRED_MINOR) return { ok: true };
  const missing = REQUIRED_FEATURES.filter((f) => f.minor > has).map((f) => `${f.feature} (1.${f.minor})`);
  const supports = has === 0 ? "supports no Excel JavaScript API" : `supports ExcelApi 1.${has}`;
  return { ok: false, message: `${needs}; this Excel ${supports}, without ${missing.join(", ")}. Update Office or use Excel on the web.` };
}

/**
 * True when the host can pause screen updating until the next sync (ExcelApi 1.9).
 * @example canSuspendScreenUpdating(() => true) // true
 */
export function canSuspendScreenUpdating(isSetSupported: IsSetSupported | undefined = officeIsSetSupported()): boolean {
  return isSetSupported !== undefined && isSetSupported("ExcelApi", `1.${SCREEN_UPDATING_MINOR}`);
}
