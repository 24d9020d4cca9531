/**
 * scripts/check-functions-metadata.js: the custom-function metadata rules Microsoft documents
 * (custom-functions-naming, custom-functions-json, the metadata generator's specification), run
 * on the metadata this build generates in both languages, and on crafted bad metadata to prove
 * each rule reports its case. The build runs the same check (LocalizeFunctionsPlugin).
 */
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const load = createRequire(join(ROOT, "package.json"));

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  result: Record<string, unknown>;
  parameters: Record<string, unknown>[];
  [key: string]: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
}

const { checkFunctionsMetadata, isCellReference } = load("./scripts/check-functions-metadata.js") as {
  checkFunctionsMetadata(metadata: unknown, file: string): string[];
  isCellReference(name: string): boolean;
};
const { EXCEL_WORKSHEET_FUNCTIONS, EXCEL4_MACRO_FUNCTIONS } = load("./scripts/excel-reserved-names.js") as {
  EXCEL_WORKSHEET_FUNCTIONS: readonly string[];
  EXCEL4_MACRO_FUNCTIONS: readonly string[];
};
const { buildLocalizedMetadata } = load("./scripts/localize-functions-metadata.js") as {
  buildLocalizedMetadata(english: Metadata, strings: unknown): { chinese?: Metadata; problems: string[] };
};
const { FUNCTION_SOURCES } = load("./webpack.config.js") as { FUNCTION_SOURCES: readonly string[] };
const strings = load("./src/functions/functions.zh-CN.strings.json") as Record<string, { name: string; description: string; parameters: Record<string, [string, string]> }>;

/** One well-formed function; each test breaks one thing in a copy. */
function sample(): Metadata {
  return {
    functions: [
      {
        id: "SAFETYSTOCK",
        name: "SAFETYSTOCK",
        description: "Safety stock in units.",
        helpUrl: "https://localhost:3000/help.html#safetystock",
        result: { type: "number" },
        parameters: [
          { name: "daily_sales", description: "Units sold per day.", type: "any", dimensionality: "matrix" },
          { name: "lead_time_days", description: "Lead time in days.", type: "any", optional: true },
        ],
      },
      { id: "SHIPBY", name: "SHIPBY", description: "Last day to ship.", result: { type: "number" }, parameters: [] },
    ],
  };
}

function withFirst(change: (fn: FunctionMetadata) => void): Metadata {
  const metadata = sample();
  change(metadata.functions[0]);
  return metadata;
}

let english: Metadata;
let chinese: Metadata | undefined;
let buildProblems: string[];

beforeAll(async () => {
  const generator = createRequire(load.resolve("custom-functions-metadata-plugin"))("custom-functions-metadata") as {
    generateCustomFunctionsMetadata(input: string[], wantConsoleOutput?: boolean): Promise<{ errors: string[]; metadataJson: string }>;
  };
  const generated = await generator.generateCustomFunctionsMetadata(FUNCTION_SOURCES.map((file) => join(ROOT, file)), false);
  english = JSON.parse(generated.metadataJson) as Metadata;
  ({ chinese, problems: buildProblems } = buildLocalizedMetadata(english, strings));
}, 60_000);

describe("the metadata this build generates", () => {
  it("passes every rule in English and in Chinese", () => {
    expect(buildProblems).toEqual([]);
    expect(checkFunctionsMetadata(english, "functions.json")).toEqual([]);
    expect(checkFunctionsMetadata(chinese, "functions.zh-CN.json")).toEqual([]);
  });

  it("names no function like an Excel built-in or Excel 4.0 macro function, and keeps every id", () => {
    const byId = Object.fromEntries(english.functions.map((fn) => [fn.id, fn.name]));
    expect(byId.FORECAST).toBe("DEMANDFORECAST");
    expect(byId.ALERT).toBe("SALESALERT");
    expect(english.functions.map((fn) => fn.id)).toEqual(expect.arrayContaining(["FORECAST", "ALERT"]));
    const reserved = new Set([...EXCEL_WORKSHEET_FUNCTIONS, ...EXCEL4_MACRO_FUNCTIONS]);
    for (const fn of [...english.functions, ...(chinese?.functions ?? [])]) expect(reserved.has(fn.name.toUpperCase())).toBe(false);
  });

  it("gives ALERT a Chinese name of at least three characters and no result description", () => {
    const alert = chinese?.functions.find((fn) => fn.id === "ALERT");
    expect(alert?.name).toBe("销量预警");
    for (const fn of chinese?.functions ?? []) expect(Object.keys(fn.result).sort()).toEqual(Object.keys(english.functions.find((e) => e.id === fn.id)?.result ?? {}).sort());
  });
});

