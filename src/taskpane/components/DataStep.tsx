import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanRunApi } from "../hooks/usePlanRun";
import type { Language } from "../i18n";
import { SOURCE_KINDS } from "../planForm";
import { resolveSources } from "../work/inspectSources";
import { DataSummary } from "./DataSummary";
import { SourcePicker } from "./SourcePicker";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  flush: { margin: 0 },
});

export interface DataStepProps {
  readonly pane: PlanRunApi;
  readonly language: Language;
}

/** Step 1: which sheets hold the data, and what is in them. */
export function DataStep({ pane, language }: DataStepProps) {
  const styles = useStyles();
  const { strings, data, form } = pane;
  const found = resolveSources(data.sheetNames, {});
  return (
    <div className={styles.step}>
      <Body1 as="p" className={styles.flush}>
        {strings.dataIntro}
      </Body1>
      <div className={styles.actions}>
        <Button data-testid="data-detect" appearance="secondary" onClick={() => void pane.detect()} disabled={data.status === "reading"}>
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
          picked={form.sources[kind] ?? ""}
          found={found[kind]}
          error={pane.sourceErrors[kind]}
          {...(kind === "Sales" ? { hint: strings.salesHint } : {})}
          strings={strings}
          language={language}
          onPick={pane.pickSource}
        />
      ))}
      <DataSummary findings={data.findings} strings={strings} language={language} />
    </div>
  );
}
