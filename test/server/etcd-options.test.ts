// etcd's server options that change how a member runs, on in-process members: Raft's pre-vote and
// the initial election tick advance (seen in the Raft log lines of a three-member cluster), the
// compaction batch limit (the backend batches a compaction writes), the slow-apply warning, and
// the client port's: HTTP/2 settings and keepalive pings, extensive metrics, etcd's host
// whitelist and CORS, the CPU profile of --enable-pprof.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import * as http from 'node:http';
import * as http2 from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, type AgentConfig } from '../../src/agent.js';
import { Backend, type BatchOp } from '../../src/storage/backend.js';
import { MvccStore } from '../../src/storage/mvcc/kv-store.js';
import { createLogger } from '../../src/util/log.js';
import { defaultAgentConfig } from '../helpers/agent-config.js';
import { eventually, sleep, testClient } from '../helpers/client.js';
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

/** One in-process member of its own cluster. */
async function startMember(dir: string, options: Partial<AgentConfig>): Promise<RunningMember> {
  const [member] = await startCluster(dir, 1, options);
  return member!;
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
    const member = await startMember(dir, { warningApplyDurationMs: 0 });
    try {
      const client = testClient([member.endpoint]);
      await client.kv.put('slow', 'v');
      await client.close();
      const warning = member.lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((r) => r.msg === 'apply request took too long' && r.request === 'put');
      assert.ok(warning, 'no warning for the put');
      assert.equal(warning.expectedDuration, '0ms');
      assert.equal(warning.level, 'warn');
    } finally {
      await member.agent.close();
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

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function httpGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, headers, agent: false, timeout: 20_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

describe("api: the client port's options", function () {
  this.timeout(60_000);
  let dir: string;
  let member: RunningMember | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-client-options-'));
  });

  afterEach(async () => {
    await member?.agent.close();
    member = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  const port = (): number => member!.agent.clientPorts[0]!;

  it('--max-concurrent-streams and --grpc-keepalive-interval: the HTTP/2 setting and server pings', async () => {
    member = await startMember(dir, {
      maxConcurrentStreams: 7,
      grpcKeepaliveIntervalMs: 200,
      grpcKeepaliveTimeoutMs: 5000,
    });
    const session = http2.connect(`http://127.0.0.1:${port()}`);
    try {
      session.on('error', () => undefined);
      const request = session.request({ ':path': '/', ':method': 'GET' });
      request.on('error', () => undefined);
      request.resume();
      await eventually(() => session.remoteSettings.maxConcurrentStreams === 7, 3000);
      // Node answers the server's pings by itself; the session reports each one.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error('no ping from the server within 3 s'));
        }, 3000);
        session.once('ping', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    } finally {
      session.destroy();
    }
  });

  it('without those flags, leaves the streams unlimited and sends no pings', async () => {
    member = await startMember(dir, {});
    const session = http2.connect(`http://127.0.0.1:${port()}`);
    try {
      session.on('error', () => undefined);
      let settings = 0;
      session.on('remoteSettings', () => settings++);
      const request = session.request({ ':path': '/', ':method': 'GET' });
      request.on('error', () => undefined);
      request.resume();
      await eventually(() => settings >= 1, 3000);
      // No SETTINGS_MAX_CONCURRENT_STREAMS: the protocol's default, unlimited.
      assert.equal(session.remoteSettings.maxConcurrentStreams, 2 ** 32 - 1);
      let pinged = false;
      session.once('ping', () => (pinged = true));
      await sleep(800);
      assert.equal(pinged, false);
    } finally {
      session.destroy();
    }
  });

  it('--metrics extensive adds grpc_server_handling_seconds, basic does not', async () => {
    member = await startMember(dir, { metrics: 'extensive' });
    const client = testClient([member.endpoint]);
    await client.kv.put('m', 'v');
    await client.close();
    const page = (await httpGet(port(), '/metrics')).body;
    assert.match(
      page,
      /^grpc_server_handling_seconds_bucket\{grpc_method="Put",grpc_service="etcdserverpb.KV",grpc_type="unary",le="0.005"\} \d+$/m,
    );
    assert.match(
      page,
      /^grpc_server_handling_seconds_count\{grpc_method="Put",grpc_service="etcdserverpb.KV",grpc_type="unary"\} 1$/m,
    );
    await member.agent.close();
    [member] = await startCluster(join(dir, 'basic'), 1, {});
    assert.doesNotMatch((await httpGet(port(), '/metrics')).body, /grpc_server_handling_seconds/);
  });

  it('--host-whitelist refuses other Host headers with 421; --cors answers allowed origins', async () => {
    member = await startMember(dir, {
      hostWhitelist: ['etcd.example'],
      cors: ['http://app.example'],
    });
    const refused = await httpGet(port(), '/health', { Host: 'evil.example:2379' });
    assert.equal(refused.status, 421);
    assert.match(refused.body, /the Host header was unrecognized/);
    assert.match(refused.body, /etcd --host-whitelist "evil.example"/);
    assert.ok(logged([member], 'rejecting HTTP request to prevent DNS rebinding attacks'));

    const allowed = await httpGet(port(), '/health', {
      Host: 'etcd.example:2379',
      Origin: 'http://app.example',
    });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], 'http://app.example');
    assert.equal(
      allowed.headers['access-control-allow-methods'],
      'POST, GET, OPTIONS, PUT, DELETE',
    );
    const otherOrigin = await httpGet(port(), '/health', {
      Host: 'etcd.example',
      Origin: 'http://other.example',
    });
    assert.equal(otherOrigin.headers['access-control-allow-origin'], undefined);
    const preflight = await httpGet(
      port(),
      '/v3/kv/put',
      { Host: 'etcd.example', Origin: 'http://app.example' },
      'OPTIONS',
    );
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers['access-control-allow-origin'], 'http://app.example');
  });

  it('by default allows every host and answers CORS for every origin', async () => {
    member = await startMember(dir, {});
    const answer = await httpGet(port(), '/version', { Host: 'anything.example' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
  });

  it("--enable-pprof serves a CPU profile in V8's format; without it, nothing", async () => {
    member = await startMember(dir, { enablePprof: true });
    const answer = await httpGet(port(), '/debug/pprof/profile?seconds=1');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'application/json');
    const profile = JSON.parse(answer.body) as {
      nodes: unknown[];
      startTime: number;
      endTime: number;
    };
    assert.ok(profile.nodes.length > 0, 'a profile without nodes');
    const tookUs = profile.endTime - profile.startTime;
    assert.ok(tookUs >= 900_000 && tookUs < 5_000_000, `profiled for ${tookUs} µs`);
    assert.equal((await httpGet(port(), '/debug/pprof/heap')).status, 404);
    await member.agent.close();
    [member] = await startCluster(join(dir, 'off'), 1, {});
    assert.equal((await httpGet(port(), '/debug/pprof/profile?seconds=1')).status, 404);
  });
});
