/**
 * Engine errors at the Data step's fields: the error of each input sheet, from
 * reading the workbook or from the last plan run. Pure.
 */
import type { EngineError } from "../engine/errors";
import { SOURCE_KINDS, type SourceKind } from "./planForm";
import type { Findings } from "./work/inspectSources";

/**
 * The input sheet an engine error is about: the kind whose sheet it names (as the
 * plan read it, or the kind's own name when the sheet is missing); null for others.
 * @example sourceOfError({ code: "NOT_A_NUMBER", message: "Sales row 5, Units: 'abc' is not a number", where: { sheet: "Sales", row: 5 } }, { Sales: "Sales" }) // "Sales"
 */
export function sourceOfError(error: EngineError, sources: Readonly<Partial<Record<SourceKind, string>>>): SourceKind | null {
  const sheet = error.where?.sheet?.toLowerCase();
  if (sheet === undefined) return null;
  for (const kind of SOURCE_KINDS) if (sources[kind]?.toLowerCase() === sheet) return kind;
  for (const kind of SOURCE_KINDS) if (kind.toLowerCase() === sheet) return kind;
  return null;
}

/** The error to show at each source field: the last run's for its sheet, else the read's. */
export function sourceErrors(findings: Findings | null, runError: { readonly kind: SourceKind; readonly error: EngineError } | null): Partial<Record<SourceKind, EngineError>> {
  const errors: Partial<Record<SourceKind, EngineError>> = {};
  if (findings) {
    if (!findings.sales.ok) errors.Sales = findings.sales.error;
    if (!findings.skus.ok) errors.SKUs = findings.skus.error;
    if (findings.lanes && !findings.lanes.ok) errors.Lanes = findings.lanes.error;
    if (findings.event && !findings.event.ok) errors.Event = findings.event.error;
  }
  if (runError) errors[runError.kind] = runError.error;
  return errors;
}
