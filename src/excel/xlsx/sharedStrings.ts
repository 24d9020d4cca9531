/**
 * The shared string table (`xl/sharedStrings.xml`): every text cell of type
 * "s" holds an index into it. Read as a stream; a rich-text entry is the join
 * of its runs, and phonetic guides (`<rPh>`, Japanese furigana) are not part of
 * the text, as in Excel.
 */
import { decodeXlsxText } from "../xlsxText";
import { XmlScanner, type XmlEvents } from "./xmlScanner";
import { unescapeXml } from "./xmlEscape";

/** Collects `<si>` entries as they stream past. */
class SharedStringEvents implements XmlEvents {
  readonly strings: string[] = [];
  private inItem = false;
  private inText = false;
  private phonetic = 0;
  private parts: string[] = [];

  open(name: string, _attributes: string, selfClosing: boolean): void {
    if (name === "si") {
      this.inItem = true;
      this.parts = [];
    } else if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.inItem && this.phonetic === 0 && !selfClosing) this.inText = true;
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic--;
    else if (name === "si") {
      this.strings.push(decodeXlsxText(unescapeXml(this.parts.join(""))));
      this.inItem = false;
    }
  }

  text(raw: string): void {
    if (this.inText) this.parts.push(raw);
  }
}

/** A streaming reader of the shared string table: feed text, then take `strings`. */
export class SharedStringsReader {
  private readonly events = new SharedStringEvents();
  private readonly scanner = new XmlScanner(this.events);

  /** Scans the next piece of the part's text. */
  write(piece: string): void {
    this.scanner.write(piece);
  }

  /** The table, index by index, once the whole part is written. */
  finish(): string[] {
    this.scanner.end();
    return this.events.strings;
  }
}
