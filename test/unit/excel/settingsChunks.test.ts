import fc from "fast-check";
import { chunkText, EXCEL_CELL_LIMIT } from "../../../src/excel/settingsChunks";

describe("chunkText", () => {
  it("cuts text into pieces of at most maxLength", () => {
    expect(chunkText("abcde", 2)).toEqual(["ab", "cd", "e"]);
    expect(chunkText("", 2)).toEqual([]);
    expect(chunkText("x".repeat(70_000)).map((p) => p.length)).toEqual([32_767, 32_767, 4_466]); // hand: 70,000 − 65,534
    expect(EXCEL_CELL_LIMIT).toBe(32_767); // Excel specifications and limits: 32,767 characters a cell
  });

  it("never splits a surrogate pair", () => {
    expect(chunkText("a😀", 2)).toEqual(["a", "😀"]);
    expect(chunkText("😀😀", 3)).toEqual(["😀", "😀"]);
  });

  it("refuses a maxLength that cannot hold a surrogate pair", () => {
    expect(() => chunkText("abc", 1)).toThrow("maxLength (1) must be a whole number of at least 2");
    expect(() => chunkText("abc", 2.5)).toThrow("maxLength (2.5)");
  });

  it("joins back to the text, every piece within the limit, no cut inside a surrogate pair (property)", () => {
    const unit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("😀", "\uD800", "\uDC00"));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.integer({ min: 2, max: 40 }), (text, max) => {
        const pieces = chunkText(text, max);
        expect(pieces.join("")).toBe(text);
        let cut = 0;
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece.length).toBeLessThanOrEqual(max);
          cut += piece.length;
          const pairAcrossCut = /[\uD800-\uDBFF]/.test(text.charAt(cut - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(cut));
          expect(pairAcrossCut).toBe(false);
        }
      }),
    );
  });
});
