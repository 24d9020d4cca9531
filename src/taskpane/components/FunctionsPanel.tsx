import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_CATALOG } from "../functionCatalog";
import type { Language, Strings } from "../i18n";
import { FunctionCard } from "./FunctionCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The PEAK.* worksheet functions, folded away below the plan. */
export function FunctionsPanel({ strings, language }: { readonly strings: Strings; readonly language: Language }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="functions">
        <AccordionHeader as="h2" size="small">
          {strings.functionsTitle}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Body1 className={styles.hint}>{strings.functionsHint}</Body1>
          {FUNCTION_CATALOG.map((entry) => (
            <FunctionCard key={entry.name} entry={entry} language={language} strings={strings} />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
