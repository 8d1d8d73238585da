// The RaftMessageBatch of the message stream (proto/clusterd.proto), encoded and decoded by hand.
// Every proposal crosses this twice per follower, and protobufjs, which represents each uint64
// with a Long or LongBits object and each message as an intermediate object, spent a third of a
// replicating member's allocations here. The bytes are the same protobuf encoding, so either side
// may use protobufjs (the tests check that both agree). Terms and indexes fit in 53 bits and are
// plain numbers here; member ids use all 64 bits and are bigint. The rare snapshot metadata goes
// through protobufjs.
import { clusterdpb } from '../gen/etcd.js';
import type { Entry, Message } from '../raft/types.js';
import {
  entryTypeFromWire,
  entryTypeToWire,
  messageTypeFromWire,
  messageTypeToWire,
  RaftCodecError,
  snapshotMetadataFromProto,
  snapshotMetadataToProto,
} from './codec.js';
import {
  FIXED32,
  FIXED64,
  int64FieldSize,
  LEN,
  numberFieldSize,
  ProtoWriter,
  VARINT,
  varintSize,
} from '../util/protobuf-wire.js';

const emptyBytes: Uint8Array = new Uint8Array(0);

/** Encodes messages as one RaftMessageBatch (snapshot data left out, as in messageToProto). */
export function encodeBatch(messages: readonly Message[]): Buffer {
  const sizes = messages.map(messageSize);
  let total = 0;
  for (const size of sizes) total += 1 + varintSize(size) + size;
  const w = new ProtoWriter(Buffer.allocUnsafe(total));
  for (let i = 0; i < messages.length; i++) {
    w.tag(1, LEN);
    w.number(sizes[i]!);
    writeMessage(w, messages[i]!);
  }
  return w.buf;
}

/**
 * Decodes a RaftMessageBatch. A message that is not a valid Raft message (an unknown type, a
 * malformed field) is passed to `onBadMessage` and skipped, so one bad message costs only itself;
 * bytes that are not a batch at all throw RaftCodecError.
 */
export function decodeBatch(bytes: Uint8Array, onBadMessage: (err: unknown) => void): Message[] {
  const r = new Reader(bytes);
  const messages: Message[] = [];
  while (!r.done) {
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === LEN) {
      const body = r.bytes();
      try {
        messages.push(readMessage(new Reader(body)));
      } catch (err) {
        onBadMessage(err);
      }
    } else r.skip(wire);
  }
  return messages;
}

function messageSize(m: Message): number {
  let size =
    numberFieldSize(1, messageTypeToWire(m.type)) +
    int64FieldSize(2, m.to) +
    int64FieldSize(3, m.from) +
    numberFieldSize(4, m.term) +
    numberFieldSize(5, m.logTerm) +
    numberFieldSize(6, m.index) +
    numberFieldSize(8, m.commit) +
    (m.reject ? 2 : 0) +
    numberFieldSize(11, m.rejectHint);
  for (const e of m.entries) {
    const entry = entrySize(e);
    size += 1 + varintSize(entry) + entry;
  }
  if (m.snapshot !== undefined) {
    const md = snapshotBytes(m);
    size += 1 + varintSize(md.length) + md.length;
  }
  if (m.context !== undefined) size += 1 + varintSize(m.context.length) + m.context.length;
  return size;
}

function writeMessage(w: ProtoWriter, m: Message): void {
  w.numberField(1, messageTypeToWire(m.type));
  w.int64Field(2, m.to);
  w.int64Field(3, m.from);
  w.numberField(4, m.term);
  w.numberField(5, m.logTerm);
  w.numberField(6, m.index);
  for (const e of m.entries) {
    w.tag(7, LEN);
    w.number(entrySize(e));
    w.numberField(1, entryTypeToWire(e.type));
    w.numberField(2, e.term);
    w.numberField(3, e.index);
    if (e.data.length > 0) w.bytesField(4, e.data);
  }
  w.numberField(8, m.commit);
  if (m.snapshot !== undefined) w.bytesField(9, snapshotBytes(m), true);
  if (m.reject) w.numberField(10, 1);
  w.numberField(11, m.rejectHint);
  if (m.context !== undefined) w.bytesField(12, m.context, true);
}

function entrySize(e: Entry): number {
  return (
    numberFieldSize(1, entryTypeToWire(e.type)) +
    numberFieldSize(2, e.term) +
    numberFieldSize(3, e.index) +
    (e.data.length > 0 ? 1 + varintSize(e.data.length) + e.data.length : 0)
  );
}

