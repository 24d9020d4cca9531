import { makeStyles } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

const useStyles = makeStyles({
  /** A value that must stay on one line: a date ("2026-11-27" never breaks at its hyphens), an amount. */
  keep: { whiteSpace: "nowrap" },
});

/** A value kept on one line inside running text. */
export function Keep({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return <span className={styles.keep}>{children}</span>;
}

/** Matches an ISO date, which a browser would otherwise break after a hyphen. */
const ISO_DAY = /\d{4}-\d{2}-\d{2}/g;

/**
 * `template` with each `{name}` filled from `values`, and every yyyy-mm-dd in the
 * result kept on one line (a narrow pane wraps text between words, never inside a date).
 * @example <RichText template="Ship by {date}" values={{ date: "2027-05-22" }} /> // Ship by <span nowrap>2027-05-22</span>
 */
export function RichText({ template, values = {} }: { readonly template: string; readonly values?: Readonly<Record<string, string | number>> }) {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
  return <>{keepDates(text)}</>;
}

/** Text split so that each ISO date is a {@link Keep}. */
export function keepDates(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(ISO_DAY)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(<Fragment key={`t${at}`}>{text.slice(last, at)}</Fragment>);
    parts.push(<Keep key={`d${at}`}>{match[0]}</Keep>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(<Fragment key="end">{text.slice(last)}</Fragment>);
  return parts;
}
