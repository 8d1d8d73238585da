// MVCC values to the wire shapes of etcd's protos.
import type { etcdserverpb, mvccpb } from '../gen/etcd.js';
import type { Member } from './membership.js';
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

export function memberToProto(m: Member): etcdserverpb.IMember {
  return {
    ID: fromBigInt(m.id, true),
    name: m.name,
    peerURLs: m.peerUrls,
    clientURLs: m.clientUrls,
    isLearner: m.isLearner,
  };
}
