/**
 * Finding a list element (`<cellXfs count="3">…</cellXfs>`) in a part's text
 * and appending children to it by text surgery: the element's children are
 * located by offsets, so everything already there stays byte-for-byte, and
 * the `count` attribute is set to the number of children after the append.
 */

/** Where a list element and its direct children are in the text. */
export interface XmlList {
  /** Offsets of `<name …>` (or the self-closing `<name …/>`). */
  readonly openStart: number;
  readonly openEnd: number;
  /** Offsets of `</name>`; equal to `openEnd` for a self-closing element. */
  readonly closeStart: number;
  readonly closeEnd: number;
  readonly selfClosing: boolean;
  /** The qualified name as written ("cellXfs" or "x:cellXfs"). */
  readonly qualifiedName: string;
  /** Each direct child's text, in order. */
  readonly children: readonly string[];
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^>"'])*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

/**
 * The first element named `prefix + name` in `xml`, with its direct children; null if absent.
 * @example findList('<a><b count="1"><x/></b></a>', "b").children // ["<x/>"]
 */
export function findList(xml: string, name: string, prefix = ""): XmlList | null {
  const qualifiedName = prefix + name;
  const open = new RegExp(`<${qualifiedName.replace(/[.:]/g, "\\$&")}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*?(/?)>`).exec(xml);
  if (!open) return null;
  const openStart = open.index;
  const openEnd = open.index + open[0].length;
  if (open[1] === "/") return { openStart, openEnd, closeStart: openEnd, closeEnd: openEnd, selfClosing: true, qualifiedName, children: [] };
  const children: string[] = [];
  let depth = 0;
  let childStart = -1;
  TAG.lastIndex = openEnd;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue; // a comment or processing instruction
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      if (depth === 0) return { openStart, openEnd, closeStart: m.index, closeEnd: m.index + m[0].length, selfClosing: false, qualifiedName, children };
      depth--;
      if (depth === 0) children.push(xml.slice(childStart, m.index + m[0].length));
    } else if (selfClosing) {
      if (depth === 0) children.push(m[0]);
    } else {
      if (depth === 0) childStart = m.index;
      depth++;
    }
  }
  return null;
}

/**
 * `xml` with `added` appended to the list (opened up if self-closing) and its
 * `count` attribute set to the new number of children (added when the list had one or none).
 */
export function appendToList(xml: string, list: XmlList, added: readonly string[]): string {
  const count = list.children.length + added.length;
  const openTag = xml.slice(list.openStart, list.openEnd).replace(/\/>$/, ">");
  const withCount = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(openTag)
    ? openTag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
    : openTag.replace(/>$/, ` count="${count}">`);
  if (list.selfClosing) {
    return xml.slice(0, list.openStart) + withCount + added.join("") + `</${list.qualifiedName}>` + xml.slice(list.openEnd);
  }
  return xml.slice(0, list.openStart) + withCount + xml.slice(list.openEnd, list.closeStart) + added.join("") + xml.slice(list.closeStart);
}
