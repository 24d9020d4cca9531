import { Body1, Caption1, Field, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SafetyStockMethod } from "../../engine/plan/types";
import type { Strings } from "../i18n";
import type { FormField, PolicyField, PolicyForm } from "../planForm";
import type { FieldMessage } from "../validateForm";
import { LanesTable, type LanesTableProps } from "./LanesTable";
import { TextField, useFillStyles } from "./TextField";
import { testId } from "../testHooks";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 120px), 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
});

export interface PolicyStepProps {
  readonly policy: PolicyForm;
  readonly fields: Readonly<Partial<Record<FormField, FieldMessage>>>;
  readonly strings: Strings;
  readonly onPolicy: (field: PolicyField, value: string) => void;
  readonly onMethod: (method: SafetyStockMethod) => void;
  /** The lanes editor's own props. */
  readonly lanes: LanesTableProps;
}

/** Step 3: service levels, buffer, budget, alert threshold, method, growth, cover, capacity and the lanes. */
export function PolicyStep({ policy: p, fields, strings, onPolicy, onMethod, lanes }: PolicyStepProps) {
  const styles = useStyles();
  const fill = useFillStyles();
  const check = { fields };
  const serviceHintId = useId("service-hint");
  const set = (field: PolicyField) => (value: string) => onPolicy(field, value);
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
        <Select className={fill.control} {...testId("field-method")} value={p.method} onChange={(_, data) => onMethod(data.value as SafetyStockMethod)}>
          <option value="SERVICE">{strings.methodService}</option>
          <option value="MAXAVG">{strings.methodMaxAvg}</option>
        </Select>
      </Field>
      <div className={styles.grid}>
        {field("growth", "growth", strings.policyGrowth, strings.growthHint)}
        {field("cover-days", "coverDays", strings.policyCoverDays)}
        {field("capacity", "capacity", strings.policyCapacity, strings.capacityHint, false)}
      </div>
      <LanesTable {...lanes} />
    </div>
  );
}
