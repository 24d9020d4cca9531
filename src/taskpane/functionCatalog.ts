/**
 * The PEAK.* worksheet functions the task pane lists: one entry per function in
 * src/functions/functions.ts, with text in both languages.
 */
import type { Language } from "./i18n";

/** One worksheet function as the task pane shows it. */
export interface CatalogEntry {
  /** As typed in Excel, with the namespace: "PEAK.SAFETYSTOCK". */
  readonly name: string;
  /** Arguments in Excel's notation, optional ones in brackets. */
  readonly signature: string;
  readonly summary: Readonly<Record<Language, string>>;
  readonly example: {
    readonly formula: string;
    readonly result: string;
    readonly explanation: Readonly<Record<Language, string>>;
  };
}

export const FUNCTION_CATALOG: readonly CatalogEntry[] = [
  {
    name: "PEAK.SAFETYSTOCK",
    signature: "PEAK.SAFETYSTOCK(daily_sales, lead_time_days, [max_lead_time_days], [method], [service_level])",
    summary: {
      en:
        "Safety stock in units. MAXAVG (default): max daily sales × max lead time − average daily sales × " +
        "average lead time. SERVICE: z·√(L̄·σd² + d̄²·σL²) for a service level (default 0.95).",
      zh:
        "安全库存（件）。MAXAVG（默认）：最高日销量 × 最长交期 − 平均日销量 × 平均交期。" +
        "SERVICE：按服务水平（默认 0.95）计算 z·√(L̄·σd² + d̄²·σL²)。",
    },
    example: {
      formula: "=PEAK.SAFETYSTOCK(B2:B31, 10, 23)",
      result: "275",
      explanation: {
        en: "Sales peaking at 15 and averaging 7 a day, lead time 10 days, at most 23: 15 × 23 − 7 × 10.",
        zh: "日销量最高 15、平均 7，交期 10 天、最长 23 天：15 × 23 − 7 × 10。",
      },
    },
  },
];
