/**
 * The comparison as the `ScenarioResults` table PeakStock writes: the base plan, then one row per
 * scenario, English or Chinese headers and texts.
 */
import type { CellFormat, OutputCell, OutputColumn, OutputTable } from "../plan/outputTable";
import type { LaneMode } from "../plan/types";
import type { PlanFigures } from "./planFigures";
import type { PlanUnder } from "./planUnder";
import type { ScenarioComparison } from "./planScenarios";
import { scenarioChanges } from "./scenarioChanges";

const col = (key: string, zh: string, format: CellFormat, wrapWidth?: number): OutputColumn => (wrapWidth ? { key, zh, format, wrapWidth } : { key, zh, format });

const MODES: readonly LaneMode[] = ["sea", "fast-sea", "rail", "air", "express"];

/** The ScenarioResults table's columns: stable English keys, Chinese headers. */
export const SCENARIO_RESULTS_COLUMNS: readonly OutputColumn[] = [
  col("Scenario", "情景", "text"), col("Changes", "变化", "text", 36), col("Units", "发货数量", "integer"),
  col("UnitsSea", "海运数量", "integer"), col("UnitsFastSea", "快船数量", "integer"), col("UnitsRail", "铁路数量", "integer"),
  col("UnitsAir", "空运数量", "integer"), col("UnitsExpress", "快递数量", "integer"), col("UnitsByLane", "各渠道数量", "text", 40),
  col("LogisticsCost", "物流成本", "currency"), col("ExpectedProfit", "预期利润", "currency"), col("ExpectedFillRate", "预期满足率", "percent"),
  col("EarliestShipBy", "最早发货日", "date"), col("Alerts", "提醒数", "integer"), col("HighAlerts", "高优先级提醒", "integer"),
  col("BasePlanProfitIfItHappens", "若发生基础计划利润", "currency"), col("BasePlanFillRateIfItHappens", "若发生基础计划满足率", "percent"),
  col("CostOfNotPreparing", "未准备的代价", "currency"), col("BasePlanLateUnits", "基础计划迟到数量", "integer"),
  col("ProfitIfBaseHappens", "若未发生本计划利润", "currency"), col("CostOfPreparing", "准备的代价", "currency"),
];

const TEXT = {
  en: { base: "Base plan", baseChanges: "the Event, Lanes and SKUs sheets as they are" },
  zh: { base: "基础计划", baseChanges: "按活动、物流渠道和产品表原样计划" },
};

/** Money to the cent, a share to 0.0001 % (expected values are estimates; the sums' last bits differ between JavaScript engines). */
const cents = (usd: number): number => Math.round(usd * 100) / 100;
const share = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

function figureCells(f: PlanFigures, zh: boolean): OutputCell[] {
  const units = f.unitsByLane.reduce((s, l) => s + l.units, 0);
  const byLane = f.unitsByLane.map((l) => `${l.lane}: ${Math.round(l.units).toLocaleString("en-US")}`).join(zh ? "；" : "; ");
  return [
    units, ...MODES.map((m) => f.unitsByMode[m] ?? 0), byLane, cents(f.logisticsUsd), cents(f.expectedProfitUsd), share(f.expectedFillRate),
    f.earliestShipBy, f.alerts, f.highAlerts,
  ];
}

function underCells(own: PlanFigures, baseFigures: PlanFigures, baseUnder: PlanUnder, ifBase: PlanUnder): OutputCell[] {
  return [
    cents(baseUnder.expectedProfitUsd), share(baseUnder.expectedFillRate), cents(own.expectedProfitUsd - baseUnder.expectedProfitUsd), baseUnder.lateUnits + baseUnder.unshippedUnits,
    cents(ifBase.expectedProfitUsd), cents(baseFigures.expectedProfitUsd - ifBase.expectedProfitUsd),
  ];
}

/**
 * The ScenarioResults table: row 1 the base plan (its "if it happens" columns are itself: cost 0),
 * then each scenario: its overrides (`Changes`), its own plan's units by mode and by lane, logistics
 * (freight, duty, insurance, storage), expected profit and fill rate, earliest ship-by and alerts;
 * `BasePlanProfitIfItHappens` = the base plan met by the scenario, `CostOfNotPreparing` = the scenario
 * plan's expected profit − that; `BasePlanLateUnits` = base units late or on a disabled lane;
 * `ProfitIfBaseHappens` = the scenario's plan met by the base case, `CostOfPreparing` = the base plan's
 * expected profit − that (what hedging for the scenario costs if it does not happen). Money to the cent,
 * shares to 0.0001 %.
 * @example scenariosTable(comparison, "en").rows[0][0] // "Base plan"
 */
export function scenariosTable(comparison: ScenarioComparison, language = "en"): OutputTable {
  const zh = language.toLowerCase().startsWith("zh");
  const t = zh ? TEXT.zh : TEXT.en;
  const base = comparison.base;
  const self: PlanUnder = { expectedProfitUsd: base.expectedProfitUsd, expectedFillRate: base.expectedFillRate, lateUnits: 0, unshippedUnits: 0 };
  const rows: OutputCell[][] = [[t.base, t.baseChanges, ...figureCells(base, zh), ...underCells(base, base, self, self)]];
  for (const r of comparison.scenarios) {
    rows.push([r.scenario.name, scenarioChanges(r.scenario, language), ...figureCells(r.figures, zh), ...underCells(r.figures, base, r.basePlanIfItHappens, r.ifBaseHappens)]);
  }
  return { kind: "ScenarioResults", columns: SCENARIO_RESULTS_COLUMNS, rows, highlights: [{ column: "Scenario", equals: t.base, tone: "success" }] };
}
