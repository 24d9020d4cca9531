/**
 * Checks manifest.xml offline (office-addin-manifest validate calls an online service):
 * well-formed XML, schema order of OfficeApp's children, the shared runtime and custom
 * functions plumbing, resource ids, icons, zh-CN overrides and https URLs.
 * Schema facts come from Microsoft's add-in only manifest reference (OfficeApp complexType
 * in OfficeAppManifestv1.1.xsd; "Configure your Office Add-in to use a shared runtime").
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REQUIRED_EXCEL_API_VERSION } from "../../src/excel/office/requirements";
import { child, childrenNamed, descendants, parseXml, type XmlElement } from "../helpers/xml";

const ROOT = join(__dirname, "..", "..");
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

// OfficeAppManifestv1.1.xsd, OfficeApp sequence (TaskPaneApp adds DefaultSettings, Permissions).
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides",
];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

const manifest = parseXml(manifestText);
const versionOverrides = child(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const workbookHost = child(child(versionOverrides, "Hosts"), "Host");

/** id → element for every bt:Image, bt:Url and bt:String under Resources. */
function resourceTable(): Map<string, XmlElement> {
  const table = new Map<string, XmlElement>();
  for (const group of resources.children) {
    for (const item of group.children) {
      if (table.has(item.attributes.id)) throw new Error(`resource id ${item.attributes.id} is defined twice`);
      table.set(item.attributes.id, item);
    }
  }
  return table;
}

function resource(id: string): XmlElement {
  const found = resourceTable().get(id);
  if (!found) throw new Error(`resource ${id} is not defined`);
  return found;
}

function zhOverride(element: XmlElement): string | undefined {
  return element.children.find((c) => (c.name === "Override" || c.name === "bt:Override") && c.attributes.Locale === "zh-CN")
    ?.attributes.Value;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file under the project that a dev-server URL serves (dist/ mirrors assets/ and the root). */
function localFileFor(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length));
}

describe("the XML test parser", () => {
  it("rejects crossed tags", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow("</a> closes <b>");
  });

  it("rejects an unclosed element", () => {
    expect(() => parseXml("<a><b/>")).toThrow("<a> is never closed");
  });

  it("rejects unquoted attributes and bare ampersands", () => {
    expect(() => parseXml("<a x=1/>")).toThrow("bad attribute");
    expect(() => parseXml("<a>R&D</a>")).toThrow("bare '&'");
  });

  it("reads attributes, text and entities", () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a k="&lt;v&gt;"><b>x &amp; y</b></a>');
    expect(root.attributes.k).toBe("<v>");
    expect(child(root, "b").text).toBe("x & y");
  });
});

