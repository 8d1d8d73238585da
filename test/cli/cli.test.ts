// The people-facing commands, run as a child process exactly as a script would run them.
import { clusterdCommand, ensureBundle } from '../setup.js';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EtcdClient } from '../../src/client/index.js';
import { freePort } from '../helpers/ports.js';
import { eventually, uniquePrefix } from '../helpers/client.js';
import { type Target, targets } from '../helpers/target.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  ensureBundle();
  return spawn(clusterdCommand[0]!, [...clusterdCommand.slice(1), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function run(args: string[], input?: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = start(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin!.end(input ?? '');
  });
}

for (const { name, start: startTarget } of targets) {
  describe(`clusterd CLI (${name})`, function () {
    this.timeout(60000);
    let target: Target;
    let client: EtcdClient;
    let ep: string[];

    const cli = (args: string[], input?: string): Promise<RunResult> =>
      run(['--endpoints', target.endpoints.join(','), ...args], input);

    before(async function () {
      target = await startTarget();
      client = new EtcdClient({ endpoints: target.endpoints });
      ep = ['--endpoints', target.endpoints.join(',')];
    });
    after(async function () {
      await client.close();
      await target.stop();
    });

    it('kv put / get / del print like etcdctl and exit 0; a missing key prints nothing', async function () {
      const p = uniquePrefix('cli');
      assert.deepEqual(await cli(['kv', 'put', p + 'a', 'one']), {
        code: 0,
        stdout: 'OK\n',
        stderr: '',
      });
      await client.kv.put(p + 'b', 'two');
      const put = await cli(['kv', 'put', p + 'a', 'uno', '--prev-kv']);
      assert.equal(put.stdout, `OK\n${p}a\none\n`);
      const get = await cli(['kv', 'get', p, '--prefix']);
      assert.equal(get.code, 0);
      assert.equal(get.stdout, `${p}a\nuno\n${p}b\ntwo\n`);
      const valueOnly = await cli(['kv', 'get', p + 'a', '--print-value-only']);
      assert.equal(valueOnly.stdout, 'uno\n');
      const sorted = await cli([
        'kv',
        'get',
        p,
        '--prefix',
        '--keys-only',
        '--sort-by',
        'KEY',
        '--order',
        'DESCEND',
        '--limit',
        '1',
      ]);
      assert.equal(sorted.stdout, `${p}b\n\n`);
      const missing = await cli(['kv', 'get', p + 'missing']);
      assert.deepEqual(missing, { code: 0, stdout: '', stderr: '' });
      const json = await cli(['kv', 'get', p + 'a', '-w', 'json']);
      const parsed = JSON.parse(json.stdout) as {
        count: number;
        kvs: { key: string; value: string }[];
      };
      assert.equal(parsed.count, 1);
      assert.equal(Buffer.from(parsed.kvs[0]!.value, 'base64').toString(), 'uno');
      const del = await cli(['kv', 'del', p, '--prefix', '--prev-kv']);
      assert.equal(del.stdout, `2\n${p}a\nuno\n${p}b\ntwo\n`);
      assert.equal((await client.kv.get(p, { prefix: true })).count, 0);
    });

    it('kv put reads the value from stdin, and --rev reads history', async function () {
      const p = uniquePrefix('cli-stdin');
      const r = await cli(['kv', 'put', p + 'k'], 'from stdin');
      assert.equal(r.code, 0);
      assert.equal(await client.kv.getString(p + 'k'), 'from stdin');
      const first = (await client.kv.get(p + 'k')).kvs[0]!.modRevision;
      await client.kv.put(p + 'k', 'later');
      const old = await cli(['kv', 'get', p + 'k', '--rev', String(first)]);
      assert.equal(old.stdout, `${p}k\nfrom stdin\n`);
    });

    it('server errors exit 1 with etcd’s message; usage errors exit 2', async function () {
      const future = await cli(['kv', 'get', 'x', '--rev', '99999999']);
      assert.equal(future.code, 1);
      assert.equal(future.stdout, '');
      assert.match(future.stderr, /etcdserver: mvcc: required revision is a future revision/);
      const unknownFlag = await cli(['kv', 'get', 'x', '--no-such-flag']);
      assert.equal(unknownFlag.code, 2);
      const missingArg = await cli(['kv', 'get']);
      assert.equal(missingArg.code, 2);
      const noCommand = await run([]);
      assert.equal(noCommand.code, 2);
      const badLease = await cli(['lease', 'revoke', 'not-hex']);
      assert.equal(badLease.code, 2);
      const notFound = await cli(['lease', 'revoke', 'abc123']);
      assert.equal(notFound.code, 1);
      assert.match(notFound.stderr, /etcdserver: requested lease not found/);
    });

    it('a dead endpoint is a connection error (exit 1)', async function () {
      const dead = `127.0.0.1:${await freePort()}`;
      const r = await run([
        '--endpoints',
        dead,
        '--dial-timeout',
        '300ms',
        '--command-timeout',
        '1s',
        'kv',
        'get',
        'x',
      ]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^Error: /);
    });

    it('takes endpoints from CLUSTERD_ENDPOINTS', async function () {
      const p = uniquePrefix('cli-env');
      await client.kv.put(p + 'k', 'env');
      const r = await run(['kv', 'get', p + 'k', '--print-value-only'], undefined, {
        CLUSTERD_ENDPOINTS: target.endpoints.join(','),
      });
      assert.equal(r.stdout, 'env\n');
    });

    it('kv txn reads etcdctl’s stdin format', async function () {
      const p = uniquePrefix('cli-txn');
      await client.kv.put(p + 'a', '1');
      const input = `value("${p}a") = "1"\nversion("${p}a") > "0"\n\nput ${p}b "two words"\nget ${p}a\n\nput ${p}c 3\n`;
      const r = await cli(['kv', 'txn'], input);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `SUCCESS\n\nOK\n\n${p}a\n1\n`);
      assert.equal(await client.kv.getString(p + 'b'), 'two words');
      const failed = await cli(['kv', 'txn'], `mod("${p}a") < "0"\n\nput ${p}x 1\n\ndel ${p}b\n`);
      assert.equal(failed.stdout, 'FAILURE\n\n1\n');
      const bad = await cli(['kv', 'txn'], `nonsense\n\n\n`);
      assert.equal(bad.code, 2);
    });

    it('kv watch prints events until interrupted', async function () {
      const p = uniquePrefix('cli-watch');
      const child = start([...ep, 'kv', 'watch', p, '--prefix', '--prev-kv']);
      let out = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      // The watch starts after the child connects: keep writing until it reports.
      await client.kv.put(p + 'k', 'v1');
      await eventually(async () => {
        if (out.includes('PUT')) return true;
        await client.kv.put(p + 'k', 'v1');
        return false;
      }, 15000);
      await client.kv.delete(p + 'k');
      await eventually(() => out.includes('DELETE'), 5000);
      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.match(out, new RegExp(`PUT\\n${p}k\\nv1\\n`));
      assert.match(out, new RegExp(`DELETE\\n${p}k\\nv1\\n${p}k\\n\\n`));
    });

    it('lease grant / list / timetolive / keep-alive --once / revoke', async function () {
      const grant = await cli(['lease', 'grant', '100']);
      const m = /^lease ([0-9a-f]{16}) granted with TTL\(100s\)\n$/.exec(grant.stdout);
      assert.ok(m, grant.stdout);
      const id = m[1]!;
      const list = await cli(['lease', 'list']);
      assert.match(list.stdout, /^found \d+ leases\n/);
      assert.ok(list.stdout.includes(id + '\n'));
      const p = uniquePrefix('cli-lease');
      await client.kv.put(p + 'k', 'v', { lease: BigInt('0x' + id) });
      const ttl = await cli(['lease', 'timetolive', id, '--keys']);
      assert.match(
        ttl.stdout,
        new RegExp(
          `^lease ${id} granted with TTL\\(100s\\), remaining\\(\\d+s\\), attached keys\\(\\[${p}k\\]\\)\\n$`,
        ),
      );
      const once = await cli(['lease', 'keep-alive', '--once', id]);
      assert.equal(once.stdout, `lease ${id} keepalived with TTL(100)\n`);
      const revoke = await cli(['lease', 'revoke', id]);
      assert.equal(revoke.stdout, `lease ${id} revoked\n`);
      const expired = await cli(['lease', 'timetolive', id]);
      assert.equal(expired.stdout, `lease ${id} already expired\n`);
    });

    it('lease keep-alive renews until interrupted', async function () {
      const lease = await client.lease.grant(2);
      const id = lease.id.toString(16).padStart(16, '0');
      const child = start([...ep, 'lease', 'keep-alive', id]);
      let out = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await eventually(
        () => out.split('\n').filter((l) => l.includes('keepalived')).length >= 2,
        15000,
      );
      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.match(out, new RegExp(`lease ${id} keepalived with TTL\\(2\\)`));
      await client.lease.revoke(lease.id);
    });

    it('member list prints simple lines and a table', async function () {
      const members = (await client.cluster.memberList()).members;
      const simple = await cli(['member', 'list']);
      const m = members[0]!;
      assert.equal(
        simple.stdout,
        `${m.id.toString(16)}, started, ${m.name}, ${m.peerUrls.join(',')}, ${m.clientUrls.join(',')}, false\n`,
      );
      const tableOut = await cli(['member', 'list', '-w', 'table']);
      assert.match(tableOut.stdout, /^\+-+\+/);
      assert.match(
        tableOut.stdout,
        /\|\s+ID\s+\|\s+STATUS\s+\|\s+NAME\s+\|\s+PEER ADDRS\s+\|\s+CLIENT ADDRS\s+\|\s+IS LEARNER\s+\|/,
      );
      assert.ok(tableOut.stdout.includes(m.id.toString(16)));
    });

    it('endpoint status and health report every endpoint; a dead one exits 1', async function () {
      const status = await cli(['endpoint', 'status']);
      assert.equal(status.code, 0);
      assert.match(
        status.stdout,
        new RegExp(
          `^${target.endpoints[0]!}, [0-9a-f]+, 3\\.\\d+\\.\\d+, \\d+(\\.\\d)? [kM]?B, true, false, \\d+, \\d+, \\d+, \\n$`,
        ),
      );
      const tableOut = await cli(['endpoint', 'status', '-w', 'table']);
      assert.match(tableOut.stdout, /IS LEADER/);
      // --cluster asks every member listed by the member list, as etcdctl's does.
      const cluster = await cli(['endpoint', 'status', '--cluster']);
      assert.equal(cluster.code, 0, cluster.stderr);
      assert.match(cluster.stdout, /, true, false, \d+, \d+, \d+, \n$/);
      const health = await cli(['endpoint', 'health']);
      assert.equal(health.code, 0);
      assert.match(health.stdout, /is healthy: successfully committed proposal: took = /);
      const dead = `127.0.0.1:${await freePort()}`;
      const both = await run([
        '--endpoints',
        `${target.endpoints[0]!},${dead}`,
        '--dial-timeout',
        '300ms',
        'endpoint',
        'health',
        '-w',
        'json',
      ]);
      assert.equal(both.code, 1);
      const parsed = JSON.parse(both.stdout) as { endpoint: string; health: boolean }[];
      assert.deepEqual(
        parsed.map((h) => [h.endpoint, h.health]),
        [
          [target.endpoints[0]!, true],
          [dead, false],
        ],
      );
    });

    it('compact compacts and reports; an old revision is an error', async function () {
      const put = await client.kv.put(uniquePrefix('cli-compact') + 'k', 'v');
      const r = await cli(['compact', String(put.header.revision), '--physical']);
      assert.equal(r.stdout, `compacted revision ${put.header.revision}\n`);
      const again = await cli(['compact', String(put.header.revision)]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /etcdserver: mvcc: required revision has been compacted/);
    });

    it('--help works on every command', async function () {
      for (const args of [
        [],
        ['kv'],
        ['kv', 'get'],
        ['kv', 'txn'],
        ['lease', 'grant'],
        ['member', 'list'],
        ['endpoint', 'status'],
        ['compact'],
      ]) {
        const r = await run([...args, '--help']);
        assert.equal(r.code, 0, args.join(' '));
        assert.match(r.stdout, /clusterd/);
      }
    });
  });
}

