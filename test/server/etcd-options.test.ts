// etcd's server options that change how a member runs, on in-process members: Raft's pre-vote and
// the initial election tick advance (seen in the Raft log lines of a three-member cluster), the
// compaction batch limit (the backend batches a compaction writes) and the slow-apply warning.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, type AgentConfig } from '../../src/agent.js';
import { Backend, type BatchOp } from '../../src/storage/backend.js';
import { MvccStore } from '../../src/storage/mvcc/kv-store.js';
import { createLogger } from '../../src/util/log.js';
import { defaultAgentConfig } from '../helpers/agent-config.js';
import { eventually, testClient } from '../helpers/client.js';
import { freePorts } from '../helpers/ports.js';

interface RunningMember {
  agent: Agent;
  lines: string[];
  endpoint: string;
}

/** `size` in-process members of one new cluster, each logging at debug level into `lines`. */
async function startCluster(
  dir: string,
  size: number,
  options: Partial<AgentConfig>,
): Promise<RunningMember[]> {
  const ports = await freePorts(2 * size);
  const peer = (i: number): string => `http://127.0.0.1:${ports[2 * i + 1]!}`;
  const initialCluster = Array.from({ length: size }, (_, i) => `m${i}=${peer(i)}`).join(',');
  return Promise.all(
    Array.from({ length: size }, async (_, i) => {
      const lines: string[] = [];
      const client = `http://127.0.0.1:${ports[2 * i]!}`;
      const config: AgentConfig = {
        ...defaultAgentConfig(join(dir, `m${i}`)),
        name: `m${i}`,
        listenClientUrls: [client],
        advertiseClientUrls: [client],
        listenPeerUrls: [peer(i)],
        initialAdvertisePeerUrls: [peer(i)],
        initialCluster,
        ...options,
      };
      const logger = createLogger('debug', { member: `m${i}` }, (line) => lines.push(line));
      const agent = await Agent.start(config, logger);
      return { agent, lines, endpoint: `127.0.0.1:${ports[2 * i]!}` };
    }),
  );
}

async function waitLeader(members: RunningMember[]): Promise<void> {
  await eventually(() => members.some((m) => m.agent.server.isLeader), 15_000);
}

const logged = (members: RunningMember[], text: string): boolean =>
  members.some((m) => m.lines.some((l) => l.includes(text)));

describe('server: Raft options (--pre-vote, --initial-election-tick-advance)', function () {
  this.timeout(60_000);
  let dir: string;
  let members: RunningMember[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-raft-options-'));
  });

  afterEach(async () => {
    await Promise.all(members.map((m) => m.agent.close()));
    members = [];
    await rm(dir, { recursive: true, force: true });
  });

  it('by default campaigns with a pre-vote, after advancing the ticks once peers are connected', async () => {
    members = await startCluster(dir, 3, {});
    await waitLeader(members);
    assert.ok(logged(members, 'advanced ticks for faster election'), 'no tick advance logged');
    assert.ok(logged(members, 'became pre-candidate'), 'no pre-vote campaign');
  });

  it('with both off, campaigns without a pre-vote and without advancing the ticks', async () => {
    members = await startCluster(dir, 3, { preVote: false, initialElectionTickAdvance: false });
    await waitLeader(members);
    assert.ok(logged(members, 'became candidate'), 'no campaign logged');
    assert.ok(
      !logged(members, 'became pre-candidate'),
      'a pre-vote campaign with --pre-vote=false',
    );
    assert.ok(!logged(members, 'advanced ticks'), 'ticks advanced with the advance off');
    // Still a working cluster.
    const client = testClient(members.map((m) => m.endpoint));
    try {
      await client.kv.put('k', 'v');
      assert.equal((await client.kv.get('k')).kvs[0]?.value.toString(), 'v');
    } finally {
      await client.close();
    }
  });
});

describe('server: --experimental-warning-apply-duration', function () {
  this.timeout(30_000);

  it('warns about every request whose apply took longer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-apply-warning-'));
    // 0 ms: any apply takes longer.
    const [member] = await startCluster(dir, 1, { warningApplyDurationMs: 0 });
    try {
      const client = testClient([member!.endpoint]);
      await client.kv.put('slow', 'v');
      await client.close();
      const warning = member!.lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((r) => r.msg === 'apply request took too long' && r.request === 'put');
      assert.ok(warning, 'no warning for the put');
      assert.equal(warning.expectedDuration, '0ms');
      assert.equal(warning.level, 'warn');
    } finally {
      await member!.agent.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('storage: --experimental-compaction-batch-limit', () => {
  it('deletes compacted revisions in batches of at most the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-compaction-batch-'));
    const backend = await Backend.open(dir);
    try {
      const store = await MvccStore.open(backend, { compactionBatchLimit: 3 });
      for (let i = 0; i < 10; i++) {
        const txn = store.beginWrite();
        txn.put(Buffer.from('k'), Buffer.from(String(i)), 0n);
        txn.end();
      }
      await store.flush();
      const batches: number[] = [];
      const write = backend.write.bind(backend);
      backend.write = (ops: BatchOp[], sync: boolean) => {
        if (ops.every((op) => op.type === 'del')) batches.push(ops.length);
        return write(ops, sync);
      };
      const deleteRecords = store.compact(store.currentRevision);
      await store.flush();
      await deleteRecords();
      // Revisions 2 to 10 of the key go (the latest stays): 9 records, in 3 batches of 3.
      assert.deepEqual(batches, [3, 3, 3]);
    } finally {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
