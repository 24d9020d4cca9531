/**
 * What the task pane needs to know about its host: whether it runs inside Office, Office's
 * display language and whether Office's theme is dark. Office.js comes from Microsoft's CDN
 * and may never load (a browser preview, no network), so nothing here waits for it: callers
 * start from {@link browserHost} and switch to {@link officeHost} once `Office.onReady` fires.
 * The calls to Office.js itself live in src/excel/officeHost.ts; this file only turns what
 * they report into a HostInfo.
 */
import { officeReady } from "../excel/officeHost";

/** The host as plain data. */
export interface HostInfo {
  /** True once Office.onReady reported a host (Excel), false in a browser preview. */
  readonly inOffice: boolean;
  /** Office's display language ("zh-CN"); undefined outside Office. */
  readonly displayLanguage: string | undefined;
  /** True for a dark theme. */
  readonly dark: boolean;
}

/** The parts of Office's theme this module reads (`Office.context.officeTheme`). */
export interface ThemeColours {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * True when a `#rrggbb` colour is dark: relative luminance (WCAG 2, sRGB) below 0.5;
 * undefined when the text is not such a colour.
 * @example isDarkColour("#262626") // true
 * @example isDarkColour("#FFFFFF") // false
 */
export function isDarkColour(hex: string | undefined): boolean | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? "");
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Whether Office's theme is dark: its own `isDarkTheme` flag when the host reports one,
 * else the task pane background colour; `fallback` when Office says neither.
 * @example themeIsDark({ bodyBackgroundColor: "#1F1F1F" }, false) // true
 */
export function themeIsDark(theme: ThemeColours | undefined, fallback: boolean): boolean {
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme;
  return isDarkColour(theme?.bodyBackgroundColor) ?? fallback;
}

/** The browser's language (`navigator.language`), the fallback for Office's. */
export function browserLanguage(): string | undefined {
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

/** The browser's preferences: used until (and unless) Office is ready. */
export function browserHost(): HostInfo {
  const prefersDark =
    typeof window !== "undefined" && typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-color-scheme: dark)").matches
      : false;
  return { inOffice: false, displayLanguage: undefined, dark: prefersDark };
}

/**
 * Resolves with Office's view of the host once Office.js is ready. Resolves with the
 * browser's preferences when Office.js is not on the page or runs outside an Office host.
 */
export async function officeHost(): Promise<HostInfo> {
  const browser = browserHost();
  const office = await officeReady();
  if (office === null) return browser;
  return {
    inOffice: true,
    displayLanguage: office.displayLanguage,
    dark: themeIsDark(office.theme, browser.dark),
  };
}
