/**
 * A plan as the tables the add-in writes: Plan, Batches, CashFlow, Alerts and
 * Forecast, with stable English column keys, Chinese headers and formats.
 */
import type { CellFormat, OutputCell, OutputColumn, OutputTable } from "./outputTable";
import { planLineKey, type EventPlan } from "./planEvent";
import { renderNotes } from "./planNotes";

const SEVERITY_ZH = { high: "高", medium: "中", low: "低" } as const;

const col = (key: string, zh: string, format: CellFormat): OutputColumn => ({ key, zh, format });
/** A text column shown wrapped, at most `wrapWidth` characters wide. */
const wrapped = (key: string, zh: string, wrapWidth: number): OutputColumn => ({ key, zh, format: "text", wrapWidth });

export const PLAN_COLUMNS: readonly OutputColumn[] = [
  col("SKU", "SKU", "text"), wrapped("Name", "名称", 18), col("Destination", "目的地", "text"), col("Class", "分类", "text"), wrapped("Model", "预测模型", 20),
  col("BaselinePerDay", "基线日销量", "decimal"), col("Uplift", "活动倍数", "decimal"), col("EventDemandP50", "活动需求P50", "integer"),
  col("EventDemandP90", "活动需求P90", "integer"), col("SafetyStock", "安全库存", "integer"), col("Buffer", "机动库存", "integer"),
  col("OnHand", "库存", "integer"), col("InTransit", "在途", "integer"), col("NetNeed", "净需求", "integer"),
  col("BaseQty", "基础批数量", "integer"), wrapped("BaseLane", "基础批渠道", 11), col("BaseShipBy", "基础批最晚发货日", "date"),
  col("SprintQty", "冲刺批数量", "integer"), wrapped("SprintLane", "冲刺批渠道", 11), col("SprintShipBy", "冲刺批最晚发货日", "date"),
  col("Cartons", "箱数", "integer"), col("Cbm", "体积立方米", "decimal"), col("ChargeableKg", "计费重量千克", "decimal"),
  col("Freight", "运费", "currency"), col("Duty", "关税", "currency"), col("Insurance", "保险费", "currency"), col("Storage", "仓储费", "currency"),
  col("LandedCostPerUnit", "单位落地成本", "currency"), wrapped("Allocation", "平台分配", 16), wrapped("Why", "说明", 36),
];

export const BATCH_COLUMNS: readonly OutputColumn[] = [
  col("Batch", "批次", "text"), col("Kind", "类型", "text"), col("Lane", "物流渠道", "text"), col("Mode", "运输方式", "text"), col("Destination", "目的地", "text"),
  col("ShipBy", "最晚发货日", "date"), col("ShipByTypical", "正常时效发货日", "date"), col("ArriveBy", "最晚到仓日", "date"),
  col("SKUs", "SKU数", "integer"), col("Units", "数量", "integer"), col("Cartons", "箱数", "integer"), col("Cbm", "体积立方米", "decimal"),
  col("CubicFeet", "体积立方英尺", "decimal"), col("ChargeableKg", "计费重量千克", "decimal"), col("Purchase", "采购金额", "currency"),
  col("Freight", "运费", "currency"), col("Duty", "关税", "currency"), col("Insurance", "保险费", "currency"), col("Storage", "仓储费", "currency"),
  col("Total", "合计", "currency"),
];

export const CASH_FLOW_COLUMNS: readonly OutputColumn[] = [
  col("WeekStart", "周起始日", "date"), col("Purchase", "采购", "currency"), col("Freight", "运费", "currency"), col("Duty", "关税", "currency"),
  col("Storage", "仓储费", "currency"), col("Contingency", "应急预算", "currency"), col("Total", "合计", "currency"), col("Cumulative", "累计", "currency"),
];

export const ALERT_COLUMNS: readonly OutputColumn[] = [
  col("Severity", "级别", "text"), col("Kind", "类型", "text"), col("SKU", "SKU", "text"), col("Destination", "目的地", "text"), wrapped("Message", "说明", 80),
];

export const FORECAST_COLUMNS: readonly OutputColumn[] = [
  col("SKU", "SKU", "text"), col("Date", "日期", "date"), col("Forecast", "预测", "decimal"), col("Lower80", "下限80", "decimal"),
  col("Upper80", "上限80", "decimal"), col("Lower95", "下限95", "decimal"), col("Upper95", "上限95", "decimal"),
];

