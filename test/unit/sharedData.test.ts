/**
 * test/helpers/sharedData.ts: the shared data is found relative to the repository or through
 * PEAKSTOCK_DATA, and a missing file is an error that says where it looked.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sharedDataFile, sharedDataFolder } from "../helpers/sharedData";

const REPOSITORY = resolve(__dirname, "..", "..");

describe("sharedDataFolder", () => {
  it("is ../shared/data beside the repository when PEAKSTOCK_DATA is not set", () => {
    expect(sharedDataFolder({})).toBe(resolve(REPOSITORY, "..", "shared", "data"));
    expect(sharedDataFolder({ PEAKSTOCK_DATA: "  " })).toBe(resolve(REPOSITORY, "..", "shared", "data"));
  });

  it("is PEAKSTOCK_DATA when it is set", () => {
    expect(sharedDataFolder({ PEAKSTOCK_DATA: "/somewhere/else" })).toBe(resolve("/somewhere/else"));
  });
});

describe("sharedDataFile", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "peakstock-data-"));
    mkdirSync(join(folder, "m5-tiny"));
    writeFileSync(join(folder, "m5-tiny", "sales_wide.csv"), "id\n");
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("returns the file inside PEAKSTOCK_DATA", () => {
    expect(sharedDataFile("m5-tiny/sales_wide.csv", { PEAKSTOCK_DATA: folder })).toBe(join(folder, "m5-tiny", "sales_wide.csv"));
  });

  it("throws a message naming the path it looked at and PEAKSTOCK_DATA", () => {
    const missing = join(folder, "nothing-here");
    expect(() => sharedDataFile("m5-tiny/sales_wide.csv", { PEAKSTOCK_DATA: missing })).toThrow(
      `Shared data not found: looked for ${join(missing, "m5-tiny", "sales_wide.csv")} (data folder ${missing}, from PEAKSTOCK_DATA)`,
    );
  });

  it("says it used the default folder when PEAKSTOCK_DATA is not set", () => {
    expect(() => sharedDataFile("no-such-file.csv", {})).toThrow(
      `looked for ${resolve(REPOSITORY, "..", "shared", "data", "no-such-file.csv")} (data folder ${resolve(REPOSITORY, "..", "shared", "data")}, from the default ../shared/data beside the repository)`,
    );
  });

  it("finds the real M5 data the suites read (they fail, not skip, without it)", () => {
    expect(sharedDataFile("m5-tiny/sales_wide.csv")).toMatch(/m5-tiny[\\/]sales_wide\.csv$/);
  });
});
