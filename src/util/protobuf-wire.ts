// Protobuf's wire format written by hand, for the few messages on the hot paths (a Raft batch, a
// put's log entry, a history record). protobufjs's generated encoders build a linked list of
// operations per field and represent every int64 as a Long, then copy it all into a buffer: on a
// put that was the largest source of garbage. Here a message is sized first and written straight
// into one buffer of exactly that size. The bytes are ordinary protobuf, so protobufjs decodes
// them. Fields at their default value are left out, as proto3 encoders do.

export const VARINT = 0;
export const FIXED64 = 1;
export const LEN = 2;
export const FIXED32 = 5;

/** Octets of a varint of a non-negative number below 2^53. */
export function varintSize(value: number): number {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

function tagSize(field: number): number {
  return varintSize(field << 3);
}

/** A number field (below 2^53); nothing for 0. */
export function numberFieldSize(field: number, value: number): number {
  return value === 0 ? 0 : tagSize(field) + varintSize(value);
}

/** A 64-bit field (uint64, or int64 as its two's complement); nothing for 0. */
export function int64FieldSize(field: number, value: bigint): number {
  if (value === 0n) return 0;
  const bits = BigInt.asUintN(64, value);
  const hi = Number(bits >> 32n);
  if (hi === 0) return tagSize(field) + varintSize(Number(bits));
  return tagSize(field) + Math.ceil((64 - Math.clz32(hi)) / 7);
}

/** A bytes, string or message field of `length` octets; nothing when empty unless `always`. */
export function lengthFieldSize(field: number, length: number, always = false): number {
  return length === 0 && !always ? 0 : tagSize(field) + varintSize(length) + length;
}

/** A bool field; nothing for false. */
export function boolFieldSize(field: number, value: boolean | null | undefined): number {
  return value ? tagSize(field) + 1 : 0;
}

/** Writes fields into a buffer sized beforehand with the functions above. */
export class ProtoWriter {
  pos = 0;

  constructor(readonly buf: Buffer) {}

  tag(field: number, wire: number): void {
    this.number((field << 3) | wire);
  }

  /** A varint of a non-negative number below 2^53. */
  number(value: number): void {
    const buf = this.buf;
    while (value >= 128) {
      buf[this.pos++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    buf[this.pos++] = value;
  }

  numberField(field: number, value: number): void {
    if (value === 0) return;
    this.tag(field, VARINT);
    this.number(value);
  }

  int64Field(field: number, value: bigint): void {
    if (value === 0n) return;
    this.tag(field, VARINT);
    // Two 32-bit halves, so that only two bigint operations run per value.
    const bits = BigInt.asUintN(64, value);
    let lo = Number(bits & 0xffff_ffffn);
    let hi = Number(bits >> 32n);
    const buf = this.buf;
    while (hi > 0 || lo >= 128) {
      buf[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | ((hi & 127) << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[this.pos++] = lo;
  }

  boolField(field: number, value: boolean | null | undefined): void {
    if (!value) return;
    this.tag(field, VARINT);
    this.buf[this.pos++] = 1;
  }

  /** A length-delimited field's tag and length; its content follows. */
  lengthPrefix(field: number, length: number): void {
    this.tag(field, LEN);
    this.number(length);
  }

  bytesField(field: number, bytes: Uint8Array, always = false): void {
    if (bytes.length === 0 && !always) return;
    this.lengthPrefix(field, bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
}
