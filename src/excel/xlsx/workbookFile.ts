/**
 * Reading a workbook file's bytes, with the file system's refusals turned into
 * plain {@link InputProblem}s (missing file, a folder, no permission, too large).
 */
import { readFile, stat } from "node:fs/promises";
import { fileError } from "./fileMessages";
import type { InputProblem } from "./fileProblem";

/** Largest file PeakStock reads, bytes: 2 GiB, far beyond any real workbook (and the zip form Excel reads without ZIP64 ends at 4 GB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;

function problemOf(code: string | undefined): InputProblem {
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "notFound" };
  if (code === "EISDIR") return { kind: "isFolder" };
  if (code === "EACCES" || code === "EPERM") return { kind: "noReadPermission" };
  return { kind: "damaged" };
}

/**
 * The bytes of the file at `path`.
 * @throws WorkbookFileError naming `path` when it cannot be read
 */
export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  const fail = (error: unknown): never => {
    throw fileError(path, problemOf((error as NodeJS.ErrnoException).code));
  };
  const info = await stat(path).catch(fail);
  if (info.isDirectory()) throw fileError(path, { kind: "isFolder" });
  if (info.size > MAX_FILE_BYTES) throw fileError(path, { kind: "hugeFile", bytes: info.size });
  return readFile(path).catch(fail);
}
