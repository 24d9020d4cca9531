/**
 * The small inline chart of one SKU (Results view) as SVG geometry: the history
 * line, the forecast line, its 80 % band and the event window, from the rows of
 * `chartSpec` (Date, SKU, History, Forecast, Lower80, Upper80, Event). Pure.
 */
import type { ChartSpec } from "../engine/plan/outputTable";

export interface ChartGeometry {
  /** SVG path data ("M x y L x y …"), "" when there is nothing to draw. */
  readonly history: string;
  readonly forecast: string;
  /** Closed path: the upper bound left to right, the lower bound back. */
  readonly band: string;
  /** The event window(s), as x and width in the chart's units. */
  readonly events: readonly { readonly x: number; readonly width: number }[];
  /** Units/day at the chart's top. */
  readonly yMax: number;
}

const DATE = 0;
const HISTORY = 2;
const FORECAST = 3;
const LOWER = 4;
const UPPER = 5;
const EVENT = 6;

const r1 = (x: number): number => Math.round(x * 10) / 10;

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Scales the chart's rows into a `width` × `height` box: x by date (one step per day),
 * y from 0 at the bottom to the largest value (the event band's top) at the top.
 * @example chartGeometry({ title: "", table: { kind: "Chart", columns, rows: [[46000, "A", 2, null, null, null, null], [46001, "A", 4, null, null, null, null]] } }, 100, 50)
 * // { history: "M 0 25 L 100 0", forecast: "", band: "", events: [], yMax: 4 }
 */
export function chartGeometry(spec: ChartSpec, width: number, height: number): ChartGeometry {
  const rows = spec.table.rows.filter((r) => num(r[DATE]) !== null);
  if (rows.length === 0) return { history: "", forecast: "", band: "", events: [], yMax: 0 };
  const first = num(rows[0][DATE]) as number;
  const last = num(rows[rows.length - 1][DATE]) as number;
  const span = Math.max(1, last - first);
  let yMax = 0;
  for (const r of rows) for (const c of [HISTORY, FORECAST, UPPER, EVENT]) yMax = Math.max(yMax, num(r[c]) ?? 0);
  const top = yMax > 0 ? yMax : 1;
  const x = (day: number): number => r1(((day - first) / span) * width);
  const y = (v: number): number => r1(height - (v / top) * height);
  const line = (column: number): string =>
    rows
      .filter((r) => num(r[column]) !== null)
      .map((r, i) => `${i === 0 ? "M" : "L"} ${x(num(r[DATE]) as number)} ${y(num(r[column]) as number)}`)
      .join(" ");
  const banded = rows.filter((r) => num(r[LOWER]) !== null && num(r[UPPER]) !== null);
  const band =
    banded.length === 0
      ? ""
      : [
          ...banded.map((r, i) => `${i === 0 ? "M" : "L"} ${x(num(r[DATE]) as number)} ${y(num(r[UPPER]) as number)}`),
          ...[...banded].reverse().map((r) => `L ${x(num(r[DATE]) as number)} ${y(num(r[LOWER]) as number)}`),
          "Z",
        ].join(" ");
  const step = width / span;
  const events: { x: number; width: number }[] = [];
  let runStart: number | null = null;
  let previous: number | null = null;
  for (const r of rows) {
    const day = num(r[DATE]) as number;
    const marked = num(r[EVENT]) !== null;
    if (marked && runStart === null) runStart = day;
    if (!marked && runStart !== null && previous !== null) {
      events.push({ x: x(runStart), width: r1((previous - runStart + 1) * step) });
      runStart = null;
    }
    previous = day;
  }
  if (runStart !== null && previous !== null) events.push({ x: x(runStart), width: r1(Math.min((previous - runStart + 1) * step, width - x(runStart))) });
  return { history: line(HISTORY), forecast: line(FORECAST), band, events, yMax };
}
