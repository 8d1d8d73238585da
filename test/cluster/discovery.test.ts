// --discovery: members bootstrap through etcd's v2 discovery protocol, against Debian's
// etcd-discovery (the discovery.etcd.io service) with a Debian etcd behind it, all on free ports.
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberIdFor } from '../../src/server/ids.js';
import { toHex } from '../../src/util/long.js';
import { eventually, testClient } from '../helpers/client.js';
import { startClusterd, type ClusterdProcess } from '../helpers/clusterd.js';
import { startEtcd, type EtcdProcess } from '../helpers/etcd.js';
import { freePort, freePorts } from '../helpers/ports.js';

const discoveryBinary = process.env.ETCD_DISCOVERY_BIN ?? '/usr/bin/discovery.etcd.io';

/** The discovery service: its own process on a free port, proxying to `etcd`'s v2 keys API. */
class DiscoveryService {
  private output = '';

  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(etcd: EtcdProcess): Promise<DiscoveryService> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      discoveryBinary,
      ['--addr', `127.0.0.1:${port}`, '--host', url, '--etcd', `http://${etcd.endpoint}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const service = new DiscoveryService(url, child);
    try {
      await eventually(
        async () => (await fetch(`${url}/health`).catch(() => undefined))?.ok ?? false,
        10_000,
      );
    } catch (err) {
      await service.stop();
      throw new Error(`${discoveryBinary} did not answer: ${service.output}`, { cause: err });
    }
    return service;
  }

  /** A new token URL, as `curl <service>/new?size=N` gives it. */
  async newToken(size: number): Promise<string> {
    const res = await fetch(`${this.url}/new?size=${size}`);
    assert.equal(res.status, 200);
    return (await res.text()).trim();
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** A member started with --discovery (and no --initial-cluster) on ports of its own. */
function discoveryArgs(name: string, url: string): string[] {
  // The helper passes --initial-cluster for its default member; an empty one is none, as in etcd.
  return ['--name', name, '--discovery', url, '--initial-cluster', ''];
}

interface Exit {
  code: number | null;
  stderr: string;
}

/** `clusterd agent` for a member that is expected to fail: its exit code and stderr. */
async function runFailingMember(name: string, url: string, dataDir: string): Promise<Exit> {
  ensureBundle();
  const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
  const child = spawn(
    clusterdCommand[0]!,
    [
      ...clusterdCommand.slice(1),
      'agent',
      '--no-fleet',
      '--data-dir',
      dataDir,
      '--listen-client-urls',
      `http://127.0.0.1:${clientPort}`,
      '--listen-peer-urls',
      `http://127.0.0.1:${peerPort}`,
      '--name',
      name,
      '--discovery',
      url,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

describe('cluster: bootstrapping with --discovery (etcd-discovery, v2 protocol)', function () {
  this.timeout(120_000);
  let etcd: EtcdProcess;
  let discovery: DiscoveryService;
  let dir: string;
  const members: ClusterdProcess[] = [];

  before(async () => {
    // etcd 3.4 serves the v2 keys API, which the discovery service proxies, only when asked to.
    etcd = await startEtcd({ args: ['--enable-v2=true'] });
    discovery = await DiscoveryService.start(etcd);
    dir = await mkdtemp(join(tmpdir(), 'clusterd-discovery-'));
  });

  after(async () => {
    for (const m of members) await m.stop();
    await discovery.stop();
    await etcd.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('three members form one cluster from a size=3 token; a fourth finds it full', async () => {
    const url = await discovery.newToken(3);
    // Started together: none is ready before the three registered.
    members.push(
      ...(await Promise.all(
        [0, 1, 2].map((i) => startClusterd({ args: discoveryArgs(`d${i}`, url) })),
      )),
    );
    const client = testClient(members.map((m) => m.endpoint));
    try {
      const list = await client.cluster.memberList();
      assert.deepEqual(list.members.map((m) => m.name).sort(), ['d0', 'd1', 'd2']);
      assert.ok(list.members.every((m) => !m.isLearner));
      // The member IDs etcd derives: the peer URLs with the discovery URL as the token.
      for (const m of members) {
        const peerUrl = `http://127.0.0.1:${m.peerPort}`;
        const listed = list.members.find((l) => l.peerUrls.includes(peerUrl));
        assert.equal(listed?.id, memberIdFor([peerUrl], url));
      }
      await client.kv.put('/discovery/k', 'v', {}, { endpoint: members[1]!.endpoint });
      for (const m of members) {
        const got = await client.kv.get('/discovery/k', {}, { endpoint: m.endpoint });
        assert.equal(got.kvs[0]?.value.toString(), 'v', m.endpoint);
        const status = await client.maintenance.status({ endpoint: m.endpoint });
        assert.equal(status.header.clusterId, list.header.clusterId);
      }
    } finally {
      await client.close();
    }

    const fourth = await runFailingMember('d3', url, join(dir, 'd3'));
    assert.equal(fourth.code, 1, fourth.stderr);
    assert.match(
      fourth.stderr,
      /^Error: failed to join discovery cluster \(discovery: cluster is full\)$/m,
    );
  });

  it('a founder restarted with its data directory rejoins without asking the service', async () => {
    const d0 = members[0]!;
    await d0.kill();
    await d0.start();
    assert.match(d0.output(), /discovery token is ignored since cluster already initialized/);
    const client = testClient([d0.endpoint]);
    try {
      await eventually(async () => (await client.cluster.memberList()).members.length === 3);
      assert.equal((await client.kv.get('/discovery/k')).kvs[0]?.value.toString(), 'v');
    } finally {
      await client.close();
    }
  });

  it('refuses duplicate names, an ID already registered and a token without a size, as etcd', async () => {
    const twoNamedAlike = await discovery.newToken(2);
    const alike = await Promise.all([
      runFailingMember('same', twoNamedAlike, join(dir, 'same-a')),
      runFailingMember('same', twoNamedAlike, join(dir, 'same-b')),
    ]);
    for (const run of alike) {
      assert.equal(run.code, 1, run.stderr);
      assert.match(
        run.stderr,
        /failed to join discovery cluster \(discovery: found duplicate name\)/,
      );
    }

    // A member whose registration outlived its data directory (etcd's advice: a new token).
    const registered = await discovery.newToken(3);
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const put = await fetch(`${registered}/${toHex(memberIdFor([peerUrl], registered))}`, {
      method: 'PUT',
      body: new URLSearchParams({ value: `again=${peerUrl}` }),
    });
    assert.equal(put.status, 201);
    await assert.rejects(
      startClusterd({
        args: discoveryArgs('again', registered),
        ports: { client: clientPort, peer: peerPort },
      }),
      /failed to join discovery cluster \(discovery: found duplicate id\)/,
    );

    const unknownToken = `${discovery.url}/${'0'.repeat(32)}`;
    const noSize = await runFailingMember('lost', unknownToken, join(dir, 'lost'));
    assert.equal(noSize.code, 1, noSize.stderr);
    assert.match(
      noSize.stderr,
      /failed to join discovery cluster \(discovery: size key not found\)/,
    );
  });

  it('refuses --discovery with an --initial-cluster, with etcd’s words', async () => {
    // The helper's member has --initial-cluster default=<its peer URL>.
    await assert.rejects(
      startClusterd({ args: ['--name', 'x', '--discovery', `${discovery.url}/${'1'.repeat(32)}`] }),
      /exited with 2:\nError: multiple discovery or bootstrap flags are set\. Choose one of "initial-cluster", "discovery" or "discovery-srv"/,
    );
  });
});
