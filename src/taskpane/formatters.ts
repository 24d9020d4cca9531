/**
 * Numbers, money, dates and engine messages as the pane shows them, in its language. Pure.
 */
import { isoFromSerial } from "../engine/dates";
import type { EngineError } from "../engine/errors";
import { errorText } from "../engine/errorText";
import type { Language } from "./i18n";

const LOCALE: Readonly<Record<Language, string>> = { en: "en-US", zh: "zh-CN" };

/**
 * Whole units with grouping.
 * @example formatUnits(12400.4, "en") // "12,400"
 */
export function formatUnits(units: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(units);
}

/**
 * USD, whole dollars (the plan's costs are estimates).
 * @example formatUsd(182340.5, "en") // "$182,341"
 * @example formatUsd(182340.5, "zh") // "US$182,341"
 */
export function formatUsd(usd: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { style: "currency", currency: "USD", maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(usd);
}

/**
 * A fraction as a percentage.
 * @example formatPercent(0.3, "en") // "30%"
 */
export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}

/**
 * An Excel serial day as yyyy-mm-dd (the same in both languages, as the sheets show dates).
 * @example formatDay(46353) // "2026-11-27"
 */
export function formatDay(serial: number): string {
  return isoFromSerial(serial);
}

/**
 * An engine error for the user: its message in English; in Chinese a Chinese sentence
 * from its code first, the English detail kept (as the custom functions show errors).
 * @example engineText({ code: "NOT_A_NUMBER", message: "Sales row 5, Units: 'abc' is not a number" }, "zh") // "不是数字。Sales row 5, Units: 'abc' is not a number"
 */
export function engineText(error: EngineError, language: Language): string {
  return errorText(error, language === "zh" ? "zh-CN" : "en");
}
