import type { ChartSpec, OutputCell } from "../../../src/engine/plan/outputTable";
import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import { chartGeometry } from "../../../src/taskpane/chartGeometry";

const spec = (rows: OutputCell[][]): ChartSpec => ({ title: "t", table: { kind: "Chart", columns: CHART_COLUMNS, rows } });

describe("chartGeometry", () => {
  it("draws history, forecast, band and event window in the box", () => {
    // days 0–4 from 46000: history 2, 4; forecast 3 ± 1 on days 2–4; event on days 3–4 at 5.25 (the top)
    const g = chartGeometry(
      spec([
        [46000, "A", 2, null, null, null, null],
        [46001, "A", 4, null, null, null, null],
        [46002, "A", null, 3, 2, 4, null],
        [46003, "A", null, 3, 2, 4, 5.25],
        [46004, "A", null, 3, 2, 4, 5.25],
      ]),
      100,
      42,
    );
    expect(g.yMax).toBe(5.25);
    // hand: x = day × 25; y = 42 − v / 5.25 × 42 = 42 − 8v
    expect(g.history).toBe("M 0 26 L 25 10");
    expect(g.forecast).toBe("M 50 18 L 75 18 L 100 18");
    expect(g.band).toBe("M 50 10 L 75 10 L 100 10 L 100 26 L 75 26 L 50 26 Z");
    expect(g.events).toEqual([{ x: 75, width: 25 }]); // hand: from x 75, two days would be 50 wide, clipped to the box
  });

  it("closes an event window that ends before the last row", () => {
    const g = chartGeometry(spec([[1000, "A", 1, null, null, null, null], [1001, "A", 1, null, null, null, 2], [1002, "A", 1, null, null, null, null]]), 20, 10);
    expect(g.events).toEqual([{ x: 10, width: 10 }]);
  });

  it("draws nothing for no rows and keeps a flat zero line on the floor", () => {
    expect(chartGeometry(spec([]), 100, 40)).toEqual({ history: "", forecast: "", band: "", events: [], yMax: 0 });
    expect(chartGeometry(spec([[1, "A", 0, null, null, null, null], [2, "A", 0, null, null, null, null]]), 10, 10).history).toBe("M 0 10 L 10 10");
  });
});
