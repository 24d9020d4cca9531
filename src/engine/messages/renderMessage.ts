/**
 * Filling a message template in English or Simplified Chinese.
 */
import type { MessageParam, MessageText } from "./messageText";
import { MESSAGES_EN } from "./messagesEn";
import { MESSAGES_ZH } from "./messagesZh";
import { isChineseLanguage, placeText } from "./placeText";

/** One value as the language writes it. */
function paramText(param: MessageParam, language: string): string {
  if (typeof param === "string") return param;
  if (typeof param === "number") return String(param);
  const zh = isChineseLanguage(language);
  if ("place" in param) return placeText(param.place, language);
  if ("quoted" in param) return zh ? `“${param.quoted}”` : `'${param.quoted}'`;
  if ("text" in param) return renderMessage(param.text, language);
  const items = param.list.map((p) => paramText(p, language));
  if (param.joiner === "comma" || items.length < 2) return items.join(zh ? "、" : ", ");
  const head = items.slice(0, -1).join(zh ? "、" : ", ");
  return zh ? `${head} 和 ${items[items.length - 1]}` : `${head} and ${items[items.length - 1]}`;
}

/**
 * A message in `language` ("zh…" → Simplified Chinese, anything else English):
 * the key's template with each `{name}` replaced by its value; a name without a
 * value stays as it is, so a gap shows instead of vanishing.
 * @example renderMessage({ key: "notANumber", params: { place: { place: { sheet: "Sales", row: 6, column: "Units" } }, value: { quoted: "abc" } } }, "zh-CN")
 * // "表 Sales 第 6 行，Units 列：“abc” 不是数字"
 */
export function renderMessage(text: MessageText, language: string): string {
  const template = (isChineseLanguage(language) ? MESSAGES_ZH : MESSAGES_EN)[text.key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params[name];
    return value === undefined ? whole : paramText(value, language);
  });
}
