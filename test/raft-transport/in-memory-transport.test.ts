import assert from 'node:assert/strict';
import {
  InMemoryHub,
  type InMemoryTransport,
} from '../../src/raft-transport/in-memory-transport.js';
import { newMessage, type Message, type NodeId } from '../../src/raft/types.js';
import { numbered, Recorder, sleep, waitFor } from './helpers.js';

/** Lets the hub deliver: its flush runs in an immediate queued before this one. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const ids = [1n, 2n, 3n] as const;

describe('InMemoryTransport', () => {
  let hub: InMemoryHub;
  let transports: InMemoryTransport[];
  let recorders: Recorder[];

  beforeEach(async () => {
    hub = new InMemoryHub();
    transports = ids.map((id) => hub.transport(id));
    recorders = transports.map((t) => new Recorder(t));
    const peers = new Map<NodeId, string[]>(ids.map((id) => [id, []]));
    for (const t of transports) {
      t.setPeers(peers);
      await t.start();
    }
  });

  afterEach(async () => {
    await Promise.all(transports.map((t) => t.close()));
  });

  /** Sends one message from each member to each other one, numbered `n`. */
  function everyoneSends(n: number): void {
    for (const from of transports) {
      from.send(ids.filter((to) => to !== from.id).map((to) => numbered(from.id, to, n)));
    }
  }

  const [t1, t2, t3] = [0, 1, 2];

  it('delivers at the next macrotask, in order per pair', async () => {
    for (let n = 0; n < 100; n++) everyoneSends(n);
    assert.equal(recorders[t2]!.messages.length, 0, 'send() does not deliver synchronously');
    await settle();
    for (const [i, r] of recorders.entries()) {
      for (const from of ids) {
        if (from === ids[i]) continue;
        assert.deepEqual(
          r.from(from).map((m) => m.index),
          Array.from({ length: 100 }, (_, n) => n),
        );
      }
    }
    assert.equal(hub.stats.delivered, 600);
    assert.equal(hub.stats.dropped, 0);
  });

  it('partitions both ways, one way, isolates and heals', async () => {
    hub.partition([1n], [2n, 3n]);
    everyoneSends(0);
    await settle();
    assert.equal(recorders[t1]!.messages.length, 0);
    assert.deepEqual(
      recorders[t2]!.messages.map((m) => m.from),
      [3n],
    );
    assert.deepEqual(
      recorders[t3]!.messages.map((m) => m.from),
      [2n],
    );
    assert.deepEqual(recorders[t1]!.unreachable, [2n, 3n]);
    assert.deepEqual(recorders[t2]!.unreachable, [1n]);

    hub.heal();
    hub.cutLink(1n, 2n);
    everyoneSends(1);
    await settle();
    assert.deepEqual(
      recorders[t2]!.messages.filter((m) => m.index === 1).map((m) => m.from),
      [3n],
    );
    assert.deepEqual(
      recorders[t1]!.messages.filter((m) => m.index === 1).map((m) => m.from),
      [2n, 3n],
      'the other direction still works',
    );

    hub.heal();
    hub.isolate(3n);
    everyoneSends(2);
    await settle();
    const at = (i: number): NodeId[] =>
      recorders[i]!.messages.filter((m) => m.index === 2).map((m) => m.from);
    assert.deepEqual(at(t1), [2n]);
    assert.deepEqual(at(t2), [1n]);
    assert.deepEqual(at(t3), []);

    hub.heal();
    everyoneSends(3);
    await settle();
    for (const i of [t1, t2, t3]) {
      assert.equal(recorders[i]!.messages.filter((m) => m.index === 3).length, 2);
    }
  });

  it('drops by rule and at random, without reporting unreachable', async () => {
    const rule = hub.addDropRule((m) => m.type === 'MsgHeartbeat');
    transports[t1]!.send([
      newMessage({ type: 'MsgHeartbeat', from: 1n, to: 2n }),
      numbered(1n, 2n, 7),
    ]);
    await settle();
    assert.deepEqual(
      recorders[t2]!.messages.map((m) => m.type),
      ['MsgApp'],
    );
    rule.dispose();

    let state = 1;
    const seeded = (): number => {
      state = (state * 48271) % 0x7fffffff;
      return state / 0x7fffffff;
    };
    const loss = hub.dropRandomly(0.5, seeded);
    for (let n = 0; n < 1000; n++) transports[t1]!.send([numbered(1n, 3n, n)]);
    await settle();
    loss.dispose();
    const got = recorders[t3]!.messages.map((m) => m.index);
    assert.ok(got.length > 400 && got.length < 600, `${got.length} of 1000 arrived`);
    assert.deepEqual(
      got,
      [...got].sort((a, b) => a - b),
      'what arrives is still in order',
    );
  });

  it('drops and reports messages to unknown, unstarted or closed members', async () => {
    transports[t1]!.send([numbered(1n, 9n, 0)]);
    assert.deepEqual(recorders[t1]!.unreachable, [9n]);
    await transports[t3]!.close();
    transports[t1]!.send([numbered(1n, 3n, 0), numbered(1n, 3n, 1)]);
    await settle();
    assert.deepEqual(recorders[t1]!.unreachable, [9n, 3n]);
    // A member removed from the peers is no longer sent to.
    transports[t1]!.setPeers(new Map([[2n, []]]));
    transports[t1]!.send([numbered(1n, 3n, 2)]);
    assert.deepEqual(recorders[t1]!.unreachable, [9n, 3n, 3n]);
  });

  it('refuses a member its isRemoved names, and tells that member so', async () => {
    const removed = new Set<NodeId>();
    const strict = hub.transport(4n, { isRemoved: (id) => removed.has(id) });
    const atStrict = new Recorder(strict);
    strict.setPeers(new Map([[1n, []]]));
    await strict.start();
    transports.push(strict);
    const refusedBy: NodeId[] = [];
    transports[t1]!.onRemoved((by) => refusedBy.push(by));
    transports[t1]!.setPeers(new Map([[4n, []]]));
    transports[t1]!.send([numbered(1n, 4n, 0)]);
    await settle();
    assert.equal(atStrict.from(1n).length, 1);
    removed.add(1n);
    transports[t1]!.send([numbered(1n, 4n, 1), numbered(1n, 4n, 2)]);
    await settle();
    assert.equal(atStrict.from(1n).length, 1);
    assert.deepEqual(refusedBy, [4n]);
  });

  it('transfers snapshots in chunks, fails them across a cut link, diverts MsgSnap', async () => {
    const pieces: number[] = [];
    let received: Message | undefined;
    transports[t2]!.onSnapshot(async (m, data) => {
      received = m;
      for await (const piece of data) pieces.push(piece.length);
    });
    const msnap = newMessage({
      type: 'MsgSnap',
      from: 1n,
      to: 2n,
      snapshot: {
        metadata: {
          index: 5,
          term: 1,
          confState: {
            voters: [1n, 2n],
            learners: [],
            votersOutgoing: [],
            learnersNext: [],
            autoLeave: false,
          },
        },
        data: new Uint8Array((2 << 20) + 1),
      },
    });
    const statuses: string[] = [];
    transports[t1]!.onSnapshotStatus((peer, status) => statuses.push(`${peer}:${status}`));
    transports[t1]!.send([msnap]);
    await waitFor(() => statuses.length === 1, 'the diverted snapshot');
    assert.deepEqual(statuses, ['2:finished']);
    assert.deepEqual(pieces, [1 << 20, 1 << 20, 1]);
    assert.equal(received?.snapshot?.data.length, 0, 'the data comes apart from the message');
    assert.deepEqual(received.snapshot.metadata, msnap.snapshot?.metadata);

    hub.cutLink(1n, 2n);
    assert.equal(
      await transports[t1]!.sendSnapshot(msnap, async function* () {
        yield await Promise.resolve(new Uint8Array(1));
      }),
      'failed',
    );
    hub.heal();

    // The link breaks in the middle of the transfer.
    const status = transports[t1]!.sendSnapshot(msnap, async function* () {
      yield new Uint8Array(10);
      await sleep(5);
      hub.cutLink(1n, 2n);
      yield new Uint8Array(10);
    });
    assert.equal(await status, 'failed');

    // A member without a snapshot handler refuses.
    hub.heal();
    assert.equal(
      await transports[t1]!.sendSnapshot({ ...msnap, to: 3n }, async function* () {
        yield await Promise.resolve(new Uint8Array(1));
      }),
      'failed',
    );
  });

  it('close() is idempotent and stops delivery to and from the member', async () => {
    await transports[t2]!.close();
    await transports[t2]!.close();
    transports[t2]!.send([numbered(2n, 1n, 0)]);
    transports[t1]!.send([numbered(1n, 2n, 0)]);
    await settle();
    assert.equal(recorders[t1]!.messages.length, 0);
    assert.deepEqual(recorders[t1]!.unreachable, [2n]);
  });
});
