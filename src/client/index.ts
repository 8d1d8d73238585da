// The public surface of the etcd v3 client.
export {
  EtcdClient,
  type ClientOptions,
  defaultCommandTimeoutMs,
  defaultDialTimeoutMs,
} from './client.js';
export {
  type Bytes,
  type KeyValue,
  type RangeSelector,
  type ResponseHeader,
  toHex,
  parseHexId,
  prefixEnd,
} from './convert.js';
export type { ClientTransportTls } from './endpoints.js';
export * from './errors.js';
export type { Event, Listener } from './event.js';
export {
  KV,
  type DeleteOptions,
  type DeleteResult,
  type GetOptions,
  type GetResult,
  type PutOptions,
  type PutResult,
  type SortOrder,
  type SortTarget,
} from './kv.js';
export {
  KeepAlive,
  LeaseClient,
  type KeepAliveResult,
  type LeaseGrantResult,
  type LeaseTimeToLiveResult,
} from './lease.js';
export type { ClientCredentials } from './auth-token.js';
export { AuthClient } from './auth.js';
export { Cluster, type Member, type MemberAddResult, type MembersResult } from './cluster.js';
export {
  Maintenance,
  type AlarmMember,
  type AlarmType,
  type HashKVResult,
  type StatusResult,
} from './maintenance.js';
export { type RetryPolicy, retryPolicyFor, retryPolicyTable, shouldRetry } from './retry.js';
export type { CallOptions } from './transport.js';
export {
  compare,
  op,
  type Compare,
  type CompareOp,
  type TxnOp,
  type TxnOpResult,
  type TxnRequest,
  type TxnResult,
} from './txn.js';
export {
  WatchManager,
  Watcher,
  type WatchBatch,
  type WatchEvent,
  type WatchOptions,
} from './watch.js';
