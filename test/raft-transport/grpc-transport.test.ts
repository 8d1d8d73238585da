import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { once } from 'node:events';
import { connect as connectTcp, createServer, type AddressInfo, type Socket } from 'node:net';
import { clusterdpb } from '../../src/gen/etcd.js';
import { fromBigInt } from '../../src/util/long.js';
import { messageToProto } from '../../src/raft-transport/codec.js';
import { GrpcPeerTransport } from '../../src/raft-transport/grpc-transport.js';
import { clusterIdHeader, peerService } from '../../src/raft-transport/peer-service.js';
import {
  encodeAnswer,
  encodeHello,
  FrameKind,
  FrameReader,
  streamPreface,
  writeFrame,
} from '../../src/raft-transport/stream-wire.js';
import { newMessage, type Message, type NodeId } from '../../src/raft/types.js';
import { numbered, Recorder, sleep, waitFor } from './helpers.js';

const clusterId = 0xc1a5_7e7e_0000_0001n;
// Ids with the top bit set, to carry 64-bit values through Hello, metadata and the codec.
const id1 = 0x8e9e05c52164694dn;
const id2 = 0xfd422379fda50e48n;
const id3 = 0x91bc3c398fb3c146n;

/** Connects to a peer port at `address` and opens a message stream as `member` of `cluster`. */
async function openStream(address: string, cluster: bigint, member: NodeId): Promise<Socket> {
  const colon = address.lastIndexOf(':');
  const socket = connectTcp({
    host: address.slice(0, colon),
    port: Number(address.slice(colon + 1)),
  });
  await once(socket, 'connect');
  socket.write(streamPreface);
  writeFrame(
    socket,
    FrameKind.Hello,
    encodeHello({ clusterId: fromBigInt(cluster, true), memberId: fromBigInt(member, true) }),
  );
  return socket;
}

/** Opens a message stream to `address` as `member` of `cluster` and returns the Hello's answer. */
async function helloAnswer(
  address: string,
  cluster: bigint,
  member: NodeId,
): Promise<clusterdpb.HelloResponse> {
  const socket = await openStream(address, cluster, member);
  try {
    const reader = new FrameReader(1 << 16);
    for await (const chunk of socket as AsyncIterable<Buffer>) {
      const [frame] = reader.push(chunk);
      if (frame === undefined) continue;
      assert.equal(frame.kind, FrameKind.Answer);
      return clusterdpb.HelloResponse.decode(frame.payload);
    }
    throw new Error('the stream ended without an answer');
  } finally {
    socket.destroy();
  }
}

