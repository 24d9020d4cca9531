import { readEventSheet } from "../../../../src/engine/workbook/readEventSheet";
import { readLanesSheet } from "../../../../src/engine/workbook/readLanesSheet";
import { createMemoryWorkbook } from "../../../../src/excel/memoryWorkbook";
import type { JobRunner } from "../../../../src/taskpane/jobRunner";
import { runJob } from "../../../../src/taskpane/work/jobs";
import { paneReplay } from "../../../../src/taskpane/work/paneReplay";
import { replayBookGrids } from "../../engine/replay/replayBook";

/** The runner as the pane has it where there are no workers: every job in this thread (jobRunner.ts loads as ESM only). */
function createJobRunner(): JobRunner {
  return { run: async (kind, input, onProgress) => runJob(kind, input, onProgress) };
}

describe("paneReplay (the Replay step's work)", () => {
  it("replays with the pane's event and lanes through the job runner, reporting progress, and writes the Replay sheet", async () => {
    const grids = replayBookGrids();
    const event = readEventSheet(grids.Event, { sheet: "Event" });
    const lanes = readLanesSheet(grids.Lanes, { sheet: "Lanes" });
    if (!event.ok || !lanes.ok) throw new Error("the fixture does not read");
    // The pane's form: the Event sheet's event, but only the US lane (the seller removed the German one).
    const book = createMemoryWorkbook({ Sales: grids.Sales, SKUs: grids.SKUs });
    const seen: number[] = [];
    const run = await paneReplay(book, createJobRunner(), { policy: event.value.policy, lanes: [lanes.value[0]], sources: {}, edition: "2026-03-10", daysAhead: 60, language: "zh" }, (done) => seen.push(done));
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.sheets).toEqual({ Replay: "复盘" });
    // hand: 2026-03-10 − 60 = 2026-01-09; Amazon US is the only destination a lane goes to, so Amazon DE's
    // sales are sold from it too (the plan's "only destination" rule): 18 days × (10 + 4) = 252 demanded
    expect(run.value.replay.edition).toMatchObject({ planDate: run.value.replay.edition.start - 60, daysAheadFrom: "asked" });
    expect(run.value.replay.destinations.map((d) => d.destination)).toEqual(["Amazon US"]);
    expect(run.value.replay.totals[0].total.demandedUnits).toBe(252);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect((await book.readSheet("复盘"))[0][0]).toBe("策略");
  });

  it("returns the engine's error for an edition that cannot be replayed, and writes nothing", async () => {
    const grids = replayBookGrids();
    const event = readEventSheet(grids.Event, { sheet: "Event" });
    if (!event.ok) throw new Error("the fixture does not read");
    const book = createMemoryWorkbook(grids);
    const run = await paneReplay(book, createJobRunner(), { policy: event.value.policy, lanes: [], sources: {}, edition: "2019", language: "en" });
    expect(!run.ok && run.error.text?.key).toBe("replayNoEditionInYear");
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event"]);
  });
});
