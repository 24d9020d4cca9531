import { readEventSheet } from "../../../../src/engine/workbook/readEventSheet";
import { lineCostUsd, topSkusByCost } from "../../../../src/taskpane/planSummary";
import { runJob } from "../../../../src/taskpane/work/jobs";
import { planWithCharts } from "../../../../src/taskpane/work/planWithCharts";
import { EVENT, LANES, PLAN_DATE, SALES, SKUS, START } from "./sheetsFixture";

const INPUT = { sheetNames: ["Sales", "SKUs", "Lanes", "Event"], grids: { Sales: SALES, SKUs: SKUS, Lanes: LANES, Event: EVENT } };

describe("planWithCharts", () => {
  it("plans and charts the costliest SKUs on the sales the plan used", () => {
    const planned = planWithCharts(INPUT, 1);
    if (!planned.ok) throw new Error(planned.error.message);
    const { plan } = planned.value.planned;
    expect(plan.lines).toHaveLength(2);
    const top = topSkusByCost(plan.lines, 1)[0];
    expect(planned.value.charts.map((c) => c.sku)).toEqual([top.sku]);
    expect(lineCostUsd(top)).toBeGreaterThanOrEqual(Math.max(...plan.lines.map(lineCostUsd)));
    const rows = planned.value.charts[0].spec.table.rows;
    // 90 days of history up to the day before the plan date, then the forecast
    expect(rows[0][0]).toBe(PLAN_DATE - 90);
    expect(rows[89].slice(0, 3)).toEqual([PLAN_DATE - 1, top.sku, top.sku === "SKU-0" ? 6 : 10]);
    expect(rows.some((r) => r[0] === START && r[6] !== null)).toBe(true); // the event window is marked
  });

  it("returns planFromSheets' error untouched", () => {
    const planned = planWithCharts({ sheetNames: ["SKUs", "Event"], grids: { SKUs: SKUS, Event: EVENT } });
    expect(!planned.ok && planned.error.message).toBe("No 'Sales' sheet (or '销售'): add one, or rename yours");
  });
});

describe("runJob", () => {
  it("runs each kind of job in this thread, reporting progress per SKU", () => {
    const progress: [number, number][] = [];
    const planned = runJob("plan", INPUT, (done, total) => progress.push([done, total]));
    expect(planned.ok).toBe(true);
    expect(progress).toEqual([[1, 2], [2, 2]]);
    const found = runJob("inspect", { sheetNames: INPUT.sheetNames, grids: INPUT.grids, picked: {} });
    expect(found.sales.ok).toBe(true);
    const policy = readEventSheet(EVENT);
    if (!planned.ok || !policy.ok) throw new Error("fixture");
    const watched = runJob("watch", { salesGrid: SALES, salesSheet: "Sales", skuGrid: SKUS, skuSheet: "SKUs", lines: planned.value.planned.plan.lines, policy: policy.value.policy, lanes: [] });
    expect(watched).toEqual({ ok: true, value: { kind: "noDays", sheet: "Sales", planDate: PLAN_DATE } });
  });

  it("gives results that survive a structured clone (what the worker posts back)", () => {
    const planned = runJob("plan", INPUT);
    expect(structuredClone(planned)).toEqual(planned);
  });
});
