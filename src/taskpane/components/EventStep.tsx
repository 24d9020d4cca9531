import { Body1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { EVENT_PRESET_IDS, type EventPresetId } from "../eventPresets";
import type { PlanRunApi } from "../hooks/usePlanRun";
import { format } from "../i18n";
import type { EventField } from "../planForm";
import { PRESET_LABEL } from "../presetLabels";
import { TextField, useFillStyles } from "./TextField";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 140px), 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

/** Step 2: the event (a preset or custom), its dates, the marketplace and the timing. */
export function EventStep({ pane }: { readonly pane: PlanRunApi }) {
  const styles = useStyles();
  const fill = useFillStyles();
  const { strings, form, check, dispatch, namer } = pane;
  const e = form.event;
  const set = (field: EventField) => (value: string) => dispatch({ type: "setEvent", field, value, namer });
  const known = pane.data.findings?.sales.ok ? pane.data.findings.sales.value.marketplaces : [];
  const common = { strings };
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.eventIntro}
      </Body1>
      <Field className={fill.field} label={strings.eventPreset}>
        <Select className={fill.control} data-testid="field-preset" value={e.preset} onChange={(_, data) => dispatch({ type: "choosePreset", preset: data.value as EventPresetId, namer })}>
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
    </div>
  );
}
