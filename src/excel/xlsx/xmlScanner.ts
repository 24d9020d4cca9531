/**
 * A streaming XML tokenizer for the parts of an .xlsx file: feed it text in
 * pieces of any size and it reports start tags, end tags and text, holding back
 * only an unfinished tag between pieces. No tree is built, so a sheet of a
 * million rows is read in constant memory. Namespace prefixes are dropped from
 * names ("x:c" → "c"): SpreadsheetML writers differ in prefixes, not in names.
 * Comments, processing instructions and DOCTYPEs are skipped; CDATA is text.
 */

/** What the tokenizer reports, in document order. */
export interface XmlEvents {
  /** A start tag or an empty-element tag: local name, raw attribute text (see {@link attribute}). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** An end tag (also sent right after `open` for an empty-element tag). */
  close(name: string): void;
  /** Character data, raw: entities not yet decoded (CDATA comes escaped, so one decoder fits all). */
  text(raw: string): void;
}

/** The local part of a qualified name. */
function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Index of the `>` closing the tag that starts at `from`, skipping `>` inside quoted attribute values; −1 if not there yet. */
function tagEnd(s: string, from: number): number {
  const end = s.indexOf(">", from);
  if (end < 0) return -1;
  const quote = s.slice(from, end);
  if (!quote.includes('"') && !quote.includes("'")) return end;
  let inQuote = "";
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (inQuote !== "") {
      if (ch === inQuote) inQuote = "";
    } else if (ch === '"' || ch === "'") inQuote = ch;
    else if (ch === ">") return i;
  }
  return -1;
}

/** Reports the XML fed to {@link write} as {@link XmlEvents}. */
export class XmlScanner {
  private rest = "";

  constructor(private readonly events: XmlEvents) {}

  /** Scans the next piece of the document. */
  write(piece: string): void {
    const s = this.rest.length > 0 ? this.rest + piece : piece;
    const ev = this.events;
    let p = 0;
    for (;;) {
      const lt = s.indexOf("<", p);
      if (lt < 0) break; // text up to the next tag may continue in the next piece
      if (lt > p) ev.text(s.slice(p, lt));
      p = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        const end = s.indexOf(">", lt);
        if (end < 0) break;
        ev.close(localName(s.slice(lt + 2, end).trim()));
        p = end + 1;
      } else if (next === 33 /* ! */ || next === 63 /* ? */) {
        const skipped = this.special(s, lt);
        if (skipped < 0) break;
        p = skipped;
      } else {
        const end = tagEnd(s, lt + 1);
        if (end < 0) break;
        const selfClosing = s.charCodeAt(end - 1) === 47;
        const bodyEnd = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd) {
          const c = s.charCodeAt(nameEnd);
          if (c === 32 || c === 9 || c === 10 || c === 13) break;
          nameEnd++;
        }
        const name = localName(s.slice(lt + 1, nameEnd));
        ev.open(name, s.slice(nameEnd, bodyEnd), selfClosing);
        if (selfClosing) ev.close(name);
        p = end + 1;
      }
    }
    this.rest = s.slice(p);
  }

  /** Comments, CDATA, processing instructions, DOCTYPE at `lt`: the index after them, or −1 if unfinished. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      this.events.text(s.slice(lt + 9, end).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
      return end + 3;
    }
    if (s.length < lt + 9) return -1; // too short yet to tell "<![CDATA[" from "<!DOCTYPE"
    const end = s.startsWith("<?", lt) ? s.indexOf("?>", lt + 2) : tagEnd(s, lt + 2);
    if (end < 0) return -1;
    return s[end] === "?" ? end + 2 : end + 1;
  }

  /** Ends the document; text after the last tag is reported. */
  end(): void {
    if (this.rest.length > 0 && !this.rest.startsWith("<")) this.events.text(this.rest);
    this.rest = "";
  }
}

const patterns = new Map<string, RegExp>();

/**
 * The raw value of attribute `name` (qualified as written, e.g. "r:id") in a
 * tag's attribute text, or undefined. Entities are not decoded: use
 * `unescapeXml` where a value may hold them.
 * @example attribute(' r="B2" t="s"', "t") // "s"
 */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    patterns.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}
