/**
 * The replayed policies: the list in the order a Replay table shows them, and their names in
 * English and Simplified Chinese.
 */
import { averageSalesPolicy } from "./policies/averageSalesPolicy";
import { lastYearPolicy } from "./policies/lastYearPolicy";
import { peakStockPolicy } from "./policies/peakStockPolicy";
import { perfectForesightPolicy } from "./policies/perfectForesightPolicy";
import { sellersRulePolicy } from "./policies/sellersRulePolicy";
import type { ReplayPolicy, ReplayPolicyId } from "./types";

const LABELS: Readonly<Record<"en" | "zh", Readonly<Record<ReplayPolicyId, string>>>> = {
  en: {
    peakstock: "PeakStock",
    "last-year": "Last year's window + 20 %, cheapest lane in time",
    "average-sales": "30-day average × (window + safety days), cheapest lane in time",
    "sellers-rule": "Seller's rule: P50 by sea + max/avg safety stock by air",
    "perfect-foresight": "Perfect foresight, whole cartons where they pay (reference)",
    "perfect-foresight-bound": "Perfect foresight, loose units (a bound, not a plan)",
  },
  zh: {
    peakstock: "PeakStock",
    "last-year": "去年同期窗口销量 +20%，来得及的最便宜渠道",
    "average-sales": "近 30 天日均 ×（窗口天数 + 安全天数），来得及的最便宜渠道",
    "sellers-rule": "卖家经验：P50 走海运 + 最大/平均安全库存走空运",
    "perfect-foresight": "完美预知，整箱且只发赚钱的（参照）",
    "perfect-foresight-bound": "完美预知，散件（上限，不是计划）",
  },
};

/**
 * A policy's name in `language` ("zh…" → Simplified Chinese, otherwise English).
 * @example replayPolicyLabel("last-year", "zh-CN") // "去年同期窗口销量 +20%，来得及的最便宜渠道"
 */
export function replayPolicyLabel(id: ReplayPolicyId, language?: string): string {
  return LABELS[(language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en"][id];
}

/** The labels, for the parity test. */
export const REPLAY_POLICY_LABELS = LABELS;

/**
 * The five policies a replay compares, PeakStock first and the reference plan last (all ship whole
 * cartons); the loose-units bound (perfectForesightBoundPolicy.ts) is the benchmark's extra line.
 * @example replayPolicies().map((p) => p.id) // ["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"]
 */
export function replayPolicies(): ReplayPolicy[] {
  return [peakStockPolicy(), lastYearPolicy(), averageSalesPolicy(), sellersRulePolicy(), perfectForesightPolicy()];
}