describe("checkFunctionsMetadata on crafted bad metadata", () => {
  it("accepts the well-formed sample", () => {
    expect(checkFunctionsMetadata(sample(), "f.json")).toEqual([]);
  });

  it("reports a name of two characters, as the old Chinese ALERT was (预警)", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "预警")), "functions.zh-CN.json")).toEqual([
      'functions.zh-CN.json: SAFETYSTOCK name "预警" has 2 characters; Excel needs at least 3 [naming]',
    ]);
  });

  it("reports an id of two characters", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.id = "SS")), "f.json")).toEqual(['f.json: SS id "SS" has 2 characters; Excel needs at least 3 [naming]']);
  });

  it("reports a name over 128 characters", () => {
    const long = "A".repeat(129);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = long)), "f.json")).toEqual([`f.json: SAFETYSTOCK name "${long}" has 129 characters; at most 128 are allowed [spec]`]);
  });

  it("reports a duplicate name (case-insensitively) and a duplicate id", () => {
    const sameName = sample();
    sameName.functions[1].name = "SafetyStock";
    expect(checkFunctionsMetadata(sameName, "f.json")).toEqual(['f.json: name "SAFETYSTOCK" is used by SAFETYSTOCK and SHIPBY; Excel shows #REF! for a clash [naming]']);
    const sameId = sample();
    sameId.functions[1].id = "SAFETYSTOCK";
    expect(checkFunctionsMetadata(sameId, "f.json")).toEqual(['f.json: id "SAFETYSTOCK" is used by 2 functions [json]']);
  });

  it("reports characters a name may not have, and a name that does not start with a letter", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "SAFETY-STOCK")), "f.json")).toEqual([
      "f.json: SAFETYSTOCK name \"SAFETY-STOCK\" has characters Excel does not allow in a name: '-' (letters, '_' and '.' only) [naming]",
    ]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "安全 库存")), "f.json")).toEqual([
      "f.json: SAFETYSTOCK name \"安全 库存\" has characters Excel does not allow in a name: ' ' (letters, '_' and '.' only) [naming]",
    ]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "_STOCK")), "f.json")).toEqual(['f.json: SAFETYSTOCK name "_STOCK" must start with a letter [naming]']);
  });

  it("reports an id with a bad character or not starting with a letter", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.id = "SAFETY-STOCK")), "f.json")).toEqual(["f.json: SAFETY-STOCK id \"SAFETY-STOCK\" may use only A–Z, 0–9, '_' and '.' [naming]"]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.id = "9LIVES")), "f.json")).toEqual(['f.json: 9LIVES id "9LIVES" must start with a letter A–Z [naming]']);
  });

  it("reports an Excel built-in worksheet function and an Excel 4.0 macro function as names", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "FORECAST")), "f.json")).toEqual(['f.json: SAFETYSTOCK name "FORECAST" is an Excel built-in worksheet function [ours]']);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "alert")), "f.json")).toEqual(['f.json: SAFETYSTOCK name "alert" is an Excel 4.0 macro function [naming]']);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "XLOOKUP")), "f.json")).toEqual(['f.json: SAFETYSTOCK name "XLOOKUP" is an Excel built-in worksheet function [ours]']);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "ECHO")), "f.json")).toEqual(['f.json: SAFETYSTOCK name "ECHO" is an Excel 4.0 macro function [naming]']);
  });

  it("reports a name that is a cell reference", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.name = "ABC12")), "f.json")).toEqual([
      "f.json: SAFETYSTOCK name \"ABC12\" has characters Excel does not allow in a name: '1' '2' (letters, '_' and '.' only) [naming]",
      'f.json: SAFETYSTOCK name "ABC12" is a cell reference [naming]',
    ]);
  });

  it("reports a result description and other undocumented properties", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.result = { type: "number", description: "件" })), "f.json")).toEqual([
      'f.json: SAFETYSTOCK result has the undocumented property "description" [json]',
    ]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.category = "Stock")), "f.json")).toEqual(['f.json: SAFETYSTOCK has the undocumented property "category" [json]']);
  });

  it("reports a missing or overlong description, of a function or a parameter", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.description = " ")), "f.json")).toEqual(["f.json: SAFETYSTOCK has no description [ours]"]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.description = "说".repeat(256))), "f.json")).toEqual(["f.json: SAFETYSTOCK description has 256 characters; at most 255 [ours]"]);
    expect(checkFunctionsMetadata(withFirst((fn) => delete fn.parameters[1].description), "f.json")).toEqual(["f.json: SAFETYSTOCK parameter 2 (lead_time_days) has no description [ours]"]);
  });

  it("reports a parameter name used twice, blank or with a space, and a bad dimensionality or type", () => {
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.parameters[1].name = "DAILY_SALES")), "f.json")).toEqual([
      'f.json: SAFETYSTOCK parameter 2 (DAILY_SALES): the name "DAILY_SALES" is used twice in SAFETYSTOCK [ours]',
    ]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.parameters[0].name = "")), "f.json")).toEqual(["f.json: SAFETYSTOCK parameter 1 () has no name [json]"]);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.parameters[0].name = "daily sales")), "f.json")).toEqual(['f.json: SAFETYSTOCK parameter 1 (daily sales) name "daily sales" contains a space [ours]']);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.parameters[0].dimensionality = "vector")), "f.json")).toEqual(['f.json: SAFETYSTOCK parameter 1 (daily_sales) dimensionality "vector" is not scalar or matrix [json]']);
    expect(checkFunctionsMetadata(withFirst((fn) => (fn.parameters[0].type = "date")), "f.json")).toEqual(['f.json: SAFETYSTOCK parameter 1 (daily_sales) type "date" is not boolean, number, string or any [json]']);
  });

  it("reports a file without a functions array", () => {
    expect(checkFunctionsMetadata({}, "f.json")).toEqual(['f.json: has no "functions" array [json]']);
  });
});

