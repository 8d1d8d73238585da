// HPACK (RFC 7541) for the client port's HTTP/2 server (server-connection.ts) and the load
// generator: integer and string literals, Huffman coding, the static table, a decoder with its
// dynamic table, and the encoding of fixed header blocks. Written for this project from the RFC
// text; nothing here is taken from another implementation.

/** RFC 7541 Appendix A: the static table. Index 1 is STATIC_TABLE[0]. */
export const STATIC_TABLE: readonly (readonly [string, string])[] = [
  [':authority', ''],
  [':method', 'GET'],
  [':method', 'POST'],
  [':path', '/'],
  [':path', '/index.html'],
  [':scheme', 'http'],
  [':scheme', 'https'],
  [':status', '200'],
  [':status', '204'],
  [':status', '206'],
  [':status', '304'],
  [':status', '400'],
  [':status', '404'],
  [':status', '500'],
  ['accept-charset', ''],
  ['accept-encoding', 'gzip, deflate'],
  ['accept-language', ''],
  ['accept-ranges', ''],
  ['accept', ''],
  ['access-control-allow-origin', ''],
  ['age', ''],
  ['allow', ''],
  ['authorization', ''],
  ['cache-control', ''],
  ['content-disposition', ''],
  ['content-encoding', ''],
  ['content-language', ''],
  ['content-length', ''],
  ['content-location', ''],
  ['content-range', ''],
  ['content-type', ''],
  ['cookie', ''],
  ['date', ''],
  ['etag', ''],
  ['expect', ''],
  ['expires', ''],
  ['from', ''],
  ['host', ''],
  ['if-match', ''],
  ['if-modified-since', ''],
  ['if-none-match', ''],
  ['if-range', ''],
  ['if-unmodified-since', ''],
  ['last-modified', ''],
  ['link', ''],
  ['location', ''],
  ['max-forwards', ''],
  ['proxy-authenticate', ''],
  ['proxy-authorization', ''],
  ['range', ''],
  ['referer', ''],
  ['refresh', ''],
  ['retry-after', ''],
  ['server', ''],
  ['set-cookie', ''],
  ['strict-transport-security', ''],
  ['transfer-encoding', ''],
  ['user-agent', ''],
  ['vary', ''],
  ['via', ''],
  ['www-authenticate', ''],
];

/**
 * RFC 7541 Appendix B: code length in bits of symbols 0..255 and EOS (256), read off the "len"
 * column of the RFC's table. The code is canonical (within one length, codes increase with the
 * symbol value, and each length starts where the previous one ended, shifted left), so the lengths
 * determine every code; the unit tests compare the derived codes with the RFC's "code as hex"
 * column and check that the code is complete (Kraft sum exactly 1).
 */
export const HUFFMAN_LENGTHS: readonly number[] = [
  // 0..15
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28,
  // 16..31
  28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  // 32..47: ' ' ! " # $ % & ' ( ) * + , - . /
  6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6,
  // 48..63: 0-9 : ; < = > ?
  5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  // 64..79: @ A-O
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  // 80..95: P-Z [ \ ] ^ _
  7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
  // 96..111: ` a-o
  15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5,
  // 112..127: p-z { | } ~ DEL
  6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
  // 128..143
  20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23,
  // 144..159
  24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
  // 160..175
  22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23,
  // 176..191
  21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
  // 192..207
  26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25,
  // 208..223
  19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
  // 224..239
  20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23,
  // 240..255
  26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,
  // EOS
  30,
];

const EOS = 256;
const MAX_CODE_LEN = 30;

/** Per-symbol codes, derived from HUFFMAN_LENGTHS the canonical way. */
export const HUFFMAN_CODES: readonly number[] = (() => {
  const codes = new Array<number>(HUFFMAN_LENGTHS.length).fill(0);
  let code = 0;
  for (let len = 1; len <= MAX_CODE_LEN; len++) {
    for (let sym = 0; sym < HUFFMAN_LENGTHS.length; sym++) {
      if (HUFFMAN_LENGTHS[sym] === len) codes[sym] = code++;
    }
    code <<= 1;
  }
  return codes;
})();

