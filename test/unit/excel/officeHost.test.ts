import { OfficeMockObject } from "office-addin-mock";
import { getActiveWorkbook, PREVIEW_WORKBOOK_KEY } from "../../../src/excel/activeWorkbook";
import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { isExcelReady, officeReady } from "../../../src/excel/officeHost";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";

const globals = globalThis as Record<string, unknown>;

/**
 * An Office global as office-addin-mock builds it. Office's common API (context.displayLanguage,
 * officeTheme) needs no load in Office; the mock wants one, so it is loaded up front.
 */
async function officeMock(host: string | null, context: Record<string, unknown>): Promise<OfficeMockObject> {
  const office = new OfficeMockObject({ onReady: async () => ({ host, platform: "PC" }), context });
  office.load(Object.keys(context).flatMap((key) => (key === "officeTheme" ? ["context/officeTheme/bodyBackgroundColor"] : [`context/${key}`])));
  await office.sync();
  await new Promise((resolve) => setTimeout(resolve, 0)); // the mock updates nested properties a few microtasks after sync resolves
  return office;
}

const excelGlobal = { run: async () => undefined };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  delete globals[PREVIEW_WORKBOOK_KEY];
});

// The order matters: officeReady remembers the host it saw, as the add-in does for its session.
describe("outside Office", () => {
  it("reports no Office host and no workbook, without waiting", async () => {
    expect(typeof Office).toBe("undefined");
    await expect(officeReady()).resolves.toBeNull();
    expect(isExcelReady()).toBe(false);
    expect(getActiveWorkbook()).toBeNull();
  });

  it("gives the browser preview's workbook when one is registered, and ignores anything else there", () => {
    const preview = createMemoryWorkbook({ Sales: [["SKU"]] });
    globals[PREVIEW_WORKBOOK_KEY] = preview;
    expect(getActiveWorkbook()).toBe(preview);
    globals[PREVIEW_WORKBOOK_KEY] = { sheetNames: () => [] };
    expect(getActiveWorkbook()).toBeNull();
  });

  it("reports no host when Office.js runs in a plain browser", async () => {
    globals.Office = await officeMock(null, { displayLanguage: "en-US" });
    await expect(officeReady()).resolves.toBeNull();
    expect(isExcelReady()).toBe(false);
  });
});

describe("inside Excel", () => {
  it("knows Excel from Office.context.host before officeReady has run", async () => {
    globals.Office = await officeMock("Excel", { host: "Excel" });
    expect(isExcelReady()).toBe(false); // no Excel global: Excel.run is not there
    globals.Excel = excelGlobal;
    expect(isExcelReady()).toBe(true);
  });

  it("reports Excel, Office's language and theme once Office.js is ready", async () => {
    globals.Office = await officeMock("Excel", { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#1F1F1F" } });
    globals.Excel = excelGlobal;
    await expect(officeReady()).resolves.toEqual({ host: "Excel", displayLanguage: "zh-CN", theme: expect.objectContaining({ bodyBackgroundColor: "#1F1F1F" }) });
    expect(isExcelReady()).toBe(true);
  });

  it("gives one OfficeWorkbook for the session, even when a preview workbook is registered", () => {
    globals.Office = { context: { host: "Excel" } };
    globals.Excel = excelGlobal;
    globals[PREVIEW_WORKBOOK_KEY] = createMemoryWorkbook();
    const book = getActiveWorkbook();
    expect(book).toBeInstanceOf(OfficeWorkbook);
    expect(getActiveWorkbook()).toBe(book);
  });
});
