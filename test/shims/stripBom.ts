/**
 * Jest stand-in for `strip-bom` 5, which is ESM-only: office-addin-mock pulls it in
 * through office-addin-manifest → @microsoft/app-manifest with `require()`, which
 * jest's CommonJS runtime cannot do. Same behaviour as the package (jest.config.js maps it).
 */

/** `text` without a leading byte order mark (U+FEFF). */
export default function stripBom(text: string): string {
  if (typeof text !== "string") throw new TypeError(`Expected a string, got ${typeof text}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
