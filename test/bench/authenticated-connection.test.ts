// The benchmark generator's TLS and auth path (bench/compare.ts --security) against a real clusterd
// member, and etcd 3.4 beside it, with https:// client URLs and auth enabled through etcdctl, as
// the benchmark sets them up: the connection checks the certificate against the run's CA and gets
// h2 by ALPN, Authenticate gives a token, and only requests that carry it in their pre-encoded
// headers are served.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { authenticate } from '../../bench/lib/authenticate.js';
import { makeServerPki, type ServerPki } from '../../bench/lib/bench-pki.js';
import { RawGrpcConnection } from '../../bench/lib/raw-grpc-connection.js';
import { enableAuth, prepareSecurity, type SecuritySetup } from '../../bench/lib/store-security.js';
import { LocalCluster, type SystemName } from '../../bench/lib/targets.js';
import { workloadCall, type RequestTarget } from '../../bench/lib/workload.js';
import { clusterdCommand, ensureBundle } from '../setup.js';

const shape = { keySize: 8, valueSize: 256, keySpace: 100 };

function call(
  connection: RawGrpcConnection,
  workload: 'put' | 'range-serializable',
  target: RequestTarget,
  key: number,
): Promise<{ code: number; message: string }> {
  const { template, minResponseBytes } = workloadCall(workload, shape, target);
  return new Promise((resolve) => {
    connection.call(template, key, minResponseBytes, (code, message) => {
      resolve({ code, message });
    });
  });
}

const systems: [SystemName, string[]][] = [
  ['clusterd', clusterdCommand],
  ['etcd', ['/usr/bin/etcd']],
];

for (const [system, command] of systems)
  describe(`bench: the generator over TLS with auth on (${system})`, function () {
    this.timeout(60_000);
    let dir = '';
    let setup: SecuritySetup;
    let pki: ServerPki;
    let cluster: LocalCluster | undefined;
    let endpoint = '';
    let ca: Buffer;
    const connections: RawGrpcConnection[] = [];

    const connect = async (withCa: Buffer = ca): Promise<RawGrpcConnection> => {
      const connection = await RawGrpcConnection.connect({
        endpoint,
        requestTimeoutMs: 10_000,
        connectTimeoutMs: 10_000,
        ca: withCa,
      });
      connections.push(connection);
      return connection;
    };

    before(async function () {
      ensureBundle();
      dir = mkdtempSync(join(tmpdir(), 'clusterd-bench-auth-test-'));
      await mkdir(join(dir, 'pki'));
      setup = await prepareSecurity('tls+auth', join(dir, 'pki'));
      pki = setup.pki!;
      ca = await readFile(pki.caFile);
      cluster = await LocalCluster.start(
        system,
        command,
        1,
        dir,
        30_000,
        undefined,
        undefined,
        pki,
      );
      endpoint = cluster.endpoints[0]!;
      assert.match(endpoint, /^https:\/\/127\.0\.0\.1:\d+$/);
      await enableAuth('etcdctl', endpoint, setup, shape);
    });

    after(async function () {
      for (const connection of connections) connection.close();
      await cluster?.dispose();
      if (dir !== '') rmSync(dir, { recursive: true, force: true });
    });

    it('checks the certificate against the CA and speaks h2 by ALPN', async () => {
      const connection = await connect();
      const session = connection.tlsSession;
      assert.equal(session?.alpn, 'h2');
      assert.match(session.protocol, /^TLSv1\.[23]$/);
      // Another run's CA did not sign this server's certificate.
      await mkdir(join(dir, 'other'));
      const other = await makeServerPki(join(dir, 'other'));
      await assert.rejects(connect(await readFile(other.caFile)), /certificate/);
    });

    it('authenticates once and is served only with the token in its headers', async () => {
      const connection = await connect();
      const host = endpoint.replace(/^https:\/\//, '');
      const bare: RequestTarget = { authority: host, scheme: 'https' };
      const token = await authenticate(
        connection,
        bare,
        setup.auth!.bench,
        performance.now() + 10_000,
      );
      assert.ok(token.length > 0);
      const withToken: RequestTarget = { ...bare, token };

      assert.deepEqual(await call(connection, 'put', withToken, 42), { code: 0, message: '' });
      // The range finds the key with the benchmark's value (at least valueSize octets).
      assert.deepEqual(await call(connection, 'range-serializable', withToken, 42), {
        code: 0,
        message: '',
      });

      // The same request without a token, with another token, and outside the role's range.
      assert.deepEqual(await call(connection, 'put', bare, 43), {
        code: status.INVALID_ARGUMENT,
        message: 'etcdserver: user name is empty',
      });
      const forged = await call(connection, 'put', { ...bare, token: `${token}x` }, 44);
      assert.equal(forged.code, status.UNAUTHENTICATED);
      assert.match(forged.message, /invalid auth token/);
      const outside = await call(connection, 'put', withToken, shape.keySpace);
      assert.equal(outside.code, status.PERMISSION_DENIED);
    });

    it('fails at once on a wrong password', async () => {
      const connection = await connect();
      const target: RequestTarget = {
        authority: endpoint.slice('https://'.length),
        scheme: 'https',
      };
      const started = performance.now();
      await assert.rejects(
        authenticate(
          connection,
          target,
          { user: 'bench', password: 'wrong' },
          performance.now() + 10_000,
        ),
        /Authenticate as bench: INVALID_ARGUMENT: etcdserver: authentication failed/,
      );
      assert.ok(performance.now() - started < 5_000);
    });
  });
