import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import { capacityText, initialForm } from "../../../src/taskpane/planForm";
import { readNumberText, splitDates, validateForm } from "../../../src/taskpane/validateForm";
import { DEMO_POLICY, demoForm } from "./formFixtures";

describe("readNumberText", () => {
  it.each([
    ["0.15", 0.15],
    [" 15% ", 0.15],
    ["0,15", 0.15],
    ["1e3", 1000],
    [".5", 0.5],
    ["", null],
  ])("reads %p as %p", (text, value) => {
    expect(readNumberText(text, true)).toEqual({ ok: true, value });
  });

  it("refuses text, and a % sign where percentages are not allowed", () => {
    expect(readNumberText("abc").ok).toBe(false);
    expect(readNumberText("15%").ok).toBe(false);
    expect(readNumberText("1,000.5").ok).toBe(false);
  });
});

describe("splitDates", () => {
  it("splits on commas, semicolons, spaces and Chinese commas", () => {
    expect(splitDates("2024-11-29, 2025-11-28；2023-11-24\n2022-11-25")).toEqual(["2024-11-29", "2025-11-28", "2023-11-24", "2022-11-25"]);
    expect(splitDates("  ")).toEqual([]);
  });
});

describe("validateForm", () => {
  it("turns the demo's form back into its policy and the lanes", () => {
    const check = validateForm(demoForm());
    expect(check.fields).toEqual({});
    expect(check.valid).toBe(true);
    expect(check.policy).toEqual(DEMO_POLICY);
    expect(check.laneList).toEqual(DEFAULT_LANES);
  });

  it("reads the inbound cut-off, and refuses one after the event's first day at its field", () => {
    expect(validateForm(demoForm({ event: { cutOff: "2026-10-30" } })).policy?.inboundCutOff).toBe(46325); // hand: 46353 − 28
    expect(validateForm(demoForm({ event: { cutOff: " " } })).policy).not.toHaveProperty("inboundCutOff");
    const late = validateForm(demoForm({ event: { cutOff: "2026-11-28" } }));
    expect(late.fields.cutOff).toEqual({ key: "errCutOffAfterStart", values: { date: "2026-11-28", start: "2026-11-27" }, severity: "error" });
    expect(late.policy).toBeNull();
    expect(validateForm(demoForm({ event: { cutOff: "end of Oct" } })).fields.cutOff).toEqual({ key: "errBadDate", values: { value: "end of Oct" }, severity: "error" });
  });

  it("reads percentages and a capacity", () => {
    const check = validateForm(demoForm({ policy: { buffer: "20%", serviceA: "99%", capacity: "3000" } }));
    expect(check.policy).toMatchObject({ bufferPct: 0.2, serviceLevelByClass: { A: 0.99 }, capacityCubicFeet: 3000 });
  });

  it("reads a capacity per destination as the Event sheet writes it, and refuses one it cannot read", () => {
    const check = validateForm(demoForm({ policy: { capacity: "3000; Amazon DE: 1,200" } }));
    expect(check.policy).toMatchObject({ capacityCubicFeet: 3000, capacityByDestination: { "Amazon DE": 1200 } });
    const bad = validateForm(demoForm({ policy: { capacity: "Amazon DE: 0" } }));
    expect(bad.fields.capacity).toEqual({ key: "errCapacity", values: { value: "Amazon DE: 0" }, severity: "error" });
    expect(bad.policy).toBeNull();
  });

  it("shows a stored capacity per destination in the field and reads it back the same", () => {
    const policy = { ...DEMO_POLICY, capacityCubicFeet: 3000, capacityByDestination: { "Amazon DE": 1200, "3PL LA": 800.5 } };
    expect(capacityText(policy)).toBe("3000; Amazon DE: 1200; 3PL LA: 800.5");
    expect(capacityText({})).toBe("");
    expect(validateForm(initialForm(policy, DEFAULT_LANES, "defaults")).policy).toEqual(policy);
  });

  it("carries the Event sheet's DepositPct through the form to the plan's policy, which the pane does not show", () => {
    const policy = { ...DEMO_POLICY, depositPct: 0.4 };
    expect(validateForm(initialForm(policy, DEFAULT_LANES, "defaults")).policy?.depositPct).toBe(0.4);
    expect(validateForm(initialForm(DEMO_POLICY, DEFAULT_LANES, "defaults")).policy?.depositPct).toBeUndefined();
  });

  it("keeps a lane's destination, and a blank one as none (a lane to every destination)", () => {
    const form = demoForm();
    const lanes = [{ ...form.lanes[0], destination: " 3PL Los Angeles " }, { ...form.lanes[3], destination: "" }];
    const { destination: _none, ...air } = DEFAULT_LANES[3];
    expect(validateForm({ ...form, lanes }).laneList).toEqual([{ ...DEFAULT_LANES[0], destination: "3PL Los Angeles" }, air]);
  });

  it("puts an end before the start at the end field", () => {
    const check = validateForm(demoForm({ event: { end: "2026-11-20" } }));
    expect(check.fields.end).toEqual({ key: "errEndBeforeStart", values: { end: "2026-11-20", start: "2026-11-27" }, severity: "error" });
    expect(check.valid).toBe(false);
    expect(check.policy).toBeNull();
  });

  it("warns (only) of a plan date after the event or during it: the policy stays, so the Replay step can replay it", () => {
    const after = validateForm(demoForm({ event: { planDate: "2026-12-01" } }));
    expect(after.fields.planDate).toEqual({
      key: "warnPlanAfterEvent", values: { planDate: "2026-12-01", end: "2026-11-30" }, severity: "warning",
    });
    expect(after.valid).toBe(true);
    expect(after.policy && after.policy.planDate - after.policy.end).toBe(1); // 2026-12-01 − 2026-11-30
    const during = validateForm(demoForm({ event: { planDate: "2026-11-28" } }));
    expect(during.fields.planDate).toEqual({ key: "warnPlanDuringEvent", severity: "warning" });
    expect(during.valid).toBe(true);
  });

  it.each(["0", "1", "1.5", "-0.2", "98"])("refuses a service level of %s (outside (0, 1))", (level) => {
    expect(validateForm(demoForm({ policy: { serviceB: level } })).fields.serviceB).toEqual({ key: "errServiceLevel", severity: "error" });
  });

  it("names each kind of bad number", () => {
    const check = validateForm(demoForm({ policy: { buffer: "abc", contingency: "1.2", growth: "0", coverDays: "2.5", capacity: "" }, event: { receivingDays: "" } }));
    expect(check.fields).toEqual({
      buffer: { key: "errNumber", values: { value: "abc" }, severity: "error" },
      contingency: { key: "errFraction", severity: "error" },
      growth: { key: "errPositive", severity: "error" },
      coverDays: { key: "errWholeDays", severity: "error" },
      receivingDays: { key: "errRequired", severity: "error" },
    });
  });

  it("checks the dates as typed and the past starts against the start", () => {
    expect(validateForm(demoForm({ event: { start: "next friday" } })).fields.start).toEqual({ key: "errBadDate", values: { value: "next friday" }, severity: "error" });
    expect(validateForm(demoForm({ event: { pastStarts: "2025-11-28, 2026-11-27" } })).fields.pastStarts).toEqual({
      key: "errPastStartNotBefore", values: { date: "2026-11-27", start: "2026-11-27" }, severity: "error",
    });
    expect(validateForm(demoForm({ event: { pastStarts: "2025-11-28 2024-11-29 2025-11-28" } })).policy?.pastEventStarts).toEqual([45625, 45989]); // hand: sorted, repeat dropped
  });

  it("warns when the Sales sheet has no sales for the marketplace", () => {
    const check = validateForm(demoForm({ event: { marketplace: "Amazon DE" } }), { salesMarketplaces: ["Amazon US", "Walmart"] });
    expect(check.fields.marketplace).toEqual({ key: "warnMarketplaceUnknown", values: { value: "Amazon DE", list: "Amazon US, Walmart" }, severity: "warning" });
    expect(check.valid).toBe(true);
    expect(validateForm(demoForm({ event: { marketplace: "amazon us" } }), { salesMarketplaces: ["Amazon US"] }).fields.marketplace).toBeUndefined();
  });

  it("checks every lane cell and names the row", () => {
    const form = demoForm();
    const lanes = form.lanes.map((l, i) => (i === 1 ? { ...l, transitDaysWorst: "3" } : i === 2 ? { ...l, name: "Sea FCL → US West" } : i === 3 ? { ...l, ratePerKg: "x", volumetricDivisor: "0" } : l));
    const check = validateForm({ ...form, lanes });
    expect(check.lanes.map((p) => [p.row, p.column, p.message.key])).toEqual([
      [2, "transitDaysWorst", "errWorstBelowTypical"],
      [3, "name", "errDuplicateLane"],
      [4, "ratePerKg", "errNumber"],
      [4, "volumetricDivisor", "errPositive"],
    ]);
    expect(check.laneList).toBeNull();
    expect(check.valid).toBe(false);
    expect(check.policy).not.toBeNull(); // the event and policy are fine on their own
  });

  it("fills blank optional lane cells as the Lanes sheet does, and needs at least one lane", () => {
    const form = demoForm();
    const air = { ...form.lanes[3], transitDaysWorst: "", handlingDays: "", minCharge: "", volumetricDivisor: "" };
    expect(validateForm({ ...form, lanes: [air] }).laneList).toEqual([{ ...DEFAULT_LANES[3], transitDaysWorst: 5, handlingDays: 0, minCharge: 0, volumetricDivisor: 6000 }]);
    const none = validateForm({ ...form, lanes: [] });
    expect(none.lanesMessage).toEqual({ key: "errNoLanes" });
    expect(none.valid).toBe(false);
  });
});
