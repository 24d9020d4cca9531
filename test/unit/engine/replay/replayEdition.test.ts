import { serialFromYmd } from "../../../../src/engine/dates";
import { errorText } from "../../../../src/engine/errorText";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import { chooseReplayEdition, replayEditions } from "../../../../src/engine/replay/replayEdition";
import { EVENT_DEFAULTS } from "../../../../src/engine/workbook/readEventSheet";

const BF24 = serialFromYmd(2024, 11, 29);
const BF25 = serialFromYmd(2025, 11, 28);
const BF26 = serialFromYmd(2026, 11, 27);

/** Black Friday → Cyber Monday 2026 planned on 2026-09-15 (73 days ahead), two past editions, 14 cover days. */
const EVENT: EventPolicy = {
  ...EVENT_DEFAULTS,
  name: "Black Friday 2026",
  start: BF26,
  end: BF26 + 3,
  planDate: serialFromYmd(2026, 9, 15),
  pastEventStarts: [BF24, BF25],
  coverDaysAfter: 14,
};
const LAST_SALE = serialFromYmd(2026, 9, 14);

function chosen(request: Parameters<typeof chooseReplayEdition>[2], policy = EVENT, last = LAST_SALE) {
  const r = chooseReplayEdition(policy, last, request, "Event");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function refused(request: Parameters<typeof chooseReplayEdition>[2], policy = EVENT, last = LAST_SALE): [string, string] {
  const r = chooseReplayEdition(policy, last, request, "Event");
  if (r.ok) throw new Error("expected an error");
  return [errorText(r.error, "en"), errorText(r.error, "zh-CN")];
}

describe("replayEditions", () => {
  it("lists the past starts, and the event itself once its window is over by the last day of sales", () => {
    expect(replayEditions(EVENT, LAST_SALE)).toEqual([BF24, BF25]);
    // hand: the 2026 window ends 11-27 + 3 + 14 = 2026-12-14
    expect(replayEditions(EVENT, serialFromYmd(2026, 12, 13))).toEqual([BF24, BF25]);
    expect(replayEditions(EVENT, serialFromYmd(2026, 12, 14))).toEqual([BF24, BF25, BF26]);
  });
});

describe("chooseReplayEdition", () => {
  it("replays the most recent past edition, as far ahead as the Event plans (Start − PlanDate)", () => {
    // hand: 2026-11-27 − 2026-09-15 = 73 days; 2025-11-28 − 73 = 2025-09-16; window end 11-28 + 3 + 14 = 12-15
    expect(chosen({})).toEqual({
      start: BF25, end: BF25 + 3, planDate: serialFromYmd(2025, 9, 16), daysAhead: 73, daysAheadFrom: "event", pastEventStarts: [BF24], windowEnd: serialFromYmd(2025, 12, 15),
    });
  });

  it("takes the days ahead asked for, and 70 when the Event's own plan date is not before its start", () => {
    expect(chosen({ daysAhead: 30 })).toMatchObject({ daysAhead: 30, daysAheadFrom: "asked", planDate: BF25 - 30 });
    const started = { ...EVENT, planDate: BF26 };
    expect(chosen({}, started)).toMatchObject({ daysAhead: 70, daysAheadFrom: "default", planDate: BF25 - 70 });
  });

  it("finds the edition by its year, its start date in any of the usual spellings, or the event's name", () => {
    expect(chosen({ edition: "2024" })).toMatchObject({ start: BF24, pastEventStarts: [] });
    expect(chosen({ edition: "2025-11-28" }).start).toBe(BF25);
    expect(chosen({ edition: "2025/11/28" }).start).toBe(BF25);
    expect(chosen({ edition: "2025年11月28日" }).start).toBe(BF25);
    expect(chosen({ edition: " black friday 2024 " }).start).toBe(BF24);
    expect(chosen({ edition: "Black Friday" }).start).toBe(BF25);
  });

  it("replays any past date as an edition of the event's length, with the listed editions before it as its past", () => {
    // A start that is not on PastEventStarts (a seller's own promotion day): 4 days, 14 cover days.
    expect(chosen({ edition: "2025-07-08" })).toMatchObject({ start: serialFromYmd(2025, 7, 8), end: serialFromYmd(2025, 7, 11), pastEventStarts: [BF24] });
  });

  it("replays the event itself once the sales cover its window", () => {
    const last = serialFromYmd(2027, 1, 31);
    expect(chosen({}, EVENT, last)).toMatchObject({ start: BF26, pastEventStarts: [BF24, BF25] });
  });

  it("says in both languages which editions there are when the request names none of them", () => {
    expect(refused({ edition: "Prime Day" })).toEqual([
      "Replay: 'Prime Day' is not a start date, a year or the name of 'Black Friday 2026'; give a past edition's start date (yyyy-mm-dd) or its year: 2024-11-29, 2025-11-28",
      "复盘：“Prime Day” 不是开始日期、年份，也不是 “Black Friday 2026” 的名称；请给出往届活动的开始日期（yyyy-mm-dd）或年份：2024-11-29、2025-11-28",
    ]);
    expect(refused({ edition: "2019" })[0]).toBe("Replay: no edition of 'Black Friday 2026' starts in 2019; its past editions start on 2024-11-29, 2025-11-28");
  });

  it("refuses a window the sales do not cover yet, naming its end and the last day of sales", () => {
    expect(refused({ edition: "2026" })[0]).toBe(
      "Replay: the window of 'Black Friday 2026' starting 2026-11-27 runs to 2026-12-14 (the event and 14 cover days), after the last day of sales 2026-09-14; replay an earlier edition, or add the sales up to 2026-12-14",
    );
  });

  it("points at PastEventStarts when nothing is listed to replay", () => {
    const none = { ...EVENT, pastEventStarts: [] };
    const [en, zh] = refused({}, none);
    expect(en).toBe(
      "Replay: no past edition of 'Black Friday 2026' to replay: Event, PastEventStarts (往年开始日期) lists none whose window (the event and 14 cover days) ended by the last day of sales, 2026-09-14; add the past start dates there, or give one",
    );
    expect(zh).toContain("表 Event，PastEventStarts (往年开始日期) 列");
    const r = chooseReplayEdition(none, LAST_SALE, {});
    expect(!r.ok && r.error.where).toEqual({ argument: "pastStarts" });
  });
});
