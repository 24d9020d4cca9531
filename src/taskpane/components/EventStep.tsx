import { Body1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { EVENT_PRESET_IDS, type EventPresetId } from "../eventPresets";
import { format, type Strings } from "../i18n";
import type { EventField, EventForm, FormField, SeasonColumn, SeasonRow } from "../planForm";
import type { FieldMessage } from "../validateForm";
import type { SeasonFieldProblem } from "../validateSeason";
import { SeasonEditor } from "./SeasonEditor";
import { PRESET_LABEL } from "../presetLabels";
import { TextField, useFillStyles } from "./TextField";
import { testId } from "../testHooks";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 140px), 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

export interface EventStepProps {
  readonly event: EventForm;
  /** Messages at the fields. */
  readonly fields: Readonly<Partial<Record<FormField, FieldMessage>>>;
  /** Marketplaces the Sales sheet names, as a hint. */
  readonly knownMarketplaces: readonly string[];
  readonly strings: Strings;
  readonly onEvent: (field: EventField, value: string) => void;
  readonly onPreset: (preset: EventPresetId) => void;
  /** The season's further events and their problems. */
  readonly season: readonly SeasonRow[];
  readonly seasonProblems: readonly SeasonFieldProblem[];
  readonly onSeason: (key: number, column: SeasonColumn, value: string) => void;
  readonly onAddSeason: () => void;
  readonly onRemoveSeason: (key: number) => void;
}

/** Step 2: the event (a preset or custom), its dates, the marketplace and the timing, then the season's further events. */
export function EventStep({ event: e, fields, knownMarketplaces: known, strings, onEvent, onPreset, season, seasonProblems, onSeason, onAddSeason, onRemoveSeason }: EventStepProps) {
  const styles = useStyles();
  const fill = useFillStyles();
  const set = (field: EventField) => (value: string) => onEvent(field, value);
  const check = { fields };
  const common = { strings };
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.eventIntro}
      </Body1>
      <Field className={fill.field} label={strings.eventPreset}>
        <Select className={fill.control} {...testId("field-preset")} value={e.preset} onChange={(_, data) => onPreset(data.value as EventPresetId)}>
          {EVENT_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {strings[PRESET_LABEL[id]]}
            </option>
          ))}
        </Select>
      </Field>
      <TextField {...common} suffix="name" label={strings.eventName} value={e.name} onChange={set("name")} message={check.fields.name} />
      <div className={styles.pair}>
        <TextField {...common} suffix="start" type="date" required label={strings.eventStart} value={e.start} onChange={set("start")} message={check.fields.start} />
        <TextField {...common} suffix="end" type="date" required label={strings.eventEnd} value={e.end} onChange={set("end")} message={check.fields.end} />
      </div>
      <TextField {...common} suffix="plan-date" type="date" required label={strings.eventPlanDate} value={e.planDate} onChange={set("planDate")} message={check.fields.planDate} />
      <TextField
        {...common}
        suffix="marketplace"
        label={strings.eventMarketplace}
        hint={known.length > 0 ? `${strings.marketplaceHint} ${format(strings.marketplaceKnown, { list: known.join(", ") })}` : strings.marketplaceHint}
        value={e.marketplace}
        onChange={set("marketplace")}
        message={check.fields.marketplace}
      />
      <TextField {...common} suffix="past-starts" label={strings.eventPastStarts} hint={strings.pastStartsHint} value={e.pastStarts} onChange={set("pastStarts")} message={check.fields.pastStarts} />
      <TextField {...common} suffix="cut-off" type="date" label={strings.eventCutOff} hint={strings.cutOffHint} value={e.cutOff} onChange={set("cutOff")} message={check.fields.cutOff} />
      <div className={styles.pair}>
        <TextField {...common} suffix="receiving-days" inputMode="numeric" required label={strings.eventReceivingDays} hint={strings.receivingHint} value={e.receivingDays} onChange={set("receivingDays")} message={check.fields.receivingDays} />
        <TextField {...common} suffix="safety-days" inputMode="numeric" required label={strings.eventSafetyDays} value={e.safetyDays} onChange={set("safetyDays")} message={check.fields.safetyDays} />
      </div>
      <SeasonEditor rows={season} problems={seasonProblems} strings={strings} onChange={onSeason} onAdd={onAddSeason} onRemove={onRemoveSeason} />
    </div>
  );
}
