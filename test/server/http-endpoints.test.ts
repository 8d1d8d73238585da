// The HTTP/1 endpoints etcd serves beside gRPC: /health, /version and /metrics, on the client port
// (shared with gRPC) and on --listen-metrics-urls. Metrics carry etcd's names and labels and move
// with the requests made; /health turns unhealthy while an alarm is raised.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { type EtcdClient, LeaseNotFoundError, NoSpaceError } from '../../src/client/index.js';
import { eventually, testClient } from '../helpers/client.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { freePort } from '../helpers/ports.js';
import { ensureBundle } from './bundle.js';

interface HttpResult {
  status: number;
  type: string;
  body: string;
}

function get(port: number, path: string, method = 'GET'): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, agent: false, timeout: 5000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** The value of one sample of a Prometheus text page; labels must match exactly. */
function sample(page: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of page.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got: Record<string, string> = {};
    for (const pair of (m[3] ?? '').match(/[a-zA-Z_]+="[^"]*"/g) ?? []) {
      const eq = pair.indexOf('=');
      got[pair.slice(0, eq)] = pair.slice(eq + 2, -1);
    }
    const keys = Object.keys(labels);
    if (keys.length !== Object.keys(got).length) continue;
    if (keys.every((k) => got[k] === labels[k])) return Number(m[4]);
  }
  return Number.NaN;
}

const kvUnary = (method: string): Record<string, string> => ({
  grpc_method: method,
  grpc_service: 'etcdserverpb.KV',
  grpc_type: 'unary',
});

