/**
 * One cell as SpreadsheetML text (ECMA-376 Part 1 §18.3.1.4): numbers in
 * `<v>`, text always as an inline string (`t="inlineStr"`), so the shared
 * string table is never rewritten and text that starts with = + - @ is stored
 * as text, never as a formula. Characters XML cannot carry are written as
 * OOXML escapes (`xlsxText.ts`), markup characters as entities.
 */
import type { OutputCell } from "../../engine/plan/outputTable";
import { encodeXlsxText } from "../xlsxText";
import { escapeXml } from "./xmlEscape";

/**
 * `<c>` for a value at `address` in style `style` (0 = the workbook's default).
 * A blank (null) cell is written only when it carries a style.
 * @example cellXml("A2", "=cmd|' /c calc'!A1", 1) // '<c r="A2" s="1" t="inlineStr"><is><t>=cmd|\' /c calc\'!A1</t></is></c>'
 * @example cellXml("B2", 1200, 3) // '<c r="B2" s="3"><v>1200</v></c>'
 */
export function cellXml(address: string, value: OutputCell, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (value === null) return s === "" ? "" : `<c r="${address}"${s}/>`;
  if (typeof value === "number") return `<c r="${address}"${s}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
}

/**
 * `<t>` holding `text`: escaped, `xml:space="preserve"` when leading or
 * trailing white space or a line break would otherwise be lost.
 * @example textElement(" a&b") // '<t xml:space="preserve"> a&amp;b</t>'
 */
export function textElement(text: string): string {
  const stored = escapeXml(encodeXlsxText(text));
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${stored}</t>`;
}