const r2 = (x: number): number => Math.round(x * 100) / 100;
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const units = (x: number): number => Math.ceil(x - 1e-9);

/**
 * The five output tables of a plan. Units are rounded up to whole units
 * (demand, stock) and money to cents; dates stay Excel serials (format "date").
 * The Why, Severity and Message texts are written in `language` ("zh-CN" or English).
 * @example planTables(plan)[0].rows[0] // ["SKU-001", "Silicone spatula", "Amazon US", "A", "holtWinters", 12.4, 2.1, …]
 */
export function planTables(plan: EventPlan, language = "en"): OutputTable[] {
  const zh = language.toLowerCase().startsWith("zh");
  const severity = (s: keyof typeof SEVERITY_ZH): string => (zh ? SEVERITY_ZH[s] : s);
  const planRows: OutputCell[][] = plan.lines.map((l) => {
    const lines = [l.base, l.sprint].filter((b) => b !== null);
    const total = (pick: (b: NonNullable<typeof l.base>) => number): number => lines.reduce((s, b) => s + pick(b), 0);
    return [
      l.sku, l.name, l.destination, l.abcClass, l.model, r2(l.baselinePerDay), r2(l.uplift), units(l.eventDemandP50), units(l.eventDemandP90),
      units(l.safetyStock), units(l.buffer), l.onHand, l.inTransitUsable, units(l.netNeed),
      l.base?.units ?? 0, l.base?.lane ?? "", l.base?.shipBy ?? null, l.sprint?.units ?? 0, l.sprint?.lane ?? "", l.sprint?.shipBy ?? null,
      total((b) => b.cartons), r4(total((b) => b.cbm)), r2(total((b) => b.chargeableKg)), r2(total((b) => b.freightUsd)), r2(total((b) => b.dutyUsd)),
      r2(total((b) => b.insuranceUsd)), r2(total((b) => b.storageUsd)), l.landedCostPerUnit === null ? null : r2(l.landedCostPerUnit),
      (plan.allocations.get(planLineKey(l.sku, l.destination)) ?? []).map((a) => `${a.key} ${a.units}`).join("; "), renderNotes(l.why, language),
    ];
  });
  const batchRows: OutputCell[][] = plan.shipments.map((s, i) => [
    `B${String(i + 1).padStart(2, "0")}`, s.kind, s.lane, s.mode, s.destination, s.shipBy, s.shipByTypical, s.arriveBy, s.skus, s.units, s.cartons, r4(s.cbm),
    r2(s.cubicFeet), r2(s.chargeableKg), r2(s.purchaseUsd), r2(s.freightUsd), r2(s.dutyUsd), r2(s.insuranceUsd), r2(s.storageUsd), r2(s.totalUsd),
  ]);
  const cashRows: OutputCell[][] = plan.cashFlow.map((w) => [w.weekStartSerial, r2(w.purchase), r2(w.freight), r2(w.duty), r2(w.storage), r2(w.contingency), r2(w.total), r2(w.cumulative)]);
  const alertRows: OutputCell[][] = plan.alerts.map((a) => [severity(a.severity), a.kind, a.sku, a.destination, renderNotes([a.note, ...a.details], language)]);
  const forecastRows: OutputCell[][] = [];
  for (const l of plan.lines) {
    const f = l.forecast;
    for (let d = 0; d < f.mean.length; d++) {
      forecastRows.push([l.sku, f.firstSerial + d, r2(f.mean[d]), r2(f.lower80[d]), r2(f.upper80[d]), r2(f.lower95[d]), r2(f.upper95[d])]);
    }
  }
  return [
    { kind: "Plan", columns: PLAN_COLUMNS, rows: planRows },
    { kind: "Batches", columns: BATCH_COLUMNS, rows: batchRows },
    { kind: "CashFlow", columns: CASH_FLOW_COLUMNS, rows: cashRows },
    {
      kind: "Alerts",
      columns: ALERT_COLUMNS,
      rows: alertRows,
      highlights: [
        { column: "Severity", equals: severity("high"), tone: "danger" },
        { column: "Severity", equals: severity("medium"), tone: "warning" },
      ],
    },
    { kind: "Forecast", columns: FORECAST_COLUMNS, rows: forecastRows },
  ];
}
