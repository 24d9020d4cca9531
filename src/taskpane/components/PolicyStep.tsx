import { Body1, Caption1, Field, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SafetyStockMethod } from "../../engine/plan/types";
import type { PlanRunApi } from "../hooks/usePlanRun";
import type { PolicyField } from "../planForm";
import { LanesTable } from "./LanesTable";
import { TextField, useFillStyles } from "./TextField";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 120px), 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

/** Step 3: service levels, buffer, budget, alert threshold, method, growth, cover, capacity and the lanes. */
export function PolicyStep({ pane }: { readonly pane: PlanRunApi }) {
  const styles = useStyles();
  const fill = useFillStyles();
  const { strings, form, check, dispatch } = pane;
  const p = form.policy;
  const serviceHintId = useId("service-hint");
  const set = (field: PolicyField) => (value: string) => dispatch({ type: "setPolicy", field, value });
  const field = (suffix: string, name: PolicyField, label: string, hint?: string, required = true) => (
    <TextField strings={strings} suffix={suffix} inputMode="decimal" required={required} label={label} {...(hint ? { hint } : {})} value={p[name]} onChange={set(name)} message={check.fields[name]} />
  );
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.policyIntro}
      </Body1>
      <div className={styles.grid} role="group" aria-describedby={serviceHintId}>
        {field("service-a", "serviceA", strings.policyServiceA)}
        {field("service-b", "serviceB", strings.policyServiceB)}
        {field("service-c", "serviceC", strings.policyServiceC)}
      </div>
      <Caption1 id={serviceHintId} className={styles.flush}>
        {strings.serviceHint}
      </Caption1>
      {field("buffer", "buffer", strings.policyBuffer, strings.bufferHint)}
      {field("contingency", "contingency", strings.policyContingency, strings.contingencyHint)}
      {field("threshold", "threshold", strings.policyThreshold, strings.thresholdHint)}
      <Field className={fill.field} label={strings.policyMethod}>
        <Select className={fill.control} data-testid="field-method" value={p.method} onChange={(_, data) => dispatch({ type: "setMethod", method: data.value as SafetyStockMethod })}>
          <option value="SERVICE">{strings.methodService}</option>
          <option value="MAXAVG">{strings.methodMaxAvg}</option>
        </Select>
      </Field>
      <div className={styles.grid}>
        {field("growth", "growth", strings.policyGrowth, strings.growthHint)}
        {field("cover-days", "coverDays", strings.policyCoverDays)}
        {field("capacity", "capacity", strings.policyCapacity, strings.capacityHint, false)}
      </div>
      <LanesTable pane={pane} />
    </div>
  );
}