describe('clusterd agent: a start that fails ends the process', function () {
  this.timeout(30_000);

  /** Holds a loopback port the way another program would. */
  async function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
    const port = await freePort();
    const server = createNetServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const close = (): Promise<void> =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    return { port, close };
  }

  async function agent(
    clientPort: number,
    peerPort: number,
    dataDir: string,
  ): Promise<RunResult & { ms: number }> {
    const client = `http://127.0.0.1:${clientPort}`;
    const peer = `http://127.0.0.1:${peerPort}`;
    const started = Date.now();
    const r = await run([
      'agent',
      '--data-dir',
      dataDir,
      '--listen-client-urls',
      client,
      '--listen-peer-urls',
      peer,
      '--initial-cluster',
      `default=${peer}`,
      '--no-fleet',
    ]);
    return { ...r, ms: Date.now() - started };
  }

  /** The stderr lines that are not clusterd's own JSON log records. */
  const plainLines = (stderr: string): string[] =>
    stderr.split('\n').filter((line) => line !== '' && !line.startsWith('{'));

  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-start-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('with its peer port taken: exit 1 within seconds, one line that says so', async function () {
    const taken = await occupy();
    try {
      const r = await agent(await freePort(), taken.port, join(dir, 'data'));
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.ms < 10_000, `took ${r.ms} ms`);
      assert.deepEqual(plainLines(r.stderr), [
        `Error: cannot listen for peers on 127.0.0.1:${taken.port}: address already in use`,
      ]);
    } finally {
      await taken.close();
    }
  });

  it('with its client port taken: exit 1, one line that says so', async function () {
    const taken = await occupy();
    try {
      const r = await agent(taken.port, await freePort(), join(dir, 'data'));
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(plainLines(r.stderr), [
        `Error: cannot listen for clients on 127.0.0.1:${taken.port}: address already in use`,
      ]);
    } finally {
      await taken.close();
    }
  });

  it('with its data directory used by another clusterd: exit 1, one line that says so', async function () {
    const first = start([
      'agent',
      '--data-dir',
      join(dir, 'data'),
      '--listen-client-urls',
      `http://127.0.0.1:${await freePort()}`,
      '--listen-peer-urls',
      `http://127.0.0.1:${await freePort()}`,
      '--no-fleet',
    ]);
    try {
      const files = (): Promise<string[]> => readdir(join(dir, 'data', 'db')).catch(() => []);
      await eventually(async () => (await files()).includes('LOCK'));
      const r = await agent(await freePort(), await freePort(), join(dir, 'data'));
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(plainLines(r.stderr), [
        `Error: cannot open the data directory ${join(dir, 'data')}: it is in use by another process (LevelDB lock held)`,
      ]);
    } finally {
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGKILL');
      await exited;
    }
  });

  it('with a data directory it cannot create: exit 1, one line', async function () {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const r = await agent(await freePort(), await freePort(), join(file, 'data'));
    assert.equal(r.code, 1, r.stderr);
    const lines = plainLines(r.stderr);
    assert.equal(lines.length, 1, r.stderr);
    assert.equal(
      lines[0],
      `Error: cannot open the data directory ${join(file, 'data')}: not a directory, mkdir '${join(file, 'data')}'`,
    );
  });
});
