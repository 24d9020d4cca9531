/**
 * How a message names a place, per language: a sheet cell, a row, a sheet, a
 * custom-function argument or one of its cells.
 */
import type { ErrorLocation } from "../errors";

/** True for Simplified Chinese ("zh", "zh-CN", "zh-Hans" …); anything else is English. */
export function isChineseLanguage(language: string | undefined): boolean {
  return (language ?? "").toLowerCase().startsWith("zh");
}

/**
 * The words for a place, as sellers read them in each language.
 * @param where the structured place (sheet, 1-based row, column as the sheet writes it; or an argument and cell)
 * @param language "en" or "zh-CN"
 * @example placeText({ sheet: "Sales", row: 6, column: "Units" }, "en") // "Sales row 6, Units"
 * @example placeText({ sheet: "销售", row: 6, column: "销量" }, "zh-CN") // "表 销售 第 6 行，销量 列"
 * @example placeText({ argument: "daily_sales", index: 4 }, "zh-CN") // "daily_sales 第 4 个单元格"
 */
export function placeText(where: ErrorLocation, language: string): string {
  const zh = isChineseLanguage(language);
  if (where.address !== undefined) return zh ? `单元格 ${where.address}` : where.address;
  if (where.sheet !== undefined) {
    const sheet = zh ? `表 ${where.sheet}` : where.sheet;
    if (where.row === undefined) return where.column === undefined ? sheet : zh ? `${sheet}，${where.column} 列` : `${sheet}, ${where.column}`;
    const row = zh ? `${sheet} 第 ${where.row} 行` : `${sheet} row ${where.row}`;
    return where.column === undefined ? row : zh ? `${row}，${where.column} 列` : `${row}, ${where.column}`;
  }
  if (where.argument !== undefined) {
    if (where.index === undefined) return where.argument;
    return zh ? `${where.argument} 第 ${where.index} 个单元格` : `${where.argument}: cell ${where.index}`;
  }
  if (where.sku !== undefined) return zh ? `SKU“${where.sku}”` : `SKU '${where.sku}'`;
  return "";
}
