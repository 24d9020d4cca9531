import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetKind } from "../../engine/workbook/headerAliases";
import { format, type Strings } from "../i18n";
import { testId } from "../testHooks";

/** The sheets a plan writes, in the order the links show them. */
export const OUTPUT_KINDS: readonly SheetKind[] = ["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels", "ScenarioResults"];

const useStyles = makeStyles({
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SheetLinksProps {
  readonly sheets: Readonly<Partial<Record<SheetKind, string>>>;
  readonly strings: Strings;
  readonly onOpen: (sheet: string) => Promise<boolean>;
  readonly labelledBy: string;
}

/** Links that bring each written sheet to the front (where the workbook can). */
export function SheetLinks({ sheets, strings, onOpen, labelledBy }: SheetLinksProps) {
  const styles = useStyles();
  const [note, setNote] = useState<string | null>(null);
  const open = async (sheet: string) => {
    const opened = await onOpen(sheet);
    setNote(opened ? null : format(strings.sheetsCannotOpen, { sheet }));
  };
  return (
    <nav aria-labelledby={labelledBy}>
      <div className={styles.links}>
        {OUTPUT_KINDS.map((kind) => {
          const sheet = sheets[kind];
          return sheet === undefined ? null : (
            <Link key={kind} as="button" {...testId(`sheet-link-${kind}`)} onClick={() => void open(sheet)}>
              {sheet}
            </Link>
          );
        })}
      </div>
      {note !== null && (
        <Caption1 className={styles.note} role="status">
          {note}
        </Caption1>
      )}
    </nav>
  );
}
