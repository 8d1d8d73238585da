// A throwaway certificate authority and one server certificate for the benchmarks' TLS runs, made
// by the tests' PKI (test/helpers/pki.ts: Debian's `openssl`, P-256 keys) in the run's own
// temporary directory. Every member of either system listens on 127.0.0.1, so one certificate
// (SANs IP:127.0.0.1 and DNS:localhost) serves them all; clients verify it against the CA.
import { TestCa } from '../../test/helpers/pki.js';

/** PEM files: what etcd's `--cert-file --key-file` take, and the CA clients check them with. */
export interface ServerPki {
  caFile: string;
  certFile: string;
  keyFile: string;
}

/** Makes a CA in `dir`/ca and a server certificate it issues. */
export async function makeServerPki(dir: string): Promise<ServerPki> {
  const ca = await TestCa.create(dir, 'ca');
  const { cert, key } = await ca.issue('server', {
    cn: '127.0.0.1',
    sans: ['IP:127.0.0.1', 'DNS:localhost'],
    usage: 'server',
  });
  return { caFile: ca.cert, certFile: cert, keyFile: key };
}
