/**
 * The build configuration without running webpack (a full build takes ~15 s; the e2e tests run
 * the preview's): entries and pages of the shared runtime, the production URL rewrite and the
 * refusal of a production build without PEAKSTOCK_URL, the guard on CustomFunctions.associate;
 * the metadata is test/unit/functions/metadata.test.ts and metadataRules.test.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const load = createRequire(join(ROOT, "package.json"));

interface HtmlPage {
  readonly userOptions: { readonly filename: string; readonly chunks: readonly string[] };
}
interface WebpackConfig {
  readonly entry: Record<string, string>;
  readonly plugins: readonly object[];
  readonly devServer: { readonly server: unknown; readonly port: number };
}
interface ConfigModule {
  (env: Record<string, unknown>, options: { mode: string }): Promise<WebpackConfig>;
  productionUrl(value: string | undefined): string | undefined;
  manifestBaseUrl(build: { production: boolean; preview: boolean }, value: string | undefined): string | undefined;
  rewriteManifestUrls(content: string, baseUrl: string): string;
}

const webpackConfig = load("./webpack.config.js") as ConfigModule;
const { guardAssociateCalls } = load("./scripts/guard-associate-loader.js") as { guardAssociateCalls(source: string): string };

function htmlPages(config: WebpackConfig): HtmlPage[] {
  return config.plugins.filter((p): p is HtmlPage => "userOptions" in p && typeof (p as HtmlPage).userOptions?.filename === "string");
}

const HOST = "https://addins.example.com/peakstock/";

/** Runs `body` with PEAKSTOCK_URL set to `value` (or unset), restoring it afterwards. */
async function withPeakstockUrl<T>(value: string | undefined, body: () => Promise<T>): Promise<T> {
  const saved = process.env.PEAKSTOCK_URL;
  if (value === undefined) delete process.env.PEAKSTOCK_URL;
  else process.env.PEAKSTOCK_URL = value;
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env.PEAKSTOCK_URL;
    else process.env.PEAKSTOCK_URL = saved;
  }
}

describe("webpack.config.js", () => {
  it("bundles the task pane and the functions, and taskpane.html loads both (shared runtime)", async () => {
    const config = await withPeakstockUrl(HOST, () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" }));
    expect(config.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", functions: "./src/functions/functions.ts" });
    const pages = Object.fromEntries(htmlPages(config).map((p) => [p.userOptions.filename, p.userOptions.chunks]));
    expect(pages["taskpane.html"]).toEqual(["taskpane", "functions"]);
    expect(pages["functions.html"]).toEqual(["functions"]);
  });

  it("defines the test hooks' switch true in the preview build only, so the add-in's markup has no data-testid", async () => {
    const flag = (config: WebpackConfig) => {
      const define = config.plugins.find((p) => "definitions" in p) as { definitions: Record<string, string> } | undefined;
      return define?.definitions.__PEAKSTOCK_TEST_HOOKS__;
    };
    const addIn = await withPeakstockUrl(HOST, () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" }));
    const preview = await webpackConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" });
    expect([flag(addIn), flag(preview)]).toEqual(["false", "true"]);
  });

  it("needs no certificate to build: only `webpack serve` asks office-addin-dev-certs", async () => {
    const config = await withPeakstockUrl(HOST, () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" }));
    expect(config.devServer.server).toBe("https");
    expect(config.devServer.port).toBe(3000);
  });

  it("rewrites every dev-server URL of the manifest to PEAKSTOCK_URL", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const base = webpackConfig.productionUrl("https://addins.example.com/peakstock") as string;
    expect(base).toBe("https://addins.example.com/peakstock/");
    const rewritten = webpackConfig.rewriteManifestUrls(manifest, base);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://addins.example.com/peakstock/taskpane.html"');
    expect(rewritten.split(base).length).toBe(manifest.split("https://localhost:3000/").length);
  });

  it("refuses a non-https PEAKSTOCK_URL", () => {
    expect(webpackConfig.productionUrl(undefined)).toBeUndefined();
    expect(webpackConfig.productionUrl("  ")).toBeUndefined();
    expect(() => webpackConfig.productionUrl("http://addins.example.com")).toThrow("PEAKSTOCK_URL must be an https:// URL");
  });

  it("fails a production build of the add-in without PEAKSTOCK_URL, saying what to run", async () => {
    await expect(withPeakstockUrl(undefined, () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" }))).rejects.toThrow(
      "PEAKSTOCK_URL is not set",
    );
    await expect(withPeakstockUrl("", () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" }))).rejects.toThrow("npm run build:dev");
    expect(webpackConfig.manifestBaseUrl({ production: true, preview: false }, HOST)).toBe(HOST);
  });

  it("keeps the dev server's localhost URL for development builds and the browser preview", async () => {
    expect(webpackConfig.manifestBaseUrl({ production: false, preview: false }, undefined)).toBeUndefined();
    expect(webpackConfig.manifestBaseUrl({ production: true, preview: true }, undefined)).toBeUndefined();
    await expect(withPeakstockUrl(undefined, () => webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" }))).resolves.toBeDefined();
    await expect(withPeakstockUrl(undefined, () => webpackConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" }))).resolves.toBeDefined();
  });
});

describe("guard-associate-loader", () => {
  it("makes each appended CustomFunctions.associate call conditional on the runtime", () => {
    const source = 'export function f() {}\nCustomFunctions.associate("F", f);\nCustomFunctions.associate("G", g);';
    const guarded = guardAssociateCalls(source);
    expect(guarded).toBe(
      'export function f() {}\nif (typeof CustomFunctions !== "undefined") CustomFunctions.associate("F", f);\n' +
        'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate("G", g);',
    );
    // Running the guarded code without the global must not throw.
    expect(() => new Function("g", guarded.replace("export ", "")).call(null, () => 0)).not.toThrow();
  });
});
