import { formFromSettings, presetOf, settingsFromForm } from "../../../src/taskpane/formSettings";
import { formReducer } from "../../../src/taskpane/formReducer";
import { validateForm } from "../../../src/taskpane/validateForm";
import { DEMO_POLICY, demoForm } from "./formFixtures";

describe("the form and the stored settings", () => {
  it("stores the policy, the picked sheets and the watch sheet; lanes only when set in the pane", () => {
    const form = formReducer(demoForm(), { type: "setSource", kind: "Sales", sheet: "Sales 2026" });
    const settings = settingsFromForm(form, validateForm(form));
    expect(settings).toEqual({ preset: "bfcm", sources: { Sales: "Sales 2026" }, policy: DEMO_POLICY, lanes: null, watchSheet: null });
    const edited = formReducer(form, { type: "removeLane", key: form.lanes[0].key });
    expect(settingsFromForm(edited, validateForm(edited))?.lanes).toHaveLength(4);
  });

  it("stores nothing while a field is invalid", () => {
    const form = demoForm({ event: { end: "2026-11-01" } });
    expect(settingsFromForm(form, validateForm(form))).toBeNull();
  });

  it("reads stored settings back into the same form", () => {
    const form = formReducer(demoForm(), { type: "removeLane", key: 2 });
    const settings = settingsFromForm(form, validateForm(form));
    if (!settings) throw new Error("invalid");
    const back = formFromSettings(settings, demoForm({ event: { name: "something else" } }));
    expect(back.event).toEqual(form.event);
    expect(back.policy).toEqual(form.policy);
    expect(back.lanes.map((l) => l.name)).toEqual(form.lanes.map((l) => l.name));
    expect(back).toMatchObject({ eventEdited: true, lanesOrigin: "settings" });
  });

  it("reads an unknown preset as custom", () => {
    expect(presetOf("singles-day")).toBe("custom");
    expect(presetOf("618")).toBe("618");
  });
});
