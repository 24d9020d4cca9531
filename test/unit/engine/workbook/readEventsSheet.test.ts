import { serialFromYmd } from "../../../../src/engine/dates";
import { renderMessage } from "../../../../src/engine/messages/renderMessage";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import { readEventsSheet, type SeasonAnchor } from "../../../../src/engine/workbook/readEventsSheet";
import { grids } from "../plan/twoDestinationBook";
import { PLAN, S } from "../plan/flatBook";
import { errorOf, unwrap } from "../stock/testResult";

// hand: 2026-11-27 = 46353 (flatBook's S); Cyber Monday 2026-11-30 = S + 3; 2026-12-14 = S + 17
const BF: SeasonAnchor = { name: "Black Friday", start: S, end: S + 3, planDate: PLAN, sheet: "Event" };

describe("readEventsSheet", () => {
  it("reads one event per row, headers in English, dates as text or serials", () => {
    const events = unwrap(readEventsSheet([
      ["Event", "Marketplace", "Start", "End", "InboundCutOff", "PastEventStarts", "Growth"],
      ["Green Monday", "Amazon US", "2026-12-14", S + 17, "2026-12-01", "2025-12-08; 2024-12-09", "110%"],
      ["Prime Big Deal Days", null, "2026-10-06", "2026-10-07", null, null, null],
    ], BF));
    expect(events).toEqual([
      { name: "Green Monday", marketplace: "Amazon US", start: S + 17, end: S + 17, inboundCutOff: S + 4, pastEventStarts: [serialFromYmd(2024, 12, 9), serialFromYmd(2025, 12, 8)], growth: 1.1 },
      { name: "Prime Big Deal Days", marketplace: "", start: S - 52, end: S - 51, pastEventStarts: [] }, // hand: Oct 6 is 52 days before Nov 27 (25 + 27)
    ]);
  });

  it("reads Chinese headers, and leaves out a row that repeats the Event sheet's event", () => {
    const events = unwrap(readEventsSheet([
      ["活动", "开始日期", "结束日期", "站点"],
      ["Black Friday", S, S + 3, "Amazon US"],
      ["网络星期一", "2026/12/14", "2026/12/15", "Amazon US"],
    ], BF, { sheet: "活动日程" }));
    expect(events.map((e) => [e.name, e.start, e.end])).toEqual([["网络星期一", S + 17, S + 18]]);
  });

  it("is no further event when it has its headers only", () => {
    expect(unwrap(readEventsSheet([["Event", "Start", "End"]], BF))).toEqual([]);
  });

  it("names the cell of a bad date, an end before its start, an event already over, and a cut-off after the start", () => {
    const head = ["Event", "Start", "End", "InboundCutOff"];
    expect(errorOf(readEventsSheet([head, ["CM", "soon", S + 5, null]], BF)).message).toBe("Events row 2, Start: 'soon' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)");
    expect(errorOf(readEventsSheet([head, ["CM", S + 6, S + 5, null]], BF)).message).toBe("Events row 2, End: 2026-12-02 is before Start (2026-12-03)");
    expect(errorOf(readEventsSheet([head, ["Labor Day", PLAN - 20, PLAN - 18, null]], BF)).message).toBe( // hand: 2026-09-18 − 18 days = 2026-08-31
      "Events row 2, End: the event ends 2026-08-31, before the plan date 2026-09-18 on 'Event'; remove the row or correct its dates",
    );
    expect(errorOf(readEventsSheet([head, ["CM", S + 6, S + 6, S + 7]], BF)).message).toMatch(/^Events row 2, InboundCutOff: the inbound cut-off 2026-12-04 is after/);
    expect(errorOf(readEventsSheet([["Event", "Start"], ["CM", S + 6]], BF)).code).toBe("MISSING_COLUMN");
  });

  it("refuses two events sharing days or a name, naming both places, in English and Chinese", () => {
    const overlap = errorOf(readEventsSheet([["Event", "Start", "End"], ["Cyber Weekend", S + 2, S + 4]], BF));
    expect(overlap.message).toBe("Events row 2, Start: 'Cyber Weekend' overlaps 'Black Friday' (Event: 2026-11-27 … 2026-11-30); the events of one season cannot share days");
    expect(overlap.code).toBe("INCONSISTENT_INPUT");
    const named = errorOf(readEventsSheet([["Event", "Start", "End"], ["CM", S + 10, S + 10], ["cm ", S + 20, S + 20]], BF));
    expect(named.message).toBe("Events row 3, Event: 'cm' is the name of another event too (Events row 2); give each event of the season its own name");
    expect(renderMessage({ key: "seasonSameName", params: { place: { place: { sheet: "活动日程", row: 3, column: "活动" } }, event: { quoted: "cm" }, where: { place: { sheet: "活动日程", row: 2 } } } }, "zh")).toMatch(/活动日程.*同名/);
  });
});

describe("an Events sheet in the book", () => {
  it("plans the season: the Event sheet's event and the Events sheet's rows, each line naming its event", () => {
    const g = { ...grids(), Events: [["Event", "Start", "End"], ["CM", S + 10, S + 13]] };
    const run = unwrap(planFromSheets({ sheetNames: Object.keys(g), grids: g }));
    expect(run.plan.events?.map((e) => e.name)).toEqual(["BF", "CM"]);
    expect(run.plan.lines.map((l) => [l.event, l.sku, l.destination])).toEqual([
      ["BF", "MUG", "Amazon US"], ["BF", "MUG", "Amazon DE"], ["BF", "LAMP", "Amazon US"],
      ["CM", "MUG", "Amazon US"], ["CM", "MUG", "Amazon DE"], ["CM", "LAMP", "Amazon US"],
    ]);
    expect(run.sources.Events).toBe("Events");
    const bad = { ...grids(), 活动日程: [["活动", "开始日期", "结束日期"], ["CM", S + 2, S + 13]] };
    expect(errorOf(planFromSheets({ sheetNames: Object.keys(bad), grids: bad })).where).toEqual({ sheet: "活动日程", row: 2, column: "开始日期" });
  });

  it("leaves a book without one planned exactly as before (no Event column)", () => {
    const run = unwrap(planFromSheets({ sheetNames: Object.keys(grids()), grids: grids() }));
    expect(run.plan.events?.length ?? 1).toBe(1);
    expect(run.tables[0].columns.some((c) => c.key === "Event")).toBe(false);
  });
});