// Decoding tables: for each length, the first code of that length, how many codes have it, and
// where its symbols start in SYMBOLS (symbols sorted by (length, value)).
const FIRST_CODE = new Int32Array(MAX_CODE_LEN + 1);
const COUNT = new Int32Array(MAX_CODE_LEN + 1);
const OFFSET = new Int32Array(MAX_CODE_LEN + 1);
const SYMBOLS = new Uint16Array(HUFFMAN_LENGTHS.length);
{
  let n = 0;
  for (let len = 1; len <= MAX_CODE_LEN; len++) {
    OFFSET[len] = n;
    let first = -1;
    for (let sym = 0; sym < HUFFMAN_LENGTHS.length; sym++) {
      if (HUFFMAN_LENGTHS[sym] !== len) continue;
      if (first < 0) first = HUFFMAN_CODES[sym]!;
      SYMBOLS[n++] = sym;
      COUNT[len]!++;
    }
    FIRST_CODE[len] = first;
  }
}

export class HpackError extends Error {}

/** Decodes a Huffman-coded string literal (RFC 7541 §5.2), checking the EOS padding rules. */
export function huffmanDecode(src: Uint8Array): Buffer {
  // Output is never longer than 8/5 of the input (the shortest code is 5 bits).
  const out = Buffer.allocUnsafe(Math.ceil((src.length * 8) / 5));
  let n = 0;
  let code = 0;
  let len = 0;
  for (const byte of src) {
    for (let bit = 7; bit >= 0; bit--) {
      code = (code << 1) | ((byte >> bit) & 1);
      len++;
      const count = COUNT[len]!;
      if (count === 0) continue;
      const i = code - FIRST_CODE[len]!;
      if (i < 0 || i >= count) continue;
      const sym = SYMBOLS[OFFSET[len]! + i]!;
      if (sym === EOS) throw new HpackError('Huffman string contains EOS');
      out[n++] = sym;
      code = 0;
      len = 0;
    }
    if (len >= MAX_CODE_LEN) throw new HpackError('bad Huffman code');
  }
  // Padding: at most 7 bits, all ones (a prefix of EOS).
  if (len > 7 || code !== (1 << len) - 1) throw new HpackError('bad Huffman padding');
  return out.subarray(0, n);
}

/** Huffman-encodes bytes (RFC 7541 §5.2), padding the last byte with the high bits of EOS. */
export function huffmanEncode(src: Uint8Array): Buffer {
  let bits = 0;
  for (const b of src) bits += HUFFMAN_LENGTHS[b]!;
  const out = Buffer.allocUnsafe(Math.ceil(bits / 8));
  let n = 0;
  // acc holds fewer than 8 pending bits plus one code (at most 30 bits): it stays below 2^38,
  // so plain arithmetic (not 32-bit bit operators) is exact.
  let acc = 0;
  let pending = 0;
  for (const b of src) {
    const len = HUFFMAN_LENGTHS[b]!;
    acc = acc * 2 ** len + HUFFMAN_CODES[b]!;
    pending += len;
    while (pending >= 8) {
      pending -= 8;
      const div = 2 ** pending;
      out[n++] = Math.floor(acc / div);
      acc %= div;
    }
  }
  if (pending > 0) out[n] = (acc << (8 - pending)) | ((1 << (8 - pending)) - 1);
  return out;
}

