// A put's log entry, encoded by hand: the same clusterdpb.InternalRequest bytes protobufjs would
// write for { id, put, auth }, sized first and written into one buffer. Puts are most of a busy
// store's entries, and protobufjs's encoder (a Long per int64, an operation object per field, then
// a copy) made more garbage per put than anything else on the proposing side. Applying decodes it
// with protobufjs like any other entry.
import type { etcdserverpb } from '../gen/etcd.js';
import { toBigInt } from '../util/long.js';
import {
  boolFieldSize,
  int64FieldSize,
  lengthFieldSize,
  ProtoWriter,
} from '../util/protobuf-wire.js';
import type { AuthInfo } from './auth-store.js';

const emptyBytes = new Uint8Array(0);

/** InternalRequest fields (proto/clusterd.proto). */
const ID = 1;
const PUT = 2;
const AUTH = 30;

export function encodePutEntry(
  id: bigint,
  put: etcdserverpb.IPutRequest,
  auth: AuthInfo | undefined,
): Buffer {
  const key = put.key ?? emptyBytes;
  const value = put.value ?? emptyBytes;
  const lease = toBigInt(put.lease, true);
  const putSize =
    lengthFieldSize(1, key.length) +
    lengthFieldSize(2, value.length) +
    int64FieldSize(3, lease) +
    boolFieldSize(4, put.prevKv) +
    boolFieldSize(5, put.ignoreValue) +
    boolFieldSize(6, put.ignoreLease);
  const username = auth ? Buffer.from(auth.username) : emptyBytes;
  const authRevision = auth ? BigInt(auth.revision) : 0n;
  const authSize = lengthFieldSize(1, username.length) + int64FieldSize(2, authRevision);
  const size =
    int64FieldSize(ID, id) +
    lengthFieldSize(PUT, putSize, true) +
    (auth ? lengthFieldSize(AUTH, authSize, true) : 0);
  const w = new ProtoWriter(Buffer.allocUnsafe(size));
  w.int64Field(ID, id);
  w.lengthPrefix(PUT, putSize);
  w.bytesField(1, key);
  w.bytesField(2, value);
  w.int64Field(3, lease);
  w.boolField(4, put.prevKv);
  w.boolField(5, put.ignoreValue);
  w.boolField(6, put.ignoreLease);
  if (auth) {
    w.lengthPrefix(AUTH, authSize);
    w.bytesField(1, username);
    w.int64Field(2, authRevision);
  }
  return w.buf;
}
