import { chartSpec } from "../../../../src/engine/plan/chartTable";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

describe("chartSpec", () => {
  const series: DailySeries = { sku: "MUG", startSerial: 100, units: [1, 5, 2], excluded: [false, false, false], missingDays: 0, stockOutDays: 0 };
  const line = {
    sku: "MUG",
    name: "Mug",
    eventDemandP50: 9,
    forecast: { firstSerial: 103, mean: [2, 3], lower80: [1, 1], upper80: [4, 6], lower95: [0, 0], upper95: [5, 8] },
  } as unknown as PlanLine;
  const policy = { name: "BF", start: 104, end: 104 } as EventPolicy;

  it("puts history, then the expected sales with their 80 % band — the event day lifted to the P50 — and marks the event days at the top", () => {
    // hand: event day 104 has baseline 3, P50 9 → scale 3: forecast 9, band 1 × 3 = 3 … 6 × 3 = 18;
    // top = max(history 5, upper80 4 and 18) = 18 → event mark 18 × 1.05 = 18.9 on day 104 only
    const spec = chartSpec(line, series, policy, 2);
    expect(spec.title).toBe("MUG Mug: history, forecast and BF");
    expect(spec.table.rows).toEqual([
      [101, "MUG", 5, null, null, null, null],
      [102, "MUG", 2, null, null, null, null],
      [103, "MUG", null, 2, 1, 4, null],
      [104, "MUG", null, 9, 3, 18, 18.9],
    ]);
  });
});
