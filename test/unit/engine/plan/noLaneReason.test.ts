import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { laneOptions } from "../../../../src/engine/plan/laneOptions";
import { noLaneNotes } from "../../../../src/engine/plan/noLaneReason";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { unwrap } from "../stock/testResult";
import { S, SKU } from "./flatBook";

describe("noLaneNotes", () => {
  // hand: goods ready 2026-10-22 (46317); fast boat ship-by 10-10 (typical 10-19), air 10-25 (typical 10-30), express 10-31 (typical 11-03)
  const ready = 46317;

  it("names the lane that needed the goods last, the lanes that refuse them and the need left unshipped", () => {
    const options = unwrap(laneOptions({ ...SKU, sensitive: true }, DEFAULT_LANES, S, 14, 7, ready));
    expect(renderNotes(noLaneNotes(options, ready, 420.2))).toBe(
      "no lane arrives in time: goods ready 2026-10-22, Fast boat → US West needed them by 2026-10-10; " +
        "battery or liquid goods: Air → US West, Express → US West refuse them; nothing ships: the need of 421 units stays unshipped",
    );
  });

  it("offers the cheapest lane whose typical transit still makes it", () => {
    // hand: ready 2026-10-27 (46322), after air's worst-case ship-by 10-25, before its typical 10-30; express (10-31) is dearer
    const late = unwrap(laneOptions(SKU, DEFAULT_LANES.filter((l) => l.mode !== "express"), S, 14, 7, 46322));
    expect(renderNotes(noLaneNotes(late, 46322, 60))).toBe(
      "no lane arrives in time: goods ready 2026-10-27, Air → US West needed them by 2026-10-25; " +
        "Air → US West at its typical transit would still make it if shipped by 2026-10-30; nothing ships: the need of 60 units stays unshipped",
    );
  });

  it("says when no lane takes the goods at all", () => {
    const fastOnly = unwrap(laneOptions({ ...SKU, sensitive: true }, DEFAULT_LANES.slice(3), S, 14, 7, ready));
    expect(renderNotes(noLaneNotes(fastOnly, ready, 10), "zh-CN")).toBe(
      "没有来得及的物流渠道：货物 2026-10-22 备好，且没有渠道可运这类货物；带电或液体货：Air → US West, Express → US West 不接；未安排发货：10 件需求未发出",
    );
  });
});
