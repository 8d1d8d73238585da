// Conversions between the wire (protobufjs: int64 as Long, bytes as Uint8Array) and the client's
// API (revisions and counts as numbers, 64-bit IDs as bigint, keys and values as Buffer).
import type { etcdserverpb, mvccpb } from '../gen/etcd.js';

import { toBigInt, toNumber } from '../util/long.js';

export { fromBigInt, toBigInt, toHex, toNumber } from '../util/long.js';

/** A key or value as callers pass it: strings are UTF-8 encoded. */
export type Bytes = string | Uint8Array;

export function toBytes(value: Bytes): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return Buffer.isBuffer(value)
    ? value
    : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

const zeroByte = Buffer.from([0]);

/**
 * The range end that selects every key starting with `prefix`: the prefix with its last byte
 * incremented, trailing 0xff bytes dropped; "\0" (all keys) when nothing is left.
 */
export function prefixEnd(prefix: Bytes): Buffer {
  const bytes = Buffer.from(toBytes(prefix));
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (bytes[i]! < 0xff) {
      bytes[i] = bytes[i]! + 1;
      return bytes.subarray(0, i + 1);
    }
  }
  return zeroByte;
}

/** How a request names its keys: one key, a prefix, an explicit end, or everything from a key. */
export interface RangeSelector {
  /** Select every key with this key as prefix. */
  prefix?: boolean;
  /** Select [key, end). */
  end?: Bytes;
  /** Select every key >= key. */
  fromKey?: boolean;
}

/** The key and range_end for a selector; an empty key with prefix/fromKey means all keys. */
export function keyRange(key: Bytes, sel: RangeSelector = {}): { key: Buffer; rangeEnd?: Buffer } {
  let k = toBytes(key);
  if (sel.end !== undefined) return { key: k, rangeEnd: toBytes(sel.end) };
  if (sel.fromKey === true) {
    if (k.length === 0) k = zeroByte;
    return { key: k, rangeEnd: zeroByte };
  }
  if (sel.prefix === true) {
    if (k.length === 0) return { key: zeroByte, rangeEnd: zeroByte };
    return { key: k, rangeEnd: prefixEnd(k) };
  }
  return { key: k };
}

/** Parses an ID given as hex (etcdctl style, optional 0x) into a bigint. */
export function parseHexId(text: string): bigint {
  const clean = text.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]{1,16}$/i.test(clean)) throw new Error(`invalid ID "${text}": expected hex`);
  return BigInt('0x' + clean);
}

/** Response header fields every response carries. */
export interface ResponseHeader {
  clusterId: bigint;
  memberId: bigint;
  /** The store's current revision when the response was made. */
  revision: number;
  raftTerm: number;
}

export function toHeader(h: etcdserverpb.IResponseHeader | null | undefined): ResponseHeader {
  return {
    clusterId: toBigInt(h?.clusterId),
    memberId: toBigInt(h?.memberId),
    revision: toNumber(h?.revision),
    raftTerm: toNumber(h?.raftTerm),
  };
}

/** One key and its metadata. */
export interface KeyValue {
  key: Buffer;
  value: Buffer;
  createRevision: number;
  modRevision: number;
  /** Modifications since creation: 1 on create; a deleted key reads as 0. */
  version: number;
  /** The attached lease, 0n for none. */
  lease: bigint;
}

export function toKeyValue(kv: mvccpb.IKeyValue): KeyValue {
  return {
    key: toBytes(kv.key ?? Buffer.alloc(0)),
    value: toBytes(kv.value ?? Buffer.alloc(0)),
    createRevision: toNumber(kv.createRevision),
    modRevision: toNumber(kv.modRevision),
    version: toNumber(kv.version),
    lease: toBigInt(kv.lease),
  };
}
