/**
 * A replay as the `Replay` table PeakStock writes: the policies' totals side by side, then
 * each SKU (at each destination) with one row per policy, English or Chinese.
 */
import { isoFromSerial } from "../dates";
import { errorText } from "../errorText";
import type { CellFormat, OutputCell, OutputColumn, OutputTable } from "../plan/outputTable";
import type { ReplayEdition } from "./replayEdition";
import { replayPolicyLabel } from "./replayPolicies";
import { replayTotals } from "./replayTotals";
import type { ReplayPolicyId, ReplayResult, ReplaySkuResult, ReplayTotals } from "./types";

const col = (key: string, zh: string, format: CellFormat): OutputColumn => ({ key, zh, format });

/** The Replay table's columns: stable English keys, Chinese headers. */
export const REPLAY_COLUMNS: readonly OutputColumn[] = [
  col("Policy", "策略", "text"), col("SKU", "SKU", "text"), col("Name", "名称", "text"), col("Destination", "目的地", "text"), col("Class", "分类", "text"),
  col("Demanded", "需求", "integer"), col("Sold", "售出", "integer"), col("Short", "缺货", "integer"), col("LeftOver", "剩余", "integer"),
  col("FillRate", "满足率", "percent"), col("Shipped", "发货", "integer"), col("Revenue", "销售额", "currency"),
  col("CostOfGoodsSold", "销售成本", "currency"), col("MarketplaceFees", "平台费用", "currency"), col("Freight", "运费", "currency"),
  col("Duty", "关税", "currency"), col("Insurance", "保险费", "currency"), col("Storage", "仓储费", "currency"),
  col("LeftoverCost", "剩余成本", "currency"), col("Profit", "利润", "currency"), col("ShareOfReference", "占参照利润", "percent"),
  col("Shipments", "发货明细", "text"), col("Note", "说明", "text"),
];

/** One destination's replay: the five policies' results (replayPolicies order) and its SKUs' names. */
export interface DestinationResults {
  readonly destination: string;
  readonly results: readonly ReplayResult[];
}

/** What the table says about the replay itself (the first total row's Note). */
export interface ReplayTableInput {
  readonly eventName: string;
  readonly edition: ReplayEdition;
  readonly coverDays: number;
  readonly destinations: readonly DestinationResults[];
  /** SKU → its name on the SKUs sheet. */
  readonly names: ReadonlyMap<string, string>;
  /** SKUs whose stock on the plan date came from the Sales sheet's OnHand, and those without (assumed). */
  readonly stockFromSales: number;
  readonly stockAssumed: number;
}

const skus = (n: number): string => `${n} SKU${n === 1 ? "" : "s"}`;

const TEXT = {
  en: {
    all: "All SKUs",
    asked: "as asked",
    event: "the Event's PlanDate to Start",
    default: "the default",
    edition: (e: string, start: string, plan: string, days: number, from: string, end: string, eventDays: number, cover: number) =>
      `${e}, edition starting ${start}: planned on ${plan}, ${days} days ahead (${from}), with the sales to the day before; window ${start} … ${end} (${eventDays} event days + ${cover} cover days), the same for every policy; lots become sellable at their lane's typical transit.`,
    stockAll: "Stock on the plan date: the Sales sheet's OnHand.",
    stockNone: "Stock on the plan date: the Sales sheet has no OnHand then, so the replay assumes the seller's regular stock covered the days before the window and the policies' lots serve the window; in-transit then is not known (none counted).",
    stockSome: (n: number, m: number) => `Stock on the plan date: the Sales sheet's OnHand for ${skus(n)}; for the ${skus(m)} without it the replay assumes regular stock covered the days before the window.`,
    lot: (lane: string, units: number, ship: string, sellable: string) => `${lane} ${units} (ship ${ship}, sellable ${sellable})`,
    reference: "knows the actual demand, then plans as every policy must: whole cartons, the MOQ, the lanes in time, only what pays",
  },
  zh: {
    all: "全部 SKU",
    asked: "按指定",
    event: "活动表的计划日期到开始日期",
    default: "默认值",
    edition: (e: string, start: string, plan: string, days: number, from: string, end: string, eventDays: number, cover: number) =>
      `${e}，${start} 开始的一届：在 ${plan} 规划，提前 ${days} 天（${from}），只用前一天为止的销量；窗口 ${start} … ${end}（活动 ${eventDays} 天 + 覆盖期 ${cover} 天），所有策略相同；货物按渠道的正常时效可售。`,
    stockAll: "计划日期的库存：销售表的库存列。",
    stockNone: "计划日期的库存：销售表当时没有库存数据，复盘假设窗口之前的日子由卖家的常规库存供货，各策略发的货供应窗口；当时的在途未知（不计）。",
    stockSome: (n: number, m: number) => `计划日期的库存：${n} 个 SKU 取自销售表的库存列；其余 ${m} 个没有数据，复盘假设窗口之前由常规库存供货。`,
    lot: (lane: string, units: number, ship: string, sellable: string) => `${lane} ${units} 件（${ship} 发货，${sellable} 可售）`,
    reference: "已知实际需求，再按所有策略相同的约束规划：整箱、最小起订量、来得及的渠道，只发赚钱的",
  },
} as const;

