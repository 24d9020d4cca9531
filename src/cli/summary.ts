/**
 * The command line's summary of a plan run: what a seller reads in the terminal.
 */
import { isoFromSerial } from "../engine/dates";
import type { PlanRun } from "../excel/runPlan";

const usd = (x: number): string => `$${Math.round(x).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");

/**
 * Lines of text: SKUs planned / skipped / failed, units and cost per lane, the
 * earliest ship-by date, alert counts and the sheets written.
 * @example summaryLines(run)[0] // "Planned 58 SKUs (2 skipped, 0 failed) for Black Friday / Cyber Monday 2026"
 */
export function summaryLines(run: PlanRun, eventName: string): string[] {
  const { plan } = run;
  const count = (status: string): number => plan.outcomes.filter((o) => o.status === status).length;
  const lines = [`Planned ${count("ok")} SKUs (${count("skipped")} skipped, ${count("error")} failed) for ${eventName}`];
  const byLane = new Map<string, { units: number; cost: number; shipBy: number }>();
  for (const s of plan.shipments) {
    const entry = byLane.get(s.lane) ?? { units: 0, cost: 0, shipBy: s.shipBy };
    byLane.set(s.lane, { units: entry.units + s.units, cost: entry.cost + s.totalUsd, shipBy: Math.min(entry.shipBy, s.shipBy) });
  }
  for (const [lane, e] of byLane) lines.push(`  ${lane}: ${n(e.units)} units, ${usd(e.cost)} landed, ship by ${isoFromSerial(e.shipBy)}`);
  if (plan.shipments.length > 0) {
    const first = plan.shipments.reduce((a, b) => (b.shipBy < a.shipBy ? b : a));
    lines.push(`Earliest ship-by: ${isoFromSerial(first.shipBy)} (${first.lane})`);
  }
  const high = plan.alerts.filter((a) => a.severity === "high").length;
  lines.push(`Alerts: ${plan.alerts.length} (${high} high)`);
  for (const a of plan.alerts.filter((x) => x.severity === "high").slice(0, 5)) lines.push(`  ! ${a.sku ? `${a.sku}: ` : ""}${a.message}`);
  if (run.usedDefaultLanes) lines.push("No Lanes sheet: used the default China → US West lanes");
  if (run.warnings.length > 0) lines.push(`Warnings: ${run.warnings.length} (first: ${run.warnings[0].message})`);
  lines.push(`Wrote sheets: ${Object.values(run.sheets).join(", ")}`);
  return lines;
}
