/**
 * The README's two commands work on a fresh machine with Node 20 and nothing else: `npm ci`
 * compiles no native module (nothing needs libsecret or a C++ toolchain), and the command line
 * runs as built JavaScript. Read from package.json and package-lock.json; .ci/run proves the same
 * on a real install (pkg-config unable to find libsecret, no node-gyp output in node_modules).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface LockPackage {
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly hasInstallScript?: boolean;
  readonly dependencies?: Record<string, string>;
}
interface PackageJson {
  readonly scripts: Record<string, string>;
  readonly bin: Record<string, string>;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== "");
const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/**
 * The packages allowed an install script, each checked by hand not to compile anything on a
 * plain `npm ci`. A new one fails this test until someone looks at what its script does.
 */
const REVIEWED_INSTALL_SCRIPTS: Record<string, string> = {
  esbuild: "postinstall checks the prebuilt binary of @esbuild/<platform>; compiles nothing",
  "@parcel/watcher": "install runs node-gyp only when npm_config_build_from_source=true; else the prebuilt @parcel/watcher-<platform>",
  "core-js-pure": "postinstall prints a message",
};

describe("npm ci on a fresh machine", () => {
  it("installs no package whose install script is not reviewed (so none compiles a native module)", () => {
    const withScripts = installed.filter(([, p]) => p.hasInstallScript).map(([path]) => nameOf(path));
    expect(withScripts.filter((name) => !(name in REVIEWED_INSTALL_SCRIPTS))).toEqual([]);
  });

  it("has no keytar, node-gyp or office-addin-debugging in the lock: npm start fetches the debugger on demand", () => {
    const names = new Set(installed.map(([path]) => nameOf(path)));
    for (const name of ["keytar", "node-gyp", "office-addin-debugging", "libsecret"]) expect(names.has(name)).toBe(false);
    expect(pkg.scripts.start).toMatch(/^npx --yes office-addin-debugging@\d+\.\d+\.\d+ start manifest\.xml$/);
    expect(pkg.scripts.stop).toMatch(/^npx --yes office-addin-debugging@\d+\.\d+\.\d+ stop manifest\.xml$/);
  });

  it("builds the command line as JavaScript during npm ci and before npm run plan; tsx and esbuild are dev tools", () => {
    expect(pkg.scripts.prepare).toContain("build:cli");
    expect(pkg.scripts["build:cli"]).toBe("node scripts/build-cli.mjs");
    expect(pkg.scripts.plan).toMatch(/build:cli && node bin\/peakstock\.js plan /);
    expect(pkg.bin.peakstock).toBe("bin/peakstock.js");
    expect(readFileSync(join(ROOT, "bin", "peakstock.js"), "utf8")).not.toMatch(/tsx/);
    for (const tool of ["tsx", "esbuild"]) {
      expect(pkg.dependencies[tool]).toBeUndefined();
      expect(pkg.devDependencies[tool]).toBeDefined();
    }
  });

  it("keeps the built command line out of git", () => {
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n")).toContain("dist-cli/");
  });
});
