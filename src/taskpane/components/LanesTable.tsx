import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Checkbox, Field, Input, Select, Subtitle2, makeStyles, tokens, useId,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LaneMode } from "../../engine/plan/types";
import { format, say, type Message, type StringKey, type Strings } from "../i18n";
import { LANE_MODES, type LaneColumn, type LaneRow, type LanesOrigin } from "../planForm";
import { testId } from "../testHooks";
import type { LaneProblem } from "../validateForm";

/**
 * The lane fields the editor shows, in order: one labelled input per column. Data, so a new
 * lane column (a destination …) is one entry here and one label in the strings.
 */
export const LANE_FIELDS: readonly { readonly column: LaneColumn; readonly label: StringKey; readonly input: "text" | "decimal" }[] = [
  { column: "name", label: "laneName", input: "text" },
  { column: "destination", label: "laneDestination", input: "text" },
  { column: "transitDays", label: "laneTransit", input: "decimal" },
  { column: "transitDaysWorst", label: "laneWorst", input: "decimal" },
  { column: "handlingDays", label: "laneHandling", input: "decimal" },
  { column: "ratePerKg", label: "laneRateKg", input: "decimal" },
  { column: "ratePerCbm", label: "laneRateCbm", input: "decimal" },
  { column: "minCharge", label: "laneMinCharge", input: "decimal" },
  { column: "volumetricDivisor", label: "laneDivisor", input: "decimal" },
];
const COLUMN_LABEL = Object.fromEntries(LANE_FIELDS.map((f) => [f.column, f.label])) as Readonly<Record<LaneColumn, StringKey>>;
const MODE_LABEL: Readonly<Record<LaneMode, StringKey>> = { sea: "modeSea", "fast-sea": "modeFastSea", rail: "modeRail", air: "modeAir", express: "modeExpress" };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  lane: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, marginBottom: tokens.spacingVerticalXS },
  head: { display: "flex", flexDirection: "column", minWidth: 0, textAlign: "start" },
  name: { overflowWrap: "anywhere" },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
    paddingBottom: tokens.spacingVerticalS,
  },
  wide: { gridColumn: "1 / -1" },
  control: { width: "100%", minWidth: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: "wrap" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  flush: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface LanesTableProps {
  readonly lanes: readonly LaneRow[];
  readonly origin: LanesOrigin;
  /** The Lanes sheet the lanes came from, when they did. */
  readonly lanesSheet: string | undefined;
  readonly problems: readonly LaneProblem[];
  /** A problem with the lanes as a whole (none left). */
  readonly lanesMessage: Message | null;
  readonly strings: Strings;
  readonly onLane: (key: number, column: LaneColumn, value: string) => void;
  readonly onMode: (key: number, mode: LaneMode) => void;
  readonly onSensitive: (key: number, allowed: boolean) => void;
  readonly onAdd: () => void;
  readonly onRemove: (key: number) => void;
  readonly onReset: () => void;
}

/**
 * The lanes the plan may use, one card each (a task pane is 320–400 px wide: a row of ten
 * inputs does not fit, a card of labelled fields does). A card shows its name and timing and
 * opens to edit; a lane with a problem stays open.
 */
export function LanesTable({ lanes, origin, lanesSheet, problems, lanesMessage, strings, onLane, onMode, onSensitive, onAdd, onRemove, onReset }: LanesTableProps) {
  const styles = useStyles();
  const titleId = useId("lanes-title");
  const [opened, setOpened] = useState<readonly number[]>([]);
  const bad = new Map(problems.map((p) => [`${p.laneKey}:${p.column}`, p]));
  const withProblems = new Set(problems.map((p) => p.laneKey));
  const openItems = lanes.filter((l) => opened.includes(l.key) || withProblems.has(l.key)).map((l) => l.key);
  const onToggle: AccordionToggleEventHandler<number> = (_, data) => setOpened(data.openItems);
  const originText =
    origin === "sheet" ? format(strings.lanesFromSheet, { sheet: lanesSheet ?? "" })
      : origin === "defaults" ? strings.lanesFromDefaults
        : origin === "settings" ? strings.lanesFromSettings
          : strings.lanesEdited;
  return (
    <section className={styles.section} aria-labelledby={titleId} {...testId("lanes-table")}>
      <Subtitle2 as="h3" id={titleId} className={styles.flush}>
        {strings.lanesTitle}
      </Subtitle2>
      <Caption1 className={styles.muted}>{originText}</Caption1>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {lanes.map((lane, i) => {
          const title = lane.name.trim() || format(strings.laneUnnamed, { n: i + 1 });
          const label = (column: string) => format(strings.laneCellLabel, { column, lane: title });
          return (
            <AccordionItem key={lane.key} value={lane.key} className={styles.lane} {...testId(`lane-row-${i + 1}`)}>
              <AccordionHeader size="small">
                <span className={styles.head}>
                  <span className={styles.name}>{title}</span>
                  <Caption1 className={styles.muted}>
                    {format(strings.laneSummary, { mode: strings[MODE_LABEL[lane.mode]], transit: lane.transitDays, worst: lane.transitDaysWorst })}
                  </Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.fields}>
                  {LANE_FIELDS.map((f) => {
                    const problem = bad.get(`${lane.key}:${f.column}`);
                    return (
                      <Field
                        key={f.column}
                        className={f.column === "name" ? styles.wide : undefined}
                        label={strings[f.label]}
                        validationState={problem ? "error" : "none"}
                        {...(problem ? { validationMessage: say(strings, problem.message) } : {})}
                      >
                        <Input
                          size="small"
                          className={styles.control}
                          inputMode={f.input}
                          aria-label={label(strings[f.label])}
                          value={lane[f.column]}
                          onChange={(_, data) => onLane(lane.key, f.column, data.value)}
                        />
                      </Field>
                    );
                  })}
                  <Field label={strings.laneMode}>
                    <Select size="small" className={styles.control} aria-label={label(strings.laneMode)} value={lane.mode} onChange={(_, data) => onMode(lane.key, data.value as LaneMode)}>
                      {LANE_MODES.map((m) => (
                        <option key={m} value={m}>
                          {strings[MODE_LABEL[m]]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Checkbox className={styles.wide} label={strings.laneSensitive} checked={lane.allowsSensitive} onChange={(_, data) => onSensitive(lane.key, data.checked === true)} />
                  <div className={styles.wide}>
                    <Button size="small" appearance="subtle" onClick={() => onRemove(lane.key)}>
                      {format(strings.laneRemove, { lane: title })}
                    </Button>
                  </div>
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {(problems.length > 0 || lanesMessage) && (
        <ul className={styles.errors} role="alert" {...testId("error-lanes-table")}>
          {lanesMessage && <li>{say(strings, lanesMessage)}</li>}
          {problems.map((p) => (
            <li key={`${p.laneKey}:${p.column}`}>{format(strings.laneProblem, { lane: p.row, column: strings[COLUMN_LABEL[p.column]], message: say(strings, p.message) })}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={onAdd}>
          {strings.laneAdd}
        </Button>
        <Button size="small" appearance="subtle" onClick={onReset}>
          {strings.lanesReset}
        </Button>
      </div>
    </section>
  );
}
