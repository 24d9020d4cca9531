/**
 * The ESLint layer rules are the architecture's guard (README, Code layout; lint/layers.mjs):
 * these tests lint small in-memory snippets placed at paths in each layer and prove that each
 * forbidden import or call of the table is reported, and that an allowed one is not. The React
 * hooks rules are proved the same way.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface Probe {
  readonly file: string;
  readonly code: string;
}
interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/**
 * Lints every probe in ONE child process with ESLint's API and the project's config
 * (ESLint's ESM config loader does not run inside jest's VM); returns their messages in order.
 */
function lintAll(probes: readonly Probe[]): LintMessage[][] {
  const script = `
    import { ESLint } from "eslint";
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const probe of JSON.parse(input)) {
      const [result] = await eslint.lintText(probe.code, { filePath: probe.file });
      out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, input: JSON.stringify(probes), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintMessage[][];
}

const importLine = (specifier: string) => `import * as probe from "${specifier}";\nexport const used = probe;\n`;

/** [file the import is written in, what it imports, why it is forbidden] */
const FORBIDDEN_IMPORTS: readonly (readonly [string, string, string])[] = [
  // src/engine: only simple-statistics and itself.
  ["src/engine/probe.ts", "exceljs", "the package 'exceljs'"],
  ["src/engine/probe.ts", "lodash", "the package 'lodash'"],
  ["src/engine/forecast/probe.ts", "lodash/sum", "the package 'lodash'"],
  ["src/engine/probe.ts", "react", "the package 'react'"],
  ["src/engine/probe.ts", "@fluentui/react-components", "the package '@fluentui/react-components'"],
  ["src/engine/probe.ts", "fs", "Node's 'fs'"],
  ["src/engine/probe.ts", "node:fs", "Node's 'node:fs'"],
  ["src/engine/probe.ts", "../excel/runPlan", "'../excel/runPlan' is in src/excel"],
  ["src/engine/plan/probe.ts", "../../functions/stockFunctions", "is in src/functions"],
  ["src/engine/probe.ts", "../taskpane/formatters", "is in src/taskpane"],
  ["src/engine/probe.ts", "../preview/scenario", "is in src/preview"],
  ["src/engine/probe.ts", "../cli/peakstock", "is in src/cli"],
  ["src/engine/probe.ts", "../../test/helpers/sharedData", "outside the layers of src/"],
  // src/functions: the engine and the browser-safe part of src/excel; no React, Fluent, Node or .xlsx code.
  ["src/functions/probe.ts", "react", "the package 'react'"],
  ["src/functions/probe.ts", "@fluentui/react-components", "the package '@fluentui/react-components'"],
  ["src/functions/probe.ts", "../excel/xlsxWorkbook", "Node-only module '../excel/xlsxWorkbook'"],
  ["src/functions/probe.ts", "../excel/xlsx/zipReader", "Node-only module '../excel/xlsx/zipReader'"],
  ["src/functions/probe.ts", "exceljs", "the package 'exceljs'"],
  ["src/functions/probe.ts", "node:path", "Node's 'node:path'"],
  ["src/functions/probe.ts", "../taskpane/formatters", "is in src/taskpane"],
  ["src/functions/probe.ts", "../cli/summary", "is in src/cli"],
  // src/excel: the engine; Node and exceljs only in its Node-only .xlsx files.
  ["src/excel/probe.ts", "node:fs/promises", "Node's 'node:fs/promises'"],
  ["src/excel/probe.ts", "exceljs", "the package 'exceljs'"],
  ["src/excel/office/probe.ts", "../xlsxWorkbook", "Node-only module '../xlsxWorkbook'"],
  ["src/excel/probe.ts", "../functions/toExcelError", "is in src/functions"],
  ["src/excel/probe.ts", "../taskpane/i18n", "is in src/taskpane"],
  ["src/excel/xlsx/probe.ts", "../../cli/summary", "is in src/cli"],
  ["src/excel/probe.ts", "react", "the package 'react'"],
  // src/taskpane: the engine and the browser-safe part of src/excel; React and Fluent UI.
  ["src/taskpane/probe.ts", "../excel/xlsxWorkbook", "Node-only module '../excel/xlsxWorkbook'"],
  ["src/taskpane/components/probe.tsx", "../../excel/xlsx/zipWriter", "Node-only module '../../excel/xlsx/zipWriter'"],
  ["src/taskpane/probe.ts", "../cli/peakstock", "is in src/cli"],
  ["src/taskpane/probe.ts", "../functions/toExcelError", "is in src/functions"],
  ["src/taskpane/probe.ts", "../preview/scenario", "is in src/preview"],
  ["src/taskpane/probe.ts", "node:fs", "Node's 'node:fs'"],
  ["src/taskpane/probe.ts", "exceljs", "the package 'exceljs'"],
  // src/preview: the same as the task pane, and it never imports the task pane.
  ["src/preview/probe.ts", "../excel/xlsxWorkbook", "Node-only module '../excel/xlsxWorkbook'"],
  ["src/preview/probe.ts", "../excel/xlsx/zipReader", "Node-only module '../excel/xlsx/zipReader'"],
  ["src/preview/probe.ts", "../cli/peakstock", "is in src/cli"],
  ["src/preview/probe.ts", "../taskpane/formatters", "is in src/taskpane"],
  // src/cli: engine, excel and Node; never the task pane.
  ["src/cli/probe.ts", "../taskpane/formatters", "is in src/taskpane"],
  ["src/cli/probe.ts", "react", "the package 'react'"],
];

/** [file, what it imports]: allowed by the table, so nothing is reported. */
const ALLOWED_IMPORTS: readonly (readonly [string, string])[] = [
  ["src/engine/probe.ts", "simple-statistics"],
  ["src/engine/probe.ts", "./errors"],
  ["src/engine/forecast/probe.ts", "../stats/optimize"],
  ["src/functions/probe.ts", "../engine/errors"],
  ["src/functions/probe.ts", "../excel/displayLanguage"],
  ["src/excel/probe.ts", "../engine/plan/outputTable"],
  ["src/excel/office/probe.ts", "../workbookPort"],
  ["src/excel/xlsxWorkbook.ts", "node:fs/promises"],
  ["src/excel/xlsxWorkbook.ts", "exceljs"],
  ["src/excel/xlsx/probe.ts", "node:zlib"],
  ["src/excel/xlsx/probe.ts", "../workbookPort"],
  ["src/taskpane/probe.ts", "react"],
  ["src/taskpane/probe.ts", "react-dom/client"],
  ["src/taskpane/probe.ts", "@fluentui/react-components"],
  ["src/taskpane/probe.ts", "../engine/dates"],
  ["src/taskpane/probe.ts", "../engine/errorText"],
  ["src/taskpane/probe.ts", "../excel/workbookPort"],
  ["src/taskpane/hooks/probe.ts", "../work/jobs"],
  ["src/preview/probe.ts", "../excel/memoryWorkbook"],
  ["src/preview/probe.ts", "@fluentui/react-components"],
  ["src/cli/probe.ts", "node:fs"],
  ["src/cli/probe.ts", "../excel/xlsxWorkbook"],
  ["src/cli/probe.ts", "../engine/dates"],
  ["test/unit/probe.ts", "../../src/taskpane/formatters"],
];

/** [expression in src/engine, rule that reports it] */
const FORBIDDEN_ENGINE_CALLS: readonly (readonly [string, string])[] = [
  ["crypto.getRandomValues(new Uint8Array(4))", "no-restricted-properties"],
  ["performance.now()", "no-restricted-properties"],
  ["Date.now()", "no-restricted-properties"],
  ["Math.random()", "no-restricted-properties"],
  ["new Date()", "no-restricted-syntax"],
  ["Date()", "no-restricted-syntax"],
  ["globalThis.crypto", "no-restricted-globals"],
  ["typeof Excel", "no-restricted-globals"],
  ["typeof window", "no-restricted-globals"],
];

const LAYER_RULE = "peakstock/layer-imports";

describe("layer rules (lint/layers.mjs, eslint.config.mjs)", () => {
  jest.setTimeout(120_000);

  const forbidden = FORBIDDEN_IMPORTS.map(([file, specifier]) => ({ file, code: importLine(specifier) }));
  const otherForms = [
    { file: "src/engine/probe.ts", code: 'export { read } from "exceljs";\n' },
    { file: "src/engine/probe.ts", code: 'export * from "../excel/runPlan";\n' },
    { file: "src/engine/probe.ts", code: 'export const later = () => import("lodash");\n' },
    { file: "src/engine/probe.ts", code: 'import type { Workbook } from "exceljs";\nexport type Book = Workbook;\n' },
    { file: "src/functions/probe.ts", code: 'export type App = typeof import("react");\n' },
    { file: "src/taskpane/probe.ts", code: '// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const xlsx = require("../excel/xlsxWorkbook");\n' },
  ];
  const allowed = ALLOWED_IMPORTS.map(([file, specifier]) => ({ file, code: importLine(specifier) }));
  const calls = FORBIDDEN_ENGINE_CALLS.map(([expression]) => ({ file: "src/engine/probe.ts", code: `export const value = ${expression};\n` }));
  const cleanEngine = { file: "src/engine/probe.ts", code: "export const day = new Date(Date.UTC(2026, 10, 27)).getUTCDay();\n" };
  const hooks = [
    { file: "src/taskpane/components/Probe.tsx", code: 'import { useEffect, useState } from "react";\nexport function Probe({ n }: { n: number }) {\n  const [x, setX] = useState(0);\n  useEffect(() => { setX(n); }, []);\n  return x;\n}\n' },
    { file: "src/preview/Probe.tsx", code: 'import { useState } from "react";\nexport function Probe({ on }: { on: boolean }) {\n  if (on) { const [x] = useState(0); return x; }\n  return 0;\n}\n' },
    { file: "src/taskpane/components/Probe.tsx", code: 'import { useEffect, useState } from "react";\nexport function Probe({ n }: { n: number }) {\n  const [x, setX] = useState(0);\n  useEffect(() => { setX(n); }, [n]);\n  return x;\n}\n' },
  ];
  const testHooks = [
    { file: "src/taskpane/components/Probe.tsx", code: 'export function Probe() {\n  return <div data-testid="probe" />;\n}\n' },
    { file: "src/taskpane/components/Probe.tsx", code: 'import { testId } from "../testHooks";\nexport function Probe() {\n  return <div {...testId("probe")} />;\n}\n' },
  ];

  let results: LintMessage[][];
  beforeAll(() => {
    results = lintAll([...forbidden, ...otherForms, ...allowed, ...calls, cleanEngine, ...hooks, ...testHooks]);
  });
  const at = (offset: number) => results[offset];

  it.each(FORBIDDEN_IMPORTS.map((row, i) => [...row, i] as const))("reports %s importing %s (%s)", (_file, _specifier, why, i) => {
    const messages = at(i);
    expect(messages.map((m) => m.ruleId)).toEqual([LAYER_RULE]);
    expect(messages[0].message).toContain(why);
  });

  it("reports re-exports, dynamic imports, type-only imports, import() types and require()", () => {
    otherForms.forEach((_, i) => expect(at(forbidden.length + i).map((m) => m.ruleId)).toContain(LAYER_RULE));
  });

  it.each(ALLOWED_IMPORTS.map((row, i) => [...row, i] as const))("lets %s import %s", (_file, _specifier, i) => {
    expect(at(forbidden.length + otherForms.length + i)).toEqual([]);
  });

  it.each(FORBIDDEN_ENGINE_CALLS.map((row, i) => [...row, i] as const))("forbids %s in src/engine (%s)", (_expression, rule, i) => {
    const messages = at(forbidden.length + otherForms.length + allowed.length + i);
    expect(messages.map((m) => m.ruleId)).toContain(rule);
  });

  it("lets the engine build a date from numbers it was given", () => {
    expect(at(forbidden.length + otherForms.length + allowed.length + calls.length)).toEqual([]);
  });

  it("enforces React's rules of hooks and effect dependencies in the task pane and the preview", () => {
    const base = forbidden.length + otherForms.length + allowed.length + calls.length + 1;
    expect(at(base).map((m) => m.ruleId)).toEqual(["react-hooks/exhaustive-deps"]);
    expect(at(base + 1).map((m) => m.ruleId)).toEqual(["react-hooks/rules-of-hooks"]);
    expect(at(base + 2)).toEqual([]);
  });

  it("refuses a literal data-testid in the task pane: test hooks go through testId(), which the add-in's build compiles away", () => {
    const base = forbidden.length + otherForms.length + allowed.length + calls.length + 1 + hooks.length;
    expect(at(base).map((m) => m.ruleId)).toEqual(["no-restricted-syntax"]);
    expect(at(base + 1)).toEqual([]);
  });
});

describe("the README's layer table", () => {
  // The same rows as LAYERS in lint/layers.mjs: each layer's allowed folders and packages are named in its row.
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const row = (layer: string) => readme.split("\n").find((line) => line.startsWith(`| \`src/${layer}/\``)) ?? "";

  it.each([
    ["engine", ["`simple-statistics`"]],
    ["functions", ["the engine", "`src/excel/`"]],
    ["excel", ["the engine", "`exceljs`", "Node"]],
    ["taskpane", ["the engine", "`src/excel/`", "`react`", "`@fluentui/*`"]],
    ["preview", ["the engine", "`src/excel/`", "`react`", "`@fluentui/*`"]],
    ["cli", ["the engine", "`src/excel/`", "Node"]],
  ])("names what src/%s may import", (layer, names) => {
    const may = row(layer).split("|").at(-2) ?? "";
    for (const name of names) expect(may).toContain(name);
  });
});
