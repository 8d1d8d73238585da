// Transactions: compares on version/create/mod/value/lease (optionally over a range), and the
// operations of each branch, including nested transactions.
import { etcdserverpb } from '../gen/etcd.js';
import {
  type Bytes,
  type ResponseHeader,
  keyRange,
  toBytes,
  toHeader,
  fromBigInt,
} from './convert.js';
import {
  type DeleteOptions,
  type DeleteResult,
  type GetOptions,
  type GetResult,
  type PutOptions,
  type PutResult,
  decodeDelete,
  decodeGet,
  decodePut,
  encodeDelete,
  encodeGet,
  encodePut,
} from './kv.js';

export type CompareOp = '==' | '!=' | '<' | '>';

interface CompareBase {
  key: Bytes;
  /** Compare every key in [key, rangeEnd); an empty range compares as a missing key. */
  rangeEnd?: Bytes;
  /** Compare every key with `key` as prefix. */
  prefix?: boolean;
  op: CompareOp;
}

/** One condition of a transaction. A missing key has version, create, mod and lease 0. */
export type Compare =
  | (CompareBase & { target: 'version' | 'create' | 'mod'; value: number })
  | (CompareBase & { target: 'lease'; value: bigint })
  | (CompareBase & { target: 'value'; value: Bytes });

/** One operation of a transaction branch. */
export type TxnOp =
  | { type: 'get'; key: Bytes; options?: GetOptions }
  | { type: 'put'; key: Bytes; value: Bytes; options?: PutOptions }
  | { type: 'delete'; key: Bytes; options?: DeleteOptions }
  | { type: 'txn'; txn: TxnRequest };

export interface TxnRequest {
  compare?: Compare[];
  success?: TxnOp[];
  failure?: TxnOp[];
}

/** The result of one operation, in the order of the branch that ran. */
export type TxnOpResult =
  | { type: 'get'; result: GetResult }
  | { type: 'put'; result: PutResult }
  | { type: 'delete'; result: DeleteResult }
  | { type: 'txn'; result: TxnResult };

export interface TxnResult {
  header: ResponseHeader;
  /** True when every compare held and the success branch ran. */
  succeeded: boolean;
  responses: TxnOpResult[];
}

/** Small constructors for compares and operations. */
export const op = {
  get: (key: Bytes, options?: GetOptions): TxnOp => ({ type: 'get', key, ...opt(options) }),
  put: (key: Bytes, value: Bytes, options?: PutOptions): TxnOp => ({
    type: 'put',
    key,
    value,
    ...opt(options),
  }),
  delete: (key: Bytes, options?: DeleteOptions): TxnOp => ({
    type: 'delete',
    key,
    ...opt(options),
  }),
  txn: (txn: TxnRequest): TxnOp => ({ type: 'txn', txn }),
};

function opt<T>(options: T | undefined): { options?: T } {
  return options === undefined ? {} : { options };
}

export const compare = {
  version: (key: Bytes, o: CompareOp, value: number): Compare => ({
    target: 'version',
    key,
    op: o,
    value,
  }),
  create: (key: Bytes, o: CompareOp, value: number): Compare => ({
    target: 'create',
    key,
    op: o,
    value,
  }),
  mod: (key: Bytes, o: CompareOp, value: number): Compare => ({ target: 'mod', key, op: o, value }),
  value: (key: Bytes, o: CompareOp, value: Bytes): Compare => ({
    target: 'value',
    key,
    op: o,
    value,
  }),
  lease: (key: Bytes, o: CompareOp, value: bigint): Compare => ({
    target: 'lease',
    key,
    op: o,
    value,
  }),
};

const R = etcdserverpb.Compare.CompareResult;
const T = etcdserverpb.Compare.CompareTarget;

const results: Record<CompareOp, etcdserverpb.Compare.CompareResult> = {
  '==': R.EQUAL,
  '!=': R.NOT_EQUAL,
  '<': R.LESS,
  '>': R.GREATER,
};

function encodeCompare(c: Compare): etcdserverpb.ICompare {
  const sel = c.rangeEnd !== undefined ? { end: c.rangeEnd } : { prefix: c.prefix ?? false };
  const { key, rangeEnd } = keyRange(c.key, sel);
  const base: etcdserverpb.ICompare = { key, rangeEnd: rangeEnd ?? null, result: results[c.op] };
  switch (c.target) {
    case 'version':
      return { ...base, target: T.VERSION, version: c.value };
    case 'create':
      return { ...base, target: T.CREATE, createRevision: c.value };
    case 'mod':
      return { ...base, target: T.MOD, modRevision: c.value };
    case 'lease':
      return { ...base, target: T.LEASE, lease: fromBigInt(c.value) };
    case 'value':
      return { ...base, target: T.VALUE, value: toBytes(c.value) };
  }
}

function encodeOp(o: TxnOp): etcdserverpb.IRequestOp {
  switch (o.type) {
    case 'get':
      return { requestRange: encodeGet(o.key, o.options) };
    case 'put':
      return { requestPut: encodePut(o.key, o.value, o.options) };
    case 'delete':
      return { requestDeleteRange: encodeDelete(o.key, o.options) };
    case 'txn':
      return { requestTxn: encodeTxn(o.txn) };
  }
}

export function encodeTxn(t: TxnRequest): etcdserverpb.ITxnRequest {
  return {
    compare: (t.compare ?? []).map(encodeCompare),
    success: (t.success ?? []).map(encodeOp),
    failure: (t.failure ?? []).map(encodeOp),
  };
}

function decodeOp(r: etcdserverpb.IResponseOp): TxnOpResult {
  if (r.responseRange) return { type: 'get', result: decodeGet(r.responseRange) };
  if (r.responsePut) return { type: 'put', result: decodePut(r.responsePut) };
  if (r.responseDeleteRange) return { type: 'delete', result: decodeDelete(r.responseDeleteRange) };
  if (r.responseTxn) return { type: 'txn', result: decodeTxn(r.responseTxn) };
  throw new Error('txn: response operation of unknown type');
}

export function decodeTxn(res: etcdserverpb.ITxnResponse): TxnResult {
  return {
    header: toHeader(res.header),
    succeeded: res.succeeded ?? false,
    responses: (res.responses ?? []).map(decodeOp),
  };
}