/** A MsgSnap's metadata; encoded twice (to size, then to write), which is rare enough. */
function snapshotBytes(m: Message): Uint8Array {
  return clusterdpb.RaftSnapshotMetadata.encode(
    snapshotMetadataToProto(m.snapshot!.metadata),
  ).finish();
}

function readMessage(r: Reader): Message {
  let type = 0;
  let to = 0n;
  let from = 0n;
  let term = 0;
  let logTerm = 0;
  let index = 0;
  const entries: Entry[] = [];
  let commit = 0;
  let snapshot: Message['snapshot'];
  let reject = false;
  let rejectHint = 0;
  let context: Uint8Array | undefined;
  while (!r.done) {
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 7 && wire === LEN) entries.push(readEntry(new Reader(r.bytes())));
    else if (field === 9 && wire === LEN) {
      const metadata = clusterdpb.RaftSnapshotMetadata.decode(r.bytes());
      snapshot = { metadata: snapshotMetadataFromProto(metadata), data: emptyBytes };
    } else if (field === 12 && wire === LEN) context = r.bytes();
    else if (wire !== VARINT) r.skip(wire);
    else if (field === 2) to = r.id();
    else if (field === 3) from = r.id();
    else {
      const value = r.number();
      if (field === 1) type = value;
      else if (field === 4) term = value;
      else if (field === 5) logTerm = value;
      else if (field === 6) index = value;
      else if (field === 8) commit = value;
      else if (field === 10) reject = value !== 0;
      else if (field === 11) rejectHint = value;
    }
  }
  // The same fields in the same order as newMessage(), so the engine sees one object shape.
  return {
    type: messageTypeFromWire(type),
    from,
    to,
    term,
    logTerm,
    index,
    entries,
    commit,
    reject,
    rejectHint,
    snapshot,
    context,
  };
}

function readEntry(r: Reader): Entry {
  let type = 0;
  let term = 0;
  let index = 0;
  let data: Uint8Array = emptyBytes;
  while (!r.done) {
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 4 && wire === LEN) data = r.bytes();
    else if (wire !== VARINT) r.skip(wire);
    else {
      const value = r.number();
      if (field === 1) type = value;
      else if (field === 2) term = value;
      else if (field === 3) index = value;
    }
  }
  return { term, index, type: entryTypeFromWire(type), data };
}

class Reader {
  private pos = 0;

  constructor(private readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  /** A field's tag: its number is tag >>> 3, its wire type tag & 7. */
  tag(): number {
    const tag = this.number();
    // Protobuf field numbers stop at 2^29 - 1, so a tag fits in 32 bits.
    if (tag > 0xffff_ffff) throw new RaftCodecError(`tag ${tag} out of range`);
    return tag;
  }

  /** A varint that must fit in 53 bits: a term, an index, a length, a type. */
  number(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 127) * scale;
      if (byte < 128) break;
      scale *= 128;
      if (scale > 2 ** 49) throw new RaftCodecError('varint beyond 53 bits');
    }
    if (value > Number.MAX_SAFE_INTEGER) throw new RaftCodecError('varint beyond 53 bits');
    return value;
  }

  /** A varint of up to 64 bits: a member id. */
  id(): bigint {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      if (shift > 63) throw new RaftCodecError('varint longer than 10 bytes');
      const byte = this.byte();
      const bits = byte & 127;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= (bits & 15) << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if (byte < 128) break;
    }
    return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  }

  bytes(): Uint8Array {
    const length = this.number();
    const end = this.pos + length;
    if (end > this.buf.length) throw new RaftCodecError('length beyond the end of the message');
    const bytes = this.buf.subarray(this.pos, end);
    this.pos = end;
    return bytes;
  }

  skip(wire: number): void {
    if (wire === VARINT) this.number();
    else if (wire === LEN) this.bytes();
    else if (wire === FIXED64) this.advance(8);
    else if (wire === FIXED32) this.advance(4);
    else throw new RaftCodecError(`unknown wire type ${wire}`);
  }

  private advance(n: number): void {
    if (this.pos + n > this.buf.length) throw new RaftCodecError('field beyond the end');
    this.pos += n;
  }

  private byte(): number {
    if (this.pos >= this.buf.length) throw new RaftCodecError('varint beyond the end');
    return this.buf[this.pos++]!;
  }
}
