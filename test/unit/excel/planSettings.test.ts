import { isoFromSerial } from "../../../src/engine/dates";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { serialFromYmd } from "../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import type { EventPolicy } from "../../../src/engine/plan/types";
import { EVENT_DEFAULTS } from "../../../src/engine/workbook/readEventSheet";
import { PLAN_SETTINGS_VERSION, parseSettings, serializeSettings, settingsBody, type PlanSettings } from "../../../src/excel/planSettings";

const POLICY: EventPolicy = Object.freeze({
  ...EVENT_DEFAULTS,
  name: "Black Friday / Cyber Monday 2026",
  marketplace: "Amazon US",
  start: serialFromYmd(2026, 11, 27),
  end: serialFromYmd(2026, 11, 30),
  planDate: serialFromYmd(2026, 9, 15),
  pastEventStarts: [serialFromYmd(2024, 11, 29), serialFromYmd(2025, 11, 28)],
  capacityCubicFeet: 3000,
});

const SETTINGS: PlanSettings = Object.freeze({
  preset: "bfcm",
  sources: { Sales: "Sales 2026", Lanes: "My lanes" },
  policy: POLICY,
  lanes: [DEFAULT_LANES[0], { ...DEFAULT_LANES[3], allowsSensitive: true }],
  watchSheet: "Last week",
});

/** The stored JSON, as an object to change one field of. */
function stored(settings: PlanSettings = SETTINGS): Record<string, unknown> {
  return JSON.parse(serializeSettings(settings)) as Record<string, unknown>;
}

function parseChanged(change: (json: Record<string, Record<string, unknown>>) => void) {
  const json = stored() as Record<string, Record<string, unknown>>;
  change(json);
  return parseSettings(JSON.stringify(json));
}

describe("serializeSettings", () => {
  it("writes versioned JSON with dates as ISO text a colleague can read", () => {
    const json = stored();
    expect(json.app).toBe("PeakStock");
    expect(json.version).toBe(PLAN_SETTINGS_VERSION);
    expect(json.event).toMatchObject({ start: "2026-11-27", end: "2026-11-30", planDate: "2026-09-15", pastStarts: ["2024-11-29", "2025-11-28"] });
    expect(json.sources).toEqual({ Sales: "Sales 2026", Lanes: "My lanes" });
    expect((json.policy as Record<string, unknown>).capacityCubicFeet).toBe(3000);
    expect((json.policy as Record<string, unknown>).upliftOverride).toBeNull();
  });
});

