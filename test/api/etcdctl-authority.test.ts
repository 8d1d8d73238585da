import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientListener } from '../../src/api/client-listener.js';
import { clusterService, maintenanceService } from '../../src/api/services.js';
import type { etcdserverpb } from '../../src/gen/etcd.js';
import type { ServerStreamHandler, UnaryHandler } from '../../src/util/grpc-server/calls.js';
import { GrpcServer } from '../../src/util/grpc-server/server.js';

const ETCDCTL = '/usr/bin/etcdctl';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      ETCDCTL,
      args,
      { env: { ...process.env, ETCDCTL_API: '3' }, timeout: 15000 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// etcd streams the database (whole 512-byte pages) followed by its SHA-256; etcdctl checks both.
const SNAPSHOT_DB = Buffer.alloc(1024, 'not-a-bolt-db ');
const SNAPSHOT = Buffer.concat([SNAPSHOT_DB, createHash('sha256').update(SNAPSHOT_DB).digest()]);

const maintenanceApi = {
  Status: maintenanceService.Status,
  HashKV: maintenanceService.HashKV,
  Defragment: maintenanceService.Defragment,
  Snapshot: maintenanceService.Snapshot,
};
const clusterApi = { MemberList: clusterService.MemberList };

/** Fixed answers for etcdctl's per-endpoint calls, in the handler shape of src/util/grpc-server. */
function fixedHandlers(clientPort: () => number) {
  const header = { clusterId: 0x1234, memberId: 0x99, revision: 7, raftTerm: 2 };
  const maintenance = {
    Status: ((call) => {
      call.respond({
        header,
        version: '3.4.23',
        dbSize: 24576,
        leader: 0x99,
        raftIndex: 11,
        raftTerm: 2,
        raftAppliedIndex: 11,
        dbSizeInUse: 16384,
      });
    }) satisfies UnaryHandler<etcdserverpb.StatusRequest, etcdserverpb.IStatusResponse>,
    HashKV: ((call) => {
      call.respond({ header, hash: 3735928559, compactRevision: 3 });
    }) satisfies UnaryHandler<etcdserverpb.HashKVRequest, etcdserverpb.IHashKVResponse>,
    Defragment: ((call) => {
      call.respond({ header });
    }) satisfies UnaryHandler<etcdserverpb.DefragmentRequest, etcdserverpb.IDefragmentResponse>,
    Snapshot: ((call) => {
      call.write({ header, remainingBytes: SNAPSHOT.length - 5, blob: SNAPSHOT.subarray(0, 5) });
      call.write({ header, remainingBytes: 0, blob: SNAPSHOT.subarray(5) });
      call.end();
    }) satisfies ServerStreamHandler<etcdserverpb.SnapshotRequest, etcdserverpb.ISnapshotResponse>,
  };
  const cluster = {
    MemberList: ((call) => {
      call.respond({
        header,
        members: [
          {
            ID: 0x99,
            name: 'm1',
            peerURLs: ['http://127.0.0.1:2380'],
            clientURLs: [`http://127.0.0.1:${clientPort()}`],
          },
        ],
      });
    }) satisfies UnaryHandler<etcdserverpb.MemberListRequest, etcdserverpb.IMemberListResponse>,
  };
  return { maintenance, cluster };
}

/** The client port's gRPC server with the fixed answers. */
function makeServer(clientPort: () => number): GrpcServer {
  const server = new GrpcServer({ maxReceiveMessageBytes: 4 << 20 });
  const { maintenance, cluster } = fixedHandlers(clientPort);
  server.addService(maintenanceApi, maintenance);
  server.addService(clusterApi, cluster);
  return server;
}

// etcdctl 3.4 sends `:authority: http://host:port` on per-endpoint calls with http:// endpoints
// and on every `--cluster` variant; nghttp2 (node:http2, grpc-js's server) resets such streams, and
// clusterd's own HTTP/2 server takes them as grpc-go's does.
describe('etcdctl 3.4 per-endpoint calls (scheme-prefixed :authority)', function () {
  this.timeout(60000);
  let server: GrpcServer;
  let listener: { port: number; close(): Promise<void> };

  before(async function () {
    assert.ok(
      existsSync(ETCDCTL),
      `${ETCDCTL} is missing: 'make deps' installs Debian's etcd-client`,
    );
    server = makeServer(() => listener.port);
    listener = await ClientListener.listen({
      host: '127.0.0.1',
      port: 0,
      grpc: server,
      http: createHttpServer(),
    });
  });

  after(async () => {
    await listener.close();
    server.close();
  });

  it('endpoint status with an http:// endpoint', async () => {
    const ep = `http://127.0.0.1:${listener.port}`;
    const r = await run([`--endpoints=${ep}`, 'endpoint', 'status', '-w', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const parsed = JSON.parse(r.stdout) as {
      Endpoint: string;
      Status: {
        header: { cluster_id: number; member_id: number; revision: number };
        version: string;
        dbSize: number;
        leader: number;
        raftIndex: number;
      };
    }[];
    assert.equal(parsed.length, 1);
    const s = parsed[0]!;
    assert.equal(s.Endpoint, ep);
    assert.equal(s.Status.version, '3.4.23');
    assert.equal(s.Status.dbSize, 24576);
    assert.equal(s.Status.leader, 0x99);
    assert.equal(s.Status.raftIndex, 11);
    assert.equal(s.Status.header.cluster_id, 0x1234);
    assert.equal(s.Status.header.revision, 7);
  });

  it('endpoint status --cluster (dials the MemberList clientURLs)', async () => {
    const r = await run([
      `--endpoints=127.0.0.1:${listener.port}`,
      'endpoint',
      'status',
      '--cluster',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const line = r.stdout.trim();
    assert.match(
      line,
      new RegExp(
        `^http://127\\.0\\.0\\.1:${listener.port}, 99, 3\\.4\\.23, 25 kB, true, false, 2, 11, 11,`,
      ),
    );
  });

  it('endpoint hashkv, defrag and snapshot save with an http:// endpoint', async () => {
    const ep = `--endpoints=http://127.0.0.1:${listener.port}`;
    const h = await run([ep, 'endpoint', 'hashkv', '-w', 'json']);
    assert.equal(h.code, 0, h.stderr);
    const parsed = JSON.parse(h.stdout) as { HashKV: { hash: number; compact_revision: number } }[];
    const first = parsed[0]!;
    assert.equal(first.HashKV.hash, 3735928559);
    assert.equal(first.HashKV.compact_revision, 3);
    const d = await run([ep, 'defrag']);
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, /Finished defragmenting etcd member/);
    const dir = mkdtempSync(join(tmpdir(), 'etcdctl-authority-'));
    try {
      const file = join(dir, 'snap.db');
      const s = await run([ep, 'snapshot', 'save', file]);
      assert.equal(s.code, 0, s.stderr);
      assert.deepEqual(readFileSync(file).subarray(0, SNAPSHOT_DB.length), SNAPSHOT_DB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
