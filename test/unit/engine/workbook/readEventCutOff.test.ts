import { serialFromYmd } from "../../../../src/engine/dates";
import { errorText } from "../../../../src/engine/errorText";
import { readEventSheet } from "../../../../src/engine/workbook/readEventSheet";
import { errorOf, unwrap } from "../stock/testResult";

const BFCM = [["Start", "2026-11-27"], ["End", "2026-11-30"], ["PlanDate", "2026-09-15"]];

describe("readEventSheet: the marketplace's inbound cut-off", () => {
  it("reads InboundCutOff as a date", () => {
    const r = unwrap(readEventSheet([...BFCM, ["InboundCutOff", "2026-10-30"]]));
    expect(r.policy.inboundCutOff).toBe(serialFromYmd(2026, 10, 30)); // 46325
    expect(r.warnings).toEqual([]);
  });

  it.each([["CutOff"], ["Cut-off"], ["FBA deadline"], ["入仓截止日"], ["入库截止日期"], ["截仓日"]])("knows the key spelled %s", (key) => {
    expect(unwrap(readEventSheet([...BFCM, [key, 46325]])).policy.inboundCutOff).toBe(46325);
  });

  it("reads a text date in the sheet's day order", () => {
    // hand: the sheet's other dates say nothing about order; "30/10/2026" can only be day/month (no 30th month)
    expect(unwrap(readEventSheet([...BFCM, ["InboundCutOff", "30/10/2026"]])).policy.inboundCutOff).toBe(46325);
  });

  it("has none when the key is missing or its cell blank", () => {
    expect(unwrap(readEventSheet(BFCM)).policy).not.toHaveProperty("inboundCutOff");
    expect(unwrap(readEventSheet([...BFCM, ["InboundCutOff", null]])).policy).not.toHaveProperty("inboundCutOff");
  });

  it("refuses a cut-off after the event's start, naming the row, in English and Chinese", () => {
    const r = readEventSheet([...BFCM, ["入仓截止日", "2026-11-28"]]);
    const e = errorOf(r);
    expect(e.code).toBe("INCONSISTENT_INPUT");
    expect(e.where).toEqual({ sheet: "Event", row: 4, column: "入仓截止日" });
    expect(errorText(e, "en")).toContain("the inbound cut-off 2026-11-28 is after this event's Start (2026-11-27)");
    expect(r.ok ? "" : errorText(r.error, "zh-CN")).toContain("入仓截止日 2026-11-28 晚于本次活动的 Start（2026-11-27）");
  });

  it("refuses a cut-off that is not a date, naming the cell", () => {
    const e = errorOf(readEventSheet([...BFCM, ["InboundCutOff", "end of October"]]));
    expect(e.code).toBe("BAD_DATE");
    expect(e.where).toEqual({ sheet: "Event", row: 4, column: "InboundCutOff" });
  });
});
