// CRC-32C (Castagnoli), the checksum etcd's HashKV and `snapshot status` compute.
let crc32cTable: Uint32Array | undefined;

/** CRC-32C (Castagnoli), continuing from `crc` (0 to start), as Go's hash/crc32 computes it. */
export function crc32c(crc: number, data: Uint8Array): number {
  if (!crc32cTable) {
    crc32cTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      crc32cTable[i] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  const table = crc32cTable;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
