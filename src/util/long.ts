// Conversions between protobufjs's int64 representation (Long, or number for small values) and the
// types clusterd uses: numbers for revisions and counts, bigint for 64-bit IDs.
import $protobuf from 'protobufjs/minimal.js';
import type LongModule from 'long' with { 'resolution-mode': 'require' };

/** protobufjs's own Long class (the CommonJS build it decodes into), so there is one class. */
export const Long = $protobuf.util.Long as unknown as typeof LongModule;
export type Long = LongModule;

export type Int64 = Long | number | string | null | undefined;

/** A revision, count or TTL: exact up to 2^53, which etcd's int64 revisions never reach. */
export function toNumber(value: Int64): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  return value.toNumber();
}

/** A 64-bit ID (lease, member, cluster), kept exact. Unsigned unless `signed`. */
export function toBigInt(value: Int64, signed = false): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return signed ? BigInt(value) : BigInt.asUintN(64, BigInt(value));
  if (typeof value === 'string') return BigInt(value);
  const big = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return signed ? BigInt.asIntN(64, big) : big;
}

/** A bigint as the Long protobufjs encodes; 0 stays a plain number to keep the common case cheap. */
export function fromBigInt(value: bigint, unsigned = false): Long | number {
  if (value === 0n) return 0;
  const bits = BigInt.asUintN(64, value);
  return Long.fromBits(Number(bits & 0xffffffffn), Number(bits >> 32n), unsigned);
}

/** IDs as etcd prints them: lower-case hex without leading zeros. */
export function toHex(id: bigint): string {
  return BigInt.asUintN(64, id).toString(16);
}
