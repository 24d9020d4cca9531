/**
 * The changes one write makes to a package, gathered before any is applied:
 * small parts as edited text, large parts as generators of text pieces, and
 * removals. `pack` deflates them all; only then does the caller commit them,
 * so a failure part-way leaves the package as it was.
 */
import type { PartLabel } from "./fileProblem";
import { packText } from "./packedPart";
import { partKey } from "./partPaths";
import type { PartChange, XlsxPackage } from "./xlsxPackage";

/** Pending edits over a package. */
export class PackageEdit {
  private readonly texts = new Map<string, { name: string; text: string }>();
  private readonly streams = new Map<string, { name: string; pieces: Iterable<string> }>();
  private readonly removed = new Set<string>();

  constructor(private readonly pkg: XlsxPackage) {}

  /** True when the part exists with the edits so far. */
  has(name: string): boolean {
    const key = partKey(name);
    if (this.removed.has(key)) return false;
    return this.texts.has(key) || this.streams.has(key) || this.pkg.has(name);
  }

  /** A small part's text with the edits so far. */
  text(name: string, label: PartLabel): string {
    return this.texts.get(partKey(name))?.text ?? this.pkg.text(name, label);
  }

  /** Sets a small part's text. */
  setText(name: string, text: string): void {
    const key = partKey(name);
    this.removed.delete(key);
    this.streams.delete(key);
    this.texts.set(key, { name, text });
  }

  /** Sets a large part's text, produced in pieces when packed. */
  setPieces(name: string, pieces: Iterable<string>): void {
    const key = partKey(name);
    this.removed.delete(key);
    this.texts.delete(key);
    this.streams.set(key, { name, pieces });
  }

  /** Removes a part. */
  remove(name: string): void {
    const key = partKey(name);
    this.texts.delete(key);
    this.streams.delete(key);
    this.removed.add(key);
  }

  /**
   * The first free part name `prefix` + n + `suffix` (n = 1, 2 …), ignoring case.
   * @example edit.freeName("xl/worksheets/sheet", ".xml") // "xl/worksheets/sheet6.xml" when 1–5 exist
   */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name) && !this.removed.has(partKey(name))) return name;
    }
  }

  /** Every change, deflated, ready for {@link XlsxPackage.commit}. */
  async pack(): Promise<Map<string, PartChange>> {
    const changes = new Map<string, PartChange>();
    for (const { name, text } of this.texts.values()) changes.set(name, { name, part: await packText([text]) });
    for (const { name, pieces } of this.streams.values()) changes.set(name, { name, part: await packText(pieces) });
    for (const key of this.removed) changes.set(key, null);
    return changes;
  }
}
