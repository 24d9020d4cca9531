import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { isNotesInTheWay, parseOwnership } from "../../../src/excel/ownership";
import { runReplay } from "../../../src/excel/runReplay";
import { replayBookGrids } from "../engine/replay/replayBook";

describe("runReplay over the in-memory workbook (the preview and the pane)", () => {
  it("writes the Replay table PeakStock owns and leaves the inputs alone", async () => {
    const book = createMemoryWorkbook(replayBookGrids());
    const inputs = await Promise.all(["Sales", "SKUs", "Lanes", "Event"].map((s) => book.readSheet(s)));
    const run = await runReplay(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.sheets).toEqual({ Replay: "Replay" });
    expect(run.value.replay.totals.map((t) => t.policy)).toEqual(["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"]);
    expect(parseOwnership(await book.loadOwnership()).tables).toEqual([{ kind: "Replay", sheet: "Replay", table: "PeakStock_Replay" }]);
    // 5 totals + 10 per destination + 10 per SKU and destination, under the header
    expect(await book.readSheet("Replay")).toHaveLength(26);
    expect(await Promise.all(["Sales", "SKUs", "Lanes", "Event"].map((s) => book.readSheet(s)))).toEqual(inputs);
  });

  it("writes nothing when the edition cannot be replayed", async () => {
    const book = createMemoryWorkbook(replayBookGrids());
    const run = await runReplay(book, { language: "zh-CN", edition: "2019" });
    expect(!run.ok && run.error.text?.key).toBe("replayNoEditionInYear");
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event"]);
    expect(await book.loadOwnership()).toBeNull();
  });

  it("stops before a longer replay writes over a note below its table, and replaces its table in place otherwise", async () => {
    const book = createMemoryWorkbook(replayBookGrids());
    const first = await runReplay(book, { language: "en", edition: "2026" });
    expect(first.ok).toBe(true);
    book.setCells("Replay", 27, 0, [["check DE"]]); // A28, two rows below the table
    // The same book with a second SKU: 5 + 10 + 20 rows, the table grows over A28.
    const grids = replayBookGrids();
    const sales = (await book.readSheet("Sales")).slice(1).map((r) => [r[0], "B", r[2], r[3]]);
    book.setSheet("Sales", [...grids.Sales, ...sales]);
    book.setSheet("SKUs", [...grids.SKUs, ["B", "Lamp", 6, 20, 1, 30.48, 30.48, 30.48, 10]]);
    const stopped = await runReplay(book, { language: "en" });
    expect(!stopped.ok && isNotesInTheWay(stopped.error)).toBe(true);
    expect(!stopped.ok && stopped.error.message).toContain("Replay!A28");
    const forced = await runReplay(book, { language: "en", overwriteNotes: true });
    expect(forced.ok && forced.value.sheets).toEqual({ Replay: "Replay" });
    expect(await book.readSheet("Replay")).toHaveLength(36);
    expect((await book.listTables()).map((t) => t.name)).toEqual(["PeakStock_Replay"]);
  });
});
