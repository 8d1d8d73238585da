// The security settings a store comparison runs under (bench/compare.ts --security): plain, TLS on
// the client URLs, auth on, or both, given alike to etcd and clusterd. TLS: a throwaway CA and
// server certificate (bench-pki.ts); the generator and etcdctl check the certificate against the
// CA. Auth: set up through etcdctl 3.4 before the load, as an operator would (a root user with the
// root role; a user `bench` whose role may read and write exactly the benchmark's key space), then
// `auth enable`; every load connection authenticates once as `bench` and sends its token.
import { randomBytes } from 'node:crypto';
import type { Credentials } from './authenticate.js';
import { makeServerPki, type ServerPki } from './bench-pki.js';
import { commaList } from './flags.js';
import { etcdctl } from './store-checks.js';
import { formatKey, type KeyValueShape } from './workload.js';

export const SECURITY_MODES = ['plain', 'tls', 'auth', 'tls+auth'] as const;
export type SecurityMode = (typeof SECURITY_MODES)[number];

export function parseSecurityModes(value: string): SecurityMode[] {
  const modes = commaList(value).map((mode) => {
    if (!(SECURITY_MODES as readonly string[]).includes(mode)) {
      throw new Error(`--security: one or more of ${SECURITY_MODES.join(', ')}; got '${mode}'`);
    }
    return mode as SecurityMode;
  });
  if (modes.length === 0)
    throw new Error(`--security: one or more of ${SECURITY_MODES.join(', ')}`);
  return [...new Set(modes)];
}

export const BENCH_USER = 'bench';
export const BENCH_ROLE = 'readwrite';

/** What one security mode gives the servers, the generator and etcdctl. */
export interface SecuritySetup {
  mode: SecurityMode;
  /** With TLS: the servers' certificate and the CA clients check it with. */
  pki?: ServerPki;
  /** With auth: the root user's password (etcdctl's checks) and the load's user. */
  auth?: { rootPassword: string; bench: Credentials };
}

function password(): string {
  return randomBytes(12).toString('base64url');
}

/** The mode's certificate (made in `dir`) and passwords, shared by both systems. */
export async function prepareSecurity(mode: SecurityMode, dir: string): Promise<SecuritySetup> {
  const tls = mode === 'tls' || mode === 'tls+auth';
  const auth = mode === 'auth' || mode === 'tls+auth';
  return {
    mode,
    ...(tls && { pki: await makeServerPki(dir) }),
    ...(auth && {
      auth: { rootPassword: password(), bench: { user: BENCH_USER, password: password() } },
    }),
  };
}

/** etcdctl's flags for the mode: `--cacert` with TLS, `--user root:…` with auth. */
export function etcdctlConnection(setup: SecuritySetup): string[] {
  return [
    ...(setup.pki ? [`--cacert=${setup.pki.caFile}`] : []),
    ...(setup.auth ? [`--user=root:${setup.auth.rootPassword}`] : []),
  ];
}

/**
 * The key range `[start, end)` holding exactly the key space: its keys are zero-padded decimal of
 * one width, so the last key with its last octet raised by one ends it ('9' + 1 is ':').
 */
export function keySpaceRange(shape: KeyValueShape): { start: string; end: string } {
  const last = formatKey(shape.keySpace - 1, shape.keySize);
  last[last.length - 1]! += 1;
  return { start: formatKey(0, shape.keySize).toString('latin1'), end: last.toString('latin1') };
}

/**
 * Turns auth on through etcdctl at `endpoint`, before any load: root user and role, the bench
 * user with readwrite on the key space's range, `auth enable`. A no-op without auth.
 */
export async function enableAuth(
  command: string,
  endpoint: string,
  setup: SecuritySetup,
  shape: KeyValueShape,
): Promise<void> {
  if (setup.auth === undefined) return;
  const { rootPassword, bench } = setup.auth;
  const tls = setup.pki ? [`--cacert=${setup.pki.caFile}`] : [];
  const run = (...args: string[]): Promise<string> => etcdctl(command, endpoint, args, tls);
  const { start, end } = keySpaceRange(shape);
  await run('role', 'add', 'root');
  await run('user', 'add', 'root', `--new-user-password=${rootPassword}`);
  await run('user', 'grant-role', 'root', 'root');
  await run('role', 'add', BENCH_ROLE);
  await run('role', 'grant-permission', BENCH_ROLE, 'readwrite', start, end);
  await run('user', 'add', bench.user, `--new-user-password=${bench.password}`);
  await run('user', 'grant-role', bench.user, BENCH_ROLE);
  await run('auth', 'enable');
  // A request without a user must now be refused, or the mode would measure no auth at all.
  const refused = await run('get', start).then(
    () => false,
    () => true,
  );
  if (!refused) throw new Error('auth enable did not take: a request without a user was served');
}
