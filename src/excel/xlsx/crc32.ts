/**
 * CRC-32 (ISO 3309, the checksum zip files store per entry): Node's native
 * `zlib.crc32` where the runtime has it (Node ≥ 20.15), else a table-driven
 * fallback giving the same numbers.
 */
import * as zlib from "node:zlib";

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

type NativeCrc = (data: Uint8Array, value?: number) => number;
const native = (zlib as unknown as { crc32?: NativeCrc }).crc32;

/**
 * The CRC-32 of `data`, continuing from `previous` (the CRC of the bytes before it; 0 to start).
 * @example crc32(new TextEncoder().encode("123456789")) // 0xcbf43926 (the standard check value)
 */
export function crc32(data: Uint8Array, previous = 0): number {
  return native ? native(data, previous) : portableCrc32(data, previous);
}

/**
 * The same CRC-32 computed in JavaScript (the fallback of {@link crc32}).
 * @example portableCrc32(new TextEncoder().encode("123456789")) // 0xcbf43926
 */
export function portableCrc32(data: Uint8Array, previous = 0): number {
  const t = crcTable();
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
