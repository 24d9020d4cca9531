import { chartSpec } from "../../../../src/engine/plan/chartTable";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

describe("chartSpec", () => {
  const series: DailySeries = { sku: "MUG", startSerial: 100, units: [1, 5, 2], excluded: [false, false, false], missingDays: 0, stockOutDays: 0 };
  const line = {
    sku: "MUG",
    name: "Mug",
    forecast: { firstSerial: 103, mean: [2, 3], lower80: [1, 1], upper80: [4, 6], lower95: [0, 0], upper95: [5, 8] },
  } as unknown as PlanLine;
  const policy = { name: "BF", start: 104, end: 104 } as EventPolicy;

  it("puts history, then the forecast with its 80 % band, and marks the event days at the top", () => {
    // hand: top = max(history 5, upper80 6) = 6 → event mark 6 × 1.05 = 6.3 on day 104 only
    const spec = chartSpec(line, series, policy, 2);
    expect(spec.title).toBe("MUG Mug: history, forecast and BF");
    expect(spec.table.rows).toEqual([
      [101, "MUG", 5, null, null, null, null],
      [102, "MUG", 2, null, null, null, null],
      [103, "MUG", null, 2, 1, 4, null],
      [104, "MUG", null, 3, 1, 6, 6.3],
    ]);
  });
});
