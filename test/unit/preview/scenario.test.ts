import { parseLayout, parseScenario } from "../../../src/preview/scenario";

describe("the preview's query string", () => {
  it("shows the pane alone with layout=pane, and keeps the scenario", () => {
    expect(parseLayout("?scenario=demo&layout=pane")).toBe("pane");
    expect(parseLayout("?layout=PANE")).toBe("pane");
    expect(parseLayout("?scenario=demo")).toBe("side-by-side");
    expect(parseLayout("?layout=grid")).toBe("side-by-side");
    expect(parseScenario("?scenario=bad-units&layout=pane")).toEqual({ kind: "bad-units" });
  });
});
