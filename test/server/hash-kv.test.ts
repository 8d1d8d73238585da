// HashKV of a revision taken right after the put that made it was acknowledged, under 16 concurrent
// writers, against a real clusterd process: every such hash must equal the hash of the same
// revision computed after a kill -9 and restart (which reads only what reached LevelDB). A put is
// answered before its batch is written; a hash that read LevelDB without waiting for that batch
// missed the put (seen as a false "hashKV differs" in the cluster tests).
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { testClient } from '../helpers/client.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { ensureBundle } from './bundle.js';

const writers = 16;
const putsPerWriter = 50;

describe('server: HashKV right after an acknowledged put (real process)', function () {
  this.timeout(60_000);
  let member: ClusterdProcess | undefined;
  let client: EtcdClient | undefined;

  before(() => {
    ensureBundle();
  });

  after(async () => {
    await client?.close();
    await member?.stop();
  });

  it('equals the hash of the same revision after a restart, for every put', async () => {
    member = await startClusterd();
    client = testClient([member.endpoint]);
    const c = client;
    const seen = new Map<number, number>();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < putsPerWriter; i++) {
          const put = await c.kv.put(`/hash-race/${w}/${i % 5}`, `v${i}`);
          const { hash } = await c.maintenance.hashKV(put.header.revision);
          seen.set(put.header.revision, hash);
        }
      }),
    );
    assert.equal(seen.size, writers * putsPerWriter);
    await client.close();
    client = undefined;
    await member.kill();
    await member.start();
    client = testClient([member.endpoint]);
    const differing: number[] = [];
    for (const [revision, hash] of seen) {
      if ((await client.maintenance.hashKV(revision)).hash !== hash) differing.push(revision);
    }
    assert.deepEqual(differing, [], 'revisions whose hash changed after the restart');
  });
});
