/**
 * The summary's line about where the settings came from: the task pane's stored settings
 * (and when it saved them), or the sheets; and a growth given with `--growth`.
 */
import type { SettingsOrigin } from "../excel/savedSettings";

/**
 * "2026-09-15T08:30:00.000Z" → "2026-09-15 08:30 UTC".
 * @example savedAtText("2026-09-15T08:30:00.000Z") // "2026-09-15 08:30 UTC"
 */
export function savedAtText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Lines saying which settings were used, in `language`: none when the book has no stored settings
 * and no `--growth` was given (the sheets, as always).
 * @example settingsLines({ kind: "pane", savedAt: "2026-09-15T08:30:00.000Z", lanes: true, sources: false }, undefined, "en")
 * // ["Settings from the task pane, saved 2026-09-15 08:30 UTC: event and policy, lanes (--ignore-saved-settings uses the Event and Lanes sheets instead)"]
 */
export function settingsLines(origin: SettingsOrigin, growth: number | undefined, language: string): string[] {
  const zh = language.toLowerCase().startsWith("zh");
  const lines: string[] = [];
  if (origin.kind === "pane") {
    const parts = zh
      ? ["活动与策略", ...(origin.lanes ? ["物流渠道"] : []), ...(origin.sources ? ["所选工作表"] : [])].join("、")
      : ["event and policy", ...(origin.lanes ? ["lanes"] : []), ...(origin.sources ? ["chosen sheets"] : [])].join(", ");
    const when = origin.savedAt !== undefined ? savedAtText(origin.savedAt) : null;
    lines.push(
      zh
        ? `使用任务窗格保存的设置${when ? `（保存于 ${when}）` : ""}：${parts}（加 --ignore-saved-settings 则改用活动表和物流渠道表）`
        : `Settings from the task pane${when ? `, saved ${when}` : ""}: ${parts} (--ignore-saved-settings uses the Event and Lanes sheets instead)`,
    );
  } else if (origin.kind === "ignored") {
    lines.push(zh ? "已忽略任务窗格保存的设置（--ignore-saved-settings）：使用活动表和物流渠道表" : "Settings stored by the task pane ignored (--ignore-saved-settings): the Event and Lanes sheets are used");
  }
  if (growth !== undefined) lines.push(zh ? `增长系数 ${growth}，来自 --growth` : `Growth ${growth} from --growth`);
  return lines;
}