describe("isCellReference", () => {
  it.each([
    ["A1", true], ["XFD1048576", true], ["ab12", true], ["R1C1", true], ["R1048576C16384", true],
    ["XFE1", false], ["A1048577", false], ["R1C16385", false], ["ABC", false], ["CBM", false], ["A0", false],
  ])("%s → %s", (name, expected) => {
    expect(isCellReference(name)).toBe(expected);
  });
});

describe("the build's localization step", () => {
  it("fails on a Chinese name of two characters (the old 预警) and on a stale result translation", () => {
    const bad = { ...strings, ALERT: { ...strings.ALERT, name: "预警" } };
    expect(buildLocalizedMetadata(english, bad).problems).toEqual(['functions.zh-CN.json: ALERT name "预警" has 2 characters; Excel needs at least 3 [naming]']);
    const withResult = { ...strings, CBM: { ...strings.CBM, result: "体积" } };
    expect(buildLocalizedMetadata(english, withResult).problems.join("\n")).toContain('CBM: "result" has no place in the Chinese metadata');
  });

  it("fails when two functions get the same Chinese name", () => {
    const clash = { ...strings, CUBICFEET: { ...strings.CUBICFEET, name: strings.CBM.name } };
    expect(buildLocalizedMetadata(english, clash).problems).toEqual([`functions.zh-CN.json: name "${strings.CBM.name}" is used by CBM and CUBICFEET; Excel shows #REF! for a clash [naming]`]);
  });
});

describe("the reserved-name lists (scripts/excel-reserved-names.js)", () => {
  it("hold the names the naming guidelines cite and those PeakStock once used", () => {
    for (const name of ["RUN", "ECHO", "ALERT"]) expect(EXCEL4_MACRO_FUNCTIONS).toContain(name);
    for (const name of ["SUM", "FORECAST", "FORECAST.ETS", "XLOOKUP", "EDATE", "AGGREGATE"]) expect(EXCEL_WORKSHEET_FUNCTIONS).toContain(name);
  });

  it("are upper-case names of letters, digits and periods, without repeats", () => {
    for (const list of [EXCEL_WORKSHEET_FUNCTIONS, EXCEL4_MACRO_FUNCTIONS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) expect(name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    }
  });
});
