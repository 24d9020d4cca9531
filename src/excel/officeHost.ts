/**
 * What Office.js says about the host: whether Office.onReady reported Excel,
 * Office's display language and its theme. The task pane turns these into its
 * HostInfo (src/taskpane/officeHost.ts); getActiveWorkbook asks whether Excel is
 * ready. Office.js comes from Microsoft's CDN and may never load (the browser
 * preview, tests, no network), so only {@link officeReady} waits for it, and
 * nothing here throws for its absence.
 */
import { officeDisplayLanguage } from "./displayLanguage";

/** The parts of `Office.context.officeTheme` PeakStock reads. */
export interface OfficeThemeColours {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** The host as Office.js reports it once ready. */
export interface OfficeHostFacts {
  /** `Office.onReady`'s host, e.g. "Excel". */
  readonly host: string;
  /** Office's display language ("zh-CN"), when it says. */
  readonly displayLanguage: string | undefined;
  /** Office's theme, where the host reports one. */
  readonly theme: OfficeThemeColours | undefined;
}

/** The host Office.onReady reported, once it has. */
let readyHost: string | null = null;

/** Office's theme colours, or undefined where the host does not report them. */
function readOfficeTheme(): OfficeThemeColours | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined; // some hosts throw for members they do not support
  }
}

/**
 * Resolves once Office.js is ready with what it reports, or with null when
 * Office.js is not on the page or runs outside an Office host (a plain browser).
 * @example await officeReady() // { host: "Excel", displayLanguage: "zh-CN", theme: { isDarkTheme: false, … } }
 */
export async function officeReady(): Promise<OfficeHostFacts | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Office.onReady();
  if (!info?.host) return null;
  readyHost = String(info.host);
  return { host: readyHost, displayLanguage: officeDisplayLanguage() || undefined, theme: readOfficeTheme() };
}

/**
 * True when Office.js is loaded, reports Excel and `Excel.run` is there: after
 * {@link officeReady} saw Excel, or when Office.context already names Excel.
 * Never waits.
 * @example isExcelReady() // false in the browser preview and in tests
 */
export function isExcelReady(): boolean {
  if (typeof Office === "undefined" || typeof Excel === "undefined" || typeof Excel.run !== "function") return false;
  if (readyHost !== null) return readyHost === "Excel";
  try {
    return String(Office.context?.host ?? "") === "Excel";
  } catch {
    return false; // Office.context is not ready before Office.onReady
  }
}
