/**
 * A plan as the tables the add-in writes: Plan, Batches, CashFlow, Alerts, Forecast,
 * PurchaseOrders, Shipments, SendToAmazon and CartonLabels, with stable English column
 * keys, Chinese headers and formats.
 */
import { purchaseOrdersTable } from "../orders/purchaseOrdersTable";
import { cartonLabelsTable } from "../shipments/cartonLabels";
import { sendToAmazonTable } from "../shipments/sendToAmazonTable";
import { shipmentsTable } from "../shipments/shipmentsTable";
import { weekdayOfSerial } from "../dates";
import { allocationKey } from "../season/planSeason";
import { withEventColumn, type CellFormat, type OutputCell, type OutputColumn, type OutputTable } from "./outputTable";
import { batchId } from "./groupBatches";
import { isSeason, type EventPlan } from "./planEvent";
import type { PlanLine } from "./planLine";
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
  col("LandedCostPerUnit", "单位落地成本", "currency"), col("UnitMargin", "单位毛利", "currency"), col("LeftoverCost", "剩货单位成本", "currency"),
  col("ServiceLevel", "计划服务水平", "decimal"), col("FloorCost", "下限成本", "currency"), wrapped("Allocation", "平台分配", 16), wrapped("Why", "说明", 36),
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
const units = (x: number): number => Math.ceil(x - 1e-9) || 0; // `|| 0`: never -0 (Math.ceil(-1e-9)) in a cell

/**
 * The output tables of a plan: Plan, Batches, CashFlow, Alerts and Forecast here, then
 * PurchaseOrders ({@link purchaseOrdersTable}), Shipments ({@link shipmentsTable}), SendToAmazon
 * ({@link sendToAmazonTable}) and CartonLabels ({@link cartonLabelsTable}). Units are rounded up to whole units
 * (demand, stock) and money to cents; dates stay Excel serials (format "date"). The Plan's economics:
 * UnitMargin m and LeftoverCost o (USD/unit), ServiceLevel the probability of not running out in the window
 * the stock is planned to (the last lane's CR = (m − k) ÷ (m + o), or a floor above it; blank when no lane
 * pays), FloorCost the expected profit a floor gives up (USD). SprintQty is the EXPECTED sprint: the re-plan
 * on SprintShipBy decides it (SprintLane and SprintShipBy are shown whenever a sprint is to be decided, even at 0 today).
 * The Why, Severity and Message texts are written in `language` ("zh-CN" or English).
 * A season (several events, issue 12 §1) puts an Event column in front of every table: the line's, the
 * shipment's ("A + B" when two events share it), the alert's, the order line's, the packed SKU's and the
 * carton's event; on CashFlow the events whose payments fall in the week; on Forecast the event whose window
 * the day is in (each SKU's forecast once, the longest).
 * @example planTables(plan)[0].rows[0] // ["SKU-001", "Silicone spatula", "Amazon US", "A", "holtWinters", 12.4, 2.1, …]
 */
