/**
 * XML character data in and out: the five predefined entities and numeric
 * character references (XML 1.0 §4.6, §4.1). Workbook text is written through
 * {@link escapeXml}, so no text from a seller's workbook can become markup.
 */

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g;

/**
 * Character data as an XML processor hands it on: literal line ends (CR LF,
 * lone CR) become LF (XML 1.0 §2.11), then entities and character references
 * become their characters (so `&#13;` stays a carriage return); an unknown
 * named entity is left as written.
 * @example unescapeXml("a &lt; b &amp;&#x4E2D;") // "a < b &中"
 * @example unescapeXml("x\r\ny&#13;") // "x\ny\r"
 */
export function unescapeXml(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

const SPECIAL = /[&<>"]/g;
const REPLACEMENT: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text safe inside an XML element or a double-quoted attribute: & < > " escaped.
 * @example escapeXml('=cmd|"/c calc"!A1 & <b>') // "=cmd|&quot;/c calc&quot;!A1 &amp; &lt;b&gt;"
 */
export function escapeXml(text: string): string {
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(text) ? text.replace(SPECIAL, (ch) => REPLACEMENT[ch]) : text;
}
