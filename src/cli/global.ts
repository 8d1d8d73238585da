// Options every client command shares, the client they build, and the exit codes scripts rely on:
// 0 success, 1 an error from the server or the connection, 2 a usage error.
import type { Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readPassword } from './password-prompt.js';
import { EtcdClient, type ClientCredentials, type ClientTransportTls } from '../client/index.js';

export type WriteOut = 'simple' | 'json' | 'table';

export interface GlobalArgs {
  endpoints: string;
  'write-out': WriteOut;
  'dial-timeout': string;
  'command-timeout': string;
  cacert?: string | undefined;
  cert?: string | undefined;
  // --key is read by tlsKeyFlag(): `kv get <key>` and others have a positional of that name.
  'insecure-skip-tls-verify': boolean;
  'insecure-transport': boolean;
  user?: string | undefined;
  password?: string | undefined;
}

const writeOuts: readonly WriteOut[] = ['simple', 'json', 'table'];
const defaultWriteOut: WriteOut = 'simple';

export const exitCodes = { ok: 0, serverError: 1, usage: 2 } as const;

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** A failure the command already explained on stderr: exit code 1, nothing more printed. */
export class ReportedError extends Error {}

export function addGlobalOptions<T>(y: Argv<T>): Argv<T & GlobalArgs> {
  return addCredentialOptions(y)
    .option('endpoints', {
      type: 'string',
      default: process.env.CLUSTERD_ENDPOINTS ?? '127.0.0.1:2379',
      describe: 'gRPC endpoints, comma separated (env CLUSTERD_ENDPOINTS)',
      global: true,
    })
    .option('write-out', {
      alias: 'w',
      choices: writeOuts,
      default: defaultWriteOut,
      describe: 'output format',
      global: true,
    })
    .option('dial-timeout', {
      type: 'string',
      default: '2s',
      describe: 'dial timeout for client connections',
      global: true,
    })
    .option('command-timeout', {
      type: 'string',
      default: '5s',
      describe: 'timeout for short running commands (excluding dial timeout)',
      global: true,
    })
    .option('cacert', {
      type: 'string',
      describe: 'verify certificates of TLS-enabled secure servers using this CA bundle',
      global: true,
    })
    .option('cert', {
      type: 'string',
      describe: 'identify secure client using this TLS certificate file',
      global: true,
    })
    .option('key', {
      // Declared for --help and strictness; the value is read by tlsKeyFlag().
      type: 'string',
      describe: 'identify secure client using this TLS key file',
      global: true,
    })
    .option('insecure-skip-tls-verify', {
      type: 'boolean',
      default: false,
      describe:
        'skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)',
      global: true,
    })
    .option('insecure-transport', {
      type: 'boolean',
      default: true,
      describe: 'disable transport security for client connections',
      global: true,
    });
}

/** etcdctl's --user and --password (also fleetctl's here, which had none of its own). */
export function addCredentialOptions<T>(
  y: Argv<T>,
): Argv<T & Pick<GlobalArgs, 'user' | 'password'>> {
  return y
    .option('user', {
      type: 'string',
      describe: 'username[:password] for authentication (prompt if password is not supplied)',
      global: true,
    })
    .option('password', {
      type: 'string',
      describe:
        "password for authentication (if this option is used, --user option shouldn't include password)",
      global: true,
    });
}

/**
 * etcdctl's --user and --password as credentials: `--user name:secret`, or `--user name
 * --password secret` (a colon is then part of the name), or `--user name` and the password asked
 * for. Undefined without --user.
 */
export async function credentialsFromArgs(
  argv: Partial<Pick<GlobalArgs, 'user' | 'password'>>,
): Promise<ClientCredentials | undefined> {
  const user = argv.user ?? '';
  if (user === '') return undefined;
  const password = argv.password ?? '';
  if (password !== '') return { username: user, password };
  const colon = user.indexOf(':');
  if (colon >= 0) return { username: user.slice(0, colon), password: user.slice(colon + 1) };
  try {
    return { username: user, password: await readPassword('Password: ') };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/**
 * etcdctl's TLS flags as the client's: `https://` endpoints always use TLS, `http://` ones never,
 * and bare `host:port` ones when --cacert, --cert or --key is given or --insecure-transport=false.
 * --insecure-skip-tls-verify applies to every TLS endpoint (etcdctl ignores it for an https://
 * endpoint unless one of those is given too).
 */
export function clientTlsFromArgs(
  argv: Partial<
    Pick<GlobalArgs, 'cacert' | 'cert' | 'insecure-skip-tls-verify' | 'insecure-transport'>
  >,
): ClientTransportTls | undefined {
  const cacert = argv.cacert ?? '';
  const cert = argv.cert ?? '';
  const key = tlsKeyFlag();
  const files = cacert !== '' || cert !== '' || key !== '';
  const skip = argv['insecure-skip-tls-verify'] === true;
  const insecureTransport = argv['insecure-transport'] !== false;
  if (!files && insecureTransport && !skip) return undefined;
  return {
    ...(cacert !== '' && { caFile: cacert }),
    ...(cert !== '' && { certFile: cert }),
    ...(key !== '' && { keyFile: key }),
    insecureSkipVerify: skip,
    bareEndpoints: files || !insecureTransport,
  };
}

/**
 * --key's value, from the command line itself: yargs gives `argv.key` to the positional `<key>` of
 * the kv commands, whatever --key says.
 */
function tlsKeyFlag(): string {
  return commandLineValue(hideBin(process.argv), 'key') ?? '';
}

/** The last value of `--flag value` or `--flag=value` before a `--`, as yargs would take it. */
export function commandLineValue(args: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const arg = args[i]!;
    if (arg === `--${flag}`) value = args[i + 1];
    else if (arg.startsWith(`--${flag}=`)) value = arg.slice(flag.length + 3);
  }
  return value;
}

/** Whether `--<flag>` was given on the command line (not just defaulted), before any `--`. */
export function flagGiven(flag: string, args: readonly string[] = hideBin(process.argv)): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === `--${flag}` || arg.startsWith(`--${flag}=`)) return true;
  }
  return false;
}

/** Parses Go-style durations: "5s", "500ms", "1m30s", or a bare number of seconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let rest = trimmed;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)/.exec(rest);
    if (!m) throw new UsageError(`invalid duration "${text}"`);
    total += Number(m[1]) * units[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  if (trimmed === '') throw new UsageError('empty duration');
  return total;
}

/** Builds a client from the global options, runs `fn`, and always closes the client. */
export async function withClient<T>(
  argv: GlobalArgs,
  fn: (client: EtcdClient) => Promise<T>,
): Promise<T> {
  let client: EtcdClient;
  const credentials = await credentialsFromArgs(argv);
  try {
    const tls = clientTlsFromArgs(argv);
    client = new EtcdClient({
      endpoints: argv.endpoints,
      dialTimeoutMs: parseDuration(argv['dial-timeout']),
      commandTimeoutMs:
        parseDuration(argv['dial-timeout']) + parseDuration(argv['command-timeout']),
      ...(tls !== undefined && { tls }),
      ...(credentials !== undefined && { credentials }),
    });
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/** Resolves when the process gets SIGINT or SIGTERM (long-running commands stop cleanly). */
export function untilInterrupted(): { promise: Promise<void>; dispose: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const handler = (): void => {
    resolve();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return {
    promise,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