describe('server: HTTP endpoints (/health, /version, /metrics)', function () {
  this.timeout(60_000);
  let member: ClusterdProcess;
  let client: EtcdClient;
  let metricsPort: number;
  let ports: { name: string; port: number }[];

  before(async () => {
    ensureBundle();
    metricsPort = await freePort();
    member = await startClusterd({
      args: [
        '--listen-metrics-urls',
        `http://127.0.0.1:${metricsPort}`,
        '--quota-backend-bytes',
        String(512 * 1024),
      ],
    });
    client = testClient([member.endpoint]);
    ports = [
      { name: 'client port', port: member.clientPort },
      { name: 'metrics port', port: metricsPort },
    ];
  });

  after(async () => {
    await client.close();
    await member.stop();
  });

  it('serves /health and /version on the client port and on --listen-metrics-urls', async () => {
    // Right after the start, before any periodic sampling: the gauges are already meaningful.
    const first = (await get(metricsPort, '/metrics')).body;
    assert.ok(sample(first, 'etcd_mvcc_db_total_size_in_bytes') > 0, 'db size right after start');
    for (const { name, port } of ports) {
      const health = await get(port, '/health');
      assert.equal(health.status, 200, name);
      assert.deepEqual(JSON.parse(health.body), { health: 'true' }, name);
      const version = await get(port, '/version');
      assert.equal(version.status, 200, name);
      const v = JSON.parse(version.body) as { etcdserver: string; etcdcluster: string };
      assert.match(v.etcdserver, /^3\.\d+\.\d+$/, name);
      assert.match(v.etcdcluster, /^3\.\d+\.0$/, name);
      assert.equal((await get(port, '/nope')).status, 404, name);
    }
    // gRPC still works on the shared port after the HTTP/1 connections.
    await client.kv.put('/http/k', 'v');
  });

  it("serves etcd's metric names and labels on both ports", async () => {
    await client.kv.put('/http/a', '1');
    for (const { name, port } of ports) {
      const page = await get(port, '/metrics');
      assert.equal(page.status, 200, name);
      assert.match(page.type, /^text\/plain/, name);
      const m = page.body;
      assert.equal(sample(m, 'etcd_server_has_leader'), 1, name);
      assert.equal(sample(m, 'etcd_server_is_leader'), 1, name);
      // A fresh single member saw one leader change: its own election (etcd reports 1 too).
      assert.equal(sample(m, 'etcd_server_leader_changes_seen_total'), 1, name);
      assert.ok(sample(m, 'etcd_mvcc_db_total_size_in_bytes') > 0, `${name}: db size`);
      assert.ok(sample(m, 'etcd_server_proposals_applied_total') >= 2, name);
      assert.ok(sample(m, 'etcd_debugging_mvcc_current_revision') >= 3, name);
      assert.ok(sample(m, 'etcd_debugging_mvcc_keys_total') >= 2, name);
      assert.ok(sample(m, 'grpc_server_started_total', kvUnary('Put')) >= 2, name);
      assert.ok(
        sample(m, 'grpc_server_handled_total', { ...kvUnary('Put'), grpc_code: 'OK' }) >= 2,
        name,
      );
      assert.match(m, /^# TYPE grpc_server_started_total counter$/m, name);
      assert.match(m, /^# TYPE etcd_server_has_leader gauge$/m, name);
    }
  });

  it('moves the metrics with the requests made', async () => {
    const before = (await get(metricsPort, '/metrics')).body;
    const revision = (await client.kv.put('/http/m1', 'x')).header.revision;
    await client.kv.put('/http/m2', 'x');
    await client.kv.put('/http/m1', 'y');
    await client.kv.get('/http/m1');
    await assert.rejects(client.kv.put('/http/m3', 'x', { lease: 12345n }), LeaseNotFoundError);
    const watcher = await client.watch.watch('/http/w');
    const after = (await get(member.clientPort, '/metrics')).body;
    await watcher.cancel();
    const delta = (name: string, labels: Record<string, string> = {}): number =>
      sample(after, name, labels) - (sample(before, name, labels) || 0);
    assert.equal(delta('grpc_server_started_total', kvUnary('Put')), 4);
    assert.equal(delta('grpc_server_handled_total', { ...kvUnary('Put'), grpc_code: 'OK' }), 3);
    assert.equal(
      sample(after, 'grpc_server_handled_total', { ...kvUnary('Put'), grpc_code: 'NotFound' }),
      1,
    );
    assert.equal(delta('grpc_server_started_total', kvUnary('Range')), 1);
    assert.equal(
      delta('grpc_server_started_total', {
        grpc_method: 'Watch',
        grpc_service: 'etcdserverpb.Watch',
        grpc_type: 'bidi_stream',
      }),
      1,
    );
    assert.equal(sample(after, 'etcd_debugging_mvcc_current_revision'), revision + 2);
    assert.equal(delta('etcd_debugging_mvcc_keys_total'), 2);
    assert.ok(delta('etcd_server_proposals_applied_total') >= 3);
    assert.equal(sample(after, 'etcd_debugging_mvcc_watcher_total'), 1);
  });

  it('turns /health unhealthy while the NOSPACE alarm is raised, and healthy after disarm', async () => {
    const value = randomBytes(6 * 1024).toString('base64');
    let i = 0;
    await eventually(async () => {
      try {
        await client.kv.put(`/http/fill${i++ % 4}`, value);
        return false;
      } catch (err) {
        if (err instanceof NoSpaceError) return true;
        throw err;
      }
    }, 30_000);
    await eventually(async () => (await client.maintenance.alarmList()).length > 0);
    for (const { name, port } of ports) {
      const health = await get(port, '/health');
      assert.equal(health.status, 503, name);
      assert.equal((JSON.parse(health.body) as { health: string }).health, 'false', name);
    }
    const page = (await get(metricsPort, '/metrics')).body;
    // Writes stop at the quota, so the gauge stands near it: a little above at most, by less than
    // one value, because the size on disk is sampled while LevelDB may be rewriting its files.
    const full = sample(page, 'etcd_mvcc_db_total_size_in_bytes');
    const quota = 512 * 1024;
    assert.ok(
      full > 0.9 * quota && full <= quota + value.length,
      `db size gauge when full: ${full}`,
    );
    const revision = (await client.kv.get('/http/')).header.revision;
    await client.kv.compact(revision, { physical: true });
    await client.maintenance.defragment();
    await client.maintenance.alarmDisarm(0n, 'none');
    for (const { name, port } of ports) {
      const health = await get(port, '/health');
      assert.equal(health.status, 200, name);
      assert.deepEqual(JSON.parse(health.body), { health: 'true' }, name);
    }
    const size = sample(
      (await get(metricsPort, '/metrics')).body,
      'etcd_mvcc_db_total_size_in_bytes',
    );
    assert.ok(size < 512 * 1024, `db size gauge after defragment: ${size}`);
  });
});
