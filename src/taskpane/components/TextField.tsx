import { Field, Input, makeStyles, type InputProps } from "@fluentui/react-components";
import { say, type Strings } from "../i18n";
import { testId } from "../testHooks";
import type { FieldMessage } from "../validateForm";
import { keepDates } from "./RichText";


/** A Field's validation props for a message (error or warning; its dates never broken over two lines), with the test id `error-<suffix>` in the preview build. */
export function validationProps(message: { readonly text: string; readonly severity: "error" | "warning" } | null, suffix: string) {
  return message
    ? { validationState: message.severity, validationMessage: { children: keepDates(message.text), ...testId(`error-${suffix}`) } }
    : { validationState: "none" as const };
}

/** Controls that fill their field's column, however narrow the pane (Input and Select have intrinsic widths of their own). */
export const useFillStyles = makeStyles({
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

export interface TextFieldProps {
  /** Test id suffix: the input is `field-<suffix>`, its message `error-<suffix>`. */
  readonly suffix: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly message?: FieldMessage;
  readonly strings: Strings;
  readonly type?: InputProps["type"];
  readonly inputMode?: "text" | "decimal" | "numeric";
  readonly required?: boolean;
}

/** A labelled text, number or date input with its hint and its message at the field. */
export function TextField({ suffix, label, hint, value, onChange, message, strings, type = "text", inputMode, required }: TextFieldProps) {
  const styles = useFillStyles();
  const shown = message ? { text: say(strings, message), severity: message.severity } : null;
  return (
    <Field className={styles.field} label={label} hint={hint} required={required} {...validationProps(shown, suffix)}>
      <Input className={styles.control} {...testId(`field-${suffix}`)} type={type} inputMode={inputMode} value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
