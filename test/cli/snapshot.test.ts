// `clusterd snapshot save|status|restore`, run as a script would run them, against real processes:
// a clusterd member's snapshot and a real etcd 3.4's (Debian's /usr/bin/etcd) restored into fresh
// clusterd members that must serve the same keys, revisions, history and leases; errors of bad
// files and flags; and a restore killed mid-way, which must leave no data directory or a usable one.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EtcdClient } from '../../src/client/index.js';
import { etcdctl } from '../compat/etcdctl.js';
import {
  leaseLine,
  restoreAndStart,
  runClusterd,
  spawnClusterd,
  withoutClusterIds,
} from '../helpers/cli.js';
import { testClient } from '../helpers/client.js';
import { startClusterd, type ClusterdProcess } from '../helpers/clusterd.js';
import { startEtcd, type EtcdProcess } from '../helpers/etcd.js';
import { freePorts } from '../helpers/ports.js';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes history worth restoring: versions, deletions, a lease with keys, a compaction, a user. */
async function writeHistory(client: EtcdClient, endpoint: string): Promise<bigint> {
  for (const args of [
    ['user', 'add', 'bob:pw'],
    ['role', 'add', 'reader'],
    ['user', 'grant-role', 'bob', 'reader'],
  ]) {
    const r = await etcdctl(endpoint, args);
    assert.equal(r.code, 0, r.stderr);
  }
  await client.kv.put('/app/a', 'a1');
  await client.kv.put('/app/a', 'a2');
  await client.kv.put('/app/b', 'b1');
  const gone = await client.kv.put('/app/gone', 'x');
  await client.kv.delete('/app/gone');
  const lease = await client.lease.grant(600);
  await client.kv.put('/app/leased/1', 'l1', { lease: lease.id });
  await client.kv.put('/app/leased/2', 'l2', { lease: lease.id });
  for (let i = 0; i < 20; i++) await client.kv.put(`/app/n/${i % 5}`, `v${i}`);
  await client.kv.compact(gone.header.revision + 2, { physical: true });
  await client.kv.put('/app/a', 'a3');
  await client.kv.delete('/app/b');
  return lease.id;
}

/** What two members holding the same data must both answer, through etcdctl 3.4. */
async function observed(endpoint: string, leaseId: bigint, revisions: number[]): Promise<string[]> {
  const out: string[] = [];
  const get = await etcdctl(endpoint, ['get', '', '--from-key', '-w', 'json']);
  out.push(withoutClusterIds(get.stdout));
  for (const rev of revisions) {
    const old = await etcdctl(endpoint, ['get', '/app/', '--prefix', `--rev=${rev}`, '-w', 'json']);
    out.push(`@${rev} ${withoutClusterIds(old.stdout)}${old.stderr.replace(/^\{.*\}\n/gm, '')}`);
  }
  out.push((await etcdctl(endpoint, ['lease', 'list'])).stdout);
  out.push((await etcdctl(endpoint, ['user', 'get', 'bob'])).stdout);
  const ttl = await etcdctl(endpoint, ['lease', 'timetolive', leaseId.toString(16), '--keys']);
  out.push(leaseLine(ttl.stdout));
  const hash = await etcdctl(endpoint, ['endpoint', 'hashkv', '-w', 'json']);
  out.push(
    hash.stdout
      .replace(/"cluster_id":\d+,"member_id":\d+,/, '')
      .replace(/,"raft_term":\d+/, '')
      .replace(/"Endpoint":"[^"]*"/, ''),
  );
  return out;
}