describe("manifest.xml", () => {
  it("is a well-formed TaskPaneApp document", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("lists OfficeApp's children in schema order, each at most once, required ones present", () => {
    const names = manifest.children.map((c) => c.name);
    for (const name of names) expect(OFFICEAPP_ORDER).toContain(name);
    const positions = names.map((name) => OFFICEAPP_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it("has a fixed GUID, provider PeakStock and an n.n.n.n version", () => {
    expect(child(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(manifest, "ProviderName").text).toBe("PeakStock");
    expect(child(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel workbooks with read/write permission", () => {
    expect(child(child(manifest, "Hosts"), "Host").attributes.Name).toBe("Workbook");
    expect(workbookHost.attributes["xsi:type"]).toBe("Workbook");
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("requires the SharedRuntime and CustomFunctionsRuntime 1.1 requirement sets", () => {
    const sets = childrenNamed(child(child(manifest, "Requirements"), "Sets"), "Set").map(
      (s) => `${s.attributes.Name} ${s.attributes.MinVersion}`,
    );
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  });

  it("declares the ExcelApi version the workbook code needs (src/excel/office/requirements.ts), so Office will not install it where it cannot run", () => {
    const sets = childrenNamed(child(child(manifest, "Requirements"), "Sets"), "Set");
    const excelApi = sets.filter((s) => s.attributes.Name === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].attributes.MinVersion).toBe(REQUIRED_EXCEL_API_VERSION);
    expect(REQUIRED_EXCEL_API_VERSION).toMatch(/^1\.\d+$/);
  });

  it("opens the shared runtime's one task pane: no TaskpaneId", () => {
    expect(descendants(manifest).filter((e) => e.name === "TaskpaneId")).toEqual([]);
    expect(manifestText).not.toContain("TaskpaneId>");
  });

  it("runs the task pane, the ribbon and the custom functions in one long-lived runtime", () => {
    // The Runtimes element must come first inside the Host (shared runtime docs).
    expect(workbookHost.children[0].name).toBe("Runtimes");
    const runtime = child(child(workbookHost, "Runtimes"), "Runtime");
    expect(runtime.attributes).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const customFunctions = child(child(workbookHost, "AllFormFactors"), "ExtensionPoint");
    expect(child(child(customFunctions, "Page"), "SourceLocation").attributes.resid).toBe("Taskpane.Url");
    const desktop = child(workbookHost, "DesktopFormFactor");
    expect(child(desktop, "FunctionFile").attributes.resid).toBe("Taskpane.Url");
    const action = descendants(desktop).find((e) => e.name === "Action");
    expect(action?.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(child(action as XmlElement, "SourceLocation").attributes.resid).toBe("Taskpane.Url");
    expect(resource("Taskpane.Url").attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares custom functions in namespace PEAK with metadata functions.json and a zh-CN override", () => {
    const point = child(child(workbookHost, "AllFormFactors"), "ExtensionPoint");
    expect(point.attributes["xsi:type"]).toBe("CustomFunctions");
    expect(point.children.map((c) => c.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(resource(child(point, "Namespace").attributes.resid).attributes.DefaultValue).toBe("PEAK");
    const metadata = resource(child(child(point, "Metadata"), "SourceLocation").attributes.resid);
    expect(metadata.attributes.DefaultValue).toBe(`${DEV_URL}functions.json`);
    expect(zhOverride(metadata)).toBe(`${DEV_URL}functions.zh-CN.json`);
    expect(resource(child(child(point, "Script"), "SourceLocation").attributes.resid).attributes.DefaultValue).toBe(
      `${DEV_URL}functions.js`,
    );
  });

  it("puts a PeakStock group with a task pane button on the Home tab", () => {
    const tab = descendants(workbookHost).find((e) => e.name === "OfficeTab");
    expect(tab?.attributes.id).toBe("TabHome");
    const group = child(tab as XmlElement, "Group");
    expect(resource(child(group, "Label").attributes.resid).attributes.DefaultValue).toBe("PeakStock");
    const button = child(group, "Control");
    expect(button.attributes["xsi:type"]).toBe("Button");
  });

  it("defines every resid it references, once, with ids of at most 32 characters", () => {
    const table = resourceTable();
    const referenced = descendants(versionOverrides)
      .map((e) => e.attributes.resid)
      .filter((id): id is string => id !== undefined);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(table.has(id) ? id : `missing ${id}`).toBe(id);
    for (const id of table.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("keeps short strings within 125 and long strings within 250 characters, overrides included", () => {
    const lengths = (group: string) =>
      child(resources, group).children.flatMap((s) => [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)]);
    for (const text of lengths("bt:ShortStrings")) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of lengths("bt:LongStrings")) expect(text.length).toBeLessThanOrEqual(250);
  });

  it("points every icon at a PNG in assets/ of the stated size", () => {
    const icons: { url: string; size: number }[] = [
      { url: child(manifest, "IconUrl").attributes.DefaultValue, size: 32 },
      { url: child(manifest, "HighResolutionIconUrl").attributes.DefaultValue, size: 64 },
      ...descendants(versionOverrides)
        .filter((e) => e.name === "bt:Image" && e.attributes.size !== undefined)
        .map((e) => ({ url: resource(e.attributes.resid).attributes.DefaultValue, size: Number(e.attributes.size) })),
    ];
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const file = localFileFor(url);
      expect(file).toContain(join("assets", "icon-"));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("ships a 128 px icon for the store listing", () => {
    expect(pngSize(join(ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  it("has zh-CN overrides for the name, description, group, button label and tooltip", () => {
    expect(zhOverride(child(manifest, "DisplayName"))).toMatch(/PeakStock/);
    expect(zhOverride(child(manifest, "Description"))).toMatch(/[\u4e00-\u9fff]/);
    for (const id of ["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip"]) {
      expect(zhOverride(resource(id))).toBeDefined();
    }
    const button = descendants(workbookHost).find((e) => e.name === "Control") as XmlElement;
    expect(child(button, "Label").attributes.resid).toBe("TaskpaneButton.Label");
    expect(child(child(button, "Supertip"), "Description").attributes.resid).toBe("TaskpaneButton.Tooltip");
  });

  it("uses https for every URL", () => {
    const urls = descendants(manifest).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([key]) => !key.startsWith("xmlns"))
        .map(([, value]) => value),
      e.text,
    ]).filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("names no host other than the dev server (AppDomains stay empty)", () => {
    expect(childrenNamed(manifest, "AppDomains")).toHaveLength(0);
    const hosts = new Set(manifestText.match(/https:\/\/[^/"<\s]+/g));
    expect([...hosts]).toEqual(["https://localhost:3000"]);
  });
});

describe("help.html (the SupportUrl)", () => {
  const help = readFileSync(join(ROOT, "src", "taskpane", "help.html"), "utf8");

  it("is the page SupportUrl and LearnMoreUrl point at", () => {
    expect(child(manifest, "SupportUrl").attributes.DefaultValue).toBe(`${DEV_URL}help.html`);
    expect(resource("Help.Url").attributes.DefaultValue).toBe(`${DEV_URL}help.html`);
  });

  it("says how to get support and that sales data never leaves the workbook, in English and Chinese", () => {
    expect(help).toContain("<h2>Get support</h2>");
    expect(help).toContain("Your sales history, costs and plans never leave it");
    expect(help).toContain("<h2>获取支持</h2>");
    expect(help).toContain("您的销售历史、成本和计划不会离开工作簿");
  });
});
