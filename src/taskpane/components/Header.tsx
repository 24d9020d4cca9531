import { Button, Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { format, otherLanguage, STRINGS, type Language, type Strings } from "../i18n";
import { testId } from "../testHooks";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  title: {
    margin: 0,
  },
  tagline: {
    color: tokens.colorNeutralForeground2,
  },
  switch: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface HeaderProps {
  readonly strings: Strings;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
}

/** Product name, tagline and the language switch (English ⇄ 简体中文). */
export function Header({ strings, language, onLanguageChange }: HeaderProps) {
  const styles = useStyles();
  const next = otherLanguage(language);
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title2 as="h1" className={styles.title}>
          PeakStock
        </Title2>
        <Caption1 className={styles.tagline}>{strings.tagline}</Caption1>
      </div>
      <Button
        {...testId("lang-switch")}
        className={styles.switch}
        size="small"
        appearance="subtle"
        lang={STRINGS[next].htmlLang}
        aria-label={format(strings.languageSwitch, { language: STRINGS[next].languageName })}
        title={format(strings.languageSwitch, { language: STRINGS[next].languageName })}
        onClick={() => onLanguageChange(next)}
      >
        {STRINGS[next].languageName}
      </Button>
    </header>
  );
}
