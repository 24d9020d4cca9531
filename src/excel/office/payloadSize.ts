/**
 * How big a request to Excel is. Excel on the web refuses a request or a
 * response over 5 MB ("RequestPayloadSizeLimitExceeded"); PeakStock keeps every
 * sync under {@link SYNC_PAYLOAD_LIMIT_BYTES}, leaving room for the envelope
 * Office.js adds around the values (addresses, object paths, method names).
 */

/** Excel on the web's limit on one request or response, in bytes. */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The most one PeakStock sync sends or asks back, in bytes: ~4 MB, a fifth under the limit. */
export const SYNC_PAYLOAD_LIMIT_BYTES = 4_000_000;

/**
 * UTF-8 length of `text` in bytes: 1 for ASCII, 2 up to U+07FF, 3 for the rest
 * of the basic plane (CJK), 4 for a surrogate pair (emoji). A lone surrogate
 * counts 6, as JSON escapes it (`\ud800`).
 * @example utf8Bytes("SKU") // 3
 * @example utf8Bytes("计划😀") // 10: 3 + 3 + 4
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Estimated bytes of `value` on the wire: the UTF-8 length of its JSON, which
 * is how Office.js sends values, number formats and formulas.
 * @example payloadBytes([["SKU", 12.5], [null, true]]) // 26: '[["SKU",12.5],[null,true]]'
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Bytes(json);
}
