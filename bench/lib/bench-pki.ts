// A throwaway certificate authority and one server certificate for the benchmarks' TLS runs, made
// with Debian's `openssl` in the run's own temporary directory. Every member of either system
// listens on 127.0.0.1, so one certificate (SANs IP:127.0.0.1 and DNS:localhost) serves them all;
// clients verify it against the CA. Keys are P-256, as is usual for etcd deployments made with
// cfssl, and the handshake is paid once per connection only.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** PEM files: what etcd's `--cert-file --key-file` take, and the CA clients check them with. */
export interface ServerPki {
  caFile: string;
  certFile: string;
  keyFile: string;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  try {
    await run('openssl', args, { cwd });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`openssl ${args[0] ?? ''}: ${(e.stderr ?? e.message).trim()}`, { cause: err });
  }
}

/** Makes `ca.pem`, `server.pem` and `server-key.pem` in `dir` (which must exist). */
export async function makeServerPki(dir: string): Promise<ServerPki> {
  const caFile = join(dir, 'ca.pem');
  const caKey = join(dir, 'ca-key.pem');
  const certFile = join(dir, 'server.pem');
  const keyFile = join(dir, 'server-key.pem');
  const csr = join(dir, 'server.csr');
  const ext = join(dir, 'server.ext');
  await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', caKey], dir);
  await openssl(
    [
      ...['req', '-x509', '-new', '-key', caKey, '-sha256', '-days', '2'],
      ...['-subj', '/O=clusterd bench/CN=bench CA'],
      ...['-addext', 'basicConstraints=critical,CA:TRUE'],
      ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
      ...['-out', caFile],
    ],
    dir,
  );
  await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', keyFile], dir);
  await openssl(
    ['req', '-new', '-key', keyFile, '-subj', '/O=clusterd bench/CN=127.0.0.1', '-out', csr],
    dir,
  );
  writeFileSync(
    ext,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '',
    ].join('\n'),
  );
  await openssl(
    [
      ...['x509', '-req', '-in', csr, '-CA', caFile, '-CAkey', caKey, '-CAcreateserial'],
      ...['-sha256', '-days', '2', '-extfile', ext, '-out', certFile],
    ],
    dir,
  );
  return { caFile, certFile, keyFile };
}
