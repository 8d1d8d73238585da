// MVCC values to the wire shapes of etcd's protos.
import type { mvccpb } from '../gen/etcd.js';
import type { KeyValue } from '../storage/mvcc/kv-store.js';
import { fromBigInt } from '../util/long.js';

export function kvToProto(kv: KeyValue, keysOnly = false): mvccpb.IKeyValue {
  return {
    key: kv.key,
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    value: keysOnly ? null : kv.value,
    lease: fromBigInt(kv.lease),
  };
}

/** What etcd puts in a DELETE event: the key and the deletion revision only. */
export function deletedKvToProto(kv: KeyValue): mvccpb.IKeyValue {
  return { key: kv.key, modRevision: kv.modRevision };
}
