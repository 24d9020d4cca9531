import { browserHost, isDarkColour, officeHost, themeIsDark } from "../../../src/taskpane/officeHost";

describe("isDarkColour", () => {
  it("tells dark from light backgrounds by relative luminance", () => {
    // WCAG relative luminance: #262626 → 0.019 (dark); #FFFFFF → 1 (light); #767676 → 0.181 (dark)
    expect(isDarkColour("#262626")).toBe(true);
    expect(isDarkColour("#FFFFFF")).toBe(false);
    expect(isDarkColour("767676")).toBe(true);
    // #BBBBBB → 0.497 (dark, just); #BCBCBC → 0.503 (light)
    expect(isDarkColour("#BBBBBB")).toBe(true);
    expect(isDarkColour("#BCBCBC")).toBe(false);
  });

  it("is undefined for anything that is not #rrggbb", () => {
    expect(isDarkColour(undefined)).toBeUndefined();
    expect(isDarkColour("white")).toBeUndefined();
  });
});

describe("themeIsDark", () => {
  it("trusts Office's isDarkTheme flag over the background colour", () => {
    expect(themeIsDark({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, true)).toBe(false);
  });

  it("reads the background colour when there is no flag, else keeps the fallback", () => {
    expect(themeIsDark({ bodyBackgroundColor: "#1F1F1F" }, false)).toBe(true);
    expect(themeIsDark(undefined, true)).toBe(true);
  });
});

describe("officeHost", () => {
  it("answers with the browser's view when Office.js is not on the page", async () => {
    // jest runs in node: no Office global, no window.
    expect(typeof Office).toBe("undefined");
    await expect(officeHost()).resolves.toEqual(browserHost());
    expect(browserHost()).toEqual({ inOffice: false, displayLanguage: undefined, dark: false });
  });
});

describe("officeHost inside Office", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it("answers with Office's language and theme once Office.onReady reports a host", async () => {
    // Office.js's calls live in src/excel/officeHost.ts; this checks the pane's HostInfo built from them.
    globals.Office = {
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#1F1F1F" } }, // hand: luminance 0.014 → dark
    };
    await expect(officeHost()).resolves.toEqual({ inOffice: true, displayLanguage: "zh-CN", dark: true });
  });

  it("keeps the browser's view when Office.js runs outside an Office host", async () => {
    globals.Office = { onReady: async () => ({ host: null, platform: null }), context: {} };
    await expect(officeHost()).resolves.toEqual(browserHost());
  });
});
