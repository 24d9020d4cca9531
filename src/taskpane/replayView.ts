/**
 * What the Replay step shows, as plain data: the past editions to choose from, the days
 * ahead typed, and one row per policy. Pure (tested without React).
 */
import type { EventPolicy } from "../engine/plan/types";
import { DEFAULT_REPLAY_DAYS_AHEAD } from "../engine/replay/replayEdition";
import { replayPolicyLabel } from "../engine/replay/replayPolicies";
import type { ReplayPolicyId, ReplayTotals } from "../engine/replay/types";
import { formatDay, formatPercent, formatUnits, formatUsd } from "./formatters";
import type { Language } from "./i18n";
import { replayText } from "./replayText";

/**
 * The editions the seller can pick: the event's past starts, newest first, as yyyy-mm-dd.
 * @example editionChoices({ pastEventStarts: [45624, 45989] }) // ["2025-11-28", "2024-11-29"]
 */
export function editionChoices(policy: Pick<EventPolicy, "pastEventStarts">): string[] {
  return [...policy.pastEventStarts].sort((a, b) => b - a).map(formatDay);
}

/**
 * The days ahead a replay uses when the field is empty: the event's start − plan date, else 70.
 * @example defaultDaysAhead({ start: 46353, planDate: 46280 }) // 73
 */
export function defaultDaysAhead(policy: Pick<EventPolicy, "start" | "planDate">): number {
  const gap = policy.start - policy.planDate;
  return gap >= 1 ? gap : DEFAULT_REPLAY_DAYS_AHEAD;
}

/**
 * The days-ahead field read: undefined when empty (the default), a whole number 1–1000, or null when it is neither.
 * @example daysAheadOf(" 60 ") // 60
 * @example daysAheadOf("6.5") // null
 */
export function daysAheadOf(text: string): number | undefined | null {
  const t = text.trim();
  if (t === "") return undefined;
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 1000 ? n : null;
}

/** One policy's line in the step's table, as shown. */
export interface ReplayRowView {
  readonly policy: ReplayPolicyId;
  /** The policy's short name for the narrow pane, and its full description (the Replay sheet's). */
  readonly name: string;
  readonly label: string;
  readonly profit: string;
  readonly fill: string;
  readonly leftOver: string;
}

/**
 * The policies' totals as the table shows them, in the pane's language (units short are the fill rate's other side: the Replay sheet has them).
 * @example replayRows([{ policy: "peakstock", total: { profitUsd: 488387.6, fillRate: 0.958, shortUnits: 2963, leftoverUnits: 12403, … } }], "en")[0]
 * // { policy: "peakstock", name: "PeakStock", label: "PeakStock", profit: "$488,388", fill: "95.8%", leftOver: "12,403" }
 */
export function replayRows(totals: readonly { readonly policy: ReplayPolicyId; readonly total: ReplayTotals }[], language: Language): ReplayRowView[] {
  const t = replayText(language);
  return totals.map(({ policy, total }) => ({
    policy,
    name: t[`policy-${policy}`],
    label: replayPolicyLabel(policy, language === "zh" ? "zh-CN" : "en"),
    profit: formatUsd(total.profitUsd, language),
    fill: total.fillRate === null ? "–" : formatPercent(total.fillRate, language),
    leftOver: formatUnits(total.leftoverUnits, language),
  }));
}

/**
 * PeakStock's profit as a share of the perfect-foresight reference's, or null when the reference makes none.
 * @example referenceShare([{ policy: "peakstock", total: { profitUsd: 90, … } }, { policy: "perfect-foresight", total: { profitUsd: 100, … } }]) // 0.9
 */
export function referenceShare(totals: readonly { readonly policy: ReplayPolicyId; readonly total: Pick<ReplayTotals, "profitUsd"> }[]): number | null {
  const peak = totals.find((t) => t.policy === "peakstock")?.total.profitUsd ?? 0;
  const reference = totals.find((t) => t.policy === "perfect-foresight")?.total.profitUsd ?? 0;
  return reference > 0 ? peak / reference : null;
}
