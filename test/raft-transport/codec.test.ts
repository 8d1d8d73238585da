import assert from 'node:assert/strict';
import { clusterdpb } from '../../src/gen/etcd.js';
import { decodeBatch, encodeBatch } from '../../src/raft-transport/batch-codec.js';
import {
  allMessageTypes,
  messageFromProto,
  messageToProto,
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

/** Through Stream's hand codec, failing on any message it would skip. */
function roundTrip(m: Message): Message {
  const back = decodeBatch(encodeBatch([m]), (err) => {
    throw err;
  });
  assert.equal(back.length, 1);
  return back[0]!;
}

/** Through protobufjs, as the MsgSnap of a SendSnapshot call travels. */
function protobufRoundTrip(m: Message): Message {
  const P = clusterdpb.RaftMessage;
  return messageFromProto(P.decode(P.encode(messageToProto(m)).finish()));
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

function noBadMessage(err: unknown): never {
  throw err;
}

describe('raft-transport codec', () => {
  it('knows every message type of the Raft core, with etcd numbering', () => {
    assert.equal(allMessageTypes.length, 20);
    assert.equal(clusterdpb.RaftMessageType.MsgApp, 3);
    assert.equal(clusterdpb.RaftMessageType.MsgPreVoteResp, 18);
    assert.equal(clusterdpb.RaftMessageType.MsgForgetLeader, 23);
  });

  for (const type of allMessageTypes) {
    it(`round-trips ${type} with every field set, by both codecs`, () => {
      const m = fullMessage(type);
      for (const back of [roundTrip(m), protobufRoundTrip(m)]) {
        assert.deepEqual(plain(back), plain(m));
        // Same key order as newMessage(), so decoded messages share the engine's object shape.
        assert.deepEqual(Object.keys(back), Object.keys(m));
      }
    });

    it(`round-trips ${type} with every field at its default, by both codecs`, () => {
      const m = newMessage({ type });
      for (const back of [roundTrip(m), protobufRoundTrip(m)]) {
        assert.deepEqual(plain(back), plain(m));
        assert.equal(back.snapshot, undefined);
        assert.equal(back.context, undefined);
      }
    });
  }

  it('writes the protobuf encoding: protobufjs reads the hand codec, and the other way round', () => {
    const batch = [
      ...allMessageTypes.map(fullMessage),
      ...allMessageTypes.map((type, i) => newMessage({ type, to: bigIds[i % bigIds.length]! })),
    ];
    const byHand = encodeBatch(batch);
    const read = clusterdpb.RaftMessageBatch.decode(byHand).messages.map(messageFromProto);
    assert.deepEqual(read.map(plain), batch.map(plain));
    const byProtobufjs = clusterdpb.RaftMessageBatch.encode({
      messages: batch.map(messageToProto),
    }).finish();
    assert.deepEqual(decodeBatch(byProtobufjs, noBadMessage).map(plain), batch.map(plain));
  });

  it('keeps an empty context apart from an absent one', () => {
    const withEmpty = roundTrip(newMessage({ type: 'MsgHeartbeat', context: new Uint8Array(0) }));
    assert.ok(withEmpty.context !== undefined);
    assert.equal(withEmpty.context.length, 0);
    assert.equal(roundTrip(newMessage({ type: 'MsgHeartbeat' })).context, undefined);
  });

  it('keeps 64-bit member ids and 53-bit indexes exact', () => {
    for (const id of [...bigIds, 127n, 128n, 0xffff_ffffn, 0x1_0000_0000n]) {
      const m = roundTrip(newMessage({ type: 'MsgVote', from: id, to: id ^ 0xffn }));
      assert.equal(m.from, id);
      assert.equal(m.to, id ^ 0xffn);
    }
    for (const index of [1, 127, 128, 2 ** 31, 2 ** 32, 2 ** 49, 2 ** 53 - 1]) {
      assert.equal(roundTrip(newMessage({ type: 'MsgApp', index })).index, index);
    }
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
    for (const [encoded, back] of [
      [encodeBatch([m]), roundTrip(m)],
      [clusterdpb.RaftMessage.encode(messageToProto(m)).finish(), protobufRoundTrip(m)],
    ] as const) {
      assert.ok(encoded.length < 200, `encoded ${encoded.length} bytes`);
      assert.deepEqual(back.snapshot?.metadata, m.snapshot?.metadata);
      assert.equal(back.snapshot?.data.length, 0);
    }
  });

  it('skips a message of an unknown type or entry type and keeps the rest of the batch', () => {
    const good = encodeBatch([newMessage({ type: 'MsgApp', index: 5 })]);
    // A message of type 19 (etcd's MsgStorageAppend) and one with an entry of type 2 (etcd's
    // EntryConfChangeV2), each as field 1 of the batch.
    const unknownType = Uint8Array.of(0x0a, 2, 0x08, 19);
    const unknownEntry = Uint8Array.of(0x0a, 4, 0x3a, 2, 0x08, 2);
    const skipped: unknown[] = [];
    const messages = decodeBatch(Buffer.concat([unknownType, good, unknownEntry, good]), (err) =>
      skipped.push(err),
    );
    assert.deepEqual(
      messages.map((m) => m.index),
      [5, 5],
    );
    assert.equal(skipped.length, 2);
    assert.ok(skipped.every((err) => err instanceof RaftCodecError));
  });

  it('throws on bytes that are not a batch', () => {
    // A length that runs past the end, and a varint that never ends.
    assert.throws(() => decodeBatch(Uint8Array.of(0x0a, 50, 1), noBadMessage), RaftCodecError);
    assert.throws(() => decodeBatch(Uint8Array.of(0x0a, 0xff), noBadMessage), RaftCodecError);
  });
});
