/**
 * functions.json as the build generates it from the JSDoc of the PEAK functions, and
 * functions.zh-CN.json made from it: every function with its parameters, the Chinese
 * metadata matching it id for id, nothing volatile.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import * as functions from "../../../src/functions/functions";

const ROOT = join(__dirname, "..", "..", "..");
const load = createRequire(join(ROOT, "package.json"));

interface Parameter {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl?: string;
  readonly options?: { readonly volatile?: boolean };
  readonly result: { readonly dimensionality?: string; readonly description?: string };
  readonly parameters: readonly Parameter[];
}
interface Metadata {
  readonly functions: readonly FunctionMetadata[];
}
interface GenerateResult {
  readonly errors: readonly string[];
  readonly metadataJson: string;
  readonly associate: readonly { readonly id: string; readonly functionName: string }[];
}

const { FUNCTION_SOURCES } = load("./webpack.config.js") as { FUNCTION_SOURCES: readonly string[] };
const { localizeMetadata, renderFunctionReference } = load("./scripts/localize-functions-metadata.js") as {
  localizeMetadata(metadata: Metadata, strings: unknown): Metadata;
  renderFunctionReference(metadata: Metadata, anchorPrefix: string): string;
};
const strings = load("./src/functions/functions.zh-CN.strings.json") as Record<string, { parameters: Record<string, [string, string]> }>;

/** Signature shorthand: `name[]` a range, `name?` optional. */
const EXPECTED: Record<string, string> = {
  SAFETYSTOCK: "daily_sales[] lead_time_days[] max_lead_time_days? method? service_level?",
  REORDERPOINT: "daily_sales[] lead_time_days[] max_lead_time_days? method? service_level?",
  BATCHSPLIT: "event_demand_p50 event_demand_p90 safety_stock buffer_pct? on_hand?",
  FORECAST: "history[] horizon_days model? season_length? quantile?",
  EVENTDEMAND: "dates[] daily_sales[] event_start event_end past_event_starts[]? uplift? growth? quantile?",
  CHARGEABLEWEIGHT: "length_cm width_cm height_cm actual_kg divisor? cartons?",
  CBM: "length_cm width_cm height_cm count?",
  CUBICFEET: "length_cm width_cm height_cm count?",
  SHIPBY: "event_start transit_days receiving_days? safety_days? handling_days?",
  LANDEDCOST: "unit_cost freight_per_unit duty_rate? insurance_rate? fees_per_unit?",
  STORAGEFEE: "cubic_feet start_date end_date rate_jan_sep? rate_oct_dec?",
  ABC: "values[] a_share? b_share?",
  XYZ: "rows_of_sales[] x_cv? y_cv?",
  ALERT: "actual_to_date forecast_to_date threshold?",
  WEEKSOFCOVER: "on_hand daily_forecast[]",
};

function signature(fn: FunctionMetadata): string {
  return fn.parameters.map((p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`).join(" ");
}

let generated: GenerateResult;
let english: Metadata;

beforeAll(async () => {
  const metadata = createRequire(load.resolve("custom-functions-metadata-plugin"))("custom-functions-metadata") as {
    generateCustomFunctionsMetadata(input: string[], wantConsoleOutput?: boolean): Promise<GenerateResult>;
  };
  generated = await metadata.generateCustomFunctionsMetadata(
    FUNCTION_SOURCES.map((file) => join(ROOT, file)),
    false,
  );
  english = JSON.parse(generated.metadataJson) as Metadata;
}, 60_000);

describe("functions.json", () => {
  it("is generated without errors and lists every function with its parameters", () => {
    expect(generated.errors).toEqual([]);
    expect(Object.fromEntries(english.functions.map((fn) => [fn.id, signature(fn)]))).toEqual(EXPECTED);
  });

  it("associates each id with a function that functions.ts exports", () => {
    const exported = Object.keys(functions).sort();
    expect(generated.associate.map((a) => a.functionName).sort()).toEqual(exported);
    for (const { id, functionName } of generated.associate) expect(id).toBe(functionName.toUpperCase());
  });

  it("documents every function and parameter, with a help link, and marks none volatile", () => {
    for (const fn of english.functions) {
      expect(fn.description.length).toBeGreaterThan(20);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id.toLowerCase()}`);
      expect(fn.options?.volatile ?? false).toBe(false);
      for (const p of fn.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
    }
  });
});

describe("functions.zh-CN.json", () => {
  it("matches the English metadata id for id and parameter for parameter", () => {
    const chinese = localizeMetadata(english, strings);
    expect(chinese.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    chinese.functions.forEach((fn, i) => {
      const en = english.functions[i];
      expect(fn.parameters.map((p) => [p.optional ?? false, p.dimensionality])).toEqual(en.parameters.map((p) => [p.optional ?? false, p.dimensionality]));
      expect(fn.name).not.toBe(en.name);
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#zh-${fn.id.toLowerCase()}`);
    });
  });

  it("gives each function a distinct Chinese name, e.g. PEAK.安全库存", () => {
    const chinese = localizeMetadata(english, strings);
    const names = chinese.functions.map((fn) => fn.name);
    expect(new Set(names).size).toBe(names.length);
    expect(chinese.functions.find((fn) => fn.id === "SAFETYSTOCK")?.name).toBe("安全库存");
  });

  it("fails loudly when a translation is missing or stale", () => {
    const { SAFETYSTOCK: _dropped, ...rest } = strings;
    expect(() => localizeMetadata(english, rest)).toThrow("SAFETYSTOCK: no Chinese strings");
    const stale = { ...strings, CBM: { ...strings.CBM, parameters: { ...strings.CBM.parameters, depth_cm: ["深", "深度"] } } };
    expect(() => localizeMetadata(english, stale)).toThrow("CBM.depth_cm: translated but not a parameter");
  });
});

describe("help.html function reference", () => {
  it("has a section per function in each language at the anchor its help link names", () => {
    const en = renderFunctionReference(english, "");
    const zh = renderFunctionReference(localizeMetadata(english, strings), "zh-");
    for (const fn of english.functions) {
      expect(en).toContain(`<section id="${fn.id.toLowerCase()}">`);
      expect(zh).toContain(`<section id="zh-${fn.id.toLowerCase()}">`);
    }
    expect(zh).toContain("=PEAK.最晚发货日(活动开始, 运输天数, [入仓天数], [安全天数], [操作天数])");
  });
});
