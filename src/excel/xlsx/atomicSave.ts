/**
 * Saving a file so that it is either the old file or the whole new one, never
 * half: written to a temporary file in the same folder with a recognisable
 * name (`.book-plan.xlsx.peakstock-<pid>-<random>.tmp`), flushed to disk,
 * then renamed over the target (a rename within a folder is atomic). A run
 * killed mid-save leaves its temporary file; the next save into that folder
 * removes such files whose process is gone. Failures become plain
 * {@link OutputProblem}s naming the folder and the cause.
 */
import { randomBytes } from "node:crypto";
import { open, readdir, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileError } from "./fileMessages";
import type { OutputProblem } from "./fileProblem";
import type { ByteSink } from "./zipWriter";

/** PeakStock's temporary files: a dot, the target's name, ".peakstock-", the writing process id, a random tag. */
const TEMP_PATTERN = /^\..+\.peakstock-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * The temporary file name for saving `target` from process `pid`.
 * @example tempNameFor("book-plan.xlsx", 4242, "0a1b2c3d") // ".book-plan.xlsx.peakstock-4242-0a1b2c3d.tmp"
 */
export function tempNameFor(target: string, pid: number, tag: string): string {
  return `.${target}.peakstock-${pid}-${tag}.tmp`;
}

/** True when a process with this id is running (signal 0 only checks). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}

/**
 * Removes PeakStock temporary files in `folder` whose writing process is gone.
 * @returns the names removed
 */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_PATTERN.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    try {
      await unlink(join(folder, name));
      removed.push(name);
    } catch {
      // Another run removed it first, or it is not ours to remove: leave it.
    }
  }
  return removed;
}

/** The output problem an error code means. */
function problemOf(code: string | undefined, folder: string): OutputProblem {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR": return { kind: "folderMissing", folder };
    case "EACCES":
    case "EPERM":
    case "EROFS": return { kind: "readOnly", folder };
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG": return { kind: "diskFull" };
    case "EISDIR": return { kind: "outputIsFolder" };
    case "EBUSY":
    case "ETXTBSY": return { kind: "fileBusy" };
    default: return { kind: "otherOutput", code: code ?? "unknown" };
  }
}

/** Writes all of `bytes` (a write may take fewer than asked). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** A sink writing through a 1 MiB buffer to a file handle. */
class FileSink implements ByteSink {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(bytes: Uint8Array): Promise<void> {
    if (this.used + bytes.length > this.buffer.length) await this.flush();
    if (bytes.length >= this.buffer.length) {
      await writeAll(this.handle, bytes);
      return;
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  async flush(): Promise<void> {
    if (this.used > 0) await writeAll(this.handle, this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/**
 * Writes `path` atomically with the bytes `produce` sends to its sink.
 * @throws WorkbookFileError naming `path` and the cause (folder missing,
 * read-only, disk full, path is a folder, file busy); the old file, if any, is untouched
 */
export async function saveAtomically(path: string, produce: (sink: ByteSink) => Promise<void>): Promise<void> {
  const folder = dirname(resolve(path));
  const fail = (error: unknown): never => {
    throw fileError(path, problemOf((error as NodeJS.ErrnoException).code, folder));
  };
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) throw fileError(path, { kind: "outputIsFolder" });
  const folderStat = await stat(folder).catch(fail);
  if (!folderStat.isDirectory()) throw fileError(path, { kind: "folderMissing", folder });
  await removeStaleTempFiles(folder);

  const temp = join(folder, tempNameFor(basename(path), process.pid, randomBytes(4).toString("hex")));
  const handle = await open(temp, "wx").catch(fail);
  try {
    const sink = new FileSink(handle);
    await produce(sink);
    await sink.flush();
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code !== undefined) fail(error);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    // Windows refuses to replace a file another program holds open (Excel) with EPERM or EACCES.
    const code = (error as NodeJS.ErrnoException).code;
    if (process.platform === "win32" && (code === "EPERM" || code === "EACCES")) throw fileError(path, { kind: "fileBusy" });
    fail(error);
  }
}