describe('clusterd snapshot save, status and restore (real processes)', function () {
  this.timeout(120_000);
  let source: ClusterdProcess | undefined;
  let client: EtcdClient | undefined;
  let dir: string;
  let file: string;
  let leaseId: bigint;
  let revision: number;
  const started: ClusterdProcess[] = [];

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-cli-snap-'));
    source = await startClusterd();
    client = testClient([source.endpoint]);
    leaseId = await writeHistory(client, source.endpoint);
    revision = (await client.kv.get('/app/a')).header.revision;
    file = join(dir, 'member.snap');
  });

  after(async function () {
    await client?.close();
    await source?.stop();
    for (const m of started) await m.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('save: to one member only, a complete file or none', async function () {
    const r = await runClusterd(['--endpoints', source!.endpoint, 'snapshot', 'save', file]);
    assert.deepEqual(r, { code: 0, stdout: `Snapshot saved at ${file}\n`, stderr: '' });
    assert.equal(await exists(`${file}.part`), false);
    const bytes = await readFile(file);
    assert.equal(bytes.subarray(0, 16).toString(), 'CLUSTERDSNAPSHOT');
    const two = `${source!.endpoint},127.0.0.1:1`;
    const many = await runClusterd(['--endpoints', two, 'snapshot', 'save', join(dir, 'x.snap')]);
    assert.equal(many.code, 2);
    assert.equal(
      many.stderr.split('\n')[0],
      `Error: snapshot must be requested to one selected node, not multiple [${two.replace(',', ' ')}]`,
    );
    const down = await runClusterd([
      '--endpoints',
      '127.0.0.1:1',
      'snapshot',
      'save',
      join(dir, 'y.snap'),
    ]);
    assert.equal(down.code, 1);
    assert.equal(await exists(join(dir, 'y.snap.part')), false);
    assert.equal(await exists(join(dir, 'y.snap')), false);
  });

  it("save by etcdctl 3.4 (an http:// endpoint too) holds the same records; status has etcdctl's columns", async function () {
    const viaEtcdctl = join(dir, 'etcdctl.snap');
    const r = await etcdctl(`http://${source!.endpoint}`, ['snapshot', 'save', viaEtcdctl]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Snapshot saved at ${viaEtcdctl}\n`);
    const json = async (f: string) => {
      const s = await runClusterd(['snapshot', 'status', f, '-w', 'json']);
      assert.equal(s.code, 0, s.stderr);
      return JSON.parse(s.stdout) as {
        hash: number;
        revision: number;
        totalKey: number;
        totalSize: number;
      };
    };
    const mine = await json(file);
    const theirs = await json(viaEtcdctl);
    assert.deepEqual(Object.keys(mine), ['hash', 'revision', 'totalKey', 'totalSize']);
    assert.equal(mine.revision, revision);
    assert.deepEqual(
      [theirs.hash, theirs.revision, theirs.totalKey],
      [mine.hash, mine.revision, mine.totalKey],
    );
    const simple = await runClusterd(['snapshot', 'status', file]);
    assert.equal(
      simple.stdout,
      `${mine.hash.toString(16)}, ${revision}, ${mine.totalKey}, ${simple.stdout.split(', ')[3]}`,
    );
    assert.match(simple.stdout, /, \d+(\.\d)? kB\n$/);
    const tableOut = await runClusterd(['snapshot', 'status', file, '-w', 'table']);
    assert.match(
      tableOut.stdout.split('\n')[1]!,
      /^\| +HASH +\| REVISION \| TOTAL KEYS \| TOTAL SIZE \|$/,
    );
    assert.ok(tableOut.stdout.includes(`| ${mine.hash.toString(16)} |`));
  });

  it('restore: a member of a new cluster serves the same keys, revisions, history, lease and hash', async function () {
    const { member, stdout } = await restoreAndStart(file, dir);
    started.push(member);
    assert.match(
      stdout,
      new RegExp(
        `^Restored clusterd's snapshot at revision ${revision} \\(\\d+ records\\) into .*: member [0-9a-f]+ of a new cluster [0-9a-f]+\\n$`,
      ),
    );
    const revisions = [5, revision - 20, revision - 3, revision];
    assert.deepEqual(
      await observed(member.endpoint, leaseId, revisions),
      await observed(source!.endpoint, leaseId, revisions),
    );
    // A new cluster: its own IDs, one member, and it takes writes.
    const members = await etcdctl(member.endpoint, ['member', 'list']);
    assert.equal(members.stdout.trim().split('\n').length, 1);
    assert.ok(members.stdout.includes(`http://127.0.0.1:${member.peerPort}`));
    const put = await etcdctl(member.endpoint, ['put', '/app/new', 'yes', '-w', 'json']);
    assert.match(put.stdout, new RegExp(`"revision":${revision + 1}`));
    const srcIds = await etcdctl(source!.endpoint, ['endpoint', 'status', '-w', 'json']);
    const newIds = await etcdctl(member.endpoint, ['endpoint', 'status', '-w', 'json']);
    assert.notEqual(
      /"cluster_id":(\d+)/.exec(srcIds.stdout)?.[1],
      /"cluster_id":(\d+)/.exec(newIds.stdout)?.[1],
    );
    // etcdctl's refusal of an existing directory.
    const again = await runClusterd(['snapshot', 'restore', file, '--data-dir', member.dataDir]);
    assert.deepEqual(again, {
      code: 1,
      stdout: '',
      stderr: `Error: data-dir "${member.dataDir}" exists\n`,
    });
  });

  it('bad files and flags: one clear line, exit 1 (2 for usage), no data directory', async function () {
    const bytes = await readFile(file);
    const cut = join(dir, 'cut.snap');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const flipped = join(dir, 'flipped.snap');
    const changed = Buffer.from(bytes);
    changed[bytes.length - 100] = changed[bytes.length - 100]! ^ 1;
    await writeFile(flipped, changed);
    const junk = join(dir, 'junk.snap');
    await writeFile(junk, 'not a snapshot\n');
    const target = join(dir, 'never');
    const restore = (f: string, ...extra: string[]) =>
      runClusterd(['snapshot', 'restore', f, '--data-dir', target, ...extra]);
    const cases: [
      Promise<{ code: number | null; stdout: string; stderr: string }>,
      number,
      RegExp,
    ][] = [
      [restore(cut), 1, /^Error: snapshot missing hash but --skip-hash-check=false\n$/],
      [
        restore(cut, '--skip-hash-check'),
        1,
        /^Error: snapshot file integrity check failed\. 1 errors found\.\nthe header describes \d+ bytes of snapshot data, the file holds \d+ \(truncated\)\n$/,
      ],
      [
        runClusterd(['snapshot', 'status', cut]),
        1,
        /^Error: snapshot file integrity check failed\. 1 errors found\.\n/,
      ],
      [restore(flipped), 1, /^Error: expected sha256 \[(\d+ ){31}\d+\], got \[(\d+ ){31}\d+\]\n$/],
      [
        runClusterd(['snapshot', 'status', flipped]),
        1,
        /^Error: snapshot file integrity check failed\. 1 errors found\.\nsha256 mismatch: /,
      ],
      [
        restore(junk),
        1,
        /^Error: .*junk\.snap is not a snapshot: neither clusterd's format nor an etcd \(bbolt\) database\n$/,
      ],
      [
        restore(join(dir, 'missing.snap')),
        1,
        /^Error: open .*missing\.snap: no such file or directory\n$/,
      ],
      [
        runClusterd(['snapshot', 'status', join(dir, 'missing.snap')]),
        1,
        /^Error: stat .*missing\.snap: no such file or directory\n$/,
      ],
      [
        restore(file, '--name', 'other'),
        1,
        /^Error: clusterd: --initial-cluster has no member named "other" \(--name\)\n$/,
      ],
      [restore(file, '--bogus-flag', 'x'), 2, /^Error: Unknown arguments?: bogus-flag/],
      [runClusterd(['snapshot', 'restore']), 2, /^Error: Not enough non-option arguments/],
    ];
    for (const [run, code, stderr] of cases) {
      const r = await run;
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, stderr);
      assert.equal(r.stdout, '');
      assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
    }
    assert.equal(await exists(target), false);
    assert.equal(await exists(`${target}.part`), false);
  });

  it('a restore killed mid-way leaves no data directory; the next one completes it', async function () {
    for (const stage of ['records-written', 'before-rename']) {
      const target = join(dir, `killed-${stage}`);
      const args = ['snapshot', 'restore', file, '--data-dir', target];
      const child = spawnClusterd(args, { CLUSTERD_TEST_RESTORE_PAUSE: stage });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = once(child, 'exit');
      try {
        const deadline = Date.now() + 30_000;
        while (!stderr.includes(`restore paused at ${stage}`)) {
          assert.ok(Date.now() < deadline && child.exitCode === null, `${stage}: ${stderr}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      } finally {
        process.kill(child.pid!, 'SIGKILL');
        await exited;
      }
      assert.equal(await exists(target), false, stage);
      assert.equal(await exists(`${target}.part`), true, `${stage}: the half-written directory`);
      const again = await runClusterd(args);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(await exists(`${target}.part`), false);
    }
  });
});

describe('clusterd snapshot restore killed at arbitrary moments (real processes)', function () {
  this.timeout(300_000);
  let source: ClusterdProcess | undefined;
  let dir: string;
  const keys = 20_000;

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-restore-kill-'));
    source = await startClusterd();
    const client = testClient([source.endpoint], { commandTimeoutMs: 30_000 });
    try {
      const value = 'v'.repeat(400);
      for (let i = 0; i < keys; i += 500) {
        await Promise.all(
          Array.from({ length: 500 }, (_, j) => client.kv.put(`/many/${i + j}`, value)),
        );
      }
    } finally {
      await client.close();
    }
  });

  after(async function () {
    await source?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves no data directory, or one that serves every key', async function () {
    const file = join(dir, 'many.snap');
    const saved = await runClusterd(['--endpoints', source!.endpoint, 'snapshot', 'save', file]);
    assert.equal(saved.code, 0, saved.stderr);
    // How long a whole restore takes here, so the kills fall before, during and after its work.
    const startedAt = Date.now();
    const whole = await runClusterd([
      'snapshot',
      'restore',
      file,
      '--data-dir',
      join(dir, 'whole'),
    ]);
    assert.equal(whole.code, 0, whole.stderr);
    const wholeMs = Date.now() - startedAt;
    for (const fraction of [0.3, 0.5, 0.7, 0.85, 1, 1.3]) {
      const target = join(dir, `kill-${fraction}`);
      const child = spawnClusterd(['snapshot', 'restore', file, '--data-dir', target]);
      const exited = once(child, 'exit');
      await new Promise((r) => setTimeout(r, Math.round(wholeMs * fraction)));
      if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL');
      await exited;
      // The rename is the last step: before it nothing is there, after it everything.
      if (!(await exists(target))) continue;
      const [client, peer] = (await freePorts(2)) as [number, number];
      const member = await startClusterd({ dataDir: target, ports: { client, peer } });
      try {
        const c = testClient([member.endpoint]);
        try {
          const got = await c.kv.get('/many/', { prefix: true, countOnly: true });
          assert.equal(got.count, keys, `${fraction}: a present directory holds every key`);
        } finally {
          await c.close();
        }
      } finally {
        await member.stop();
      }
    }
  });
});

describe('a member stopped (SIGTERM) while its snapshot streams', function () {
  this.timeout(120_000);
  let member: ClusterdProcess | undefined;

  after(async function () {
    await member?.stop();
  });

  it('ends at once, with no internal error; the client gets an error, not a short file', async function () {
    member = await startClusterd({ args: ['--log-level', 'info'] });
    const client = testClient([member.endpoint], { commandTimeoutMs: 30_000 });
    try {
      const value = Buffer.alloc(100_000, 'x');
      for (let i = 0; i < 300; i += 20) {
        await Promise.all(
          Array.from({ length: 20 }, (_, j) => client.kv.put(`/big/${i + j}`, value)),
        );
      }
      const pid = member.pid!;
      let received = 0;
      let failure: unknown;
      try {
        for await (const chunk of client.maintenance.snapshot()) {
          if (received === 0) process.kill(pid, 'SIGTERM');
          received += chunk.length;
          // A slow reader: the member is still sending when it stops.
          await new Promise((r) => setTimeout(r, 20));
        }
      } catch (err) {
        failure = err;
      }
      assert.ok(failure, `the stream ended normally after ${received} bytes`);
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        assert.ok(Date.now() < deadline, `the member did not exit:\n${member.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.doesNotMatch(
        member.output(),
        /internal error|still open after the command ended/,
        member.output(),
      );
      assert.match(member.output(), /"store stopped"/, member.output());
    } finally {
      await client.close();
    }
  });
});

describe('an etcd 3.4 snapshot restored into clusterd (real etcd, real clusterd)', function () {
  this.timeout(120_000);
  let etcd: EtcdProcess | undefined;
  let client: EtcdClient | undefined;
  let dir: string;
  const started: ClusterdProcess[] = [];

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-etcd-restore-'));
    etcd = await startEtcd();
    client = testClient([etcd.endpoint]);
  });

  after(async function () {
    await client?.close();
    await etcd?.stop();
    for (const m of started) await m.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves etcd's keys, revisions, history, lease with its keys, and HashKV", async function () {
    const leaseId = await writeHistory(client!, etcd!.endpoint);
    const revision = (await client!.kv.get('/app/a')).header.revision;
    const file = join(dir, 'etcd.db');
    const saved = await etcdctl(etcd!.endpoint, ['snapshot', 'save', file]);
    assert.equal(saved.code, 0, saved.stderr);
    const status = await runClusterd(['snapshot', 'status', file, '-w', 'json']);
    const etcdStatus = await etcdctl(etcd!.endpoint, ['snapshot', 'status', file, '-w', 'json']);
    assert.equal(status.stdout, etcdStatus.stdout);
    const { member, stdout } = await restoreAndStart(file, dir);
    started.push(member);
    assert.match(
      stdout,
      new RegExp(`^Restored an etcd database's snapshot at revision ${revision} `),
    );
    const revisions = [5, revision - 20, revision - 3, revision];
    const mine = await observed(member.endpoint, leaseId, revisions);
    assert.deepEqual(mine, await observed(etcd!.endpoint, leaseId, revisions));
    assert.match(mine.at(-2)!, /attached keys\(\[\/app\/leased\/1 \/app\/leased\/2\]\)/);
    // The lease lives on: revoking it deletes its keys in the new cluster.
    const revoke = await etcdctl(member.endpoint, ['lease', 'revoke', leaseId.toString(16)]);
    assert.equal(revoke.code, 0, revoke.stderr);
    const left = await etcdctl(member.endpoint, ['get', '/app/leased/', '--prefix']);
    assert.deepEqual([left.code, left.stdout], [0, '']);
  });

  it('a copied member/snap/db, with --skip-hash-check', async function () {
    const copy = join(dir, 'copied.db');
    await writeFile(copy, await readFile(join(etcd!.dataDir, 'data', 'member', 'snap', 'db')));
    const refused = await runClusterd(['snapshot', 'restore', copy, '--data-dir', join(dir, 'no')]);
    assert.equal(refused.stderr, 'Error: snapshot missing hash but --skip-hash-check=false\n');
    const { member } = await restoreAndStart(copy, dir, ['--skip-hash-check']);
    started.push(member);
    const get = await etcdctl(member.endpoint, ['get', '/app/a']);
    assert.equal(get.stdout, '/app/a\na3\n');
  });
});
