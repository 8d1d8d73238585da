// Maintenance.Snapshot through the client, against real etcd (the reference) and clusterd: the
// stream ends with the SHA-256 of the rest; it is one moment of the store while writes go on; and
// leaving the loop early cancels the call on the server.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EtcdClient } from '../../src/client/index.js';
import { openSnapshotFile } from '../../src/storage/snapshot/open-snapshot.js';
import { eventually, testClient } from '../helpers/client.js';
import { loadSnapshot } from '../helpers/snapshot.js';
import { type Target, targets } from '../helpers/target.js';

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Maintenance.Snapshot calls that ended other than OK, from the client port's /metrics
 * (grpc_server_handled_total): a call the client cancelled counts as Canceled in clusterd,
 * Unknown in etcd 3.4.
 */
function snapshotsBrokenOff(endpoint: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`http://${endpoint}/metrics`, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const lines = body
            .split('\n')
            .filter(
              (l) =>
                l.startsWith('grpc_server_handled_total{') &&
                !l.includes('grpc_code="OK"') &&
                l.includes('grpc_method="Snapshot"'),
            );
          resolve(lines.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0));
        });
      })
      .on('error', reject);
  });
}

for (const { name, start } of targets) {
  describe(`client: Maintenance.Snapshot (${name})`, function () {
    this.timeout(60_000);
    let target: Target;
    let client: EtcdClient;
    let dir: string;

    before(async function () {
      target = await start();
      client = testClient(target.endpoints, { commandTimeoutMs: 20_000 });
      dir = await mkdtemp(join(tmpdir(), 'clusterd-client-snap-'));
    });
    after(async function () {
      await client.close();
      await target.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it('streams the snapshot, its last 32 bytes the SHA-256 of the rest', async function () {
      const put = await client.kv.put('/snap/a', '1');
      const bytes = await collect(client.maintenance.snapshot());
      assert.equal(bytes.length % 512, 32);
      const digest = createHash('sha256').update(bytes.subarray(0, -32)).digest();
      assert.deepEqual(bytes.subarray(-32), digest);
      const file = join(dir, 'a.snap');
      await writeFile(file, bytes);
      const snapshot = await openSnapshotFile(file, 'restore');
      try {
        assert.equal(snapshot.content.format, name === 'etcd' ? 'etcd' : 'clusterd');
        assert.equal((await snapshot.content.status()).revision, put.header.revision);
      } finally {
        await snapshot.close();
      }
    });

    it('leaving the loop early cancels the call; the server goes on', async function () {
      // Far more than the transport buffers, so the server is still sending when the client leaves.
      const value = Buffer.alloc(100_000, 'x');
      for (let i = 0; i < 200; i += 20) {
        await Promise.all(
          Array.from({ length: 20 }, (_, j) => client.kv.put(`/big/${i + j}`, value)),
        );
      }
      const endpoint = target.endpoints[0]!;
      const brokenOffBefore = await snapshotsBrokenOff(endpoint);
      let received = 0;
      for await (const chunk of client.maintenance.snapshot()) {
        received += chunk.length;
        break;
      }
      assert.ok(received > 0);
      await eventually(async () => (await snapshotsBrokenOff(endpoint)) > brokenOffBefore, 10_000);
      await client.kv.put('/after-cancel', 'ok');
      const again = await collect(client.maintenance.snapshot());
      assert.ok(again.length > 20_000_000);
    });

    it('is one moment of the store while writes go on, and holds every write acknowledged before it', async function () {
      let stop = false;
      let acked = 0;
      const writers = Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const r = await client.kv.put(`/moving/${w}/${i % 50}`, `${i}`);
          acked = Math.max(acked, r.header.revision);
        }
      });
      await eventually(() => acked > 0);
      const ackedBefore = acked;
      // The 20 MB of the previous test take a while to stream: writes go on meanwhile.
      const chunks: Buffer[] = [];
      let ackedAtFirstChunk = 0;
      for await (const chunk of client.maintenance.snapshot()) {
        if (chunks.length === 0) ackedAtFirstChunk = acked;
        chunks.push(chunk);
      }
      const bytes = Buffer.concat(chunks);
      const ackedAtEnd = acked;
      stop = true;
      await Promise.all(writers);
      const file = join(dir, 'moving.snap');
      await writeFile(file, bytes);
      const { backend, store } = await loadSnapshot(file, join(dir, 'moving-store'));
      try {
        const rev = store.currentRevision;
        assert.ok(
          rev >= ackedBefore,
          `snapshot at ${rev}, a write was acknowledged at ${ackedBefore}`,
        );
        assert.ok(ackedAtEnd > ackedAtFirstChunk, 'writes went on while the snapshot streamed');
        assert.ok(ackedAtEnd > rev, 'writes acknowledged after the snapshot was taken');
        // Exactly the server's state at that revision: nothing of a later write, nothing missing.
        const server = await client.kv.get('/moving/', { prefix: true, revision: rev });
        const mine = store.range('/moving/', '/moving0', 0, 0).kvs;
        assert.deepEqual(
          mine.map((kv) => `${kv.key.toString()}=${kv.value.toString()}@${kv.modRevision}`),
          server.kvs.map((kv) => `${kv.key.toString()}=${kv.value.toString()}@${kv.modRevision}`),
        );
        assert.equal(
          (await store.hash(rev)).hash,
          (await client.maintenance.hashKV(rev)).hash,
          'HashKV at the snapshot revision',
        );
      } finally {
        await backend.close();
      }
    });
  });
}
