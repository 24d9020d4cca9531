import fc from "fast-check";
import { encodeXlsxText, needsXlsxEncoding } from "../../../src/excel/xlsxText";

/** OOXML's decoding, as exceljs's TextXform does it (and Excel). */
const decode = (text: string): string => text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe("encodeXlsxText", () => {
  it("escapes carriage returns, control characters and literal _xHHHH_", () => {
    expect(encodeXlsxText("a\r\nb")).toBe("a_x000D_\nb");
    expect(encodeXlsxText("\u0001")).toBe("_x0001_");
    expect(encodeXlsxText("_x0041_")).toBe("_x005F_x0041_");
    expect(encodeXlsxText("_x00ab_")).toBe("_x005F_x00ab_");
    expect(encodeXlsxText("\uD800x")).toBe("_xD800_x"); // a lone high surrogate
    expect(encodeXlsxText("\uFFFF")).toBe("_xFFFF_");
  });

  it("leaves ordinary text alone: tabs, line feeds, CJK, emoji, underscores", () => {
    for (const text of ["plain", "tab\tline\nfeed", "计划 😀", "_x", "_x12_", "snake_case_x"]) {
      expect(encodeXlsxText(text)).toBe(text);
      expect(needsXlsxEncoding(text)).toBe(false);
    }
    expect(needsXlsxEncoding("a\rb")).toBe(true);
    expect(needsXlsxEncoding("a\rb")).toBe(true); // the shared regex keeps no state between calls
  });

  it("decodes back to the original text, and the encoding holds only XML-safe characters (property)", () => {
    const awkward = fc.constantFrom("\r", "\u0000", "\u001f", "_x0041_", "_x005F_", "_", "x", "\uD83D", "\uDE00", "\uFFFE", "😀");
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(awkward, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 30 }), (text) => {
        const encoded = encodeXlsxText(text);
        expect(decode(encoded)).toBe(text);
        // eslint-disable-next-line no-control-regex -- the check is that no control character is left
        expect(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/.test(encoded)).toBe(false);
      }),
    );
  });
});
