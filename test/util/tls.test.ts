// src/util/tls.ts in one process: CRLs as openssl writes them, etcd's cipher suite names, the
// --auto-tls certificate, and a ServerTls/ClientTls pair over loopback (SAN check of the peer port,
// allowed CN, files replaced on disk).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import {
  ClientTls,
  emptyTlsInfo,
  makeSelfSignedCert,
  opensslCiphers,
  revokedSerials,
  selfCert,
  ServerTls,
  type TlsInfo,
} from '../../src/util/tls.js';
import { type KeyPair, TestCa } from '../helpers/pki.js';

/** A loopback server terminating TLS with `info`; each accepted socket is echoed 'ok' and ended. */
async function serve(
  info: TlsInfo,
  checkSan = false,
): Promise<{ port: number; close(): Promise<void> }> {
  const serverTls = new ServerTls(info, { what: 'test', checkSan });
  const sockets = new Set<net.Socket>();
  const terminate = serverTls.terminator((secure: TLSSocket) => {
    secure.end('ok');
  });
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    terminate(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Dials with `client` and reads what the server sends: 'ok', or the failure's message. */
async function dial(client: ClientTls, port: number, host = '127.0.0.1'): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  try {
    const secure = await client.connect(socket, host);
    return await new Promise<string>((resolve) => {
      let text = '';
      secure.on('data', (c: Buffer) => (text += c.toString()));
      secure.on('error', (err: Error) => {
        resolve(`error: ${err.message}`);
      });
      secure.on('close', () => {
        resolve(text === '' ? 'closed' : text);
      });
    });
  } catch (err) {
    socket.destroy();
    return `error: ${err instanceof Error ? err.message : String(err)}`;
  }
}

describe('util: tls', function () {
  this.timeout(20_000);
  let dir: string;
  let ca: TestCa;
  let server: KeyPair;
  let client: KeyPair;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-tls-unit-'));
    ca = await TestCa.create(dir, 'ca');
    server = await ca.issue('server', { sans: ['IP:127.0.0.1'] });
    client = await ca.issue('client', { cn: 'member-a', sans: ['IP:10.9.9.9'] });
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the revoked serials of a CRL in PEM and in DER', async () => {
    const revoked = await ca.issue('revoked', { usage: 'client' });
    const empty = await ca.crl(join(dir, 'empty.pem'));
    assert.equal(revokedSerials(await readFile(empty)).size, 0);
    await ca.revoke(revoked.cert);
    const pemFile = await ca.crl(join(dir, 'crl.pem'));
    const derFile = join(dir, 'crl.der');
    execFileSync('openssl', ['crl', '-in', pemFile, '-outform', 'DER', '-out', derFile]);
    const serial = (await TestCa.serial(revoked.cert)).replace(/^0+/, '');
    assert.deepEqual([...revokedSerials(await readFile(pemFile))], [serial]);
    assert.deepEqual([...revokedSerials(await readFile(derFile))], [serial]);
    assert.throws(() => revokedSerials(Buffer.from('not a crl')), /x509: malformed crl/);
  });

  it("maps etcd's cipher suite names to OpenSSL's and refuses unknown ones as etcd does", () => {
    assert.equal(opensslCiphers([]), undefined);
    assert.equal(
      opensslCiphers([
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
      ]),
      'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305',
    );
    assert.throws(
      () => opensslCiphers(['TLS_FOO']),
      /^Error: unexpected TLS cipher suite "TLS_FOO"$/,
    );
  });

  it('makes the --auto-tls certificate as etcd does, and keeps it across starts', async () => {
    const { cert, key } = makeSelfSignedCert(['127.0.0.1', 'node-1.example', '::1'], true);
    const x509 = new X509Certificate(cert);
    assert.equal(x509.subject, 'O=clusterd');
    assert.equal(
      x509.subjectAltName,
      'IP Address:127.0.0.1, DNS:node-1.example, IP Address:0:0:0:0:0:0:0:1',
    );
    assert.equal(x509.issuer, x509.subject);
    assert.ok(x509.verify(x509.publicKey), 'self-signed');
    assert.match(key, /^-----BEGIN EC PRIVATE KEY-----/);
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: cert }).toString();
    assert.match(text, /TLS Web Server Authentication, TLS Web Client Authentication/);
    assert.match(text, /CA:FALSE/);
    const fixtures = join(dir, 'fixtures', 'peer');
    const first = selfCert(fixtures, ['127.0.0.1'], true);
    assert.equal(first.selfCert, true);
    assert.equal(((await stat(first.keyFile)).mode & 0o777).toString(8), '600');
    const again = selfCert(fixtures, ['127.0.0.1'], true);
    assert.equal(await readFile(again.certFile, 'utf8'), await readFile(first.certFile, 'utf8'));
  });

  it("checks a peer certificate's SANs against the source address unless told not to", async () => {
    const info: TlsInfo = {
      ...emptyTlsInfo(),
      certFile: server.cert,
      keyFile: server.key,
      trustedCaFile: ca.cert,
      clientCertAuth: true,
    };
    const dialer = new ClientTls({ caFile: ca.cert, certFile: client.cert, keyFile: client.key });
    const strict = await serve(info, true);
    const lenient = await serve({ ...info, skipClientSanVerify: true }, true);
    const clientPort = await serve(info, false);
    try {
      // The certificate names 10.9.9.9; it dials from 127.0.0.1.
      assert.equal(await dial(dialer, strict.port), 'closed');
      assert.equal(await dial(dialer, lenient.port), 'ok');
      assert.equal(await dial(dialer, clientPort.port), 'ok');
    } finally {
      await Promise.all([strict.close(), lenient.close(), clientPort.close()]);
    }
  });

  it('applies --peer-cert-allowed-cn on both sides', async () => {
    const info: TlsInfo = {
      ...emptyTlsInfo(),
      certFile: server.cert,
      keyFile: server.key,
      trustedCaFile: ca.cert,
      clientCertAuth: true,
    };
    const allowA = await serve({ ...info, allowedCn: 'member-a' });
    const allowB = await serve({ ...info, allowedCn: 'member-b' });
    const dialer = new ClientTls({ caFile: ca.cert, certFile: client.cert, keyFile: client.key });
    try {
      assert.equal(await dial(dialer, allowA.port), 'ok');
      assert.equal(await dial(dialer, allowB.port), 'closed');
      // The dialer checks the server's certificate the same way (its CN is "server").
      const picky = new ClientTls({ ...dialer.options, allowedCn: 'member-a' });
      assert.equal(
        await dial(picky, allowA.port),
        'error: client certificate authentication failed',
      );
    } finally {
      await Promise.all([allowA.close(), allowB.close()]);
    }
  });

  it('serves and dials with files replaced on disk, keeping the old ones while a pair is torn', async () => {
    const live = { cert: join(dir, 'live.pem'), key: join(dir, 'live-key.pem') };
    await writeFile(live.cert, await readFile(server.cert));
    await writeFile(live.key, await readFile(server.key));
    const info: TlsInfo = { ...emptyTlsInfo(), certFile: live.cert, keyFile: live.key };
    const s = await serve(info);
    const dialer = new ClientTls({ caFile: ca.cert });
    try {
      assert.equal(await dial(dialer, s.port), 'ok');
      // A new certificate for another name, its key not yet written: the old pair still serves.
      const other = await ca.issue('renamed', { sans: ['DNS:renamed.test'] });
      await writeFile(live.cert, await readFile(other.cert));
      assert.equal(await dial(dialer, s.port), 'ok');
      await writeFile(live.key, await readFile(other.key));
      assert.match(
        await dial(dialer, s.port),
        /error: x509: .*does not match certificate's altnames/,
      );
      assert.equal(await dial(dialer, s.port, 'renamed.test'), 'ok');
    } finally {
      await s.close();
    }
  });
});
