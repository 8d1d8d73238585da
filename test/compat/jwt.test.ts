// JWT auth tokens (--auth-token jwt,…) on Debian's etcd 3.4 and clusterd given the same key pair
// and the same users: each server's tokens carry etcd's claims, each accepts the other's (the
// same signature, claims and auth revision), and both refuse a tampered, a foreign-key or an
// expired token with etcd's "invalid auth token". For RS256 and ES256.
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { authService, kvService } from '../../src/api/services.js';
import { JwtTokens } from '../../src/server/jwt-token.js';
import { startClusterd, type ClusterdProcess } from '../helpers/clusterd.js';
import { sleep } from '../helpers/client.js';
import { startEtcd, type EtcdProcess } from '../helpers/etcd.js';
import { etcdctl } from './etcdctl.js';

interface Method {
  path: string;
  requestSerialize: (value: never) => Buffer;
  responseDeserialize: (bytes: Buffer) => unknown;
}

/** One unary call with an optional token, as clientv3 sends it. */
function call<Res>(
  endpoint: string,
  method: Method,
  request: unknown,
  token?: string,
): Promise<Res> {
  const client = new grpc.Client(endpoint, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  if (token !== undefined) metadata.set('token', token);
  return new Promise<Res>((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize as (value: unknown) => Buffer,
      method.responseDeserialize as (bytes: Buffer) => Res,
      request,
      metadata,
      (err: grpc.ServiceError | null, res?: Res) => {
        client.close();
        if (err) reject(err);
        else resolve(res!);
      },
    );
  });
}

const token = async (endpoint: string, password = 'alicepw'): Promise<string> =>
  (await call<{ token: string }>(endpoint, authService.Authenticate, { name: 'alice', password }))
    .token;
const range = (endpoint: string, t: string) =>
  call<{ count: unknown }>(endpoint, kvService.Range, { key: Buffer.from('/a/k') }, t);
const claims = (t: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

for (const method of ['RS256', 'ES256'] as const) {
  describe(`JWT auth tokens, ${method} (etcd 3.4 and clusterd, one key pair)`, function () {
    this.timeout(60_000);
    let dir: string;
    let etcd: EtcdProcess | undefined;
    let clusterd: ClusterdProcess | undefined;
    let foreignSigner: JwtTokens;

    before(async function () {
      dir = await mkdtemp(join(tmpdir(), 'clusterd-jwt-'));
      const pair = (): { privateKey: string; publicKey: string } =>
        method === 'RS256'
          ? generateKeyPairSync('rsa', {
              modulusLength: 2048,
              publicKeyEncoding: { type: 'spki', format: 'pem' },
              privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
            })
          : generateKeyPairSync('ec', {
              namedCurve: 'P-256',
              publicKeyEncoding: { type: 'spki', format: 'pem' },
              privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
            });
      const keys = pair();
      const foreign = pair();
      foreignSigner = new JwtTokens(
        method,
        createPrivateKey(foreign.privateKey),
        createPublicKey(foreign.publicKey),
        60_000,
      );
      await writeFile(join(dir, 'jwt.pub'), keys.publicKey);
      await writeFile(join(dir, 'jwt.key'), keys.privateKey);
      const flag = (name: string, ttl: string) =>
        `jwt,pub-key=${join(dir, `${name}.pub`)},priv-key=${join(dir, `${name}.key`)},sign-method=${method},ttl=${ttl}`;
      etcd = await startEtcd({ args: ['--auth-token', flag('jwt', '3s')] });
      clusterd = await startClusterd({ args: ['--auth-token', flag('jwt', '3s')] });
      for (const endpoint of [etcd.endpoint, clusterd.endpoint]) {
        for (const args of [
          ['user', 'add', 'root:rootpw'],
          ['user', 'grant-role', 'root', 'root'],
          ['role', 'add', 'a-r'],
          ['role', 'grant-permission', 'a-r', '--prefix', 'read', '/a/'],
          ['user', 'add', 'alice:alicepw'],
          ['user', 'grant-role', 'alice', 'a-r'],
          ['auth', 'enable'],
        ]) {
          const r = await etcdctl(endpoint, ['--user', 'root:rootpw', ...args]);
          assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
        }
      }
    });

    after(async function () {
      await etcd?.stop();
      await clusterd?.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it("gives tokens with etcd's claims, each server accepting the other's", async function () {
      const fromEtcd = await token(etcd!.endpoint);
      const fromClusterd = await token(clusterd!.endpoint);
      const [e, c] = [claims(fromEtcd), claims(fromClusterd)];
      assert.deepEqual(Object.keys(c).sort(), Object.keys(e).sort());
      assert.equal(c.username, 'alice');
      assert.equal(c.revision, e.revision);
      assert.ok(Math.abs((c.exp as number) - (e.exp as number)) <= 2);
      const header = (t: string): unknown =>
        JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString());
      assert.deepEqual(header(fromClusterd), { alg: method, typ: 'JWT' });
      await range(clusterd!.endpoint, fromEtcd);
      await range(etcd!.endpoint, fromClusterd);
      await assert.rejects(
        call(clusterd!.endpoint, authService.Authenticate, { name: 'alice', password: 'x' }),
        /etcdserver: authentication failed, invalid user ID or password/,
      );
    });

    it('refuses a tampered, a foreign or an expired token on both', async function () {
      const good = await token(clusterd!.endpoint);
      const [h, p, s] = good.split('.') as [string, string, string];
      const forged = Buffer.from(JSON.stringify({ ...claims(good), username: 'root' })).toString(
        'base64url',
      );
      const tampered = `${h}.${forged}.${s}`;
      const { revision } = claims(good) as { revision: number };
      const foreign = foreignSigner.sign({ username: 'alice', revision });
      for (const endpoint of [etcd!.endpoint, clusterd!.endpoint]) {
        await assert.rejects(range(endpoint, foreign), /etcdserver: invalid auth token/);
        await assert.rejects(range(endpoint, tampered), /etcdserver: invalid auth token/);
        await assert.rejects(range(endpoint, `${h}.${p}`), /etcdserver: invalid auth token/);
      }
      await sleep(4000);
      for (const endpoint of [etcd!.endpoint, clusterd!.endpoint]) {
        await assert.rejects(range(endpoint, good), /etcdserver: invalid auth token/);
      }
      // etcdctl authenticates again by itself; so does clusterd's own client.
      const r = await etcdctl(clusterd!.endpoint, ['--user', 'alice:alicepw', 'get', '/a/k']);
      assert.equal(r.code, 0, r.stderr);
    });

    it('refuses to start with an unreadable key or an unknown sign method', async function () {
      for (const bad of [
        `jwt,pub-key=${join(dir, 'missing.pub')},priv-key=${join(dir, 'jwt.key')},sign-method=${method}`,
        `jwt,pub-key=${join(dir, 'jwt.pub')},priv-key=${join(dir, 'jwt.key')},sign-method=HS999`,
        'jwt,sign-method=RS256',
        'opaque',
      ]) {
        await assert.rejects(startClusterd({ args: ['--auth-token', bad] }), /auth: /);
      }
    });
  });
}
