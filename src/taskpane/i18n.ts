/**
 * The task pane's text in English and Simplified Chinese: one table per language
 * (strings/en.ts, strings/zh.ts, the same keys). Components pick a {@link Strings}
 * by {@link Language} and fill `{name}` placeholders with {@link format}.
 */
import { EN, type StringKey, type Strings } from "./strings/en";
import { ZH } from "./strings/zh";

export type { StringKey, Strings } from "./strings/en";

/** The languages the task pane speaks. */
export type Language = "en" | "zh";

export const STRINGS: Readonly<Record<Language, Strings>> = { en: EN, zh: ZH };

/** The languages in the order the switch lists them. */
export const LANGUAGES: readonly Language[] = ["en", "zh"];

/** A text to show later, in whichever language is on by then: a key and its values. */
export interface Message {
  readonly key: StringKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

/**
 * `template` with each `{name}` replaced by `values[name]`; unknown names stay as written.
 * @example format("Planning SKU {done} of {total}…", { done: 3, total: 60 }) // "Planning SKU 3 of 60…"
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/**
 * The text of a {@link Message} in a language.
 * @example say(STRINGS.en, { key: "errNumber", values: { value: "abc" } }) // "'abc' is not a number."
 */
export function say(strings: Strings, message: Message): string {
  return format(strings[message.key], message.values);
}

/** The other language: what the switch turns to. */
export function otherLanguage(language: Language): Language {
  return language === "en" ? "zh" : "en";
}

/** The output sheets' language for a pane language: English headers, or Chinese ("zh-CN"). */
export function outputLanguage(language: Language): "en" | "zh-CN" {
  return language === "zh" ? "zh-CN" : "en";
}

/**
 * The language to start in: Chinese when Office's display language (or, outside
 * Office, the browser's) starts with "zh", English otherwise.
 * @param officeLanguage `Office.context.displayLanguage` ("zh-CN"), when Office is there
 * @param browserLanguage `navigator.language`, the fallback
 * @example pickLanguage("zh-CN", "en-US") // "zh"
 * @example pickLanguage(undefined, "zh-TW") // "zh"
 * @example pickLanguage("de-DE", "zh-CN") // "en"
 */
export function pickLanguage(officeLanguage: string | undefined, browserLanguage: string | undefined): Language {
  const tag = officeLanguage || browserLanguage || "";
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}
