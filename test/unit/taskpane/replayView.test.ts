import { serialFromYmd } from "../../../src/engine/dates";
import type { ReplayTotals } from "../../../src/engine/replay/types";
import { REPLAY_TEXTS } from "../../../src/taskpane/replayText";
import { daysAheadOf, defaultDaysAhead, editionChoices, referenceShare, replayRows } from "../../../src/taskpane/replayView";

const totals = (profitUsd: number, fillRate: number | null): ReplayTotals => ({
  skus: 2, demandedUnits: 100, soldUnits: 90, shortUnits: 2963.4, leftoverUnits: 12403, shippedUnits: 100, revenueUsd: 0, purchaseUsd: 0, marketplaceFeesUsd: 0,
  freightUsd: 0, dutyUsd: 0, insuranceUsd: 0, storageUsd: 0, leftoverCostUsd: 0, profitUsd, fillRate,
});

describe("the Replay step's view", () => {
  it("offers the past editions newest first, and the event's own lead as the default days ahead", () => {
    expect(editionChoices({ pastEventStarts: [serialFromYmd(2024, 11, 29), serialFromYmd(2025, 11, 28)] })).toEqual(["2025-11-28", "2024-11-29"]);
    // hand: 2026-11-27 − 2026-09-15 = 73; a plan date on or after the start → 70
    expect(defaultDaysAhead({ start: serialFromYmd(2026, 11, 27), planDate: serialFromYmd(2026, 9, 15) })).toBe(73);
    expect(defaultDaysAhead({ start: serialFromYmd(2026, 11, 27), planDate: serialFromYmd(2026, 11, 27) })).toBe(70);
  });

  it("reads the days ahead typed: empty for the default, whole days 1–1000, else invalid", () => {
    expect([daysAheadOf(""), daysAheadOf(" 60 "), daysAheadOf("1000"), daysAheadOf("0"), daysAheadOf("1001"), daysAheadOf("6.5"), daysAheadOf("abc")]).toEqual([undefined, 60, 1000, null, null, null, null]);
  });

  it("shows each policy's profit, fill rate and units left over in the pane's language", () => {
    const rows = replayRows([{ policy: "peakstock", total: totals(488387.6, 0.9581) }, { policy: "last-year", total: totals(-1200.4, null) }], "en");
    expect(rows).toEqual([
      { policy: "peakstock", name: "PeakStock", label: "PeakStock", profit: "$488,388", fill: "95.8%", leftOver: "12,403" },
      { policy: "last-year", name: "Last year + 20 %", label: "Last year's window + 20 %, cheapest lane in time", profit: "-$1,200", fill: "–", leftOver: "12,403" },
    ]);
    expect(replayRows([{ policy: "last-year", total: totals(1, 0.5) }], "zh")[0]).toMatchObject({ name: "去年同期 +20%", label: "去年同期窗口销量 +20%，来得及的最便宜渠道" });
  });

  it("gives PeakStock's share of the reference's profit, none when the reference makes no profit", () => {
    expect(referenceShare([{ policy: "peakstock", total: { profitUsd: 90 } }, { policy: "perfect-foresight", total: { profitUsd: 120 } }])).toBe(0.75);
    expect(referenceShare([{ policy: "peakstock", total: { profitUsd: 90 } }, { policy: "perfect-foresight", total: { profitUsd: -5 } }])).toBeNull();
  });

  it("has every text in both languages with the same placeholders, the Chinese in Chinese", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(REPLAY_TEXTS.zh).sort()).toEqual(Object.keys(REPLAY_TEXTS.en).sort());
    for (const key of Object.keys(REPLAY_TEXTS.en) as (keyof typeof REPLAY_TEXTS.en)[]) {
      expect([key, names(REPLAY_TEXTS.zh[key])]).toEqual([key, names(REPLAY_TEXTS.en[key])]);
      expect([key, /[\u4e00-\u9fff]/.test(REPLAY_TEXTS.zh[key])]).toEqual([key, true]);
    }
  });
});
