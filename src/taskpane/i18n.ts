/**
 * The task pane's text in English and Simplified Chinese. Every string a person reads
 * lives here; components pick a {@link Strings} by {@link Language}.
 */

/** The languages the task pane speaks. */
export type Language = "en" | "zh";

/** Every piece of text the task pane shows. */
export interface Strings {
  /** The language's own name, for the switch. */
  readonly languageName: string;
  /** BCP 47 tag for `<html lang>`. */
  readonly htmlLang: string;
  readonly languageLabel: string;
  readonly tagline: string;
  readonly intro: string;
  readonly functionsTitle: string;
  readonly functionsHint: string;
  readonly exampleLabel: string;
  readonly statusInExcel: string;
  readonly statusPreview: string;
}

export const STRINGS: Readonly<Record<Language, Strings>> = {
  en: {
    languageName: "English",
    htmlLang: "en",
    languageLabel: "Language",
    tagline: "Stock planning for e-commerce promotions",
    intro:
      "PeakStock helps cross-border sellers stock up for promotions such as Prime Day, Black Friday and 618, " +
      "right where the sales history already is: in Excel. Its worksheet functions turn daily sales and lead " +
      "times into stock targets. A step-by-step plan in this pane, from sales history to order quantities, " +
      "shipping batches and ship-by dates, is being built next.",
    functionsTitle: "Worksheet functions",
    functionsHint: "Type =PEAK. in a cell to see them in Excel's formula list.",
    exampleLabel: "Example",
    statusInExcel: "Connected to Excel.",
    statusPreview: "Preview outside Excel: open PeakStock from the Home tab in Excel to use its functions.",
  },
  zh: {
    languageName: "中文",
    htmlLang: "zh-CN",
    languageLabel: "语言",
    tagline: "电商大促备货规划",
    intro:
      "PeakStock 帮助跨境卖家为 Prime Day、黑五、618 等大促备货，直接在销售数据所在的 Excel 中完成。" +
      "它的工作表函数根据日销量和交期计算库存目标。本窗格中的分步规划（从历史销量到补货数量、发货批次和最晚发货日期）正在开发中。",
    functionsTitle: "工作表函数",
    functionsHint: "在单元格中输入 =PEAK. 即可在 Excel 的公式列表中看到它们。",
    exampleLabel: "示例",
    statusInExcel: "已连接 Excel。",
    statusPreview: "当前在 Excel 之外预览：请在 Excel 的“开始”选项卡中打开 PeakStock 以使用其函数。",
  },
};

/** The languages in the order the switch lists them. */
export const LANGUAGES: readonly Language[] = ["en", "zh"];

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
