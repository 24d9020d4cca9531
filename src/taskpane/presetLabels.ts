/**
 * The text keys of the event presets, and the event names they give.
 */
import type { EventPresetId } from "./eventPresets";
import type { StringKey, Strings } from "./i18n";
import type { PresetNamer } from "./formReducer";

export const PRESET_LABEL: Readonly<Record<EventPresetId, StringKey>> = {
  "prime-day": "presetPrimeDay",
  "prime-big-deal-days": "presetBigDealDays",
  bfcm: "presetBfcm",
  "back-to-school": "presetBackToSchool",
  "618": "preset618",
  custom: "presetCustom",
};

/**
 * Names events in a language: the preset's label and the year.
 * @example presetNamer(STRINGS.en)("bfcm", 2027) // "Black Friday / Cyber Monday 2027"
 */
export function presetNamer(strings: Strings): PresetNamer {
  return (preset, year) => `${strings[PRESET_LABEL[preset]]} ${year}`;
}
