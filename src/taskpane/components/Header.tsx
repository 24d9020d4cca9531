import { Caption1, Select, Title2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { LANGUAGES, STRINGS, type Language, type Strings } from "../i18n";

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
  language: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    rowGap: tokens.spacingVerticalXXS,
    flexShrink: 0,
  },
  languageLabel: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface HeaderProps {
  readonly strings: Strings;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
}

/** Product name, tagline and the language switch. */
export function Header({ strings, language, onLanguageChange }: HeaderProps) {
  const styles = useStyles();
  const selectId = useId("language");
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title2 as="h1" className={styles.title}>
          PeakStock
        </Title2>
        <Caption1 className={styles.tagline}>{strings.tagline}</Caption1>
      </div>
      <div className={styles.language}>
        <label htmlFor={selectId} className={styles.languageLabel}>
          <Caption1>{strings.languageLabel}</Caption1>
        </label>
        <Select
          id={selectId}
          size="small"
          value={language}
          onChange={(_, data) => onLanguageChange(data.value as Language)}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={STRINGS[code].htmlLang}>
              {STRINGS[code].languageName}
            </option>
          ))}
        </Select>
      </div>
    </header>
  );
}
