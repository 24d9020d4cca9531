import fc from "fast-check";
import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import { CELL_EDIT_MESSAGE, isCellEditModeError, withCellEditRetry } from "../../../src/excel/office/cellEditRetry";
import { highlightFormula } from "../../../src/excel/office/highlightRules";
import { chartColumns } from "../../../src/excel/office/lineChart";
import { canSuspendScreenUpdating, highestExcelApiMinor, REQUIRED_MINOR } from "../../../src/excel/office/requirements";
import { settingsPieces } from "../../../src/excel/office/settingsSheet";
import { cellFormat, excelRow, rowPayloadBytes, widthPoints } from "../../../src/excel/office/tableCells";
import { freeName } from "../../../src/excel/office/workbookInventory";

describe("table cells for Office.js", () => {
  it("formats every text cell as Text and numbers by their column", () => {
    expect(cellFormat("=SUM(A1:A2)", "text")).toBe("@");
    expect(cellFormat("n/a", "currency")).toBe("@"); // text in a money column stays text too
    expect(cellFormat(12.5, "currency")).toBe("$#,##0.00");
    expect(cellFormat(null, "date")).toBe("yyyy-mm-dd");
  });

  it("sends blanks as empty text, which Office.js writes (null would leave the cell as it was)", () => {
    expect(excelRow(["A-1", 46353, null], ["text", "date", "integer"])).toEqual({ values: ["A-1", 46353, ""], numberFormat: ["@", "yyyy-mm-dd", "#,##0"] });
  });

  it("counts a row's values, formats and joining commas", () => {
    expect(rowPayloadBytes(excelRow(["A-1", 3], ["text", "integer"]))).toBe(24); // hand: '["A-1",3]' 9 + '["@","#,##0"]' 13 + 2
  });

  it("turns character widths into points as Excel does", () => {
    expect(widthPoints(8.43)).toBe(48); // Excel's default column: 64 pixels = 48 points
    expect(widthPoints(15)).toBe(82.5); // hand: ⌊15 × 7 + 5⌋ = 110 pixels × 0.75
  });
});

describe("highlight rules and chart columns", () => {
  it("compares the row's cell in the highlight's column, quotes doubled", () => {
    expect(highlightFormula(2, "high")).toBe('=$C2="high"');
    expect(highlightFormula(0, 'say "hi"')).toBe('=$A2="say ""hi"""');
    expect(highlightFormula(27, "x")).toBe('=$AB2="x"');
    expect(highlightFormula(4, "high", 7)).toBe('=$E7="high"'); // a table whose header the seller moved to row 6
  });

  it("charts the numeric columns against the first date column, when there are rows", () => {
    expect(chartColumns({ kind: "Chart", columns: CHART_COLUMNS, rows: [[46353, "A-1", 3, null, null, null, null]] })).toEqual({ date: 0, series: [2, 3, 4, 5, 6] });
    expect(chartColumns({ kind: "Chart", columns: CHART_COLUMNS, rows: [] })).toBeNull();
    expect(chartColumns({ kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows: [["A", 1]] })).toBeNull();
  });
});

describe("settingsPieces", () => {
  it("moves a cut so the next piece does not start with ' = + - or @", () => {
    expect(settingsPieces('{"a":"-1"}', 6)).toEqual(['{"a":', '"-1"}']); // hand: the cut at 6 would start a piece with "-"
    expect(settingsPieces("a😀b", 2)).toEqual(["a", "😀", "b"]); // never half an emoji
    expect(settingsPieces("", 5)).toEqual([]);
    expect(settingsPieces("x'''''''", 3)).toEqual(["x''", "'''", "''"]); // a run longer than a piece is cut where it must be
  });

  it("joins back to the text, within the limit, without split pairs or awkward starts when avoidable (property)", () => {
    const unit = fc.constantFrom("a", "'", "=", "+", "-", "@", "😀", "计", "{", '"');
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), fc.integer({ min: 4, max: 20 }), (text, max) => {
      const pieces = settingsPieces(text, max);
      expect(pieces.join("")).toBe(text);
      for (const [k, piece] of pieces.entries()) {
        expect(piece.length).toBeGreaterThan(0);
        expect(piece.length).toBeLessThanOrEqual(max);
        const last = piece.charCodeAt(piece.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        // A piece may start awkwardly only when no earlier cut in the piece before it (after its first 2 units) was clean.
        if (k > 0 && /^['=+\-@]/.test(piece)) {
          const previous = pieces[k - 1];
          for (let c = 2; c < previous.length; c++) {
            const clean = !/['=+\-@]/.test(previous[c]) && !/[\uD800-\uDBFF]/.test(previous[c - 1]);
            expect(clean).toBe(false);
          }
        }
      }
    }));
  });
});

describe("freeName", () => {
  it("adds 2, 3 … until no sheet has the name, ignoring case", () => {
    expect(freeName("_PeakStock_backup", [])).toBe("_PeakStock_backup");
    expect(freeName("_PeakStock_backup", ["_peakstock_backup", "_PeakStock_backup2"])).toBe("_PeakStock_backup3");
  });
});

describe("withCellEditRetry", () => {
  const cellEdit = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });

  it("passes other errors through at once", async () => {
    let calls = 0;
    const failing = async (): Promise<never> => {
      calls++;
      throw Object.assign(new Error("nope"), { code: "ItemNotFound" });
    };
    await expect(withCellEditRetry(failing, { sleep: async () => undefined })).rejects.toThrow("nope");
    expect(calls).toBe(1);
  });

  it("returns the first answer after Excel leaves cell-edit mode", async () => {
    let calls = 0;
    const waits: number[] = [];
    const answer = await withCellEditRetry(async () => {
      if (++calls < 3) throw cellEdit;
      return 42;
    }, { sleep: async (ms) => { waits.push(ms); } });
    expect([answer, calls, waits]).toEqual([42, 3, [250, 500]]);
  });

  it("gives the plain message after the last retry", async () => {
    await expect(withCellEditRetry(async () => { throw cellEdit; }, { delaysMs: [1], sleep: async () => undefined })).rejects.toThrow(CELL_EDIT_MESSAGE);
    expect(isCellEditModeError(cellEdit)).toBe(true);
    expect(isCellEditModeError(new Error("x"))).toBe(false);
    expect(isCellEditModeError(null)).toBe(false);
  });
});

describe("requirement sets", () => {
  it("finds the newest ExcelApi, the sets being cumulative", () => {
    expect(highestExcelApiMinor((_, v) => Number(v.slice(2)) <= 8)).toBe(8);
    expect(highestExcelApiMinor(() => false)).toBe(0);
    expect(REQUIRED_MINOR).toBe(13); // Table.resize, for re-runs that keep the seller's references
  });

  it("pauses screen updating only from ExcelApi 1.9", () => {
    expect(canSuspendScreenUpdating((_, v) => Number(v.slice(2)) <= 8)).toBe(false);
    expect(canSuspendScreenUpdating((_, v) => Number(v.slice(2)) <= 9)).toBe(true);
    expect(canSuspendScreenUpdating(undefined)).toBe(false);
  });
});
