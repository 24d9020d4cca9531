/**
 * Saving atomically: the target is either the old file or the whole new one,
 * temporary files of killed runs are cleaned up by the next save, and every
 * refusal of the file system is a plain message naming the path and the cause.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeStaleTempFiles, saveAtomically, tempNameFor } from "../../../../src/excel/xlsx/atomicSave";
import { WorkbookFileError } from "../../../../src/excel/xlsx/fileProblem";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "peakstock-save-"));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => async (sink: { write(b: Uint8Array): Promise<void> }): Promise<void> => sink.write(Buffer.from(text));

/** The process id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

async function refusal(path: string, produce = bytes("new")): Promise<WorkbookFileError> {
  try {
    await saveAtomically(path, produce);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error("saved");
}

describe("saveAtomically", () => {
  it("replaces the target and leaves no temporary file", async () => {
    const path = join(dir, "book-plan.xlsx");
    writeFileSync(path, "old");
    await saveAtomically(path, bytes("new"));
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["book-plan.xlsx"]);
  });

  it("removes the temporary files of runs that were killed, and only those", async () => {
    const stale = tempNameFor("book-plan.xlsx", deadPid(), "0a1b2c3d");
    const live = tempNameFor("book-plan.xlsx", process.ppid, "00000000"); // our parent is alive
    for (const name of [stale, live, "notes.tmp", ".book.xlsx.tmp"]) writeFileSync(join(dir, name), "x");
    await saveAtomically(join(dir, "book-plan.xlsx"), bytes("new"));
    expect(readdirSync(dir).sort()).toEqual([live, ".book.xlsx.tmp", "book-plan.xlsx", "notes.tmp"].sort());
    expect(await removeStaleTempFiles(join(dir, "missing"))).toEqual([]);
  });

  it("keeps the old file and removes its temporary file when writing fails (a full disk)", async () => {
    const path = join(dir, "book-plan.xlsx");
    writeFileSync(path, "old");
    const e = await refusal(path, async () => {
      throw Object.assign(new Error("write failed"), { code: "ENOSPC" });
    });
    expect(e.message).toBe(`Cannot save ${path}: the disk is full. Free some space and try again; the input is unchanged.`);
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["book-plan.xlsx"]);
  });

  it("names a missing folder, a folder given as the output, and a read-only folder", async () => {
    const missing = join(dir, "no-such-folder", "book-plan.xlsx");
    expect((await refusal(missing)).message).toBe(`Cannot save ${missing}: the folder ${join(dir, "no-such-folder")} does not exist. Create it or choose another place with --out.`);
    mkdirSync(join(dir, "out.xlsx"));
    expect((await refusal(join(dir, "out.xlsx"))).message).toBe(`Cannot save ${join(dir, "out.xlsx")}: it is a folder. Give a file name ending in .xlsx.`);
    // A folder nobody may write in: /sys on Linux (even for root); elsewhere a folder made read-only.
    const readOnly = process.platform === "linux" ? "/sys" : join(dir, "locked");
    if (readOnly !== "/sys") {
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
    }
    const e = await refusal(join(readOnly, "book-plan.xlsx"));
    expect(e.problem).toEqual({ kind: "readOnly", folder: readOnly });
    expect(e.message).toBe(`Cannot save ${join(readOnly, "book-plan.xlsx")}: the folder ${readOnly} is read-only (no permission to write there). Choose another place with --out.`);
    expect(existsSync(join(dir, "book-plan.xlsx"))).toBe(false);
  });
});
