/**
 * The ESLint layer rules are the architecture's guard: these tests prove they fire.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** Lints `code` as if it were the file at `filePath`, in a child process (ESLint's ESM config loader does not run inside jest's VM). */
async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), "--stdin", "--stdin-filename", filePath, "--format", "json"], { cwd: root, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("layer rules", () => {
  jest.setTimeout(60_000);

  it.each([
    ['import React from "react";', "React"],
    ['import { readFileSync } from "fs";', "Node"],
    ['import { readFileSync } from "node:fs";', "Node with node: prefix"],
    ['import * as x from "../excel/workbook";', "the excel layer"],
    ['import { makeStyles } from "@fluentui/react-components";', "Fluent UI"],
  ])("keeps %s out of src/engine (%s)", async (line) => {
    const ids = await ruleIdsFor(`${line}\nexport const y = 1;\n`, "src/engine/probe.ts");
    expect(ids).toContain("no-restricted-imports");
  });

  it("forbids the clock, randomness and Office globals in src/engine", async () => {
    const ids = await ruleIdsFor("export const a = Date.now() + Math.random();\nexport const b = new Date();\nexport const c = typeof Excel;\n", "src/engine/probe.ts");
    expect(ids.filter((id) => id === "no-restricted-properties")).toHaveLength(2);
    expect(ids).toContain("no-restricted-syntax");
    expect(ids).toContain("no-restricted-globals");
  });

  it("lets the engine import its own modules", async () => {
    const ids = await ruleIdsFor('import { ok } from "./errors";\nexport const y = ok(1);\n', "src/engine/probe.ts");
    expect(ids).toEqual([]);
  });

  it("stops other layers importing the task pane", async () => {
    const ids = await ruleIdsFor('import { App } from "../taskpane/App";\nexport const y = App;\n', "src/functions/probe.ts");
    expect(ids).toContain("no-restricted-imports");
  });
});
