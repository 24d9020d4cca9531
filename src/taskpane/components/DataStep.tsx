import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { EngineError } from "../../engine/errors";
import type { DataState } from "../hooks/useWorkbookData";
import type { Language, Strings } from "../i18n";
import { SOURCE_KINDS, type SourceKind } from "../planForm";
import { testId } from "../testHooks";
import { resolveSources } from "../work/inspectSources";
import { DataSummary } from "./DataSummary";
import { SourcePicker } from "./SourcePicker";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  flush: { margin: 0 },
});

export interface DataStepProps {
  readonly data: DataState;
  /** The sheets the user picked, by kind ("" or absent = found by name). */
  readonly picked: Readonly<Partial<Record<SourceKind, string>>>;
  readonly sourceErrors: Readonly<Partial<Record<SourceKind, EngineError>>>;
  readonly strings: Strings;
  readonly language: Language;
  readonly onDetect: () => void;
  readonly onPick: (kind: SourceKind, sheet: string) => void;
}

/** Step 1: which sheets hold the data, and what is in them. */
export function DataStep({ data, picked, sourceErrors, strings, language, onDetect, onPick }: DataStepProps) {
  const styles = useStyles();
  const found = resolveSources(data.sheetNames, {});
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.dataIntro}
      </Body1>
      <div className={styles.actions}>
        <Button {...testId("data-detect")} appearance="secondary" onClick={onDetect} disabled={data.status === "reading"}>
          {strings.dataDetect}
        </Button>
        {data.status === "reading" && <Spinner size="tiny" label={strings.dataReading} />}
      </div>
      {data.status === "noWorkbook" && <Body1 role="alert">{strings.noWorkbook}</Body1>}
      {data.status === "failed" && data.failure !== null && <Body1 role="alert">{data.failure}</Body1>}
      {SOURCE_KINDS.map((kind) => (
        <SourcePicker
          key={kind}
          kind={kind}
          sheetNames={data.sheetNames}
          picked={picked[kind] ?? ""}
          found={found[kind]}
          error={sourceErrors[kind]}
          {...(kind === "Sales" ? { hint: strings.salesHint } : {})}
          strings={strings}
          language={language}
          onPick={onPick}
        />
      ))}
      <DataSummary findings={data.findings} strings={strings} language={language} />
    </div>
  );
}
