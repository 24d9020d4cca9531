/**
 * Unpacking one zip entry, checked as it goes: never more bytes than the entry
 * declares (a zip bomb cannot make PeakStock spend more memory than the limits
 * it checked against), and the CRC-32 must match at the end.
 */
import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zipDirectory";

/** Why unpacking stopped: more data than declared, or data that is corrupt or fails its checksum. */
export type InflateProblem = "overrun" | "damaged";

/** Input slice fed to the inflater at a time, bytes. */
const FEED_BYTES = 1 << 20;

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let p = 0; p < data.length; p += FEED_BYTES) yield data.subarray(p, Math.min(data.length, p + FEED_BYTES));
}

/**
 * Unpacks an entry piece by piece, handing each piece to `onChunk` (synchronously,
 * in order), so a large sheet never sits in memory whole.
 * @param packed the entry's packed data (as stored in the zip)
 * @returns null when all went well, else the problem (after which `onChunk` is not called again)
 */
export async function inflateEntry(entry: ZipEntry, packed: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<InflateProblem | null> {
  let total = 0;
  let crc = 0;
  if (entry.method === 0) {
    if (packed.length !== entry.uncompressedSize) return packed.length > entry.uncompressedSize ? "overrun" : "damaged";
    for (const piece of slices(packed)) {
      crc = crc32(piece, crc);
      onChunk(piece);
    }
    return crc === entry.crc32 ? null : "damaged";
  }
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  Readable.from(slices(packed), { objectMode: false }).pipe(inflater);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        inflater.destroy();
        return "overrun";
      }
      crc = crc32(chunk, crc);
      onChunk(chunk);
    }
  } catch {
    return "damaged";
  }
  return total === entry.uncompressedSize && crc === entry.crc32 ? null : "damaged";
}

/**
 * Unpacks a small entry whole (workbook, relationships, styles, tables), never
 * producing more than its declared size.
 * @returns the bytes, or the problem
 */
export function inflateEntrySync(entry: ZipEntry, packed: Uint8Array): Uint8Array | InflateProblem {
  let data: Uint8Array;
  if (entry.method === 0) data = packed;
  else {
    try {
      // One byte over the declared size is enough to know it lies.
      data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    } catch (error) {
      return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "overrun" : "damaged";
    }
  }
  if (data.length > entry.uncompressedSize) return "overrun";
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) return "damaged";
  return data;
}
