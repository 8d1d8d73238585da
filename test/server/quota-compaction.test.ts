// The backend quota and compaction, as etcd does them: a small --quota-backend-bytes makes writes
// fail with "database space exceeded" and raises the NOSPACE alarm; reads and deletes go on; etcd's
// recovery (compact, defragment, disarm) makes writes work again. Automatic compaction in periodic
// mode (a real process) and in revision mode (the Compactor on an in-process server, with a short
// check interval instead of etcd's five minutes) removes history before the retained window.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { CompactedError, type EtcdClient, NoSpaceError, op } from '../../src/client/index.js';
import { EtcdError } from '../../src/server/errors.js';
import { Agent } from '../../src/agent.js';
import type { EtcdServer } from '../../src/server/etcd-server.js';
import { defaultAgentConfig } from '../helpers/agent-config.js';
import { silentLogger } from '../../src/util/log.js';
import { eventually, sleep, testClient } from '../helpers/client.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { ensureBundle } from './bundle.js';

const quotaBytes = 256 * 1024;

describe('server: backend quota and the NOSPACE alarm', function () {
  this.timeout(60_000);
  let member: ClusterdProcess;
  let client: EtcdClient;

  before(async () => {
    ensureBundle();
    member = await startClusterd({ args: ['--quota-backend-bytes', String(quotaBytes)] });
    client = testClient([member.endpoint]);
  });

  after(async () => {
    await client.close();
    await member.stop();
  });

  it('fails writes with "database space exceeded" once over the quota, and recovers after compact, defragment and disarm', async () => {
    // Incompressible values, so LevelDB's files really grow.
    const value = (): string => randomBytes(6 * 1024).toString('base64');
    let failure: unknown;
    let written = 0;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        await client.kv.put(`/quota/k${written % 4}`, value());
        written++;
      } catch (err) {
        failure = err;
        break;
      }
    }
    assert.ok(failure, `no failure after ${written} writes`);
    assert.ok(failure instanceof NoSpaceError, (failure as Error).message);
    assert.equal(failure.code, status.RESOURCE_EXHAUSTED);
    assert.equal(failure.message, 'etcdserver: mvcc: database space exceeded');
    assert.ok(written * 8 * 1024 >= quotaBytes / 4, `failed after only ${written} writes`);

    // The alarm is raised for this member and listed.
    const statusNow = await client.maintenance.status();
    await eventually(async () => (await client.maintenance.alarmList()).length > 0);
    const alarms = await client.maintenance.alarmList();
    assert.deepEqual(alarms, [{ memberId: statusNow.header.memberId, alarm: 'nospace' }]);

    // While it is raised: every write that adds data fails, even a small one...
    await assert.rejects(client.kv.put('/quota/small', 'x'), NoSpaceError);
    await assert.rejects(client.kv.txn({ success: [op.put('/quota/small', 'x')] }), NoSpaceError);
    await assert.rejects(client.lease.grant(60), NoSpaceError);
    // ...but reads and deletes work.
    const before = await client.kv.get('/quota/', { prefix: true });
    assert.equal(before.count, 4);
    const deleted = await client.kv.delete('/quota/k3');
    assert.equal(deleted.deleted, 1);
    assert.equal((await client.kv.get('/quota/', { prefix: true })).count, 3);

    // etcd's recovery: compact the history, defragment, disarm.
    const revision = (await client.kv.get('/quota/k0')).header.revision;
    await client.kv.compact(revision, { physical: true });
    await client.maintenance.defragment();
    const sizeAfter = (await client.maintenance.status()).dbSize;
    assert.ok(sizeAfter < quotaBytes, `defragment left ${sizeAfter} bytes of ${quotaBytes}`);
    // Back under the quota, the alarm still raised: as etcd, a txn that only deletes runs, one
    // that puts (in either branch) does not.
    const txnDelete = await client.kv.txn({ success: [op.delete('/quota/k2')] });
    assert.equal(txnDelete.succeeded, true);
    await assert.rejects(
      client.kv.txn({ success: [op.delete('/quota/k1')], failure: [op.put('/quota/small', 'x')] }),
      NoSpaceError,
    );
    const cleared = await client.maintenance.alarmDisarm(statusNow.header.memberId, 'nospace');
    assert.deepEqual(cleared, alarms);
    assert.deepEqual(await client.maintenance.alarmList(), []);
    const put = await client.kv.put('/quota/after', 'works again');
    assert.ok(put.header.revision > revision);
    assert.equal(await client.kv.getString('/quota/after'), 'works again');
    // History before the compaction is gone.
    await assert.rejects(client.kv.get('/quota/k0', { revision: revision - 1 }), CompactedError);
  });
});

