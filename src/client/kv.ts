// The KV service: get (Range), put, delete (DeleteRange), txn and compact. Request building lives
// here as plain functions so txn.ts can nest the same requests inside a transaction.
import { etcdserverpb } from '../gen/etcd.js';
import { kvService } from '../api/services.js';
import {
  type Bytes,
  type KeyValue,
  type RangeSelector,
  type ResponseHeader,
  keyRange,
  toBytes,
  toHeader,
  toKeyValue,
  fromBigInt,
  toNumber,
} from './convert.js';
import type { CallOptions, Transport } from './transport.js';
import { type TxnRequest, type TxnResult, encodeTxn, decodeTxn } from './txn.js';

export type SortTarget = 'key' | 'version' | 'create' | 'mod' | 'value';
export type SortOrder = 'none' | 'ascend' | 'descend';

export interface GetOptions extends RangeSelector {
  /** At most this many keys (0: no limit). */
  limit?: number;
  /** Read at this revision (0 or absent: current). */
  revision?: number;
  sort?: { target: SortTarget; order: SortOrder };
  keysOnly?: boolean;
  countOnly?: boolean;
  /** Answer from the member's local state without a linearizable read. */
  serializable?: boolean;
  minModRevision?: number;
  maxModRevision?: number;
  minCreateRevision?: number;
  maxCreateRevision?: number;
}

export interface GetResult {
  header: ResponseHeader;
  kvs: KeyValue[];
  /** True when `limit` cut the result short. */
  more: boolean;
  /** Keys in the whole range, ignoring limit. */
  count: number;
}

export interface PutOptions {
  /** Attach the key to this lease (0n or absent: none). */
  lease?: bigint;
  prevKv?: boolean;
  /** Keep the current value (the key must exist; pass an empty value). */
  ignoreValue?: boolean;
  /** Keep the current lease (the key must exist). */
  ignoreLease?: boolean;
}

export interface PutResult {
  header: ResponseHeader;
  prevKv?: KeyValue;
}

export interface DeleteOptions extends RangeSelector {
  prevKv?: boolean;
}

export interface DeleteResult {
  header: ResponseHeader;
  deleted: number;
  prevKvs: KeyValue[];
}

const sortTargets: Record<SortTarget, etcdserverpb.RangeRequest.SortTarget> = {
  key: etcdserverpb.RangeRequest.SortTarget.KEY,
  version: etcdserverpb.RangeRequest.SortTarget.VERSION,
  create: etcdserverpb.RangeRequest.SortTarget.CREATE,
  mod: etcdserverpb.RangeRequest.SortTarget.MOD,
  value: etcdserverpb.RangeRequest.SortTarget.VALUE,
};

const sortOrders: Record<SortOrder, etcdserverpb.RangeRequest.SortOrder> = {
  none: etcdserverpb.RangeRequest.SortOrder.NONE,
  ascend: etcdserverpb.RangeRequest.SortOrder.ASCEND,
  descend: etcdserverpb.RangeRequest.SortOrder.DESCEND,
};

export function encodeGet(key: Bytes, o: GetOptions = {}): etcdserverpb.IRangeRequest {
  const { key: k, rangeEnd } = keyRange(key, o);
  return {
    key: k,
    rangeEnd: rangeEnd ?? null,
    limit: o.limit ?? 0,
    revision: o.revision ?? 0,
    sortOrder: o.sort ? sortOrders[o.sort.order] : etcdserverpb.RangeRequest.SortOrder.NONE,
    sortTarget: o.sort ? sortTargets[o.sort.target] : etcdserverpb.RangeRequest.SortTarget.KEY,
    serializable: o.serializable ?? false,
    keysOnly: o.keysOnly ?? false,
    countOnly: o.countOnly ?? false,
    minModRevision: o.minModRevision ?? 0,
    maxModRevision: o.maxModRevision ?? 0,
    minCreateRevision: o.minCreateRevision ?? 0,
    maxCreateRevision: o.maxCreateRevision ?? 0,
  };
}

export function decodeGet(res: etcdserverpb.IRangeResponse): GetResult {
  return {
    header: toHeader(res.header),
    kvs: (res.kvs ?? []).map(toKeyValue),
    more: res.more ?? false,
    count: toNumber(res.count),
  };
}

export function encodePut(key: Bytes, value: Bytes, o: PutOptions = {}): etcdserverpb.IPutRequest {
  return {
    key: toBytes(key),
    value: toBytes(value),
    lease: fromBigInt(o.lease ?? 0n),
    prevKv: o.prevKv ?? false,
    ignoreValue: o.ignoreValue ?? false,
    ignoreLease: o.ignoreLease ?? false,
  };
}

export function decodePut(res: etcdserverpb.IPutResponse): PutResult {
  const result: PutResult = { header: toHeader(res.header) };
  if (res.prevKv) result.prevKv = toKeyValue(res.prevKv);
  return result;
}

export function encodeDelete(key: Bytes, o: DeleteOptions = {}): etcdserverpb.IDeleteRangeRequest {
  const { key: k, rangeEnd } = keyRange(key, o);
  return { key: k, rangeEnd: rangeEnd ?? null, prevKv: o.prevKv ?? false };
}

export function decodeDelete(res: etcdserverpb.IDeleteRangeResponse): DeleteResult {
  return {
    header: toHeader(res.header),
    deleted: toNumber(res.deleted),
    prevKvs: (res.prevKvs ?? []).map(toKeyValue),
  };
}

/** The KV service of one client. */
export class KV {
  constructor(private readonly transport: Transport) {}

  /** Reads one key, or a range with `prefix`, `end` or `fromKey`. A missing key is an empty result. */
  async get(key: Bytes, options: GetOptions = {}, call?: CallOptions): Promise<GetResult> {
    return decodeGet(await this.transport.unary(kvService.Range, encodeGet(key, options), call));
  }

  /** The value of one key as a string, or undefined when it does not exist. */
  async getString(key: Bytes, options: GetOptions = {}): Promise<string | undefined> {
    const res = await this.get(key, { ...options, prefix: false, limit: 1 });
    return res.kvs[0]?.value.toString('utf8');
  }

  async put(
    key: Bytes,
    value: Bytes,
    options: PutOptions = {},
    call?: CallOptions,
  ): Promise<PutResult> {
    return decodePut(
      await this.transport.unary(kvService.Put, encodePut(key, value, options), call),
    );
  }

  async delete(key: Bytes, options: DeleteOptions = {}, call?: CallOptions): Promise<DeleteResult> {
    return decodeDelete(
      await this.transport.unary(kvService.DeleteRange, encodeDelete(key, options), call),
    );
  }

  /** Runs compares, then the success or the failure operations, atomically. */
  async txn(request: TxnRequest, call?: CallOptions): Promise<TxnResult> {
    return decodeTxn(await this.transport.unary(kvService.Txn, encodeTxn(request), call));
  }

  /**
   * Discards history before `revision`. With `physical`, the call returns only once the
   * compaction is applied to the backend.
   */
  async compact(
    revision: number,
    options: { physical?: boolean } = {},
    call?: CallOptions,
  ): Promise<{ header: ResponseHeader }> {
    const res = await this.transport.unary(
      kvService.Compact,
      { revision, physical: options.physical ?? false },
      call,
    );
    return { header: toHeader(res.header) };
  }
}
