/**
 * A scenario's overrides as one line of text, in English or Simplified Chinese
 * ("growth ×1.3; sea +14 days; no air"), for the ScenarioResults sheet and the pane.
 */
import type { LaneMode } from "../plan/types";
import type { LaneTarget, Scenario } from "./scenario";

const MODE_ZH: Readonly<Record<LaneMode, string>> = { sea: "海运", "fast-sea": "快船", rail: "铁路", air: "空运", express: "快递" };
const MODE_EN: Readonly<Record<LaneMode, string>> = { sea: "sea", "fast-sea": "fast sea", rail: "rail", air: "air", express: "express" };

function targetText(t: LaneTarget, zh: boolean): string {
  if (t.kind === "all") return zh ? "所有渠道" : "every lane";
  if (t.kind === "mode") return zh ? MODE_ZH[t.mode] : MODE_EN[t.mode];
  return t.lane;
}

/** A fraction as a percentage without float dust: 0.6 → "60 %". */
function pct(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}

/**
 * What a scenario changes, "" when nothing (the base plan again).
 * @param language "en" (default) or "zh-CN"
 * @example scenarioChanges({ name: "x", growth: 1.3, transitSlips: [{ target: { kind: "mode", mode: "sea" }, days: 14 }], disabled: [{ kind: "mode", mode: "air" }] })
 * // "growth ×1.3; sea +14 days; no air"
 */
export function scenarioChanges(scenario: Scenario, language = "en"): string {
  const zh = language.toLowerCase().startsWith("zh");
  const parts: string[] = [];
  if (scenario.growth !== undefined) parts.push(zh ? `增长系数 ×${scenario.growth}` : `growth ×${scenario.growth}`);
  for (const s of scenario.transitSlips) parts.push(zh ? `${targetText(s.target, true)} 延误 ${s.days} 天` : `${targetText(s.target, false)} +${s.days} days`);
  if (scenario.disabled.length > 0) {
    const list = scenario.disabled.map((t) => targetText(t, zh));
    parts.push(zh ? `停用 ${list.join("、")}` : `no ${list.join(", ")}`);
  }
  if (scenario.supplierCapacity !== undefined) parts.push(zh ? `供应商产能 ${pct(scenario.supplierCapacity)}` : `supplier capacity ${pct(scenario.supplierCapacity)}`);
  if (scenario.freightIncreasePct !== undefined) parts.push(zh ? `运费上涨 ${pct(scenario.freightIncreasePct)}` : `freight +${pct(scenario.freightIncreasePct)}`);
  return parts.join(zh ? "；" : "; ");
}