describe("parseSettings", () => {
  it("keeps a plan date after the event as stored (the pane warns; planning refuses it, a replay uses it)", () => {
    const back = parseChanged((j) => (j.event.planDate = "2026-12-01"));
    expect(back.ok && isoFromSerial(back.value.policy.planDate)).toBe("2026-12-01");
  });

  it("reads back what serializeSettings wrote", () => {
    const back = parseSettings(serializeSettings(SETTINGS));
    expect(back).toEqual({ ok: true, value: SETTINGS });
  });

  it("round-trips any valid policy numbers (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.double({ min: 1, max: 1e6, noNaN: true }), { nil: undefined }),
        (level, buffer, cover, capacity) => {
          const { capacityCubicFeet: _c, ...rest } = POLICY;
          const policy: EventPolicy = { ...rest, serviceLevelByClass: { A: level, B: level, C: level }, bufferPct: buffer, coverDaysAfter: cover, ...(capacity !== undefined ? { capacityCubicFeet: capacity } : {}) };
          const settings: PlanSettings = { ...SETTINGS, policy, lanes: null, watchSheet: null };
          const back = parseSettings(serializeSettings(settings));
          return back.ok && isDeepStrictEqual(back.value, settings);
        },
      ),
    );
  });

  it("fills what an older or hand-made text leaves out from the Event sheet's defaults", () => {
    const back = parseSettings('{"version":1,"event":{"start":"2026-11-27","end":"2026-11-30","planDate":"2026-09-15"}}');
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value).toEqual({
      preset: "custom",
      sources: {},
      policy: { ...EVENT_DEFAULTS, start: 46353, end: 46356, planDate: 46280, pastEventStarts: [] }, // hand: 2026-11-27 = 46353 (dates.ts example), 2026-09-15 = 46280
      lanes: null,
      watchSheet: null,
    });
  });

  it("keeps the purchase orders' deposit share, and a policy without one stays without", () => {
    const back = parseSettings(serializeSettings({ ...SETTINGS, policy: { ...POLICY, depositPct: 0.5 } }));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.policy.depositPct).toBe(0.5);
    const none = parseSettings(serializeSettings({ ...SETTINGS, policy: POLICY }));
    if (!none.ok) throw new Error(none.error.message);
    expect(none.value.policy.depositPct).toBeUndefined();
  });

  it("keeps each lane's destination, the capacity per destination and the overage and 3PL costs", () => {
    const policy: EventPolicy = { ...POLICY, capacityByDestination: { "Amazon US": 5000, "Amazon DE": 2000 }, overageFeePerCubicFoot: 9.06, threePlCostPerCubicFoot: 4 };
    const lanes = [DEFAULT_LANES[0], { ...DEFAULT_LANES[3], name: "Air → 3PL LA", destination: "3PL Los Angeles" }, { ...DEFAULT_LANES[4], destination: undefined }];
    const { destination: _none, ...laneWithout } = DEFAULT_LANES[4];
    const back = parseSettings(serializeSettings({ ...SETTINGS, policy, lanes }));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.policy).toEqual(policy);
    expect(back.value.lanes).toEqual([DEFAULT_LANES[0], lanes[1], laneWithout]);
    expect(DEFAULT_LANES[0].destination).toBe("Amazon US");
  });

  it("migrates version 1 lanes: a built-in lane's name gives its destination, any other lane has none", () => {
    const json = stored({ ...SETTINGS, lanes: [DEFAULT_LANES[0], { ...DEFAULT_LANES[3], name: "My air" }] }) as Record<string, unknown>;
    json.version = 1;
    for (const lane of json.lanes as Record<string, unknown>[]) delete lane.destination;
    (json.lanes as Record<string, unknown>[])[0].name = "sea fcl → us west"; // names match without case
    const back = parseSettings(JSON.stringify(json));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.lanes?.map((l) => [l.name, l.destination])).toEqual([["sea fcl → us west", "Amazon US"], ["My air", undefined]]);
  });

  it("refuses a capacity per destination that is not more than 0", () => {
    const back = parseChanged((j) => (j.policy.capacityByDestination = { "Amazon DE": 0 }));
    expect(!back.ok && back.error.message).toBe("PeakStock settings, policy.capacityByDestination.Amazon DE: 0 must be more than 0");
  });

  it("keeps the marketplace's inbound cut-off as ISO text, and reads it back", () => {
    const settings: PlanSettings = { ...SETTINGS, policy: { ...POLICY, inboundCutOff: serialFromYmd(2026, 10, 30) } };
    const json = stored(settings);
    expect((json.event as Record<string, unknown>).inboundCutOff).toBe("2026-10-30");
    expect((stored().event as Record<string, unknown>).inboundCutOff).toBeNull();
    expect(parseSettings(serializeSettings(settings))).toEqual({ ok: true, value: settings });
  });

  it("refuses a stored cut-off after the event's start, naming the field", () => {
    const back = parseChanged((j) => {
      j.event.inboundCutOff = "2026-11-28";
    });
    expect(back.ok ? "" : back.error.message).toBe("PeakStock settings, event.inboundCutOff: 2026-11-28 is after the event's start (2026-11-27)");
  });

  it("ignores fields it does not know", () => {
    const back = parseChanged((j) => {
      j.policy.futureOption = { x: 1 };
      (j as Record<string, unknown>).note = "from a newer build";
    });
    expect(back.ok).toBe(true);
  });

  it.each([
    ["not JSON", "{version: 1", "PeakStock settings: the stored text is not JSON"],
    ["a JSON list", "[1, 2]", "PeakStock settings: the stored JSON is not an object"],
    ["no version", '{"event":{}}', "PeakStock settings, version: is missing"],
    ["a newer version", '{"version":4,"event":{}}', "PeakStock settings, version: 4 was written by a newer PeakStock (this one reads up to 3); update the add-in"],
    ["no event", '{"version":1}', "PeakStock settings, event: is missing"],
  ])("refuses %s", (_what, text, message) => {
    const back = parseSettings(text);
    expect(!back.ok && back.error.message).toBe(message);
  });

  it.each<[string, (j: Record<string, Record<string, unknown>>) => void, string, string]>([
    ["a bad date", (j) => (j.event.start = "27/13/2026"), "BAD_DATE", "PeakStock settings, event.start: '27/13/2026' is not a date (yyyy-mm-dd)"],
    ["an end before the start", (j) => (j.event.end = "2026-11-20"), "INCONSISTENT_INPUT", "PeakStock settings, event.end: 2026-11-20 is before the start (2026-11-27)"],
    ["a past start after this start", (j) => (j.event.pastStarts = ["2025-11-28", "2026-11-27"]), "INCONSISTENT_INPUT", "PeakStock settings, event.pastStarts[2]: 2026-11-27 is not before the event's start (2026-11-27)"],
    ["a service level of 1", (j) => ((j.policy.serviceLevel as Record<string, number>).B = 1), "OUT_OF_RANGE", "PeakStock settings, policy.serviceLevel.B: 1 must be less than 1"],
    ["a buffer above 1", (j) => (j.policy.bufferPct = 1.5), "OUT_OF_RANGE", "PeakStock settings, policy.bufferPct: 1.5 is more than 1"],
    ["text for a number", (j) => (j.policy.growth = "1.2"), "NOT_A_NUMBER", "PeakStock settings, policy.growth: '1.2' is not a number"],
    ["half a day", (j) => (j.event.receivingDays = 2.5), "OUT_OF_RANGE", "PeakStock settings, event.receivingDays: 2.5 is not a whole number"],
    ["an unknown method", (j) => (j.policy.safetyStockMethod = "GUESS"), "OUT_OF_RANGE", "PeakStock settings, policy.safetyStockMethod: 'GUESS' is not one of MAXAVG, SERVICE"],
    ["a zero capacity", (j) => (j.policy.capacityCubicFeet = 0), "OUT_OF_RANGE", "PeakStock settings, policy.capacityCubicFeet: 0 must be more than 0"],
    ["an unknown lane mode", (j) => ((j as unknown as { lanes: Record<string, unknown>[] }).lanes[1].mode = "truck"), "OUT_OF_RANGE", "PeakStock settings, lanes[2].mode: 'truck' is not one of sea, fast-sea, rail, air, express"],
    ["a worst case below typical", (j) => ((j as unknown as { lanes: Record<string, unknown>[] }).lanes[0].transitDaysWorst = 3), "OUT_OF_RANGE", "PeakStock settings, lanes[1].transitDaysWorst: 3 is less than 30"],
    ["two lanes of one name", (j) => ((j as unknown as { lanes: Record<string, unknown>[] }).lanes[1].name = "sea fcl → us west"), "DUPLICATE_KEY", "PeakStock settings, lanes[2].name: 'sea fcl → us west' appears twice; lane names must be unique"],
  ])("names the field of %s", (_what, change, code, message) => {
    const back = parseChanged(change);
    expect(back.ok).toBe(false);
    if (!back.ok) {
      expect(back.error.code).toBe(code);
      expect(back.error.message).toBe(message);
    }
  });

  it("never throws, whatever the text (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => typeof parseSettings(text).ok === "boolean"));
  });
});

describe("the time the pane saved the settings", () => {
  it("is stored and read back, and left out of the body the pane compares", () => {
    const saved = { ...SETTINGS, savedAt: "2026-09-14T08:30:00.000Z" };
    const r = parseSettings(serializeSettings(saved));
    expect(r.ok && r.value.savedAt).toBe("2026-09-14T08:30:00.000Z");
    expect(settingsBody(saved)).toBe(serializeSettings(SETTINGS));
    expect(stored(SETTINGS).savedAt).toBeUndefined();
  });

  it("is only information: an unreadable one is left out, the settings still read", () => {
    for (const bad of ["yesterday", 20260914, "2026-09-14"]) {
      const r = parseSettings(JSON.stringify({ ...stored(), savedAt: bad }));
      expect(r.ok && [r.value.savedAt, r.value.policy.start]).toEqual([undefined, POLICY.start]);
    }
  });
});
