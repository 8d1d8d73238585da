// Checks that a benchmark's successes were real, from outside the load generator: the store's
// revision grows by one per applied put, so over a put cell it must grow by at least the
// successful puts and at most all puts sent (a put that timed out may still have been applied),
// and not at all over a range cell; and after the run, Debian's etcdctl (a different client) reads
// random keys back with the benchmark's value and counts the keys.
import { execFile } from 'node:child_process';
import { kvService } from '../../src/api/services.js';
import { callUnary, openChannel } from './etcd-rpc.js';
import type { LocalCluster } from './targets.js';
import { benchmarkValue, formatKey, type KeyValueShape } from './workload.js';

const SETTLE_TIMEOUT_MS = 5_000;
const SETTLE_POLL_MS = 50;
const SAMPLE_KEYS = 5;

/**
 * The store's revision once it has stopped moving: every member applied the same one, and it did
 * not change over one poll interval (requests a generator abandoned at the end of its run may
 * still be applied after it). The largest seen if that does not happen within a few seconds.
 */
export async function settledRevision(cluster: LocalCluster): Promise<number> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  let largest = 0;
  let previous = -1;
  for (;;) {
    const answers = await Promise.allSettled(cluster.members.map((m) => m.status()));
    const revisions = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value.revision] : []));
    largest = Math.max(largest, ...revisions);
    const agreed = revisions.length === cluster.members.length && new Set(revisions).size === 1;
    if ((agreed && revisions[0] === previous) || performance.now() > deadline) return largest;
    previous = agreed ? revisions[0]! : -1;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
}

/** Far from the load's and the status probes' channel indexes: a connection of its own. */
const COMPACT_CHANNEL_INDEX = 2_000_000;

/**
 * Compacts the store's history up to its current revision (physically), unless nothing was written
 * since `after`; returns the revision compacted to. A store's cost per request grows with the
 * history it keeps (a member's heap, and so its garbage collection), so stores compared side by
 * side are compacted before each run, whatever each one was sent before.
 */
export async function compactHistory(cluster: LocalCluster, after = 0): Promise<number> {
  const revision = await settledRevision(cluster);
  if (revision <= after) return after;
  const channel = openChannel(cluster.endpoints[0]!, COMPACT_CHANNEL_INDEX);
  try {
    await callUnary(channel, kvService.Compact, { revision, physical: true }, 60_000);
  } finally {
    channel.close();
  }
  return revision;
}

/** Whether a cell's revision growth fits its outcomes; undefined if it does, else why not. */
export function revisionMismatch(
  workload: string,
  growth: number,
  succeeded: number,
  failed: number,
): string | undefined {
  if (workload !== 'put') {
    return growth === 0 ? undefined : `the revision grew by ${growth} during reads`;
  }
  if (growth < succeeded) {
    return `${succeeded} successful puts but the revision grew by only ${growth}`;
  }
  if (growth > succeeded + failed) {
    return `the revision grew by ${growth}, more than the ${succeeded + failed} puts sent`;
  }
  return undefined;
}

export interface EtcdctlCheck {
  /** Keys in the whole store, as etcdctl counts them. */
  keys: number;
  /** Sampled keys found with the benchmark's value / sampled keys found at all. */
  sampledWithValue: number;
  sampledFound: number;
  sampled: number;
  /** Empty when everything fits; otherwise what did not. */
  problems: string[];
}

interface EtcdctlGet {
  count?: number;
  kvs?: { key: string; value?: string }[];
}

/**
 * Runs etcdctl 3.4 against `endpoint` and resolves with its output. `connection` comes before the
 * command: `--cacert=…` for an https:// endpoint, `--user=…` with auth on. The error names the
 * command without `connection`, which may hold a password.
 */
export function etcdctl(
  command: string,
  endpoint: string,
  args: string[],
  connection: readonly string[] = [],
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [`--endpoints=${endpoint}`, ...connection, ...args],
      { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ETCDCTL_API: '3' }, timeout: 20_000 },
      (err, stdout, stderr) => {
        if (err) {
          // A password on the command line (user add) stays out of the message.
          const shown = args.map((a) => a.replace(/^(--new-user-password=).*/, '$1…'));
          reject(new Error(`etcdctl ${shown.join(' ')}: ${stderr.trim() || err.message}`));
        } else resolve(stdout);
      },
    );
  });
}

async function etcdctlJson(
  command: string,
  endpoint: string,
  args: string[],
  connection: readonly string[],
): Promise<EtcdctlGet> {
  return JSON.parse(
    await etcdctl(command, endpoint, [...args, '-w', 'json'], connection),
  ) as EtcdctlGet;
}

/**
 * Reads `SAMPLE_KEYS` random keys of the key space and the store's key count through etcdctl.
 * With `seeded`, every key of the key space must exist; every key found must hold the value the
 * benchmark writes. `connection`: etcdctl's flags for TLS and auth (see `etcdctl`).
 */
export async function checkWithEtcdctl(
  command: string,
  endpoint: string,
  shape: KeyValueShape,
  seeded: boolean,
  connection: readonly string[] = [],
): Promise<EtcdctlCheck> {
  const problems: string[] = [];
  const expected = benchmarkValue(shape.valueSize).toString('base64');
  // The count of everything from the empty key on; --limit 1 keeps the answer small.
  const all = await etcdctlJson(
    command,
    endpoint,
    ['get', '', '--from-key', '--keys-only', '--limit', '1'],
    connection,
  );
  const keys = all.count ?? 0;
  if (seeded ? keys !== shape.keySpace : keys > shape.keySpace || keys === 0) {
    problems.push(`${keys} keys in the store for a key space of ${shape.keySpace}`);
  }
  let sampledFound = 0;
  let sampledWithValue = 0;
  for (let i = 0; i < SAMPLE_KEYS; i++) {
    const key = formatKey(Math.floor(Math.random() * shape.keySpace), shape.keySize).toString();
    const got = await etcdctlJson(command, endpoint, ['get', key], connection);
    const kv = got.kvs?.[0];
    if (kv === undefined) {
      if (seeded) problems.push(`key ${key} is missing`);
      continue;
    }
    sampledFound++;
    if (kv.value === expected) sampledWithValue++;
    else problems.push(`key ${key} holds another value`);
  }
  return { keys, sampledWithValue, sampledFound, sampled: SAMPLE_KEYS, problems };
}