describe('GrpcPeerTransport', function () {
  const open: GrpcPeerTransport[] = [];

  async function member(
    id: NodeId,
    options: { port?: number; cluster?: bigint; backoffMs?: number; keepaliveMs?: number } = {},
  ): Promise<GrpcPeerTransport> {
    const transport = new GrpcPeerTransport({
      id,
      clusterId: options.cluster ?? clusterId,
      listenUrls: [`http://127.0.0.1:${options.port ?? 0}`],
      backoffInitialMs: options.backoffMs ?? 20,
      backoffMaxMs: options.backoffMs ?? 200,
      ...(options.keepaliveMs !== undefined && { keepaliveMs: options.keepaliveMs }),
    });
    open.push(transport);
    await transport.start();
    return transport;
  }

  /** Tells every transport about every other one, by their bound addresses. */
  function connect(...transports: GrpcPeerTransport[]): void {
    const peers = new Map(transports.map((t) => [t.id, [`http://${t.listenAddresses[0]!}`]]));
    for (const t of transports) t.setPeers(peers);
  }

  /** Member id2, streamed to by `a` and then stopped: its port, free for its restart. */
  async function peerThatStopped(a: GrpcPeerTransport, atA: Recorder): Promise<number> {
    const b = await member(id2);
    const atB = new Recorder(b);
    connect(a, b);
    a.send([numbered(id1, id2, 0)]);
    await waitFor(() => atB.messages.length === 1, 'the first message');
    await b.close();
    await waitFor(() => atA.unreachable.includes(id2), 'unreachable after the stream broke');
    return b.ports[0]!;
  }

  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });

  it('binds port 0 and reports the port it got', async () => {
    const t = await member(id1);
    assert.equal(t.ports.length, 1);
    assert.ok(t.ports[0]! > 0);
    assert.equal(t.listenAddresses[0], `127.0.0.1:${t.ports[0]!}`);
  });

  it('two members exchange batches, in order, both ways', async () => {
    const a = await member(id1);
    const b = await member(id2);
    const atA = new Recorder(a);
    const atB = new Recorder(b);
    connect(a, b);
    const perTurn = 50;
    const turns = 20;
    for (let turn = 0; turn < turns; turn++) {
      const base = turn * perTurn;
      a.send(Array.from({ length: perTurn }, (_, i) => numbered(id1, id2, base + i)));
      b.send(Array.from({ length: perTurn }, (_, i) => numbered(id2, id1, base + i)));
      await sleep(1);
    }
    const total = perTurn * turns;
    await waitFor(() => atB.messages.length === total && atA.messages.length === total, 'all');
    assert.deepEqual(
      atB.messages.map((m) => m.index),
      Array.from({ length: total }, (_, i) => i),
    );
    assert.deepEqual(
      atA.messages.map((m) => m.index),
      Array.from({ length: total }, (_, i) => i),
    );
    const sample = atB.messages[7]!;
    assert.equal(sample.from, id1);
    assert.equal(sample.to, id2);
    assert.deepEqual([...sample.entries[0]!.data], new Array<number>(16).fill(7));
    // Messages of one turn travel together: far fewer batches than messages.
    assert.equal(a.stats.messagesSent, total);
    assert.ok(a.stats.batchesSent <= turns + 2, `${a.stats.batchesSent} batches`);
    assert.equal(b.stats.batchesReceived, a.stats.batchesSent);
    assert.deepEqual(atA.unreachable, []);
    assert.deepEqual(atB.unreachable, []);
  });

  it('three members exchange messages all to all, in order per pair', async () => {
    const members = [await member(id1), await member(id2), await member(id3)];
    const recorders = members.map((t) => new Recorder(t));
    connect(...members);
    const count = 300;
    for (let n = 0; n < count; n++) {
      for (const from of members) {
        from.send(
          members.filter((to) => to !== from).map((to) => numbered(from.id, to.id, n, 100)),
        );
      }
      if (n % 10 === 0) await sleep(1);
    }
    await waitFor(() => recorders.every((r) => r.messages.length === 2 * count), 'all messages');
    for (const [i, r] of recorders.entries()) {
      for (const from of members) {
        if (from === members[i]) continue;
        assert.deepEqual(
          r.from(from.id).map((m) => m.index),
          Array.from({ length: count }, (_, n) => n),
        );
      }
    }
  });

  it('splits a large burst into batches of about maxBatchBytes', async () => {
    const a = await member(id1);
    const b = await member(id2);
    const atB = new Recorder(b);
    connect(a, b);
    // 64 messages of 100 KiB: about 7 batches of at most 1 MiB.
    a.send(Array.from({ length: 64 }, (_, i) => numbered(id1, id2, i, 100 * 1024)));
    await waitFor(() => atB.messages.length === 64, '64 large messages');
    assert.ok(a.stats.batchesSent >= 6 && a.stats.batchesSent <= 8, `${a.stats.batchesSent}`);
    assert.deepEqual(
      atB.messages.map((m) => m.index),
      Array.from({ length: 64 }, (_, i) => i),
    );
  });

  it('reports a stopped peer unreachable, drops its messages, and reconnects once it is back', async () => {
    const a = await member(id1);
    const atA = new Recorder(a);
    const port = await peerThatStopped(a, atA);
    // While the peer is down, send() drops and reports it again.
    await sleep(50);
    const reported = atA.unreachable.length;
    const dropped = a.stats.messagesDropped;
    a.send([numbered(id1, id2, 1)]);
    assert.equal(atA.unreachable.length, reported + 1, 'reported at once');
    assert.equal(a.stats.messagesDropped, dropped + 1);
    assert.ok(atA.unreachable.every((id) => id === id2));

    // The same member comes back on the same port; the sender redials it by itself.
    const b = await member(id2, { port });
    const atB = new Recorder(b);
    let n = 100;
    await waitFor(
      () => {
        a.send([numbered(id1, id2, n++)]);
        return atB.messages.length > 0;
      },
      'a message to the restarted peer',
      10_000,
    );
    // Once reconnected, nothing more is lost and order holds.
    const first = atB.messages.length;
    const start = n;
    for (let i = 0; i < 50; i++) a.send([numbered(id1, id2, n++)]);
    await waitFor(() => atB.messages.length >= first + 50, 'messages after the reconnect');
    assert.deepEqual(
      atB.messages.slice(-50).map((m) => m.index),
      Array.from({ length: 50 }, (_, i) => start + i),
    );
  });

  it('holds a proposal for a peer that is down and dials at once for it, unlike other messages', async () => {
    // A backoff far longer than the test: only the proposal's own dial can reach the peer in time.
    const a = await member(id1, { backoffMs: 30_000 });
    const atA = new Recorder(a);
    const port = await peerThatStopped(a, atA);

    // Back on the same port, while a waits out its 30 s backoff.
    const b = await member(id2, { port });
    const atB = new Recorder(b);
    const dropped = a.stats.messagesDropped;
    a.send([newMessage({ type: 'MsgHeartbeat', from: id1, to: id2, term: 1 })]);
    assert.equal(a.stats.messagesDropped, dropped + 1, 'a heartbeat is dropped: Raft sends more');
    const proposal = newMessage({
      type: 'MsgProp',
      from: id1,
      to: id2,
      entries: [{ term: 0, index: 0, type: 'normal', data: Buffer.from('put') }],
    });
    a.send([proposal]);
    assert.equal(a.stats.messagesDropped, dropped + 1, 'the proposal is held, not dropped');
    await waitFor(() => atB.messages.length > 0, 'the proposal delivered', 5_000);
    assert.deepEqual(
      atB.messages.map((m) => m.type),
      ['MsgProp'],
    );
    assert.equal(Buffer.from(atB.messages[0]!.entries[0]!.data).toString(), 'put');
  });

  it('follows membership changes: removed peers are dropped, moved peers redialed', async () => {
    const a = await member(id1);
    const b = await member(id2);
    const atA = new Recorder(a);
    const atB = new Recorder(b);
    connect(a, b);
    a.send([numbered(id1, id2, 0)]);
    await waitFor(() => atB.messages.length === 1, 'the first message');

    a.setPeers(new Map());
    a.send([numbered(id1, id2, 1)]);
    assert.deepEqual(atA.unreachable, [id2]);

    // id2 comes back at another address (a new process on a new port).
    const moved = await member(id2);
    const atMoved = new Recorder(moved);
    a.setPeers(new Map([[id2, [moved.listenAddresses[0]!]]]));
    a.send([numbered(id1, id2, 2)]);
    await waitFor(() => atMoved.messages.length === 1, 'a message at the new address');
    assert.equal(atMoved.messages[0]!.index, 2);
    assert.equal(atB.messages.length, 1);
  });

  it('a receiver sees an error, not a clean end, when the sender goes away mid-snapshot', async () => {
    const a = await member(id1);
    const b = await member(id2);
    connect(a, b);
    await waitForOpen(a, id2);
    let outcome = 'pending';
    let got = 0;
    b.onSnapshot(async (_m, chunks) => {
      try {
        for await (const chunk of chunks) got += chunk.length;
        outcome = 'complete';
      } catch {
        outcome = 'aborted';
        throw new Error('aborted');
      }
    });
    const sending = a.sendSnapshot(snapMessage(id1, id2, new Uint8Array(0)), async function* () {
      for (let i = 0; i < 20; i++) {
        yield new Uint8Array(1 << 20);
        await sleep(20);
      }
    });
    await waitFor(() => got >= 2 << 20, 'two chunks');
    await a.close();
    assert.equal(await sending, 'failed');
    await waitFor(() => outcome !== 'pending', 'the receiver to notice');
    assert.equal(outcome, 'aborted');
  });

  it('refuses a member of another cluster, and says why', async () => {
    const a = await member(id1);
    const stranger = await member(id2, { cluster: 0xbadn });
    const atA = new Recorder(a);
    const atStranger = new Recorder(stranger);
    connect(a, stranger);
    for (let i = 0; i < 20; i++) {
      a.send([numbered(id1, id2, i)]);
      stranger.send([numbered(id2, id1, i)]);
      await sleep(20);
    }
    assert.equal(atA.messages.length, 0);
    assert.equal(atStranger.messages.length, 0);
    assert.ok(atA.unreachable.length > 0 && atA.unreachable.every((id) => id === id2));
    assert.ok(atStranger.unreachable.length > 0);

    // Hello's answer says why, with the gRPC code etcd's peers would see.
    const answer = await helloAnswer(a.listenAddresses[0]!, 0xbadn, id2);
    assert.equal(answer.refusedCode, grpc.status.FAILED_PRECONDITION);
    assert.match(
      answer.refusedDetails,
      /cluster ID mismatch \(local c1a57e7e00000001, remote bad\)/,
    );
  });

  it('refuses a removed member on its open stream and at its redials, and tells it so', async () => {
    const removed = new Set<NodeId>();
    const a = new GrpcPeerTransport({
      id: id1,
      clusterId,
      listenUrls: ['http://127.0.0.1:0'],
      backoffInitialMs: 20,
      backoffMaxMs: 200,
      isRemoved: (id) => removed.has(id),
    });
    open.push(a);
    await a.start();
    const b = await member(id2);
    const atA = new Recorder(a);
    const refusedBy: NodeId[] = [];
    b.onRemoved((by) => refusedBy.push(by));
    connect(a, b);
    b.send([numbered(id2, id1, 0)]);
    await waitFor(() => atA.messages.length === 1, 'the first message');
    assert.deepEqual(refusedBy, []);

    // a applies b's removal: b's open stream ends, telling b; its redials are refused in Hello.
    removed.add(id2);
    a.setPeers(new Map());
    await waitFor(() => refusedBy.length > 0, 'b to be told');
    assert.ok(refusedBy.every((by) => by === id1));
    const told = refusedBy.length;
    await waitFor(() => refusedBy.length > told, 'a refused redial');
    for (let i = 1; i < 5; i++) {
      b.send([numbered(id2, id1, i)]);
      await sleep(20);
    }
    assert.equal(atA.messages.length, 1);
  });

  it('ends a stream whose peer stops answering pings, and closes one that went silent', async () => {
    // A peer that accepts the stream and then never answers: a partition that drops packets.
    const mute = createServer((socket) => {
      const reader = new FrameReader(1 << 16);
      socket.once('data', () => {
        socket.on('data', (chunk: Buffer) => void reader.push(chunk));
        writeFrame(
          socket,
          FrameKind.Answer,
          encodeAnswer({ clusterId: fromBigInt(clusterId, true), memberId: fromBigInt(id2, true) }),
        );
      });
    });
    mute.listen(0, '127.0.0.1');
    await once(mute, 'listening');
    try {
      const a = await member(id1, { keepaliveMs: 100, backoffMs: 60_000 });
      const atA = new Recorder(a);
      const port = (mute.address() as AddressInfo).port;
      a.setPeers(new Map([[id2, [`http://127.0.0.1:${port}`]]]));
      await waitFor(() => a.activeSince(id2) !== undefined, 'the stream to open');
      const opened = Date.now();
      await waitFor(() => atA.unreachable.includes(id2), 'the silent peer reported', 2000);
      assert.ok(Date.now() - opened >= 100, 'not before a ping went unanswered');
    } finally {
      mute.close();
    }

    // The other way: a member closes a stream that sent nothing, pings included, for 3 pings' time.
    const b = await member(id2, { keepaliveMs: 100 });
    const socket = await openStream(b.listenAddresses[0]!, clusterId, id1);
    try {
      socket.resume();
      const started = Date.now();
      await once(socket, 'close');
      const silentMs = Date.now() - started;
      assert.ok(silentMs >= 250 && silentMs < 2000, `closed after ${silentMs} ms`);
    } finally {
      socket.destroy();
    }
  });

  it('refuses a URL that serves a different member than expected', async () => {
    const a = await member(id1);
    const b = await member(id2);
    const atA = new Recorder(a);
    // a believes id3 lives at b's address.
    a.setPeers(new Map([[id3, [b.listenAddresses[0]!]]]));
    await waitFor(() => atA.unreachable.includes(id3), 'unreachable for the wrong member');
  });

  it('streams a 5 MiB snapshot in chunks of at most 1 MiB, intact', async () => {
    const a = await member(id1);
    const b = await member(id2);
    connect(a, b);
    const size = 5 * 1024 * 1024 + 12345;
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i++) data[i] = (i * 2654435761) >>> 24;
    const chunkSizes: number[] = [];
    let received: Message | undefined;
    const hash = createHash('sha256');
    b.onSnapshot(async (m, chunks) => {
      received = m;
      for await (const chunk of chunks) {
        chunkSizes.push(chunk.length);
        hash.update(chunk);
      }
    });
    const msnap = snapMessage(id1, id2, new Uint8Array(0));
    await waitForOpen(a, id2);
    // The source hands over uneven pieces; the transport re-cuts them to ≤ 1 MiB.
    const status = await a.sendSnapshot(msnap, async function* () {
      yield await Promise.resolve(data.subarray(0, 3_000_000));
      yield data.subarray(3_000_000, 3_000_001);
      yield data.subarray(3_000_001);
    });
    assert.equal(status, 'finished');
    assert.equal(
      hash.digest('hex'),
      createHash('sha256').update(data).digest('hex'),
      'data arrived intact',
    );
    assert.equal(
      chunkSizes.reduce((x, y) => x + y, 0),
      size,
    );
    assert.ok(chunkSizes.length >= 6, `${chunkSizes.length} chunks`);
    assert.ok(chunkSizes.every((n) => n <= 1 << 20));
    assert.equal(received?.type, 'MsgSnap');
    assert.equal(received.from, id1);
    assert.deepEqual(received.snapshot?.metadata, msnap.snapshot?.metadata);
    assert.equal(received.snapshot?.data.length, 0);
  });

  it('reports a snapshot the receiver refuses as failed, and diverts MsgSnap from send()', async () => {
    const a = await member(id1);
    const b = await member(id2);
    connect(a, b);
    await waitForOpen(a, id2);
    b.onSnapshot(async (_m, chunks) => {
      for await (const _chunk of chunks) throw new Error('disk full');
    });
    assert.equal(
      await a.sendSnapshot(snapMessage(id1, id2, new Uint8Array(10)), async function* () {
        yield await Promise.resolve(new Uint8Array(3 << 20));
      }),
      'failed',
    );

    const stored: number[] = [];
    b.onSnapshot(async (_m, chunks) => {
      for await (const chunk of chunks) stored.push(...chunk);
    });
    const statuses: string[] = [];
    a.onSnapshotStatus((peer, status) => {
      assert.equal(peer, id2);
      statuses.push(status);
    });
    a.send([snapMessage(id1, id2, Uint8Array.of(1, 2, 3))]);
    await waitFor(() => statuses.length === 1, 'the diverted snapshot');
    assert.deepEqual(statuses, ['finished']);
    assert.deepEqual(stored, [1, 2, 3]);
  });

  it('takes a snapshot as complete only with a matching end marker', async () => {
    const b = await member(id2);
    const outcomes: string[] = [];
    b.onSnapshot(async (_m, chunks) => {
      try {
        for await (const _chunk of chunks) {
          // read to the end
        }
        outcomes.push('complete');
      } catch (err) {
        outcomes.push((err as Error).message);
        throw err;
      }
    });
    const client = new grpc.Client(b.listenAddresses[0]!, grpc.credentials.createInsecure());
    /** Sends the chunks on a raw SendSnapshot call and returns the status code. */
    const sendRaw = (chunks: clusterdpb.ISnapshotChunk[]): Promise<grpc.status> =>
      new Promise((resolve) => {
        const metadata = new grpc.Metadata();
        metadata.set(clusterIdHeader, clusterId.toString(16));
        const call = client.makeClientStreamRequest(
          peerService.SendSnapshot.path,
          peerService.SendSnapshot.requestSerialize,
          peerService.SendSnapshot.responseDeserialize,
          metadata,
          {},
          (err) => {
            resolve(err === null ? grpc.status.OK : err.code);
          },
        );
        for (const chunk of chunks) call.write(chunk);
        call.end();
      });
    try {
      const head = { message: messageToProto(snapMessage(id1, id2, new Uint8Array(0))) };
      const data = Uint8Array.of(1, 2, 3);
      const sha256 = createHash('sha256').update(data).digest();
      assert.equal(await sendRaw([head, { data }]), grpc.status.ABORTED);
      assert.equal(
        await sendRaw([head, { data }, { end: { totalBytes: 3, sha256: new Uint8Array(32) } }]),
        grpc.status.ABORTED,
      );
      assert.equal(await sendRaw([head, { data }, { end: { totalBytes: 3, sha256 } }]), 0);
      assert.deepEqual(outcomes, [
        'the snapshot transfer ended before its end marker',
        'the snapshot data does not match its end marker',
        'complete',
      ]);
    } finally {
      client.close();
    }
  });

  it('fails a snapshot to an unknown or unreachable peer at once', async () => {
    const a = await member(id1);
    assert.equal(
      await a.sendSnapshot(snapMessage(id1, id3, new Uint8Array(1)), async function* () {
        yield await Promise.resolve(new Uint8Array(1));
      }),
      'failed',
    );
  });

  it('close() releases every server, socket and timer', async () => {
    const before = socketCounts();
    const timers = new TimerTracker();
    try {
      const a = await member(id1);
      const b = await member(id2);
      const c = await member(id3);
      const atB = new Recorder(b);
      connect(a, b, c);
      a.send([numbered(id1, id2, 0)]);
      await waitFor(() => atB.messages.length === 1, 'a message');
      // c goes away, so a and b are in backoff with retry timers pending when they close.
      await c.close();
      a.send([numbered(id1, id3, 1)]);
      await sleep(30);
      await Promise.all([a.close(), b.close()]);
      await waitFor(
        () => {
          const after = socketCounts();
          return Object.keys(after).every((k) => (after[k] ?? 0) <= (before[k] ?? 0));
        },
        () =>
          `no sockets left (before ${JSON.stringify(before)}, now ${JSON.stringify(socketCounts())})`,
        5000,
      );
      assert.ok(timers.created > 0);
      await waitFor(
        () => timers.refed() === 0,
        () => `${timers.refed()} timers left`,
        5000,
      );
    } finally {
      timers.dispose();
    }
  });
});

