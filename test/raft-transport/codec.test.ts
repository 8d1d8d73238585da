import assert from 'node:assert/strict';
import { clusterdpb } from '../../src/gen/etcd.js';
import {
  allMessageTypes,
  batchFromProto,
  batchToProto,
  decodeConfState,
  decodeEntry,
  decodeHardState,
  decodeMessage,
  encodeConfState,
  encodeEntry,
  encodeHardState,
  encodeMessage,
  RaftCodecError,
} from '../../src/raft-transport/codec.js';
import type { ConfState, Entry, Message, MessageType } from '../../src/raft/types.js';
import { newMessage } from '../../src/raft/types.js';

const maxId = 0xffff_ffff_ffff_ffffn;
const bigIds = [1n, 0x7fff_ffff_ffff_ffffn, 0x8000_0000_0000_0000n, maxId, 0x8e9e05c52164694dn];

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

const confState: ConfState = {
  voters: [1n, maxId, 0x8e9e05c52164694dn],
  learners: [0x8000_0000_0000_0000n],
  votersOutgoing: [2n, 0xdead_beef_0000_0001n],
  learnersNext: [maxId - 1n],
  autoLeave: true,
};

const entries: Entry[] = [
  { term: 7, index: 2 ** 53 - 1, type: 'normal', data: bytes(1, 2, 3) },
  { term: 8, index: 1, type: 'conf-change', data: new TextEncoder().encode('{"t":"auto"}') },
  { term: 0, index: 0, type: 'normal', data: new Uint8Array(0) },
];

/** A message with every field set to something other than its default. */
function fullMessage(type: MessageType): Message {
  return newMessage({
    type,
    from: maxId,
    to: 0x8000_0000_0000_0001n,
    term: 2 ** 40 + 3,
    logTerm: 2 ** 33,
    index: 2 ** 52 + 7,
    entries,
    commit: 123_456_789_012,
    reject: true,
    rejectHint: 2 ** 45 + 1,
    snapshot: {
      metadata: { index: 2 ** 50, term: 99, confState },
      data: new Uint8Array(0),
    },
    context: bytes(0xff, 0, 0x80),
  });
}

function roundTrip(m: Message): Message {
  return decodeMessage(encodeMessage(m));
}

/** Plain copies, so deepEqual compares values and not Buffer versus Uint8Array classes. */
function plain(m: Message): unknown {
  return {
    ...m,
    entries: m.entries.map((e) => ({ ...e, data: [...e.data] })),
    snapshot: m.snapshot && { metadata: m.snapshot.metadata, data: [...m.snapshot.data] },
    context: m.context && [...m.context],
  };
}

describe('raft-transport codec', () => {
  it('knows every message type of the Raft core, with etcd numbering', () => {
    assert.equal(allMessageTypes.length, 20);
    assert.equal(clusterdpb.RaftMessageType.MsgApp, 3);
    assert.equal(clusterdpb.RaftMessageType.MsgPreVoteResp, 18);
    assert.equal(clusterdpb.RaftMessageType.MsgForgetLeader, 23);
  });

  for (const type of allMessageTypes) {
    it(`round-trips ${type} with every field set`, () => {
      const m = fullMessage(type);
      const back = roundTrip(m);
      assert.deepEqual(plain(back), plain(m));
      // Same key order as newMessage(), so decoded messages share the engine's object shape.
      assert.deepEqual(Object.keys(back), Object.keys(m));
    });

    it(`round-trips ${type} with every field at its default`, () => {
      const m = newMessage({ type });
      const back = roundTrip(m);
      assert.deepEqual(plain(back), plain(m));
      assert.equal(back.snapshot, undefined);
      assert.equal(back.context, undefined);
    });
  }

  it('keeps an empty context apart from an absent one', () => {
    const withEmpty = roundTrip(newMessage({ type: 'MsgHeartbeat', context: new Uint8Array(0) }));
    assert.ok(withEmpty.context !== undefined);
    assert.equal(withEmpty.context.length, 0);
    assert.equal(roundTrip(newMessage({ type: 'MsgHeartbeat' })).context, undefined);
  });

  it('keeps 64-bit member ids exact in from, to and the conf state', () => {
    for (const id of bigIds) {
      const m = roundTrip(newMessage({ type: 'MsgVote', from: id, to: id ^ 0xffn }));
      assert.equal(m.from, id);
      assert.equal(m.to, id ^ 0xffn);
    }
    const cs = decodeConfState(encodeConfState(confState));
    assert.deepEqual(cs, confState);
  });

  it('leaves snapshot data out of the message: it travels in SendSnapshot chunks', () => {
    const m = newMessage({
      type: 'MsgSnap',
      to: 2n,
      from: 1n,
      snapshot: {
        metadata: { index: 10, term: 2, confState },
        data: new Uint8Array(1000).fill(7),
      },
    });
    const encoded = encodeMessage(m);
    assert.ok(encoded.length < 200, `encoded ${encoded.length} bytes`);
    const back = decodeMessage(encoded);
    assert.deepEqual(back.snapshot?.metadata, m.snapshot?.metadata);
    assert.equal(back.snapshot?.data.length, 0);
  });

  it('round-trips entries, hard states and conf states on their own', () => {
    for (const e of entries) {
      const back = decodeEntry(encodeEntry(e));
      assert.deepEqual({ ...back, data: [...back.data] }, { ...e, data: [...e.data] });
    }
    for (const hs of [
      { term: 0, vote: 0n, commit: 0 },
      { term: 2 ** 53 - 1, vote: maxId, commit: 2 ** 50 + 3 },
    ]) {
      assert.deepEqual(decodeHardState(encodeHardState(hs)), hs);
    }
    const empty: ConfState = {
      voters: [],
      learners: [],
      votersOutgoing: [],
      learnersNext: [],
      autoLeave: false,
    };
    assert.deepEqual(decodeConfState(encodeConfState(empty)), empty);
  });

  it('round-trips a batch in order', () => {
    const batch = allMessageTypes.map((type, i) => newMessage({ type, to: 2n, index: i }));
    const wire = clusterdpb.RaftMessageBatch.decode(
      clusterdpb.RaftMessageBatch.encode(batchToProto(batch)).finish(),
    );
    assert.deepEqual(batchFromProto(wire).map(plain), batch.map(plain));
  });

  it('rejects unknown message and entry types', () => {
    // Field 1 (type), varint: 19 is etcd's MsgStorageAppend, 2 etcd's EntryConfChangeV2.
    assert.throws(() => decodeMessage(Uint8Array.of(0x08, 19)), RaftCodecError);
    assert.throws(() => decodeEntry(Uint8Array.of(0x08, 2)), RaftCodecError);
  });
});
