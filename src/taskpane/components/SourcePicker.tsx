import { Field, Select } from "@fluentui/react-components";
import type { EngineError } from "../../engine/errors";
import { format, type Language, type StringKey, type Strings } from "../i18n";
import { engineText } from "../formatters";
import type { SourceKind } from "../planForm";
import { useFillStyles, validationProps } from "./TextField";
import { testId } from "../testHooks";

const LABEL: Readonly<Record<SourceKind, StringKey>> = { Sales: "sourceSales", SKUs: "sourceSkus", Lanes: "sourceLanes", Event: "sourceEvent" };
const NONE: Readonly<Record<SourceKind, StringKey>> = { Sales: "sourceNotFound", SKUs: "sourceNotFound", Lanes: "sourceNoLanes", Event: "sourceNoEvent" };
/** The contract's test id suffix of each picker. */
export const SOURCE_SUFFIX: Readonly<Record<SourceKind, string>> = { Sales: "sales", SKUs: "skus", Lanes: "lanes", Event: "event" };

export interface SourcePickerProps {
  readonly kind: SourceKind;
  readonly sheetNames: readonly string[];
  /** The sheet the user picked; "" = found by name. */
  readonly picked: string;
  /** The sheet found by name, if any. */
  readonly found: string | undefined;
  readonly error: EngineError | undefined;
  readonly hint?: string;
  readonly strings: Strings;
  readonly language: Language;
  readonly onPick: (kind: SourceKind, sheet: string) => void;
}

/** The sheet for one input (Sales, SKUs, Lanes, Event), with the engine's message about it. */
export function SourcePicker({ kind, sheetNames, picked, found, error, hint, strings, language, onPick }: SourcePickerProps) {
  const fill = useFillStyles();
  const suffix = SOURCE_SUFFIX[kind];
  const auto = found !== undefined && picked === "" ? format(strings.sourceFound, { sheet: found }) : strings[NONE[kind]];
  const names = picked !== "" && !sheetNames.includes(picked) ? [...sheetNames, picked] : sheetNames;
  return (
    <Field className={fill.field} label={strings[LABEL[kind]]} hint={hint} {...validationProps(error ? { text: engineText(error, language), severity: "error" } : null, suffix)}>
      <Select className={fill.control} {...testId(`field-${suffix}`)} value={picked} onChange={(_, data) => onPick(kind, data.value)}>
        <option value="">{auto}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
