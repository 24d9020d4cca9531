import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FUNCTION_CATALOG } from "../functionCatalog";
import { STRINGS, pickLanguage, type Language } from "../i18n";
import { browserLanguage } from "../officeHost";
import { useHost } from "../useHost";
import { FunctionCard } from "./FunctionCard";
import { Header } from "./Header";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "640px",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  flush: {
    margin: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

/** The PeakStock task pane: what PeakStock does and the PEAK.* functions available now. */
export function App() {
  const styles = useStyles();
  const host = useHost();
  const [chosen, setChosen] = useState<Language | undefined>(undefined);
  const language = chosen ?? pickLanguage(host.displayLanguage, browserLanguage());
  const strings = STRINGS[language];
  const functionsTitleId = useId("functions-title");

  useEffect(() => {
    document.documentElement.lang = strings.htmlLang;
  }, [strings.htmlLang]);

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.page}>
        <Header strings={strings} language={language} onLanguageChange={setChosen} />
        <Body1 as="p" className={styles.flush}>
          {strings.intro}
        </Body1>
        <section className={styles.section} aria-labelledby={functionsTitleId}>
          <Subtitle2 as="h2" id={functionsTitleId} className={styles.flush}>
            {strings.functionsTitle}
          </Subtitle2>
          <Body1 className={styles.hint}>{strings.functionsHint}</Body1>
          {FUNCTION_CATALOG.map((entry) => (
            <FunctionCard key={entry.name} entry={entry} language={language} strings={strings} />
          ))}
        </section>
        <MessageBar intent={host.inOffice ? "success" : "info"}>
          <MessageBarBody>{host.inOffice ? strings.statusInExcel : strings.statusPreview}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
