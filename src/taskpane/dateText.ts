/**
 * Dates typed in one field of the task pane. Pure.
 */

/**
 * Dates in one field, separated by commas, semicolons, spaces or line breaks.
 * @example splitDates("2024-11-29, 2025-11-28") // ["2024-11-29", "2025-11-28"]
 */
export function splitDates(text: string): string[] {
  return text.split(/[\s,;，；、]+/).filter((part) => part !== "");
}
