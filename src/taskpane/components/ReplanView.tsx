import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { BatchBrief, ReplanChange } from "../../engine/watch/replanFromActuals";
import { engineText, formatDay, formatUnits } from "../formatters";
import type { ReplanState } from "../hooks/useReplan";
import { format, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";
import { RichText } from "./RichText";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  flush: { margin: 0 },
});

export interface ReplanViewProps {
  readonly replan: ReplanState;
  readonly hasPlan: boolean;
  readonly strings: Strings;
  readonly language: Language;
  readonly onReplan: () => void;
}

/** One batch in words: "400 by Sea, ship by 2026-09-20", or "none". */
function batchText(batch: BatchBrief | null, strings: Strings, language: Language): string {
  return batch ? format(strings.replanBatch, { units: formatUnits(batch.units, language), lane: batch.lane, shipBy: formatDay(batch.shipBy) }) : strings.replanNoBatch;
}

/** A batch before → after: "Base: 3,120 → 3,160 by Fast boat, ship by 2026-10-10" on the same lane and day, else both in full; null when there is none either side. */
function changeText(kind: string, before: BatchBrief | null, after: BatchBrief | null, strings: Strings, language: Language): string | null {
  if (!before && !after) return null;
  if (before && after && before.lane === after.lane && before.shipBy === after.shipBy) {
    return format(strings.replanSameLane, { kind, before: formatUnits(before.units, language), after: formatUnits(after.units, language), lane: after.lane, shipBy: formatDay(after.shipBy) });
  }
  return format(strings.replanBeforeAfter, { kind, before: batchText(before, strings, language), after: batchText(after, strings, language) });
}

/** The SKUs whose batches change, before → after. */
function Changes({ changes, strings, language }: { readonly changes: readonly ReplanChange[]; readonly strings: Strings; readonly language: Language }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {changes.map((c) => (
        <li key={c.sku} className={styles.item} {...testId(`replan-${c.sku}`)}>
          <Body1>
            <strong>{c.sku}</strong>
            {c.sentUnits > 0 ? ` · ${format(strings.replanSent, { units: formatUnits(c.sentUnits, language) })}` : ""}
          </Body1>
          {c.after === null ? (
            <Caption1>{format(strings.replanFailed, { message: c.error ? engineText(c.error, language) : "" })}</Caption1>
          ) : (
            (["base", "sprint"] as const).map((kind) => {
              const text = changeText(kind === "base" ? strings.replanBase : strings.replanSprint, c.before[kind], c.after?.[kind] ?? null, strings, language);
              return text === null ? null : (
                <Caption1 key={kind}>
                  <RichText template={text} />
                </Caption1>
              );
            })
          )}
        </li>
      ))}
    </ul>
  );
}

/** Re-plan from actuals: one click, and what changed per SKU. */
export function ReplanView({ replan, hasPlan, strings, language, onReplan }: ReplanViewProps) {
  const styles = useStyles();
  const titleId = useId("replan");
  const outcome = replan.outcome;
  const changed = outcome?.kind === "replan" ? outcome.changes.filter((c) => c.changed) : [];
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.flush}>
        {strings.replanTitle}
      </Subtitle2>
      <Caption1>{strings.replanIntro}</Caption1>
      <div className={styles.actions}>
        <Button {...testId("replan-run")} disabledFocusable={!hasPlan || replan.status === "running"} onClick={onReplan}>
          {strings.replanRun}
        </Button>
        {replan.status === "running" && <Spinner size="tiny" />}
      </div>
      {replan.status === "error" && replan.error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{typeof replan.error === "string" ? replan.error : engineText(replan.error, language)}</MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite" {...testId("replan-result")}>
        {outcome?.kind === "noDays" && <Body1><RichText template={strings.watchNoDays} values={{ planDate: formatDay(outcome.planDate), sheet: outcome.sheet }} /></Body1>}
        {outcome?.kind === "eventOver" && <Body1><RichText template={strings.watchEventOver} values={{ end: formatDay(outcome.end) }} /></Body1>}
        {outcome?.kind === "replan" && (
          <>
            <Body1 as="p" className={styles.flush}>
              <RichText
                template={changed.length > 0 ? strings.replanDone : strings.replanNone}
                values={{ today: formatDay(outcome.todaySerial), changed: formatUnits(changed.length, language), total: formatUnits(outcome.changes.length, language) }}
              />
            </Body1>
            {changed.length > 0 && <Changes changes={changed} strings={strings} language={language} />}
          </>
        )}
      </div>
    </section>
  );
}
