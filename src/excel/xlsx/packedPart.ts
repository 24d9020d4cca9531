/**
 * A part PeakStock wrote, deflated and checksummed in memory before it goes
 * into the package: text is fed in pieces through a streaming deflater, so a
 * 100 MB sheet never exists as one string.
 */
import { once } from "node:events";
import { createDeflateRaw } from "node:zlib";
import { crc32 } from "./crc32";

/** A deflated part: what a zip entry needs. */
export interface PackedPart {
  /** The deflated bytes, in order. */
  readonly chunks: readonly Uint8Array[];
  readonly compressedSize: number;
  /** Bytes before deflating (UTF-8). */
  readonly size: number;
  readonly crc32: number;
}

const encoder = new TextEncoder();
/** Text gathered before each write to the deflater, characters. */
const BATCH_CHARS = 1 << 20;

/**
 * Deflates `pieces` (joined) as UTF-8.
 * @example (await packText(["<a/>"])).size // 4
 */
export async function packText(pieces: Iterable<string>): Promise<PackedPart> {
  const deflater = createDeflateRaw({ level: 6 });
  const chunks: Uint8Array[] = [];
  let compressedSize = 0;
  deflater.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    compressedSize += chunk.length;
  });
  const ended = once(deflater, "end");
  let size = 0;
  let crc = 0;
  let batch = "";
  const flush = async (): Promise<void> => {
    const bytes = encoder.encode(batch);
    batch = "";
    size += bytes.length;
    crc = crc32(bytes, crc);
    if (!deflater.write(bytes)) await once(deflater, "drain");
  };
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) await flush();
  }
  if (batch.length > 0) await flush();
  deflater.end();
  await ended;
  return { chunks, compressedSize, size, crc32: crc };
}
