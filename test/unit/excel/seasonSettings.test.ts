import { serialFromYmd } from "../../../src/engine/dates";
import type { EventPolicy, SeasonEvent } from "../../../src/engine/plan/types";
import { EVENT_DEFAULTS } from "../../../src/engine/workbook/readEventSheet";
import { PLAN_SETTINGS_VERSION, parseSettings, serializeSettings, type PlanSettings } from "../../../src/excel/planSettings";

const BF = serialFromYmd(2026, 11, 27);
const HOLIDAY: SeasonEvent = { name: "Holiday week", marketplace: "Amazon US", start: serialFromYmd(2026, 12, 7), end: serialFromYmd(2026, 12, 13), pastEventStarts: [serialFromYmd(2025, 12, 8)], inboundCutOff: serialFromYmd(2026, 11, 20), growth: 1.2 };
const POLICY: EventPolicy = { ...EVENT_DEFAULTS, name: "BF", marketplace: "Amazon US", start: BF, end: BF + 3, planDate: serialFromYmd(2026, 9, 15), pastEventStarts: [], laterEvents: [HOLIDAY], batchMergeDays: 21 };
const SETTINGS: PlanSettings = { preset: "bfcm", sources: { Events: "活动日程" }, policy: POLICY, lanes: null, watchSheet: null };

const stored = (): Record<string, unknown> => JSON.parse(serializeSettings(SETTINGS)) as Record<string, unknown>;
const parsed = (json: Record<string, unknown>) => parseSettings(JSON.stringify(json));

describe("the season in the plan settings (version 3)", () => {
  it("writes the further events with ISO dates and reads them back as they were", () => {
    const json = stored();
    expect(PLAN_SETTINGS_VERSION).toBe(3);
    expect(json.version).toBe(3);
    expect(json.season).toEqual([{ name: "Holiday week", marketplace: "Amazon US", start: "2026-12-07", end: "2026-12-13", pastStarts: ["2025-12-08"], inboundCutOff: "2026-11-20", growth: 1.2 }]);
    expect((json.policy as Record<string, unknown>).batchMergeDays).toBe(21);
    const back = parseSettings(serializeSettings(SETTINGS));
    expect(back.ok && back.value).toEqual(SETTINGS);
  });

  it("writes no season for one event, and reads a version-2 file (no season) as one event, the Events sheet's to add", () => {
    const one = JSON.parse(serializeSettings({ ...SETTINGS, policy: { ...POLICY, laterEvents: [] } })) as Record<string, unknown>;
    expect("season" in one).toBe(false);
    const v2 = stored();
    v2.version = 2;
    delete v2.season;
    delete (v2.policy as Record<string, unknown>).batchMergeDays;
    const back = parsed(v2);
    expect(back.ok && back.value.policy.laterEvents).toBeUndefined();
    expect(back.ok && back.value.policy.batchMergeDays).toBeUndefined();
  });

  it.each<[string, (season: Record<string, unknown>[]) => void, string]>([
    ["an end before its start", (s) => (s[0].end = "2026-12-01"), "PeakStock settings, season[1].end: 2026-12-01 is before the start (2026-12-07)"],
    ["an event over before the plan date", (s) => Object.assign(s[0], { start: "2026-09-01", end: "2026-09-02", pastStarts: [], inboundCutOff: null }), "PeakStock settings, season[1].end: 2026-09-02 is before the plan date (2026-09-15)"],
    ["an event sharing Black Friday's days", (s) => Object.assign(s[0], { start: "2026-11-30", inboundCutOff: null }), "PeakStock settings, season[1].start: shares days with another event of the season"],
    ["two events of one name", (s) => s.push({ ...s[0], name: "bf", start: "2026-12-20", end: "2026-12-21" }), "PeakStock settings, season[2].name: is the name of another event of the season"],
    ["a growth of 0", (s) => (s[0].growth = 0), "PeakStock settings, season[1].growth: 0 must be more than 0"],
  ])("refuses %s, naming the field", (_what, spoil, message) => {
    const json = stored();
    spoil(json.season as Record<string, unknown>[]);
    const back = parsed(json);
    expect(!back.ok && back.error.message).toBe(message);
  });
});
