/**
 * Office's display language, for the parts of the add-in that speak to the user
 * outside React (custom-function errors). Office.js may be absent (jest, the
 * browser preview), so this never waits for it and never throws.
 */

/** The language code of Office's user interface ("zh-CN", "en-US"), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.displayLanguage ?? undefined;
  } catch {
    return undefined; // Office.context is not ready before Office.onReady
  }
}