function snapMessage(from: NodeId, to: NodeId, data: Uint8Array): Message {
  return newMessage({
    type: 'MsgSnap',
    from,
    to,
    term: 3,
    snapshot: {
      metadata: {
        index: 1000,
        term: 3,
        confState: {
          voters: [from, to],
          learners: [],
          votersOutgoing: [],
          learnersNext: [],
          autoLeave: false,
        },
      },
      data,
    },
  });
}

/** Waits until `t` has an open stream to `peer` (a heartbeat gets through). */
async function waitForOpen(t: GrpcPeerTransport, peer: NodeId): Promise<void> {
  const sent = t.stats.messagesSent;
  await waitFor(() => {
    t.send([newMessage({ type: 'MsgHeartbeat', from: t.id, to: peer })]);
    return t.stats.messagesSent > sent;
  }, 'an open stream');
}

/** Live handles by kind, for the kinds a transport creates besides timers. */
function socketCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (/TCP|Immediate|Http2/.test(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * The timers that the transport, grpc-js or Node's net/http2 create while it is enabled and that
 * are still pending, i.e. would keep the process alive. Mocha's and the test's own are left out.
 */
class TimerTracker {
  private readonly live = new Map<number, NodeJS.Timeout>();
  /** How many such timers were created, to show the tracker saw the transport at work. */
  created = 0;
  private readonly hook = createHook({
    init: (id, type, _trigger, resource) => {
      if (type !== 'Timeout') return;
      const stack = new Error().stack ?? '';
      if (/src\/raft-transport|@grpc|node:internal\/http2|node:net/.test(stack)) {
        this.live.set(id, resource as NodeJS.Timeout);
        this.created++;
      }
    },
    destroy: (id) => {
      this.live.delete(id);
    },
  }).enable();

  refed(): number {
    let n = 0;
    for (const timer of this.live.values()) {
      // A timer that fired or was cleared is destroyed; its destroy hook may still be pending.
      if (timer.hasRef() && !(timer as unknown as { _destroyed: boolean })._destroyed) n++;
    }
    return n;
  }

  dispose(): void {
    this.hook.disable();
  }
}
