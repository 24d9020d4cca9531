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
 * An engine error or warning for the user, in the pane's language (`errorText`).
 * @example engineText(readNumber("abc", { sheet: "Sales", row: 5, column: "Units" }).error, "zh") // "表 Sales 第 5 行，Units 列：“abc” 不是数字"
 */
export function engineText(error: EngineError, language: Language): string {
  return errorText(error, language === "zh" ? "zh-CN" : "en");
}
