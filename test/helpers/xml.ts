/**
 * A small XML parser for tests (manifest.xml): elements, attributes, text, comments,
 * CDATA and the XML declaration. It checks well-formedness (balanced and properly nested
 * tags, quoted attributes, no duplicate attributes, one root) and throws an Error naming
 * the line when the document is not well-formed. No DTDs, no namespaces resolution:
 * names keep their prefix ("bt:Url").
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (children's text not included), entities decoded, trimmed. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

interface MutableElement {
  name: string;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
  line: number;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`line ${line}: bare '&' (write &amp;)`);
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) throw new Error(`line ${line}: unknown entity ${whole}`);
    return value;
  });
}

/** Parses an XML document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;

  const advance = (to: number) => {
    for (let i = pos; i < to; i += 1) if (source[i] === "\n") line += 1;
    pos = to;
  };
  const expectEnd = (marker: string, what: string): number => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new Error(`line ${line}: unterminated ${what}`);
    return end;
  };

  while (pos < source.length) {
    if (source.startsWith("<?", pos)) {
      advance(expectEnd("?>", "processing instruction") + 2);
    } else if (source.startsWith("<!--", pos)) {
      const end = expectEnd("-->", "comment");
      if (source.slice(pos + 4, end).includes("--")) throw new Error(`line ${line}: '--' inside a comment`);
      advance(end + 3);
    } else if (source.startsWith("<![CDATA[", pos)) {
      const end = expectEnd("]]>", "CDATA section");
      const parent = stack[stack.length - 1];
      if (!parent) throw new Error(`line ${line}: CDATA outside the root element`);
      parent.text += source.slice(pos + 9, end);
      advance(end + 3);
    } else if (source.startsWith("<!", pos)) {
      throw new Error(`line ${line}: DTDs are not supported`);
    } else if (source.startsWith("</", pos)) {
      const end = expectEnd(">", "end tag");
      const name = source.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new Error(`line ${line}: end tag </${name}> without a start tag`);
      if (open.name !== name) throw new Error(`line ${line}: </${name}> closes <${open.name}> (line ${open.line})`);
      open.text = open.text.trim();
      advance(end + 1);
    } else if (source[pos] === "<") {
      const startLine = line;
      advance(pos + 1);
      const nameMatch = NAME.exec(source.slice(pos));
      if (!nameMatch) throw new Error(`line ${line}: bad tag name`);
      const element: MutableElement = { name: nameMatch[0], attributes: {}, children: [], text: "", line: startLine };
      advance(pos + nameMatch[0].length);
      let selfClosing = false;
      for (;;) {
        const space = /^\s*/.exec(source.slice(pos));
        advance(pos + (space ? space[0].length : 0));
        if (source.startsWith("/>", pos)) {
          selfClosing = true;
          advance(pos + 2);
          break;
        }
        if (source[pos] === ">") {
          advance(pos + 1);
          break;
        }
        if (pos >= source.length) throw new Error(`line ${startLine}: unterminated start tag <${element.name}>`);
        const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(pos));
        if (!attribute) throw new Error(`line ${line}: bad attribute in <${element.name}>`);
        const [whole, key, , doubleQuoted, singleQuoted] = attribute;
        if (!space || space[0].length === 0) throw new Error(`line ${line}: attributes of <${element.name}> need spaces between them`);
        if (key in element.attributes) throw new Error(`line ${line}: duplicate attribute ${key} in <${element.name}>`);
        element.attributes[key] = decode(doubleQuoted ?? singleQuoted ?? "", line);
        advance(pos + whole.length);
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`line ${startLine}: a second root element <${element.name}>`);
      else root = element;
      if (!selfClosing) stack.push(element);
    } else {
      const next = source.indexOf("<", pos);
      const end = next < 0 ? source.length : next;
      const text = source.slice(pos, end);
      const parent = stack[stack.length - 1];
      if (parent) parent.text += decode(text, line);
      else if (text.trim() !== "") throw new Error(`line ${line}: text outside the root element`);
      advance(end);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new Error(`line ${unclosed.line}: <${unclosed.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child named `name`; throws when there is none or more than one. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Every element in the tree (depth first, document order), the root included. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
