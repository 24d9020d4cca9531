/**
 * The preview's scenarios, chosen by query string: `?scenario=demo` (default),
 * `bad-units` (the demo with one Sales Units cell "abc"), `no-sales` (the demo
 * without its Sales sheet), `season` (the demo with an Events sheet: Prime Big Deal Days 2026 before its
 * Black Friday, issue 12 §1) and `synthetic&skus=N&days=D[&seed=S]` (made in the
 * browser, seeded). Pure: the e2e tests apply the same edits in Node.
 */
import type { PreviewData, PreviewSheet } from "./previewData";

export type Scenario =
  | { readonly kind: "demo" }
  | { readonly kind: "bad-units" }
  | { readonly kind: "no-sales" }
  | { readonly kind: "season" }
  | { readonly kind: "synthetic"; readonly skus: number; readonly days: number; readonly seed: number };

export const SCENARIO_KINDS = ["demo", "bad-units", "no-sales", "season", "synthetic"] as const;

/** Limits of the synthetic scenario. */
export const SYNTHETIC_LIMITS = { skus: [1, 20_000], days: [60, 1_460] } as const;
const SYNTHETIC_DEFAULTS = { skus: 200, days: 730, seed: 1 } as const;

/** The Sales row (1-based, as Excel numbers it) whose Units the bad-units scenario makes "abc". */
export const BAD_UNITS_ROW = 5;

/** A whole number from the query string within [min, max], or a message naming the parameter. */
function wholeParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number | string {
  const text = params.get(name);
  if (text === null || text.trim() === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) return `${name} must be a whole number from ${min} to ${max} (got '${text}')`;
  return value;
}

/**
 * The scenario of a query string, or a message saying what is wrong with it.
 * @example parseScenario("?scenario=synthetic&skus=1000&days=365") // { kind: "synthetic", skus: 1000, days: 365, seed: 1 }
 * @example parseScenario("") // { kind: "demo" }
 */
export function parseScenario(search: string): Scenario | string {
  const params = new URLSearchParams(search);
  const kind = (params.get("scenario") ?? "demo").trim().toLowerCase() || "demo";
  if (kind === "demo" || kind === "bad-units" || kind === "no-sales" || kind === "season") return { kind };
  if (kind !== "synthetic") return `Unknown scenario '${kind}': use ${SCENARIO_KINDS.join(", ")}`;
  const skus = wholeParam(params, "skus", SYNTHETIC_DEFAULTS.skus, ...SYNTHETIC_LIMITS.skus);
  const days = wholeParam(params, "days", SYNTHETIC_DEFAULTS.days, ...SYNTHETIC_LIMITS.days);
  const seed = wholeParam(params, "seed", SYNTHETIC_DEFAULTS.seed, 0, 2 ** 31 - 1);
  for (const value of [skus, days, seed]) if (typeof value === "string") return value;
  return { kind, skus: skus as number, days: days as number, seed: seed as number };
}

/** How the preview lays out: the grid beside the pane (default), or the pane alone. */
export type PreviewLayout = "side-by-side" | "pane";

/**
 * The layout a query string asks for: `layout=pane` shows the task pane alone, filling the window.
 * @example parseLayout("?scenario=demo&layout=pane") // "pane"
 * @example parseLayout("") // "side-by-side"
 */
export function parseLayout(search: string): PreviewLayout {
  return (new URLSearchParams(search).get("layout") ?? "").trim().toLowerCase() === "pane" ? "pane" : "side-by-side";
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The season scenario's Events sheet: Prime Big Deal Days 2026 (the preset's dates: the first Tuesday on or
 * after 7 October, two days; its 2024 and 2025 editions started 8 and 7 October), before the demo's Black
 * Friday / Cyber Monday. Dates as Excel serials: 2026-10-13 = 46308, 2024-10-08 = 45573, 2025-10-07 = 45937.
 */
export const SEASON_EVENTS_SHEET: PreviewSheet = {
  name: "Events",
  rows: [
    ["Event", "Marketplace", "Start", "End", "PastEventStarts"],
    ["Prime Big Deal Days 2026", "Amazon US", 46308, 46309, "2024-10-08, 2025-10-07"],
  ],
  formats: { columns: [null, null, "date", "date", null], cells: [] },
};

/**
 * The demo data edited for a scenario: unchanged for `demo`; for `bad-units`
 * the Units cell of Sales row {@link BAD_UNITS_ROW} is "abc"; for `no-sales`
 * the Sales sheet is gone; for `season` an Events sheet ({@link SEASON_EVENTS_SHEET}) follows the Event sheet. (Synthetic data is made by `syntheticData`.)
 * @throws Error when the demo has no Sales sheet or no Units column to break
 */
export function applyScenario(demo: PreviewData, kind: "demo" | "bad-units" | "no-sales" | "season"): PreviewData {
  if (kind === "demo") return demo;
  if (kind === "season") return { ...demo, sheets: [...demo.sheets, SEASON_EVENTS_SHEET] };
  if (kind === "no-sales") return { ...demo, sheets: demo.sheets.filter((s) => !sameName(s.name, "Sales")) };
  const sheets = demo.sheets.map((sheet): PreviewSheet => {
    if (!sameName(sheet.name, "Sales")) return sheet;
    const units = sheet.rows[0]?.findIndex((h) => typeof h === "string" && sameName(h, "Units")) ?? -1;
    if (units < 0 || sheet.rows.length < BAD_UNITS_ROW) throw new Error("The demo's Sales sheet has no Units column to break");
    const rows = sheet.rows.map((row, r) => (r === BAD_UNITS_ROW - 1 ? row.map((v, c) => (c === units ? "abc" : v)) : row));
    return { ...sheet, rows };
  });
  return { ...demo, sheets };
}
