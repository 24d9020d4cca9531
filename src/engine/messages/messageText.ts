/**
 * A message as data: a key into the message tables and the values it names, so
 * that each edge can say it in English or Simplified Chinese (`errorText`)
 * without translating English text by pattern.
 */
import type { ErrorLocation } from "../errors";
import type { MessageKey } from "./messagesEn";

export type { MessageKey } from "./messagesEn";

/**
 * One value a message names:
 * - a number or a plain string (a date, a sheet name, a lane), shown as it is;
 * - `{ place }`: a cell, row, sheet or argument, worded per language (`placeText`);
 * - `{ quoted }`: text from the workbook, in quotes ('abc' / “abc”);
 * - `{ text }`: a phrase of its own (a blank cell, the date 2026-01-05);
 * - `{ list }`: several values, "a, b and c" / "a、b 和 c" (`joiner: "comma"` leaves out "and").
 */
export type MessageParam =
  | string
  | number
  | { readonly place: ErrorLocation }
  | { readonly quoted: string }
  | { readonly text: MessageText }
  | { readonly list: readonly MessageParam[]; readonly joiner?: "and" | "comma" };

/** The values of a message, by the names its templates use (`{place}`, `{value}` …). */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message key and its values. */
export interface MessageText {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * A place as a message value.
 * @example placeParam({ sheet: "Sales", row: 6, column: "Units" }) // { place: { sheet: "Sales", row: 6, column: "Units" } }
 */
export function placeParam(where: ErrorLocation): MessageParam {
  return { place: where };
}

/**
 * Workbook text as a message value, shown in quotes.
 * @example quoted("abc") // { quoted: "abc" }
 */
export function quoted(text: string): MessageParam {
  return { quoted: text };
}

/**
 * A phrase (another message key) as a message value.
 * @example phrase("cellBlank") // { text: { key: "cellBlank", params: {} } }
 */
export function phrase(key: MessageKey, params: MessageParams = {}): MessageParam {
  return { text: { key, params } };
}

/**
 * Several values as one, joined as the language joins a list.
 * @example listParam(["Date", "Units"]) // "Date and Units" in English, "Date 和 Units" in Chinese
 */
export function listParam(items: readonly MessageParam[], joiner: "and" | "comma" = "and"): MessageParam {
  return { list: items, joiner };
}
