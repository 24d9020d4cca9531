/**
 * `peakstock --help` in both languages, through `main` and through the JavaScript that
 * scripts/build-cli.mjs builds (bundled into the OS temp folder and run with plain Node: no tsx).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { helpLanguage, helpText, wantsHelp } from "../../../src/cli/help";
import { main } from "../../../src/cli/peakstock";

const ROOT = join(__dirname, "..", "..", "..");

function captured(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

describe("help", () => {
  it("is asked for by --help or -h anywhere, in Chinese with --lang zh-CN or zh", () => {
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["plan", "book.xlsx", "-h"])).toBe(true);
    expect(wantsHelp(["plan", "book.xlsx"])).toBe(false);
    expect(helpLanguage(["--help"])).toBe("en");
    expect(helpLanguage(["--help", "--lang", "zh-CN"])).toBe("zh-CN");
    expect(helpLanguage(["--lang", "ZH", "-h"])).toBe("zh-CN");
    expect(helpLanguage(["--lang", "en", "-h"])).toBe("en");
  });

  it("names the command, every option and the exit codes in both languages", () => {
    for (const language of ["en", "zh-CN"] as const) {
      const text = helpText(language);
      const options = ["peakstock plan <", "peakstock replay <", "peakstock watch <", "--out", "--in-place", "--charts <", "--growth", "--ignore-saved-settings", "--event <", "--days-ahead <", "--sales-sheet <", "--overwrite-notes", "--lang en|zh-CN", "-h, --help"];
      for (const option of [...options, "  0  ", "  2  ", "  1  "]) expect(text).toContain(option);
      // Every option the parser knows is in the help.
      for (const option of readFileSync(join(ROOT, "src", "cli", "args.ts"), "utf8").match(/"--[a-z-]+"/g) ?? []) expect([language, text.includes(option.slice(1, -1))]).toEqual([language, true]);
    }
    expect(helpText("en")).toContain("Input sheets are never changed");
    expect(helpText("en")).toContain("--in-place");
    expect(helpText("zh-CN")).toContain("输入工作表不会被修改");
    expect(helpText("zh-CN")).toContain("--overwrite-notes");
    expect(helpText("en")).toContain("every command uses them instead of the Event and\nLanes sheets");
    expect(helpText("zh-CN")).toContain("每个命令都会\n使用这些设置");
    expect(helpText("zh-CN")).toContain("复盘");
    expect(helpText("en")).toContain("watch reads the sales since the plan date (a SalesToDate sheet");
    expect(helpText("zh-CN")).toContain("watch（监控）读取计划日期以来的销量");
  });

  it("prints on stdout with exit code 0 from main, before any argument checks", async () => {
    const { out, err, io } = captured();
    expect(await main(["--help"], io)).toBe(0);
    expect(out.join("")).toBe(helpText("en"));
    expect(err).toEqual([]);
    const zh = captured();
    expect(await main(["plan", "missing.xlsx", "-h", "--lang", "zh-CN"], zh.io)).toBe(0);
    expect(zh.out.join("")).toBe(helpText("zh-CN"));
  });
});

describe("the built command line (scripts/build-cli.mjs)", () => {
  jest.setTimeout(60_000);
  let folder: string;
  let bundle: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "peakstock-cli-"));
    bundle = join(folder, "peakstock.js");
    const built = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), bundle], { cwd: ROOT, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is plain CommonJS that loads npm packages from node_modules and never tsx", () => {
    const code = readFileSync(bundle, "utf8");
    expect(code).not.toMatch(/require\("tsx/);
    expect(code).toContain('require("simple-statistics")');
    // The .xlsx file is read and written at the package level (src/excel/xlsx/), never through exceljs.
    expect(code).not.toContain('require("exceljs")');
    expect(code).not.toMatch(/^import /m);
  });

  it("prints the help with plain Node and exits 0", () => {
    // The bundle sits in the temp folder, so its npm packages are found through NODE_PATH.
    const env = { ...process.env, NODE_PATH: join(ROOT, "node_modules") };
    const run = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(bundle)}).main(["--help", "--lang", "zh-CN"]).then((c) => process.exit(c))`], { cwd: ROOT, encoding: "utf8", env });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(helpText("zh-CN"));
  });

  it("is where bin/peakstock.js looks for it", () => {
    expect(readFileSync(join(ROOT, "bin", "peakstock.js"), "utf8")).toContain('join(__dirname, "..", "dist-cli", "peakstock.js")');
    expect(readFileSync(join(ROOT, "scripts", "build-cli.mjs"), "utf8")).toContain('join(ROOT, "dist-cli", "peakstock.js")');
  });
});
