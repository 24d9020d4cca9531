/**
 * The command line's lines about the scenarios of a plan run (the ScenarioResults sheet), in English
 * or Simplified Chinese: each scenario's expected profit and fill rate beside the base plan's, and
 * what not preparing for it costs.
 */
import { isoFromSerial } from "../engine/dates";
import type { PlanFigures } from "../engine/scenarios/planFigures";
import type { PlanRun } from "../excel/runPlan";

const usd = (x: number): string => `${x < 0 ? "−" : ""}$${Math.abs(Math.round(x)).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");
const pct = (x: number | null): string => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);
const units = (f: PlanFigures): number => f.unitsByLane.reduce((s, l) => s + l.units, 0);
const fast = (f: PlanFigures): number => (f.unitsByMode.air ?? 0) + (f.unitsByMode.express ?? 0);
const shipBy = (f: PlanFigures): string => (f.earliestShipBy === null ? "–" : isoFromSerial(f.earliestShipBy));

const EN = {
  head: (count: number, profit: string, fill: string, u: string, air: string, date: string) =>
    `Scenarios: ${count} beside the base plan (expected profit ${profit}, fill rate ${fill}, ${u} units, ${air} by air/express, first ship-by ${date})`,
  line: (name: string, profit: string, fill: string, u: string, air: string, date: string, alerts: number, baseProfit: string, cost: string) =>
    `  ${name}: expected profit ${profit}, fill rate ${fill}, ${u} units (${air} by air/express), first ship-by ${date}, ${alerts} alerts; the base plan if it happens earns ${baseProfit} (not preparing costs ${cost})`,
};
const ZH = {
  head: (count: number, profit: string, fill: string, u: string, air: string, date: string) =>
    `情景：${count} 个，与基础计划对比（预期利润 ${profit}，满足率 ${fill}，${u} 件，空运/快递 ${air} 件，最早发货 ${date}）`,
  line: (name: string, profit: string, fill: string, u: string, air: string, date: string, alerts: number, baseProfit: string, cost: string) =>
    `  ${name}：预期利润 ${profit}，满足率 ${fill}，${u} 件（空运/快递 ${air} 件），最早发货 ${date}，预警 ${alerts} 条；若发生，基础计划利润 ${baseProfit}（未准备的代价 ${cost}）`,
};

/**
 * The scenario lines of the summary: none without scenarios; else a head line with the base plan's
 * figures and one line per scenario.
 * @example scenarioLines(run, "en")[1] // "  no air: expected profit $467,393, fill rate 82.6 %, 59,184 units (0 by air/express), …"
 */
export function scenarioLines(run: PlanRun, language = "en"): string[] {
  const s = run.scenarios;
  if (!s) return [];
  const t = language.toLowerCase().startsWith("zh") ? ZH : EN;
  const b = s.base;
  const lines = [t.head(s.scenarios.length, usd(b.expectedProfitUsd), pct(b.expectedFillRate), n(units(b)), n(fast(b)), shipBy(b))];
  for (const r of s.scenarios) {
    const f = r.figures;
    const under = r.basePlanIfItHappens.expectedProfitUsd;
    lines.push(t.line(r.scenario.name, usd(f.expectedProfitUsd), pct(f.expectedFillRate), n(units(f)), n(fast(f)), shipBy(f), f.alerts, usd(under), usd(f.expectedProfitUsd - under)));
  }
  return lines;
}