const r2 = (x: number): number => Math.round(x * 100) / 100;

function figures(t: ReplayTotals | ReplaySkuResult): OutputCell[] {
  return [
    t.demandedUnits, t.soldUnits, t.shortUnits, t.leftoverUnits, t.fillRate === null ? null : Math.round(t.fillRate * 10000) / 10000, t.shippedUnits,
    r2(t.revenueUsd), r2(t.purchaseUsd), r2(t.marketplaceFeesUsd), r2(t.freightUsd), r2(t.dutyUsd), r2(t.insuranceUsd), r2(t.storageUsd),
    r2(t.leftoverCostUsd), r2(t.profitUsd),
  ];
}

/** Profit as a share of the reference's, rounded to 0.01 %; null when the reference makes no profit. */
function share(profitUsd: number, referenceUsd: number): number | null {
  return referenceUsd > 0 ? Math.round((profitUsd / referenceUsd) * 10000) / 10000 : null;
}

/** Per policy, the results of every destination's SKUs added up. */
export function totalsByPolicy(destinations: readonly DestinationResults[]): Map<ReplayPolicyId, ReplayTotals> {
  const ids = destinations[0]?.results.map((r) => r.policy) ?? [];
  return new Map(ids.map((id) => [id, replayTotals(destinations.flatMap((d) => d.results.find((r) => r.policy === id)?.skus ?? []))]));
}

/**
 * The Replay table: first one total row per policy (SKU "All SKUs", the profit as a share of the
 * perfect-foresight reference's, the replay's dates and stock assumption in PeakStock's Note), then
 * per destination when there are several, then per SKU and destination one row per policy (what it
 * shipped, on which lane, when, and any SKU it could not decide for). Units as replayed, money to the
 * cent, fill rate and share as fractions (shown as %). PeakStock's rows are highlighted.
 * @example replayTable({ eventName: "Toy", edition, coverDays: 3, destinations: [{ destination: "", results }], names, stockFromSales: 0, stockAssumed: 1 }, "en").rows[0].slice(0, 2)
 * // ["PeakStock", "All SKUs"]
 */
export function replayTable(input: ReplayTableInput, language = "en"): OutputTable {
  const zh = language.toLowerCase().startsWith("zh");
  const t = zh ? TEXT.zh : TEXT.en;
  const { edition } = input;
  const label = (id: ReplayPolicyId): string => replayPolicyLabel(id, language);
  const totals = totalsByPolicy(input.destinations);
  const referenceUsd = totals.get("perfect-foresight")?.profitUsd ?? 0;
  const single = input.destinations.length === 1 ? input.destinations[0].destination : "";
  const stock = input.stockAssumed === 0 ? t.stockAll : input.stockFromSales === 0 ? t.stockNone : t.stockSome(input.stockFromSales, input.stockAssumed);
  const editionNote = `${t.edition(input.eventName, isoFromSerial(edition.start), isoFromSerial(edition.planDate), edition.daysAhead, t[edition.daysAheadFrom], isoFromSerial(edition.windowEnd), edition.end - edition.start + 1, input.coverDays)}${zh ? "" : " "}${stock}`;
  const rows: OutputCell[][] = [];
  for (const [id, total] of totals) {
    const note = id === "peakstock" ? editionNote : id === "perfect-foresight" ? t.reference : "";
    rows.push([label(id), t.all, "", single, "", ...figures(total), share(total.profitUsd, referenceUsd), "", note]);
  }
  if (input.destinations.length > 1) {
    for (const d of input.destinations) {
      const sub = totalsByPolicy([d]);
      const ref = sub.get("perfect-foresight")?.profitUsd ?? 0;
      for (const [id, total] of sub) rows.push([label(id), t.all, "", d.destination, "", ...figures(total), share(total.profitUsd, ref), "", ""]);
    }
  }
  for (const d of input.destinations) {
    const bySku = d.results.map((r) => new Map(r.skus.map((s) => [s.sku, s])));
    for (const { sku } of d.results[0]?.skus ?? []) {
      for (let p = 0; p < d.results.length; p++) {
        const result = d.results[p];
        const s = bySku[p].get(sku);
        if (!s) continue;
        const lots = s.shipments.map((l) => t.lot(l.lane, l.units, isoFromSerial(l.shipDay), isoFromSerial(l.arrivalDay))).join("; ");
        const notes = result.errors.filter((e) => e.where?.sku === s.sku).map((e) => errorText(e, language));
        rows.push([label(result.policy), s.sku, input.names.get(s.sku) ?? "", d.destination, s.abcClass, ...figures(s), null, lots, [...new Set(notes)].join(" | ")]);
      }
    }
  }
  return { kind: "Replay", columns: REPLAY_COLUMNS, rows, highlights: [{ column: "Policy", equals: label("peakstock"), tone: "success" }] };
}
