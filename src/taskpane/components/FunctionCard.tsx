import { Body1, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogEntry } from "../functionCatalog";
import type { Language, Strings } from "../i18n";

const useStyles = makeStyles({
  code: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
  },
  example: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  exampleLabel: {
    color: tokens.colorNeutralForeground3,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  },
  explanation: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface FunctionCardProps {
  readonly entry: CatalogEntry;
  readonly language: Language;
  readonly strings: Strings;
}

/** One PEAK.* function: name, arguments, what it computes and a worked example. */
export function FunctionCard({ entry, language, strings }: FunctionCardProps) {
  const styles = useStyles();
  return (
    <Card appearance="filled-alternative">
      <CardHeader header={<Text weight="semibold">{entry.name}</Text>} />
      <code className={styles.code}>{entry.signature}</code>
      <Body1>{entry.summary[language]}</Body1>
      <div className={styles.example}>
        <Caption1 className={styles.exampleLabel}>{strings.exampleLabel}</Caption1>
        <code className={styles.code}>
          {entry.example.formula} → {entry.example.result}
        </code>
        <Caption1 className={styles.explanation}>{entry.example.explanation[language]}</Caption1>
      </div>
    </Card>
  );
}