/** Encodes an integer with an N-bit prefix (RFC 7541 §5.1); `first` supplies the high bits. */
export function encodeInteger(value: number, prefixBits: number, first = 0): Buffer {
  const max = (1 << prefixBits) - 1;
  if (value < max) return Buffer.from([first | value]);
  const bytes = [first | max];
  let rest = value - max;
  while (rest >= 128) {
    bytes.push((rest % 128) + 128);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** Encodes a string literal (RFC 7541 §5.2), Huffman-coded if asked. */
export function encodeString(value: string, huffman: boolean): Buffer {
  const raw = Buffer.from(value, 'latin1');
  const body = huffman ? huffmanEncode(raw) : raw;
  return Buffer.concat([encodeInteger(body.length, 7, huffman ? 0x80 : 0), body]);
}

/** A bounded reader over one header block at a time (one per decoder, reset for each block). */
class Reader {
  pos = 0;
  buf: Buffer = Buffer.alloc(0);

  reset(buf: Buffer): void {
    this.buf = buf;
    this.pos = 0;
  }

  integer(prefixBits: number): number {
    const max = (1 << prefixBits) - 1;
    if (this.pos >= this.buf.length) throw new HpackError('truncated integer');
    let value = this.buf[this.pos++]! & max;
    if (value < max) return value;
    let shift = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new HpackError('truncated integer');
      const b = this.buf[this.pos++]!;
      value += (b & 0x7f) * shift;
      if ((b & 0x80) === 0) return value;
      shift *= 128;
      // Header-table indexes, sizes and lengths beyond 2^28 are nonsense; refuse them early.
      if (shift > 2 ** 28) throw new HpackError('integer too large');
    }
  }

  /** Reads a string literal as text (latin1, as HTTP/2 field octets map to it). */
  string(): string {
    if (this.pos >= this.buf.length) throw new HpackError('truncated string');
    const huffman = (this.buf[this.pos]! & 0x80) !== 0;
    const len = this.integer(7);
    const start = this.pos;
    const end = start + len;
    if (end > this.buf.length) throw new HpackError('truncated string');
    this.pos = end;
    return huffman
      ? huffmanDecode(this.buf.subarray(start, end)).toString('latin1')
      : this.buf.toString('latin1', start, end);
  }
}

export interface HeaderField {
  name: string;
  value: string;
}

/** A decoded header list, in order, kept flat (name, value, name, value...). */
export class HeaderList {
  constructor(private readonly fields: readonly string[]) {}

  get size(): number {
    return this.fields.length >> 1;
  }

  name(index: number): string {
    return this.fields[2 * index]!;
  }

  value(index: number): string {
    return this.fields[2 * index + 1]!;
  }

  /** The first value of `name` (a dozen fields: a scan beats a hash table's allocations). */
  get(name: string): string | undefined {
    const fields = this.fields;
    for (let i = 0; i < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/**
 * An HPACK decoder: one per connection and direction, fed every header block in the order the
 * blocks arrived (a block it skips would leave its dynamic table out of step with the encoder's).
 */
export class HpackDecoder {
  /** Dynamic table, oldest first: dynamic index 1 (HPACK index 62) is the last element. */
  private entries: HeaderField[] = [];
  private readonly reader = new Reader();
  private size = 0;
  private maxSize: number;

  /**
   * @param settingsTableSize our SETTINGS_HEADER_TABLE_SIZE: the largest table the encoder may ask for
   * @param maxListBytes the largest decoded header list (RFC 9113 §6.5.2's size) accepted
   */
  constructor(
    private readonly settingsTableSize = 4096,
    private readonly maxListBytes = Infinity,
  ) {
    this.maxSize = settingsTableSize;
  }

  get tableSize(): number {
    return this.size;
  }

  /** Dynamic table contents, newest first (as the RFC's examples print them). */
  dynamicTable(): HeaderField[] {
    return [...this.entries].reverse();
  }

  /**
   * Decodes one complete header block and returns its fields in order. Throws HpackError on a
   * malformed block or one whose list is larger than allowed; the table is then out of step and
   * the connection cannot go on (a COMPRESSION_ERROR).
   */
  decode(block: Buffer): HeaderList {
    // One array per block and no per-field objects but the dynamic table's new entries: a server
    // keeps each request's list while the request is in flight, long enough for V8 to promote it
    // to the old generation at high concurrency.
    const fields: string[] = [];
    const r = this.reader;
    r.reset(block);
    let listBytes = 0;
    while (r.pos < block.length) {
      const b = block[r.pos]!;
      let name: string;
      let value: string;
      if (b & 0x80) {
        // §6.1 Indexed header field.
        const field = this.lookup(r.integer(7));
        name = field.name;
        value = field.value;
      } else if ((b & 0xe0) === 0x20) {
        // §6.3 Dynamic table size update, bounded by our SETTINGS_HEADER_TABLE_SIZE (§4.2).
        const size = r.integer(5);
        if (size > this.settingsTableSize) throw new HpackError('table size above the setting');
        this.maxSize = size;
        this.evict(0);
        continue;
      } else {
        // §6.2 Literal: with incremental indexing (01xxxxxx, 6-bit index), without indexing
        // (0000xxxx) or never indexed (0001xxxx), both with a 4-bit index.
        const incremental = (b & 0xc0) === 0x40;
        const index = r.integer(incremental ? 6 : 4);
        name = index === 0 ? r.string() : this.lookup(index).name;
        value = r.string();
        if (incremental) this.add({ name, value });
      }
      listBytes += fieldSize(name, value);
      if (listBytes > this.maxListBytes) throw new HpackError('header list too large');
      fields.push(name, value);
    }
    return new HeaderList(fields);
  }

  private lookup(index: number): HeaderField {
    if (index === 0) throw new HpackError('index 0');
    if (index <= STATIC_FIELDS.length) return STATIC_FIELDS[index - 1]!;
    const field = this.entries[this.entries.length - (index - STATIC_FIELDS.length)];
    if (field === undefined) throw new HpackError(`index ${index} beyond the dynamic table`);
    return field;
  }

  /** §4.4: adding an entry first evicts until it fits; an entry larger than the table empties it. */
  private add(field: HeaderField): void {
    const size = entrySize(field);
    if (size > this.maxSize) {
      this.entries = [];
      this.size = 0;
      return;
    }
    this.evict(size);
    this.entries.push(field);
    this.size += size;
  }

  /** Evicts oldest entries until `room` more octets fit under the maximum size. */
  private evict(room: number): void {
    let drop = 0;
    while (this.size + room > this.maxSize && drop < this.entries.length) {
      this.size -= entrySize(this.entries[drop]!);
      drop++;
    }
    if (drop > 0) this.entries.splice(0, drop);
  }
}

const STATIC_FIELDS: readonly HeaderField[] = STATIC_TABLE.map(([name, value]) => ({
  name,
  value,
}));

/**
 * §4.1: an entry's size is its name and value lengths in octets plus 32; a header list's size
 * (RFC 9113 §6.5.2) is the sum of its fields' sizes.
 */
function fieldSize(name: string, value: string): number {
  return name.length + value.length + 32;
}

function entrySize(field: HeaderField): number {
  return fieldSize(field.name, field.value);
}

/**
 * A header block that leaves the encoder's dynamic table alone: every field a literal without
 * indexing (§6.2.2), its name from the static table when the table has it, nothing Huffman-coded.
 * Such a block means the same whatever the decoder's table holds, so it can be encoded once and
 * sent on any connection.
 */
export function encodeHeaderBlock(fields: readonly (readonly [string, string])[]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    const index = STATIC_NAME_INDEX.get(name);
    if (index === undefined) parts.push(Buffer.from([0x00]), encodeString(name, false));
    else parts.push(encodeInteger(index, 4, 0x00));
    parts.push(encodeString(value, false));
  }
  return Buffer.concat(parts);
}

/** The first static index of each name. */
const STATIC_NAME_INDEX = new Map<string, number>();
STATIC_TABLE.forEach(([name], i) => {
  if (!STATIC_NAME_INDEX.has(name)) STATIC_NAME_INDEX.set(name, i + 1);
});