export function planTables(plan: EventPlan, language = "en"): OutputTable[] {
  const zh = language.toLowerCase().startsWith("zh");
  const season = isSeason(plan);
  const severity = (s: keyof typeof SEVERITY_ZH): string => (zh ? SEVERITY_ZH[s] : s);
  const planRows: OutputCell[][] = plan.lines.map((l) => {
    const lines = [l.base, l.sprint].filter((b) => b !== null);
    const total = (pick: (b: NonNullable<typeof l.base>) => number): number => lines.reduce((s, b) => s + pick(b), 0);
    return [
      l.sku, l.name, l.destination, l.abcClass, l.model, r2(l.baselinePerDay), r2(l.uplift), units(l.eventDemandP50), units(l.eventDemandP90),
      units(l.safetyStock), units(l.buffer), Math.round(l.onHand), Math.round(l.inTransitUsable), units(l.netNeed),
      l.base?.units ?? 0, l.base?.lane ?? "", l.base?.shipBy ?? null, l.sprint?.units ?? 0, l.sprint?.lane ?? l.sprintReviewLane ?? "", l.sprint?.shipBy ?? l.sprintReviewSerial,
      total((b) => b.cartons), r4(total((b) => b.cbm)), r2(total((b) => b.chargeableKg)), r2(total((b) => b.freightUsd)), r2(total((b) => b.dutyUsd)),
      r2(total((b) => b.insuranceUsd)), r2(total((b) => b.storageUsd)), l.landedCostPerUnit === null ? null : r2(l.landedCostPerUnit),
      r2(l.unitMarginUsd), r2(l.leftoverCostUsd), l.serviceLevel === null ? null : r4(l.serviceLevel), r2(l.floorCostUsd),
      (plan.allocations.get(allocationKey(l, season)) ?? []).map((a) => `${a.key} ${a.units}`).join("; "), renderNotes(l.why, language),
    ];
  });
  const batchRows: OutputCell[][] = plan.shipments.map((s, i) => [
    batchId(i), s.kind, s.lane, s.mode, s.destination, s.shipBy, s.shipByTypical, s.arriveBy, s.skus, s.units, s.cartons, r4(s.cbm),
    r2(s.cubicFeet), r2(s.chargeableKg), r2(s.purchaseUsd), r2(s.freightUsd), r2(s.dutyUsd), r2(s.insuranceUsd), r2(s.storageUsd), r2(s.totalUsd),
  ]);
  const cashRows: OutputCell[][] = plan.cashFlow.map((w) => [w.weekStartSerial, r2(w.purchase), r2(w.freight), r2(w.duty), r2(w.storage), r2(w.contingency), r2(w.total), r2(w.cumulative)]);
  const alertRows: OutputCell[][] = plan.alerts.map((a) => [severity(a.severity), a.kind, a.sku, a.destination, renderNotes([a.note, ...a.details], language)]);
  const forecastRows: OutputCell[][] = [];
  const forecastEvents: string[] = [];
  const windows = plan.events.map((e) => ({ name: e.name, from: e.start, to: e.windowEnd }));
  for (const l of season ? longestForecasts(plan.lines) : plan.lines) {
    const f = l.forecast;
    for (let d = 0; d < f.mean.length; d++) {
      const day = f.firstSerial + d;
      forecastRows.push([l.sku, day, r2(f.mean[d]), r2(f.lower80[d]), r2(f.upper80[d]), r2(f.lower95[d]), r2(f.upper95[d])]);
      if (season) forecastEvents.push(windows.find((w) => day >= w.from && day <= w.to)?.name ?? "");
    }
  }
  const weekEvents = season ? cashFlowEvents(plan) : new Map<number, string>();
  return [
    withEventColumn({ kind: "Plan", columns: PLAN_COLUMNS, rows: planRows }, season, (i) => plan.lines[i].event),
    withEventColumn({ kind: "Batches", columns: BATCH_COLUMNS, rows: batchRows }, season, (i) => plan.shipments[i].event),
    withEventColumn({ kind: "CashFlow", columns: CASH_FLOW_COLUMNS, rows: cashRows }, season, (i) => weekEvents.get(plan.cashFlow[i].weekStartSerial) ?? ""),
    withEventColumn(
      {
        kind: "Alerts",
        columns: ALERT_COLUMNS,
        rows: alertRows,
        highlights: [
          { column: "Severity", equals: severity("high"), tone: "danger" },
          { column: "Severity", equals: severity("medium"), tone: "warning" },
        ],
      },
      season,
      (i) => plan.alerts[i].event ?? "",
    ),
    withEventColumn({ kind: "Forecast", columns: FORECAST_COLUMNS, rows: forecastRows }, season, (i) => forecastEvents[i]),
    purchaseOrdersTable(plan.orders, language, season),
    shipmentsTable(plan.packing, language, season),
    sendToAmazonTable(plan.packing, season),
    cartonLabelsTable(plan.packing, language, season),
  ];
}

/** Each SKU and destination's line with the longest forecast (a season's later events forecast further), in first-seen order. */
function longestForecasts(lines: readonly PlanLine[]): PlanLine[] {
  const best = new Map<string, PlanLine>();
  for (const l of lines) {
    const key = `${l.sku}\u0000${l.destination}`;
    const seen = best.get(key);
    if (!seen || l.forecast.mean.length > seen.forecast.mean.length) best.set(key, l);
  }
  return [...best.values()];
}

/** The Monday of a day's week, Excel serial (weeklyCashFlow's weeks). */
const mondayOf = (day: number): number => day - ((weekdayOfSerial(day) - 1 + 7) % 7);

/**
 * Per week of the cash flow (its Monday), the events whose payments fall in it, in the season's order, " + " between:
 * deposits (every event with a line on the order) and the contingency on the plan date, each balance on its
 * line's day, freight, duty and storage on their shipment's days.
 */
function cashFlowEvents(plan: EventPlan): Map<number, string> {
  const order = plan.events.map((e) => e.name);
  const byWeek = new Map<number, Set<string>>();
  const add = (day: number, names: readonly string[]): void => {
    const week = mondayOf(day);
    const set = byWeek.get(week) ?? new Set<string>();
    for (const n of names) set.add(n);
    byWeek.set(week, set);
  };
  for (const o of plan.orders) {
    add(o.orderSerial, o.lines.map((l) => l.event));
    for (const l of o.lines) add(l.balanceSerial, [l.event]);
  }
  const endOf = new Map(plan.events.map((e) => [e.name, e.end]));
  const planDate = plan.orders[0]?.orderSerial;
  for (const s of plan.shipments) {
    const names = s.event.split(" + ");
    add(planDate === undefined ? s.shipBy : Math.max(planDate, s.shipBy), names);
    add(planDate === undefined ? s.arriveBy : Math.max(planDate, s.arriveBy), names);
    add(endOf.get(names[names.length - 1]) ?? s.arriveBy, names);
    if (planDate !== undefined) add(planDate, names);
  }
  return new Map([...byWeek].map(([week, set]) => [week, order.filter((n) => set.has(n)).join(" + ")]));
}
