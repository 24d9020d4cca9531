/**
 * Minimal OLE compound files (MS-CFB v3: 512-byte sectors, one FAT sector, one
 * directory sector) holding streams of the given names, for the files a seller
 * may rename to .xlsx: a password-protected workbook (EncryptionInfo,
 * EncryptedPackage) or an Excel 97–2003 .xls (Workbook).
 */
export function oleFile(streamNames: readonly string[]): Buffer {
  if (streamNames.length > 3) throw new Error("one directory sector holds the root and three streams");
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i); // FAT in sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: the directory, one sector long
  const directory = Buffer.alloc(512, 0);
  ["Root Entry", ...streamNames].forEach((name, i) => {
    const at = i * 128;
    Buffer.from(`${name}\u0000`, "utf16le").copy(directory, at);
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2; // root storage, or stream
  });
  return Buffer.concat([header, fat, directory]);
}