describe('server: automatic compaction', function () {
  this.timeout(60_000);

  it('periodic mode (--auto-compaction-retention 2s) compacts history older than the retention', async () => {
    ensureBundle();
    const member = await startClusterd({
      args: ['--auto-compaction-mode', 'periodic', '--auto-compaction-retention', '2s'],
    });
    const client = testClient([member.endpoint]);
    try {
      const first = (await client.kv.put('/periodic/k', 'v1')).header.revision;
      await client.kv.put('/periodic/k', 'v2');
      // Just written: well inside the retained window.
      assert.equal(
        (await client.kv.get('/periodic/k', { revision: first })).kvs[0]?.value.toString(),
        'v1',
      );
      const started = Date.now();
      await eventually(async () => {
        await client.kv.put('/periodic/tick', String(Date.now()));
        try {
          await client.kv.get('/periodic/k', { revision: first });
          return false;
        } catch (err) {
          if (err instanceof CompactedError) return true;
          throw err;
        }
      }, 15_000);
      assert.ok(Date.now() - started >= 1000, 'compacted before the retention passed');
      const { compactRevision } = await client.maintenance.hashKV(0);
      const current = (await client.kv.get('/periodic/k')).header.revision;
      assert.ok(compactRevision > first && compactRevision <= current, `at ${compactRevision}`);
      // The retained window is readable.
      assert.equal((await client.kv.get('/periodic/k', { revision: current })).count, 1);
    } finally {
      await client.close();
      await member.stop();
    }
  });

  describe('revision mode through the Compactor, with a short check interval', function () {
    let dir: string;
    let agent: Agent;
    let server: EtcdServer;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'clusterd-compactor-'));
      // The agent wires the Compactor; only its check interval is shortened (etcd: 5 minutes).
      agent = await Agent.start(
        {
          ...defaultAgentConfig(dir),
          autoCompactionMode: 'revision',
          autoCompactionRetention: '5',
          autoCompactionCheckIntervalMs: 100,
        },
        silentLogger,
      );
      server = agent.server;
    });

    after(async () => {
      await agent.close();
      await rm(dir, { recursive: true, force: true });
    });

    async function read(revision: number): Promise<string | undefined> {
      const res = await server.range({ key: Buffer.from('/rev/k'), revision });
      return res.kvs?.[0]?.value ? Buffer.from(res.kvs[0].value).toString() : undefined;
    }

    it('keeps the last N revisions: older reads fail with the compacted error', async () => {
      let last = 0;
      for (let i = 0; i < 20; i++) {
        const res = await server.put({ key: Buffer.from('/rev/k'), value: Buffer.from(`v${i}`) });
        last = Number(res.header?.revision);
      }
      await eventually(() => server.store.compactRevision === last - 5, 5000);
      const compacted = last - 5;
      await assert.rejects(read(compacted - 1), (err: unknown) => {
        assert.ok(err instanceof EtcdError);
        assert.equal(err.message, 'etcdserver: mvcc: required revision has been compacted');
        assert.equal(err.code, status.OUT_OF_RANGE);
        return true;
      });
      assert.equal(await read(compacted), 'v14', 'the oldest retained revision is readable');
      assert.equal(await read(last), 'v19');
      // It keeps going as the store grows, and does nothing while nothing changes.
      for (let i = 20; i < 30; i++) {
        await server.put({ key: Buffer.from('/rev/k'), value: Buffer.from(`v${i}`) });
      }
      await eventually(() => server.store.compactRevision === last + 10 - 5, 5000);
      await sleep(300);
      assert.equal(server.store.compactRevision, last + 5);
    });
  });
});
